"""The checks: each published figure against its re-derivation.

Three families. Internal arithmetic compares printed figures with one another
(row and column sums, a percentage with its count). Detail-against-summary
compares them with what the target rows imply. Rule fits are informational:
where the report does not say how it aggregated (a commitment's grade from its
targets), every rule of the grammar is tried and the reader sees which fits.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..models.report import Report
from ..models.summary import Summary
from . import derive
from .causes import link
from .incomplete import readable
from .unread import check_detail_readable
from .arithmetic import check_percent_lines, check_rounding_fit, check_table_arithmetic
from .context import Context, _finding
from .detail import check_stated_counts, check_tables_against_detail
from .distributions import check_commitment_grades, check_distribution_arithmetic
from .findings import Finding, wording
from .names import Resolver, default_resolver
from .rules import AuditRules, rules_for
from .table7 import check_score_scale, check_table7


# -- running ---------------------------------------------------------------

CHECKS: tuple[Callable[[Context], list[Finding]], ...] = (
    check_detail_readable,
    check_table_arithmetic,
    check_percent_lines,
    check_distribution_arithmetic,
    check_rounding_fit,
    check_stated_counts,
    check_score_scale,
    check_tables_against_detail,
    check_commitment_grades,
    check_table7,
)


def _titles(report: Report, summary: Summary) -> dict[int, list[str]]:
    titles: dict[int, list[str]] = {c.number: [c.title or ""] for c in report.commitments}
    for row in summary.commitment_implementers:
        if row.number.value in titles:
            titles[row.number.value].append(row.title.value)
    return titles


def _publishes(summary: Summary) -> bool:
    """Whether the front matter holds any figure: a report read with none has no summary to audit."""

    def any_leaf(node: Any) -> bool:
        if isinstance(node, dict):
            return any(any_leaf(v) for v in node.values())
        if isinstance(node, list):
            return bool(node)
        return node is not None and node != ""

    return any_leaf(summary.figures())


def audit(
    report: Report,
    *,
    summary: Summary | None = None,
    grammar: str | Path | dict[str, Any] | AuditRules | None = None,
    resolve: Resolver | None = None,
) -> list[Finding]:
    """Every finding on the report's front matter, in check order.

    `summary` defaults to the report's own; `grammar` to the one the report was
    parsed with; `resolve` to the project's name matcher.
    """
    summary = summary if summary is not None else report.summary
    rules = rules_for(report, grammar)
    if summary is None or not _publishes(summary):
        return link([_finding("summary-missing", wording("summary-missing"))], None)
    summary, partial, findings = readable(summary)
    ctx = Context(
        report=report,
        summary=summary,
        rules=rules,
        rows=derive.scored_targets(report, rules),
        resolve=resolve or default_resolver(report),
        titles=_titles(report, summary),
        partial=partial,
    )
    for check in CHECKS:
        findings.extend(check(ctx))
    return link(findings, ctx)
