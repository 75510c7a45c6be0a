"""Implementer names run together in a cell: where one name ends and the next begins."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache



@lru_cache(maxsize=4096)
def _name_quality(text: str) -> tuple[int, int]:
    """(1 if a registry spelling, 1 if a registry entry at all) for a candidate name."""
    try:
        from ..match import resolve
    except ImportError:
        return (0, 0)
    found = resolve(text)
    if found.status != "matched":
        return (0, 0)
    return (1 if found.method in _LITERAL_METHODS else 0, 1)


_LITERAL_METHODS = frozenset({"exact", "alias"})


def segment(texts: Sequence[str], forced: Sequence[bool]) -> list[list[int]]:
    """Group consecutive lines into names: a forced break always splits, an open one
    splits or joins, whichever grouping has the most registry spellings, then the
    fewest names the registry does not know, then the fewest names."""
    open_breaks = [i for i, f in enumerate(forced) if not f]
    best: tuple[tuple[int, int, int], list[list[int]]] | None = None
    for mask in range(1 << min(len(open_breaks), 12)):
        cuts = {i for i, f in enumerate(forced) if f}
        cuts |= {b for k, b in enumerate(open_breaks[:12]) if mask >> k & 1}
        groups: list[list[int]] = [[0]] if texts else []
        for i in range(1, len(texts)):
            if i - 1 in cuts:
                groups.append([i])
            else:
                groups[-1].append(i)
        literal = unknown = 0
        for group in groups:
            a, b = _name_quality(" ".join(texts[i] for i in group))
            literal, unknown = literal + a, unknown + (1 - b)
        score = (literal, -unknown, -len(groups))
        if best is None or score > best[0]:
            best = (score, groups)
    return best[1] if best else []
