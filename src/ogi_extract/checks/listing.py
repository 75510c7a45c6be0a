"""Findings in the order and words every format shows them: grouped, counted, placed.

Shared by the plain formats (`render`) and the HTML page (`page`), so that
neither imports the other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..models.records import Piece
from .causes import groups, severity
from .findings import SEVERITY_RANK, Finding
from .messages import DEFAULT, count, text
from .places import place as shown_place

_ORDER = ("error", "warning", "info")


def counts(findings: Sequence[Finding]) -> dict[str, int]:
    """Every finding by severity, consequences included."""
    tally = Counter(f.severity for f in findings)
    return {severity: tally.get(severity, 0) for severity in _ORDER}


def cause_counts(findings: Sequence[Finding]) -> dict[str, int]:
    """The items a reader sees, one per cause, by the severity of their worst finding."""
    tally = Counter(severity(root, rest) for root, rest in groups(findings))
    return {s: tally.get(s, 0) for s in _ORDER}


def ordered(findings: Sequence[Finding]) -> list[Finding]:
    """Grouped by check, the checks by their worst item, each group's items by severity, each
    cause followed by the findings that follow from it; stable."""
    items = [(root, rest, SEVERITY_RANK[severity(root, rest)]) for root, rest in groups(findings)]
    worst: dict[str, int] = {}
    first: dict[str, int] = {}
    for n, (root, _, rank) in enumerate(items):
        worst[root.check] = max(worst.get(root.check, -1), rank)
        first.setdefault(root.check, n)
    items.sort(key=lambda item: (-worst[item[0].check], first[item[0].check], -item[2]))
    return [f for root, rest, _ in items for f in (root, *rest)]


def tally_line(findings: Sequence[Finding], lang: str = DEFAULT) -> str:
    line = ", ".join(count(s, n, lang) for s, n in cause_counts(findings).items())
    following = sum(1 for f in findings if f.caused_by)
    return line + (f" ({text('follow', lang, n=following)})" if following else "")


def _pages(pieces: Sequence[Piece]) -> list[int]:
    return sorted({p.page for p in pieces})


def _where(finding: Finding, lang: str = DEFAULT) -> str:
    if finding.published is None:
        return ""
    pages = _pages(finding.published.pieces)
    place = shown_place(finding.published.label, lang)
    if pages:
        place += f" ({text('page', lang)} " + ", ".join(map(str, pages)) + ")"
    return place
