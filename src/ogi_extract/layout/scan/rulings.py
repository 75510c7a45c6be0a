"""Table rulings found in a page image: a morphological line detector on the upright raster.

A ruling is a run of ink much longer than any letter: a horizontal one is what
survives an opening of the ink mask with a 1 x k line (erosion then dilation),
k about `MIN_LENGTH` points, a vertical one the same on the transposed mask.
Before the opening, gaps of up to `GAP` pixels along the line are closed: a
blurred, noisy scan breaks a thin rule into dashes. The surviving pixels are
grouped into rules: consecutive rows (columns) whose runs overlap form one
rule, and its box is the run's extent and thickness, in points. Each becomes a
`Ruling` of the layout model with `source="image"`, the same shape the vector
backends give, so the tables stage reads it unchanged.

Why these numbers: the shortest border of a report table is a narrow score
cell, about 50 pt wide; the longest run of ink in body text is an underline
or a dash, far shorter than `MIN_LENGTH` except in a rule. Text never leaves
a vertical run of 20 pt.

A cell cut short by a page break can leave a shorter stub: WeasyPrint closes
a row that goes on over the page with its label cells only, so the rules
between the other cells hang 15 pt below the row's top rule. A vertical run
of `STUB_LENGTH` or more is kept when one of its ends lies on a horizontal
rule (a T-junction, as a table's rules meet): a letter's stem is shorter than
that and stands clear of a cell's borders by the cell's padding.

Small type blurred by the scan can merge into a run too: the foot of a 7 pt
word ("masukan" of a footer) is a horizontal run of 25 pt. A rule stands
clear: the pixel rows just beyond it (`BESIDE`) are mostly paper on both
sides, as a cell's padding keeps text off its border, while a line of type
has its letters' bodies on one side. A run with ink beside it over more than
`CROWDED` of its length is not a rule.
"""

from __future__ import annotations

import numpy as np

from ..model import Box, Ruling
from .image import Raster, ink

MIN_LENGTH = 20.0  # points
STUB_LENGTH = 10.0  # points: a vertical run this long that meets a horizontal rule (see above)
GAP = 2  # pixels closed along a line before the opening
MAX_THICKNESS = 4.0  # points; thicker ink is a filled area, not a rule
EXTEND = 0.75  # points added at each end: the rule's ends fade in the blur
SNAP = 3.0  # points: a rule's end this close to a crossing rule ends on it
EDGE_MARGIN = 12.0  # points; a rule this close to the sheet's edge is the scanner's border, not the table's
SOURCE = "image"
BESIDE = (2, 3)  # pixel rows (columns) beyond a rule's edge looked at
CROWDED = 0.35  # share of a rule's length with ink beside it, on either side, that makes it type


def _runs_at_least(mask: np.ndarray, k: int) -> np.ndarray:
    """Pixels of `mask` inside a horizontal run of at least `k` pixels (opening with a 1 x k line)."""
    if k <= 1:
        return mask.copy()
    m = mask.astype(np.int32)
    c = np.pad(m.cumsum(axis=1), ((0, 0), (1, 0)))
    full = (c[:, k:] - c[:, :-k]) == k  # window [j, j + k) entirely ink
    # dilate the window starts back over the k pixels they cover
    starts = np.pad(full.astype(np.int32), ((0, 0), (0, k - 1)))
    cover = np.pad(starts.cumsum(axis=1), ((0, 0), (k, 0)))
    out = (cover[:, k:] - cover[:, :-k]) > 0
    return out[:, : mask.shape[1]]


def _close_gaps(mask: np.ndarray, gap: int) -> np.ndarray:
    """Fill a pixel with ink on both sides within `gap` pixels along the row (a closing)."""
    before = np.zeros_like(mask)
    after = np.zeros_like(mask)
    for shift in range(1, gap + 1):
        before[:, shift:] |= mask[:, :-shift]
        after[:, :-shift] |= mask[:, shift:]
    return mask | (before & after)


def _crowded(mask: np.ndarray, r0: int, r1: int, x0: int, x1: int) -> bool:
    """Whether ink lies just beyond rows r0..r1 over more than CROWDED of x0..x1, on either side."""
    for rows in ([r0 - d for d in BESIDE], [r1 + d for d in BESIDE]):
        rows = [r for r in rows if 0 <= r < mask.shape[0]]
        if rows and mask[rows, x0:x1].any(axis=0).mean() > CROWDED:
            return True
    return False


