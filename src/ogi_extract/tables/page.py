"""One page split into bordered table fragments and the text lines around them."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..layout.model import Box, Page, Word
from .grid import Grid, find_grids
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


def split_page(page: Page, skip: set[int], first_ordinal: int = 0) -> PageContent:
    """Place every word not in `skip` (furniture) in a table cell or a text line."""
    grids = find_grids(page.rulings)
    per_grid: list[list[list[Word]]] = [[[] for _ in g.cells] for g in grids]
    loose: list[Word] = []
    for i, w in enumerate(page.words):
        if i in skip:
            continue
        cx, cy = w.box.cx, w.box.cy
        for gi, g in enumerate(grids):
            k = g.locate(cx, cy)
            if k is not None:
                per_grid[gi][k].append(w)
                break
        else:
            loose.append(w)
    content = PageContent(page.number)
    for gi, g in enumerate(grids):
        groups = _row_groups(g, per_grid[gi], page.number, first_ordinal + gi)
        content.fragments.append(Fragment(page.number, g.box, list(g.xs), groups))
    content.lines = group_lines(loose, page.number)
    return content


def fragment_box(fragment: Fragment) -> Box:
    return fragment.box
