"""The lines under a table: a cell's run-over told from the paragraph it is drawn over, word by word."""

from ogi_extract.layout.model import Box, Page, Ruling, Word
from ogi_extract.tables import split_page
from ogi_extract.tables.under_table import beside, own_line, run_over_part, runs_across

COLS = (85.1, 172.9, 427.1, 523.1)
STEPS = {12.75, 12.0}
COLUMN = Box(85.1, 57.0, 172.9, 88.1)


def rule_h(y: float, x0: float, x1: float) -> Ruling:
    return Ruling(Box(x0, y - 0.375, x1, y + 0.375), "h", "fill")


def rule_v(x: float, y0: float, y1: float) -> Ruling:
    return Ruling(Box(x - 0.375, y0, x + 0.375, y1), "v", "fill")


def word(text: str, x0: float, top: float, width: float | None = None, bold: bool = False) -> Word:
    w = 5.5 * len(text) if width is None else width
    return Word(text, Box(x0, top, x0 + w, top + 10.5), "F-Bold" if bold else "F", 10, bold, int(top), True)


def line(texts: str, x0: float, top: float, bold: bool = False) -> list[Word]:
    """Words of a line from x0, 5.5 pt a character, 2.75 pt between them."""
    out, x = [], x0
    for t in texts.split():
        out.append(word(t, x, top, bold=bold))
        x += 5.5 * len(t) + 2.75
    return out


def table(ys: tuple[float, ...]) -> list[Ruling]:
    rules = [rule_h(y, COLS[0], COLS[3]) for y in ys]
    return rules + [rule_v(x, ys[0], ys[-1]) for x in COLS]


def page_run_over_a_paragraph(
    first_of_paragraph: float = 84.75,
    steps_below: tuple[float, ...] = (12.75, 12.0),
    paragraph_steps: tuple[float, ...] = (12.75, 12.0, 12.75, 12.75),
) -> list[Word]:
    """A table's left cell (steps of 12.75 pt from 60.6) run four lines past its last rule (88.1).

    Its text begins at 90.49; "kriteria" lies over the heading "Ukuran
    Keberhasilan 2:" (1.5 pt lower), "sengketa", 12 pt under it (the step the
    cell has not shown), over the paragraph line 2.25 pt lower, "pemetaan."
    12.75 pt lower again over the next one, 1.5 pt above it. The heading and
    the paragraph begin at `first_of_paragraph` and run across the column's
    rule; the paragraph steps `paragraph_steps` from the heading (12.75 and
    12 pt as the cell does, in a phase of its own). The table below steps
    `steps_below` in turn.
    """
    words = line("an berikut", 90.49, 60.6) + line("naskah", 90.49, 73.35)
    words += line("khususnya", 90.49, 86.1) + line("kriteria", 90.49, 98.85)
    words += line("sengketa", 90.49, 110.85) + line("pemetaan.", 90.49, 123.6)
    tops = [100.35]
    for d in paragraph_steps:
        tops.append(tops[-1] + d)
    words += line("Ukuran Keberhasilan 2:", 84.75, tops[0], bold=True)
    words += line("Kanal. Laboratorium skor bekerjasama masukan bantuan", first_of_paragraph, tops[1])
    words += line("menyelenggarakan LAN keterlibatan dikarenakan peta", 84.75, tops[2])
    words += line("pengembangan terhubung dibuka mulai. Warga politik surat", 84.75, tops[3])
    words += line("perbaikan.", 84.75, tops[4])
    # the table below: its cells step 12.75 and 12 pt (the page's steps)
    tops = [200.35]
    for k in range(5):
        tops.append(tops[-1] + steps_below[k % len(steps_below)])
    words += [w for k, t in enumerate(tops) for w in line(f"isi{k} lagi", 178.5, t)]
    words += line("Target B18:", 90.49, 200.35, bold=True)
    return words


def split(words: list[Word]):  # type: ignore[no-untyped-def]
    return split_page(Page(1, 595, 842, words, table((57.0, 88.1)) + table((192.75, 280.0))), set())


