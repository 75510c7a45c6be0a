"""Two texts drawn at one place (`tables.overlaid`): which words are the run-over's line, and which the row's own."""

from dataclasses import replace

from ogi_extract.layout.model import Box, Word
from ogi_extract.tables.overlaid import ending_text, one_text
from test_tables_steps import face, word


def test_one_text_takes_the_line_beginning_nearest_the_texts_indent() -> None:
    # "menerima." run over "Milestone" of the row below: two lines drawn over each other
    over = [word("menerima.", 55, 200, 40), word("Milestone", 50, 201, 45), word("M12:", 100, 201, 25)]
    assert [w.text for w in one_text(55, over)] == ["menerima."]
    assert [w.text for w in one_text(50, over)] == ["Milestone", "M12:"]
    assert one_text(50, []) == []


def test_one_text_of_two_begun_alike_is_the_one_at_the_height_it_is_due() -> None:
    # "pelaksanaan." run one pitch (14.25) under "Kesejahteraan" at 233.4, over the row's own
    # label "Target B24:" set 0.75 pt lower at the same indent
    over = [word("pelaksanaan.", 62.7, 247.65, 64), word("Target", 62.7, 248.4, 31), word("B24:", 96.2, 248.4, 30)]
    assert [w.text for w in one_text(62.7, over, 233.4 + 14.25)] == ["pelaksanaan."]
    assert [w.text for w in one_text(62.7, over, 233.4 + 15.0)] == ["Target", "B24:"]


def test_one_text_of_two_begun_alike_at_the_height_due_is_the_one_in_the_texts_font() -> None:
    # "transparansi." (regular) drawn over the bold label "Target B24:" at the very same place
    # (Chromium: the run-over of the target above and the row's own label, to the hundredth of a point)
    def face(text: str, x0: float, width: float, bold: bool) -> Word:
        return Word(text, Box(x0, 159.67, x0 + width, 171.67), "Sans-Bold" if bold else "Sans", 12, bold, 159, True)

    run_over = face("transparansi.", 77.74, 74.0, False)
    label = [face("Target", 77.74, 38.5, True), face("B24:", 119.32, 25.2, True)]
    words = [run_over, *label]
    above = face("progress", 77.74, 49.7, False)
    assert one_text(77.74, words, 159.67, like=above) == [run_over]
    assert one_text(77.74, list(reversed(words)), 159.67, like=above) == [run_over]
    bold_above = face("Kemenkumham", 77.74, 90.0, True)
    assert one_text(77.74, words, 159.67, like=bold_above) == label


def test_one_text_of_two_begun_alike_in_fonts_neither_like_is_the_one_in_a_font_the_text_uses() -> None:
    # Chromium sets a variable face as several Type3 fonts, a few glyphs each: the run-over
    # "teridentifikasimen" (font 6) and the bold label "Target B12:" (fonts 10 and 14) are drawn at
    # one place; the text's last line "integrasi" is in font 7, its lines above in fonts 5, 6, 7
    def face(text: str, x0: float, width: float, font: str) -> Word:
        return Word(text, Box(x0, 159.95, x0 + width, 170.94), font, 11, False, 159, True)

    run_over = face("teridentifikasimen", 69.49, 77.6, "Type3 (6 0 R)")
    label = [face("Target", 69.49, 28.4, "Type3 (10 0 R)"), face("B12:", 100.93, 17.9, "Type3 (14 0 R)")]
    above = face("integrasi", 69.49, 36.9, "Type3 (7 0 R)")
    faces = frozenset((f"Type3 ({n} 0 R)", False) for n in (5, 6, 7))
    for words in ([*label, run_over], [run_over, *label]):
        assert one_text(69.49, words, 159.95, like=above, faces=faces) == [run_over]
    assert one_text(69.49, [*label, run_over], 159.95, like=above) == label  # no faces: the first begun there


def test_one_text_never_goes_on_a_word_a_lines_height_off_its_last() -> None:
    # Chromium: the run-over "penelitian" (418.42) begins 0.1 pt into "Target" of the row's label
    # "Target B12:" (422.17) it is drawn over; the list item's marker "o" stood at 81.9, as far left of
    # "penelitian" as "Target" is; the row's other cells begin their lines at the label's height
    label = [word("Target", 62.7, 422.17, 38.5), word("B12:", 104.3, 422.17, 25.2)]
    run_over = word("penelitian", 101.1, 418.42, 56.1)
    assert one_text(81.9, [*label, run_over], theirs=(422.17,)) == [run_over]


