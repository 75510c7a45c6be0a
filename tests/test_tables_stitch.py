"""Rows broken by a page break are stitched back from geometry and content."""

from dataclasses import replace

from ogi_extract.grammar import load_grammar
from ogi_extract.grammar.records import Assembler
from ogi_extract.layout.model import Box, Page, Ruling, Word
from ogi_extract.layout.visibility import CUT_OFF
from ogi_extract.tables import split_page, stitch

XS = (50.0, 130.0, 450.0, 540.0)


def rule_h(y: float, x0: float, x1: float) -> Ruling:
    return Ruling(Box(x0, y - 0.25, x1, y + 0.25), "h", "fill")


def rule_v(x: float, y0: float, y1: float) -> Ruling:
    return Ruling(Box(x - 0.25, y0, x + 0.25, y1), "v", "fill")


def put(text: str, x: float, y: float) -> list[Word]:
    out, cx = [], x
    for t in text.split():
        out.append(Word(t, Box(cx, y, cx + 5 * len(t), y + 10), "F", 10, False, int(y), True))
        cx += 5 * (len(t) + 1)
    return out


def row_rules(top: float, mid: float | None, bottom: float, *, close_bottom: bool = True) -> list[Ruling]:
    rules = [rule_h(top, XS[0], XS[3])]
    if mid is not None:
        rules.append(rule_h(mid, XS[1], XS[3]))
    if close_bottom:
        rules.append(rule_h(bottom, XS[0], XS[3]))
    return rules + [rule_v(x, top, bottom) for x in XS]


def two_pages(rule_at_break: bool) -> list[Page]:
    """A target row whose achievement text runs from page 1 onto page 2."""
    p1_words = put("Target B06:", 55, 705) + put("Diterbitkannya", 55, 720)
    p1_words += put("Capaian Target:", 135, 705) + put("Telah terbit peraturan", 135, 720)
    p1_words += put("Nilai: 100%", 455, 705)
    p1 = Page(1, 595, 842, p1_words, row_rules(700, None, 760, close_bottom=rule_at_break))
    p2_words = put("dokumen peraturan.", 55, 55) + put("revisi PERKI SLIP.", 135, 55)
    p2_words += put("Proses Kokreasi:", 135, 85) + put("Dalam proses penyusunan", 135, 100) + put("Aktif", 455, 85)
    p2_rules = [rule_h(80, XS[1], XS[3]), rule_h(120, XS[0], XS[3])] + [rule_v(x, 50, 120) for x in XS]
    if rule_at_break:
        p2_rules.append(rule_h(50, XS[0], XS[3]))
    p2 = Page(2, 595, 842, p2_words, p2_rules)
    return [p1, p2]


def parse_pages(pages: list[Page]):  # type: ignore[no-untyped-def]
    g = load_grammar()
    head = Page(0, 595, 842, put("DESKRIPSI CAPAIAN 18 KOMITMEN", 50, 50) + put("Komitmen 1", 50, 70) + put("Judul", 50, 90), [])
    contents = [split_page(p, set(), n * 10) for n, p in enumerate([head, *pages])]
    a = Assembler(g)
    return a.feed(stitch(contents, a.starts_cell))


def test_row_broken_across_a_page_is_one_target_with_or_without_a_rule() -> None:
    for rule in (True, False):
        out = parse_pages(two_pages(rule))
        [t] = [t for c in out.commitments for b in c.blocks for t in b.targets]
        assert t.target_text == "Diterbitkannya dokumen peraturan."
        assert t.achievement_text == "Telah terbit peraturan revisi PERKI SLIP."
        assert t.cocreation_text == "Dalam proses penyusunan"
        assert (t.score, t.cocreation_label, t.grade, t.cocreation) == ("100%", "Aktif", "Baik", "Aktif")
        assert [p.page for p in t.provenance["achievement_text"]] == [1, 2]
        assert out.unassigned == []


def test_new_row_at_the_top_of_a_page_is_not_a_continuation() -> None:
    p1, p2 = two_pages(True)
    p2.words = put("Target B12:", 55, 55) + put("Capaian Target:", 135, 55) + put("Nilai: 0%", 455, 55)
    p2.words += put("Proses Kokreasi:", 135, 85) + put("Pasif", 455, 85)
    out = parse_pages([p1, p2])
    targets = [t for c in out.commitments for b in c.blocks for t in b.targets]
    assert [t.label for t in targets] == ["Target B06", "Target B12"]
    assert targets[0].cocreation_text is None and targets[1].score == "0%"


def test_text_between_pages_breaks_the_continuation() -> None:
    p1, p2 = two_pages(False)
    p1.words += put("a paragraph under the table", 50, 780)
    out = parse_pages([p1, p2])
    # the second fragment is not stitched: its words are reported, not lost
    texts = {u.text for u in out.unassigned}
    assert {"paragraph", "dokumen", "revisi", "Kokreasi:"} <= texts
    [t] = [t for c in out.commitments for b in c.blocks for t in b.targets]
    assert t.achievement_text == "Telah terbit peraturan"


def test_detail_without_its_section_heading_starts_at_the_first_commitment_with_rows() -> None:
    g = load_grammar()
    narrative = Page(0, 595, 842, put("Komitmen 5", 50, 50) + put("narasi tanpa tabel", 50, 70), [])
    head = Page(1, 595, 842, put("Komitmen 1", 50, 50) + put("Judul", 50, 70), [])
    pages = [narrative, head, *two_pages(True)]
    for n, p in enumerate(pages):
        p.number = n
        p.stamp()
    contents = [split_page(p, set(), n * 10) for n, p in enumerate(pages)]
    a = Assembler(g)
    out = a.feed(stitch(contents, a.starts_cell))
    assert [c.number for c in out.commitments] == [1]
    assert out.commitments[0].title == "Judul"
    assert any("heading was not found" in w for w in out.warnings)
    assert out.outside_words == 5


def targets_of(out):  # type: ignore[no-untyped-def]
    return [t for c in out.commitments for b in c.blocks for t in b.targets]


def columns(top: float, bottom: float, dx: float = 0.0) -> list[Ruling]:
    return [rule_v(x + dx, top, bottom) for x in XS]


