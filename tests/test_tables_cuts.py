"""Words an engine cut at a line end without a hyphen, told by the cell's real edge and the glyphs' widths.

Lines are laid out as ReportLab lays them: 6 points a glyph, a cell whose
rules are at 85 and 175.7 with 4 points of padding (text from 89 to 171.7).
"""

from ogi_extract.layout.model import Box, Word
from ogi_extract.tables.cuts import cut_by_width, filled, first_glyph, glyph_advance, marker_spread, set_text_edges
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


def test_a_slash_compounds_last_part_and_the_tail_both_words_that_join_into_none_end_the_line() -> None:
    # "aparatur/dan" alone fills its line to the last glyph, "web" opens the next:
    # the compound's last part and the tail are words, "danweb" is none
    head = _ending(line("aparatur/dan", 100), 2)
    tail = line("web SP4N-LAPOR!", 112)
    lexicon = Lexicon({"aparatur", "dan", "web", "lembaga"})
    assert not cut_by_width(head, tail, "aparatur/dan", lexicon)
    assert cut_by_width(head, tail, "aparatur/dan", Lexicon({"aparatur", "lembaga"}))  # words unknown: the geometry's


def _ending(ln: TextLine, room: float) -> TextLine:
    """The line with its last word moved to end `room` points short of the edge, its width kept."""
    w = ln.words[-1]
    w.box = Box(EDGE - room - w.box.width, w.box.top, EDGE - room, w.box.bottom)
    ln.box = Box(ln.box.x0, ln.box.top, w.box.x1, ln.box.bottom)
    return ln


def _on_page(ln: TextLine, page: int) -> TextLine:
    ln.page = page
    return ln


def test_a_piece_alone_on_a_pages_last_line_goes_on_with_the_next_page() -> None:
    # "pe" far from the edge at the foot of a page, "ngimpleme" filling the next page's first line
    lines = [line("dapat, via", 100), line("pe", 700), _on_page(_ending(line("ngimpleme", 60), 2), 2)]
    lines.append(_on_page(line("ntasian sejak", 72), 2))
    lexicon = Lexicon({"dapat", "via", "sejak"})
    assert join_lines(lines, left=LEFT + PAD, right=EDGE, lexicon=lexicon).text == "dapat, via pengimplementasian sejak"
    known = Lexicon({"dapat", "via", "sejak", "pe"})  # a word of the document ends its page
    assert join_lines(lines, left=LEFT + PAD, right=EDGE, lexicon=known).text.startswith("dapat, via pe ngimpleme")


def test_a_word_in_three_pieces_whose_first_two_are_words_joins() -> None:
    # "di" filling its line (the font's own spaces: a justified line stretched by more than a glyph
    # ended a word, see the test after the next), "antara" alone filling the next (indented), then "nya"
    a = line("PAN, di", 100, x=EDGE - 1 - 6.5 * GLYPH)
    b = _ending(line("antara", 112, x=EDGE - 3 - 6 * GLYPH), 3)
    c = line("nya koordinasi", 124, x=b.box.x0)
    lexicon = Lexicon({"pan", "di", "antara", "diantaranya", "koordinasi"})
    assert join_lines([a, b, c], left=LEFT + PAD, right=EDGE, lexicon=lexicon).text == "PAN, diantaranya koordinasi"


def test_a_word_moved_whole_and_cut_at_the_next_lines_end_leaves_the_word_before() -> None:
    # "hak" ends its line with no room for a glyph; "reakredita" + "si" is the word cut
    a = line("Revisi hak", 100, x=EDGE - 3.8 - 9.5 * GLYPH)  # the font's own spaces, 3.8 pt short of the edge
    b = _ending(line("reakredita", 112, x=108.2), 1.5)
    c = line("si akhir", 124, x=108.2)
    lexicon = Lexicon({"revisi", "hak", "reakreditasi", "akhir"})
    text = join_lines([a, b, c], left=108.2, right=EDGE, lexicon=lexicon).text
    assert text == "Revisi hak reakreditasi akhir"


def test_a_known_words_start_after_a_url_that_left_room_is_a_new_word() -> None:
    url = line("x", 100)
    url.words[0].text = "https://keuda.go.id/index-barang"
    a = _ending(url, 9.8)  # room for an "s" (about 7 pt here), the URL's next glyph had it been cut
    b = line("sensitifita", 112, x=108.2)  # the rest of a word cut where it filled its line
    b.words[0].box = b.box = Box(108.2, 112, 168.2, 122)
    c = line("s telah", 124, x=108.2)
    lexicon = Lexicon({"sensitifitas", "telah"})
    text = join_lines([a, b, c], left=108.2, right=EDGE, lexicon=lexicon).text
    assert text == "https://keuda.go.id/index-barang sensitifitas telah"


def test_a_lone_word_with_room_for_the_next_glyph_ended_there() -> None:
    # "partisipasi" 8 pt short of the edge: the "k" of "ke" (about 6 pt) would have fitted
    a, b, c = _ending(line("partisipasi", 100), 8), line("ke", 112), line("minoritas", 124)
    lexicon = Lexicon({"partisipasi", "minoritas"})
    assert join_lines([a, b, c], left=LEFT + PAD, right=EDGE, lexicon=lexicon).text == "partisipasi ke minoritas"