def test_a_run_over_at_a_step_only_the_page_shows_drawn_over_a_paragraph_goes_to_the_cell() -> None:
    content = split(page_run_over_a_paragraph())
    left = content.fragments[0].groups[0].cells[0]
    assert left.head(20) == "an berikut naskah khususnya kriteria sengketa pemetaan."
    assert [ln.text for ln in content.lines][:4] == [
        "Ukuran Keberhasilan 2:",
        "Kanal. Laboratorium skor bekerjasama masukan bantuan",
        "menyelenggarakan LAN keterlibatan dikarenakan peta",
        "pengembangan terhubung dibuka mulai. Warga politik surat",
    ]


def test_a_paragraph_whose_first_word_begins_in_the_padding_is_told_by_its_steps_and_edge() -> None:
    # the paragraph's line begins inside the padding (95), not where the cell's lines begin
    content = split(page_run_over_a_paragraph(first_of_paragraph=95.0))
    left = content.fragments[0].groups[0].cells[0]
    assert left.head(20) == "an berikut naskah khususnya kriteria sengketa pemetaan."
    assert content.lines[1].text == "Kanal. Laboratorium skor bekerjasama masukan bantuan"


def test_a_run_over_at_a_step_only_the_paragraph_under_the_table_shows_goes_to_the_cell() -> None:
    # no table of the page steps 12 pt; the paragraph's lines, begun at the table's edge, do
    content = split(page_run_over_a_paragraph(steps_below=(12.75,)))
    left = content.fragments[0].groups[0].cells[0]
    assert left.head(20) == "an berikut naskah khususnya kriteria sengketa pemetaan."


def test_a_run_over_at_a_step_no_text_of_the_page_shows_stays_under_the_table() -> None:
    # no text of the page steps 12 pt (the paragraph 2.25 pt under "sengketa" steps 12.75):
    # "sengketa" is at no step of the cell's, and its text ends with the line drawn over the heading
    content = split(page_run_over_a_paragraph(steps_below=(12.75,), paragraph_steps=(12.75,) * 4))
    left = content.fragments[0].groups[0].cells[0]
    assert left.head(20) == "an berikut naskah khususnya kriteria"


def test_only_the_words_on_the_cells_steps_of_a_mixed_line_are_the_cells() -> None:
    # "sengketa" (12 pt under "kriteria" at 98.85) drawn over "Kanal." and "Lab" of the
    # paragraph line 2.25 pt lower, which goes on past the column's rule
    run = [word("sengketa", 90.49, 110.85, 45.1)]
    para = [word("Kanal.", 84.75, 113.1, 30.3), word("Lab", 117.8, 113.1, 30.0)]
    rest = [word("Laboratorium", 150.5, 113.1, 67.7)]
    part = run_over_part([*para, *run], rest, 98.85, STEPS, 90.49, 88.5, COLUMN)
    assert [w.text for w in part] == ["sengketa"]


def test_no_words_are_the_cells_off_its_left_edge_or_off_its_steps() -> None:
    para = [word("Kanal.", 84.75, 113.1, 30.3)]
    rest = [word("Laboratorium", 117.8, 113.1, 67.7)]
    # at a step of the page's but begun right of where the cell's lines begin
    assert run_over_part([word("sengketa", 95.0, 110.85, 45.1), *para], rest, 98.85, STEPS, 90.49, 88.5, COLUMN) == []
    # at the cell's edge but on no step (12.4 pt under its last line)
    assert run_over_part([word("sengketa", 90.49, 111.25, 45.1), *para], rest, 98.85, STEPS, 90.49, 88.5, COLUMN) == []


def test_a_cells_line_over_a_text_inside_the_padding_and_the_column_is_not_split() -> None:
    # the other text begins inside the padding (a list item's number) and ends in the column:
    # nothing says it is a line under the table
    run = [word("sengketa", 90.49, 110.85, 45.1)]
    item = [word("1.", 95.0, 113.1, 8.0), word("Dua", 105.0, 113.1, 20.0)]
    assert run_over_part([*item, *run], [], 98.85, STEPS, 90.49, 88.5, COLUMN) == []


