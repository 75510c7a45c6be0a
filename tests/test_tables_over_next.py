"""A cell's text run on over the table below it: its lines taken from that table's cells by the text's steps."""

from ogi_extract.layout.model import Box, Word
from ogi_extract.tables.over_next import over_next


def word(text: str, x0: float, top: float, x1: float, bold: bool = False) -> Word:
    return Word(text, Box(x0, top, x1, top + 10.5), "F-Bold" if bold else "F", 10.5, bold, int(top), True)


def test_lines_drawn_over_the_next_table_and_beside_its_rows_line_go_to_the_cell() -> None:
    # the run-over (steps 12.75 and 12) goes on from "mudah" (232.35) over the heading
    # "Lembaga Pengadaan" (244.35 over 242.85), across the rule under it (256.88), over the
    # label's list item "1." (269.85), and "ng." 3 pt above the row's own line "FGD" beside it
    cell = [word("daring", 77.74, 232.35, 107.18), word("mudah", 109.79, 232.35, 142.2)]
    heading = [word("Lembaga", 77.74, 242.85, 121.37, True), word("Pengadaan", 123.98, 242.85, 176.93, True)]
    heading += [word("https://komisiinf", 77.74, 244.35, 154.81), word("ormasi.go.id/jas", 77.74, 257.1, 154.06)]
    target = [word("Target", 77.74, 260.1, 107.97, True), word("B06:", 126.62, 260.1, 148.33, True)]
    target += [word("a/file/view/bara", 77.74, 269.85, 152.54), word("1.", 77.74, 272.85, 86.41)]
    target += [word("Resiko", 93.47, 272.85, 124.79), word("ng.", 77.74, 282.6, 92.21)]
    target += [word("FGD", 94.54, 285.6, 114.38), word("lagi", 94.54, 298.35, 120.0)]
    next_words = [heading, target]
    reach = over_next(cell, next_words, 232.35, 12.75, {12.75, 12.0}, (72.88, 162.38), [239.62, 256.88, 500.0])
    assert [w.text for w in cell[2:]] == ["https://komisiinf", "ormasi.go.id/jas", "a/file/view/bara", "ng."]
    assert reach == 293.1
    assert [w.text for w in target] == ["Target", "B06:", "1.", "Resiko", "FGD", "lagi"]
    assert [w.text for w in heading] == ["Lembaga", "Pengadaan"]


def test_a_line_of_the_next_tables_row_at_its_own_step_stays() -> None:
    # nothing drawn over, no rule crossed, no line of the row beside it at another height
    cell = [word("akhir.", 77.74, 200.0, 110.0)]
    target = [word("Target", 77.74, 212.75, 107.97, True), word("isi", 77.74, 225.5, 95.0)]
    assert over_next(cell, [target], 200.0, 12.75, {12.75}, (72.88, 162.38), [209.0, 400.0]) == 0.0
    assert [w.text for w in target] == ["Target", "isi"]


def test_the_run_over_goes_on_at_its_indent_under_a_line_drawn_over_the_rows_label() -> None:
    # Chromium in Carlito: "integrasi" drawn over the label "Target B06:" begun at the cell's edge, then
    # "sasaran." a step lower at the run-over's indent, over nothing: the run-over's, not the row's text
    cell = [word("kebijakan", 103.1, 672.4, 143.3)]
    target = [word("Target", 69.5, 708.4, 96.4, True), word("B06:", 98.8, 708.4, 118.2, True)]
    target += [word("integrasi", 103.1, 710.6, 139.5), word("sasaran.", 103.1, 723.4, 138.0)]
    reach = over_next(cell, [target], 697.9, 12.75, {12.75}, (67.5, 158.0), [705.4, 785.0])
    assert [w.text for w in cell[1:]] == ["integrasi", "sasaran."]
    assert reach == 723.4 + 10.5
    assert [w.text for w in target] == ["Target", "B06:"]
    # a line at the cell's edge a step under the label is the row's own
    target = [word("Target", 69.5, 708.4, 96.4, True), word("B06:", 98.8, 708.4, 118.2, True)]
    target += [word("integrasi", 103.1, 710.6, 139.5), word("Darurat", 69.5, 723.4, 100.0)]
    cell = [word("kebijakan", 103.1, 672.4, 143.3)]
    over_next(cell, [target], 697.9, 12.75, {12.75}, (67.5, 158.0), [705.4, 785.0])
    assert [w.text for w in cell[1:]] == ["integrasi"]


