"""What every check is given (`Context`), and how a finding is made: its severity from the catalogue."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models.report import Report
from ..models.summary import Summary
from .catalogue import CATALOGUE
from .derive import ScoredTarget
from .findings import Derived, Finding, Published
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
    message: str,
    published: Published | None = None,
    derived: Derived | None = None,
) -> Finding:
    """A finding of a check of the catalogue, with the catalogue's severity (a KeyError for an unknown check)."""
    return Finding(check=check, severity=CATALOGUE[check].severity, message=message, published=published, derived=derived)


def tagged(findings: list[Finding], **about: object) -> list[Finding]:
    """The findings, each told what it is about (table, row, grade, commitment ...), for linking causes."""
    for f in findings:
        f.about.update(about)
    return findings


def _fmt(value: float | None) -> str:
    if value is None:
        return "nothing"
    return f"{value:.1f}".rstrip("0").rstrip(".")