def test_sliced_cell_over_three_pages_goes_on_whatever_its_text_begins_with() -> None:
    # No rule at either break (borders sliced); the middle page has vertical rules only
    # and its text runs to their end, and the achievement goes on at the top of page 3
    # with the words of a label.
    p1 = Page(1, 595, 842, put("Target B06:", 55, 705) + put("Capaian Target:", 135, 705) + put("Nilai: 100%", 455, 705),
              [rule_h(700, XS[0], XS[3]), *columns(700, 780)])
    p2 = Page(2, 595, 842, put("Diterbitkannya", 55, 55) + put("dokumen", 55, 70) + put("Telah terbit", 135, 55) + put("peraturan revisi", 135, 70),
              columns(50, 85))
    p3_words = put("peraturan.", 55, 55) + put("Proses Kokreasi antara pemerintah", 135, 55) + put("dan warga.", 135, 70)
    p3_words += put("Proses Kokreasi:", 135, 95) + put("Dalam proses", 135, 110) + put("Aktif", 455, 95)
    p3 = Page(3, 595, 842, p3_words, [rule_h(90, XS[1], XS[3]), rule_h(130, XS[0], XS[3]), *columns(50, 130)])
    out = parse_pages([p1, p2, p3])
    [t] = targets_of(out)
    assert t.target_text == "Diterbitkannya dokumen peraturan."
    assert t.achievement_text == "Telah terbit peraturan revisi Proses Kokreasi antara pemerintah dan warga."
    assert (t.cocreation_text, t.score, t.cocreation_label) == ("Dalam proses", "100%", "Aktif")
    assert [p.page for p in t.provenance["achievement_text"]] == [2, 3]
    assert out.unassigned == []


def test_top_rule_only_over_the_cells_that_begin_on_the_page() -> None:
    # The row-spanning target cell goes on (open top); the co-creation sub-row begins
    # on the new page under its own top rule.
    p1 = Page(1, 595, 842, put("Target B06:", 55, 705) + put("Capaian Target: selesai", 135, 705) + put("Nilai: 50%", 455, 705)
              + put("Diterbitkannya", 55, 720), [rule_h(700, XS[0], XS[3]), *columns(700, 780)])
    p2_words = put("dokumen peraturan.", 55, 55) + put("Proses Kokreasi:", 135, 55) + put("Rapat bersama", 135, 70)
    p2_words += put("Semi Aktif", 455, 55)
    p2 = Page(2, 595, 842, p2_words, [rule_h(50, XS[1], XS[3]), rule_h(100, XS[0], XS[3]), *columns(50, 100)])
    out = parse_pages([p1, p2])
    [t] = targets_of(out)
    assert t.target_text == "Diterbitkannya dokumen peraturan."
    assert t.achievement_text == "selesai"
    assert (t.cocreation_text, t.cocreation_label, t.score) == ("Rapat bersama", "Semi Aktif", "50%")
    assert out.unassigned == []


def test_text_run_out_below_the_last_rule_stays_in_its_cell_and_the_row_goes_on() -> None:
    # The left cell's text runs past the table's last rule (at 740) to the page's end.
    p1_words = put("Target B06:", 55, 705) + put("Capaian Target: ok", 135, 705) + put("Nilai: 75%", 455, 705)
    p1_words += put("Diterbitkannya", 55, 720) + put("dokumen", 55, 735) + put("peraturan", 55, 750) + put("revisi", 55, 765)
    p1 = Page(1, 595, 842, p1_words, [rule_h(700, XS[0], XS[3]), *columns(700, 740)])
    p2_words = put("PERKI.", 55, 55) + put("Proses Kokreasi:", 135, 85) + put("Aktif", 455, 85)
    p2 = Page(2, 595, 842, p2_words, [rule_h(80, XS[1], XS[3]), rule_h(120, XS[0], XS[3]), *columns(50, 120)])
    out = parse_pages([p1, p2])
    [t] = targets_of(out)
    assert t.target_text == "Diterbitkannya dokumen peraturan revisi PERKI."
    assert (t.achievement_text, t.score, t.cocreation_label) == ("ok", "75%", "Aktif")
    assert [p.page for p in t.provenance["target_text"]] == [1, 2]
    assert out.unassigned == []


def test_paragraph_under_a_table_is_not_taken_for_overflow() -> None:
    p1_words = put("Target B06:", 55, 705) + put("Capaian Target: ok", 135, 705) + put("Nilai: 75%", 455, 705)
    p1_words += put("Proses Kokreasi:", 135, 722) + put("Aktif", 455, 722)
    p1_words += put("Tindak Lanjut: Rapat koordinasi lanjutan.", 50, 742)
    rules = [rule_h(700, XS[0], XS[3]), rule_h(720, XS[1], XS[3]), rule_h(740, XS[0], XS[3]), *columns(700, 740)]
    content = split_page(Page(1, 595, 842, p1_words, rules), set())
    assert [ln.text for ln in content.lines] == ["Tindak Lanjut: Rapat koordinasi lanjutan."]
    assert content.fragments[0].box.bottom == 740


def test_rest_of_a_table_drawn_at_another_offset_joins_by_its_column_widths() -> None:
    p1 = Page(1, 595, 842, put("Target B06:", 55, 705) + put("Capaian Target: ok", 135, 705) + put("Nilai: 0%", 455, 705),
              [rule_h(700, XS[0], XS[3]), *columns(700, 780)])
    dx = -7.4
    p2_words = put("Diterbitkannya.", 55 + dx, 55) + put("Proses Kokreasi:", 135 + dx, 85) + put("Pasif", 455 + dx, 85)
    p2 = Page(2, 595, 842, p2_words, [rule_h(80, XS[1] + dx, XS[3] + dx), rule_h(120, XS[0] + dx, XS[3] + dx), *columns(50, 120, dx)])
    out = parse_pages([p1, p2])
    [t] = targets_of(out)
    assert (t.target_text, t.achievement_text, t.cocreation_label, t.cocreation) == ("Diterbitkannya.", "ok", "Pasif", "Pasif")
    assert out.unassigned == []


def test_a_complete_cell_over_an_open_break_does_not_swallow_the_next_sub_row() -> None:
    # No rule on either side of the break, but the achievement ended high on page 1
    # (its row stretched by the long target beside it): the label on page 2 opens
    # the co-creation sub-row.
    p1_words = put("Target B06:", 55, 705) + put("Capaian Target: singkat.", 135, 705) + put("Nilai: 75%", 455, 705)
    p1_words += [w for k in range(5) for w in put(f"baris{k}", 55, 720 + 12 * k)]
    p1 = Page(1, 595, 842, p1_words, [rule_h(700, XS[0], XS[3]), *columns(700, 780)])
    p2_words = put("akhir.", 55, 55) + put("Proses Kokreasi: publik.", 135, 55) + put("Semi Aktif", 455, 55)
    p2 = Page(2, 595, 842, p2_words, [rule_h(100, XS[0], XS[3]), *columns(50, 100)])
    out = parse_pages([p1, p2])
    [t] = targets_of(out)
    assert t.target_text == "baris0 baris1 baris2 baris3 baris4 akhir."
    assert (t.achievement_text, t.cocreation_text, t.cocreation_label) == ("singkat.", "publik.", "Semi Aktif")
    assert out.unassigned == []


