"""Stitch table rows that a page break cut in two.

A row continues on the next page when the table fragment is the last thing on
its page and the next fragment is the first thing on the next page, with the
same columns. Then each cell at the top of the new fragment is either the rest
of the cell above it or a new cell:

* geometry first: where the vertical rules of a column run down to the end of
  the old fragment and up from the top of the new one with no rule closing
  them on either side (CSS fragmentation slices a cell's borders: Chromium
  and WeasyPrint draw none across a cell that goes on), and the cell's text
  on the old page runs to its end, the cell goes on, whatever its text begins
  with ("Proses Kokreasi antara ..." inside an achievement is not a label);
* where a rule closes the column on either side (Word and LibreOffice repeat
  the borders of a cell that goes on; WeasyPrint draws a top border over a
  cell that begins on the new page, Chromium the bottom border of the cell
  that ended on the old one), content decides: a cell that begins with a
  label that starts a row or a cell is new, any other goes on;
* a sub-row begun at the old page's foot as an empty sliver too low for a
  line and its padding (its column rule cut by the break) starts its cells
  on the new page; so does one whose top rule the break hid, when its label
  opens the new page with text beside its lines (`_opens_sub_row`: the
  co-creation label beside "Proses Kokreasi:"), wherever the text above it ended;
* a cell whose text on the old page ends inside a word broken with a hyphen
  goes on, whatever its rest begins with ("me-" + "nilai" is no "Nilai:");
* a line the break cut and the producer drew on both pages (the same words
  at the same places) is read once (`read_once`), and a row whose first line
  is so drawn goes on;
* lines a cell ran on with past the page's end, drawn over the first row of
  the next page (`run_on`), go to the cell of the open row whose text ran to
  that end in their column, at the indent of its last line, or else to the
  cell of the row above it whose text ran over that row to the page's end
  (`run_on_cell`); drawn over the text lines the page begins with, they are
  split off those (`split_run_on`);
* a table whose side rules stop above the page's end with no rule across
  them (the text beside a long cell ended there) leaves that cell open: the
  lines under it in its column are its rest (`overflow_cell`), and they carry
  the row on to the next page when they reach the page's end;
* a first cell too tall for a page, drawn closed at its end by a producer
  that moves rows whole, goes on in the lines at the next page's top in its
  column, over the rest of its row drawn with no cell there (`rest_over_row`).

The table's first row printed again (on the new page, or inside the table
after a row split) is handed on marked `repeated`; the row cut before it goes
on under it, also when the producer draws that rest as a table of its own
under the repeat (a box round its one column: Chromium, whose columns differ
from the header's, so `grid` parts them).
"""

from __future__ import annotations

from collections.abc import Callable

from .copies import hand_down_cut, read_once, same_line, shown_words
from .lexicon import LINE_END_HYPHENS
from .model import Cell, Fragment, RowGroup, TextLine
from .page import PageContent
from .open_cells import COLUMN_TOL, append_line, filled_to_the_end, overflow_cell, rest_over_row, run_on_cell, split_top

EDGE_TOL = 1.0
# Lines of height below which an empty sub-row at a page's foot was only begun there: too low for one
# line and the cell's padding (Chromium leaves 17 pt under 11 pt lines), the engine set its text on.
SLIVER_LINES = 2.0
# rows before the open one whose run-over may go on past the page: the row before it, and the one
# before that (a run-over drawn over an implementer's heading row, then over the open row)
RUN_OVER_ROWS = 2

Item = RowGroup | TextLine


def _same_column(a: Cell, b: Cell, shift: float) -> bool:
    return abs(a.x0 + shift - b.x0) <= COLUMN_TOL and abs(a.x1 + shift - b.x1) <= COLUMN_TOL


def _covers(a: Cell, b: Cell, shift: float) -> bool:
    """Whether cell `a` spans the columns of `b` (and maybe more)."""
    return a.x0 + shift <= b.x0 + COLUMN_TOL and a.x1 + shift >= b.x1 - COLUMN_TOL


def _shift(prev: RowGroup, group: RowGroup) -> float:
    """How far `group`'s table is drawn right of `prev`'s: tables match by their widths.

    A producer may draw the rest of a table at another x offset after a row
    split; its columns keep their widths, so the cells still line up once the
    offset is taken out.
    """
    if abs((group.x1 - group.x0) - (prev.x1 - prev.x0)) <= COLUMN_TOL:
        return group.x0 - prev.x0
    return 0.0


def _align(cell: Cell, shift: float) -> Cell:
    """The cell placed in the columns of the row it joins (its pieces keep their boxes)."""
    cell.x0 -= shift
    cell.x1 -= shift
    return cell


