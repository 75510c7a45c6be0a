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


COLS = (57.4, 153.4, 433.1, 538.9)


def table_rules(ys: tuple[float, ...], heading: bool = False, cols: tuple[float, ...] = COLS) -> list[Ruling]:
    """A table of rows between `ys` over the columns `cols`; its first row a full-width heading if asked."""
    rules = [rule_h(y, cols[0], cols[3]) for y in ys]
    rules += [rule_v(x, ys[0], ys[-1]) for x in (cols[0], cols[3])]
    rules += [rule_v(x, ys[1] if heading else ys[0], ys[-1]) for x in cols[1:3]]
    return rules


def line(texts: str, x0: float, top: float, height: float = 10.0) -> list[Word]:
    """Words of a line from x0, 6 pt a character, a space of 3 pt between them."""
    out, x = [], x0
    for t in texts.split():
        out.append(word(t, x, top, x + 6 * len(t), top + height))
        x += 6 * len(t) + 3
    return out


def heads(content, lines: int = 40) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[c.head(lines) for c in g.cells] for f in content.fragments for g in f.groups]


def test_a_run_over_at_the_shorter_of_the_cells_two_steps_over_the_next_heading_goes_to_the_cell() -> None:
    # the left cell's lines step 13.5 and 12.75 pt (13.5 the page's most common step); its last
    # line ("akhir.", 12.75 lower) lies past the table's rule, over the heading of the next table
    rules = table_rules((300.0, 448.1)) + table_rules((459.4, 477.9, 600.0), heading=True)
    tops = [350.45, 363.95, 376.7, 390.2, 403.7, 416.45, 429.95, 443.45]
    words = [w for k, t in enumerate(tops) for w in line(f"baris{k}", 62.74, t, 10.99)]
    words += line("akhir.", 62.74, 456.2, 10.99) + line("Seknas FITRA", 62.74, 462.95, 10.99)
    words += line("Target B06:", 62.74, 481.7, 10.99) + line("YLBHI", 62.74, 495.2, 10.99)
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content) == [
        [" ".join(f"baris{k}" for k in range(8)) + " akhir.", "", ""],
        ["Seknas FITRA"],
        ["Target B06: YLBHI", "", ""],
    ]


def test_a_run_over_the_heading_row_took_goes_back_to_the_cell_above() -> None:
    # pitch 12: "sisa" crosses the table's rule, "sampai dengan" is drawn over the heading
    # "Lakpesdam PBNU", "ialah." over the label "Target B06:" of the row under the heading
    rules = table_rules((400.0, 550.9)) + table_rules((561.8, 578.6, 669.4), heading=True)
    words = [w for k in range(6) for w in line(f"baris{k}", 62.74, 484.0 + 12 * k)]
    words += line("sisa dua", 62.74, 556.0) + line("sampai dengan", 62.74, 568.0) + line("ialah.", 62.74, 580.0)
    words += line("Lakpesdam PBNU", 62.74, 565.75) + line("Target B06:", 62.74, 582.25) + line("Banyak", 62.74, 594.25)
    words += [w for k in range(5) for w in line(f"capaian{k}", 159.0, 582.25 + 12 * k)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content) == [
        [" ".join(f"baris{k}" for k in range(6)) + " sisa dua sampai dengan ialah.", "", ""],
        ["Lakpesdam PBNU"],
        ["Target B06: Banyak", " ".join(f"capaian{k}" for k in range(5)), ""],
    ]


def test_a_run_over_line_across_the_next_tables_rule_drawn_over_nothing_goes_to_the_cell() -> None:
    # "restoratif" lies at the text's pitch across the rule under the heading "OMS Sektor
    # Keadilan", over no word; "pemanfaatan." after it is drawn over the label "Target B06:"
    rules = table_rules((100.0, 245.6)) + table_rules((255.8, 272.6, 517.1), heading=True)
    words = [w for k in range(4) for w in line(f"baris{k}", 62.74, 208.0 + 12 * k)]
    words += line("evaluasi non", 62.74, 256.0) + line("restoratif", 62.74, 268.0) + line("pemanfaatan.", 62.74, 280.0)
    words += line("OMS Sektor Keadilan", 62.74, 260.5) + line("Target B06:", 62.74, 277.0) + line("Tersusun", 62.74, 289.0)
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content) == [
        [" ".join(f"baris{k}" for k in range(4)) + " evaluasi non restoratif pemanfaatan.", "", ""],
        ["OMS Sektor Keadilan"],
        ["Target B06: Tersusun", "", ""],
    ]


def test_a_run_over_lines_words_drawn_over_nothing_go_with_the_rest_of_their_line() -> None:
    # lines 14.25 pt apart and now and then 15; "anak," lies past the end of the heading
    # "Stranas PK" the rest of its line is drawn over, "data" past the label "Target B06:"
    rules = table_rules((100.0, 329.6)) + table_rules((339.8, 359.6, 450.4), heading=True)
    tops = [253.65, 267.9, 282.9, 297.15, 311.4, 325.65]
    words = [w for k, t in enumerate(tops) for w in line(f"baris{k}", 69.49, t, 12.0)]
    words += [word("atau", 69.49, 339.9, 94.0, 351.9), word("anak,", 120.0, 339.9, 146.0, 351.9)]
    words += line("darurat", 69.49, 354.9, 12.0) + line("bahan.", 69.49, 383.4, 12.0)
    words += [word("naskah", 69.49, 369.15, 104.0, 381.15), word("data", 133.0, 369.15, 150.0, 381.15)]
    words += [word("Stranas", 69.49, 344.4, 101.0, 356.4), word("PK", 104.0, 344.4, 120.5, 356.4)]
    words += [word("Target", 69.49, 363.15, 103.0, 375.15), word("B06:", 106.0, 363.15, 130.0, 375.15)]
    words += line("Penilaian", 69.49, 377.4, 12.0) + line("rekapitulasi.", 69.49, 392.4, 12.0)
    words += [w for k, t in enumerate((363.15, 377.4, 392.4, 406.65)) for w in line(f"capaian{k}", 159.0, t, 12.0)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content) == [
        [" ".join(f"baris{k}" for k in range(6)) + " atau anak, darurat naskah data bahan.", "", ""],
        ["Stranas PK"],
        ["Target B06: Penilaian rekapitulasi.", " ".join(f"capaian{k}" for k in range(4)), ""],
    ]


def test_a_run_over_the_row_below_at_the_cells_longer_step_goes_to_the_cell() -> None:
    # the upper left cell steps 14.25 pt and now and then 15; its rest ("memahami", 15 lower)
    # and the lines after it lie over the row below, drawn over its label and its text
    rules = [rule_h(y, COLS[0], COLS[3]) for y in (80.0, 211.1, 400.0)] + [rule_v(x, 80.0, 400.0) for x in COLS]
    tops = [95.4, 110.4, 124.65, 138.9, 153.15, 167.4, 181.65, 195.9]
    words = [w for k, t in enumerate(tops) for w in line(f"baris{k}", 62.74, t, 12.0)]
    words += [w for k, t in enumerate(tops) for w in line(f"kanan{k}", 160.0, t, 12.0)]
    words += line("memahami", 62.74, 210.9, 12.0) + line("publik", 62.74, 225.15, 12.0) + line("lagi.", 62.74, 239.4, 12.0)
    words += line("Target B12:", 62.74, 215.4, 12.0) + line("Diseminasi", 62.74, 229.65, 12.0)
    words += line("reproduksi.", 62.74, 243.9, 12.0) + line("Capaian", 160.0, 215.4, 12.0)
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content) == [
        [" ".join(f"baris{k}" for k in range(8)) + " memahami publik lagi.", " ".join(f"kanan{k}" for k in range(8)), ""],
        ["Target B12: Diseminasi reproduksi.", "Capaian", ""],
    ]