def test_a_label_opening_the_page_with_text_beside_it_begins_the_sub_row_the_break_hid() -> None:
    # The achievement ends a line above the page's end, as a cell cut by the page may
    # (widows), and no rule closes it on either page; the next page begins that column with
    # the co-creation label, its own label drawn beside its lines: a sub-row begins there.
    p1_words = put("Target B06:", 55, 705) + put("Capaian Target:", 135, 705) + put("Tech.", 135, 750)
    p1_words += put("Nilai: 72%", 455, 705) + [w for k in range(5) for w in put(f"baris{k}", 55, 720 + 12 * k)]
    p1 = Page(1, 595, 842, p1_words, [rule_h(700, XS[0], XS[3]), *columns(700, 780)])
    p2_words = put("akhir.", 55, 55) + put("Proses Kokreasi:", 135, 55) + put("Perspektif awal", 135, 70)
    p2_words += put("dihasilkan web.", 135, 85) + put("Semi Aktif", 455, 70)
    p2 = Page(2, 595, 842, p2_words, [rule_h(110, XS[0], XS[3]), *columns(50, 110)])
    out = parse_pages([p1, p2])
    [t] = targets_of(out)
    assert (t.achievement_text, t.score) == ("Tech.", "72%")
    assert (t.cocreation_text, t.cocreation_label) == ("Perspektif awal dihasilkan web.", "Semi Aktif")
    assert out.unassigned == []


def test_text_filling_a_page_under_an_open_row_is_the_rest_of_its_cell() -> None:
    # the target cell's text runs out of its row, over a whole page with no rule at all
    p1_words = put("Target B06:", 55, 705) + put("Capaian Target: ok", 135, 705) + put("Nilai: 50%", 455, 705)
    p1_words += [w for k in range(6) for w in put(f"awal{k}", 55, 720 + 12 * k)]
    p1 = Page(1, 595, 842, p1_words, [rule_h(700, XS[0], XS[3]), *columns(700, 730)])
    p2 = Page(2, 595, 842, [w for k in range(60) for w in put(f"tengah{k}", 55, 55 + 12 * k)], [])
    p3_words = put("akhir.", 55, 55) + put("Proses Kokreasi:", 135, 70) + put("Aktif", 455, 70)
    p3 = Page(3, 595, 842, p3_words, [rule_h(65, XS[1], XS[3]), rule_h(100, XS[0], XS[3]), *columns(50, 100)])
    out = parse_pages([p1, p2, p3])
    [t] = targets_of(out)
    words = [f"awal{k}" for k in range(6)] + [f"tengah{k}" for k in range(60)] + ["akhir."]
    assert t.target_text == " ".join(words)
    assert [p.page for p in t.provenance["target_text"]] == [1, 2, 3]
    assert (t.achievement_text, t.cocreation_label) == ("ok", "Aktif")
    assert out.unassigned == []


def test_a_list_filling_a_page_under_an_open_row_is_the_rest_of_its_cell_at_every_indent() -> None:
    # as above, the text a list: page 2 goes on at the item's indent (65) where page 1's last
    # line starts, then a sub-item (marker at 70, text at 80) and a new item (marker at 55)
    p1_words = put("Target B06:", 55, 705) + put("Capaian Target: ok", 135, 705) + put("Nilai: 50%", 455, 705)
    p1_words += put("awal", 55, 720) + put("•", 55, 732) + put("butir", 65, 732) + put("lanjut", 65, 744)
    p1 = Page(1, 595, 842, p1_words, [rule_h(700, XS[0], XS[3]), *columns(700, 730)])
    p2_words = put("sambung", 65, 55) + put("•", 70, 67) + put("anak", 80, 67) + put("cucu", 80, 79)
    p2_words += put("•", 55, 91) + put("baru", 65, 91) + [w for k in range(50) for w in put(f"isi{k}", 65, 103 + 12 * k)]
    p2 = Page(2, 595, 842, p2_words, [])
    p3_words = put("akhir.", 65, 55) + put("Proses Kokreasi:", 135, 70) + put("Aktif", 455, 70)
    p3 = Page(3, 595, 842, p3_words, [rule_h(65, XS[1], XS[3]), rule_h(100, XS[0], XS[3]), *columns(50, 100)])
    out = parse_pages([p1, p2, p3])
    [t] = targets_of(out)
    words = ["awal", "•", "butir", "lanjut", "sambung", "•", "anak", "cucu", "•", "baru"]
    assert (t.target_text or "").split() == [*words, *(f"isi{k}" for k in range(50)), "akhir."]
    assert (t.achievement_text, t.cocreation_label) == ("ok", "Aktif")
    assert out.unassigned == []


def test_a_list_over_two_ruleless_pages_goes_on_with_an_item_begun_at_an_earlier_indent() -> None:
    # The target cell's list runs over two pages with no rule at all; the second of them begins
    # with a new item, its marker (60) where the items of page 1 began, neither the cell's left
    # edge (55, its label) nor where the page before ended (70, an item's text). The row closes
    # on page 4 under a sliver whose rule spans the middle and right columns only.
    p1_words = put("Target B06:", 55, 705) + put("Capaian Target: ok", 135, 705) + put("Nilai: 50%", 455, 705)
    p1_words += put("•", 60, 720) + put("butir", 70, 720) + put("lanjut", 70, 732) + put("lagi", 70, 744)
    p1 = Page(1, 595, 842, p1_words, [rule_h(700, XS[0], XS[3]), *columns(700, 730)])
    p2 = Page(2, 595, 842, [w for k in range(60) for w in put(f"dua{k}", 70, 55 + 12 * k)], [])
    p3_words = put("•", 60, 55) + put("baru", 70, 55) + [w for k in range(59) for w in put(f"tiga{k}", 70, 67 + 12 * k)]
    p3 = Page(3, 595, 842, p3_words, [])
    p4_words = put("akhir.", 70, 55) + put("Proses Kokreasi:", 135, 57) + put("Aktif", 455, 57)
    p4_rules = [rule_h(52.2, XS[1], XS[3]), rule_h(100, XS[0], XS[3]), *columns(50, 100)]
    out = parse_pages([p1, p2, p3, Page(4, 595, 842, p4_words, p4_rules)])
    [t] = targets_of(out)
    words = ["•", "butir", "lanjut", "lagi", *(f"dua{k}" for k in range(60)), "•", "baru"]
    assert (t.target_text or "").split() == [*words, *(f"tiga{k}" for k in range(59)), "akhir."]
    assert [p.page for p in t.provenance["target_text"]] == [1, 2, 3, 4]
    assert (t.achievement_text, t.cocreation_label, t.cocreation) == ("ok", "Aktif", "Aktif")
    assert out.unassigned == []


