"""Every audit check in one table: its id, its severity, what a finding of it means, what it reads.

A finding names its check by `Finding.check`; `CATALOGUE[check]` says what it
means and where its two sides come from, and is the only place a check's
severity is set (`context._finding` takes it from here). The README's table of
checks is this one (a test keeps them the same).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True, slots=True)
class Check:
    id: str
    severity: Severity
    means: str  # what a finding of this check says about the report
    depends_on: str  # the figures it compares: front matter (summary) parts, target rows, grammar rules


_CHECKS = (
    # internal arithmetic: printed figures against one another
    Check("table-row-sum", "error", "a row of tables 8/9 does not add up over its periods", "summary target tables; grammar accumulated column"),
    Check("table-column-sum", "error", "a column of tables 8/9 does not add up to its total", "summary target tables"),
    Check("percent-of-count", "error", "a printed percentage is not its count over the whole", "summary percent lines and target tables; grammar percent rounding"),
    Check("percent-count-vs-table", "error", "a percent line's count differs from the table's cell", "summary percent lines and target tables"),
    Check("pie-percent-list", "error", "a chart's percentage does not fit the length of its grade's list", "summary grade distributions (charts, lists)"),
    Check("pie-percent-count", "error", "a chart's percentage does not fit the count the text states", "summary grade distributions (charts, counts)"),
    Check("count-vs-list", "error", "the text's count of a grade differs from the length of its list", "summary grade distributions (counts, lists)"),
    Check("lists-vs-stated", "error", "the grade lists together hold another number of commitments than stated", "summary grade distributions; stated counts"),
    Check("rounding-fit", "info", "which rounding of percentages reproduces the printed ones", "summary percent lines; grammar percent rules"),
    # the grade lists against the detail's commitments
    Check("list-title-unmatched", "warning", "a listed title names no commitment of the detail", "summary grade lists; commitment titles"),
    Check("list-duplicate", "error", "a commitment is listed under two grades", "summary grade lists; commitment titles"),
    Check("list-title-differs", "info", "a listed title differs in wording from the commitment's title", "summary grade lists; commitment titles"),
    Check("list-missing", "error", "a commitment of the detail is in none of the grade lists", "summary grade lists; commitments"),
    Check("grade-rule-fit", "info", "how many published commitment grades each aggregation rule reproduces", "summary grade lists; target rows; grammar aggregation rules"),
    Check("commitment-grade", "warning", "a commitment's published administrative grade is not what its targets give", "summary admin grade lists; target scores; grammar default admin rule"),
    Check("cocreation-grade", "warning", "a commitment's published co-creation grade is not what its targets give", "summary co-creation grade lists; target co-creation; grammar default co-creation rule"),
    # the summary tables and stated counts against the detail
    Check("table-row-unknown", "warning", "a row label of tables 8/9 matches no grade of the grammar", "summary target tables; grammar grades"),
    Check("table-cell", "error", "a cell of tables 8/9 differs from the count of target rows", "summary target tables; target rows (period, grade)"),
    Check("percent-line-detail", "error", "a percent line's count or percentage differs from the target rows", "summary percent lines; target rows"),
    Check("table-rule-fit", "info", "which reading of '-' scores reproduces tables 8/9", "summary target tables; target rows; grammar not-assessed rule"),
    Check("stated-not-derivable", "info", "a count stated in the text has no rule to re-derive it", "summary stated counts; grammar stated rules"),
    Check("stated-vs-tables", "error", "the stated number of targets differs from the tables' totals", "summary stated counts and target tables"),
    Check("stated-count", "warning", "a count stated in the text differs from its re-derivation", "summary stated counts; target rows, implementers; grammar stated rules"),
    # table 7 and the printed scale
    Check("table7-commitment-missing", "error", "a commitment is in the detail or table 7 but not in both", "summary commitment implementers; commitments"),
    Check("table7-title", "info", "a commitment's title in table 7 differs from the detail's", "summary commitment implementers; commitment titles"),
    Check("table7-unresolved", "warning", "an implementer of table 7 matches no known implementer", "summary commitment implementers; name registry"),
    Check("table7-not-in-detail", "warning", "an implementer listed in table 7 has no target rows in its commitment", "summary commitment implementers; blocks' implementers"),
    Check("detail-not-in-table7", "warning", "an implementer with target rows is not listed for its commitment in table 7", "blocks' implementers; summary commitment implementers"),
    Check("score-scale", "warning", "the printed score scale and the grammar's scale disagree", "summary score scale; grammar admin scale"),
    Check("summary-missing", "warning", "the report has no front matter to audit", "summary"),
    Check("detail-unread", "warning", "a target row of the detail cannot be counted: its block names no known implementer, or its score cannot be read", "blocks' implementers; target scores; name registry"),
    Check("figure-incomplete", "warning", "a figure of the front matter was read only in part: the checks on it were skipped", "summary figures' completeness (complete, incomplete_gap, incomplete_reason)"),
)

CATALOGUE: dict[str, Check] = {c.id: c for c in _CHECKS}


def markdown_table() -> str:
    """The catalogue as the README prints it."""
    lines = ["| check | severity | a finding means | compares |", "|---|---|---|---|"]
    lines += [f"| `{c.id}` | {c.severity} | {c.means} | {c.depends_on} |" for c in _CHECKS]
    return "\n".join(lines) + "\n"
