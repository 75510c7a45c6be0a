"""Lines a cell ran on with past a page's end, drawn over the first row of the next page, go back to it."""

from dataclasses import replace

from ogi_extract.layout.model import Box, Page, Ruling, Word
from ogi_extract.tables import split_page
from ogi_extract.tables.run_on import split_run_on

from tests.test_tables_stitch import XS, columns, parse_pages, put, rule_h, rule_v, targets_of


def page_one() -> Page:
    """A target row whose left cell's text runs past the table's closed bottom rule (740) to the page's end."""
    words = put("Target B06:", 55, 705) + put("Capaian Target: ok", 135, 705) + put("Nilai: 75%", 455, 705)
    words += put("Diterbitkannya", 55, 720) + put("dokumen", 55, 735) + put("peraturan", 55, 750) + put("revisi", 55, 765)
    return Page(1, 595, 842, words, [rule_h(700, XS[0], XS[3]), rule_h(740, XS[0], XS[3]), *columns(700, 740)])


def page_two(run_on: bool = True, above: list[Word] | None = None) -> Page:
    """A new target row opening the page (50-110); the run-on "hak tata" from the page's top
    margin over its label, "pelibatan." a step (12) lower over its second line."""
    words = put("Target B12:", 55, 54) + put("Tujuan", 55, 66) + put("Nilai: 0%", 455, 54)
    words += [w for k, y in enumerate((54, 66, 78, 90)) for w in put(f"capaian{k}", 135, y)]
    if run_on:
        words += put("hak tata", 55, 50.5) + put("pelibatan.", 55, 62.5)
    rules = [rule_h(y, XS[0], XS[3]) for y in (50, 110)] + columns(50, 110)
    return Page(2, 595, 842, words + (above or []), rules)


def test_lines_drawn_over_the_first_row_from_the_pages_top_are_taken_out_of_the_table() -> None:
    content = split_page(page_two(), set())
    assert [ln.text for ln in content.run_on] == ["hak tata", "pelibatan."]
    assert content.items()[:2] == content.run_on  # read before the page's table: the page before's text
    first = content.fragments[0].groups[0]
    assert [c.head(9) for c in first.cells] == ["Target B12: Tujuan", "capaian0 capaian1 capaian2 capaian3", "Nilai: 0%"]


def test_a_run_on_goes_on_over_nothing_off_the_lines_of_the_rows_own_text() -> None:
    """Chromium in Carlito: the run-on at its list indent, "salah" a step under "pelibatan." and 3.5 pt over
    the row's own "atas.", which it covers too little to be drawn over it, then "sampai." over nothing:
    neither lies a step under the row's own line above it, which begin at the cell's edge."""
    words = put("Target B12:", 55, 54) + put("Tujuan", 55, 66) + put("atas.", 55, 78) + put("Nilai: 0%", 455, 54)
    words += [w for k, y in enumerate((54, 66, 78, 90)) for w in put(f"capaian{k}", 135, y)]
    words += put("hak tata", 77, 50.5) + put("pelibatan.", 77, 62.5) + put("salah", 77, 74.5) + put("sampai.", 77, 86.5)
    rules = [rule_h(y, XS[0], XS[3]) for y in (50, 110)] + columns(50, 110)
    content = split_page(Page(2, 595, 842, words, rules), set())
    assert [ln.text for ln in content.run_on] == ["hak tata", "pelibatan.", "salah", "sampai."]
    first = content.fragments[0].groups[0]
    assert first.cells[0].head(9) == "Target B12: Tujuan atas."


def test_a_run_on_under_a_strip_with_no_text_is_drawn_over_the_row_below_it() -> None:
    """Chromium in Noto Sans: the row cut at the page before leaves only its padding at this page's top, a
    strip 4 pt high between two rules; its text runs on from there over the next row ("nasional" over
    "Target B12:"). The strip holds no text: the run-on is looked for in the row under it."""
    page = page_two()
    page.rulings = [rule_h(y, XS[0], XS[3]) for y in (46, 50, 110)] + columns(46, 110)
    content = split_page(page, set())
    assert [ln.text for ln in content.run_on] == ["hak tata", "pelibatan."]
    first = [g for f in content.fragments for g in f.groups if any(c.head(9) for c in g.cells)][0]
    assert first.cells[0].head(9) == "Target B12: Tujuan"


def test_a_first_row_with_no_text_drawn_over_it_runs_nothing_on() -> None:
    assert split_page(page_two(run_on=False), set()).run_on == []