def test_a_cells_line_drawn_over_nothing_is_not_split_here() -> None:
    # at a step, at the cell's edge, but the other words lie apart from it: own_line's to judge
    run = [word("sengketa", 90.49, 110.85, 45.1)]
    far = [word("Kanal.", 140.0, 113.1, 30.3)]
    assert run_over_part([*run, *far], [word("skor", 188.2, 113.1, 21.3)], 98.85, STEPS, 90.49, 88.5, COLUMN) == []


def test_own_line_keeps_the_cells_words_drawn_over_another_text() -> None:
    # "kriteria" one step (12.75) under "khususnya", over the heading "Ukuran" 1.5 pt lower
    words = [word("kriteria", 90.49, 98.85, 35.3), word("Ukuran", 84.75, 100.35, 39.1)]
    assert [w.text for w in own_line(words, 86.1, {12.75}, 90.49)] == ["kriteria"]
    # a line at no step of the cell's: every word stays
    assert len(own_line(words, 80.0, {12.75}, 90.49)) == 2


def test_own_line_parts_a_run_over_begun_inside_a_word_of_the_heading_at_its_very_top() -> None:
    # Chromium, Carlito: "antara." one step (15 pt) under "pengelolaan", at its indent (109.7),
    # at the very top of "UK 1:" under the table, 1 pt into "1:": too little for `drawn_over`,
    # but no line of one text runs a word into the next
    words = [word("UK", 84.8, 723.0, 13.9), word("1:", 101.4, 723.0, 9.3), word("antara.", 109.7, 723.0, 34.3)]
    assert [w.text for w in own_line(words, 708.0, {15.0}, 109.7)] == ["antara."]
    # a space apart, as one line sets its words: every word stays
    spaced = [word("UK", 84.8, 723.0, 13.9), word("1:", 101.4, 723.0, 9.3), word("antara.", 113.5, 723.0, 34.3)]
    assert len(own_line(spaced, 708.0, {15.0}, 113.5)) == 3


def test_own_line_parts_a_run_over_a_word_outside_the_column_is_drawn_over() -> None:
    # Chromium, Noto Sans: "korban" one step (12.75) under "kan", at its indent (96.3), 0.2 pt after
    # "Ukuran" of the heading "Ukuran Keberhasilan 2:" 0.75 pt higher (a step of 12 too), whose
    # "Keberhasilan", past the column's rule, is drawn over it
    words = [word("Ukuran", 57.0, 699.78, 39.1), word("korban", 96.33, 700.53, 35.1)]
    heading = [word("Keberhasilan", 98.87, 699.78, 68.9), word("2:", 170.5, 699.78, 9.0)]
    assert [w.text for w in own_line(words, 687.78, {12.0, 12.75}, 96.33, heading)] == ["korban"]
    # nothing outside the column over its words: every word stays
    apart = [word("Keberhasilan", 140.0, 699.78, 68.9)]
    assert len(own_line(words, 687.78, {12.0, 12.75}, 96.33, apart)) == 2


def test_a_line_running_across_the_columns_rule_is_one_under_the_table() -> None:
    ln = Box(84.75, 113.1, 115.0, 123.6)
    assert beside(Box(117.8, 113.1, 185.5, 123.6), ln)
    assert not beside(Box(117.8, 120.0, 185.5, 130.5), ln)
    assert runs_across(ln, COLUMN, [word("Laboratorium", 117.8, 113.1, 67.7)])
    assert not runs_across(ln, COLUMN, [word("skor", 300.0, 113.1, 21.3)])


def justified(texts: str, x0: float, top: float, space: float) -> list[Word]:
    """Words of a justified line from x0, 5.5 pt a character, `space` pt between them."""
    out, x = [], x0
    for t in texts.split():
        out.append(word(t, x, top))
        x += 5.5 * len(t) + space
    return out


