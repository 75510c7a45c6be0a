"""Findings in the order and words every format shows them: grouped, counted, placed.

Shared by the plain formats (`render`) and the HTML page (`page`), so that
neither imports the other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..models.records import Piece
from .findings import SEVERITY_RANK, Finding
from .messages import DEFAULT, count, text
from .places import place as shown_place

_ORDER = ("error", "warning", "info")


def counts(findings: Sequence[Finding]) -> dict[str, int]:
    tally = Counter(f.severity for f in findings)
    return {severity: tally.get(severity, 0) for severity in _ORDER}


def ordered(findings: Sequence[Finding]) -> list[Finding]:
    """Grouped by check, the checks by their worst finding, each group's findings by severity; stable."""
    worst: dict[str, int] = {}
    first: dict[str, int] = {}
    for n, f in enumerate(findings):
        worst[f.check] = max(worst.get(f.check, -1), SEVERITY_RANK[f.severity])
        first.setdefault(f.check, n)
    return sorted(findings, key=lambda f: (-worst[f.check], first[f.check], -SEVERITY_RANK[f.severity]))


def tally_line(findings: Sequence[Finding], lang: str = DEFAULT) -> str:
    return ", ".join(count(s, n, lang) for s, n in counts(findings).items())


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
