"""Grids from ruling lines: merge border segments, find tables, merge spanned cells.

Built directly on the rulings a backend found (thin filled rectangles from Word,
stroked lines from most other producers) because generic table finders cut a
row that breaks across pages into two unrelated rows and cost 10-100x more.
A table's missing outer rule (a producer that draws none at a page break) is
replaced by the extent of its vertical rules.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..layout.model import Box, Ruling

TOL = 2.0  # points: rules closer than this are the same rule


@dataclass(slots=True)
class Segment:
    fixed: float  # y of a horizontal rule, x of a vertical one
    lo: float
    hi: float


@dataclass(slots=True)
class GridCell:
    r0: int
    r1: int  # exclusive
    c0: int
    c1: int  # exclusive
    box: Box


@dataclass(slots=True)
class Grid:
    xs: list[float]
    ys: list[float]
    cells: list[GridCell]
    box: Box
    _index: dict[tuple[int, int], int]

    def locate(self, x: float, y: float) -> int | None:
        """Index of the cell containing a point, or None outside the grid."""
        if not (self.box.x0 <= x <= self.box.x1 and self.box.top <= y <= self.box.bottom):
            return None
        c = min(max(bisect_right(self.xs, x) - 1, 0), len(self.xs) - 2)
        r = min(max(bisect_right(self.ys, y) - 1, 0), len(self.ys) - 2)
        return self._index.get((r, c))


def _merge(segments: list[Segment]) -> list[Segment]:
    """Join collinear pieces of one rule (Word draws each cell's border separately)."""
    segments.sort(key=lambda s: (s.fixed, s.lo))
    rows: list[list[Segment]] = []
    for s in segments:
        if rows and abs(rows[-1][0].fixed - s.fixed) <= TOL:
            rows[-1].append(s)
        else:
            rows.append([s])
    merged: list[Segment] = []
    for row in rows:
        fixed = sum(s.fixed for s in row) / len(row)
        row.sort(key=lambda s: s.lo)
        cur = Segment(fixed, row[0].lo, row[0].hi)
        for s in row[1:]:
            if s.lo <= cur.hi + TOL:
                cur.hi = max(cur.hi, s.hi)
            else:
                merged.append(cur)
                cur = Segment(fixed, s.lo, s.hi)
        merged.append(cur)
    return merged


def _segments(rulings: list[Ruling]) -> tuple[list[Segment], list[Segment]]:
    hs: list[Segment] = []
    vs: list[Segment] = []
    for r in rulings:
        b = r.box
        if r.orientation == "h":
            hs.append(Segment(b.cy, b.x0, b.x1))
        else:
            vs.append(Segment(b.cx, b.top, b.bottom))
    return _merge(hs), _merge(vs)


def _components(hs: list[Segment], vs: list[Segment]) -> list[tuple[list[Segment], list[Segment]]]:
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(hs):
        for j, v in enumerate(vs):
            if h.lo - TOL <= v.fixed <= h.hi + TOL and v.lo - TOL <= h.fixed <= v.hi + TOL:
                a, b = find(i), find(len(hs) + j)
                if a != b:
                    parent[a] = b
    groups: dict[int, tuple[list[Segment], list[Segment]]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(v)
    return [g for g in groups.values() if len(g[1]) >= 2]


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= TOL:
            continue
        out.append(v)
    return out


def _covered(segs: list[Segment], fixed: float, lo: float, hi: float) -> bool:
    """Whether a rule at `fixed` covers most of [lo, hi]."""
    span = hi - lo
    if span <= 0:
        return True
    cover = 0.0
    for s in segs:
        if abs(s.fixed - fixed) <= TOL:
            cover += max(0.0, min(hi, s.hi) - max(lo, s.lo))
    return cover >= 0.5 * span


def _grid(hs: list[Segment], vs: list[Segment]) -> Grid | None:
    xs = _cluster([v.fixed for v in vs])
    top = min(v.lo for v in vs)
    bottom = max(v.hi for v in vs)
    ys = _cluster([h.fixed for h in hs if top - TOL <= h.fixed <= bottom + TOL] + [top, bottom])
    if len(xs) < 2 or len(ys) < 2:
        return None
    nr, nc = len(ys) - 1, len(xs) - 1
    parent = list(range(nr * nc))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(nr):
        for c in range(nc):
            if c + 1 < nc and not _covered(vs, xs[c + 1], ys[r], ys[r + 1]):
                parent[find(r * nc + c)] = find(r * nc + c + 1)
            if r + 1 < nr and not _covered(hs, ys[r + 1], xs[c], xs[c + 1]):
                parent[find(r * nc + c)] = find((r + 1) * nc + c)
    spans: dict[int, list[int]] = {}
    for r in range(nr):
        for c in range(nc):
            root = find(r * nc + c)
            s = spans.setdefault(root, [r, r + 1, c, c + 1])
            s[0], s[1] = min(s[0], r), max(s[1], r + 1)
            s[2], s[3] = min(s[2], c), max(s[3], c + 1)
    cells: list[GridCell] = []
    index: dict[tuple[int, int], int] = {}
    for r0, r1, c0, c1 in sorted(spans.values()):
        k = len(cells)
        cells.append(GridCell(r0, r1, c0, c1, Box(xs[c0], ys[r0], xs[c1], ys[r1])))
        for r in range(r0, r1):
            for c in range(c0, c1):
                index[(r, c)] = k
    return Grid(xs, ys, cells, Box(xs[0], ys[0], xs[-1], ys[-1]), index)


def find_grids(rulings: list[Ruling]) -> list[Grid]:
    """Every bordered table on a page, top to bottom."""
    hs, vs = _segments(rulings)
    grids = [g for comp in _components(hs, vs) if (g := _grid(*comp)) is not None]
    grids.sort(key=lambda g: (g.box.top, g.box.x0))
    return grids
