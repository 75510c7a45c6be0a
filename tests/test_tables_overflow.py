"""Text drawn past the rules of its cell is given back to that cell."""

from ogi_extract.layout.model import Box, Page, Ruling, Word
from ogi_extract.tables import split_page


def rule_h(y: float, x0: float, x1: float) -> Ruling:
    return Ruling(Box(x0, y - 0.25, x1, y + 0.25), "h", "stroke")


def rule_v(x: float, y0: float, y1: float) -> Ruling:
    return Ruling(Box(x - 0.25, y0, x + 0.25, y1), "v", "stroke")


def word(text: str, x0: float, top: float, x1: float, bottom: float) -> Word:
    return Word(text, Box(x0, top, x1, bottom), "F", 10, False, int(top), True)


def sliver_table() -> list[Ruling]:
    """A row going on from the page before, a sliver (100-104) of two cells here."""
    return [rule_h(100, 50, 300), rule_h(104, 50, 300)] + [rule_v(x, 100, 104) for x in (50, 150, 300)]


def test_a_cells_line_drawn_over_a_heading_under_the_table_goes_to_the_cell() -> None:
    # the left cell's text runs on from 101.5 at a pitch of 14.2; the heading under the
    # table ("Tindak Lanjut:", at the table's edge, 1.5 pt lower) is drawn over its second line
    words = [word("sisa", 55, 101.5, 90, 113.5), word("akhir.", 55, 115.7, 95, 127.7)]
    words += [word("Tindak", 50, 117.2, 80, 129.2), word("Lanjut:", 83, 117.2, 110, 129.2)]
    words += [word(f"paragraf{k}", 50, 131.4 + 14.2 * k, 290, 143.4 + 14.2 * k) for k in range(4)]
    content = split_page(Page(1, 595, 842, words, sliver_table()), set())
    [[left, _]] = [[c for c in g.cells] for f in content.fragments for g in f.groups]
    assert [w.text for w in left.words] == ["sisa", "akhir."]
    assert [ln.text for ln in content.lines][:2] == ["Tindak Lanjut:", "paragraf0"]


def test_a_line_at_the_tables_edge_under_an_empty_sliver_is_not_the_cells() -> None:
    words = [word("Tindak", 50, 106, 80, 118), word("Lanjut:", 83, 106, 110, 118)]
    content = split_page(Page(1, 595, 842, words, sliver_table()), set())
    assert [ln.text for ln in content.lines] == ["Tindak Lanjut:"]