def test_an_indented_run_over_goes_on_under_the_label_it_was_drawn_over() -> None:
    # the upper cell's list item (indented to 107.88) runs past its rule: "progress" is drawn
    # over the label "Target (2) B06:" of the row below, "PAS." a step lower under it, over
    # nothing, where the label cell (its lines from 62.74) has no line of its own
    rules = [rule_h(y, COLS[0], COLS[3]) for y in (91.9, 260.6, 385.1)] + [rule_v(x, 91.9, 385.1) for x in COLS]
    tops = [96.15, 110.4, 125.4, 139.65, 153.9, 168.9, 183.15, 197.4, 211.65, 225.9, 240.15, 254.4]
    words = line("b.", 95.0, tops[0], 12.0) + line("Memiliki", 107.88, tops[0], 12.0)
    words += [w for k, t in enumerate(tops[1:]) for w in line(f"isi{k}", 107.88, t, 12.0)]
    words += [w for k, t in enumerate(tops) for w in line(f"kanan{k}", 160.0, t, 12.0)]
    words += [word("progress", 107.88, 268.65, 148.54, 280.65), word("PAS.", 107.88, 283.65, 131.79, 295.65)]
    words += [word("Target", 62.74, 265.65, 96.3, 277.65), word("(2)", 99.3, 265.65, 113.3, 277.65)]
    words += [word("B06:", 116.3, 265.65, 140.3, 277.65)]
    words += [w for k, t in enumerate((265.65, 279.9, 294.15)) for w in line(f"capaian{k}", 160.0, t, 12.0)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    upper = "b. Memiliki " + " ".join(f"isi{k}" for k in range(11)) + " progress PAS."
    assert heads(content) == [
        [upper, " ".join(f"kanan{k}" for k in range(12)), ""],
        ["Target (2) B06:", "capaian0 capaian1 capaian2", ""],
    ]


def test_a_line_at_the_indent_a_step_under_a_run_over_and_the_label_it_lies_on_is_the_run_overs() -> None:
    # the same run-over, its line 0.75 pt under the label it is drawn over (one line's height),
    # and a line a step under both (14.25 under "progress", 15 under the label) at the run-over's
    # indent with nothing of the row left of it: the row's own text would go on at the cell's
    # edge after its label, so it is the run-over's (a list item of the row's own, its marker
    # left of it on its line, stays: `test_a_list_item_under_the_label_a_run_over_lies_beside…`)
    rules = [rule_h(y, COLS[0], COLS[3]) for y in (91.9, 260.6, 385.1)] + [rule_v(x, 91.9, 385.1) for x in COLS]
    tops = [96.15, 110.4, 125.4, 139.65, 153.9, 168.9, 183.15, 197.4, 211.65, 225.9, 240.15, 254.4]
    words = [w for k, t in enumerate(tops) for w in line(f"isi{k}", 107.88, t, 12.0)]
    words += [w for k, t in enumerate(tops) for w in line(f"kanan{k}", 160.0, t, 12.0)]
    words += [word("progress", 107.88, 268.65, 148.54, 280.65), word("sendiri.", 107.88, 282.9, 140.0, 294.9)]
    words += [word("Target", 62.74, 267.9, 96.3, 279.9), word("(2)", 99.3, 267.9, 113.3, 279.9)]
    words += [word("B06:", 116.3, 267.9, 140.3, 279.9)]
    words += [w for k, t in enumerate((265.65, 279.9, 294.15)) for w in line(f"capaian{k}", 160.0, t, 12.0)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content)[0][0].endswith("isi11 progress sendiri.")
    assert heads(content)[1][0] == "Target (2) B06:"


def test_a_run_over_of_a_sliver_at_the_shorter_of_the_pages_two_steps_goes_to_the_sliver() -> None:
    # a row continued from the page before is a sliver here (57.4-61.9); its text ran over it:
    # "n" from 60.75, "paralegal." 12.75 lower, drawn over the next row's "berasal". The sliver
    # has no line to count steps from; the page's texts step 13.5 (most often) and 12.75
    rules = [rule_h(y, COLS[0], COLS[3]) for y in (57.4, 61.9, 300.0)] + [rule_v(x, 57.4, 300.0) for x in COLS]
    words = [word("n", 97.92, 60.75, 103.69, 71.75), word("paralegal.", 97.92, 73.5, 141.35, 84.5)]
    words += [word("Target", 62.74, 66.0, 90.92, 77.0), word("B12:", 93.41, 66.0, 113.74, 77.0)]
    words += [word("Baru", 62.74, 79.5, 83.59, 90.5), word("berasal", 115.49, 79.5, 147.69, 90.5)]
    words += [word("diberikan", 62.74, 92.25, 104.49, 103.25)]
    tops = [66.0, 79.5, 92.25, 105.75, 119.25, 132.0, 145.5, 159.0]
    words += [w for k, t in enumerate(tops) for w in line(f"capaian{k}", 160.0, t, 11.0)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content) == [
        ["n paralegal.", "", ""],
        ["Target B12: Baru berasal diberikan", " ".join(f"capaian{k}" for k in range(8)), ""],
    ]


def run_over_of_a_list_item_over_an_empty_target(bottom: float) -> list[Word]:
    """A list item (indented to 80.3, pitch 13.5) run past its rule (260.6) over the label of a row with no target text.

    "ekonomi." is drawn over "Target B24:"; "Transparan," after it clears "B24:"
    as well as "ekonomi.", and the lines below lie at the item's indent, a step
    under the label line, where the row below has no text of its own.
    """
    tops = [250.0 - 13.5 * k for k in range(10)][::-1]
    words = line("•", 62.74, tops[0]) + line("Memiliki", 80.3, tops[0])
    words += [w for k, t in enumerate(tops[1:]) for w in line(f"isi{k}", 80.3, t)]
    words += [word("ekonomi.", 80.3, 263.5, 121.9, 274.5), word("Transparan,", 124.4, 263.5, 150.0, 274.5)]
    words += [word("Target", 62.74, 263.5, 90.9, 274.5), word("B24:", 93.4, 263.5, 113.7, 274.5)]
    words += line("guna KPPS", 80.3, 277.0) + line("penyidik", 80.3, 290.5) + line("review.", 80.3, 304.0)
    words += line("Capaian Target:", 160.0, 263.5) + line("Resiko.", 160.0, 277.0)
    return words


def test_a_run_over_a_label_with_an_empty_target_goes_to_the_cell_above_line_by_line() -> None:
    rules = [rule_h(y, COLS[0], COLS[3]) for y in (91.9, 260.6, 330.0)] + [rule_v(x, 91.9, 330.0) for x in COLS]
    content = split_page(Page(1, 595, 842, run_over_of_a_list_item_over_an_empty_target(330.0), rules), set())
    upper = "• Memiliki " + " ".join(f"isi{k}" for k in range(9)) + " ekonomi. Transparan, guna KPPS penyidik review."
    assert heads(content) == [[upper, "", ""], ["Target B24:", "Capaian Target: Resiko.", ""]]


def test_a_run_over_the_row_below_goes_on_past_the_tables_last_rule_in_the_cell_it_began_in() -> None:
    # the same, the table ending at 300: "review." lies under its last rule
    rules = [rule_h(y, COLS[0], COLS[3]) for y in (91.9, 260.6, 300.0)] + [rule_v(x, 91.9, 300.0) for x in COLS]
    content = split_page(Page(1, 595, 842, run_over_of_a_list_item_over_an_empty_target(300.0), rules), set())
    upper = "• Memiliki " + " ".join(f"isi{k}" for k in range(9)) + " ekonomi. Transparan, guna KPPS penyidik review."
    assert heads(content) == [[upper, "", ""], ["Target B24:", "Capaian Target: Resiko.", ""]]
    assert not content.lines


def test_a_run_over_line_at_the_very_height_of_the_heading_it_is_drawn_over_goes_to_the_cell() -> None:
    # A narrow left cell (Chromium, steps of 14.25 and 15 pt) runs two lines past the table's
    # last rule (237.4); its last line "marjinal." lies at the very top of the heading under
    # the table ("Tindak Lanjut:", at the table's edge), drawn over its words.
    rules = [rule_h(y, 57.4, 523.9) for y in (72.4, 237.4)] + [rule_v(x, 72.4, 237.4) for x in (57.4, 187.5, 440.2, 523.9)]
    tops = [219.56 - 15.0 - 14.25 * k for k in range(9)][::-1] + [219.56]
    words = [w for k, t in enumerate(tops) for w in line(f"kata{k} isi", 62.74, t, 13.29)]
    words += [word("keluarga", 62.74, 233.81, 103.84, 247.1), word("digunakan", 132.1, 233.81, 182.09, 247.1)]
    words += [word("marjinal.", 62.74, 248.06, 105.74, 261.35)]
    words += [word("Tindak", 57.0, 248.06, 94.14, 261.35), word("Lanjut:", 97.14, 248.06, 136.48, 261.35)]
    words += line("1. Dua non atas", 57.0, 262.31, 13.29)
    content = split_page(Page(1, 595, 842, words, rules), set())
    [[left, _, _]] = [[c for c in g.cells] for f in content.fragments for g in f.groups]
    assert [w.text for w in left.words][-3:] == ["keluarga", "digunakan", "marjinal."]
    assert [ln.text for ln in content.lines][:2] == ["Tindak Lanjut:", "1. Dua non atas"]


def test_a_run_over_goes_on_at_the_indent_of_its_line_before_not_at_the_list_marker_above() -> None:
    # A narrow left cell (Chromium, steps 13.5 and 12.75) ends its rows with the list item
    # "2. Berisikan akses", its text at the item's indent (108.1), the marker at 90.5; two
    # lines run past the table's last rule (389.6): "kali kebutuhan" at the indent, then
    # "PBNU." at the very top of the heading under the table ("Tindak Lanjut:", begun at the
    # table's edge, 84.75), drawn over its first word. The run-over's second line goes on
    # where its first began, at the indent: the heading, nearer the marker, is not the cell's.
    rules = [rule_h(y, 85.1, 538.1) for y in (255.4, 389.6)] + [rule_v(x, 255.4, 389.6) for x in (85.1, 193.9, 438.4, 538.1)]
    tops = [258.45, 271.95, 284.7, 298.2, 310.95, 324.45, 337.2, 350.7, 363.45]
    words = [w for k, t in enumerate(tops) for w in line(f"isi{k}", 125.67, t, 10.99)]
    words += [word("2.", 90.49, 375.2, 99.73, 386.19), word("Berisikan", 108.15, 375.2, 155.8, 386.19)]
    words += [word("akses", 159.7, 375.2, 188.47, 386.19)]
    words += [word("kali", 108.08, 388.7, 125.79, 399.69), word("kebutuhan", 132.33, 388.7, 188.47, 399.69)]
    words += [word("PBNU.", 108.08, 401.45, 140.99, 412.44)]
    words += [word("Tindak", 84.75, 401.45, 122.1, 412.44), word("Lanjut:", 124.96, 401.45, 163.51, 412.44)]
    words += [word("UK", 84.75, 414.95, 99.59, 425.94), word("1:", 102.45, 414.95, 111.68, 425.94)]
    words += line("1. Elektronik semester pemerintahan namun bulan", 84.75, 428.45, 10.99)
    words += [w for k, t in enumerate(tops[:6]) for w in line(f"capaian{k} teks", 199.21, t, 10.99)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    [[left, _, _]] = [[c for c in g.cells] for f in content.fragments for g in f.groups]
    assert [w.text for w in left.words][-6:] == ["2.", "Berisikan", "akses", "kali", "kebutuhan", "PBNU."]
    assert [ln.text for ln in content.lines][:2] == ["Tindak Lanjut:", "UK 1:"]


def test_a_line_under_the_table_drawn_over_the_run_overs_last_line_stays_out_of_the_cell() -> None:
    # The left cell runs two lines past the table's last rule (214.1) at its step of 14.25 pt;
    # the heading under the table and the first item of its list lie between and over them,
    # the item ("1. Dua non atas") at the cell's own indent, 6.75 pt under "marjinal.".
    rules = [rule_h(y, 64.1, 538.1) for y in (57.4, 214.1)] + [rule_v(x, 57.4, 214.1) for x in (64.1, 177.8, 434.3, 538.1)]
    tops = [205.65 - 14.25 * k for k in range(10)][::-1]
    words = [w for k, t in enumerate(tops) for w in line(f"kata{k} isi", 69.49, t, 12.0)]
    words += [word("digunakan", 69.49, 219.9, 129.47, 231.9), word("marjinal.", 69.49, 234.15, 119.05, 246.15)]
    words += [word("Tindak", 63.75, 225.9, 104.53, 237.9), word("Lanjut:", 107.65, 225.9, 149.73, 237.9)]
    item = [("1.", 69.74, 79.82), ("Dua", 82.95, 105.85), ("non", 115.61, 137.7), ("atas", 147.45, 171.0)]
    words += [word(t, x0, 240.9, x1, 252.9) for t, x0, x1 in item]
    words += [word("https://drive.google.com/index.php-index/datin-", 180.75, 240.9, 538.49, 252.9)]
    words += [word("pengadaan-jasa-publik/dokumen/dan", 82.95, 255.15, 296.02, 267.15)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    [[left, _, _]] = [[c for c in g.cells] for f in content.fragments for g in f.groups]
    assert [w.text for w in left.words][-2:] == ["digunakan", "marjinal."]
    assert [ln.text for ln in content.lines][:2] == ["Tindak Lanjut:", "1. Dua non atas https://drive.google.com/index.php-index/datin-"]


def test_a_run_over_stepping_less_than_the_pages_pitch_goes_to_the_cell_line_by_line() -> None:
    # The left cell's lines step 12 pt, the page's other texts 13.4 (its most common step): the
    # cell's text run past the table's last rule goes on at its own 12 pt, line after line.
    rules = table_rules((300.0, 400.0))
    words = [w for k in range(7) for w in line(f"kiri{k} isi", 62.0, 305.0 + 12.0 * k)]
    words += [w for k in range(7) for w in line(f"tengah{k} isi lagi", 158.0, 305.0 + 13.4 * k)]
    words += [w for k in range(7) for w in line(f"kanan{k}", 438.0, 305.0 + 13.4 * k)]
    words += [w for k in range(7, 11) for w in line(f"lanjut{k} isi", 62.0, 305.0 + 12.0 * k)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    [[left, _, _]] = [[c for c in g.cells] for f in content.fragments for g in f.groups]
    assert [w.text for w in left.words][-8:] == [t for k in range(7, 11) for t in (f"lanjut{k}", "isi")]
    assert not content.lines


def test_a_run_over_covered_only_by_a_headings_words_past_the_column_rule_goes_to_the_cell() -> None:
    # A row continued at a page's top (57.4-138.4) whose indented left cell (at 128.9, steps
    # of 14.25 and 15 pt) runs two lines past the table's rule: "RI TII" 3 pt above the heading
    # under the table ("Ukuran" in the column, "Keberhasilan" across its rule and over "RI"),
    # "segera." over the paragraph's first line.
    rules = [rule_h(y, 85.1, 523.1) for y in (57.4, 138.4)] + [rule_v(x, 57.4, 138.4) for x in (85.1, 172.6, 426.8, 523.1)]
    tops = [132.15 - 15.0 - 14.25 * k for k in range(5)][::-1] + [132.15]
    words = [w for k, t in enumerate(tops) for w in line(f"k{k}", 128.88, t, 12.0)]
    words += [word("RI", 128.88, 146.4, 138.42, 158.4), word("TII", 141.13, 146.4, 153.03, 158.4)]
    words += [word("Ukuran", 84.75, 149.4, 121.01, 161.4), word("Keberhasilan", 123.72, 149.4, 188.27, 161.4)]
    words += [word("2:", 190.98, 149.4, 200.38, 161.4), word("segera.", 128.88, 160.65, 163.78, 172.65)]
    words += [word("Kesejahteraan", 84.75, 163.65, 153.81, 175.65), word("IKIP", 156.52, 163.65, 175.01, 175.65)]
    words += line("pemberian mencapai persiapan", 84.75, 177.9, 12.0)
    content = split_page(Page(1, 595, 842, words, rules), set())
    [[left, _, _]] = [[c for c in g.cells] for f in content.fragments for g in f.groups]
    assert [w.text for w in left.words][-4:] == ["k5", "RI", "TII", "segera."]
    assert [ln.text for ln in content.lines][:2] == ["Ukuran Keberhasilan 2:", "Kesejahteraan IKIP"]


def test_a_run_over_word_after_a_gap_over_the_headings_next_word_stays_with_the_run_over() -> None:
    # The left cell's indented text runs two lines past the table's last rule (364.1, steps of
    # 14.25 and 15 pt); "an. Kualitas" lies 0.75 pt above the heading "Ukuran Keberhasilan 2:"
    # (also a step of the cell's lower), "Kualitas" over "Keberhasilan", which crosses the column rule.
    rules = [rule_h(y, 85.1, 538.1) for y in (57.0, 364.1)] + [rule_v(x, 57.0, 364.1) for x in (85.1, 175.9, 438.4, 538.1)]
    tops = [274.65, 288.9, 303.15, 317.4, 332.4, 346.65, 360.9]
    words = [w for k, t in enumerate(tops) for w in line(f"k{k}", 109.69, t, 12.0)]
    words += [word("an.", 109.69, 375.15, 124.02, 387.15), word("Kualitas", 130.37, 375.15, 170.36, 387.15)]
    words += [word("Ukuran", 84.75, 375.9, 124.76, 387.9), word("Keberhasilan", 127.76, 375.9, 196.44, 387.9)]
    words += [word("2:", 199.43, 375.9, 209.43, 387.9), word("restoratif", 109.69, 389.4, 153.01, 401.4)]
    words += [word("Akademik", 84.75, 390.15, 134.74, 402.15), word("DP2KBPMD", 143.46, 390.15, 207.47, 402.15)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    [[left, _, _]] = [[c for c in g.cells] for f in content.fragments for g in f.groups]
    assert [w.text for w in left.words][-4:] == ["k6", "an.", "Kualitas", "restoratif"]
    assert [ln.text for ln in content.lines][:2] == ["Ukuran Keberhasilan 2:", "Akademik DP2KBPMD"]


def test_a_run_over_half_a_step_between_the_lines_of_the_paragraph_under_the_table_goes_to_the_cell() -> None:
    # A page begins with a table's heading row printed again (57-73.9) and the sliver (to 84.4)
    # of a row going on; its left cell's text ("realisasi", at 93.7) runs five lines past the
    # rule at 12 pt, half a step (6 pt) off the lines of the heading and paragraph under the
    # table, which start at the table's edge. A paragraph under the next table steps 12 pt too.
    xs = (72.4, 184.1, 454.9, 538.9)
    rules = [rule_h(y, xs[0], xs[3]) for y in (57.0, 73.9, 84.4)] + [rule_v(x, 57.0, 84.4) for x in (xs[0], xs[3])]
    rules += [rule_v(x, 73.9, 84.4) for x in xs[1:3]]
    rules += [rule_h(y, xs[0], xs[3]) for y in (160.5, 300.0)] + [rule_v(x, 160.5, 300.0) for x in xs]
    words = line("Komisi Pemilihan", 77.7, 61.75) + line("realisasi", 93.74, 78.25)
    run = ["merupakan", "diantaranya", "perkembangan.", "Kualitas", "teknis pidana."]
    words += [w for k, t in enumerate(run) for w in line(t, 93.74, 90.25 + 12 * k)]
    para = ["Ukuran Keberhasilan 2:", "Akademik DP2KBPMD beberapa https://keuda.kemendagri.go.id/dan-8",
            "index peristiwa kesepakatan akreditasi", "https://komisiinformasi.go.id/index.php-8-index",
            "article/pengadaan/dokumen masih mengetahui"]
    words += [w for k, t in enumerate(para) for w in line(t, 72.0, 96.25 + 12 * k)]
    words += [w for k in range(8) for w in line(f"isi{k}", 77.7, 165.0 + 12 * k)]
    words += [w for k in range(4) for w in line(f"lagi{k} kalimat", 72.0, 310.0 + 12 * k)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    left = content.fragments[0].groups[1].cells[0]
    assert left.head(80) == "realisasi merupakan diantaranya perkembangan. Kualitas teknis pidana."
    assert [ln.text for ln in content.lines][:2] == ["Ukuran Keberhasilan 2:", para[1]]


CHROMIUM_COLS = (72.375, 162.375, 424.125, 523.125)


def chromium_rules(ys: tuple[float, ...], heading: bool = True) -> list[Ruling]:
    """A table of rows between `ys` over `CHROMIUM_COLS`, its first row a full-width heading."""
    return table_rules(ys, heading, CHROMIUM_COLS)


def test_a_two_line_run_over_at_the_pages_longer_step_goes_back_to_its_sliver() -> None:
    # a row continued from the page before holds two lines of a list item here ("ke-6",
    # "validasi", 14.25 apart, at the item's indent 116.13); its text runs past the rule
    # (122.6) at the page's other step, 15: "peta" drawn over the label "Target B12:" of
    # the row below, "karena." 14.25 lower over nothing of that row's own lines
    rules = chromium_rules((72.4, 91.9, 122.6, 274.9))
    words = line("Transparency International", 77.74, 75.75, 12.0)
    words += line("ke-6", 116.13, 94.5, 12.0) + line("validasi", 116.13, 108.75, 12.0)
    words += [word("peta", 116.13, 123.75, 137.96, 135.75), word("karena.", 116.13, 138.0, 152.2, 150.0)]
    words += [word("Target", 77.74, 126.0, 108.51, 138.0), word("B12:", 111.22, 126.0, 133.43, 138.0)]
    tops = [140.25, 154.5, 168.75, 183.0, 197.25, 211.5, 226.5, 240.75]
    words += [w for k, t in enumerate(tops) for w in line(f"isi{k}", 77.74, t, 12.0)]
    words += [w for k, t in enumerate([126.0, *tops]) for w in line(f"capaian{k}", 167.88, t, 12.0)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content) == [
        ["Transparency International"],
        ["ke-6 validasi peta karena.", "", ""],
        ["Target B12: " + " ".join(f"isi{k}" for k in range(8)), " ".join(f"capaian{k}" for k in range(9)), ""],
    ]


def test_a_run_over_drawn_over_the_next_tables_heading_at_its_height_keeps_its_indent() -> None:
    # a list item (indent 116.13) of a row continued here runs past its table's last rule
    # (109.88): "mengat" under it, "ur" at the very height of the next table's heading
    # "Lakpesdam NU" (from the table's edge, 77.74), drawn over "Lakpesdam"; "kanal." across
    # the rule under that heading. The run-over is the text at the item's indent, not the
    # heading; a paragraph under the tables gives the page's pitch (14.25, now and then 15)
    rules = chromium_rules((72.0, 91.88, 109.88)) + chromium_rules((120.75, 139.88, 400.0))
    words = line("Kementerian Sosial", 77.74, 75.15, 12.0) + line("ok,", 116.13, 93.9, 12.0)
    words += [word("mengat", 116.13, 108.15, 153.08, 120.15), word("ur", 116.13, 123.15, 126.62, 135.15)]
    words += [word("kanal.", 116.13, 137.4, 144.95, 149.4)]
    words += [word("Lakpesdam", 77.74, 123.15, 133.9, 135.15), word("NU", 136.61, 123.15, 152.36, 135.15)]
    words += [word("Target", 77.74, 142.65, 108.51, 154.65), word("B12:", 111.22, 142.65, 133.43, 154.65)]
    tops = [156.9, 171.15, 185.4, 200.4, 214.65]
    words += [w for k, t in enumerate(tops) for w in line(f"isi{k}", 96.94, t, 12.0)]
    words += line("Capaian Target:", 167.88, 142.65, 12.0)
    para = [410.0, 424.25, 438.5, 453.5, 467.75, 482.0]
    words += [w for k, t in enumerate(para) for w in line(f"paragraf{k} kalimat", 72.0, t, 12.0)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content) == [
        ["Kementerian Sosial"],
        ["ok, mengat ur kanal.", "", ""],
        ["Lakpesdam NU"],
        ["Target B12: " + " ".join(f"isi{k}" for k in range(5)), "Capaian Target:", ""],
    ]



NOTO_COLS = (64.1, 155.6, 440.6, 523.1)


def test_a_run_over_at_the_texts_other_step_over_the_rows_label_a_pitch_lower_goes_to_the_cell() -> None:
    # the upper target text steps 13.5 and 12.75 pt; its rest "hanya format" lies 12.75 under
    # its last line "mempelajari" (591.95), past the rule (601.1), over the label "Target B24:"
    # of the row below, set 0.75 pt lower: a whole pitch (13.5) under "mempelajari", at the
    # height the row's other cells ("Capaian Target:", "Nilai: 77%") begin theirs. "akan."
    # goes on a pitch lower, over "Keterbatasan"; the label's row keeps its own lines
    ys = (400.0, 601.1, 770.2)  # the label cell spans the row's two sub-rows (601.1-691.1-770.2)
    rules = [rule_h(y, NOTO_COLS[0], NOTO_COLS[3]) for y in ys] + [rule_v(x, ys[0], ys[-1]) for x in NOTO_COLS]
    rules.append(rule_h(691.1, NOTO_COLS[1], NOTO_COLS[3]))
    tops = [446.45, 459.95, 472.7, 486.2, 498.95, 512.45, 525.95, 538.7, 552.2, 564.95, 578.45, 591.95]
    words = [w for k, t in enumerate(tops) for w in line(f"baris{k}", 69.49, t, 11.0)]
    words += line("Proses Kokreasi:", 161.29, 446.45, 11.0) + line("Aktif", 445.9, 446.45, 11.0)
    words += [word("hanya", 69.49, 604.7, 101.02, 615.7), word("format", 115.16, 604.7, 150.55, 615.7)]
    words += [word("akan.", 69.49, 618.2, 97.44, 629.2)]
    own = [605.45, 618.95, 631.7, 645.2, 657.95, 671.45]
    words += [word("Target", 69.49, own[0], 104.72, own[0] + 11), word("B24:", 107.58, own[0], 130.68, own[0] + 11)]
    words += [w for k, t in enumerate(own[1:]) for w in line(f"isi{k}", 69.49, t, 11.0)]
    words += line("Capaian Target:", 161.29, own[0], 11.0) + line("Realisasi aplikasi.", 161.29, own[1], 11.0)
    words += line("Nilai: 77%", 445.9, own[0], 11.0)
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content) == [
        [" ".join(f"baris{k}" for k in range(12)) + " hanya format akan.", "Proses Kokreasi:", "Aktif"],
        ["Target B24: " + " ".join(f"isi{k}" for k in range(5)), "Capaian Target: Realisasi aplikasi.", "Nilai: 77%", "", ""],
    ]


def test_an_indented_run_over_over_the_next_heading_set_at_the_texts_other_step_goes_to_the_cell() -> None:
    # a list item (indent 87.08) of a row continued here steps 13.5 and 12.75 pt and runs past
    # its table's last rule (431.0): "diverifikasi" across it, "elektronik" 13.5 lower over the
    # next table's heading "PATTIRO" (from the table's edge, 69.49), which stands 0.75 pt higher,
    # at the text's other step; "jumlah." across the rule under the heading, over "Target B18:"
    rules = [rule_h(y, NOTO_COLS[0], NOTO_COLS[3]) for y in (57.0, 75.0, 431.0)]
    rules += [rule_v(x, 57.0, 431.0) for x in (NOTO_COLS[0], NOTO_COLS[3])]
    rules += [rule_v(x, 75.0, 431.0) for x in NOTO_COLS[1:3]]
    rules += [rule_h(y, NOTO_COLS[0], NOTO_COLS[3]) for y in (442.1, 460.1, 741.4)]
    rules += [rule_v(x, 442.1, 741.4) for x in (NOTO_COLS[0], NOTO_COLS[3])]
    rules += [rule_v(x, 460.1, 741.4) for x in NOTO_COLS[1:3]]
    words = line("Kementerian Sosial", 69.49, 61.7, 11.0)
    tops = [314.45, 327.95, 340.7, 354.2, 366.95, 380.45, 393.95, 406.7, 420.2]
    tops = [t - 104.5 for t in tops[:8]] + tops  # 104.5: eight lines, three of them 12.75 apart
    words += [w for k, t in enumerate(tops) for w in line(f"isi{k}", 87.08, t, 11.0)]
    words += [word("diverifikasi", 87.08, 432.95, 142.59, 443.95), word("elektronik", 87.08, 446.45, 138.63, 457.45)]
    words += [word("jumlah.", 87.08, 459.95, 125.73, 470.95), word("PATTIRO", 69.49, 445.7, 115.89, 456.7)]
    own = [463.7, 477.2, 490.7, 503.45]
    words += [word("Target", 69.49, own[0], 104.72, own[0] + 11), word("B18:", 107.58, own[0], 130.68, own[0] + 11)]
    words += [w for k, t in enumerate(own[1:]) for w in line(f"target{k}", 69.49, t, 11.0)]
    words += line("Capaian Target:", 161.29, own[0], 11.0) + line("Nilai: 100%", 445.9, own[0], 11.0)
    content = split_page(Page(1, 595, 842, words, rules), set())
    item = " ".join(f"isi{k}" for k in range(17)) + " diverifikasi elektronik jumlah."
    assert heads(content, 40) == [
        ["Kementerian Sosial"],
        [item, "", ""],
        ["PATTIRO"],
        ["Target B18: target0 target1 target2", "Capaian Target:", "Nilai: 100%"],
    ]


ROBOTO_COLS = (57.38, 169.12, 421.12, 523.88)


def test_a_slivers_run_over_goes_on_over_a_heading_begun_left_of_it_at_the_pages_other_step() -> None:
    # a row continued from the page before is a sliver here (72.0-78.38), no line of its own:
    # its text runs below it, "identifikasi bidang." then, 12.75 lower, "Adalah kebutuhan."
    # drawn over the heading "Ukuran Keberhasilan 2:", begun at the table's edge 4.5 pt lower;
    # the lines under the table step 12 (the pitch), the next table's texts 12.75 and 12
    rules = table_rules((72.0, 78.38), cols=ROBOTO_COLS) + table_rules((120.0, 137.62, 336.38), True, ROBOTO_COLS)
    real = [
        ("identifikasi", 62.74, 113.77, 73.35), ("bidang.", 129.41, 163.96, 73.35),
        ("Adalah", 62.74, 95.27, 86.1), ("kebutuhan.", 97.88, 149.63, 86.1),
        ("Ukuran", 57.0, 90.59, 90.6), ("Keberhasilan", 93.2, 154.84, 90.6), ("2:", 157.45, 166.44, 90.6),
    ]
    words = [word(t, x0, top, x1, top + 10.5) for t, x0, x1, top in real]
    words += line("Kepada menyelesaikan, sama setiap OMS untuk", 57.0, 102.6, 10.5)
    words += line("Perludem", 62.74, 124.35, 10.5)
    tops = [141.6, 154.35, 167.1, 179.1, 191.85, 204.6, 217.35, 230.1, 242.1]
    words += [w for k, t in enumerate(tops) for w in line(f"isi{k}", 62.74, t, 10.5)]
    words += [w for k, t in enumerate(tops) for w in line(f"capaian{k} teks", 174.69, t, 10.5)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content)[0] == ["identifikasi bidang. Adalah kebutuhan.", "", ""]
    under = [ln.text for ln in content.lines][:2]
    assert under == ["Ukuran Keberhasilan 2:", "Kepada menyelesaikan, sama setiap OMS untuk"]


DEJAVU_COLS = (72.38, 184.12, 436.12, 538.88)


def test_a_run_over_of_a_table_of_one_line_cells_goes_on_over_the_next_tables_heading() -> None:
    # a table of a heading and a sliver, one line each: no pitch of its own (the page's is 13.5,
    # now and then 12.75). The sliver's text runs past its rule (88.88): "bekerjasama", then
    # "hak tata" drawn over the next table's heading "Lembaga Administrasi Negara" (bold, at
    # one top, "tata" between "Administrasi" and the column's rule), then 12.75 lower
    # "pelibatan." across the rule under that heading, over the label "Target B06:"
    rules = table_rules((57.0, 75.38, 88.88), True, DEJAVU_COLS)
    rules += table_rules((99.75, 117.38, 280.88), True, DEJAVU_COLS)
    words = line("Stranas PK", 77.74, 61.7, 11.0) + line("kebijakan", 95.33, 76.7, 11.0)
    words += line("bekerjasama", 95.33, 90.2, 11.0)
    words += [word("hak", 95.33, 103.7, 115.63, 114.7), word("tata", 157.01, 103.7, 178.95, 114.7)]
    heading = [("Lembaga", 77.74, 133.71), ("Administrasi", 137.54, 216.27), ("Negara", 220.1, 264.86)]
    words += [Word(t, Box(x0, 103.7, x1, 114.7), "F-Bold", 10, True, 103, True) for t, x0, x1 in heading]
    words += [word("pelibatan.", 95.33, 116.45, 151.04, 127.45)]
    label = [("Target", 77.74, 117.54), ("B06:", 121.37, 150.01)]
    words += [Word(t, Box(x0, 121.7, x1, 132.7), "F-Bold", 10, True, 121, True) for t, x0, x1 in label]
    tops = [135.2, 147.95, 161.45, 174.2, 187.7, 201.2, 213.95]
    words += [w for k, t in enumerate(tops) for w in line(f"isi{k}", 77.74, t, 11.0)]
    words += [w for k, t in enumerate([121.7, *tops]) for w in line(f"capaian{k} teks", 189.69, t, 11.0)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    got = heads(content)
    assert got[:2] == [["Stranas PK"], ["kebijakan bekerjasama hak tata pelibatan.", "", ""]]
    assert got[2] == ["Lembaga Administrasi Negara"]
    assert got[3][0] == "Target B06: " + " ".join(f"isi{k}" for k in range(7))


def test_a_run_over_drawn_over_the_next_rows_label_leaves_the_labels_word_past_its_indent() -> None:
    # the upper cell's text (indent 96.33, steps 12.75 and 12) runs past the rule (409.12):
    # "n pelatihan" over the bold label "Target B24:" at one top, "B24:" 1.3 pt after "n"
    # (a space at 10.5 pt) and 3.7 after "Target", left of the text's column; then
    # "tahapan", "lembaga." over the row's own list item ("1. Basis", "kesehatan desa")
    cols = (57.38, 169.12, 439.88, 523.88)
    rules = table_rules((57.0, 409.12, 757.5), cols=cols)
    tops = [273.6, 286.35, 299.1, 311.1, 323.85, 336.6, 350.1, 362.85, 375.6, 388.35]
    words = [word(f"baris{k}", 96.33, t, 150.0, t + 10.5) for k, t in enumerate(tops)]
    words += [word("Perencanaa", 96.33, 401.1, 158.55, 411.6)]
    bold = [("Target", 62.74, 100.76), ("B24:", 104.41, 131.78)]
    words += [Word(t, Box(x0, 413.1, x1, 423.6), "Serif-Bold", 10.5, True, 413, True) for t, x0, x1 in bold]
    run_over = [("n", 96.33, 103.09, 413.1), ("pelatihan", 114.03, 163.95, 413.1)]
    run_over += [("tahapan", 96.33, 139.57, 425.85), ("lembaga.", 96.33, 145.15, 438.6)]
    own = [("1.", 66.18, 76.19, 425.1), ("Basis", 79.54, 107.65, 425.1), ("kesehatan", 79.54, 133.98, 437.85)]
    own += [("desa", 139.37, 163.95, 437.85), ("bantuan,", 79.54, 126.62, 450.6), ("ajudikasi.", 79.54, 130.6, 463.35)]
    regular = run_over + own
    words += [Word(t, Box(x0, y, x1, y + 10.5), "Serif", 10.5, False, int(y), True) for t, x0, x1, y in regular]
    words += line("Capaian Target:", 174.69, 413.1, 10.5) + line("Nilai: 100%", 445.27, 413.1, 10.5)
    content = split_page(Page(1, 595, 842, words, rules), set())
    got = heads(content)
    assert got[0][0].endswith("baris9 Perencanaa n pelatihan tahapan lembaga.")
    assert got[1][0] == "Target B24: 1. Basis kesehatan desa bantuan, ajudikasi."


def test_of_two_lines_drawn_over_each_other_at_one_indent_the_one_no_line_goes_on_from_is_the_run_overs() -> None:
    # a list item's text (indent 94.54, steps 12.75 and 12) runs past its rule (456.0) over
    # the next row's list item, whose lines go on at the same indent: "basis zoom." (12 under
    # "keluarga. Agar") and the row's "kepemimpinan" 0.75 lower, 12.75 under, are both due
    # at a step; the row's text goes on from "kepemimpinan" ("seksual draft", 12.75 lower)
    cols = (72.38, 184.57, 455.25, 538.88)
    rules = table_rules((72.38, 90.19, 456.0, 738.0), True, cols)
    words = line("Kementerian Dalam Negeri", 77.74, 76.35, 10.5)
    tops = [346.35, 359.1, 371.1, 383.85, 396.6, 409.35, 421.35, 434.1, 446.85]
    words += [word(f"baris{k}", 94.54, t, 140.0, t + 10.5) for k, t in enumerate(tops)]
    words += [word("Target", 77.74, 459.6, 107.97, 470.1), word("B24:", 110.58, 459.6, 132.3, 470.1)]
    texts = [
        ("tertinggi", 94.54, 133.49, 459.6), ("keluarga.", 94.54, 137.22, 472.35), ("Agar", 139.82, 161.84, 472.35),
        ("basis", 94.54, 119.54, 484.35), ("zoom.", 122.14, 151.22, 484.35),
        ("1.", 77.74, 86.42, 472.35), ("Menggunakan", 93.47, 159.93, 472.35), ("kepemimpinan", 94.54, 163.51, 485.1),
        ("seksual", 94.54, 130.31, 497.85), ("draft", 132.91, 154.99, 497.85), ("kekerasan", 94.54, 142.1, 509.85),
        ("meliputi", 94.54, 132.08, 522.6), ("2.", 77.74, 86.42, 535.35), ("Optimal", 93.47, 130.05, 535.35),
    ]
    words += [word(t, x0, y, x1, y + 10.5) for t, x0, x1, y in texts]
    words += line("Capaian Target:", 189.88, 459.6, 10.5) + line("Nilai: 100%", 460.89, 459.6, 10.5)
    content = split_page(Page(1, 595, 842, words, rules), set())
    got = heads(content)
    assert got[1][0].endswith("baris8 tertinggi keluarga. Agar basis zoom.")
    assert got[2][0] == "Target B24: 1. Menggunakan kepemimpinan seksual draft kekerasan meliputi 2. Optimal"


def test_a_run_over_line_beside_a_line_of_the_next_tables_row_at_another_height_goes_to_the_cell() -> None:
    # a URL run past its table's last rule (228.38), over the next table's heading and its
    # label: its last piece "ng." lies a step (12.75) under "a/file/view/bara", over nothing,
    # 3 pt above the row's own line "FGD" beside it (a list item's, from 94.54): no line of
    # that row's text, which steps 12.75 from "1. Resiko guna"
    cols = (72.38, 162.38, 424.12, 523.12)
    rules = table_rules((150.0, 228.38), cols=cols) + table_rules((239.62, 256.88, 500.0), True, cols)
    tops = [156.6, 169.35, 181.35, 194.1, 206.85, 219.6]  # steps 12.75 and 12
    words = [word(f"baris{k}", 77.74, t, 130.0, t + 10.5) for k, t in enumerate(tops)]
    run_over = [
        ("daring", 77.74, 107.18, 232.35), ("mudah", 109.79, 142.2, 232.35),
        ("https://komisiinf", 77.74, 154.81, 244.35), ("ormasi.go.id/jas", 77.74, 154.06, 257.1),
        ("a/file/view/bara", 77.74, 152.54, 269.85), ("ng.", 77.74, 92.21, 282.6),
    ]
    own = [
        ("1.", 77.74, 86.41, 272.85), ("Resiko", 93.47, 124.79, 272.85), ("guna", 127.39, 150.58, 272.85),
        ("FGD", 94.54, 114.38, 285.6), ("mendetailka", 94.54, 151.88, 298.35), ("n.", 94.54, 103.1, 311.1),
    ]
    words += [word(t, x0, y, x1, y + 10.5) for t, x0, x1, y in run_over + own]
    bold = [("Lembaga", 77.74, 121.37, 242.85), ("Pengadaan", 123.98, 176.93, 242.85), ("Target", 77.74, 107.97, 260.1)]
    bold += [("(1)", 110.58, 124.0, 260.1), ("B06:", 126.62, 148.33, 260.1)]
    words += [Word(t, Box(x0, y, x1, y + 10.5), "F-Bold", 10.5, True, int(y), True) for t, x0, x1, y in bold]
    words += line("Capaian Target:", 167.88, 260.1, 10.5) + line("isi lagi", 167.88, 272.85, 10.5)
    content = split_page(Page(1, 595, 842, words, rules), set())
    cells = [[[w.text for w in c.words] for c in g.cells] for f in content.fragments for g in f.groups]
    assert cells[0][0][-6:] == [t for t, *_ in run_over]
    assert cells[2][0] == ["Target", "(1)", "B06:", "1.", "Resiko", "guna", "FGD", "mendetailka", "n."]


def test_a_slivers_run_over_steps_as_the_pages_texts_not_as_the_lines_under_it() -> None:
    # a sliver (57.0-61.88) whose run-over "mengumpulkan" then "." (14.25 lower) is drawn over
    # the heading "Ukuran Keberhasilan 3:", 1.5 pt higher, 12.75 under "mengumpulkan": the
    # lines under the table step 12.75 and 14.25, the texts of the next table 14.25 (the pitch)
    cols = (57.38, 172.88, 451.88, 538.88)
    rules = table_rules((57.0, 61.88), cols=cols) + table_rules((107.25, 141.0, 400.0), True, cols)
    words = [word("mengumpulkan", 81.94, 60.9, 164.84, 72.9), word(".", 81.94, 75.15, 85.1, 87.15)]
    heading = [("Ukuran", 57.0, 95.39), ("Keberhasilan", 98.38, 168.81), ("3:", 171.8, 182.08)]
    words += [Word(t, Box(x0, 73.65, x1, 85.65), "F-Bold", 12.0, True, 73, True) for t, x0, x1 in heading]
    words += line("Penyusunan informan pihak.", 57.0, 87.9, 12.0)
    words += line("OMS Sektor", 62.74, 111.15, 12.0) + line("Bandung, LBH", 62.74, 125.4, 12.0)
    tops = [144.9, 159.15, 173.4, 187.65, 201.9, 216.15, 230.4]
    words += [w for k, t in enumerate(tops) for w in line(f"isi{k}", 62.74, t, 12.0)]
    words += [w for k, t in enumerate(tops) for w in line(f"capaian{k} teks", 178.3, t, 12.0)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    cells = [[[w.text for w in c.words] for c in g.cells] for f in content.fragments for g in f.groups]
    assert cells[0] == [["mengumpulkan", "."], [], []]
    assert [ln.text for ln in content.lines][:2] == ["Ukuran Keberhasilan 3:", "Penyusunan informan pihak."]


def test_a_run_over_line_less_than_a_line_under_the_rows_last_line_goes_to_the_cell() -> None:
    # the upper cell's text (steps of 12) runs past its rule (708.0) over the row below, whose
    # own lines begin at the same edge (69.49) 4.5 pt lower each: "akhir temuan" over nothing,
    # "mendapatkan", "perbaikan OGI." over "Sedangkan", and "Khususnya." 12 under "OGI.", 7.5
    # under "diverifikasi": no line of the row's text, whose next line would be 12 lower
    cols = (64.12, 156.0, 441.0, 523.12)
    rules = table_rules((57.38, 708.0, 757.12), cols=cols)
    tops = [600.25, 612.25, 624.25, 636.25, 648.25, 660.25, 672.25, 684.25, 696.25]
    words = [word(f"baris{k}", 69.49, t, 120.0, t + 9.75) for k, t in enumerate(tops)]
    run_over = [("akhir", 69.49, 95.92, 708.25), ("temuan", 111.7, 149.95, 708.25)]
    run_over += [("mendapatkan", 69.49, 138.51, 720.25), ("perbaikan", 69.49, 120.6, 732.25)]
    run_over += [("OGI.", 126.64, 149.95, 732.25), ("Khususnya.", 69.49, 127.76, 744.25)]
    own = [("Sedangkan", 69.49, 125.91, 724.75), ("diverifikasi", 69.49, 125.64, 736.75)]
    words += [word(t, x0, y, x1, y + 9.75) for t, x0, x1, y in run_over + own]
    label = [("Target", 69.49, 105.68), ("B24:", 109.16, 135.21)]
    words += [Word(t, Box(x0, 712.75, x1, 722.5), "F-Bold", 9.75, True, 712, True) for t, x0, x1 in label]
    words += line("Capaian Target:", 161.44, 712.75, 9.75) + line("isi", 161.44, 724.75, 9.75)
    content = split_page(Page(1, 595, 842, words, rules), set())
    cells = [[[w.text for w in c.words] for c in g.cells] for f in content.fragments for g in f.groups]
    assert cells[0][0][-6:] == [t for t, *_ in run_over]
    assert cells[1][0] == ["Target", "B24:", "Sedangkan", "diverifikasi"]


CALADEA_COLS = (72.38, 165.38, 436.12, 538.88)


def caladea(text: str, x0: float, x1: float, top: float, bold: bool = False) -> Word:
    font = "Caladea-Bold" if bold else "Caladea-Regular"
    return Word(text, Box(x0, top, x1, top + 12.64), font, 11.0, bold, int(top), True)


def test_a_run_over_into_the_next_tables_heading_row_is_not_that_headings_text_run_on() -> None:
    # The left cell of a table ending at 292.15 runs on at the list item's indent (95.33):
    # "tujuan," across the next table's top rule (303.4), "kebutuhan," 12.75 lower over that
    # table's heading "Kementerian PPN / BAPPENAS" (bold, from 77.74), then over the row below
    # it, whose own list item stands at the same indent and steps: "publik" 0.75 pt over
    # "masuk layer", "terbuka," and "pidana." at one place to the hundredth of a point.
    # The heading row holds one line of its own; "tujuan," and "kebutuhan," are run into it
    # from above (`run_in.run_in`), so the heading does not run on over the row below at their
    # indent and steps ("masuk layer" is the row's). Of the two words at one place, "pidana."
    # would have fit the room "publik" left before the column's edge: "terbuka," goes on it.
    rules = table_rules((200.0, 292.15), cols=CALADEA_COLS)
    rules += table_rules((303.4, 321.4, 537.4), heading=True, cols=CALADEA_COLS)
    upper = [
        ("stakeholder", 95.33, 148.07, 204.6), ("pemilu", 95.33, 126.86, 217.35), ("terhubung", 95.33, 142.94, 230.85),
        ("PBNU", 95.33, 122.73, 243.6), ("mobile", 129.49, 160.29, 243.6), ("beberapa", 95.33, 136.68, 257.1),
        ("instansi", 95.33, 131.05, 270.6), ("layak", 136.37, 160.3, 270.6),
        ("surat", 95.33, 118.55, 283.35), ("rapat", 136.5, 160.29, 283.35),
    ]
    run_over = [
        ("tujuan,", 95.33, 127.27, 296.85), ("kebutuhan,", 95.33, 146.7, 309.6),
        ("dua", 95.33, 112.22, 323.1), ("tidak", 116.11, 139.38, 323.1), ("dan", 143.28, 160.29, 323.1),
        ("sebesar", 95.33, 128.88, 336.6), ("maka", 135.33, 160.29, 336.6), ("publik", 95.33, 124.56, 349.35),
        ("terbuka,", 95.33, 132.78, 362.85), ("minimal.", 95.33, 135.84, 375.6),
    ]
    item = [
        ("1.", 84.88, 93.23, 336.6), ("Pencatatan", 95.33, 145.37, 336.6),
        ("masuk", 95.33, 125.52, 350.1), ("layer", 138.1, 160.3, 350.1), ("pidana.", 95.33, 128.54, 362.85),
        ("2.", 84.88, 93.23, 376.35), ("Perbaikan", 95.33, 141.05, 376.35),
        ("akan", 95.33, 117.49, 389.1), ("perkara.", 122.98, 160.3, 389.1), ("Rutin.", 95.33, 122.87, 402.6),
    ]
    words = [caladea(t, x0, x1, top) for t, x0, x1, top in [*upper, *run_over, *item]]
    heading = [("Kementerian", 77.74, 143.03), ("PPN", 145.44, 166.02), ("/", 168.44, 173.99), ("BAPPENAS", 176.41, 229.28)]
    words += [caladea(t, x0, x1, 305.1, bold=True) for t, x0, x1 in heading]
    words += [caladea("Target", 77.74, 109.14, 323.1, True), caladea("B06:", 111.55, 133.37, 323.1, True)]
    words += [caladea("Capaian", 171.04, 210.73, 323.1, True), caladea("Target:", 213.15, 247.62, 323.1, True)]
    words += [caladea("Nilai", 441.61, 463.46, 323.1), caladea("100%", 465.88, 491.01, 323.1)]
    capaian = [336.6, 350.1, 362.85, 376.35, 389.1, 402.6, 416.1]
    words += [caladea(f"capaian{k}", 171.04, 230.0, t) for k, t in enumerate(capaian)]
    # in the order the layout reads a page: line by line, then by left and right edge
    # ("pidana." before "terbuka,", "sebesar" before "Pencatatan")
    words.sort(key=lambda w: (w.box.top, w.box.x0, w.box.x1))
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content) == [
        [" ".join(t for t, *_ in [*upper, *run_over]), "", ""],
        ["Kementerian PPN / BAPPENAS"],
        [
            "Target B06: 1. Pencatatan masuk layer pidana. 2. Perbaikan akan perkara. Rutin.",
            "Capaian Target: " + " ".join(f"capaian{k}" for k in range(len(capaian))),
            "Nilai 100%",
        ],
    ]


def test_a_last_line_set_short_of_the_pitch_just_under_the_rule_over_the_label_is_the_text_above() -> None:
    """A run-over line set short of the pitch may land just under the rule, above the row's own text.

    Chromium (Inter, 10 pt) sets the last line of a row's fragment 0.75 pt
    short of its 12 pt pitch ("ian." 11.25 under "penyelesa"). Here that puts
    it 0.65 pt under the rule at 574.1, not across it, while the row below
    begins its own lines ("Target B24:", "Capaian Target:") 2.15 pt under the
    rule: the line begins above where the row's own text can, drawn over the
    label's "B24:", and is the text above's. Read with the row, "ian." split
    the label and the target was lost.
    """
    cols = (64.1, 155.6, 441.0, 540.0)
    ys = (400.0, 574.1, 770.2)
    rules = [rule_h(y, cols[0], cols[3]) for y in ys] + [rule_v(x, ys[0], ys[-1]) for x in cols]
    rules.append(rule_h(609.4, cols[1], cols[3]))
    tops = [563.5 - 12.0 * k for k in range(13, -1, -1)]
    words = [w for k, t in enumerate(tops) for w in line(f"baris{k}", 101.5, t, 11.8)]
    words += line("Proses Kokreasi:", 161.3, 402.15, 11.8) + line("Aktif", 445.9, 402.15, 11.8)
    words += [word("ian.", 101.5, 574.75, 118.1, 586.55)]
    words += [word("Target", 69.5, 576.25, 101.2, 588.05), word("B24:", 103.6, 576.25, 126.1, 588.05)]
    words += line("Pembangunan", 69.5, 588.25, 11.8) + line("memberikan", 69.5, 600.25, 11.8)
    words += line("Capaian Target:", 161.3, 576.25, 11.8) + line("Dibuka.", 161.3, 588.25, 11.8)
    words += line("Nilai: 100%", 445.9, 576.25, 11.8)
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content) == [
        [" ".join(f"baris{k}" for k in range(14)) + " ian.", "Proses Kokreasi:", "Aktif"],
        ["Target B24: Pembangunan memberikan", "Capaian Target: Dibuka.", "Nilai: 100%", "", ""],
    ]


def test_a_run_over_at_the_labels_edge_no_step_under_the_label_goes_to_the_cell_above() -> None:
    """A run-over's next line at the edge of the cell below is the run-over's when no step lies between it and the label.

    Chromium, Gentium Plus 12 pt, steps 13.5 and 12.75: "diverifikasi" runs
    past the rule (188.25) over the label "Target B12:" of a row with no
    target text, 2.25 pt under it; "responsif." a step (13.5) lower starts at
    the cell's edge like the label, but 15.75 pt under it, no step of any
    text: the label's own next line would lie a step under it. It was left
    in the label's cell, as the row's target text.
    """
    cols = (64.1, 156.0, 421.9, 520.0)
    ys = (60.0, 188.25, 320.0)
    rules = [rule_h(y, cols[0], cols[3]) for y in ys] + [rule_v(x, ys[0], ys[-1]) for x in cols]
    rules.append(rule_h(299.0, cols[1], cols[3]))
    tops = [88.7, 101.45, 114.95, 127.7, 141.2, 155.45, 168.95, 181.7]
    words = [w for k, t in enumerate(tops) for w in line(f"baris{k}", 69.49, t, 12.0)]
    words += line("Proses Kokreasi:", 161.44, 63.0, 12.0) + line("Aktif", 428.1, 63.0, 12.0)
    words += [word("diverifikasi", 69.49, 195.2, 119.78, 207.2), word("responsif.", 69.49, 208.7, 113.58, 220.7)]
    words += [word("Target", 69.49, 192.95, 100.88, 204.95), word("B12:", 103.3, 192.95, 124.0, 204.95)]
    words += line("Capaian Target:", 161.44, 192.95, 12.0) + line("Menilai implementasi", 161.44, 205.7, 12.0)
    words += line("penegakan, baru", 161.44, 219.2, 12.0) + line("Nilai: 10", 428.1, 192.95, 12.0)
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content)[0][0] == " ".join(f"baris{k}" for k in range(8)) + " diverifikasi responsif."
    assert heads(content)[1][:3] == ["Target B12:", "Capaian Target: Menilai implementasi penegakan, baru", "Nilai: 10"]


def test_a_rows_first_line_set_above_its_rule_as_every_cells_is_stays_in_its_row() -> None:
    # EB Garamond's box (ascent and descent) is taller than the cells' padding: every
    # cell's first line begins 0.7 pt above its top rule, the heading's as the row's.
    # The row's first line lies a step of the text (15.1) under the heading's line and
    # above the rule, yet it is where the row's own text begins, no run-over of the heading
    cols = (66.6, 159.9, 430.5, 533.2)
    rules = [rule_h(y, cols[0], cols[3]) for y in (200.0, 215.1, 480.0)]
    rules += [rule_v(x, 200.0, 480.0) for x in (cols[0], cols[3])] + [rule_v(x, 215.1, 480.0) for x in cols[1:3]]
    words = line("Lembaga Pengadaan", 72.1, 199.3, 12.0)
    words += line("Target B12:", 72.1, 214.4, 12.0) + line("Mendetailkan", 72.1, 228.2, 12.0)
    tops = [214.4, 228.2, 242.0, 257.1, 270.9]  # 13.8 pt, and 15.1 after a list item
    words += [w for k, t in enumerate(tops) for w in line("Capaian Target:" if k == 0 else f"baris{k}", 165.4, t, 12.0)]
    words += line("Nilai: 100%", 436.0, 214.4, 12.0)
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content) == [
        ["Lembaga Pengadaan"],
        ["Target B12: Mendetailkan", "Capaian Target: baris1 baris2 baris3 baris4", "Nilai: 100%"],
    ]


def test_a_run_over_goes_on_under_a_label_whose_middle_word_lies_at_its_indent() -> None:
    """A word of the label's line that only lies at the run-over's indent begins no line of the label's cell there.

    Chromium, Cantarell 10 pt, pitch 12: a list item (text at 122.48, marker
    at 116.52) runs past its rule (749.25) over the label "Target (2) B06:"
    (from 90.49) of a row with no target text: "sama mengenai" is drawn over
    "(2)", which begins 0.46 pt right of the indent; "ajudikasi resiko" a
    step lower lies over nothing. "(2)" is the middle of a line begun at the
    cell's edge, no line of the label's cell begun at the indent (a list
    item's text after its marker), so "ajudikasi resiko" is the run-over's.
    It was left in the label's cell, as the row's target text.
    """
    cols = (85.1, 211.5, 438.75, 538.1)
    ys = (89.4, 749.25, 784.9)
    rules = [rule_h(y, cols[0], cols[3]) for y in ys] + [rule_v(x, ys[0], ys[-1]) for x in cols]
    words = line("•", 116.52, 621.5) + line("Berdasarkan", 122.48, 621.5)
    words += [w for k in range(8) for w in line(f"isi{k}", 122.48, 633.5 + 12 * k)]
    words += line("•", 116.52, 729.5) + line("TPPT WVI", 122.48, 729.5) + line("pengembangan", 122.48, 741.5)
    words += [word("sama", 122.48, 753.52, 146.22, 763.58), word("mengenai", 148.41, 753.52, 192.44, 763.58)]
    words += [word("ajudikasi", 122.48, 765.52, 160.99, 775.58), word("resiko", 163.19, 765.58, 189.98, 775.58)]
    label = [word("Target", 90.49, 753.52, 120.84, 763.6), word("(2)", 122.94, 753.5, 134.89, 763.52)]
    label += [word("B06:", 136.98, 753.5, 158.45, 763.52)]
    words += [Word(w.text, w.box, "F-Bold", 10, True, w.line, True) for w in label]  # the label in bold
    words += [w for k in range(11) for w in line(f"kanan{k}", 217.54, 621.5 + 12 * k)]
    words += line("Capaian Target:", 217.54, 753.5) + line("Nilai: 0%", 444.41, 753.5)
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content)[0][0].endswith("• TPPT WVI pengembangan sama mengenai ajudikasi resiko")
    assert heads(content)[1] == ["Target (2) B06:", "Capaian Target:", "Nilai: 0%"]


def test_a_run_over_word_in_the_space_of_the_next_rows_label_goes_to_the_cell_above() -> None:
    """A run-over's last word lying in the space between two words of the label below is the cell above's.

    Chromium, Noto Sans 12 pt, steps 14.25 and 15: a narrow list item (every
    line at 128.88) runs past its rule (217.5) with its final stop, a step
    (15) under "patkan" at the item's indent. There it lies in the space
    between the bold label's "Target" (ending 128.95) and "B12:" (from
    132.07), 0.75 pt higher than the label and in the regular face: no word
    of the label's line, whose words stand a space apart. Nothing covers it
    and it lies under the rule, so it was read with the label ("Target .
    B12:"), the label no longer matched and the row was lost.
    """
    cols = (85.125, 175.575, 456.75, 538.125)
    ys = (72.375, 217.5, 531.0)
    rules = [rule_h(y, cols[0], cols[3]) for y in ys] + [rule_v(x, ys[0], ys[-1]) for x in cols]
    tops = [76.65, 90.9, 105.15, 119.4, 133.65, 148.65, 162.9, 177.15, 191.4, 205.65]
    words = [w for k, t in enumerate(tops) for w in line(f"b{k}", 128.88, t, 12.0)]
    words += [word(".", 128.88, 220.65, 132.1, 232.65)]
    label = [word("Target", 90.49, 221.4, 128.95, 233.4), word("B12:", 132.07, 221.4, 157.28, 233.4)]
    words += [Word(w.text, w.box, "F-Bold", 10, True, w.line, True) for w in label]  # the label in bold
    words += line("1. Pemerinta", 96.48, 236.4, 12.0) + line("h/Pemda.", 109.69, 250.65, 12.0)
    words += line("Capaian Target:", 181.24, 221.4, 12.0) + line("Anak dokumen", 181.24, 236.4, 12.0)
    words += line("Nilai:100%", 462.56, 221.4, 12.0)
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content)[0][0] == " ".join(f"b{k}" for k in range(10)) + " ."
    assert heads(content)[1][:3] == ["Target B12: 1. Pemerinta h/Pemda.", "Capaian Target: Anak dokumen", "Nilai:100%"]


def test_a_run_over_at_its_list_items_hanging_indent_drawn_over_the_next_rows_label_goes_to_the_cell() -> None:
    # the upper cell's last line is a list item's first ("2. Seksual lembaga via", the marker
    # at the cell's edge 62.7, its text at 78.3), across the rule (388.85); the item's next
    # line "review, konsep, responsif." goes on at its hanging indent (79.5), a step lower,
    # drawn over the next row's label "Target B24:" begun at the cell's edge at the same top
    cols = (57.0, 192.0, 440.0, 538.0)
    rules = table_rules((290.0, 388.85, 500.0), cols=cols)
    tops = [306.2, 318.2, 330.9, 343.7, 356.4, 369.2]  # steps 12 and 12.75
    words = [word(f"baris{k}", 96.3, t, 150.0, t + 10.5) for k, t in enumerate(tops)]
    texts = [
        ("2.", 62.7, 69.9, 381.2), ("Seksual", 78.3, 108.8, 381.2), ("lembaga", 111.2, 144.2, 381.2),
        ("via", 146.6, 157.6, 381.2), ("review,", 79.5, 106.1, 393.9), ("konsep,", 108.5, 138.4, 393.9),
        ("responsif.", 140.8, 178.0, 393.9), ("Target", 62.7, 88.5, 393.9), ("B24:", 90.9, 109.6, 393.9),
        ("Penyidik", 62.7, 94.9, 406.7), ("teknis", 97.3, 119.6, 406.7), ("kapasitas", 122.0, 158.4, 406.7),
        ("disediakan", 62.7, 103.8, 418.7),
    ]
    words += [word(t, x0, y, x1, y + 10.5) for t, x0, x1, y in texts]
    words += line("Capaian Portal publik", 197.8, 393.9, 10.5)
    content = split_page(Page(1, 595, 842, words, rules), set())
    got = heads(content)
    assert got[0][0].endswith("baris5 2. Seksual lembaga via review, konsep, responsif.")
    assert got[1][0] == "Target B24: Penyidik teknis kapasitas disediakan"


def test_a_run_over_broken_at_a_hyphen_goes_on_with_the_line_that_opens_in_lower_case() -> None:
    """Of two lines drawn over each other at one place, in one face, the one going on a cut word is the run-over's.

    Chromium, Liberation Serif 12 pt, steps 13.5 and 12.75 in both texts: a
    target runs over its row's bottom rule (229.5) with a URL. Its line
    "g/datin-jasa/id-barang-" is drawn over the next row's label "Target
    B12:", and its next line "view-view-publik-index" over that row's
    "Tanggal, sosial-ekonomi", at the very same top and left edge. Geometry
    cannot tell the two; the URL cut at a hyphen goes on in lower case, so
    "view-…" is the run-over's. "Tanggal," was read into the URL.
    """
    cols = (64.12, 196.5, 434.25, 538.12)
    rules = table_rules((72.38, 229.5, 424.88), cols=cols)
    tops = [153.7, 167.2, 179.95, 193.45, 206.95]
    words = [word(f"isi{k}", 69.49, t, 109.78, t + 12.18) for k, t in enumerate(tops)]
    texts = [
        ("https://www.antikorupsi.or", 69.49, 187.25, 219.7), ("g/datin-jasa/id-barang-", 69.49, 169.6, 233.2),
        ("Tanggal,", 69.49, 107.49, 245.95), ("sosial-ekonomi", 110.24, 177.4, 245.95),
        ("view-view-publik-index", 69.49, 175.72, 245.95), ("mengetahui.", 69.49, 123.52, 259.45),
        ("misalnya", 69.49, 109.18, 258.7), ("uji", 111.93, 123.53, 258.7), ("NTB.", 69.49, 94.23, 272.2),
    ]
    words += [word(t, x0, y, x1, y + 12.18) for t, x0, x1, y in texts]
    label = [word("Target", 69.49, 232.45, 100.23, 244.63), word("B12:", 102.97, 232.45, 124.96, 244.63)]
    words += [Word(w.text, w.box, "F-Bold", 10, True, w.line, True) for w in label]  # the label in bold
    words += line("Capaian Target:", 202.42, 232.45, 12.18) + line("Sosial, diverifikasi", 202.42, 245.95, 12.18)
    words += line("Nilai: 0%", 439.79, 232.45, 12.18)
    content = split_page(Page(1, 595, 842, words, rules), set())
    got = heads(content)
    assert got[0][0].endswith("isi4 https://www.antikorupsi.or g/datin-jasa/id-barang- view-view-publik-index mengetahui.")
    assert got[1][0] == "Target B12: Tanggal, sosial-ekonomi misalnya uji NTB."


def test_a_list_items_next_line_right_of_its_first_word_stays_in_its_row_under_a_run_over() -> None:
    """A line at a list item's hanging indent, under the item's first line, is the item's, not a run-over's.

    Chromium, Carlito 10 pt, pitch 12: a list item of the target above (text
    at 78.74) runs two lines past its rule (234.0), over the next row's label
    "Target (2) B18:" and its item "1. Secara berdasarkan.". Chromium sets an
    item's first word after its marker 1.25 pt left of the item's next lines:
    "Secara" at 77.49, "Strategi." at 78.74, the run-over's indent too. A
    step under both texts' lines, "Strategi. Peran." goes on the row's own
    item, begun there within a cell's alignment; it was read into the target
    above.
    """
    cols = (57.38, 187.5, 440.25, 523.88)
    rules = table_rules((89.62, 234.0, 520.12), cols=cols)
    words = line("8.", 62.74, 189.0) + [word("Mengundang", 77.49, 189.0, 131.48, 199.0)]
    tops = [201.0, 213.0, 225.0, 237.0]
    words += [word(f"isi{k}", 78.74, t, 128.22, t + 10.0) for k, t in enumerate(tops)]
    texts = [
        ("realisasi", 78.74, 111.34, 249.0), ("mulai.", 113.6, 137.87, 249.0),
        ("1.", 62.74, 70.33, 249.0), ("Secara", 77.49, 104.06, 249.0), ("berdasarkan.", 106.32, 159.05, 249.0),
        ("Strategi.", 78.74, 112.39, 261.0), ("Peran.", 114.65, 140.43, 261.0),
        ("2.", 62.74, 70.33, 273.0), ("Saat", 77.49, 94.92, 273.0), ("pemahaman.", 78.74, 132.32, 285.0),
    ]
    words += [word(t, x0, y, x1, y + 10.0) for t, x0, x1, y in texts]
    label = [word("Target", 62.74, 237.0, 88.37, 247.0), word("(2)", 90.63, 237.0, 101.93, 247.0)]
    label += [word("B18:", 104.18, 237.0, 122.68, 247.0)]
    words += [Word(w.text, w.box, "F-Bold", 10, True, w.line, True) for w in label]  # the label in bold
    words += line("Capaian Target:", 193.57, 237.0) + line("Ketidaklengkapan orang", 193.57, 249.0)
    words += line("pembelajaran", 193.57, 261.0) + line("Nilai: -", 445.89, 237.0)
    content = split_page(Page(1, 595, 842, words, rules), set())
    got = heads(content)
    assert got[0][0].endswith("isi2 isi3 realisasi mulai.")
    assert got[1][0] == "Target (2) B18: 1. Secara berdasarkan. Strategi. Peran. 2. Saat pemahaman."


def test_a_run_over_goes_on_under_the_sliver_its_line_above_was_taken_from() -> None:
    """A run-over's next line under a sliver cell it emptied is taken from the cell under that sliver.

    Chromium, Noto Sans 9 pt, steps 12 and 12.75: a target continued from
    the page before runs past its cell's bottom rule (424.1), which stands
    4.2 pt above the other columns' (428.3), so the grid holds a sliver of
    the first column between the row and the next. "sedangka" lies mostly in
    the sliver; "n.", its word's end, is drawn over the next row's label
    "Target B24:" between its two words, a step lower. The label read
    "Target n. B24:", matched no label, and the row was lost.
    """
    cols = (57.4, 153.9, 433.5, 538.9)
    rules = [rule_h(90.2, cols[0], cols[3]), rule_h(424.1, cols[0], cols[1]), rule_h(428.3, cols[0], cols[3])]
    rules += [rule_h(615.4, cols[0], cols[3])] + [rule_v(x, 90.2, 615.4) for x in cols]
    tops = [94.35, 107.1, 119.1, 131.85, 144.6, 157.35, 170.1, 182.1, 194.85, 207.6, 220.35, 233.1]
    tops += [245.1, 257.85, 270.6, 283.35, 296.1, 308.1, 320.85, 333.6, 346.35, 359.1, 371.1, 383.85]
    tops += [396.6, 409.35]
    words = [word(f"isi{k}", 96.33, t, 136.0, t + 10.5) for k, t in enumerate(tops)]
    words += [word("sedangka", 96.33, 421.35, 144.07, 431.85), word("n.", 96.33, 434.1, 105.63, 444.6)]
    label = [word("Target", 62.74, 432.6, 96.39, 443.1), word("B24:", 99.12, 432.6, 121.18, 443.1)]
    words += [Word(w.text, w.box, "F-Bold", 10, True, w.line, True) for w in label]  # the label in bold
    words += [word("Pemilu.", 62.74, 445.35, 99.56, 455.85), word("Langsung.", 62.74, 458.1, 114.36, 468.6)]
    words += line("Proses Kokreasi:", 159.19, 99.6, 10.5) + line("Daring elektronik.", 159.19, 112.35, 10.5)
    words += line("Capaian Target:", 159.19, 432.6, 10.5) + line("Salah tanggal.", 159.19, 445.35, 10.5)
    words += line("Nilai: 0%", 438.89, 432.6, 10.5)
    content = split_page(Page(1, 595, 842, words, rules), set())
    got = [h for hs in heads(content) for h in hs]
    assert any(h.endswith("isi25 sedangka n.") for h in got)
    assert "Target B24: Pemilu. Langsung." in got


def test_a_run_over_goes_on_over_a_whole_row_and_into_the_next() -> None:
    """A run-over that passes the bottom of the row below goes on over the row under that one.

    Chromium, Carlito 11 pt, steps 13.5 and 12.75: a list item (text at
    112.92) runs past its row's rule (663.75) over the whole next row, its
    lines 0.75 pt under that row's own lines at "sensitifitas", and on over
    the row after, "publik mudah" 2.25 pt under its label "Target (3) B06:".
    "bagi sehingga publik mudah dikarenakan minimal." went into the middle
    row's target.
    """
    cols = (72.4, 180.0, 424.5, 523.1)
    rules = table_rules((570.0, 663.75, 727.5, 785.6), cols=cols)
    words = line("Target (1) B06:", 77.74, 574.0, 11.0) + line("2.", 100.0, 587.45, 11.0)
    tops = [587.45, 600.95, 613.7, 627.2, 639.95, 653.45]
    words += [word(f"isi{k}", 112.92, t, 150.0, t + 11.0) for k, t in enumerate(tops)]
    over = [("penerapan", 666.95), ("membuat.", 680.45), ("Sejak", 693.2), ("sensitifitas", 706.7)]
    over += [("bagi sehingga", 719.45), ("publik mudah", 732.95), ("dikarenakan", 746.45), ("minimal.", 759.2)]
    for text, top in over:  # Carlito's narrow letters: about 4.3 pt each
        x = 112.92
        for t in text.split():
            words.append(word(t, x, top, x + 4.3 * len(t), top + 11.0))
            x += 4.3 * len(t) + 2.5
    bold = line("Target (2) B06:", 77.74, 666.95, 11.0) + line("Target (3) B06:", 77.74, 730.7, 11.0)
    words += [Word(w.text, w.box, "F-Bold", 10, True, w.line, True) for w in bold]  # the labels in bold
    words += line("Aksi NTT.", 77.74, 679.7, 11.0) + line("pemahaman", 77.74, 693.2, 11.0)
    words += line("mekanisme antara.", 77.74, 705.95, 11.0)
    words += line("Seperti kelompok", 77.74, 743.45, 11.0) + line("platform.", 77.74, 756.95, 11.0)
    for top in (574.0, 666.95, 730.7):
        words += line("Capaian Target:", 186.09, top, 11.0) + line("Nilai: 0%", 429.9, top, 11.0)
    content = split_page(Page(1, 595, 842, words, rules), set())
    got = [hs[0] for hs in heads(content)]
    assert got[0].endswith("isi5 penerapan membuat. Sejak sensitifitas bagi sehingga publik mudah dikarenakan minimal.")
    assert got[1:] == ["Target (2) B06: Aksi NTT. pemahaman mekanisme antara.", "Target (3) B06: Seperti kelompok platform."]


def test_a_list_item_under_the_label_a_run_over_lies_beside_stays_in_its_row() -> None:
    """A row's list item a step under its label, at the run-over's indent, is the row's own.

    Chromium, FreeSerif 10.5 pt, steps 12.75 and 12: the item above (text at
    79.54) runs over its rule (359.2) with "mendapatkan.", 0.75 pt above the
    next row's label "Target B24:". A step under both, the row's "1. Masih
    berorganisasi" begins its item at 79.54 too, its marker left of it on
    its line: the row's text, not the run-over's.
    """
    cols = (57.4, 169.5, 421.5, 523.9)
    rules = table_rules((250.0, 359.2, 596.6), cols=cols)
    words = [word("3.", 69.04, 324.6, 76.92, 335.1)] + line("Wilayah paralegal.", 79.54, 324.6, 10.5)
    words += line("Mengatur pusat", 79.54, 337.35, 10.5) + line("terserap,", 79.54, 350.1, 10.5)
    words += line("mendapatkan.", 79.54, 362.1, 10.5)
    label = line("Target B24:", 62.74, 362.85, 10.5)
    words += [Word(w.text, w.box, "F-Bold", 10, True, w.line, True) for w in label]  # the label in bold
    words += [word("1.", 69.04, 374.85, 76.92, 385.35)] + line("Masih berorganisasi", 79.54, 374.85, 10.5)
    words += line("telah laboratorium", 79.54, 387.6, 10.5) + line("serta", 79.54, 400.35, 10.5)
    for top in (254.0, 362.85):
        words += line("Capaian Target:", 174.88, top, 10.5) + line("Nilai: 0%", 426.0, top, 10.5)
    content = split_page(Page(1, 595, 842, words, rules), set())
    got = [hs[0] for hs in heads(content)]
    assert got[0].endswith("3. Wilayah paralegal. Mengatur pusat terserap, mendapatkan.")
    assert got[1] == "Target B24: 1. Masih berorganisasi telah laboratorium serta"


def test_a_label_drawn_across_a_headings_bottom_rule_far_right_of_its_text_is_no_run_over() -> None:
    """ReportLab centres a cut cell's co-creation label in the part of the cell on the new page, and
    draws "Semi-Aktif" across the bottom rule of the implementer heading the table repeats above it,
    3 pt above the rule and at the heading's pitch under its last line. No line of the heading's text
    begins far right of where its lines begin: the label stays in its cell."""
    rules = table_rules((56.7, 86.7, 176.7), heading=True)
    words = line("Kementerian Desa Pembangunan", 62.74, 59.0, 11.0) + line("PDTT)", 62.74, 71.0, 11.0)
    words += line("sebagaimana, aksi namun", 159.0, 88.9, 11.0) + line("Pelatihan sekretariat", 159.0, 100.9, 11.0)
    words += line("Semi-Aktif", 458.6, 83.0, 11.0)
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content) == [
        ["Kementerian Desa Pembangunan PDTT)"],
        ["", "sebagaimana, aksi namun Pelatihan sekretariat", "Semi-Aktif"],
    ]