def test_one_text_of_two_begun_alike_in_the_texts_font_goes_on_a_cut_word_in_lower_case() -> None:
    # "view-view-publik-index" drawn over the row's own "Tanggal, sosial-ekonomi" at the very same
    # place and in one face (Chromium): the text's last line ended inside a URL at a hyphen
    def face(text: str, x0: float, width: float) -> Word:
        return Word(text, Box(x0, 245.95, x0 + width, 258.13), "Serif", 12, False, 245, True)

    run_over = face("view-view-publik-index", 69.49, 106.2)
    row = [face("Tanggal,", 69.49, 38.0), face("sosial-ekonomi", 110.24, 67.2)]
    cut = face("g/datin-jasa/id-barang-", 69.49, 100.1)
    for words in ([*row, run_over], [run_over, *row]):
        assert one_text(69.49, words, 245.95, like=cut) == [run_over]
    whole = face("g/datin-jasa/id-barang", 69.49, 96.0)  # no cut: the first begun there, as before
    assert one_text(69.49, [*row, run_over], 245.95, like=whole) == row


def test_one_text_of_two_begun_alike_is_not_the_one_at_the_height_the_row_begins_its_cells() -> None:
    # "hanya format" run 12.75 (the text's other step) under "mempelajari" at 589.0, over the
    # row's own label "Target B24:" 0.8 pt lower, a whole pitch (13.5) under it; the row's other
    # cells ("Capaian Target:") begin their first lines at the label's height
    over = [word("hanya", 69.5, 601.7, 31.5), word("format", 115.2, 601.7, 35.3)]
    label = [word("Target", 69.5, 602.5, 35.2), word("B24:", 107.6, 602.5, 23.1)]
    assert one_text(69.5, [*over, *label], 589.0 + 13.5) == label
    assert one_text(69.5, [*over, *label], 589.0 + 13.5, theirs=(602.5,)) == over
    # a height no text stands at, or one both stand at, says nothing
    assert one_text(69.5, [*over, *label], 589.0 + 13.5, theirs=(640.0,)) == label
    assert one_text(69.5, [*over, *label], 589.0 + 13.5, theirs=(601.7, 602.5)) == label


def test_one_text_goes_on_the_line_its_word_follows_a_space_after_in_its_face() -> None:
    # "sedang berhasil" run over the heading "Tindak Lanjut:" at one top: "Lanjut:" lies 1.0 pt
    # after "sedang" (less than a space, in bold) and 3.8 pt after "Tindak", which ends further left
    words = [
        face("Tindak", 84.75, 127.52, 418.0, True),
        face("sedang", 90.49, 130.35, 418.0, False),
        face("Lanjut:", 131.35, 175.30, 418.0, True),
        face("berhasil", 133.84, 178.94, 418.0, False),
    ]
    assert [w.text for w in one_text(90.49, words)] == ["sedang", "berhasil"]
    assert [w.text for w in one_text(84.75, words)] == ["Tindak", "Lanjut:"]


def test_of_two_lines_a_word_follows_a_space_after_both_it_goes_on_the_one_in_its_face() -> None:
    # both a space before it: the regular run-over's word after the regular one, though the bold ends nearer
    words = [
        face("Kementerian", 50.0, 110.0, 200.0, True),
        face("ganti", 60.0, 112.0, 200.0, False),
        face("Sosial", 116.0, 150.0, 200.0, True),
        face("pula", 120.0, 145.0, 200.0, False),
    ]
    assert [w.text for w in one_text(50.0, words)] == ["Kementerian", "Sosial"]
    assert [w.text for w in one_text(60.0, words)] == ["ganti", "pula"]