def test_a_justified_line_spaced_alike_across_the_columns_rule_is_one_under_the_table() -> None:
    # "1. PIS diberikan lokus" in the column, "menyampaikan PAN" past its rule, 7 pt apart
    # each: wider than a word space, so no word stands a space after the line's end
    ln = justified("PIS diberikan lokus", 90.5, 113.1, 7.0)
    after = justified("menyampaikan PAN social", ln[-1].box.x1 + 7.0, 113.1, 7.0)
    assert after[0].box.x0 > COLUMN.x1
    lb = Box(ln[0].box.x0, 113.1, ln[-1].box.x1, 123.6)
    assert runs_across(lb, COLUMN, [*ln, *after], ln)
    # the next cell's run-over beside it begins two paddings on and spaces its words its own way
    other = line("menyampaikan PAN", ln[-1].box.x1 + 11.0, 113.1)
    assert not runs_across(lb, COLUMN, [*ln, *other], ln)
    # one word beside the line is no spacing to compare
    assert not runs_across(lb, COLUMN, [*ln, after[0]], ln)


def test_a_run_over_begun_where_a_paragraphs_words_end_goes_to_the_cell() -> None:
    """The run-over's line "publik pedoman." begins 0.17 pt inside the end of "UK 1:", 0.75 pt higher.

    Nothing is drawn over anything, but the paragraph's next word would have
    stood a space after "1:", on its top: the two words that touch are two
    texts, and the one on the cell's step at its lines' start is the cell's.
    """
    column = Box(57.4, 72.0, 187.5, 463.0)
    run = [word("publik", 79.54, 491.1, 27.91), word("pedoman.", 109.76, 491.1, 42.09)]
    para = [word("UK", 57.0, 491.85, 13.83), word("1:", 73.14, 491.85, 6.57)]
    part = run_over_part([*para, *run], [], 478.35, STEPS, 79.54, 61.0, column)
    assert [w.text for w in part] == ["publik", "pedoman."]
    # the paragraph's words a space before the line's start: one line of text, not split here
    para = [word("UK", 53.0, 491.85, 13.83), word("1:", 69.14, 491.85, 6.57)]
    assert run_over_part([*para, *run], [], 478.35, STEPS, 79.54, 61.0, column) == []
    # the words touch at one top, the step of the cell's: one line of one text
    para = [word("UK", 57.0, 491.1, 13.83), word("1:", 73.14, 491.1, 6.57)]
    assert run_over_part([*para, *run], [], 478.35, STEPS, 79.54, 61.0, column) == []


def test_a_run_over_beside_a_short_line_under_the_table_on_a_baseline_of_its_own_goes_to_the_cell() -> None:
    """The run-over's "panduan." stands 13.6 pt after "UK 1:", begun at the table's edge, 5.25 pt lower.

    Nothing is drawn over anything and nothing touches, but the line under
    the table is done before the cell's line begins, and one line of text
    keeps one baseline: the word on the cell's step at its lines' start is
    the cell's.
    """
    column = Box(57.4, 72.0, 150.75, 273.4)
    run = [word("panduan.", 96.33, 302.85, 47.0)]
    para = [word("UK", 57.0, 297.6, 14.2), word("1:", 73.9, 297.6, 8.8)]
    part = run_over_part([*para, *run], [], 290.1, STEPS, 96.33, 82.3, column)
    assert [w.text for w in part] == ["panduan."]
    # the short line 5.25 pt under the run-over instead: two texts all the same
    under = [word("UK", 57.0, 308.1, 14.2), word("1:", 73.9, 308.1, 8.8)]
    part = run_over_part([*under, *run], [], 290.1, STEPS, 96.33, 82.3, column)
    assert [w.text for w in part] == ["panduan."]
    # the short line 0.75 pt off the run-over's: one line of text, not split here
    near = [word("UK", 57.0, 302.1, 14.2), word("1:", 73.9, 302.1, 8.8)]
    assert run_over_part([*near, *run], [], 290.1, STEPS, 96.33, 82.3, column) == []
    # a larger face on the run-over's baseline (its top higher, its bottom lower): one line
    big = [Word(t, Box(x, 300.85, x + w, 314.35), "F", 13.5, False, 300, True) for t, x, w in (("UK", 57.0, 18.0), ("1:", 78.0, 11.0))]
    assert run_over_part([*big, *run], [], 290.1, STEPS, 96.33, 82.3, column) == []
    # the short line begun inside the padding: nothing says it is a line under the table
    item = [word("UK", 84.0, 297.6, 6.0), word("1:", 91.0, 297.6, 4.0)]
    assert run_over_part([*item, *run], [], 290.1, STEPS, 96.33, 82.3, column) == []