def _continue_into(
    prev: RowGroup,
    before: Fragment,
    group: RowGroup,
    frag: Fragment,
    first_band: tuple[int, int],
    starts_cell: Callable[[str], bool],
    under_header: bool = False,
) -> bool:
    """Append `group`'s cells to `prev` if it is prev's continuation; say whether it was.

    `under_header`: the group sits under a repeated header row, whose bottom
    rule says nothing about the cells below it; the old page's end decides.
    """
    head = [c for c in group.cells if c.band == first_band]
    if not head:
        return False
    shift = _shift(prev, group)
    targets: list[Cell | None] = []
    columns: list[Cell | None] = []  # the cell above in the same column, whatever the slivers
    for cell in head:
        match = [p for p in prev.cells if _same_column(p, cell, shift)]
        wider = [p for p in prev.cells if _covers(p, cell, shift) and not _same_column(p, cell, shift)]
        if not match and not wider and not cell.is_empty:
            return False
        best = max(match, key=lambda p: p.band) if match else None
        columns.append(best)
        later = [p for p in wider if best is None or p.band > best.band]
        line = best.lines[-1].box.height if best is not None and best.lines else 12.0
        if later and all(
            p.is_empty and p.pieces[-1].box.height < SLIVER_LINES * line and _sided(before, p) for p in later
        ):
            # a sub-row begun at the page's foot, a sliver whose column rule the
            # break cut: the cell starts here, it is no rest of the one above
            best = None
        targets.append(best)
    goes_on = {
        id(cell)
        for cell, target in zip(head, targets)
        if target is not None
        and (under_header or frag.opens_at_top(cell.x0, cell.x1))
        and before.opens_at_bottom(cell.x0 - shift, cell.x1 - shift)
        and filled_to_the_end(target)
    }
    # A sub-row whose top rule fell on the break (Chromium draws it on neither
    # page) opens the new page with its label, in a column whose text ran near
    # the old page's end, and with text beside it: a sub-row begins, and the
    # cells right of its label are its own.
    for opening in (c for c in head if c.lines and starts_cell(c.head()) and _opens_sub_row(c, head)):
        goes_on -= {id(c) for c in head if c.x0 >= opening.x0 - COLUMN_TOL}
    # A cell whose text on the old page ends inside a word, broken with a
    # hyphen at the page's foot, goes on whatever its rest begins with:
    # "me-" + "nilai ..." is "menilai", not the score label "Nilai".
    goes_on.update(
        id(cell)
        for cell, target in zip(head, targets)
        if target is not None and cell.lines and _ends_in_hyphen(target) and filled_to_the_end(target)
    )
    # A row whose first line the break cut, drawn on both pages: its cells go on
    # (`read_once` reads that line once), whatever the line says.
    copied = [
        k
        for k, (cell, above) in enumerate(zip(head, columns))
        if above is not None and cell.lines and above.lines and same_line(above.lines[-1], cell.lines[0], 1)
    ]
    shown = sum(len(head[k].lines[0].words) for k in copied)
    if shown >= 3 and all(cell.is_empty or k in copied for k, cell in enumerate(head)):
        for k in copied:
            targets[k] = columns[k]
            goes_on.add(id(head[k]))
    # A label in the first column opens a new row; one further right (the first
    # column has no cell on this page) opens a sub-row of the row that goes on.
    # A row whose first cell is still empty gets its label now: the producer
    # moved that cell's lines on and left the rest of the row behind. The
    # row's own first cell only: an empty sliver under a first cell that has
    # its text (the row's other columns drawn on past that cell's bottom rule,
    # nothing drawn in its column) begins no row, and the labelled row that
    # opens the next page is a row of its own. A first cell moved on whole
    # and drawn as an empty box, the space under it open to the page's end
    # (WeasyPrint), leaves its column empty to the end: the row goes on too.
    corner = min(group.cells, key=lambda c: (c.band, c.x0))
    first_column = abs(corner.x0 - shift - prev.x0) <= COLUMN_TOL
    prev_corner = min(prev.cells, key=lambda c: (c.band, c.x0))
    moved_on = all(p.is_empty for p in prev.cells if _same_column(p, prev_corner, 0.0))
    for cell, target in zip(head, targets):
        in_corner = target is not None and _same_column(target, prev_corner, 0.0)
        if cell is corner and first_column and in_corner and moved_on:
            goes_on.add(id(cell))
    if id(corner) not in goes_on and first_column and starts_cell(group.first_text()):
        return False
    # Left to right: a labelled cell opens a new sub-row, and the unlabelled cells
    # right of it in the same grid row belong to that sub-row (a co-creation label
    # beside "Proses Kokreasi:"), not to the cells above them.
    fresh = False
    for cell, target in sorted(zip(head, targets), key=lambda ct: ct[0].x0):
        if target is not None and id(cell) in goes_on:
            target.pieces.extend(cell.pieces)
            continue
        fresh = fresh or starts_cell(cell.head())
        if target is None or fresh:
            prev.cells.append(_align(cell, shift))
        else:
            target.pieces.extend(cell.pieces)
    prev.cells.extend(_align(c, shift) for c in group.cells if c.band != first_band)
    prev.cells.sort(key=lambda c: (c.band, c.x0))
    prev.pages.extend(p for p in group.pages if p not in prev.pages)
    return True


