"""Figures the front-matter reader could not read whole: one finding each, and the checks on them skipped.

A grade list cut at a page end whose rest was not found holds fewer
commitments than the report lists; checked as if whole, it would give a
"missing from the lists" error for each commitment it lacks, a count and a
pie percentage that do not fit, and a total short of the stated one: all
false. The reader marks such a figure (`complete=False` with its reason); the
audit says once what could not be read and which checks it skipped, and runs
the others on the rest of the summary.
"""

from __future__ import annotations

from ..models.summary import GradeDistribution, Summary
from .context import _finding
from .findings import Finding, Published
from .messages import text

# The parts of the summary whose reading decides checks beyond their own (see `Context.partial`).
TABLES = "target_admin_tables"
TABLE7 = "commitment_implementers"

_DISTRIBUTIONS = {"commitment_admin": "admin", "commitment_cocreation": "cocreation"}


def _sentence(figure: str, reason: str | None, skipped: str) -> str:
    said = reason or text("incomplete.unknown", figure=figure)
    return text("incomplete", reason=said, skipped=skipped)


def readable(summary: Summary) -> tuple[Summary, set[str], list[Finding]]:
    """The summary with the figures read in part left out, the parts concerned, and a finding for each."""
    partial: set[str] = set()
    findings: list[Finding] = []
    updates: dict[str, object] = {}
    for field, name in _DISTRIBUTIONS.items():
        dist: GradeDistribution = getattr(summary, field)
        if not dist.complete:
            findings.append(_finding("figure-incomplete", _sentence(text(f"figure.{name}"), dist.incomplete_reason,
                                                                    text(f"skipped.{name}")),
                                     Published(label=text(f"figure.{name}"))))
            findings[-1].about.update(dist=name)
            updates[field] = GradeDistribution()
            partial.add(field)
    tables = {}
    for kind, table in summary.target_admin_tables.items():
        if table.complete:
            tables[kind] = table
            continue
        findings.append(_finding("figure-incomplete", _sentence(table.table.value, table.incomplete_reason,
                                                                text("skipped.table", table=table.table.value)),
                                 Published.of(table.table.value, table.table)))
        partial.add(TABLES)
    if TABLES in partial:
        updates[TABLES] = tables
    for row in summary.commitment_implementers:
        if not row.complete:
            figure = text("figure.table7_row", number=row.number.value)
            findings.append(_finding("figure-incomplete", _sentence(figure, row.incomplete_reason,
                                                                    text("skipped.table7", number=row.number.value)),
                                     Published.of(figure, row.number)))
            partial.add(TABLE7)
    return (summary.model_copy(update=updates) if updates else summary), partial, findings
