"""Words placed in cells by where most of their box lies; text run out below a table."""

from ogi_extract.layout.model import Box, Page, Ruling, Word
from ogi_extract.tables import split_page


def rule_h(y: float, x0: float, x1: float) -> Ruling:
    return Ruling(Box(x0, y - 0.25, x1, y + 0.25), "h", "stroke")


def rule_v(x: float, y0: float, y1: float) -> Ruling:
    return Ruling(Box(x - 0.25, y0, x + 0.25, y1), "v", "stroke")


def word(text: str, x0: float, top: float, x1: float, bottom: float) -> Word:
    return Word(text, Box(x0, top, x1, bottom), "F", 10, False, int(top), True)


def texts(content) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[c.head(9) for c in g.cells] for f in content.fragments for g in f.groups]


def grid_rules() -> list[Ruling]:
    return [rule_h(100, 50, 300), rule_h(200, 50, 300)] + [rule_v(x, 100, 200) for x in (50, 150, 300)]


def test_a_word_goes_to_the_cell_with_most_of_its_box_not_the_one_with_its_centre() -> None:
    # left cell spans both rows; the right column is split at y=150
    rules = grid_rules() + [rule_h(150, 150, 300)]
    w = word("melebar", 145.5, 146, 155.5, 166)  # centre (150.5, 156): lower right cell
    # the spanning left cell holds 4.5 x 20 of the box, the lower right one 5.5 x 16
    content = split_page(Page(1, 595, 842, [w], rules), set())
    assert texts(content) == [["melebar", "", ""]]


def test_words_split_by_a_row_rule_follow_their_centre_when_no_cell_spans() -> None:
    rules = grid_rules() + [rule_h(150, 50, 300)]
    up = word("Target", 60, 135, 100, 152)
    low = word("bawah", 60, 146, 100, 166)
    content = split_page(Page(1, 595, 842, [up, low], rules), set())
    assert texts(content) == [["Target", ""], ["bawah", ""]]


def test_overflow_needs_a_full_cell() -> None:
    # the cell's own text ends far above its bottom rule: the line below is not its rest
    words = [word("awal", 55, 105, 80, 115), word("catatan", 55, 203, 90, 213)]
    content = split_page(Page(1, 595, 842, words, grid_rules()), set())
    assert [ln.text for ln in content.lines] == ["catatan"]
    assert content.fragments[0].box.bottom == 200


def test_overflow_of_a_full_cell_is_kept_and_the_table_grows() -> None:
    words = [word(f"baris{k}", 55, 105 + 12 * k, 90, 115 + 12 * k) for k in range(12)]
    content = split_page(Page(1, 595, 842, words, grid_rules()), set())
    assert content.lines == []
    [[cell, _]] = [[c for c in g.cells] for f in content.fragments for g in f.groups]
    assert [w.text for w in cell.words] == [f"baris{k}" for k in range(12)]
    assert content.fragments[0].box.bottom == 115 + 12 * 11


def test_overflow_starting_at_a_list_items_hanging_indent_is_the_rest_of_its_cell() -> None:
    # a bullet item wraps under its text (indent 15 pt), and its last line runs out below the rule
    words = [word("•", 55, 105, 60, 115), word("awal", 70, 105, 90, 115)]
    words += [word(f"baris{k}", 70, 117 + 12 * k, 100, 127 + 12 * k) for k in range(7)]
    words += [word("akhir.", 70, 201, 95, 211)]
    content = split_page(Page(1, 595, 842, words, grid_rules()), set())
    assert content.lines == []
    [[cell, _]] = [[c for c in g.cells] for f in content.fragments for g in f.groups]
    assert cell.words[-1].text == "akhir."
    assert content.fragments[0].box.bottom == 211


def test_text_at_the_tables_edge_under_a_full_cell_stays_a_line() -> None:
    # the cells' text starts 5 pt inside their rules; a heading under the table at its edge
    words = [word(f"baris{k}", 55, 105 + 12 * k, 90, 115 + 12 * k) for k in range(8)]
    words += [word("lain", 50, 201, 70, 211)]
    content = split_page(Page(1, 595, 842, words, grid_rules()), set())
    assert [ln.text for ln in content.lines] == ["lain"]


def heading_and_row_rules(row_bottom: float) -> list[Ruling]:
    """A full-width heading row (100-120) over a row of two cells (120-row_bottom)."""
    rules = [rule_h(100, 50, 300), rule_h(120, 50, 300), rule_h(row_bottom, 50, 300)]
    return rules + [rule_v(50, 100, row_bottom), rule_v(300, 100, row_bottom), rule_v(150, 120, row_bottom)]