def test_the_first_line_of_a_row_at_the_pitch_below_a_heading_stays_in_its_row() -> None:
    # a one-line heading row, and the row below starting its text one pitch lower by chance
    rules = [rule_h(y, 50, 300) for y in (100, 116, 200)] + [rule_v(50, 100, 200), rule_v(300, 100, 200)]
    words = [word("Kementerian", 55, 103, 110, 115)]
    words += [word(f"baris{k}", 55, 119 + 16 * k, 90, 131 + 16 * k) for k in range(4)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    heads = [[c.head(9) for c in g.cells] for f in content.fragments for g in f.groups]
    assert heads == [["Kementerian"], ["baris0 baris1 baris2 baris3"]]


def test_a_cells_text_run_on_over_the_heading_of_the_next_table_goes_to_the_cell() -> None:
    # table 1 (100-150) ends with its left cell full; its text runs below (pitch 12) to the
    # line at 153 and on over the heading of table 2 (160-176), drawn over "Kementerian Sosial"
    rules = [rule_h(100, 50, 300), rule_h(150, 50, 300), rule_v(50, 100, 150), rule_v(150, 100, 150), rule_v(300, 100, 150)]
    rules += [rule_h(160, 50, 300), rule_h(176, 50, 300), rule_v(50, 160, 176), rule_v(300, 160, 176)]
    words = [word(f"baris{k}", 60, 105 + 12 * k, 95, 115 + 12 * k) for k in range(4)]
    words += [word("lagi", 60, 153, 80, 163), word("akhir.", 60, 165, 95, 175)]
    words += [word("Kementerian", 55, 165.7, 110, 175.7), word("Sosial", 113, 165.7, 140, 175.7)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    heads = [[c.head(9) for c in g.cells] for f in content.fragments for g in f.groups]
    assert heads == [["baris0 baris1 baris2 baris3 lagi akhir.", ""], ["Kementerian Sosial"]]


def test_text_run_over_the_next_tables_heading_and_into_its_first_row() -> None:
    # table 1 ends (150) with its left cell full; table 2 starts at 155: its heading
    # (155-173) has "lagi" drawn over it, and after a paragraph gap "akhir." lies over
    # the first line of its next row (own lines from 175, pitch 12)
    rules = [rule_h(100, 50, 300), rule_h(150, 50, 300), rule_v(50, 100, 150), rule_v(150, 100, 150), rule_v(300, 100, 150)]
    rules += [rule_h(155, 50, 300), rule_h(173, 50, 300), rule_h(210, 50, 300), rule_v(50, 155, 210), rule_v(300, 155, 210)]
    words = [word(f"baris{k}", 60, 105 + 12 * k, 95, 115 + 12 * k) for k in range(4)]
    words += [word("lagi", 60, 153, 80, 163), word("akhir.", 60, 169, 95, 179)]
    words += [word("Kementerian", 55, 157.5, 110, 167.5), word("Target", 55, 175, 85, 185), word("isi", 55, 187, 70, 197)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    heads = [[c.head(9) for c in g.cells] for f in content.fragments for g in f.groups]
    assert heads == [["baris0 baris1 baris2 baris3 lagi akhir.", ""], ["Kementerian"], ["Target isi"]]


def test_a_run_over_drawn_over_the_next_rows_label_takes_only_its_own_word() -> None:
    # the upper cell's indented list text runs on past its rule (at 128) over the label line
    # of the row below: "menerima." is drawn over "Milestone"; "M12:" after it is the label's,
    # though at the pitch and inside the column
    rules = [rule_h(y, 50, 300) for y in (100, 128, 200)] + [rule_v(x, 100, 200) for x in (50, 150, 300)]
    words = [word("Tujuan", 55, 101, 85, 113), word("potensi", 70, 115.2, 105, 127.2), word("juga", 108, 115.2, 128, 127.2)]
    words += [word("menerima.", 70, 129.4, 122, 141.4)]
    words += [word("Milestone", 55, 129.4, 105, 141.4), word("M12:", 108, 129.4, 134, 141.4)]
    words += [word("Sehingga", 55, 143.6, 98, 155.6)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    heads = [[c.head(9) for c in g.cells] for f in content.fragments for g in f.groups]
    assert heads == [["Tujuan potensi juga menerima.", ""], ["Milestone M12: Sehingga", ""]]


def test_a_last_line_set_short_of_the_pitch_across_the_rule_is_the_text_above() -> None:
    # lines at a pitch of 13.5; the last, 0.8 pt early, is drawn across the rule at 128 and
    # has a little more of its box below it than above: it is the rest of the text above
    rules = [rule_h(y, 50, 300) for y in (60, 128, 200)] + [rule_v(x, 60, 200) for x in (50, 150, 300)]
    words = [word(f"baris{k}", 55, 80 + 13.5 * k, 90, 91 + 13.5 * k) for k in range(3)]
    words += [word("akhir.", 55, 122.7, 85, 133.7)]
    words += [word("Milestone", 55, 131.7, 105, 142.7), word("Sehingga", 55, 145.2, 98, 156.2)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    heads = [[c.head(9) for c in g.cells] for f in content.fragments for g in f.groups]
    assert heads == [["baris0 baris1 baris2 akhir.", ""], ["Milestone Sehingga", ""]]


def test_a_run_over_at_the_cells_own_uneven_steps_drawn_over_a_paragraph_goes_to_the_cell() -> None:
    # A narrow left cell whose lines step 14.25 pt and now and then 15 (rounded line boxes)
    # runs past the table's bottom rule (470.6) over the "Tindak Lanjut" paragraph, which
    # lies 1.5 pt off its lines and crosses the column's rule ("PTUN," over 165.4).
    rules = [rule_h(300, 72.4, 436.1), rule_h(470.6, 72.4, 436.1)] + [rule_v(x, 300, 470.6) for x in (72.4, 165.4, 436.1)]
    cell = [(308.92 + 14.25 * k, f"kata{k}") for k in range(7)]
    cell += [(408.67, "awal"), (423.67, "tengah"), (437.92, "lagi"), (452.17, "panduan,"), (466.42, "mengupayaka")]
    cell += [(480.67, "sensitifitas"), (495.67, "pelatihan"), (509.92, "diskusi"), (524.17, "mekanisme,")]
    cell += [(538.42, "akomodasi.")]
    words = [word(t, 77.74, top, 77.74 + 6 * len(t), top + 16.35) for top, t in cell]
    words += [word("kanan", 170, 308.92 + 14.25 * k, 200, 325.27 + 14.25 * k) for k in range(8)]
    below = [
        (479.17, [("Tindak", 72.0, 112.78), ("Lanjut:", 115.9, 157.98)]),
        (493.42, [("UK", 72.0, 88.2), ("1:", 91.32, 101.4)]),
        (508.42, [("1.", 77.99, 88.07), ("Korban.", 91.2, 135.58), ("PTUN,", 138.7, 173.74), ("pusat", 176.86, 208.47)]),
        (522.67, [("surat", 91.2, 120.14), ("perencanaan", 123.26, 197.1)]),
        (536.92, [("‘pelatihan’", 91.2, 147.88), ("mengadakan", 151.0, 225.19)]),
        (551.17, [("melakukan", 91.2, 153.39), ("unsur.", 156.51, 190.76)]),
    ]
    words += [word(t, x0, top, x1, top + 16.35) for top, line in below for t, x0, x1 in line]
    content = split_page(Page(1, 595, 842, words, rules), set())
    [[left, _]] = [[c for c in g.cells] for f in content.fragments for g in f.groups]
    assert [w.text for w in left.words] == [t for _, t in cell]
    assert [ln.text for ln in content.lines][:3] == ["Tindak Lanjut:", "UK 1:", "1. Korban. PTUN, pusat"]