def test_of_a_run_over_line_and_the_rows_own_drawn_over_it_the_one_not_gone_on_from_is_the_run_overs() -> None:
    # "basis zoom." and "kepemimpinan" 0.75 pt lower, one indent; "seksual" lies 12.75 under
    # "kepemimpinan" (a step of the text) and 13.5 under "basis" (none)
    basis, zoom = word("basis", 94.54, 484.35, 25.0), word("zoom.", 122.14, 484.35, 29.0)
    kepemimpinan, seksual = word("kepemimpinan", 94.54, 485.1, 69.0), word("seksual", 94.54, 497.85, 36.0)
    due = [basis, zoom, kepemimpinan]
    steps = {12.75, 12.0}
    assert ending_text([kepemimpinan], due, [*due, seksual], steps) == [basis, zoom]
    assert ending_text([basis, zoom], due, [*due, seksual], steps) == [basis, zoom]
    # both followed (the run-over goes on too): the line as chosen
    more = word("lagi", 94.54, 496.35, 20.0)
    assert ending_text([kepemimpinan], due, [*due, seksual, more], steps) == [kepemimpinan]


def test_a_word_where_the_run_over_is_due_begins_a_line_whatever_ends_before_it() -> None:
    # "ditiadakan civic." run over the row's own "Via disediakan", 0.75 pt higher: "ditiadakan"
    # at the run-over's indent (86.29) clears "Via" by 1.9 pt, less than a space (2.6) but more
    # than a tenth of an em; "disediakan" 0.76 right of the indent goes on "Via", and "civic."
    # on "ditiadakan" it follows a space after (0.01 pt after "disediakan")
    words = [
        face("Via", 69.49, 84.44, 223.5, False, 10.5),
        face("ditiadakan", 86.29, 134.92, 222.76, False, 10.5),
        face("disediakan", 87.05, 137.52, 223.5, False, 10.5),
        face("civic.", 137.53, 161.47, 222.76, False, 10.5),
    ]
    assert [w.text for w in one_text(86.29, words)] == ["ditiadakan", "civic."]


def test_one_text_of_two_begun_alike_is_not_the_one_whose_first_word_would_have_fit_the_line_above() -> None:
    # "terbuka," and "pidana." at one place; the run-over's line above ("publik") left 35.74 pt
    # before the text's edge: "pidana." (33.21 wide) would have fit there after a space, so the
    # run-over went on with "terbuka," (37.45); in either order the words come
    def caladea(text: str, width: float) -> Word:
        return Word(text, Box(95.33, 362.85, 95.33 + width, 375.49), "Caladea", 11.0, False, 362, True)

    terbuka, pidana = caladea("terbuka,", 37.45), caladea("pidana.", 33.21)
    assert one_text(95.33, [pidana, terbuka], room=35.74) == [terbuka]
    assert one_text(95.33, [terbuka, pidana], room=35.74) == [terbuka]
    # a full line above (no room) or room for both says nothing: the first as before
    assert one_text(95.33, [pidana, terbuka], room=0.3) == [pidana]
    assert one_text(95.33, [pidana, terbuka], room=45.0) == [pidana]


def test_one_text_of_two_begun_alike_is_not_the_one_that_runs_past_the_columns_rule() -> None:
    # Chromium in Cantarell Extra Bold: the target's last line "Persiapan." (font 5) drawn at the
    # very place of the heading "OMS Sektor Keadilan" (font 8) that spans the table below; the
    # text above ends in font 6, the column's rule at 184.5: the heading runs past it, the cell's
    # text never does
    def face(text: str, x0: float, x1: float, font: str) -> Word:
        return Word(text, Box(x0, 366.95, x1, 378.3), font, 11, False, 366, True)

    run_over = face("Persiapan.", 77.7, 132.5, "Type3 (5 0 R)")
    heading = [face("OMS", 77.7, 102.8, "Type3 (8 0 R)"), face("Sektor", 104.9, 139.7, "Type3 (8 0 R)"),
               face("Keadilan", 141.9, 187.7, "Type3 (8 0 R)")]
    above = Word("membantu.", Box(119.8, 354.2, 179.0, 365.6), "Type3 (6 0 R)", 11, False, 354, True)
    for words in ([*heading, run_over], [run_over, *heading]):
        assert one_text(77.7, words, 366.95, like=above, room=0.0, edge=184.5 + 1.0) == [run_over]
    # with no column given, the first begun there, as before
    assert one_text(77.7, [*heading, run_over], 366.95, like=above, room=0.0) == heading
    # both inside the column: the edge says nothing
    assert one_text(77.7, [*heading, run_over], 366.95, like=above, room=0.0, edge=200.0) == heading


