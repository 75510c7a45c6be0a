"""One page split into bordered table fragments and the text lines around them.

A word goes to the cell that holds most of its box, not merely its centre: a
word drawn over a rule (a row moved to a new page with its rule left behind)
belongs where most of it is. Text that runs out below a table's last rule in
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
from .grid import TOL, Grid, find_grids
from .lines import group_lines
from .model import Cell, CellPiece, Fragment, RowGroup, TextLine


@dataclass(slots=True)
class PageContent:
    page: int
    fragments: list[Fragment] = field(default_factory=list)
    lines: list[TextLine] = field(default_factory=list)

    def items(self) -> list[Fragment | TextLine]:
        """Fragments and lines in reading order (top to bottom)."""
        both: list[Fragment | TextLine] = [*self.fragments, *self.lines]
        both.sort(key=lambda it: (it.box.top, it.box.x0))
        return both

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


ALIGN_TOL = 2.0  # points: lines of one cell start this close to its left edge


def _cell_of(grid: Grid, box: Box) -> int | None:
    """The grid cell that holds most of a word whose centre lies in the grid."""
    gb = grid.box
    cx, cy = (box.x0 + box.x1) * 0.5, (box.top + box.bottom) * 0.5
    if not (gb.x0 <= cx <= gb.x1 and gb.top <= cy <= gb.bottom):
        return None  # most words of a page: leave before any search
    k = grid.locate(cx, cy)
    if k is None:
        return None
    xs, ys = grid.xs, grid.ys
    c0 = max(bisect_right(xs, box.x0) - 1, 0)
    c1 = min(bisect_left(xs, box.x1), len(xs) - 1)
    r0 = max(bisect_right(ys, box.top) - 1, 0)
    r1 = min(bisect_left(ys, box.bottom), len(ys) - 1)
    if c1 - c0 <= 1 and r1 - r0 <= 1:
        return k  # inside one grid cell: the common case
    share: dict[int, float] = {}
    for r in range(r0, r1):
        h = min(box.bottom, ys[r + 1]) - max(box.top, ys[r])
        for c in range(c0, c1):
            w = min(box.x1, xs[c + 1]) - max(box.x0, xs[c])
            cell = grid.cell_at(r, c)
            if cell is not None and h > 0 and w > 0:
                share[cell] = share.get(cell, 0.0) + h * w
    return max(share, key=lambda i: (share[i], i == k)) if share else k


PITCH_TOL = 0.3  # points: lines of one text follow each other at one pitch, this exactly


def _line_tops(words: list[Word]) -> list[float]:
    tops: list[float] = []
    for t in sorted(w.box.top for w in words):
        if not tops or t - tops[-1] > 1.0:
            tops.append(t)
    return tops


def _lift_run_over(grid: Grid, cell_words: list[list[Word]]) -> None:
    """Give back to a cell the lines its text ran over its bottom rule with.

    A producer that does not grow a row to its text draws the rest past the
    row's bottom rule, over the row below (first line and all). Those words
    follow the text above at its own line pitch, to a fraction of a point, and
    inside its column; the row below starts its lines after its rule and
    padding, at a height of its own. A line of the cell below that falls on
    the pitch is the cell above's when it is drawn over the cell's own words
    or before its first line: text runs down out of a cell, never up into one.
    """
    steps: dict[float, int] = {}
    for words in cell_words:
        tops = _line_tops(words)
        for a, b in zip(tops, tops[1:]):
            steps[round(b - a, 1)] = steps.get(round(b - a, 1), 0) + 1
    if not steps:
        return
    pitch = max(steps, key=lambda d: (steps[d], -d))  # the page's line pitch
    for j, upper in enumerate(grid.cells):
        below = [
            k
            for k, gc in enumerate(grid.cells)
            if gc.r0 == upper.r1 and gc.box.x0 < upper.box.x1 - TOL and gc.box.x1 > upper.box.x0 + TOL
        ]
        # the text above ends on this page, or (a row continued from the page
        # before, its cell a sliver here) its run-over begins above the rule
        early = [w for k in below for w in cell_words[k] if w.box.top < upper.box.bottom - 0.5]
        seed = cell_words[j] or early
        if not seed:
            continue
        left = min(w.box.x0 for w in seed) - ALIGN_TOL
        tops = _line_tops(cell_words[j])
        last = tops[-1] if tops else min(w.box.top for w in early) - pitch
        while True:
            moved = False
            for k in below:
                words = cell_words[k]
                line = [
                    w
                    for w in words
                    if abs(w.box.top - (last + pitch)) <= PITCH_TOL and w.box.x0 >= left and w.box.x1 <= upper.box.x1 + TOL
                ]
                if not line:
                    continue
                rest = [w for w in words if all(w is not o for o in line)]
                first = min((w.box.top for w in rest), default=float("inf"))
                height = max(w.box.bottom - w.box.top for w in line)
                drawn_over = any(_overlap(w.box, o.box) for w in line for o in rest)
                if not drawn_over and first <= line[0].box.top + 0.5 * height:
                    continue
                cell_words[k] = rest
                cell_words[j].extend(line)
                moved = True
            if not moved:
                break
            last += pitch


def _overlap(a: Box, b: Box) -> bool:
    """Whether two word boxes cover each other in good part (text drawn over text)."""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    return w > 0.2 * min(a.width, b.width) and h > 0.3 * min(a.height, b.height)


def _overflow(grid: Grid, cell_words: list[list[Word]], loose: list[Word], limit: float) -> tuple[list[Word], float]:
    """Move the loose words that continue a bottom cell below the grid into it.

    Returns the words left loose and the new bottom of the table.
    """
    nrows = len(grid.ys) - 1
    bottom = grid.box.bottom
    taken: set[int] = set()
    # the cells' padding: how far right of its rule a cell's text begins
    pads = [min(w.box.x0 for w in ws) - gc.box.x0 for gc, ws in zip(grid.cells, cell_words) if ws]
    pad = max(min(pads), 0.0) if pads else 0.0
    for k, gc in enumerate(grid.cells):
        if gc.r1 != nrows:
            continue
        box = gc.box
        inside = [
            w
            for w in loose
            if id(w) not in taken
            and grid.box.bottom < w.box.cy
            and w.box.cy <= limit
            and w.box.x0 >= box.x0 - 0.5
            and w.box.x1 <= box.x1 + TOL
        ]
        if not inside:
            continue
        own = cell_words[k]
        if own:
            # only a full cell runs over: its text reaches the rule
            height = max(w.box.bottom - w.box.top for w in own)
            reach = max(w.box.bottom for w in own)
            if reach < grid.box.bottom - 1.5 * height:
                continue
        else:
            # an empty cell runs over only when it is a sliver lower than a line
            # (a row that continues from the page before, its text not grown into it)
            height = max(w.box.bottom - w.box.top for w in inside)
            if box.bottom - box.top >= height:
                continue
            reach = box.bottom
        # the rest starts inside the cell's padding, as its text does (at its
        # left edge, a list item's indent or a sub-item's); text under the
        # table starts at the table's edge or runs across the column's rules
        edge = box.x0 + pad - ALIGN_TOL
        took = False
        for line in group_lines(inside, 0):
            # the next line of the cell's text: no wider gap than a line's own
            if line.box.top > reach + 0.8 * height or line.box.x0 < edge:
                break
            if _runs_across(line.box, box, loose):
                break  # a line of text below the table, wider than the column
            cell_words[k].extend(line.words)
            taken.update(id(w) for w in line.words)
            reach, took = max(reach, line.box.bottom), True
        if took:
            bottom = max(bottom, reach)
    if not taken:
        return loose, grid.box.bottom
    return [w for w in loose if id(w) not in taken], bottom


def _runs_across(line: Box, column: Box, loose: list[Word]) -> bool:
    """Whether the text line goes on past a rule of its column: a line under the table."""
    for w in loose:
        b = w.box
        overlap = min(b.bottom, line.bottom) - max(b.top, line.top)
        if overlap < 0.5 * min(b.height, line.height) or line.x0 - 0.1 <= b.x0 < line.x1:
            continue  # not on the line, or one of its own words
        gap = 0.3 * (b.bottom - b.top)
        if b.x0 < column.x1 < b.x1 or b.x0 < column.x0 < b.x1:
            return True
        if 0 <= b.x0 - line.x1 < gap or 0 <= line.x0 - b.x1 < gap:
            return True
    return False


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
    for w in body:
        for gi, g in enumerate(grids):
            k = _cell_of(g, w.box)
            if k is not None:
                per_grid[gi][k].append(w)
                break
        else:
            loose.append(w)
    for gi, g in enumerate(grids):
        _lift_run_over(g, per_grid[gi])
    content = PageContent(page.number)
    for gi, g in enumerate(grids):
        limit = grids[gi + 1].box.top if gi + 1 < len(grids) else float("inf")
        loose, bottom = _overflow(g, per_grid[gi], loose, limit)
        groups = _row_groups(g, per_grid[gi], page.number, first_ordinal + gi)
        box = Box(g.box.x0, g.box.top, g.box.x1, bottom)
        if bottom > g.box.bottom:
            for grp in groups:
                for cell in grp.cells:
                    for piece in cell.pieces:
                        if piece.box.bottom >= g.box.bottom - TOL:
                            piece.box = Box(piece.box.x0, piece.box.top, piece.box.x1, bottom)
        content.fragments.append(
            Fragment(page.number, box, list(g.xs), groups, _open_spans(g, g.open_top), _open_spans(g, g.open_bottom))
        )
    content.lines = group_lines(loose, page.number)
    return content


def fragment_box(fragment: Fragment) -> Box:
    return fragment.box
