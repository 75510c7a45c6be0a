"""Words an engine cut at a line end without a hyphen, told by the cell's real edge and the glyphs' widths.

Lines are laid out as ReportLab lays them: 6 points a glyph, a cell whose
rules are at 85 and 175.7 with 4 points of padding (text from 89 to 171.7).
"""

from ogi_extract.layout.model import Box, Word
from ogi_extract.tables.cuts import cut_by_width, first_glyph, set_text_edges, slash_goes_on
from ogi_extract.tables.lexicon import Lexicon
from ogi_extract.tables.lines import group_lines, join_lines
from ogi_extract.tables.model import Cell, CellPiece, RowGroup, TextLine

GLYPH = 6.0
LEFT, RULE_R, PAD = 85.0, 175.7, 4.0
EDGE = RULE_R - PAD


def line(text: str, y: float, x: float = LEFT + PAD) -> TextLine:
    ws = []
    for t in text.split():
        ws.append(Word(t, Box(x, y, x + GLYPH * len(t), y + 10), "F", 10, False, int(y), False))
        x += GLYPH * (len(t) + 0.5)
    (ln,) = group_lines(ws, 1)
    ln.edge = EDGE
    return ln


def test_the_edge_is_the_rule_less_the_padding_of_the_fragment() -> None:
    a = line("Target B06:", 100)
    b = line("pendek", 100, x=180 + PAD)  # a neighbour whose text is short
    cells = [
        Cell(LEFT, RULE_R, (0, 0), [CellPiece(1, Box(LEFT, 95, RULE_R, 200), [a])]),
        Cell(RULE_R, 300, (0, 0), [CellPiece(1, Box(RULE_R + 4.3, 95, 300, 200), [b])]),
    ]
    for ln in (a, b):
        ln.edge = None
    set_text_edges([RowGroup(cells, LEFT, 300, [1])])
    assert a.edge == RULE_R - PAD and b.edge == 300 - PAD


def test_a_line_filled_to_its_last_glyph_with_pieces_wider_than_a_line_is_a_cut() -> None:
    # "berikut perta" ends 2 points short of the edge: the "n" would not fit;
    # "perta" + "nggungjawab" is wider than the whole line
    head, tail = line("berikut perta", 100), line("nggungjawab", 112)
    head.words[-1].box = Box(EDGE - 2 - 5 * GLYPH, 100, EDGE - 2, 110)
    assert cut_by_width(head, tail, "perta", Lexicon({"berikut"}))


def test_room_left_for_the_next_glyph_is_no_cut() -> None:
    head, tail = line("berikut perta", 100), line("nggungjawab", 112)
    head.words[-1].box = Box(EDGE - 20 - 5 * GLYPH, 100, EDGE - 20, 110)
    assert not cut_by_width(head, tail, "perta", Lexicon())


def test_pieces_that_fit_on_one_line_are_two_words() -> None:
    head, tail = line("program kerja", 100), line("sama lain", 112)
    head.words[-1].box = Box(EDGE - 1 - 5 * GLYPH, 100, EDGE - 1, 110)
    assert not cut_by_width(head, tail, "kerja", Lexicon())


def test_a_known_word_or_an_acronym_before_a_long_word_ends_its_line() -> None:
    head, tail = line("sebesar usaha", 100), line("mendiseminasikan", 112)
    head.words[-1].box = Box(EDGE - 1 - 5 * GLYPH, 100, EDGE - 1, 110)
    assert not cut_by_width(head, tail, "usaha", Lexicon({"usaha", "sebesar"}))
    assert not cut_by_width(head, tail, "PUSHAM", Lexicon())
    assert cut_by_width(head, tail, "usaha", Lexicon({"sebesar"}))


def test_the_middle_of_a_cut_word_filling_its_line_goes_on() -> None:
    # "penandatanganan" alone on its line, itself the rest of "pena" + ...: that
    # the glued word ends exactly at the edge is the rarer chance
    mid, tail = line("ndatanganan", 112), line("mendiseminasikan pendamping", 124)
    mid.words[-1].box = Box(LEFT + PAD, 112, EDGE - 1, 122)
    assert cut_by_width(mid, tail, "penandatanganan", Lexicon({"penandatanganan", "mendiseminasikan"}))