def test_overflow_may_open_a_new_item_at_the_cells_padding_edge() -> None:
    # the cell's own lines are the hanging indent of an item (x=70); below the rule a new
    # item starts at the padding edge (x=55, where the heading's text starts too)
    words = [word("Kementerian", 55, 104, 110, 114)]
    words += [word(f"baris{k}", 70, 124 + 12 * k, 100, 134 + 12 * k) for k in range(6)]
    words += [word("•", 55, 196, 60, 206), word("baru", 70, 196, 95, 206), word("lagi", 70, 208, 95, 218)]
    content = split_page(Page(1, 595, 842, words, heading_and_row_rules(194)), set())
    assert content.lines == []
    assert content.fragments[0].box.bottom == 218


def test_text_under_a_sliver_of_an_empty_cell_is_the_rest_of_that_cell() -> None:
    # the row goes on from the page before: its cells are a sliver under the heading,
    # and the left cell's text runs down the page below it
    words = [word("Kementerian", 55, 104, 110, 114)]
    words += [word(f"baris{k}", 55, 124 + 12 * k, 100, 134 + 12 * k) for k in range(5)]
    content = split_page(Page(1, 595, 842, words, heading_and_row_rules(124)), set())
    assert content.lines == []
    [_, [left, _]] = [[c for c in g.cells] for f in content.fragments for g in f.groups]
    assert [w.text for w in left.words] == [f"baris{k}" for k in range(5)]


def test_text_under_an_empty_cell_of_full_height_stays_lines() -> None:
    words = [word("Kementerian", 55, 104, 110, 114), word("Paragraf", 55, 196, 100, 206)]
    content = split_page(Page(1, 595, 842, words, heading_and_row_rules(194)), set())
    assert [ln.text for ln in content.lines] == ["Paragraf"]


def column_rules(*ys: float) -> list[Ruling]:
    """One column from x=50 to 300, ruled at each y."""
    return [rule_h(y, 50, 300) for y in ys] + [rule_v(50, ys[0], ys[-1]), rule_v(300, ys[0], ys[-1])]


def test_a_line_run_over_the_rule_and_drawn_over_the_next_row_goes_back_to_its_cell() -> None:
    # the upper cell's text (pitch 12) goes on past its rule at 138: "akhir." lands on the
    # next row's first line (its own lines start after the rule and padding, at 141.8)
    words = [word(f"baris{k}", 55, 105 + 12 * k, 90, 115 + 12 * k) for k in range(3)]
    words += [word("akhir.", 55, 141, 85, 151)]
    words += [word("Target", 55, 141.8, 85, 151.8), word("B12:", 88, 141.8, 105, 151.8)]
    words += [word("isi", 55, 153.8, 70, 163.8), word("lagi", 55, 165.8, 75, 175.8)]
    content = split_page(Page(1, 595, 842, words, column_rules(100, 138, 200)), set())
    assert texts(content) == [["baris0 baris1 baris2 akhir."], ["Target B12: isi lagi"]]


def test_a_run_over_line_across_the_rule_of_a_sliver_row_goes_back_with_the_next_one() -> None:
    # the row goes on from the page before: its cell is a sliver (100-104) here; its text
    # runs on from 100.5 (mostly below the rule) and at 112.5, between the lines of the next row
    words = [word("sisa", 55, 100.5, 80, 110.5), word("akhir.", 90, 112.5, 120, 122.5)]
    words += [word("Target", 55, 108, 85, 118), word("B12:", 100, 108, 120, 118), word("isi", 55, 120, 70, 130)]
    words += [word(f"baris{k}", 55, 132 + 12 * k, 90, 142 + 12 * k) for k in range(4)]
    content = split_page(Page(1, 595, 842, words, column_rules(100, 104, 200)), set())
    assert texts(content) == [["sisa akhir."], ["Target B12: isi baris0 baris1 baris2 baris3"]]


def test_lines_of_a_row_below_at_their_own_height_stay_in_it() -> None:
    words = [word(f"baris{k}", 55, 105 + 12 * k, 90, 115 + 12 * k) for k in range(3)]
    words += [word("Target", 55, 143, 85, 153), word("isi", 55, 155, 70, 165)]
    content = split_page(Page(1, 595, 842, words, column_rules(100, 138, 200)), set())
    assert texts(content) == [["baris0 baris1 baris2"], ["Target isi"]]


