"""Grids from ruling lines: merge border segments, find tables, merge spanned cells.

Built directly on the rulings a backend found (thin filled rectangles from Word,
stroked lines from most other producers) because generic table finders cut a
row that breaks across pages into two unrelated rows and cost 10-100x more.

What the producers leave out or add, and how the grid copes:

* a missing top or bottom rule (a row sliced by a page break: Chromium and
  WeasyPrint draw none there) is replaced by the extent of the vertical rules,
  and the grid records which columns were left open (`open_top`,
  `open_bottom`): the stitching reads an open column as a cell that goes on;
* a page in the middle of a three-page cell has vertical rules only; vertical
  rules that no horizontal rule touches and that start or end at one height
  are one table;
* a missing left or right rule is replaced by the extent of the horizontal
  rules that reach past the outer vertical one;
* parts of a table drawn at different x offsets on one page (a producer that
  shifts the rest of a table after a row split) touch at one horizontal rule
  that no vertical rule crosses: they are separate grids when their columns
  differ, joined later by their column widths;
* a horizontal rule drawn through a text line with no other text above it in
  its cell (a row moved to a new page, drawn over the first line of the next
  row) is no row boundary there; a rule drawn through the last line of text
  above it (a row-spanning cell whose text outgrew its rows) still is one, and
  the words it crosses go to the cell that holds most of them;
* a row-spanning cell drawn short of its row's last sub-row (Chromium, on the
  page a row goes on to) holds the side region under it that no rule closes.

What the rules around each region say is `region_rules`'.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ..layout.model import Box, Ruling, Word
from .region_rules import TOL, Segment, cell_span, covered, crossed_alone, cut_short, ends_above_nothing


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
    # Per column (xs[c], xs[c + 1]): True where no horizontal rule closes the
    # grid at its top (bottom) edge, the edge given by the vertical rules alone.
    open_top: list[bool] = field(default_factory=list)
    open_bottom: list[bool] = field(default_factory=list)
    # Per vertical rule (xs): True where it runs down through the grid's last row to its bottom.
    bottom_sides: list[bool] = field(default_factory=list)

    def cell_at(self, row: int, column: int) -> int | None:
        """Index of the cell covering grid row `row` and column `column`."""
        return self._index.get((row, column))

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


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


def _touch(h: Segment, v: Segment) -> bool:
    return h.lo - TOL <= v.fixed <= h.hi + TOL and v.lo - TOL <= h.fixed <= v.hi + TOL


def _components(
    hs: list[Segment], vs: list[Segment], words: list[Box] | None = None
) -> list[tuple[list[Segment], list[Segment]]]:
    """Rules that touch, plus vertical rules that no horizontal rule touches and
    that start or end where other vertical rules do (a middle page's columns, a
    column whose cell ended before the others on a page without a rule under it),
    plus the sides of a column drawn on through the page between columns closed
    on it (`_open_column`).
    """
    union = _Union(len(hs) + len(vs))
    touched = [False] * len(vs)
    for i, h in enumerate(hs):
        for j, v in enumerate(vs):
            if _touch(h, v):
                union.join(i, len(hs) + j)
                touched[j] = True
    for j, v in enumerate(vs):
        if touched[j]:
            continue
        for k, w in enumerate(vs):
            if k != j and (abs(v.lo - w.lo) <= TOL or abs(v.hi - w.hi) <= TOL):
                union.join(len(hs) + j, len(hs) + k)
    for j, k in _open_column(vs, words or []):
        union.join(len(hs) + j, len(hs) + k)
    groups: dict[int, tuple[list[Segment], list[Segment]]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(union.find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(union.find(len(hs) + j), ([], []))[1].append(v)
    out: list[tuple[list[Segment], list[Segment]]] = []
    for g in groups.values():
        if len(g[1]) >= 2:
            out.extend(_split_shifted(*g))
    return out


def _open_column(vs: list[Segment], words: list[Box]) -> list[tuple[int, int]]:
    """Pairs of neighbouring vertical rules (indices into `vs`) that are the sides of one column with text.

    A cell sliced at both page breaks has no horizontal rule on the page;
    when the cells beside it end on the page, each with its bottom rule (at
    heights of their own: "Target" 15 pt above "Aktif"), those rules tie the
    left and the right columns into tables of their own, and the middle
    column, whose sides no rule touches at its own, is lost with its text.
    Its two sides begin and end at the same heights (where the page's slice
    of the row does) and hold text between them: one column of one table.
    Two tables side by side leave a gutter between them, no text.
    """
    out: list[tuple[int, int]] = []
    for a, v in enumerate(vs):
        for b, w in enumerate(vs):
            if w.fixed - v.fixed <= TOL or abs(v.lo - w.lo) > TOL or abs(v.hi - w.hi) > TOL:
                continue
            if any(v.fixed < u.fixed < w.fixed and u.lo < v.hi and u.hi > v.lo for u in vs):
                continue  # not neighbours: a rule between them
            if any(v.fixed < x.cx < w.fixed and v.lo < x.cy < v.hi for x in words):
                out.append((a, b))
    return out


def _split_shifted(hs: list[Segment], vs: list[Segment]) -> list[tuple[list[Segment], list[Segment]]]:
    """Cut a component where no vertical rule crosses a horizontal one and the columns change.

    Two parts of one table drawn at different x offsets share the rule where
    they touch; merged, they would make one grid with the columns of both.
    """
    for h in sorted(hs, key=lambda s: s.fixed):
        y = h.fixed
        if any(v.lo < y - TOL and v.hi > y + TOL for v in vs):
            continue
        above = [v for v in vs if v.hi <= y + TOL]
        below = [v for v in vs if v.lo >= y - TOL]
        if len(above) < 2 or len(below) < 2 or len(above) == len(vs) or len(below) == len(vs):
            continue  # no cut: a stub of a vertical rule at y lies on both sides
        if all(v.hi - v.lo <= 2 * TOL for v in above):
            # Rules too short for a line of text, ending on this one: the foot of a
            # cell of the page before, drawn on over the page's top with its
            # bottom rule (Chromium, over a header row it repeats). No table.
            return _split_shifted(hs, [v for v in vs if v not in above])
        xa, xb = _cluster([v.fixed for v in above]), _cluster([v.fixed for v in below])
        if len(xa) == len(xb) and all(abs(a - b) <= TOL for a, b in zip(xa, xb)):
            continue
        top_h = [s for s in hs if s.fixed <= y + TOL]
        bottom_h = [s for s in hs if s.fixed >= y - TOL]
        return _split_shifted(top_h, above) + _split_shifted(bottom_h, below)
    return [(hs, vs)]


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= TOL:
            continue
        out.append(v)
    return out


def _outer_x(hs: list[Segment], xs: list[float], top: float) -> list[float]:
    """Outer edges from the horizontal rules where an outer vertical rule is missing.

    Two rules that run past the outermost column rule to one end mark a
    column drawn without its side rule. So does one alone along the table's
    top (`top`, where its column rules begin) from that column rule on: a
    cell spanning rows continued from the page before whose piece here is
    drawn as its top rule only (Chromium: the target cell over the sliver of
    its row's other cells, its text "substansi berikut." under that rule).
    """
    los = [h.lo for h in hs if h.lo < xs[0] - TOL]
    his = [h.hi for h in hs if h.hi > xs[-1] + TOL]
    out = list(xs)
    along = [h for h in hs if abs(h.fixed - top) <= TOL]
    if len(los) >= 2 and sum(1 for x in los if x <= min(los) + TOL) >= 2:
        out.insert(0, min(los))
    elif lefts := [h.lo for h in along if h.lo < xs[0] - TOL and h.hi >= xs[0] - TOL]:
        out.insert(0, min(lefts))
    if len(his) >= 2 and sum(1 for x in his if x >= max(his) - TOL) >= 2:
        out.append(max(his))
    elif rights := [h.hi for h in along if h.hi > xs[-1] + TOL and h.lo <= xs[-1] + TOL]:
        out.append(max(rights))
    return out


def _grid(hs: list[Segment], vs: list[Segment], words: list[Box]) -> Grid | None:
    top = min(v.lo for v in vs)
    xs = _outer_x(hs, _cluster([v.fixed for v in vs]), top)
    bottom = max(v.hi for v in vs)
    ys = _cluster([h.fixed for h in hs if top - TOL <= h.fixed <= bottom + TOL] + [top, bottom])
    if len(xs) < 2 or len(ys) < 2:
        return None
    # Column rules begun just under the last rule (a row that starts at the
    # page's end, sliced there) are stubs shorter than TOL: they still open a
    # row, a sliver whose cells the text run out below the table goes on in.
    # Stubs at the table's sides alone begin no row of its columns: a row drawn
    # across the whole table there (an empty box on every page's foot, cut by
    # the text area's clip, Chromium) takes no cell's text on, and as the
    # table's last row it would hide the row the break cut from the stitching.
    stubs = [v for v in vs if v.hi - v.lo <= TOL and v.lo >= ys[-1] - TOL and v.hi > ys[-1] + 0.1]
    if len(xs) > 2 and not any(xs[0] + TOL < v.fixed < xs[-1] - TOL for v in stubs):
        stubs = []
    if stubs:
        ys.append(max(v.hi for v in stubs))
    nr, nc = len(ys) - 1, len(xs) - 1
    near = [b for b in words if b.bottom >= ys[0] and b.top <= ys[-1] and b.x1 >= xs[0] and b.x0 <= xs[-1]]
    union = _Union(nr * nc)
    for r in range(nr):
        # the columns no vertical rule parts in this row: one cell across them
        parted = [
            covered(vs, xs[c + 1], ys[r], ys[r + 1])
            or ends_above_nothing(vs, xs[c + 1], ys[r], ys[r + 1], near, xs[c], xs[c + 2])
            for c in range(nc - 1)
        ]
        for c in range(nc):
            if r > 0 and c in (0, nc - 1) and cut_short(vs, hs, xs, ys[r], ys[r + 1], c, ys[r - 1]):
                union.join(r * nc + c, (r - 1) * nc + c)
            if c + 1 < nc and not parted[c]:
                union.join(r * nc + c, r * nc + c + 1)
            if r + 1 < nr and (
                not covered(hs, ys[r + 1], xs[c], xs[c + 1])
                or crossed_alone(near, ys[r + 1], ys[r], *cell_span(xs, parted, c))
            ):
                union.join(r * nc + c, (r + 1) * nc + c)
    spans: dict[int, list[int]] = {}
    for r in range(nr):
        for c in range(nc):
            root = union.find(r * nc + c)
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
    open_top = [not covered(hs, ys[0], xs[c], xs[c + 1]) for c in range(nc)]
    # under a sliver the rule above it is no closing rule, however near
    closing = [h for h in hs if h.fixed > ys[-2] + 0.1] if stubs else hs
    # a column whose side rule stops above the last row is closed too: a cell spanning
    # rows ended there with its bottom rule, the row's other cells drawn on to the page's end
    sides = [covered(vs, x, ys[-2], ys[-1]) or all(abs(v.fixed - x) > TOL for v in vs) for x in xs]
    open_bottom = [not covered(closing, ys[-1], xs[c], xs[c + 1]) and sides[c] and sides[c + 1] for c in range(nc)]
    return Grid(xs, ys, cells, Box(xs[0], ys[0], xs[-1], ys[-1]), index, open_top, open_bottom, sides)


def find_grids(rulings: list[Ruling], words: list[Word] | None = None) -> list[Grid]:
    """Every bordered table on a page, top to bottom.

    `words`, when given, are the page's body words: a horizontal rule that runs
    through them is not taken as a row boundary there.
    """
    hs, vs = _segments(rulings)
    boxes = [w.box for w in words] if words else []
    grids = [g for comp in _components(hs, vs, boxes) if (g := _grid(*comp, boxes)) is not None]
    grids.sort(key=lambda g: (g.box.top, g.box.x0))
    return grids
