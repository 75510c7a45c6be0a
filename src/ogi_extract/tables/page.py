"""One page split into bordered table fragments and the text lines around them.

A word goes to the cell that holds most of its box, not merely its centre: a
word drawn over a rule (a row moved to a new page with its rule left behind)
belongs where most of it is, among the cells of the column it starts in (a
word too long for its cell runs out over the column rule to its right); one a clip path cuts off just past a table's
top or bottom edge (a line a page break cut, drawn on both pages, its rules
cut with it: see `layout.clips`) belongs to the cell at that edge, where
`copies.read_once` reads it once; and so does one drawn over a table's top but
set on a baseline inside it. Text that runs out below a table's last rule in
one cell's column (a producer that does not grow the row to fit its cell)
is the rest of that cell: it starts within a line of the rule inside the
cells' padding (where the cells' text starts, or further in), stays
inside the cell's column and follows on line by line; the table then ends where that
text ends.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..layout.model import Box, Page, Ruling, Word
from ..layout.visibility import CUT_OFF
from ..layout.words import DESCENT
from .grid import TOL, Grid, find_grids
from .cuts import set_text_edges
from .lines import group_lines
from .model import Cell, CellPiece, Fragment, RowGroup, TextLine
from .overflow import lift_run_over, overflow
from .run_on import lift_run_on


@dataclass(slots=True)
class PageContent:
    page: int
    fragments: list[Fragment] = field(default_factory=list)
    lines: list[TextLine] = field(default_factory=list)
    # Lines a cell of the page before ran on with over the top of the page's
    # first table (`run_on`): the stitching gives them to that cell.
    run_on: list[TextLine] = field(default_factory=list)

    def items(self) -> list[Fragment | TextLine]:
        """Fragments and lines in reading order (top to bottom), the run-on of the page before first."""
        both: list[Fragment | TextLine] = [*self.fragments, *self.lines]
        both.sort(key=lambda it: (it.box.top, it.box.x0))
        return [*self.run_on, *both]

    @property
    def content_top(self) -> float:
        tops = [f.box.top for f in self.fragments] + [ln.box.top for ln in self.lines]
        return min(tops, default=0.0)

    @property
    def content_bottom(self) -> float:
        bottoms = [f.box.bottom for f in self.fragments] + [ln.box.bottom for ln in self.lines]
        return max(bottoms, default=0.0)


def _row_groups(grid: Grid, cell_words: list[list[Word]], page: int, ordinal: int) -> list[RowGroup]:
    """Tie grid rows together where a cell spans them: each tie is one logical row."""
    nrows = len(grid.ys) - 1
    group_of = list(range(nrows))

    def find(i: int) -> int:
        while group_of[i] != i:
            group_of[i] = group_of[group_of[i]]
            i = group_of[i]
        return i

    for gc in grid.cells:
        for r in range(gc.r0 + 1, gc.r1):
            a, b = find(gc.r0), find(r)
            if a != b:
                group_of[b] = a
    groups: dict[int, list[Cell]] = {}
    for k, gc in enumerate(grid.cells):
        lines = group_lines(cell_words[k], page)
        cell = Cell(gc.box.x0, gc.box.x1, (ordinal, gc.r0), [CellPiece(page, gc.box, lines)])
        groups.setdefault(find(gc.r0), []).append(cell)
    out: list[RowGroup] = []
    for root in sorted(groups, key=lambda r: grid.ys[r]):
        cells = sorted(groups[root], key=lambda c: (c.band, c.x0))
        out.append(RowGroup(cells, grid.box.x0, grid.box.x1, [page]))
    return out


def _cell_of(grid: Grid, box: Box, cx: float, cy: float) -> int | None:
    """The grid cell that holds most of a word whose centre (cx, cy) lies in the grid's box."""
    xs, ys = grid.xs, grid.ys
    # `Grid.locate` inlined: the caller has checked the grid's box, and this runs for every word.
    # min(max(i, 0), n) as comparisons: four builtin calls a word fewer
    c = bisect_right(xs, cx) - 1
    if c < 0:
        c = 0
    if c > len(xs) - 2:
        c = len(xs) - 2
    r = bisect_right(ys, cy) - 1
    if r < 0:
        r = 0
    if r > len(ys) - 2:
        r = len(ys) - 2
    k = grid.cell_at(r, c)
    if k is None:
        return None
    if xs[c] <= box.x0 and box.x1 <= xs[c + 1] and ys[r] <= box.top and box.bottom <= ys[r + 1]:
        return k  # inside the grid cell of its centre: most words, without the four searches below
    c0 = max(bisect_right(xs, box.x0) - 1, 0)
    c1 = min(bisect_left(xs, box.x1), len(xs) - 1)
    r0 = max(bisect_right(ys, box.top) - 1, 0)
    r1 = min(bisect_left(ys, box.bottom), len(ys) - 1)
    if c1 - c0 <= 1 and r1 - r0 <= 1:
        return k  # inside one grid cell: the common case
    if c1 - c0 > 1 and box.x0 < xs[c0 + 1] - TOL:
        # Across a column rule: the column it starts in. Text is set from a
        # cell's left, and a word too long for its cell runs out over the rule
        # to the right (Typst: "penandatangananketidaklengkapan" two-thirds in
        # the next column); no cell's text starts left of its own rule.
        c1 = c0 + 1
    share: dict[int, float] = {}
    for r in range(r0, r1):
        h = min(box.bottom, ys[r + 1]) - max(box.top, ys[r])
        for c in range(c0, c1):
            w = min(box.x1, xs[c + 1]) - max(box.x0, xs[c])
            cell = grid.cell_at(r, c)
            if cell is not None and h > 0 and w > 0:
                share[cell] = share.get(cell, 0.0) + h * w
    return max(share, key=lambda i: (share[i], i == k)) if share else k