def test_a_cell_going_on_under_side_rules_that_stop_mid_page_is_the_rest_of_its_cell() -> None:
    # Page 2 goes on with the row: the achievement ends in two lines and the side rules stop
    # under it, no rule across; the target's list goes on under them with no rule at all. Every
    # text of page 2 is indented (list items), so its lines under the rules are read as the
    # cell's from where a new item begins (its marker at 60) only by what the row showed before.
    p1_words = put("Target B06:", 55, 705) + put("Capaian Target: ok", 135, 705) + put("Nilai: 50%", 455, 705)
    p1_words += put("1.", 60, 720) + put("butir", 70, 720) + put("lanjut", 70, 732) + put("lagi", 70, 744)
    p1_words += [w for k in range(3) for w in put(f"capai{k}", 135, 720 + 12 * k)]
    p1 = Page(1, 595, 842, p1_words, [rule_h(700, XS[0], XS[3]), *columns(700, 760)])
    p2_words = [w for k in range(4) for w in put(f"dua{k}", 70, 55 + 12 * k)]
    p2_words += put("sisa capaian", 150, 55) + put("selesai.", 150, 67)
    p2_words += put("2.", 60, 103) + [w for k in range(55) for w in put(f"item{k}", 70, 103 + 12 * k)]
    p2 = Page(2, 595, 842, p2_words, columns(50, 80))
    p3_words = put("akhir.", 70, 55) + put("Proses Kokreasi:", 135, 57) + put("Aktif", 455, 57)
    p3_rules = [rule_h(52.2, XS[1], XS[3]), rule_h(100, XS[0], XS[3]), *columns(50, 100)]
    out = parse_pages([p1, p2, Page(3, 595, 842, p3_words, p3_rules)])
    [t] = targets_of(out)
    words = ["1.", "butir", "lanjut", "lagi", *(f"dua{k}" for k in range(4)), "2.", *(f"item{k}" for k in range(55))]
    assert (t.target_text or "").split() == [*words, "akhir."]
    assert t.achievement_text == "ok capai0 capai1 capai2 sisa capaian selesai."
    assert (t.cocreation_label, t.cocreation) == ("Aktif", "Aktif")
    assert out.unassigned == []


def test_a_cell_empty_before_an_open_break_begins_on_the_next_page() -> None:
    # the producer moved the target cell's first lines to the next page; its row began on page 1
    p1_words = put("Capaian Target: selesai", 135, 705) + put("Nilai: 75%", 455, 705)
    p1_words += [w for k in range(6) for w in put(f"capai{k}", 135, 720 + 10 * k)]
    p1 = Page(1, 595, 842, p1_words, [rule_h(700, XS[0], XS[3]), *columns(700, 780)])
    p2_words = put("Target B12:", 55, 55) + put("Proses Kokreasi:", 135, 85) + put("Pasif", 455, 85)
    p2 = Page(2, 595, 842, p2_words, [rule_h(80, XS[1], XS[3]), rule_h(120, XS[0], XS[3]), *columns(50, 120)])
    out = parse_pages([p1, p2])
    [t] = targets_of(out)
    assert t.label == "Target B12" and t.target_text is None
    assert t.achievement_text == "selesai " + " ".join(f"capai{k}" for k in range(6))
    assert (t.score, t.cocreation_label) == ("75%", "Pasif")
    assert out.unassigned == []


def test_a_paragraph_after_a_closed_row_at_the_page_end_stays_a_paragraph() -> None:
    # an implementer heading row closes the page; the next page opens with a heading line
    # at the same left edge as the row's text
    p1 = Page(1, 595, 842, put("OMS", 55, 745), [rule_h(740, XS[0], XS[3]), rule_h(760, XS[0], XS[3]), *columns(740, 760)])
    p2 = Page(2, 595, 842, put("Ukuran Keberhasilan 1: Teks", 55, 55), [])
    items = stitch([split_page(p1, set()), split_page(p2, set(), 10)], lambda text: False)
    assert [type(it).__name__ for it in items] == ["RowGroup", "TextLine"]


def header_rules(top: float) -> list[Ruling]:
    return [rule_h(top, XS[0], XS[3]), rule_h(top + 15, XS[0], XS[3])]


def header_words(top: float) -> list[Word]:
    return put("Target", 55, top + 2) + put("Capaian", 135, top + 2) + put("Nilai", 455, top + 2)


def test_header_row_repeated_on_the_new_page_is_not_the_rest_of_the_row() -> None:
    p1_words = header_words(600) + put("Target B06:", 55, 620) + put("Capaian Target: awal", 135, 620)
    p1_words += put("Nilai: 75%", 455, 620) + [w for k in range(10) for w in put(f"capai{k}", 135, 632 + 12 * k)]
    p1 = Page(1, 595, 842, p1_words, [*header_rules(600), rule_h(615, XS[0], XS[3]), *columns(600, 780)])
    p2_words = header_words(50) + put("akhir.", 135, 68) + put("Proses Kokreasi:", 135, 95) + put("Aktif", 455, 95)
    p2_rules = [*header_rules(50), rule_h(90, XS[1], XS[3]), rule_h(120, XS[0], XS[3]), *columns(50, 120)]
    p2 = Page(2, 595, 842, p2_words, p2_rules)
    out = parse_pages([p1, p2])
    [t] = targets_of(out)
    assert t.achievement_text == "awal " + " ".join(f"capai{k}" for k in range(10)) + " akhir."
    assert (t.score, t.cocreation_label) == ("75%", "Aktif")
    # the header rows are rows of their own, not target rows
    assert sorted(u.text for u in out.unassigned) == sorted(["Target", "Capaian", "Nilai"] * 2)


def test_row_whose_first_cell_moved_to_the_next_page_gets_its_label_there() -> None:
    # closed rules on both sides; the row's score stayed on page 1, its label cell went on
    p1_words = put("Nilai: 75%", 455, 745)
    p1 = Page(1, 595, 842, p1_words, [rule_h(740, XS[0], XS[3]), rule_h(780, XS[0], XS[3]), *columns(740, 780)])
    p2_words = put("Target B06:", 55, 55) + put("Capaian Target: ok", 135, 55)
    p2_words += put("Proses Kokreasi:", 135, 85) + put("Pasif", 455, 85)
    p2 = Page(2, 595, 842, p2_words, [rule_h(50, XS[0], XS[3]), rule_h(80, XS[1], XS[3]), rule_h(120, XS[0], XS[3]), *columns(50, 120)])
    out = parse_pages([p1, p2])
    [t] = targets_of(out)
    assert (t.label, t.achievement_text, t.score, t.cocreation_label) == ("Target B06", "ok", "75%", "Pasif")
    assert out.unassigned == []


def heading_rules(top: float) -> list[Ruling]:
    """A full-width implementer heading row from `top` to `top + 15`."""
    return [rule_h(top, XS[0], XS[3]), rule_h(top + 15, XS[0], XS[3]), rule_v(XS[0], top, top + 15), rule_v(XS[3], top, top + 15)]