def test_a_run_over_drawn_over_the_rows_label_at_a_step_only_the_pages_other_texts_show_goes_to_the_cell() -> None:
    # Chromium, Liberation Serif: the upper left cell steps 14.25 pt only; its rest "sepanjang."
    # lies 15 lower (a step the right cell shows), 3 pt under the row's label "Target B12:",
    # drawn over it: a row never draws its own words over each other
    rules = [rule_h(y, COLS[0], COLS[3]) for y in (60.0, 142.1, 400.0)] + [rule_v(x, 60.0, 400.0) for x in COLS]
    tops = [75.56, 89.81, 104.06, 118.31, 132.56]
    words = [w for k, t in enumerate(tops) for w in line(f"baris{k}", 62.74, t, 13.3)]
    right = [75.56, 89.81, 104.81, 119.06, 133.31]  # 14.25 and 15
    words += [w for k, t in enumerate(right) for w in line(f"kanan{k}", 160.0, t, 13.3)]
    words += line("sepanjang.", 62.74, 147.56, 13.3)
    words += line("Target B12:", 62.74, 144.56, 13.3) + line("Membantu", 62.74, 159.56, 13.3)
    words += line("Capaian", 160.0, 144.56, 13.3)
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content) == [
        [" ".join(f"baris{k}" for k in range(5)) + " sepanjang.", " ".join(f"kanan{k}" for k in range(5)), ""],
        ["Target B12: Membantu", "Capaian", ""],
    ]