def test_a_short_word_and_a_piece_that_begin_a_longer_word_are_a_cut() -> None:
    # justified "mengetahui pen" to the edge; "pen" is a word, but "penandatanganan" begins the whole
    a = _ending(line("mengetahui pen", 100), 0)
    a.words[0].box = Box(LEFT + PAD, 100, LEFT + PAD + 60, 110)  # wide spaces: a justified line
    b = _ending(line("andatangananm", 112), 2)
    lexicon = Lexicon({"mengetahui", "pen", "penandatanganan"})
    assert cut_by_width(a, b, "pen", lexicon)


def test_a_lower_case_piece_that_spells_only_an_acronym_of_the_document_is_a_cut() -> None:
    # justified "mengetahui pen" to the edge; the document writes "PEN" only, in capitals
    a = _ending(line("mengetahui pen", 100), 0)
    a.words[0].box = Box(LEFT + PAD, 100, LEFT + PAD + 60, 110)
    b = _ending(line("andatangananm", 112), 2)
    assert cut_by_width(a, b, "pen", Lexicon({"mengetahui", "pen"}, capitals={"pen"}))
    assert not cut_by_width(a, b, "pen", Lexicon({"mengetahui", "pen"}))  # a word of its own: the line ended


def test_a_piece_in_capitals_that_spells_a_word_the_document_writes_only_in_lower_case_is_a_cut() -> None:
    # justified "TIFA PER" to the edge, "KI1/2021/2022" filling the next line: the document writes "per" only so
    a = _ending(line("TIFA PER", 100), 0)
    a.words[0].box = Box(LEFT + PAD, 100, EDGE - 18 - 5, 110)  # 5 pt of space, half an em and more: justified
    b = _ending(line("KI1/2021/2022", 112), 1)
    assert cut_by_width(a, b, "PER", Lexicon({"tifa", "per"}, lower_only={"per"}))
    assert not cut_by_width(a, b, "PER", Lexicon({"tifa", "per"}))  # written "PER" too: a word of its own
    assert not cut_by_width(a, b, "per", Lexicon({"tifa", "per"}, lower_only={"per"}))


def test_acronyms_with_a_slash_are_whole_before_lower_case() -> None:
    """"K/L" at the line's edge, "laboratorium" opening the next: an acronym ends its word."""
    from ogi_extract.tables.cuts import _goes_on

    assert not _goes_on("K/L", "laboratorium")
    assert not _goes_on("(K/L", "laboratorium")
    assert _goes_on("Pemerintah/P", "emda")  # a capitalised word after a slash, cut after its capital
    assert _goes_on("M", "enyampaikan")


def test_a_justified_line_whose_spaces_took_more_than_a_glyph_ended_a_word() -> None:
    """"Lebih", 80 pt of space, "via" at the edge, then "mensosialisas" alone filling the next line: an engine that
    cuts a word to fill a line's rest leaves less than a glyph to spread over the spaces; this one moved the word
    whole to the next line and cut it there."""
    a = _ending(line("Lebih via", 100), 0.3)
    b = _ending(line("mensosialisas", 112), 0.5)  # wider than any line: cut again at its edge
    c = line("ikan. akhir", 124)
    lexicon = Lexicon({"akhir", "revisi"}, cuts_after_words=True)
    text = join_lines([a, b, c], left=LEFT + PAD, right=EDGE, lexicon=lexicon).text
    assert text == "Lebih via mensosialisasikan. akhir"
    # the same line with the font's own spaces, filled to the edge: the engine cut the word after "via"
    a = line("Lebih via", 100, x=EDGE - 0.3 - 8.5 * GLYPH)
    text = join_lines([a, b, c], left=LEFT + PAD, right=EDGE, lexicon=lexicon).text
    assert text == "Lebih viamensosialisasikan. akhir"


def test_a_token_with_a_number_cut_between_two_digits_goes_on_where_the_engine_hyphenates_too() -> None:
    # "PERKI1/202" alone, filled to its edge, "1" opening the next line: no engine hyphenates
    # a number, so even one that hyphenates words cut it there without a hyphen
    head, tail = line("PERKI1/202", 100), line("1 kegiatan", 112)
    head.words[-1].box = Box(LEFT + PAD, 100, EDGE - 2, 110)  # a wide font: the token fills its line
    assert cut_by_width(head, tail, "PERKI1/202", Lexicon(engine_hyphens=True))
    joined = join_lines([head, tail], left=LEFT + PAD, right=EDGE, lexicon=Lexicon({"kegiatan", "1"}, engine_hyphens=True))
    assert joined.text == "PERKI1/2021 kegiatan"
    # two numbers: a year ending a full line and the next opening the line after
    years, nxt = line("tahun 2020", 100), line("2021 kegiatan", 112)
    years.words[-1].box = Box(EDGE - 2 - 4 * GLYPH, 100, EDGE - 2, 110)
    assert not cut_by_width(years, nxt, "2020", Lexicon())


