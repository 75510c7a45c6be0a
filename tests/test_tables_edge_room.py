"""A line's last piece against its cell's edge (`tables.edge_room`)."""

from ogi_extract.layout.model import Word
from ogi_extract.tables.edge_room import fills_edge, runs_past
from test_tables_word_breaks import CHAR, cell


def test_a_line_fills_its_edge_when_the_next_glyph_would_not_fit() -> None:
    lines = cell(("dipertimbangkan", False), ("menggarisbawahi kerja", True), edge=100 + 15 * CHAR + 4)
    assert fills_edge(lines[0], lines[1].words[0])  # 4 pt left: less than an em
    lines = cell(("dipertimbangkan", False), ("menggarisbawahi kerja", True), edge=100 + 15 * CHAR + 12)
    assert not fills_edge(lines[0], lines[1].words[0])  # 12 pt: a space and a glyph would fit
    lines = cell(("dipertimbangkan", False), ("menggarisbawahi kerja", True), edge=None)
    assert not fills_edge(lines[0], lines[1].words[0])  # outside a table nothing is known


def test_a_line_fills_its_edge_by_the_next_glyph_as_drawn_where_the_layout_measured_it() -> None:
    """fpdf2: "didiseminasikan" 8.5 pt short of its edge, then "dipertimbangkan", whose "d"
    was drawn 6.5 pt wide: less than an em, but the glyph would have fitted; the line wrapped at a space."""
    lines = cell(("didiseminasikan", False), ("dipertimbangkan kerja", True), edge=100 + 15 * CHAR + 8.5)
    first = lines[1].words[0]
    assert fills_edge(lines[0], first)  # no glyph measured: held to an em
    lines[1].words[0] = Word(first.text, first.box, first.font, first.size, first.bold, first.line, first.space_after, advance=6.5)
    assert not fills_edge(lines[0], lines[1].words[0])
    # a glyph as wide as the room, or wider, does not fit
    lines[1].words[0] = Word(first.text, first.box, first.font, first.size, first.bold, first.line, first.space_after, advance=8.0)
    assert fills_edge(lines[0], lines[1].words[0])


def test_a_piece_alone_within_an_em_of_its_edge_with_no_space_after_may_run_past_it() -> None:
    edge = 100 + 15 * CHAR + 3
    lines = cell(("dipertimbangkan", False), ("menggarisbawahi", False), ("kerja", True), edge=edge)
    assert runs_past(lines[1])  # 3 pt short of its edge at 10 pt
    lines = cell(("dipertimbangkan", False), ("menggarisbawa", False), ("hi kerja", True), edge=edge)
    assert not runs_past(lines[1])  # 13 pt short: more than an em
    assert not runs_past(lines[2])  # two pieces on the line
    lines = cell(("dipertimbangkan", False), ("menggarisbawahi", True), ("kerja", True), edge=edge)
    assert not runs_past(lines[1])  # a space after it: the text went on at a space
    assert not runs_past(None)
