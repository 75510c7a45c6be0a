"""The lines near a page's top and bottom edges: what the furniture finder groups across pages.

Each line (words of one layout line id) that lies in the outer `INNER_BAND` of
the page height is a candidate, with its distance from that edge, whether it
sits inside a ruled table, and its text with the numbers folded ("Halaman 12"
and "Halaman 13" fold alike; a roman numeral folds to its value), so that
`find.py` can tell a running head from body text repeating by chance.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..layout.model import Box, Page

MARGIN_BAND = 0.08
INNER_BAND = 0.15
EXTREME_BAND = 0.05

_NUMBER = re.compile(r"\d+")
_ROMAN = re.compile(r"^[ivxlcdm]+$", re.IGNORECASE)
PAGE_NUMBER = re.compile(
    r"^(?:(?:halaman|hal\.?|page|p\.)\s*)?[-–—]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—]?"
    r"(?:\s*(?:/|of|dari)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


@dataclass(slots=True)
class EdgeLine:
    page: int
    words: tuple[int, ...]
    text: str
    box: Box
    kind: str  # "header" or "footer"
    offset: float  # distance of its near side from the page edge it belongs to
    far: float  # distance of its far side from that edge
    inner: bool  # beyond the margin band (needs a larger share of pages)
    extreme: bool
    in_table: bool
    key: str
    numbers: tuple[int, ...]


def _roman(text: str) -> int:
    total, last = 0, 0
    for ch in reversed(text.lower()):
        value = _ROMAN_VALUES[ch]
        total += value if value >= last else -value
        last = max(last, value)
    return total


def fold(text: str) -> tuple[str, tuple[int, ...]]:
    """The text with numbers folded to '#', and the numbers themselves."""
    text = " ".join(text.split()).casefold()
    if _ROMAN.match(text):
        return "#", (_roman(text),)
    numbers = tuple(int(n) for n in _NUMBER.findall(text))
    return _NUMBER.sub("#", text), numbers


def _vertical_rules(page: Page) -> list[tuple[float, float, float]]:
    return [(r.box.cx, r.box.top, r.box.bottom) for r in page.rulings if r.orientation == "v"]


def _inside_table(box: Box, rules: Sequence[tuple[float, float, float]]) -> bool:
    """Whether vertical rules cross the line's height on both its sides (it sits in a cell)."""
    cy = box.cy
    left = right = False
    for x, top, bottom in rules:
        if top <= cy <= bottom:
            left = left or x <= box.x0 + 1.0
            right = right or x >= box.x1 - 1.0
            if left and right:
                return True
    return False


def edge_lines(page: Page) -> list[EdgeLine]:
    height = page.height or 1.0
    groups: dict[int, list[int]] = defaultdict(list)
    for i, w in enumerate(page.words):
        groups[w.line].append(i)
    rules = _vertical_rules(page)
    out: list[EdgeLine] = []
    low, high = INNER_BAND * height, (1 - INNER_BAND) * height
    for indices in groups.values():
        first = page.words[indices[0]].box
        if low < first.bottom and first.top < high:
            continue  # a body line by its first word alone (the line's extent only widens it): most lines
        words = [page.words[i] for i in indices]
        top = min(w.box.top for w in words)
        bottom = max(w.box.bottom for w in words)
        if low < bottom and top < high:
            continue  # a body line: leave before building anything
        box = Box(min(w.box.x0 for w in words), top, max(w.box.x1 for w in words), bottom)
        if box.bottom <= INNER_BAND * height:
            kind, offset, far = "header", box.top, box.bottom
        elif box.top >= (1 - INNER_BAND) * height:
            kind, offset, far = "footer", height - box.bottom, height - box.top
        else:
            continue
        text = " ".join(w.text for w in sorted(words, key=lambda w: w.box.x0))
        key, numbers = fold(text)
        out.append(
            EdgeLine(
                page=page.number,
                words=tuple(indices),
                text=text,
                box=box,
                kind=kind,
                offset=offset,
                far=far,
                inner=far > MARGIN_BAND * height,
                extreme=far <= EXTREME_BAND * height,
                in_table=_inside_table(box, rules),
                key=key,
                numbers=numbers,
            )
        )
    return out