def test_implementer_heading_repeated_on_the_new_page_keeps_the_block_and_its_words() -> None:
    # The implementer heading is the table's first row, printed again at the top of page 2;
    # the target row cut by the break goes on under it, and a second target follows.
    p1_words = put("Kementerian Sosial", 55, 602) + put("Target B06:", 55, 620) + put("Capaian Target: awal", 135, 620)
    p1_words += put("Nilai: 75%", 455, 620) + [w for k in range(10) for w in put(f"capai{k}", 135, 632 + 12 * k)]
    p1 = Page(1, 595, 842, p1_words, [*heading_rules(600), *columns(615, 780)])
    p2_words = put("Kementerian Sosial", 55, 52) + put("akhir.", 135, 68)
    p2_words += put("Proses Kokreasi:", 135, 95) + put("Aktif", 455, 95)
    p2_words += put("Target B12:", 55, 125) + put("Capaian Target: dua", 135, 125) + put("Nilai: 50%", 455, 125)
    p2_words += put("Proses Kokreasi:", 135, 155) + put("Pasif", 455, 155)
    p2_rules = [*heading_rules(50), rule_h(90, XS[1], XS[3]), rule_h(120, XS[0], XS[3]), *columns(65, 120)]
    p2_rules += [rule_h(150, XS[1], XS[3]), rule_h(180, XS[0], XS[3]), *columns(120, 180)]
    p2 = Page(2, 595, 842, p2_words, p2_rules)
    out = parse_pages([p1, p2])
    [block] = [b for c in out.commitments for b in c.blocks]
    assert block.implementer == "Kementerian Sosial"
    assert [t.label for t in block.targets] == ["Target B06", "Target B12"]
    assert block.targets[0].achievement_text == "awal " + " ".join(f"capai{k}" for k in range(10)) + " akhir."
    assert (block.targets[0].cocreation_label, block.targets[1].score) == ("Aktif", "50%")
    # the repeat's words are the implementer's, shown again: assigned, with their place
    assert out.unassigned == []
    assert sorted(p.page for p in block.provenance["implementer"]) == [1, 2]


def test_a_clips_leftover_over_a_repeated_heading_is_the_cut_lines_not_the_headings() -> None:
    # Chromium draws the last line of page 1 ("akhir pemanfaatan") whole there and, above page
    # 2's text area, only the glyphs whose ink reaches inside its clip: a "p" where "pemanfaatan"
    # stood, over the repeated heading. The heading is still the table's first row printed
    # again, the row goes on under it, and the "p" is read once, from page 1.
    p1_words = put("Kementerian Sosial", 55, 602) + put("Target B06:", 55, 620) + put("Capaian Target: awal", 135, 620)
    p1_words += put("Nilai: 75%", 455, 620) + [w for k in range(10) for w in put(f"capai{k}", 135, 632 + 12 * k)]
    p1_words += put("akhir pemanfaatan", 135, 770)
    p1 = Page(1, 595, 842, p1_words, [*heading_rules(600), *columns(615, 780)])
    cut = Word("p", Box(165.0, 40.0, 170.0, 50.5), "F", 10, False, 40, True, CUT_OFF)
    p2_words = [cut, *put("Kementerian Sosial", 55, 52), *put("lanjut.", 135, 68)]
    p2_words += put("Proses Kokreasi:", 135, 95) + put("Aktif", 455, 95)
    p2_rules = [*heading_rules(50), rule_h(90, XS[1], XS[3]), rule_h(120, XS[0], XS[3]), *columns(65, 120)]
    out = parse_pages([p1, Page(2, 595, 842, p2_words, p2_rules)])
    [block] = [b for c in out.commitments for b in c.blocks]
    assert block.implementer == "Kementerian Sosial"
    [target] = block.targets
    want = "awal " + " ".join(f"capai{k}" for k in range(10)) + " akhir pemanfaatan lanjut."
    assert target.achievement_text == want
    assert target.cocreation_label == "Aktif"
    assert out.unassigned == []


def test_implementer_heading_repeated_inside_the_table_after_a_split_row_keeps_the_block() -> None:
    # The rest of the split row at the top of page 2, then the table drawn anew from its
    # heading (the heading row printed again in the middle of the fragment), then a new target.
    p1_words = put("Kementerian Sosial", 55, 702) + put("Target B06:", 55, 720) + put("Capaian Target: awal", 135, 720)
    p1_words += put("Nilai: 75%", 455, 720) + [w for k in range(4) for w in put(f"capai{k}", 135, 732 + 12 * k)]
    p1 = Page(1, 595, 842, p1_words, [*heading_rules(700), *columns(715, 780)])
    p2_words = put("akhir.", 135, 52) + put("Proses Kokreasi:", 135, 82) + put("Aktif", 455, 82)
    p2_words += put("Kementerian Sosial", 55, 112)
    p2_words += put("Target B12:", 55, 130) + put("Capaian Target: dua", 135, 130) + put("Nilai: 50%", 455, 130)
    p2_words += put("Proses Kokreasi:", 135, 160) + put("Pasif", 455, 160)
    p2_rules = [rule_h(50, XS[0], XS[3]), rule_h(80, XS[1], XS[3]), *columns(50, 110), *heading_rules(110)]
    p2_rules += [rule_h(155, XS[1], XS[3]), rule_h(185, XS[0], XS[3]), *columns(125, 185)]
    p2 = Page(2, 595, 842, p2_words, p2_rules)
    out = parse_pages([p1, p2])
    [block] = [b for c in out.commitments for b in c.blocks]
    assert [t.label for t in block.targets] == ["Target B06", "Target B12"]
    assert block.targets[0].achievement_text == "awal capai0 capai1 capai2 capai3 akhir."
    assert out.unassigned == []
    assert sorted(p.page for p in block.provenance["implementer"]) == [1, 2]


def test_row_split_above_a_repeated_heading_goes_on_under_it_on_the_same_page() -> None:
    # heading, a target row cut after its first sub-row, the heading again, then the
    # rest of the row (its label cell empty, its co-creation sub-row), all on one page
    words = put("Kementerian Sosial", 55, 102) + put("Target B12:", 55, 120) + put("Capaian Target: satu", 135, 120)
    words += put("Nilai: 62%", 455, 120)
    words += put("Kementerian Sosial", 55, 162) + put("Proses Kokreasi: dua", 135, 180) + put("-", 455, 180)
    rules = [*heading_rules(100), rule_h(160, XS[0], XS[3]), *columns(115, 160)]
    rules += [*heading_rules(160), rule_h(220, XS[0], XS[3]), *columns(175, 220)]
    out = parse_pages([Page(1, 595, 842, words, rules)])
    [block] = [b for c in out.commitments for b in c.blocks]
    [t] = block.targets
    assert (t.label, t.achievement_text, t.score, t.cocreation_text, t.cocreation_label) == ("Target B12", "satu", "62%", "dua", "-")
    assert out.unassigned == []


