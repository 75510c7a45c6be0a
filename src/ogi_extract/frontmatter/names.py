"""Implementer names run together in a cell: where one name ends and the next begins."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from ..tables.lexicon import lexical



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


@lru_cache(maxsize=1)
def registry_words() -> frozenset[str]:
    """Every word the registry spells an implementer with, in the lexicon's lookup form.

    Table 7 prints these names in narrow cells: a name broken at a line end
    ("BAPPE-" + "NAS") is joined whole when the registry writes it whole, though
    the front matter may print it nowhere else.
    """
    try:
        from ..match.registry import Registry
    except ImportError:
        return frozenset()
    words = {lexical(w) for entry in Registry.default() for text in entry.spellings for w in text.split()}
    words.discard("")
    return frozenset(words)


def segment(
    texts: Sequence[str], forced: Sequence[bool], join: Callable[[tuple[int, ...]], str] | None = None
) -> list[list[int]]:
    """Group consecutive lines into names: a forced break always splits, an open one
    splits or joins, whichever grouping has the most registry spellings, then the
    fewest names the registry does not know, then the fewest names.

    `join(lines)` is a candidate name as its lines join (a line-end hyphen of the
    engine dropped: "Pemba-" + "ngunan"); without it, the lines joined by a space.
    """
    joined: dict[tuple[int, ...], str] = {}

    def name(group: list[int]) -> str:
        key = tuple(group)
        if key not in joined:
            joined[key] = join(key) if join is not None else " ".join(texts[i] for i in group)
        return joined[key]

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
            a, b = _name_quality(name(group))
            literal, unknown = literal + a, unknown + (1 - b)
        score = (literal, -unknown, -len(groups))
        if best is None or score > best[0]:
            best = (score, groups)
    return best[1] if best else []


def registry_spelling(joined: str, lines: Sequence[str], marked: str | None = None) -> str:
    """The name as joined, or another way of joining its lines where only that is a registry spelling.

    A mark at a line end is taken for glue ("Kementerian/" + "Lembaga"); a
    name the registry spells with the mark standing apart ("(PPN) / BAPPENAS")
    keeps its space: the lines joined by spaces, or `marked` (the lines joined
    with a space after each line-end mark only, so an engine's hyphen elsewhere
    is still dropped: "Pem-" + "bangunan Nasional (PPN) /" + "BAPPENAS").
    """
    if _name_quality(joined)[0]:
        return joined
    for other in (" ".join(" ".join(lines).split()), marked):
        if other is not None and other != joined and _name_quality(other)[0]:
            return other
    return joined
