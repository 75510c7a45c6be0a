"""The lines at a page's top and foot whose edge words a page break may have cut (`tables.page_ends`)."""

from ogi_extract.layout.model import Box, Word
from ogi_extract.tables.model import Cell, CellPiece, Fragment, RowGroup, TextLine
from ogi_extract.tables.page_ends import lines_at_breaks
from ogi_extract.tables.vocabulary import build_lexicon


def _line(page: int, top: float, texts: list[str], edge: float = 200.0) -> TextLine:
    words, x = [], 100.0
    for t in texts:
        words.append(Word(t, Box(x, top, x + 6.0 * len(t), top + 10), "F", 10, False, int(top), False, page=page))
        x += 6.0 * len(t) + 3.0
    line = TextLine(page, words, Box(100.0, top, words[-1].box.x1, top + 10))
    line.edge = edge
    return line


def _group(page: int, lines: list[TextLine]) -> RowGroup:
    cell = Cell(100.0, 210.0, (0, 0), [CellPiece(page, Box(100.0, lines[0].box.top, 210.0, lines[-1].box.bottom), lines)])
    return RowGroup([cell], 100.0, 210.0, [page])


def _fragment(page: int, groups: list[RowGroup]) -> Fragment:
    return Fragment(page, Box(100.0, 0.0, 210.0, 800.0), [100.0, 210.0], groups)


def test_the_first_lines_of_a_pages_first_rows_and_the_last_of_its_last_row_are_at_breaks() -> None:
    heading = _line(2, 60.0, ["Indonesia", "Corruption", "Watch"])
    rest = [_line(2, 90.0, ["ialisasikan", "melaksanakan"]), _line(2, 102.0, ["adanya."])]
    third = _line(2, 150.0, ["Target", "B12:"])
    foot = [_line(2, 700.0, ["Masa."]), _line(2, 712.0, ["Implementa"])]
    page = [_fragment(2, [_group(2, [heading]), _group(2, rest), _group(2, [third]), _group(2, foot)])]
    starts, ends = lines_at_breaks([page, []])
    assert starts == {id(heading), id(rest[0])}  # the first two groups: a repeated heading, the row under it
    assert ends == {id(foot[-1])}
    assert lines_at_breaks([]) == (frozenset(), frozenset())


def test_words_at_a_page_break_are_no_sign_of_a_whole_word_in_the_vocabulary() -> None:
    # "Masa." then "Implementa" alone on a page's last line, 22 pt short of its edge: a whole word by
    # the room left, unless the page break may have cut it; "ialisasikan" after a heading's line that
    # ends with a stop opens whole, unless it opens the page's rows
    before = _line(1, 680.0, ["peran."])
    foot = _line(1, 700.0, ["Implementa"], edge=182.0)
    beside = _line(1, 700.0, ["Nilai:"])  # the next cell of the row, on the same page
    heading = _line(2, 60.0, ["Watch."])
    top = _line(2, 90.0, ["ialisasikan", "melaksanakan", "ada"])
    lines = [before, foot, beside, heading, top]
    assert {"implementa", "ialisasikan"} <= build_lexicon(lines)
    at_breaks = (frozenset({id(top)}), frozenset({id(foot)}))
    lexicon = build_lexicon(lines, at_breaks=at_breaks)
    assert "implementa" not in lexicon and "ialisasikan" not in lexicon
    assert "melaksanakan" in lexicon  # words inside the line stay