def test_a_line_cut_by_the_break_and_drawn_on_both_pages_is_read_once() -> None:
    # the row's first line is drawn at the foot of page 1 and again at the top of page 2,
    # at the same places; the row goes on, and the copy is read once (assigned, not a row)
    p1_words = put("Target B12:", 55, 765) + put("Capaian Target:", 135, 765) + put("Nilai: 100%", 455, 765)
    p1 = Page(1, 595, 842, p1_words, [rule_h(760, XS[0], XS[3]), *columns(760, 780)])
    p2_words = put("Target B12:", 55, 45) + put("Capaian Target:", 135, 45) + put("Nilai: 100%", 455, 45)
    p2_words += put("Terbit.", 55, 57) + put("Telah dibahas.", 135, 57)
    p2_words += put("Proses Kokreasi:", 135, 85) + put("Aktif", 455, 85)
    p2 = Page(2, 595, 842, p2_words, [rule_h(80, XS[1], XS[3]), rule_h(120, XS[0], XS[3]), *columns(40, 120)])
    out = parse_pages([p1, p2])
    [t] = targets_of(out)
    assert (t.label, t.target_text, t.achievement_text, t.score, t.cocreation_label) == (
        "Target B12", "Terbit.", "Telah dibahas.", "100%", "Aktif"
    )
    assert out.unassigned == []
    assert out.assigned_words == len(p1_words) + len(p2_words) + 3  # and "Komitmen 1 Judul"


def test_a_sub_row_begun_as_a_sliver_at_the_page_foot_starts_on_the_next_page() -> None:
    # page 1 ends with the co-creation sub-row begun (770-776): a sliver across the two
    # right columns, its column rule cut by the break; page 2 (under the repeated
    # heading) holds the sub-row: its cells start there, they are not the rest of those above
    p1_words = put("Kementerian Sosial", 55, 602) + put("Target B06:", 55, 620) + put("Capaian Target: awal", 135, 620)
    p1_words += put("Nilai: 75%", 455, 620) + [w for k in range(11) for w in put(f"capai{k}", 135, 632 + 12 * k)]
    p1_rules = [*heading_rules(600), rule_h(770, XS[1], XS[3]), *columns(615, 770), rule_v(XS[0], 770, 776), rule_v(XS[1], 770, 776)]
    p1_rules.append(rule_v(XS[3], 770, 776))
    p1 = Page(1, 595, 842, p1_words, p1_rules)
    p2_words = put("Kementerian Sosial", 55, 52) + put("lanjutan.", 55, 68)
    p2_words += put("Proses Kokreasi: bersama", 135, 68) + put("Semi Aktif", 455, 68)
    p2 = Page(2, 595, 842, p2_words, [*heading_rules(50), rule_h(120, XS[0], XS[3]), *columns(65, 120)])
    out = parse_pages([p1, p2])
    [t] = targets_of(out)
    assert t.achievement_text == "awal " + " ".join(f"capai{k}" for k in range(11))
    assert (t.target_text, t.score, t.cocreation_text, t.cocreation_label) == ("lanjutan.", "75%", "bersama", "Semi Aktif")
    assert out.unassigned == []


def test_a_space_under_closed_cells_beside_a_taller_first_cell_begins_no_sub_row() -> None:
    # page 1 ends with the achievement cell closed by its bottom rule (770) after its label
    # line, the target cell beside it drawn 3 pt further (its own sides and bottom to 773),
    # nothing drawn on the right of the space under the closed cells: no sub-row was begun
    # there. Page 2 opens with the achievement's rest in a box of its own, then the
    # co-creation sub-row with its label: the rest is the achievement's (WeasyPrint, Lato)
    p1_words = put("Kementerian Sosial", 55, 602) + put("Target B06:", 55, 620) + put("Capaian Target:", 135, 620)
    p1_words += put("Nilai: 75%", 455, 620) + [w for k in range(11) for w in put(f"target{k}", 55, 632 + 12 * k)]
    p1_rules = [*heading_rules(600), rule_h(615, XS[0], XS[3]), rule_h(770, XS[1], XS[3]), *columns(615, 770)]
    p1_rules += [rule_v(XS[0], 770, 773), rule_v(XS[1], 770, 773), rule_h(773, XS[0], XS[1])]
    p1 = Page(1, 595, 842, p1_words, p1_rules)
    p2_words = put("lanjutan.", 55, 52) + put("sisa capaian.", 135, 52)
    p2_words += put("Proses Kokreasi: bersama", 135, 82) + put("Aktif", 455, 82)
    p2_rules = [rule_h(50, XS[0], XS[3]), rule_h(78, XS[1], XS[3]), rule_h(100, XS[0], XS[3]), *columns(50, 100)]
    p2 = Page(2, 595, 842, p2_words, p2_rules)
    out = parse_pages([p1, p2])
    [t] = targets_of(out)
    assert (t.achievement_text, t.score) == ("sisa capaian.", "75%")
    assert (t.cocreation_text, t.cocreation_label) == ("bersama", "Aktif")
    assert t.target_text == " ".join(f"target{k}" for k in range(11)) + " lanjutan."
    assert out.unassigned == []


def test_read_once_drops_a_cut_line_drawn_on_both_pages_but_keeps_a_lone_repeated_word() -> None:
    from ogi_extract.tables import TextLine, read_once

    def line(page: int, top: float, text: str, x: float = 135) -> TextLine:
        words = put(text, x, top)
        return TextLine(page, words, Box(words[0].box.x0, top, words[-1].box.x1, top + 10))

    cut = [line(1, 760, "akhir baris"), line(2, 45, "akhir baris"), line(2, 57, "lanjut")]
    kept, copies = read_once(cut)
    assert [ln.text for ln in kept] == ["akhir baris", "lanjut"]
    assert [w.text for w in copies] == ["akhir", "baris"]
    lone = [line(1, 760, "pemerintah"), line(2, 45, "pemerintah")]
    kept, copies = read_once(lone)
    assert [ln.text for ln in kept] == ["pemerintah", "pemerintah"] and copies == []


