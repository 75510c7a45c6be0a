"""Lines outside any table that go on with a cell of a row left open at a page's end (`tables.open_cells`)."""

from ogi_extract.layout.model import Box, Word
from ogi_extract.tables.lines import group_lines
from ogi_extract.tables.model import Cell, CellPiece, Fragment, RowGroup, TextLine
from ogi_extract.tables.open_cells import append_line, filled_to_the_end, overflow_cell, run_on_cell


def text_line(text: str, x0: float, top: float, page: int) -> TextLine:
    words, x = [], x0
    for t in text.split():
        words.append(Word(t, Box(x, top, x + 6 * len(t), top + 10), "F", 10, False, int(top), True))
        x += 6 * len(t) + 3
    (ln,) = group_lines(words, page)
    return ln


def cell(x0: float, x1: float, tops: list[float], bottom: float, page: int = 1, indent: float = 0.0) -> Cell:
    lines = [text_line("kata lain", x0 + 4 + (indent if k else 0.0), t, page) for k, t in enumerate(tops)]
    return Cell(x0, x1, (0, 0), [CellPiece(page, Box(x0, tops[0] - 4, x1, bottom), lines)])


def test_a_cell_whose_text_stops_well_above_its_pages_end_is_complete() -> None:
    assert filled_to_the_end(cell(50, 150, [700, 712, 724], bottom=760))  # ends within three lines
    assert not filled_to_the_end(cell(50, 150, [600, 612], bottom=760))  # its row stretched by a neighbour


def test_a_line_run_on_over_the_next_page_goes_to_the_cell_whose_text_ran_to_its_end_in_its_column() -> None:
    left = cell(50, 150, [730, 742, 754], bottom=766)
    right = cell(150, 400, [690], bottom=766)  # its text ended early: no run-on is its
    group = RowGroup([left, right], 50, 400, [1])
    assert run_on_cell(group, 2, text_line("sisa", 54, 40, 2)) is left  # at the cell's left edge
    assert run_on_cell(group, 2, text_line("sisa", 154, 40, 2)) is None
    assert run_on_cell(group, 2, text_line("sisa", 80, 40, 2)) is None  # no indent of the cell's
    assert run_on_cell(group, 3, text_line("sisa", 54, 40, 3)) is None  # not the page after the cell's


def test_a_line_appended_on_a_new_page_starts_a_piece_as_wide_as_the_column() -> None:
    c = cell(50, 150, [730, 742], bottom=760)
    c.pieces[0].lines[-1].edge = 146.0
    append_line(c, text_line("sisa", 54, 40, 2))
    assert [p.page for p in c.pieces] == [1, 2]
    assert (c.pieces[1].box.x0, c.pieces[1].box.x1) == (50, 150)
    assert c.pieces[1].lines[0].edge == 146.0  # set against the cell's edge, as its lines before
    append_line(c, text_line("lagi", 54, 52, 2))
    assert len(c.pieces) == 2 and c.pieces[1].box.bottom == 62


def test_a_page_without_rules_goes_on_with_the_cell_at_any_indent_its_lines_began_at() -> None:
    # a list item's marker at 60, its text at 70, the label at 54: after a page of the item's
    # text (all at 70), the next page begins with a new item's marker at 60
    c = cell(50, 150, [706, 718, 730, 742], bottom=766, indent=16)
    c.pieces[0].lines[1] = text_line("• kata", 60, 718, 1)
    group = RowGroup([c], 50, 150, [1])
    before = Fragment(1, Box(50, 700, 150, 766), [50, 150], [group], open_bottom=[(50, 150)])
    append_line(c, text_line("kata lain", 70, 40, 2))
    assert overflow_cell(group, before, text_line("• baru", 60, 40, 3)) is c
    assert overflow_cell(group, before, text_line("baru", 54, 40, 3)) is c  # the cell's left edge
    assert overflow_cell(group, before, text_line("baru", 65, 40, 3)) is None  # no indent of the cell's
    assert overflow_cell(group, before, text_line("baru", 155, 40, 3)) is None  # not in its column


def test_a_line_run_on_goes_to_the_cell_above_whose_text_ran_over_the_open_row_to_the_pages_end() -> None:
    # the row above's cell (its box to 690) ran its list item (indent 10) over the open row
    # (690-720) to that row's end; the open row's cell is a label at the cell's edge
    upper = cell(50, 150, [670, 682, 694, 706], bottom=690, indent=10)
    label = cell(50, 150, [694], bottom=720)
    right = cell(150, 400, [694], bottom=720)
    open_row, above = RowGroup([label, right], 50, 400, [1]), RowGroup([upper], 50, 400, [1])
    run_on = text_line("sisa", 64, 40, 2)  # at the item's indent
    assert run_on_cell(open_row, 2, run_on) is None
    assert run_on_cell(open_row, 2, run_on, [above]) is upper
    assert run_on_cell(open_row, 2, text_line("sisa", 54, 40, 2), [above]) is label  # the open row's own first
    # a cell above whose text ended at its own rule ran nothing over the row
    ended = cell(50, 150, [658, 670], bottom=690, indent=10)
    assert run_on_cell(open_row, 2, run_on, [RowGroup([ended], 50, 400, [1])]) is None


def test_a_line_run_on_goes_to_the_cell_that_ran_over_a_heading_row_and_the_open_row() -> None:
    """A run-over past a heading row and the open row under it goes on at the next page's top.

    Chromium: a target's list item (indent 10) ran past its table's last rule
    (660), over an implementer's heading row (670-690) and the next block's
    first row (690-720) to that row's end; its table read the run-over below
    its rule, so the cell's box grew to its last line. Its next line, at the
    item's indent on the next page, was left unassigned.
    """
    upper = cell(50, 150, [640, 652, 664, 676, 688, 700, 712], bottom=722, indent=10)
    heading = cell(50, 400, [674], bottom=690)
    label = cell(50, 150, [694], bottom=720)
    open_row = RowGroup([label, cell(150, 400, [694], bottom=720)], 50, 400, [1])
    rows = [RowGroup([heading], 50, 400, [1]), RowGroup([upper], 50, 400, [1])]
    run_on = text_line("sisa", 64, 40, 2)  # at the item's indent
    assert run_on_cell(open_row, 2, run_on, rows) is upper
    assert run_on_cell(open_row, 2, run_on, rows[:1]) is None
    # a cell whose text ended above the open row ran nothing over it, its box as tall as the text
    short = cell(50, 150, [640, 652, 664, 676], bottom=686, indent=10)
    assert run_on_cell(open_row, 2, run_on, [rows[0], RowGroup([short], 50, 400, [1])]) is None
