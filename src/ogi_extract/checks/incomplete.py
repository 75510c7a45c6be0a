"""Figures the front-matter reader could not read whole: one finding each, and the checks on them skipped.

A grade list cut at a page end whose rest was not found holds fewer
commitments than the report lists; checked as if whole, it would give a
"missing from the lists" error for each commitment it lacks, a count and a
pie percentage that do not fit, and a total short of the stated one: all
false. The reader marks such a figure (`complete=False` with its reason, listed
by `Summary.incomplete()`); the audit says once what could not be read and
which checks it skipped, and runs the others on the rest of the summary. The
reason is said in the language of the finding from the reader's data
(`Summary.incomplete_gaps()`, `gaps.py`); a reason known only in words (a
transcription's) is quoted as it stands.
"""

from __future__ import annotations

from ..models.summary import Gap, GradeDistribution, Summary
from .context import _finding, tagged
from .distributions import _DIST_NAME
from .findings import Finding, Published, Wording, wording
from .gaps import gap_wording

# The parts of the summary whose reading decides checks beyond their own (see `Context.partial`),
# named as `Summary.incomplete()` names them.
TABLES = "target_admin_tables"
TABLE7 = "commitment_implementers"

_DISTRIBUTIONS = {"commitment_admin": "admin", "commitment_cocreation": "cocreation"}


def _sentence(reason: str, gap: Gap | None, figure: Wording | str, skipped: Wording) -> Wording:
    if gap is not None:
        return wording("figure-incomplete", skipped=skipped, reason=gap_wording(gap))
    if reason:
        return wording("figure-incomplete", skipped=skipped, reason=reason)
    return wording("figure-incomplete.unknown", skipped=skipped, figure=figure)


def _said(summary: Summary, place: str, reason: str, gap: Gap | None) -> tuple[Finding, str]:
    """The finding for the figure at `place` (a key of `Summary.incomplete()`), and the part it makes partial."""
    if place in _DISTRIBUTIONS:
        name = _DISTRIBUTIONS[place]
        sentence = _sentence(reason, gap, wording(f"figure.{name}"), wording(f"skipped.{name}"))
        found = _finding("figure-incomplete", sentence, Published(label=_DIST_NAME[name]))
        return tagged([found], dist=name)[0], place
    if place == TABLE7:
        sentence = _sentence(reason, gap, wording("figure.table7"), wording("skipped.table7"))
        found = _finding("figure-incomplete", sentence, Published(label="commitments and implementers"))
        return found, TABLE7
    kind = place.partition("/")[2]
    table = summary.target_admin_tables[kind].table
    found = _finding("figure-incomplete", _sentence(reason, gap, table.value,
                                                    wording("skipped.table", table=table.value)),
                     Published.of(table.value, table))
    return tagged([found], table=table.value)[0], TABLES


def readable(summary: Summary) -> tuple[Summary, set[str], list[Finding]]:
    """The summary with the figures read in part left out, the parts concerned, and a finding for each."""
    partial: set[str] = set()
    findings: list[Finding] = []
    gaps = summary.incomplete_gaps()
    for place, reason in summary.incomplete().items():
        found, part = _said(summary, place, reason, gaps[place])
        findings.append(found)
        partial.add(part)
    updates: dict[str, object] = {field: GradeDistribution() for field in _DISTRIBUTIONS if field in partial}
    if TABLES in partial:
        updates[TABLES] = {kind: t for kind, t in summary.target_admin_tables.items() if t.complete}
    return (summary.model_copy(update=updates) if updates else summary), partial, findings