def _group(lines: np.ndarray, scale: float, orientation: str, mask: np.ndarray | None = None) -> list[Ruling]:
    """Rows of surviving runs stacked into rules: (row, x0, x1) runs that touch row to row.

    With the ink `mask` the runs came from, a run crowded by ink beside it is dropped (`_crowded`).
    """
    rules: list[list[float]] = []  # [row0, row1, x0, x1] in pixels
    open_rules: list[list[float]] = []
    for row in range(lines.shape[0]):
        line = lines[row]
        if not line.any():
            open_rules = []
            continue
        edges = np.flatnonzero(np.diff(np.concatenate(([0], line.view(np.int8), [0]))))
        runs = list(zip(edges[::2], edges[1::2]))
        still: list[list[float]] = []
        for x0, x1 in runs:
            joined = None
            for r in open_rules:
                if r[1] == row - 1 and x0 < r[3] and x1 > r[2]:
                    joined = r
                    break
            if joined is None:
                joined = [row, row, x0, x1]
                rules.append(joined)
            else:
                joined[1] = row
                joined[2] = min(joined[2], x0)
                joined[3] = max(joined[3], x1)
            still.append(joined)
        open_rules = still
    out: list[Ruling] = []
    for r0, r1, x0, x1 in (map(float, r) for r in rules):
        thick = (r1 - r0 + 1) * scale
        if thick > MAX_THICKNESS:
            continue
        if mask is not None and _crowded(mask, int(r0), int(r1), int(x0), int(x1)):
            continue
        a0, a1 = x0 * scale - EXTEND, x1 * scale + EXTEND
        b0, b1 = r0 * scale, (r1 + 1) * scale
        box = Box(a0, b0, a1, b1) if orientation == "h" else Box(b0, a0, b1, a1)
        out.append(Ruling(Box(*box.rounded(3)), orientation, SOURCE))
    return out


def _snap_ends(rulings: list[Ruling]) -> list[Ruling]:
    """Rule ends that stop near a crossing rule end on it, as a drawn table's rules meet.

    In the image a rule's end is blurred over a pixel or two either way; a
    vertical rule that pokes a point above the top rule would make a sliver of
    a row there.
    """
    hs = [r for r in rulings if r.orientation == "h"]
    vs = [r for r in rulings if r.orientation == "v"]
    out: list[Ruling] = []
    for r in rulings:
        b = r.box
        if r.orientation == "v":
            across = [h.box for h in hs if h.box.x0 - SNAP <= b.cx <= h.box.x1 + SNAP]
            top = next((h.top for h in across if abs(h.cy - b.top) <= SNAP), b.top)
            bottom = next((h.bottom for h in across if abs(h.cy - b.bottom) <= SNAP), b.bottom)
            out.append(Ruling(Box(b.x0, top, b.x1, bottom), "v", r.source))
        else:
            across = [v.box for v in vs if v.box.top - SNAP <= b.cy <= v.box.bottom + SNAP]
            x0 = next((v.x0 for v in across if abs(v.cx - b.x0) <= SNAP), b.x0)
            x1 = next((v.x1 for v in across if abs(v.cx - b.x1) <= SNAP), b.x1)
            out.append(Ruling(Box(x0, b.top, x1, b.bottom), "h", r.source))
    return out


def _inside(box: Box, width: float, height: float) -> bool:
    m = EDGE_MARGIN
    return box.x0 >= m and box.top >= m and box.x1 <= width - m and box.bottom <= height - m


def _stubs(mask: np.ndarray, scale: float, found: list[Ruling]) -> list[Ruling]:
    """Vertical runs of `STUB_LENGTH` to `MIN_LENGTH` with an end on a horizontal rule of `found`."""
    k = max(2, round(STUB_LENGTH / scale))
    hs = [r.box for r in found if r.orientation == "h"]
    vs = [r.box for r in found if r.orientation == "v"]
    out: list[Ruling] = []
    for r in _group(_runs_at_least(_close_gaps(mask.T, GAP), k), scale, "v", mask.T):
        b = r.box
        if b.height >= MIN_LENGTH + 2 * EXTEND or any(
            abs(v.cx - b.cx) <= SNAP and v.top <= b.bottom and b.top <= v.bottom for v in vs
        ):
            continue  # a long rule, found already
        if any(h.x0 - SNAP <= b.cx <= h.x1 + SNAP and min(abs(h.cy - b.top), abs(h.cy - b.bottom)) <= SNAP for h in hs):
            out.append(r)
    return out


def find_rulings(raster: Raster) -> list[Ruling]:
    """Horizontal and vertical rules of the upright page, in points, sorted like a backend's."""
    mask = ink(raster.grey)
    k = max(2, round(MIN_LENGTH / raster.scale))
    found: list[Ruling] = []
    for orientation, m in (("h", mask), ("v", mask.T)):
        lines = _runs_at_least(_close_gaps(m, GAP), k)
        found.extend(_group(lines, raster.scale, orientation, m))
    found.extend(_stubs(mask, raster.scale, found))
    height, width = (n * raster.scale for n in raster.grey.shape)
    found = _snap_ends([r for r in found if _inside(r.box, width, height)])
    return sorted(found, key=lambda r: (r.box.top, r.box.x0, r.box.bottom, r.box.x1, r.orientation))