def test_two_justified_lines_drawn_over_each_other_fall_apart_by_their_spaces_and_tops() -> None:
    """A run-over (from 79.54) drawn over a target cell's own lines (from 62.74), Chromium in Caladea.

    At one top, "pencatatan" lies 2.0 pt after "Fitur", which stands 20.1 pt
    after "Tahap." in that justified line: it ends the run-over's line
    "diakses," (21.5 pt after it), and "bidang" ends the row's. A line
    lower, "Sipil" stands at the top of "ajudikasi." and 0.75 pt under the
    run-over's "diantaranya", which it lies nearer after: it goes on its own
    top's line. A word 2.1 pt after the one word of a line at its top (a
    space of Caladea at a stop's box) still goes on there ("optimal. Juga."
    drawn over "• Reakreditasi").
    """
    line = [
        face("Tahap.", 62.74, 91.08, 167.55, False, 10.5),
        face("diakses,", 79.54, 113.29, 167.55, False, 10.5),
        face("Fitur", 111.19, 132.75, 167.55, False, 10.5),
        face("pencatatan", 134.76, 182.62, 167.55, False, 10.5),
        face("bidang", 153.18, 182.62, 167.55, False, 10.5),
    ]
    assert [w.text for w in one_text(79.54, line)] == ["diakses,", "pencatatan"]
    assert [w.text for w in one_text(62.74, line)] == ["Tahap.", "Fitur", "bidang"]
    lower = [
        face("ajudikasi.", 62.74, 104.02, 180.3, False, 10.5),
        face("diantaranya", 79.54, 131.59, 179.55, False, 10.5),
        face("Sipil", 163.74, 182.62, 180.3, False, 10.5),
    ]
    assert [w.text for w in one_text(79.54, lower)] == ["diantaranya"]
    assert [w.text for w in one_text(62.74, lower)] == ["ajudikasi.", "Sipil"]
    lines = [
        face("•", 73.04, 77.91, 472.35, False, 11.0),
        face("optimal.", 80.33, 117.29, 473.1, False, 11.0),
        face("Reakreditasi", 80.33, 136.47, 472.35, False, 11.0),
        face("Juga.", 119.38, 141.11, 473.1, False, 11.0),
    ]
    assert [w.text for w in one_text(80.33, lines, 473.1)] == ["optimal.", "Juga."]


def test_of_two_texts_drawn_at_one_place_the_drawing_order_tells_the_run_overs_words() -> None:
    """Chromium Noto Sans: a target's text run past its row's rule is drawn over the next row's own, both
    justified at one pitch in one face, their words at one height and begun at one indent. The page draws
    the run-over with its row, line after line, and the row below after it (`Word.drawn`)."""

    def at(text: str, x0: float, x1: float, top: float, drawn: int) -> Word:
        return replace(word(text, x0, top, x1 - x0), drawn=drawn)

    above = at("penyelenggaraan", 81.9, 160.0, 369.1, 10)
    # the row's words first in the list: without the order the first begun there is taken
    line = [at("orang", 81.9, 115.4, 397.6, 40), at("harus", 150.4, 182.6, 397.6, 41)]
    line += [at("masih", 81.9, 116.1, 397.6, 13), at("namun", 142.4, 182.6, 397.6, 14)]
    assert [w.text for w in one_text(81.9, line, 397.6, like=above)] == ["masih", "namun"]
    # a word goes on the line drawn nearest before it, not the one that ends nearest before it
    line = [at("karena", 81.9, 120.7, 411.9, 42), at("progres", 138.7, 182.6, 411.9, 43)]
    line += [at("responsif", 81.9, 134.2, 411.9, 15), at("MA", 164.1, 182.6, 411.9, 16)]
    assert [w.text for w in one_text(81.9, line, 411.9, like=above)] == ["responsif", "MA"]
    # the run-over's line rounded 0.7 pt off the height it is due at, the row's own there
    line = [at("miskin", 81.9, 118.9, 440.4, 46), at("penilaian,", 81.9, 136.9, 441.1, 19), at("peta", 157.4, 182.6, 441.1, 20)]
    assert [w.text for w in one_text(81.9, line, 440.4, like=above)] == ["penilaian,", "peta"]
    # where the order is not known (OCR), the height decides
    unknown = [replace(w, drawn=-1) for w in line]
    assert [w.text for w in one_text(81.9, unknown, 440.4, like=replace(above, drawn=-1))] == ["miskin"]