def _opens_sub_row(cell: Cell, head: list[Cell]) -> bool:
    """Whether `cell`, which begins with a label, opens a sub-row the break hid: a cell right of it
    has text beside its lines.

    A cell's text that goes on over a page has nothing new beside it: the cells of its sub-row
    said their short words (a score) on the old page. Text beside it is a sub-row's own (a
    co-creation label beside "Proses Kokreasi:").
    """
    top, bottom = cell.lines[0].box.top, cell.lines[-1].box.bottom
    return any(
        other.x0 >= cell.x1 - COLUMN_TOL and any(top <= w.box.bottom and w.box.top <= bottom for w in other.words)
        for other in head
    )


def _sided(before: Fragment, sliver: Cell) -> bool:
    """Whether a sliver at the old page's foot is a sub-row begun there: its side rules run on to the
    fragment's bottom. A space under cells closed by their bottom rules, beside a taller cell of
    the row (WeasyPrint in Lato draws the target cell 2.9 pt past its neighbours' bottom rule),
    has no side of its own on the right: nothing was begun there, the cells above go on."""
    if before.page != sliver.pieces[-1].page:
        return True  # not the old page's: nothing to tell it by
    return before.sided_at_bottom(sliver.x0, COLUMN_TOL) and before.sided_at_bottom(sliver.x1, COLUMN_TOL)


def _ends_with(frag: Fragment, group: RowGroup | None) -> bool:
    """Whether `group` holds the last row of `frag` (that row itself, or the row it was stitched to)."""
    if group is None or not frag.groups:
        return False
    held = {id(p) for c in group.cells for p in c.pieces}  # a stitched cell holds the pieces, not the cell
    return any(id(p) in held for c in frag.groups[-1].cells for p in c.pieces)


def _ends_in_hyphen(cell: Cell) -> bool:
    """Whether the cell's text so far ends with a word broken at a hyphen (no space after it)."""
    lines = cell.pieces[-1].lines
    if not lines:
        return False
    last = lines[-1].words[-1]
    return not last.space_after and last.text.endswith(LINE_END_HYPHENS) and last.text[:-1][-1:].isalpha()


def _same_words(a: RowGroup, b: RowGroup) -> bool:
    """Whether two rows print the same words in the same columns (a repeated header row).

    The words a reader sees: a clip's leftovers drawn over a repeated header
    (`copies.hand_down_cut`) are no words of it.
    """
    if len(a.cells) != len(b.cells) or abs((a.x1 - a.x0) - (b.x1 - b.x0)) > COLUMN_TOL:
        return False
    words = [shown_words(c.words) for c in sorted(a.cells, key=lambda c: c.x0)]
    return bool(any(words)) and words == [shown_words(c.words) for c in sorted(b.cells, key=lambda c: c.x0)]