def test_a_tall_empty_region_past_the_break_is_no_sub_row_begun() -> None:
    # the table is drawn on past the text's end (770-800, empty, no column rule there):
    # the achievement's rest at the top of page 2 still goes on with it
    p1_words = put("Kementerian Sosial", 55, 602) + put("Target B06:", 55, 620) + put("Capaian Target: awal", 135, 620)
    p1_words += put("Nilai: 75%", 455, 620) + [w for k in range(11) for w in put(f"capai{k}", 135, 632 + 12 * k)]
    p1_rules = [*heading_rules(600), rule_h(770, XS[1], XS[3]), *columns(615, 770), rule_v(XS[0], 770, 800), rule_v(XS[1], 770, 800)]
    p1_rules.append(rule_v(XS[3], 770, 800))
    p1 = Page(1, 595, 842, p1_words, p1_rules)
    p2_words = put("Kementerian Sosial", 55, 52) + put("lanjutan.", 55, 68) + put("akhir.", 135, 68)
    p2_words += put("Proses Kokreasi: bersama", 135, 98) + put("Semi Aktif", 455, 98)
    p2_rules = [*heading_rules(50), rule_h(95, XS[1], XS[3]), rule_h(120, XS[0], XS[3]), *columns(65, 120)]
    out = parse_pages([p1, Page(2, 595, 842, p2_words, p2_rules)])
    [t] = targets_of(out)
    assert t.achievement_text == "awal " + " ".join(f"capai{k}" for k in range(11)) + " akhir."
    assert (t.cocreation_text, t.cocreation_label) == ("bersama", "Semi Aktif")


def test_a_cell_ending_in_a_hyphen_broken_word_goes_on_though_its_rest_reads_as_a_label() -> None:
    # rules close the row at the break (LibreOffice); the achievement's rest opens with
    # "nilai", which the score label "Nilai:" matches, but "me-" + "nilai" is one word
    p1_words = put("Target B06:", 55, 705) + put("Diterbitkannya", 55, 720)
    *line, broken = put("Telah terbit peraturan me-", 135, 745)
    p1_words += put("Capaian Target:", 135, 705) + line + [replace(broken, space_after=False)]
    p1_words += put("Nilai: 100%", 455, 705)
    p1 = Page(1, 595, 842, p1_words, row_rules(700, None, 760))
    p2_words = put("dokumen.", 55, 55) + put("nilai perspektif hukum.", 135, 55)
    p2_words += put("Proses Kokreasi:", 135, 85) + put("Dalam proses penyusunan", 135, 100) + put("Aktif", 455, 85)
    p2_rules = [rule_h(50, XS[0], XS[3]), rule_h(80, XS[1], XS[3]), rule_h(120, XS[0], XS[3])]
    p2 = Page(2, 595, 842, p2_words, p2_rules + [rule_v(x, 50, 120) for x in XS])
    out = parse_pages([p1, p2])
    [t] = [t for c in out.commitments for b in c.blocks for t in b.targets]
    # (no vocabulary here to drop the engine's hyphen: the rest is joined to the piece it goes on)
    assert t.achievement_text == "Telah terbit peraturan me-nilai perspektif hukum."
    assert t.cocreation_text == "Dalam proses penyusunan"
    assert out.unassigned == []


def test_a_labelled_row_with_its_top_rule_after_an_empty_sliver_is_a_new_row() -> None:
    # Page 1 ends a target row: its label cell closes at 738 (rule, its column's rules end
    # there), its co-creation sub-row runs on to 752; nothing is drawn in the first column
    # between (a sliver the grid shows empty). Page 2 opens with the next target row, its
    # label cell and its top rule over every column.
    p1_words = put("Target B06:", 55, 605) + put("Capaian Target: awal", 135, 605) + put("Nilai: 14%", 455, 605)
    p1_words += [w for k in range(10) for w in put(f"sasaran{k}", 55, 620 + 11 * k)]
    p1_words += put("Proses Kokreasi:", 135, 705) + put("Semi-Aktif", 455, 705)
    p1_words += [w for k in range(4) for w in put(f"proses{k}", 135, 718 + 11 * k)]
    p1_rules = [rule_h(600, XS[0], XS[3]), rule_h(700, XS[1], XS[3]), rule_h(738, XS[0], XS[1]), rule_h(752, XS[1], XS[3])]
    p1_rules += [rule_v(XS[0], 600, 738), rule_v(XS[1], 600, 752), rule_v(XS[2], 600, 752), rule_v(XS[3], 600, 752)]
    p1 = Page(1, 595, 842, p1_words, p1_rules)
    p2_words = put("Target B12:", 55, 55) + put("Capaian Target: dua", 135, 55) + put("Nilai 100%", 455, 55)
    p2_words += put("Proses Kokreasi:", 135, 85) + put("Pasif", 455, 85)
    p2 = Page(2, 595, 842, p2_words, [rule_h(50, XS[0], XS[3]), rule_h(80, XS[1], XS[3]), rule_h(120, XS[0], XS[3]), *columns(50, 120)])
    out = parse_pages([p1, p2])
    targets = targets_of(out)
    assert [t.label for t in targets] == ["Target B06", "Target B12"]
    assert (targets[0].score, targets[0].cocreation_label) == ("14%", "Semi-Aktif")
    assert targets[0].target_text == " ".join(f"sasaran{k}" for k in range(10))
    assert (targets[1].achievement_text, targets[1].cocreation_label) == ("dua", "Pasif")
    assert out.unassigned == []


def test_a_sub_row_begun_as_a_sliver_too_low_for_a_line_and_its_padding_starts_on_the_next_page() -> None:
    # as above, the sliver 18 pt high under 10 pt lines (Chromium: 17 pt under 11 pt lines): more
    # than a line, too low for a line with the cell's padding; it begins the co-creation sub-row
    p1_words = put("Kementerian Sosial", 55, 602) + put("Target B06:", 55, 620) + put("Capaian Target: awal", 135, 620)
    p1_words += put("Nilai: 75%", 455, 620) + [w for k in range(11) for w in put(f"capai{k}", 135, 632 + 12 * k)]
    p1_rules = [*heading_rules(600), rule_h(770, XS[1], XS[3]), *columns(615, 770)]
    p1_rules += [rule_v(XS[0], 770, 788), rule_v(XS[1], 770, 788), rule_v(XS[3], 770, 788)]
    p1 = Page(1, 595, 842, p1_words, p1_rules)
    p2_words = put("Kementerian Sosial", 55, 52) + put("lanjutan.", 55, 68)
    p2_words += put("Proses Kokreasi: bersama", 135, 68) + put("Aktif", 455, 68)
    p2 = Page(2, 595, 842, p2_words, [*heading_rules(50), rule_h(120, XS[0], XS[3]), *columns(65, 120)])
    out = parse_pages([p1, p2])
    [t] = targets_of(out)
    assert t.achievement_text == "awal " + " ".join(f"capai{k}" for k in range(11))
    assert (t.score, t.cocreation_text, t.cocreation_label) == ("75%", "bersama", "Aktif")
    assert out.unassigned == []


