"""What every check is given (`Context`), and how a finding is made: its severity from the catalogue."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models.report import Report
from ..models.summary import Summary
from .catalogue import CATALOGUE
from .derive import ScoredTarget
from .findings import Derived, Finding, Published, Wording
from .messages import MESSAGES
from .names import Resolver
from .rules import AuditRules


@dataclass
class Context:
    report: Report
    summary: Summary
    rules: AuditRules
    rows: list[ScoredTarget]
    resolve: Resolver
    titles: dict[int, list[str]] = field(default_factory=dict)
    partial: set[str] = field(default_factory=set)  # summary parts read in part (`incomplete`): checks across them skip

    def commitment_ids(self) -> dict[int, str]:
        return {c.number: c.id for c in self.report.commitments}


def _finding(
    check: str,
    message: Wording,
    published: Published | None = None,
    derived: Derived | None = None,
) -> Finding:
    """A finding of a check of the catalogue, with the catalogue's severity (a KeyError for an unknown check),
    its sentence from the message catalogue (in English until a format asks for another language)."""
    return Finding(
        check=check, severity=CATALOGUE[check].severity, message=message.say(), message_id=message.id,
        params=message.params, published=published, derived=derived,
    )


def _round(value: float) -> float:
    """A value to say in a sentence: the one decimal it is shown with (the JSON keeps no more)."""
    return round(value, 1)


def term(prefix: str, value: str) -> Wording | str:
    """The catalogue's words for a grammar value (`round.half_up`), or the value itself when it has none."""
    key = f"{prefix}.{value}"
    return Wording(id=key) if key in MESSAGES else value


# The row key a finding on a target table's total row is tagged with (`tagged(row=...)`), whatever
# words the report prints there (the grammar's `total_row`).
TOTAL_ROW = "Total"


def tagged(findings: list[Finding], **about: object) -> list[Finding]:
    """The findings, each told what it is about (table, row, grade, commitment ...), for linking causes."""
    for f in findings:
        f.about.update(about)
    return findings