def test_room_beyond_a_wide_glyph_by_more_than_a_few_per_cent_is_no_cut() -> None:
    # "dokumen" alone, 7.4 pt short of the edge: the "p" of "pendampi" takes about 6.1 pt in a text
    # font's proportions, which hold for a wide glyph within a few per cent; "pendampi" alone fills
    # the next line, moved there whole and cut ("pendampi" + "ngan."): the line ended a word
    a, b, c = _ending(line("dokumen", 100), 7.4), _ending(line("pendampi", 112), 1), line("ngan. Bagi", 124)
    assert 1.05 * first_glyph("pendampi", 8 * GLYPH) + 0.6 < 7.4 < 1.2 * first_glyph("pendampi", 8 * GLYPH) + 0.6
    lexicon = Lexicon({"bagi"})
    assert not cut_by_width(a, b, "dokumen", lexicon)
    assert join_lines([a, b, c], left=LEFT + PAD, right=EDGE, lexicon=lexicon).text == "dokumen pendampingan. Bagi"
    # a narrow glyph's share differs more between fonts: the same room over the estimate is a cut
    head, tail = _ending(line("nmensosialisas", 100), 4.0), line("ikan data", 112)
    assert 1.05 * first_glyph("ikan", 4 * GLYPH) + 0.6 < 4.0 < 1.2 * first_glyph("ikan", 4 * GLYPH) + 0.6
    assert cut_by_width(head, tail, "nmensosialisas", lexicon)


def test_the_edge_is_never_short_of_the_pieces_own_lines() -> None:
    # The page's one cell holds a list: every line indented 21.6 pt, the right padding 4.3 pt.
    # The left offset would put the edge 17 pt inside the lines that reach it.
    lines = [line("satu dua tiga", 100, x=LEFT + 21.6), line("empat", 112, x=LEFT + 21.6)]
    lines[0].words[-1].box = Box(lines[0].words[-1].box.x0, 100, RULE_R - 4.3, 110)
    lines[0].box = Box(lines[0].box.x0, 100, RULE_R - 4.3, 110)
    for ln in lines:
        ln.edge = None
    set_text_edges([RowGroup([Cell(LEFT, RULE_R, (0, 0), [CellPiece(1, Box(LEFT, 95, RULE_R, 200), lines)])], LEFT, RULE_R, [1])])
    assert all(ln.edge == RULE_R - 4.3 for ln in lines)


def _item_line(marker: str, word: str, y: float, word_x0: float) -> TextLine:
    """A list item's first line: the marker hanging left of the text, `word` set from `word_x0`."""
    m = Word(marker, Box(LEFT + PAD - 3 * GLYPH, y, LEFT + PAD - GLYPH, y + 10), "F", 10, False, int(y), True)
    w = Word(word, Box(word_x0, y, word_x0 + GLYPH * len(word), y + 10), "F", 10, False, int(y), False)
    (ln,) = group_lines([m, w], 1)
    ln.edge = EDGE
    return ln


def test_a_marker_whose_word_a_justified_line_pushed_to_the_edge_ended_a_word() -> None:
    """"c." hanging, "Akhir" pushed 52 pt past the item's text start to the edge, then "dipresentasi" filling the
    next line: the engine spread room it left unfilled over the space after the marker, so it moved the long word
    whole and cut it on its own line (CSS `overflow-wrap`); no word of the document decides here."""
    lexicon = Lexicon({"langkah"}, cuts_after_words=False)
    a = _item_line("c.", "Akhir", 100, EDGE - 5 * GLYPH - 0.3)
    b = _ending(line("dipresentasi", 112), 0.5)
    c = line("kan. langkah", 124)
    assert marker_spread(a, b) > 50
    text = join_lines([a, b, c], left=LEFT + PAD, right=EDGE, lexicon=lexicon).text
    assert text == "c. Akhir dipresentasikan. langkah"
    # the word set where the item's text starts, filled to the edge: the engine cut it there
    a = _item_line("c.", "Akhirdipresen", 100, LEFT + PAD)  # 4.7 pt short of the edge: no room for a "t"
    b = line("tasikan. langkah", 112)
    assert marker_spread(a, b) == 0.0
    text = join_lines([a, b], left=LEFT + PAD, right=EDGE, lexicon=lexicon).text
    assert text == "c. Akhirdipresentasikan. langkah"


def test_the_first_glyph_drawn_is_measured_in_a_monospaced_face_too() -> None:
    """LibreOffice in Liberation Mono: "mempresentas" fills its line but for 5 pt, "ikan keadilan" opens the next.
    Every glyph is 6 pt wide; in a text font's proportions the "i" would be 2.9 pt and have fitted."""
    above = line("mempresentas", 100.0)
    below = line("ikan keadilan", 112.0)
    right = above.words[-1].box.x1 + 5.0
    assert glyph_advance(below.words[0]) == first_glyph("ikan", 4 * GLYPH) < 3.0  # not measured: estimated
    assert not filled(above, below, right)
    below.words[0].advance = GLYPH  # as the layout measures it
    assert glyph_advance(below.words[0]) == GLYPH
    assert filled(above, below, right)