def _edge_cell(grid: Grid, box: Box) -> int | None:
    """The cell at the grid's top or bottom edge for a word that lies past it by less than its height."""
    gb = grid.box
    cx, cy = (box.x0 + box.x1) * 0.5, (box.top + box.bottom) * 0.5
    if not gb.x0 <= cx <= gb.x1:
        return None
    if gb.top - box.height <= cy < gb.top:
        return grid.locate(cx, gb.top + TOL)
    if gb.bottom < cy <= gb.bottom + box.height:
        return grid.locate(cx, gb.bottom - TOL)
    return None


def _open_spans(grid: Grid, flags: list[bool]) -> list[tuple[float, float]]:
    return [(grid.xs[c], grid.xs[c + 1]) for c, is_open in enumerate(flags) if is_open]


def visible_rulings(page: Page) -> list[Ruling]:
    """The rulings cut to the page: a producer may draw a whole table on every page
    and let the page's edge clip it (wkhtmltopdf), and rules beyond the edge are
    not seen by the reader. A rule within `TOL` of the edge counts as on it.
    """
    if page.width <= 0 or page.height <= 0:
        return list(page.rulings)
    out: list[Ruling] = []
    for r in page.rulings:
        b = r.box
        if b.bottom < -TOL or b.top > page.height + TOL or b.x1 < -TOL or b.x0 > page.width + TOL:
            continue
        clipped = Box(max(b.x0, 0.0), max(b.top, 0.0), min(b.x1, page.width), min(b.bottom, page.height))
        if clipped.x1 < clipped.x0 or clipped.bottom < clipped.top:
            clipped = Box(clipped.x0, clipped.top, max(clipped.x0, clipped.x1), max(clipped.top, clipped.bottom))
        out.append(r if clipped == b else Ruling(clipped, r.orientation, r.source))
    return out


