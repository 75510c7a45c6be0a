"""Lines that go on with a cell of a row left open at a page's end, outside any table.

A row cut by a page break is stitched cell to cell when the next page begins
with the rest of the table (`stitch`). Some producers go on with a cell's
text outside any table: WeasyPrint fills a whole page with a row-spanning
cell's text and no rule at all (`overflow_cell`), Chromium draws a cell's last
lines past the page's end at the top of the next page, over its first row
(`run_on_cell`, from `run_on`) or over the text lines it begins with
(`split_top`). Each of these goes to the cell whose text ran to the end of its
page (`filled_to_the_end`), inside that cell's column, at its left edge or its
last line's indent (a page with no rule at all, at any indent its lines began at:
a list goes on there with its next item's marker).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..layout.model import Box
from .lines import group_lines
from .model import Cell, CellPiece, Fragment, RowGroup, TextLine
from .run_on import split_run_on

COLUMN_TOL = 3.0  # points: a line lies inside a column this far past its right rule
ALIGN_TOL = 2.0  # points: lines of one cell start this close to its left edge
FILL_LINES = 3.0  # a cut cell's text ends within this many lines of the page's end (widows, padding)

Item = RowGroup | TextLine


def filled_to_the_end(cell: Cell) -> bool:
    """Whether the cell's text runs to the end of its last piece, as a cell cut by the page does.

    A cell whose text stops well above the page's end is complete: the space
    under it is its row stretched by a taller neighbour, and a border the
    producer left out at the break (Chromium draws the rule between two
    sub-rows on neither page when it falls on the break) does not make the
    next page's cell its rest.
    """
    piece = cell.pieces[-1]
    if not piece.lines:
        return True  # nothing of it on the old page yet (a producer moved its first lines on)
    last = piece.lines[-1].box
    return last.bottom >= piece.box.bottom - FILL_LINES * last.height


def overflow_cell(group: RowGroup, before: Fragment, line: TextLine) -> Cell | None:
    """The cell of `group` whose text `line` goes on with: open at the bottom of the
    fragment `before`, its text running to the end there, `line` inside its column
    and at its left edge or an indent its lines began at.

    A producer that lets a cell's text run past its row (WeasyPrint, with a
    row-spanning cell far taller than the cells beside it) can fill a whole
    page with that text and no rule at all.
    """
    best: Cell | None = None
    for cell in group.cells:
        if not cell.pieces or not cell.words or not filled_to_the_end(cell):
            continue
        box = cell.pieces[-1].box
        if cell.pieces[-1].page == before.page and not before.opens_at_bottom(box.x0, box.x1):
            continue
        left = min(w.box.x0 for w in cell.words)
        inside = box.x0 - 0.5 <= line.box.x0 and line.box.x1 <= box.x1 + COLUMN_TOL
        if inside and (_at_start(cell, line, left) or _next_line(cell, line, left)):
            if best is None or cell.band > best.band:
                best = cell
    return best


def _at_start(cell: Cell, line: TextLine, left: float) -> bool:
    """Whether `line` starts where the cell's text starts its lines: its left edge, or where one of its
    lines starts (a list's indents: a page may begin with the next item's marker, at the indent where
    the cell's earlier items began, not where its last line did)."""
    starts = {left, *(ln.box.x0 for ln in cell.lines)}
    return any(abs(line.box.x0 - x) <= ALIGN_TOL for x in starts)


def _next_line(cell: Cell, line: TextLine, left: float) -> bool:
    """Whether `line` is the next line of the cell's text on a page it has gone on to with no rule.

    Once the cell's text goes on at the top of a page, the lines under it
    inside its column are its own at any indent (a list's markers, items
    and sub-items), as long as they follow on, no wider gap than a line,
    and start no further left than its text does.
    """
    piece = cell.pieces[-1]
    if piece.page != line.page or not piece.lines:
        return False
    above = piece.lines[-1].box
    return line.box.x0 >= left - ALIGN_TOL and 0 <= line.box.top - above.bottom <= above.height


def run_on_cell(group: RowGroup, page: int, line: TextLine, above: Sequence[RowGroup] = ()) -> Cell | None:
    """The cell of `group` that `line`, run on over the top of `page` (`run_on`), goes on with.

    The cell ends on the page before with its text run to its end (past its
    bottom rule, as `overflow` read it), and the line lies inside its column
    where the cell's last line starts (a list item's indent) or at its left.
    `above`: the rows before `group` on that page, nearest first. A cell of
    one whose text ran over its bottom rule, over the rows after it to the
    page's end (`lift_run_over`), goes on at the next page's top as well
    ("ajudikasi resiko" over the row "Target (2) B06:" at the page's foot,
    then "progress pihak" at the item's indent over the row's rest on the
    next page; "marginal. Percontohan" over an implementer's heading row and
    the next row, then "ialah, usaha" on the next page): when no cell of
    `group` takes the line, the nearest such cell does.
    """
    best: Cell | None = None
    for cell in group.cells:
        if _runs_on(cell, page, line, None):
            if best is None or cell.band > best.band:
                best = cell
    if best is not None or not above:
        return best
    pieces = [c.pieces[-1].box for c in group.cells if c.pieces and c.pieces[-1].page == page - 1]
    if not pieces:
        return None
    span = (min(b.top for b in pieces), max(b.bottom for b in pieces))
    return next((c for row in above for c in row.cells if _runs_on(c, page, line, span)), None)


def _runs_on(cell: Cell, page: int, line: TextLine, span: tuple[float, float] | None) -> bool:
    """Whether `line` at the top of `page` goes on with `cell` (`run_on_cell`).

    `span`: where the open row under the cell begins and ends, for a cell of
    a row above: its text must have run over the open row's top and down to
    its end. (The cell's box may have grown to its run-over, where the
    run-over went on below its table: the open row's rule tells.)
    """
    if not cell.pieces or cell.pieces[-1].page != page - 1 or not cell.pieces[-1].lines:
        return False
    piece = cell.pieces[-1]
    last = piece.lines[-1].box
    if span is None:
        if not filled_to_the_end(cell):
            return False
    elif last.bottom <= span[0] or last.bottom < span[1] - FILL_LINES * last.height:
        return False
    box = piece.box
    starts = (last.x0, min(w.box.x0 for w in cell.words))
    inside = box.x0 - 0.5 <= line.box.x0 and line.box.x1 <= box.x1 + COLUMN_TOL
    return inside and any(abs(line.box.x0 - x) <= ALIGN_TOL for x in starts)


def split_top(group: RowGroup, page: int, items: list[Item | Fragment]) -> list[Item | Fragment]:
    """Give a cell of `group` the lines it ran on with over the text lines `page` begins with; return the items left.

    The cell ends on the page before with its text run to its end; its
    run-on begins at the indent of its last line, inside its column.
    """
    n = next((i for i, it in enumerate(items) if not isinstance(it, TextLine)), len(items))
    for cell in sorted(group.cells, key=lambda c: c.band, reverse=True):
        piece = cell.pieces[-1] if cell.pieces else None
        if piece is None or piece.page != page - 1 or not piece.lines or not filled_to_the_end(cell):
            continue
        column = (piece.box.x0, piece.box.x1 + COLUMN_TOL)
        taken, rest = split_run_on(items[:n], piece.lines[-1].box.x0, column)  # type: ignore[arg-type]
        if taken:
            for ln in group_lines(taken, page):
                append_line(cell, ln)
            if page not in group.pages:
                group.pages.append(page)
            return [*rest, *items[n:]]
    return items


def append_line(cell: Cell, line: TextLine) -> None:
    """Add the line to the cell as (part of) its piece on the line's page, as wide as its column."""
    last = cell.pieces[-1]
    if line.edge is None:
        line.edge = next((ln.edge for ln in reversed(last.lines) if ln.edge is not None), None)
    if last.page == line.page:
        last.lines.append(line)
        last.box = Box(last.box.x0, min(last.box.top, line.box.top), last.box.x1, max(last.box.bottom, line.box.bottom))
    else:
        cell.pieces.append(CellPiece(line.page, Box(last.box.x0, line.box.top, last.box.x1, line.box.bottom), [line]))


def rest_over_row(group: RowGroup, before: Fragment, line: TextLine, below: Fragment | None) -> Cell | None:
    """The cell of `group` whose rest `line`, at the top of the next page over the rest of its row, is.

    A producer that moves rows whole to the next page (fpdf2) cannot move a
    row-spanning cell taller than a page: it draws that cell as a box closed
    at the old page's end ("Target B24:", its text to "informan" at the
    foot), sets the rest of its text at the top of the next page with no
    rule ("sensitifitas."), and draws the row's other cells under it with no
    cell in that column at all. So `line` is the cell's when the cell's box
    and text run to the end of the fragment `before`, the line lies in its
    column at the start of one of its lines, and the table drawn under the
    line (`below`) begins right of that column: a table of the page's own
    would begin at its left edge, where a paragraph begins too.
    """
    if below is None:
        return None
    for cell in sorted(group.cells, key=lambda c: c.band, reverse=True):
        piece = cell.pieces[-1] if cell.pieces else None
        if piece is None or piece.page != before.page or not piece.lines or not filled_to_the_end(cell):
            continue
        if piece.box.bottom < before.box.bottom - ALIGN_TOL or below.box.x0 < piece.box.x1 - COLUMN_TOL:
            continue
        inside = piece.box.x0 - 0.5 <= line.box.x0 and line.box.x1 <= piece.box.x1 + COLUMN_TOL
        if inside and line.box.bottom <= below.box.top and _at_start(cell, line, min(w.box.x0 for w in cell.words)):
            return cell
    return None