def test_a_cells_lines_know_the_edge_their_text_was_set_against() -> None:
    # text 5 pt in from the left rule (50): the right edge is 5 pt in from the right rule (150)
    words = [word("Capaian", 55, 105, 95, 115), word("Target:", 98, 105, 130, 115), word("isi", 55, 120, 70, 130)]
    content = split_page(Page(1, 595, 842, words, grid_rules() + [rule_h(150, 50, 300)]), set())
    [[upper, _], _low] = [[c for c in g.cells] for f in content.fragments for g in f.groups]
    assert [ln.edge for ln in upper.lines] == [145.0, 145.0]
    # lines outside the tables set against no known edge
    loose = split_page(Page(1, 595, 842, [word("Catatan", 55, 300, 95, 310)], grid_rules()), set())
    assert [ln.edge for ln in loose.lines] == [None]


def test_a_word_too_long_for_its_cell_runs_over_the_rule_and_stays_in_the_cell_it_starts_in() -> None:
    """Typst sets a word wider than its cell on, over the column rule: two-thirds of it lie in the next cell."""
    long = word("penandatangananketidaklengkapan", 120, 120, 240, 130)  # starts in 50-150, mostly in 150-300
    other = word("Kinerja", 155, 120, 190, 130)
    content = split_page(Page(1, 595, 842, [long, other], grid_rules()), set())
    assert texts(content) == [["penandatangananketidaklengkapan", "Kinerja"]]
    # a word a hair left of a rule (less than the rules' tolerance) is the next cell's
    near = word("Kinerja", 149, 120, 190, 130)
    content = split_page(Page(1, 595, 842, [near], grid_rules()), set())
    assert texts(content) == [["", "Kinerja"]]


def test_a_word_run_out_past_the_tables_right_edge_is_the_text_of_the_cell_it_begins_in() -> None:
    """Typst sets a word too long for any line whole: "menggarisbawahiketenagakerjaan" begins in the
    middle column (429.7) and runs over the column rule and past the table's edge (523.3) to 639.8,
    its middle outside the table. It is the middle cell's text; left loose, a line after the table
    would end the page and keep the row from going on over the page break."""
    rules = [rule_h(y, 85.0, 523.3) for y in (72.0, 769.9)] + [rule_v(x, 72.0, 769.9) for x in (85.0, 207.7, 444.4, 523.3)]
    words = [
        word("pemanfaatan", 347.6, 454.6, 427.1, 466.6),
        word("menggarisbawahiketenagakerjaan", 429.7, 454.6, 639.8, 466.6),
        word("kinerja", 230.7, 469.8, 273.3, 481.8),
    ]
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert texts(content) == [["", "pemanfaatan menggarisbawahiketenagakerjaan kinerja", ""]]
    assert content.lines == []
    # a word begun right of the table is no cell's
    beside = word("catatan", 530.0, 454.6, 580.0, 466.6)
    content = split_page(Page(1, 595, 842, [beside], rules), set())
    assert [ln.text for ln in content.lines] == ["catatan"]


def test_a_word_set_on_a_baseline_inside_the_table_but_drawn_over_its_top_is_the_top_cells() -> None:
    """ReportLab sets the middle-aligned label of a row it split at a page break half over the frame
    on the new page: "Aktif" from 66.9 to 76.9 (baseline 74.9) over a table whose column rules begin
    at 72.0. Its middle lies above the table, its line inside: it is the right cell's label. Left
    loose, it would begin the page as a line of its own and keep the row from going on."""
    rules = [rule_v(x, 72.0, 198.8) for x in (198.4, 424.0, 523.3)] + [rule_h(198.8, 198.4, 523.3)]
    words = [
        word("penegakan,", 234.4, 77.0, 286.6, 87.0),
        word("litigasi", 289.4, 77.0, 317.2, 87.0),
        word("Aktif", 428.0, 66.91, 447.45, 76.91),
    ]
    content = split_page(Page(19, 595, 842, words, rules), set())
    assert texts(content) == [["penegakan, litigasi", "Aktif"]]
    assert content.lines == []
    # a heading over a table stands on a baseline above its top: its descenders alone reach over
    heading = word("Tabel", 428.0, 63.0, 447.45, 73.0)  # baseline 71.0
    content = split_page(Page(19, 595, 842, [heading], rules), set())
    assert [ln.text for ln in content.lines] == ["Tabel"]