def test_never_where_the_engine_hyphenates_nor_without_an_edge() -> None:
    head, tail = line("berikut perta", 100), line("nggungjawab", 112)
    head.words[-1].box = Box(EDGE - 2 - 5 * GLYPH, 100, EDGE - 2, 110)
    assert not cut_by_width(head, tail, "perta", Lexicon(engine_hyphens=True))
    head.edge = None
    assert not cut_by_width(head, tail, "perta", Lexicon())


def test_join_lines_reads_a_word_cut_three_times_whole() -> None:
    a = line("berikut perta", 100)
    a.words[-1].box = Box(EDGE - 2 - 5 * GLYPH, 100, EDGE - 2, 110)
    b = line("nggungjawab", 112)
    b.words[-1].box = Box(LEFT + PAD, 112, EDGE - 1.5, 122)
    c = line("an. Coba", 124)
    joined = join_lines([a, b, c], left=LEFT + PAD, right=EDGE - 1.5, lexicon=Lexicon({"berikut", "coba"}))
    assert joined.text == "berikut pertanggungjawaban. Coba"


def test_a_slash_opening_the_next_line_goes_on_after_a_filled_line() -> None:
    head, tail = line("dukung penting", 100), line("/panduan berisi", 112)
    head.words[-1].box = Box(EDGE - 1 - 7 * GLYPH, 100, EDGE - 1, 110)
    assert slash_goes_on(head, tail)
    head.words[-1].box = Box(EDGE - 30 - 7 * GLYPH, 100, EDGE - 30, 110)
    assert not slash_goes_on(head, tail)


def test_a_short_known_word_ends_a_justified_line_but_not_one_left_as_set() -> None:
    # "wajib me" + "nitikberatkan": "me" is a word of the document; in a line
    # whose spaces are the font's own the engine ended it to cut the word
    head, tail = line("kanal wajib me", 100), line("nitikberatkan data", 112)  # "me" ends 4.7 short of the edge
    lexicon = Lexicon({"me", "kanal", "wajib"})
    assert cut_by_width(head, tail, "me", lexicon)
    stretched = line("kanal me", 100)
    stretched.words[-1].box = Box(EDGE - 1 - 2 * GLYPH, 100, EDGE - 1, 110)  # 40 points after "kanal"
    assert not cut_by_width(stretched, tail, "me", lexicon)


def test_a_justified_line_needs_the_pieces_clearly_too_wide() -> None:
    # every justified line reaches its edge: a point too wide is chance there
    head = line("tahap validasi", 100)
    head.words[-1].box = Box(EDGE - 8 * GLYPH, 100, EDGE, 110)
    head.words[0].box = Box(LEFT + PAD, 100, LEFT + PAD + 5 * GLYPH, 110)
    tail = line("mengadakan", 112)
    room = EDGE - (LEFT + PAD)
    tail.words[0].box = Box(LEFT + PAD, 112, LEFT + PAD + room - 8 * GLYPH + 1.0, 122)
    assert not cut_by_width(head, tail, "validasi", Lexicon())
    tail.words[0].box = Box(LEFT + PAD, 112, LEFT + PAD + room - 8 * GLYPH + 6.0, 122)
    assert cut_by_width(head, tail, "validasi", Lexicon())


def test_the_first_glyph_is_measured_in_a_text_fonts_proportions() -> None:
    # "m" is wider than the average glyph of "mplementasi", "i" narrower
    assert first_glyph("mplementasi", 66.0) > 66.0 / 11 * 1.4
    assert first_glyph("ini", 12.0) < 4.0


def test_a_slash_compounds_last_part_that_is_a_word_goes_on_when_the_line_was_filled() -> None:
    head = line("• Review/ke", 100)
    head.words[-1].box = Box(108.2, 100, EDGE - 1.8, 110)
    tail = line("pada, tingkat", 112, x=108.2)
    lexicon = Lexicon({"ke", "pada", "kepada", "tingkat"})
    joined = join_lines([head, tail], left=LEFT + PAD, right=EDGE, lexicon=lexicon)
    assert joined.text == "• Review/kepada, tingkat"