def test_a_table_under_other_text_has_no_run_on_from_the_page_before() -> None:
    # the page begins with a paragraph: the text over the table's first row is no rest of a cell
    content = split_page(page_two(above=put("Paragraf pembuka.", 50, 30)), set())
    assert content.run_on == []


def test_the_run_on_goes_to_the_cell_of_the_page_before_and_the_new_row_keeps_its_label() -> None:
    out = parse_pages([page_one(), page_two()])
    first, second = targets_of(out)
    assert first.target_text == "Diterbitkannya dokumen peraturan revisi hak tata pelibatan."
    assert [p.page for p in first.provenance["target_text"]] == [1, 2]
    assert (second.label, second.period, second.target_text) == ("Target B12", "B12", "Tujuan")
    assert out.unassigned == []


def test_a_run_on_with_no_row_open_on_the_page_before_stays_text_of_its_own() -> None:
    # page 1 ends with a paragraph under its table: the lines are no rest of a cell
    p1 = page_one()
    p1.words = [w for w in p1.words if w.box.top < 740] + put("Catatan penutup.", 50, 770)
    out = parse_pages([p1, page_two()])
    assert [t.label for t in targets_of(out)] == ["Target B06", "Target B12"]
    assert "hak" not in (targets_of(out)[0].target_text or "")


def page_two_text(run_on: bool = True) -> Page:
    """A page that begins with a heading and a paragraph (lines at 50.5 and 65.5, from the table's
    edge), the run-on "hak tata" / "pelibatan." drawn over them at their very heights at the
    indent of the cell's last line; a new table below."""
    words = put("Ukuran Keberhasilan 2:", 50, 50.5) + put("Tujuan paragraf lanjut", 50, 65.5)
    words += put("akhir paragraf.", 50, 80.5)
    if run_on:
        words += put("hak tata", 55, 50.5) + put("pelibatan.", 55, 65.5)
    words += put("Target B12:", 55, 104) + put("capaian", 135, 104) + put("Nilai: 0%", 455, 104)
    rules = [rule_h(y, XS[0], XS[3]) for y in (100, 130)] + columns(100, 130)
    return Page(2, 595, 842, words, rules)


def test_a_run_on_drawn_over_the_lines_a_page_begins_with_goes_to_the_open_cell() -> None:
    out = parse_pages([page_one(), page_two_text()])
    first, second = targets_of(out)
    assert first.target_text == "Diterbitkannya dokumen peraturan revisi hak tata pelibatan."
    assert [p.page for p in first.provenance["target_text"]] == [1, 2]
    assert (second.label, second.target_text) == ("Target B12", None)
    assert out.unassigned == []


def test_split_run_on_takes_the_text_at_the_cells_indent_drawn_over_the_lines() -> None:
    lines = split_page(page_two_text(), set()).lines
    taken, rest = split_run_on(lines, 55.0, (50.0, 133.0))
    assert [w.text for w in taken] == ["hak", "tata", "pelibatan."]
    assert [ln.text for ln in rest] == ["Ukuran Keberhasilan 2:", "Tujuan paragraf lanjut", "akhir paragraf."]
    # at another indent, or with nothing drawn over the page's lines, nothing is taken
    assert split_run_on(lines, 70.0, (50.0, 133.0))[0] == []
    plain = split_page(page_two_text(run_on=False), set()).lines
    assert split_run_on(plain, 55.0, (50.0, 133.0)) == ([], plain)


def heading_table(top: float, head: float, bottom: float, rows: tuple[float, ...] = ()) -> list[Ruling]:
    """A table under a heading row (`top`-`head`, one cell across the table), its rows ruled at `rows`."""
    rules = [rule_h(y, XS[0], XS[3]) for y in (top, head, *rows, bottom)]
    return rules + [rule_v(x, top, bottom) for x in (XS[0], XS[3])] + [rule_v(x, head, bottom) for x in XS[1:3]]


def page_one_run_over() -> Page:
    """A list item (its text at 65, pitch 12) run past its row's rule (678) over the page's last row.

    "pengembangan" is drawn over that row's bold label "Target B12:",
    "ajudikasi" a step lower over nothing, to the page's end (710).
    """
    words = put("Lembaga Satu", 55, 52) + put("Target B06:", 55, 70) + put("Capaian Target:", 135, 70)
    words += put("Nilai: 50%", 455, 70) + put("•", 55, 82) + [w for k in range(50) for w in put(f"isi{k}", 65, 82 + 12 * k)]
    words += put("pengembangan", 65, 682) + put("ajudikasi", 65, 694)
    words += [replace(w, font="F-Bold", bold=True) for w in put("Target B12:", 55, 682)]
    words += put("Capaian Target:", 135, 682) + put("Nilai: 0%", 455, 682)
    return Page(1, 595, 842, words, heading_table(50, 65, 710, (678,)))