def page_run_over_beside_a_short_line(gap_to: float = 125.7) -> list[Word]:
    """A left cell whose text begins 40 pt inside its column (`gap_to`) run two lines past the table's last rule (88.1).

    "pengawasan", a step (12.75 pt) under the cell's last line, is drawn over
    the heading "Tindak Lanjut:" at its very top; "minimal.", a step lower
    again, stands on the baseline of "UK 1:", begun at the table's edge and
    done 17 pt before it. Then a paragraph under the table, across the rules.
    """
    words = [word("banyak", gap_to, 60.6, 31.7), word("lainnya.", gap_to, 73.35, 34.5), word("Agar", gap_to + 37.0, 73.35, 20.4)]
    words += [word("pengawasan", gap_to, 86.1 + 12.75, 45.0), word("minimal.", gap_to, 86.1 + 25.5, 38.9)]
    words += [word("sampai", gap_to, 86.1, 32.0)]
    words += [word("Tindak", 84.75, 98.85, 30.6, bold=True), word("Lanjut:", 117.9, 98.85, 31.5, bold=True)]
    words += [word("UK", 84.75, 111.6, 12.75), word("1:", 100.0, 111.6, 8.5)]
    words += line("1. Korban tahun. Pengawasan pendamping verifikasi open karena", 91.5, 125.1)
    words += line("disampaikan juga mekanisme.", 84.75, 137.85)
    # the other columns' cells, their text at the padding
    for x in (178.5, 432.5):
        words += [w for k in range(3) for w in line(f"isi{k} lagi", x, 60.6 + 12.75 * k)]
    return words


def test_a_run_over_on_the_baseline_of_a_short_line_under_the_table_far_after_it_goes_to_the_cell() -> None:
    content = split(page_run_over_beside_a_short_line())
    left = content.fragments[0].groups[0].cells[0]
    assert left.head(20) == "banyak lainnya. Agar sampai pengawasan minimal."
    assert [ln.text for ln in content.lines][:3] == [
        "Tindak Lanjut:",
        "UK 1:",
        "1. Korban tahun. Pengawasan pendamping verifikasi open karena",
    ]


def test_a_line_under_the_table_on_one_baseline_is_split_only_after_a_wide_gap() -> None:
    # "minimal." at the cell's start, on its step under the run-over's "pengawasan" (98.85)
    column = Box(85.1, 57.0, 172.9, 88.1)
    run = [word("minimal.", 125.7, 111.6, 38.9)]
    short = [word("UK", 84.75, 111.6, 12.75), word("1:", 100.0, 111.6, 8.5)]
    part = run_over_part([*short, *run], [], 98.85, STEPS, 125.7, 88.5, column, ran_over=True)
    assert [w.text for w in part] == ["minimal."]
    # before the run-over has taken a line under the table: not split here
    assert run_over_part([*short, *run], [], 98.85, STEPS, 125.7, 88.5, column) == []
    # the line under the table a space or two before it: one line of text
    near = [word("UK", 100.0, 111.6, 12.75), word("1:", 115.5, 111.6, 8.5)]
    assert run_over_part([*near, *run], [], 98.85, STEPS, 125.7, 88.5, column, ran_over=True) == []
    # the words before the gap spaced as widely (a justified line): one line of text
    spread = [word("UK", 84.75, 111.6, 4.0), word("1:", 104.75, 111.6, 4.0)]
    assert run_over_part([*spread, *run], [], 98.85, STEPS, 125.7, 88.5, column, ran_over=True) == []
    # the line goes on past the column's rule a space after it: a line under the table
    across = [word("Korban", 167.0, 111.6, 30.0)]
    assert run_over_part([*short, *run], across, 98.85, STEPS, 125.7, 88.5, column, ran_over=True) == []
    # begun inside the padding: nothing says the words before the gap are a line under the table
    item = [word("UK", 90.0, 111.6, 6.0), word("1:", 97.0, 111.6, 4.0)]
    assert run_over_part([*item, *run], [], 98.85, STEPS, 125.7, 88.5, column, ran_over=True) == []