def split_page(page: Page, skip: set[int], first_ordinal: int = 0) -> PageContent:
    """Place every word not in `skip` (furniture) in a table cell or a text line."""
    body = [w for i, w in enumerate(page.words) if i not in skip]
    grids = find_grids(visible_rulings(page), body)
    per_grid: list[list[list[Word]]] = [[[] for _ in g.cells] for g in grids]
    loose: list[Word] = []
    extents = [(gi, g, g.box.x0, g.box.top, g.box.x1, g.box.bottom) for gi, g in enumerate(grids)]
    for w in body:
        b = w.box
        cx, cy = (b.x0 + b.x1) * 0.5, (b.top + b.bottom) * 0.5
        for gi, g, gx0, gtop, gx1, gbottom in extents:
            # Most words of a page are outside a given grid: leave before any search.
            if gx0 <= cx <= gx1 and gtop <= cy <= gbottom:
                k = _cell_of(g, b, cx, cy)
                if k is not None:
                    per_grid[gi][k].append(w)
                    break
        else:
            edge = _cut_off_at_edge(grids, w) or _run_out_right(grids, w) or _set_below_top(grids, w)
            if edge is None:
                loose.append(w)
            else:
                per_grid[edge[0]][edge[1]].append(w)
    for gi, g in enumerate(grids):
        lift_run_over(g, per_grid[gi])
    content = PageContent(page.number)
    if grids and not any(w.box.bottom <= grids[0].box.top + TOL for w in loose):
        # the page begins with a table: a cell of the page before may run on over its top
        content.run_on = group_lines(lift_run_on(grids[0], per_grid[0]), page.number)
    for gi, g in enumerate(grids):
        limit = grids[gi + 1].box.top if gi + 1 < len(grids) else float("inf")
        nxt = gi + 1 < len(grids)
        loose, bottom = overflow(
            g, per_grid[gi], loose, limit, per_grid[gi + 1] if nxt else None, list(grids[gi + 1].ys) if nxt else None,
            [ws for cells in per_grid for ws in cells],
        )
        groups = _row_groups(g, per_grid[gi], page.number, first_ordinal + gi)
        set_text_edges(groups)
        box = Box(g.box.x0, g.box.top, g.box.x1, bottom)
        if bottom > g.box.bottom:
            for grp in groups:
                for cell in grp.cells:
                    for piece in cell.pieces:
                        if piece.box.bottom >= g.box.bottom - TOL:
                            piece.box = Box(piece.box.x0, piece.box.top, piece.box.x1, bottom)
        content.fragments.append(
            Fragment(
                page.number, box, list(g.xs), groups, _open_spans(g, g.open_top), _open_spans(g, g.open_bottom),
                [x for x, sided in zip(g.xs, g.bottom_sides) if sided],
            )
        )
    content.lines = group_lines(loose, page.number)
    return content


def _cut_off_at_edge(grids: list[Grid], w: Word) -> tuple[int, int] | None:
    """(grid, cell) for a word a clip cut off just past a grid's edge, if any (see the module)."""
    if w.visibility != CUT_OFF:
        return None
    for gi, g in enumerate(grids):
        k = _edge_cell(g, w.box)
        if k is not None:
            return gi, k
    return None


def _set_below_top(grids: list[Grid], w: Word) -> tuple[int, int] | None:
    """(grid, cell) for a word drawn over a grid's top edge and set on a baseline below it, if any.

    Its box's middle may lie above the edge, but its line is the table's:
    ReportLab sets a middle-aligned label of a row it split at a page break
    half above the frame on the new page ("Aktif", baseline 2.9 pt under the
    table's top, its capitals over it). Text above a table stands on a
    baseline above its top rule; only its descenders may reach over.
    """
    b = w.box
    base = b.bottom - min(DESCENT * w.size, b.height * 0.5)
    cx = (b.x0 + b.x1) * 0.5
    for gi, g in enumerate(grids):
        gb = g.box
        if gb.x0 <= cx <= gb.x1 and b.top < gb.top + TOL < base <= gb.bottom:
            k = _cell_of(g, b, cx, gb.top + TOL)
            if k is not None:
                return gi, k
    return None


def _run_out_right(grids: list[Grid], w: Word) -> tuple[int, int] | None:
    """(grid, cell) for a word begun in a cell that runs out past the table's right edge, if any.

    Text is set from a cell's left; a word too long for the line runs out to
    the right, over the column rules (`_cell_of`) and past the table's edge
    and the page's ("menggarisbawahiketenagakerjaan", Typst, from 429.7 to
    639.8 in a table ending at 523.3): its middle lies outside the table,
    but it is the text of the cell it begins in, at the height of that
    cell's lines. Left loose, it would end its page after the table and
    keep the row from going on over the page break.
    """
    b = w.box
    cy = (b.top + b.bottom) * 0.5
    for gi, g in enumerate(grids):
        gb = g.box
        if gb.x0 <= b.x0 < gb.x1 - TOL < gb.x1 < b.x1 and gb.top <= cy <= gb.bottom:
            k = _cell_of(g, b, b.x0, cy)
            if k is not None:
                return gi, k
    return None


def fragment_box(fragment: Fragment) -> Box:
    return fragment.box