def page_two_under_heading() -> Page:
    """The heading row repeated (50-65), then the rest of the row "Target B12:" ("Fasilitas HWDI",
    "perempuan." from the cell's edge, 55), the run-on "progress" / "rutin." drawn over it at the
    item's indent (65), 3 pt higher, a step (12) apart."""
    words = put("Lembaga Satu", 55, 52) + put("progress", 65, 67) + put("rutin.", 65, 79)
    words += put("Fasilitas HWDI", 55, 70) + put("perempuan.", 55, 82)
    words += [w for k in range(4) for w in put(f"capaian{k}", 135, 70 + 12 * k)]
    return Page(2, 595, 842, words, heading_table(50, 65, 200))


def test_lines_drawn_over_the_first_row_under_a_repeated_heading_row_are_taken_out_of_the_table() -> None:
    # Chromium repeats the table's heading row on the new page and draws the run-on under it,
    # over the first row of the page's own: the heading is no row the run-on is drawn over
    content = split_page(page_two_under_heading(), set())
    assert [ln.text for ln in content.run_on] == ["progress", "rutin."]
    heading, row = content.fragments[0].groups
    assert [c.head(9) for c in row.cells][:2] == ["Fasilitas HWDI perempuan.", "capaian0 capaian1 capaian2 capaian3"]


def test_a_run_on_under_a_repeated_heading_goes_to_the_cell_whose_run_over_ran_over_the_last_row() -> None:
    # the item's text ran over the page's last row to its end: its run-on on the next page is
    # that item's rest, not the text of the row it was drawn over on either page
    out = parse_pages([page_one_run_over(), page_two_under_heading()])
    first, second = targets_of(out)
    assert first.target_text is not None
    assert first.target_text.endswith("isi49 pengembangan ajudikasi progress rutin.")
    assert (second.label, second.target_text) == ("Target B12", "Fasilitas HWDI perempuan.")
    assert out.unassigned == []


def page_one_over_heading() -> Page:
    """A list item (its text at 65, pitch 12) run past its table's last rule (600), over the next
    table's heading row "PWYP" (606-626) and its first row (626-645) to the page's end."""
    words = put("Lembaga Satu", 55, 52) + put("Target B06:", 55, 70) + put("Capaian Target:", 135, 70)
    words += put("Nilai: 50%", 455, 70) + put("•", 55, 82) + [w for k in range(43) for w in put(f"isi{k}", 65, 82 + 12 * k)]
    words += put("sensitifitas", 65, 598) + put("marginal.", 65, 610) + put("Percontohan", 65, 622)
    words += [replace(w, font="F-Bold", bold=True) for w in put("PWYP", 55, 612.25)]
    words += [replace(w, font="F-Bold", bold=True) for w in put("Target B06:", 55, 630.25)]
    words += put("Capaian Target:", 135, 630.25) + put("Nilai 100%", 455, 630.25)
    rules = heading_table(50, 65, 600) + heading_table(606, 626, 645)
    return Page(1, 595, 842, words, rules)


def page_two_rest_of_row() -> Page:
    """The rest of the row "Target B06:" ("CSO keadilan.", "tahapan." from the cell's edge, 55), the
    run-on "ialah, usaha" / "terintegrasi." drawn over it at the item's indent (65), 3 pt higher."""
    words = put("ialah, usaha", 65, 51) + put("terintegrasi.", 65, 63) + put("CSO keadilan.", 55, 54)
    words += put("tahapan.", 55, 66) + put("Proses Kokreasi:", 135, 54) + put("Sama keterbukaan.", 135, 66)
    words += put("Pasif", 455, 78)
    return Page(2, 595, 842, words, [rule_h(y, XS[0], XS[3]) for y in (50, 120)] + columns(50, 120))


def test_a_run_on_goes_to_the_cell_whose_run_over_ran_over_a_heading_row_and_the_open_row() -> None:
    """Chromium, Carlito: a target's list item ran over an implementer's heading row and the next
    block's first row to the page's end; its run-on on the next page was left unassigned."""
    out = parse_pages([page_one_over_heading(), page_two_rest_of_row()])
    first, second = targets_of(out)
    assert first.target_text is not None
    assert first.target_text.endswith("isi42 sensitifitas marginal. Percontohan ialah, usaha terintegrasi.")
    assert (second.label, second.target_text) == ("Target B06", "CSO keadilan. tahapan.")
    assert out.unassigned == []