def stitch(pages: list[PageContent], starts_cell: Callable[[str], bool]) -> list[Item]:
    """Yield text lines and logical table rows in reading order, broken rows made whole.

    `starts_cell(text)` tells whether a cell's first line opens a new row or cell
    (a grammar label); such a cell is taken as the rest of the one before only
    where the rules say the cell goes on (see above). Text lines at the top of a
    page that go on with a cell of the row left open on the page before (inside
    its column, at its left edge or its last line's indent, and the lines that
    follow them there) are the rest of that cell. A table's first row
    printed again at the top of the new page (a repeated header) stays a row of
    its own marked `repeated`, and the row cut by the break goes on below it.
    """
    open_group: RowGroup | None = None
    # the rows read last, nearest first (`open_group`, when open, among them), whether or not
    # their table ended above the page's foot: a run-over of one may go on past the page
    recent: list[RowGroup] = []
    open_frag: Fragment | None = None
    first_row: RowGroup | None = None  # the first row of the table being read
    open_page = -1
    items: list[Item] = []
    for content in pages:
        top, bottom = content.content_top, content.content_bottom
        carried = open_group is not None and open_page == content.page - 1
        if content.run_on:
            cell = run_on_cell(open_group, content.page, content.run_on[0], recent[1 : 1 + RUN_OVER_ROWS]) if carried else None  # type: ignore[arg-type]
            if cell is None:
                items.extend(content.run_on)  # no row to go on with: lines of their own
            else:
                for ln in content.run_on:
                    append_line(cell, ln)
                if content.page not in open_group.pages:  # type: ignore[union-attr]
                    open_group.pages.append(content.page)  # type: ignore[union-attr]
        page_items = content.items()[len(content.run_on):]
        if carried and page_items and isinstance(page_items[0], TextLine):
            # a run-on drawn over the lines the page begins with (`split_run_on`)
            page_items = split_top(open_group, content.page, page_items)  # type: ignore[arg-type]
        # the page's first table, under the lines a cell cut at the page's end goes on with (`rest_over_row`)
        below = next((it for it in page_items if not isinstance(it, TextLine)), None)
        over_row, lead, header_above = carried, None, False
        for item in page_items:
            if isinstance(item, TextLine):
                carry = carried and open_group is not None and open_frag is not None
                cell = overflow_cell(open_group, open_frag, item) if carry else None  # type: ignore[arg-type]
                if cell is None and carry and over_row and open_frag.page == content.page - 1:  # type: ignore[union-attr]
                    cell = rest_over_row(open_group, open_frag, item, below)  # type: ignore[arg-type]
                    lead = below if cell is not None else None
                if cell is not None:
                    append_line(cell, item)
                    if item.box.bottom >= bottom - EDGE_TOL:
                        open_page = content.page
                    if content.page not in open_group.pages:  # type: ignore[union-attr]
                        open_group.pages.append(content.page)  # type: ignore[union-attr]
                    continue
                carried = over_row = False
                items.append(item)
                open_group = None
                continue
            carried = False
            frag: Fragment = item
            at_break = (
                open_group is not None
                and open_frag is not None
                and open_page in (content.page - 1, content.page)
                and (frag.box.top <= top + EDGE_TOL or frag is lead)
            )
            under_header, header_above = header_above, False
            first = 0
            if at_break and frag.groups and first_row is not None and _same_words(frag.groups[0], first_row):
                # the table's header row, repeated by the producer on the new page:
                # handed on marked as a repeat, and the row cut by the break goes on under it
                frag.groups[0].repeated = True
                hand_down_cut(frag.groups[0], frag.groups[1] if len(frag.groups) > 1 else None)
                items.append(frag.groups[0])
                first = 1
            for gi, group in enumerate(frag.groups):
                if gi < first:
                    continue
                if (
                    gi == first
                    and at_break
                    and _continue_into(
                        open_group, open_frag, group, frag, group.cells[0].band, starts_cell,  # type: ignore[arg-type]
                        first == 1 or under_header,
                    )
                ):
                    continue
                if gi == 0:
                    first_row = group
                elif first_row is not None and _same_words(group, first_row):
                    # the header printed again inside the table (a producer that draws
                    # the rest of a table after a row split as a table of its own):
                    # the row cut before it may go on under it
                    group.repeated = True
                    items.append(group)
                    continue
                if gi > first and frag.groups[gi - 1].repeated and open_group is not None:
                    # no page break here: no rule says a cell goes on, content decides
                    closed = Fragment(frag.page, frag.box, frag.columns, [])
                    if _continue_into(open_group, closed, group, frag, group.cells[0].band, starts_cell, True):
                        continue
                items.append(group)
                recent = [group, *recent[:RUN_OVER_ROWS]]
                open_group = group
            if at_break and first and first == len(frag.groups):
                # the repeated header alone: the rest of the cut row is drawn as a table of
                # its own right under it (its columns differ, `grid` parts them), which
                # begins the page for the row as the header's next row would
                top, header_above = frag.box.bottom, True
                continue
            open_page = content.page if frag.box.bottom >= bottom - EDGE_TOL else -1
            open_frag = frag
            if open_page == -1 and frag.open_bottom and _ends_with(frag, open_group):
                # no rule closes the table above the page's end: its cells' side rules stop
                # where the text beside a long cell did, and that cell's text goes on under
                # them with no rule at all (`overflow_cell` tells which lines)
                carried = True
            elif open_page == -1:
                open_group = None
    return items