def test_a_first_line_of_low_glyphs_set_high_under_a_sub_rows_rule_stays_in_its_row() -> None:
    """TeX sets a cell's first line as high as its padding lets its glyphs go: the co-creation label "-"
    under the sub-row's rule (109.3), its em box 2.4 pt over the rule, its ink (a dash, a third of an em
    over the baseline) well under it, 1.2 pt earlier than the score's next line would be due. It is the
    label's cell's text, no run-over of "Nilai: 100%": its box crosses the rule, its ink does not.
    """
    cols = (56.7, 192.4, 452.2, 538.2)
    rules = [rule_h(81.6, cols[0], cols[3]), rule_h(254.3, cols[0], cols[3]), rule_h(109.3, cols[1], cols[3])]
    rules += [rule_v(x, 81.6, 254.3) for x in cols]
    words = line("Target B06:", 61.0, 84.2) + line("Capaian Target:", 197.0, 84.2) + line("Tersusun.", 197.0, 96.1)
    words += line("Nilai:", 458.6, 84.2) + line("100%", 457.8, 96.1)
    words += line("Proses Kokreasi:", 197.0, 112.0) + line("Dibahas.", 197.0, 123.9)
    words += [word("-", 456.9, 106.9, 460.2, 116.9)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content) == [["Target B06:", "Capaian Target: Tersusun.", "Nilai: 100%", "Proses Kokreasi: Dibahas.", "-"]]
    # at the text's step exactly, a stop run over the rule by its box is the text above's (Chromium's "an.")
    words = [w for w in words if w.text != "-"] + [word(".", 457.8, 108.0, 460.6, 118.0)]
    content = split_page(Page(1, 595, 842, words, rules), set())
    assert heads(content)[0][2] == "Nilai: 100% ."


