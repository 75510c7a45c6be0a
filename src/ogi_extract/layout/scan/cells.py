"""Table cells read one by one: the words of a ruled cell read again from the cell alone.

Tesseract's page layout analysis is made for running text. In a table of
narrow columns it joins the lines of neighbouring cells or cuts a column's
lines into pieces ("Antara pelanggaran. Coba kapasitas" in a 25 % column read
"ant itara pel: coba ka kapa:"). Cut out on its own, between its rules, the
same cell is one block of lines and reads right.

A cell is where a word lies between the nearest rules found in the image:
left and right the vertical rules crossing its height, above and below the
horizontal rules crossing its centre. Cells found from different words may
overlap (a rule that stops short): only cells apart from every smaller one
are read, and a cell read again replaces every word lying in it. Words with no rule on one of the four
sides lie in no cell and are kept. The cells of a page are cut out inside
their rules, stacked on one sheet and read in one Tesseract run as blocks of
lines (`holes.read_patches`, `--psm 6`), so a page costs one more run.

The cell's new words replace its old ones when they are read more surely:
their mean confidence, weighted by letters, is higher, and they hold at least
`KEEP_TEXT` of the old letters (a cell read as nearly nothing is a failed
reading, not a better one).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Box, Ruling, Word
from .holes import Patch, read_patches
from .image import Raster

INSET = 1.0  # points inside a cell's rules: the rule itself is not cut out
KEEP_TEXT = 0.8  # of the old reading's letters the new one must hold at least
MIN_WIDTH = 6.0  # points: a narrower gap between rules is no cell


def cell_of(word: Word, verticals: Sequence[Ruling], horizontals: Sequence[Ruling]) -> Box | None:
    """The box between the rules around the word's centre, or None when a side has no rule."""
    cx, cy = word.box.cx, word.box.cy
    crossing = [r.box.cx for r in verticals if r.box.top <= cy <= r.box.bottom]
    across = [r.box.cy for r in horizontals if r.box.x0 <= cx <= r.box.x1]
    left = max((x for x in crossing if x < cx), default=None)
    right = min((x for x in crossing if x > cx), default=None)
    top = max((y for y in across if y < cy), default=None)
    bottom = min((y for y in across if y > cy), default=None)
    if left is None or right is None or top is None or bottom is None or right - left < MIN_WIDTH:
        return None
    return Box(left, top, right, bottom)


Edges = tuple[float, float, float, float]  # x0, top, x1, bottom of a cell's box


def cells(words: Sequence[Word], rulings: Sequence[Ruling]) -> dict[Edges, list[Word]]:
    """The words of each ruled cell, by the edges of the cell's box between its rules."""
    verticals = [r for r in rulings if r.orientation == "v"]
    horizontals = [r for r in rulings if r.orientation == "h"]
    out: dict[Edges, list[Word]] = {}
    for w in words:
        box = cell_of(w, verticals, horizontals)
        if box is not None:
            out.setdefault((box.x0, box.top, box.x1, box.bottom), []).append(w)
    return out


def surety(words: Sequence[Word]) -> tuple[float, int]:
    """Mean confidence of the words weighted by their letters and digits, and that count."""
    total, weight = 0.0, 0
    for w in words:
        n = sum(c.isalnum() for c in w.text)
        total += n * (getattr(w, "confidence", None) or 0.0)
        weight += n
    return (total / weight if weight else 0.0), weight


def better(old: Sequence[Word], new: Sequence[Word]) -> bool:
    """Whether the cell's new reading replaces the old one (see the module's docstring)."""
    if not new:
        return False
    (was, letters), (now, kept) = surety(old), surety(new)
    return now > was and kept >= KEEP_TEXT * letters


def _patch(edges: Edges, scale: float, shape: tuple[int, int]) -> Patch:
    x0, top, x1, bottom = edges
    h, w = shape
    return Patch(
        max(0, int((top + INSET) / scale)),
        min(h, int((bottom - INSET) / scale)),
        max(0, int((x0 + INSET) / scale)),
        min(w, int((x1 - INSET) / scale)),
    )


def _overlap(a: Edges, b: Edges) -> bool:
    return min(a[2], b[2]) - max(a[0], b[0]) > 0 and min(a[3], b[3]) - max(a[1], b[1]) > 0


def _apart(found: dict[Edges, list[Word]]) -> list[Edges]:
    """The cells that overlap no other kept one, smallest first, in reading order."""
    kept: list[Edges] = []
    for edges in sorted(found, key=lambda e: ((e[2] - e[0]) * (e[3] - e[1]), e[1], e[0])):
        if not any(_overlap(edges, k) for k in kept):
            kept.append(edges)
    return sorted(kept, key=lambda e: (e[1], e[0]))


def _inside(w: Word, edges: Edges) -> bool:
    return edges[0] <= w.box.cx <= edges[2] and edges[1] <= w.box.cy <= edges[3]


def read_cells(raster: Raster, words: list[Word], rulings: list[Ruling], timeout: float) -> tuple[list[Word], int]:
    """The words with each ruled cell read on its own where that reading is surer; and how many cells changed.

    Cells that overlap a smaller one (found from words between different
    rules) are not read; a cell's new reading replaces every word lying in it.
    """
    found = cells(words, rulings)
    boxes = _apart(found)
    if not boxes:
        return words, 0
    patches = [_patch(b, raster.scale, raster.grey.shape) for b in boxes]
    read = read_patches(raster, patches, timeout, list(rulings), margin_pt=0.0)
    replaced = [(box, new) for box, new in zip(boxes, read) if better(found[box], new)]
    if not replaced:
        return words, 0
    kept = [w for w in words if not any(_inside(w, box) for box, _ in replaced)]
    return kept + [w for _, new in replaced for w in new], len(replaced)