def test_of_two_texts_begun_at_one_place_the_run_over_is_the_one_in_its_face() -> None:
    # Chromium, Liberation Serif: the target's last line "marjinal." drawn over the bold
    # heading "Stranas PK" of the table below, both at 204.6, both at the cell's edge
    cell = [word("fasilitas,", 69.5, 190.3, 109.8), word("ke", 126.0, 190.3, 137.4), word("putusan", 153.6, 190.3, 190.9)]
    for first in (True, False):
        heading = [word("Stranas", 69.5, 204.6, 108.8, True), word("PK", 111.8, 204.6, 128.5, True)]
        run = [word("marjinal.", 69.5, 204.6, 112.5)]
        heading = run + heading if first else heading + run
        out = list(cell)
        over_next(out, [heading], 190.3, 14.25, {14.25}, (64.1, 196.5), [202.1, 222.4])
        assert [w.text for w in out[3:]] == ["marjinal."]
        assert [w.text for w in heading] == ["Stranas", "PK"]


def test_the_run_over_goes_on_at_its_indent_beside_a_rows_line_set_far_more_than_a_space_before_it() -> None:
    # Chromium, Noto Sans: a list item's run-over (indent 125.67) drawn over the next table's
    # row, whose lines begin left of the item's column (90.49) and set words 2.86 pt apart;
    # "pingan." goes on "Pendam" a step lower, 12.1 pt after the row's own "pilot"
    def row() -> list[Word]:
        ws = [word("Target", 90.49, 441.25, 125.72, True), word("B24:", 128.58, 441.25, 151.68, True)]
        ws += [word("Penggunaan", 90.49, 454.0, 156.37), word("akses", 90.49, 467.5, 119.26)]
        ws += [word("terkait,", 122.12, 467.5, 158.61), word("belum.", 125.67, 467.5, 161.49)]
        ws += [word("pengawasan", 90.49, 480.25, 156.21), word("Pendam", 125.67, 481.0, 168.52)]
        return ws + [word("khususnya", 90.49, 507.25, 145.84)]

    for gap, taken in ((12.13, True), (2.86, False)):
        pilot = word("pilot", 90.49, 493.75, 125.67 - gap)
        target = [*row(), pilot, word("pingan.", 125.67, 493.75, 164.73)]
        cell = [word("onal", 125.67, 454.0, 148.12)]
        over_next(cell, [target], 454.0, 13.5, {12.75, 13.5}, (106.08, 177.58), [436.0, 600.0])
        assert [w.text for w in cell[1:]] == (["belum.", "Pendam", "pingan."] if taken else ["belum.", "Pendam"])
        assert ("pingan." in [w.text for w in target]) is not taken


def test_of_two_texts_at_two_steps_of_the_text_the_run_over_is_the_one_in_its_face() -> None:
    # Chromium, Cantarell Thin (Type3 faces, no bold flag): the run-over "bawahi terjadi." 13.5 under
    # the line above, the heading "Kejaksaan Agung" of the table below 12.75 under it; the text
    # steps by both
    def face(w: Word, font: str) -> Word:
        return Word(w.text, w.box, font, w.size, False, w.line, True)

    cell = [face(word("teridentifikasimenggaris", 90.49, 132.2, 205.48), "T6")]
    run = [face(word("bawahi", 90.49, 145.7, 124.83), "T6"), face(word("terjadi.", 127.47, 145.7, 159.94), "T6")]
    heading = [face(word("Kejaksaan", 90.49, 144.95, 137.94), "T8"), face(word("Agung", 140.57, 144.95, 172.21), "T8")]
    table = [*heading, *run]
    over_next(cell, [table], 132.2, 13.5, {12.75, 13.5}, (88.49, 213.88), [140.2, 160.0])
    assert [w.text for w in cell[1:]] == ["bawahi", "terjadi."]
    assert [w.text for w in table] == ["Kejaksaan", "Agung"]


def test_a_line_drawn_over_that_runs_out_of_the_column_ends_the_run_over() -> None:
    # of the two texts drawn over each other at the step, the one in the text's face runs on past
    # the column's rule: no line of the run-over; nothing is taken and the reading goes on
    cell = [word("akhir", 62.0, 100.0, 90.0)]
    table = [word("Lembaga", 150.0, 112.75, 200.0), word("Kota", 150.0, 112.75, 180.0, True)]
    assert over_next(cell, [table], 100.0, 12.75, {12.75}, (60.0, 190.0), [108.0, 300.0]) == 0.0
    assert [w.text for w in cell] == ["akhir"] and len(table) == 2