def test_a_list_items_run_over_goes_on_at_its_hanging_indent_after_its_first_line_taken() -> None:
    # Chromium, Noto Sans (em boxes): a sub-item "o Jasa" (marker at 81.94, text at 101.13) runs past
    # the rule (421.5): "penelitian" over the row's label "Target B12:", 0.1 pt into "Target", then
    # "ruang." a step (14.25) lower at the item's indent, 4.5 pt over the row's own "Maka"
    rules = table_rules((72.38, 421.5, 619.12), cols=(57.38, 169.5, 440.25, 523.88))
    texts = [("d/kontrak/", 101.13, 306.9), ("kontrak-", 101.13, 321.15), ("barang-", 101.13, 335.4)]
    texts += [("informasi-", 101.13, 349.65), ("jasa", 101.13, 363.9), ("dari", 141.22, 363.9)]
    texts += [("penguatan", 101.13, 378.9), (".", 101.13, 393.15), ("o", 81.94, 407.4), ("Jasa", 140.9, 407.4)]
    texts += [("penelitian", 101.13, 421.65), ("ruang.", 101.13, 435.9), ("Maka", 62.74, 440.4)]
    texts += [("kegiatan/fasilitas,", 62.74, 454.65), ("YLBHI", 62.74, 468.9)]
    words = [word(t, x0, y, x0 + 5.6 * len(t), y + 12.0) for t, x0, y in texts]
    bold = [("Target", 62.74, 101.2), ("B12:", 104.32, 129.53), ("Capaian", 174.88, 223.41), ("Target:", 226.53, 268.41)]
    words += [Word(t, Box(x0, 425.4, x1, 437.4), "Sans-Bold", 12, True, 425, True) for t, x0, x1 in bold]
    words += line("Nilai: 100%", 445.89, 425.4, 12.0) + line("Peta yakni", 174.88, 440.4, 12.0)
    content = split_page(Page(1, 595, 842, words, rules), set())
    got = heads(content)
    assert got[0][0].endswith("o Jasa penelitian ruang.")
    assert got[1][0] == "Target B12: Maka kegiatan/fasilitas, YLBHI"