def test_row_whose_first_cell_moved_on_as_an_empty_box_gets_its_label_on_the_next_page() -> None:
    # page 1: the label cell moved on whole, drawn as an empty box (740-746) with nothing under
    # it in its column; the achievement and score cells run to 780. Page 2: the label cell with
    # its top rule, a sliver (50-56) of the achievement sub-row, then the co-creation sub-row
    p1_rules = [rule_h(740, XS[0], XS[3]), rule_h(746, XS[0], XS[1]), rule_h(780, XS[1], XS[3])]
    p1_rules += [rule_v(XS[0], 740, 746), *(rule_v(x, 740, 780) for x in XS[1:])]
    p1 = Page(1, 595, 842, put("Capaian Target:", 135, 745) + put("Nilai: 32%", 455, 745), p1_rules)
    p2_words = put("Target B18:", 55, 55) + put("sasaran kedua", 55, 68)
    p2_words += put("Proses Kokreasi:", 135, 60) + put("bersama", 135, 72) + put("Aktif", 455, 60)
    p2_rules = [rule_h(50, XS[0], XS[3]), rule_h(56, XS[1], XS[3]), rule_h(120, XS[0], XS[3]), *columns(50, 120)]
    out = parse_pages([p1, Page(2, 595, 842, p2_words, p2_rules)])
    [t] = targets_of(out)
    assert (t.label, t.target_text, t.score) == ("Target B18", "sasaran kedua", "32%")
    assert (t.cocreation_text, t.cocreation_label) == ("bersama", "Aktif")
    assert out.unassigned == []


def _first_cell_cut_at_the_page_end() -> Page:
    """A page whose last row's target cell, twelve lines long, is drawn as a box closed at the page's end."""
    words = put("Kementerian Sosial", 55, 602) + put("Target B06:", 55, 620)
    words += [w for k in range(12) for w in put(f"isi{k}", 55, 632 + 12 * k)]
    rules = [*heading_rules(600), rule_h(780, XS[0], XS[1]), rule_v(XS[0], 615, 780), rule_v(XS[1], 615, 780)]
    return Page(1, 595, 842, words, rules)


def test_a_first_cell_cut_at_the_page_end_goes_on_above_the_rest_of_its_row_moved_on() -> None:
    # A producer that moves rows whole cannot move a target cell taller than a page: it draws
    # the cell as a box closed at the page's end, sets the rest of its text ("akhir.") at the
    # top of the next page with no rule, at the cell's left edge, and draws the row's next
    # sub-row under it with no cell in the first column (the one after moved on to page 3,
    # under the heading repeated). The line is the cell's rest, and the table under it goes
    # on with the row.
    p1 = _first_cell_cut_at_the_page_end()
    p2_words = put("akhir.", 55, 55) + put("Capaian Target: ok", 135, 75) + put("Nilai: 75%", 455, 75)
    p2_rules = [rule_h(y, XS[1], XS[3]) for y in (70, 130)] + [rule_v(x, 70, 130) for x in XS[1:]]
    p2 = Page(2, 595, 842, p2_words, p2_rules)
    p3_words = put("Kementerian Sosial", 55, 52) + put("Proses Kokreasi:", 135, 70) + put("Pasif", 455, 70)
    p3 = Page(3, 595, 842, p3_words, [*heading_rules(50), rule_h(120, XS[0], XS[3]), *columns(65, 120)])
    out = parse_pages([p1, p2, p3])
    [t] = targets_of(out)
    assert t.target_text == " ".join(f"isi{k}" for k in range(12)) + " akhir."
    assert (t.achievement_text, t.score, t.cocreation_label) == ("ok", "75%", "Pasif")
    assert out.unassigned == []


def test_a_line_over_a_table_of_its_own_after_a_first_cell_cut_at_the_page_end_is_no_rest() -> None:
    # The same cut first cell, but the next page's table has a cell in the first column:
    # a table of the page's own, and the line above it at the cell's indent is text of its own.
    p1 = _first_cell_cut_at_the_page_end()
    p2_words = put("akhir.", 55, 55) + put("Target B07:", 55, 75) + put("Capaian Target: ok", 135, 75)
    p2_words += put("Nilai: 75%", 455, 75)
    p2 = Page(2, 595, 842, p2_words, [rule_h(y, XS[0], XS[3]) for y in (70, 130)] + columns(70, 130))
    out = parse_pages([p1, p2])
    assert targets_of(out)[0].target_text == " ".join(f"isi{k}" for k in range(12))


def test_rest_of_a_row_drawn_as_a_box_of_its_own_under_the_repeated_heading_goes_on() -> None:
    # Page 1 ends with the co-creation cell closed at the page's foot; page 2 repeats the
    # heading, then draws the cell's rest in a box round its column only (its own table:
    # its columns are not the heading's), then the next heading and target. The rest is
    # the co-creation text's, and the next rows are rows of their own.
    p1_words = put("Kementerian Sosial", 55, 602) + put("Target B06:", 55, 620) + put("Capaian Target: awal", 135, 620)
    p1_words += put("Nilai: 75%", 455, 620) + put("Proses Kokreasi: mulai", 135, 650) + put("Aktif", 455, 650)
    p1_words += [w for k in range(9) for w in put(f"kokreasi{k}", 135, 662 + 12 * k)]
    p1_rules = [*heading_rules(600), rule_h(645, XS[1], XS[3]), rule_h(780, XS[0], XS[3]), *columns(615, 780)]
    p1 = Page(1, 595, 842, p1_words, p1_rules)
    p2_words = put("Kementerian Sosial", 55, 52) + put("menindaklanjuti akhir.", 135, 69)
    p2_words += put("Yayasan Tifa", 55, 102)
    p2_words += put("Target B18:", 55, 120) + put("Capaian Target: dua", 135, 120) + put("Nilai: 50%", 455, 120)
    p2_words += put("Proses Kokreasi:", 135, 150) + put("Pasif", 455, 150)
    p2_rules = [*heading_rules(50), rule_h(65.5, XS[1], XS[2]), rule_h(85, XS[1], XS[2])]
    p2_rules += [rule_v(XS[1], 65.5, 85), rule_v(XS[2], 65.5, 85)]
    p2_rules += [*heading_rules(100), rule_h(145, XS[1], XS[3]), rule_h(175, XS[0], XS[3]), *columns(115, 175)]
    p2 = Page(2, 595, 842, p2_words, p2_rules)
    out = parse_pages([p1, p2])
    blocks = [b for c in out.commitments for b in c.blocks]
    assert [b.implementer for b in blocks] == ["Kementerian Sosial", "Yayasan Tifa"]
    [t1], [t2] = (b.targets for b in blocks)
    kokreasi = " ".join(f"kokreasi{k}" for k in range(9))
    assert (t1.cocreation_text, t1.cocreation_label) == (f"mulai {kokreasi} menindaklanjuti akhir.", "Aktif")
    assert (t2.label, t2.score, t2.cocreation_label) == ("Target B18", "50%", "Pasif")
    assert out.unassigned == []
