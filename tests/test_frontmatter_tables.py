"""Reading the front matter's tables: where a name in a table 7 cell ends and the next begins.

The lines are those of a ReportLab table 7 in DejaVu Sans 12 pt (the cell's text runs
from x 346.77 to 519.3): the font's space is 3.82 pt, nearly a third of an em, so a
quarter em would take a line the engine wrapped for one the author ended.
"""

from __future__ import annotations

from ogi_extract.frontmatter.tables import TableReading
from ogi_extract.layout.model import Box, Word
from ogi_extract.tables.model import Cell, CellPiece, Fragment, RowGroup, TextLine

SIZE = 12.0
RIGHT = 519.3  # the widest a line of the column reaches


def _line(*words: tuple[str, float, float], top: float = 100.0) -> TextLine:
    made = [Word(text, Box(x0, top, x1, top + SIZE), "DejaVuSans", SIZE, False, 0, True) for text, x0, x1 in words]
    return TextLine(1, made, Box(made[0].box.x0, top, made[-1].box.x1, top + SIZE))


TERTINGGAL = _line(("Tertinggal,", 346.77, 411.81), ("dan", 415.62, 438.21))
TRANSMIGRASI = _line(("Transmigrasi", 346.77, 424.77), ("(Kementerian", 428.58, 510.51), top=114.4)
NEGARA = _line(("Negara", 346.77, 390.39))
KPU = _line(("KPU", 346.77, 370.66), top=114.4)


def _fragment(*lines: TextLine) -> Fragment:
    cells = [Cell(72.0, 108.1, (0, 0), [CellPiece(1, Box(72.0, 90.0, 108.1, 300.0), [])]),
             Cell(342.8, 523.3, (0, 0), [CellPiece(1, Box(342.8, 90.0, 523.3, 300.0), list(lines))])]
    return Fragment(1, Box(72.0, 90.0, 523.3, 300.0), [72.0, 108.1, 342.8, 523.3], [RowGroup(cells, 72.0, 523.3, [1])])


def test_the_space_is_measured_between_the_words_of_a_column() -> None:
    spaces = TableReading._column_space(_fragment(TERTINGGAL, TRANSMIGRASI, NEGARA))
    assert 0 not in spaces  # the number column holds no line of two words
    assert round(spaces[1], 2) == 3.81


def test_a_line_wrapped_by_the_engine_goes_on_with_the_font_s_own_space() -> None:
    space = TableReading._column_space(_fragment(TERTINGGAL, TRANSMIGRASI))[1]
    assert not TableReading._new_paragraph(TERTINGGAL, TRANSMIGRASI, RIGHT, space)
    # a quarter em is narrower than this font's space: the word would seem to have fitted
    assert TableReading._new_paragraph(TERTINGGAL, TRANSMIGRASI, RIGHT)


def test_a_short_word_that_would_have_fitted_starts_a_name_of_its_own() -> None:
    space = TableReading._column_space(_fragment(TERTINGGAL, NEGARA, KPU))[1]
    assert TableReading._new_paragraph(NEGARA, KPU, RIGHT, space)