def test_a_word_drawn_over_the_row_off_every_step_of_the_page_goes_on_the_run_over_drawn_before_it() -> None:
    """Chromium in Carlito: "saat format, hingga" across the row's rule, then "fitur," 11.25 pt under it, over
    the row's label "Target" (every text of the page steps 12). Off the page's steps, the drawing order tells:
    drawn after the run-over's line and before the label it covers, it is the run-over's."""
    from dataclasses import replace

    from ogi_extract.tables.overflow import _drawn_over_at

    like = replace(word("hingga", 121.39, 579.0, 148.29, 589.0), drawn=19)
    fitur = replace(word("fitur,", 62.74, 590.25, 81.76, 600.25), drawn=20)
    label = replace(word("Target", 62.74, 584.25, 88.37, 594.25), drawn=21)
    assert _drawn_over_at(fitur, [fitur, label], 579.0, {12.0}, like, 12.0)
    assert _drawn_over_at(fitur, [fitur, label], 579.0, {11.25, 12.0})  # a step of the page: the geometry's
    assert not _drawn_over_at(fitur, [fitur, label], 579.0, {12.0})  # no order known
    assert not _drawn_over_at(fitur, [fitur, replace(label, drawn=18)], 579.0, {12.0}, like, 12.0)  # drawn before it
    assert not _drawn_over_at(replace(fitur, box=Box(62.74, 586.0, 81.76, 596.0)), [label], 579.0, {12.0}, like, 12.0)
