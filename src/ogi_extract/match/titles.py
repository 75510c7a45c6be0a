"""Find which commitment a shortened title in the summary tables names.

The summary tables name commitments by titles that are cut ("Keterbukaan Kontrak ..."
for "Mendorong Keterbukaan Kontrak ..."), recased, or carry a slip ("Program-Program
Kesehatan" for "Program-program Kesejahteraan"), and the detail section may append an
editor's note. A summary title is mostly *contained* in its commitment's title, so the
score weighs how much of the summary title the candidate covers above how much of the
candidate it covers; two candidates too close is an ambiguous answer, not a guess.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from .parts import collapse
from .rules import Tokens, basic_tokens
from .scoring import word_similarity

#: Titles at or above this score name the commitment (when no rival is close).
TITLE_MATCH = 75.0
TITLE_MARGIN = 8.0
#: Share of the score given to covering the summary title (the rest: the candidate).
QUERY_SHARE = 0.75
#: Function words carry no meaning of their own in a title.
_FUNCTION_WORDS = frozenset({"di", "dan", "untuk", "yang", "dalam", "bagi", "ke", "dari", "pada", "melalui"})


@dataclass(frozen=True, slots=True)
class TitleResolution:
    status: Literal["matched", "ambiguous", "unknown"]
    number: int | None = None
    score: float = 0.0
    method: str = ""
    candidates: list[int] = field(default_factory=list)


def title_tokens(title: str) -> Tokens:
    return tuple(t for t in basic_tokens(title) if t not in _FUNCTION_WORDS)


def _covered(source: Tokens, other: Tokens) -> float:
    total = sum(len(t) for t in source)
    if not total or not other:
        return 0.0
    return sum(len(t) * max(word_similarity(t, o) for o in other) for t in source) / total


def title_score(short: Tokens, full: Tokens) -> float:
    """0-100: mostly how much of `short` lies in `full`, partly the converse."""
    return 100.0 * (QUERY_SHARE * _covered(short, full) + (1 - QUERY_SHARE) * _covered(full, short))


def resolve_title(title: str, titles: Mapping[int, str]) -> TitleResolution:
    """The number of the commitment whose title `title` abbreviates, among `titles`
    (commitment number -> title as printed in the detail section)."""
    text = collapse(title)
    if not text or not titles:
        return TitleResolution(status="unknown")
    exact = [n for n, t in titles.items() if collapse(t) == text]
    if len(exact) == 1:
        return TitleResolution(status="matched", number=exact[0], score=100.0, method="exact")
    query = title_tokens(text)
    same = sorted(n for n, t in titles.items() if title_tokens(t) == query)
    if len(same) == 1:
        return TitleResolution(status="matched", number=same[0], score=100.0, method="normalized")
    if len(same) > 1:
        return TitleResolution(status="ambiguous", score=100.0, method="normalized", candidates=same)
    ranked = sorted(
        ((round(title_score(query, title_tokens(t)), 1), n) for n, t in titles.items()),
        key=lambda sn: (-sn[0], sn[1]),
    )
    best_score, best = ranked[0]
    if best_score < TITLE_MATCH:
        near = [n for s, n in ranked if s >= TITLE_MATCH - 2 * TITLE_MARGIN][:3]
        return TitleResolution(status="unknown", score=best_score, method="fuzzy", candidates=near)
    close = [n for s, n in ranked if s > best_score - TITLE_MARGIN]
    if len(close) > 1:
        return TitleResolution(status="ambiguous", score=best_score, method="fuzzy", candidates=close)
    return TitleResolution(status="matched", number=best, score=best_score, method="fuzzy")
