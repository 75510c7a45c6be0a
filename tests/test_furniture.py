"""Headers and footers by repetition: documents made with PyMuPDF, read by the layout stage."""

from __future__ import annotations

import pymupdf
import pytest

from ogi_extract.furniture import find_furniture, hints_apply
from ogi_extract.layout import open_document
from ogi_extract.layout.model import Document

WIDTH, HEIGHT = 595.0, 842.0
FOOTER = "Laporan Monitoring dan Evaluasi RAN OGI 2021"
HINTS = [r"^Laporan\s+Monitoring\s+dan\s+Evaluasi\s+RAN\s+OGI", r"^\d{1,4}$"]
WORDS = "pemerintah daerah keterbukaan informasi publik kementerian lembaga dokumen peraturan kegiatan".split()


def body_line(page_number: int, k: int) -> str:
    return " ".join(WORDS[(page_number * 7 + k * 3 + j) % len(WORDS)] for j in range(6)) + f" {page_number}{k}"


def make_doc(
    pages: int,
    *,
    footer_on: set[int] | None = None,
    header: str | None = None,
    header_y: float = 40.0,
    page_numbers: bool = False,
    table_label: bool = False,
    heading: bool = False,
) -> Document:
    """Pages of varied body text; furniture only where asked (page numbers are 1-based)."""
    doc = pymupdf.open()
    for n in range(1, pages + 1):
        page = doc.new_page(width=WIDTH, height=HEIGHT)
        y = 100.0 if header is None or header_y < 80 else header_y + 24
        if heading:
            page.insert_text((72, 84), f"Komitmen {n}", fontsize=12, fontname="hebo")
            y = 110.0
        if table_label:
            # A bordered row at the top of the page, as target rows continue page after page.
            for x in (70.0, 250.0, 520.0):
                page.draw_rect(pymupdf.Rect(x, y - 14, x + 0.5, y + 40), color=None, fill=(0, 0, 0))
            for yy in (y - 14, y + 40):
                page.draw_rect(pymupdf.Rect(70, yy, 520.5, yy + 0.5), color=None, fill=(0, 0, 0))
            page.insert_text((75, y), "Target B06:", fontsize=10, fontname="hebo")
            page.insert_text((255, y + 14), body_line(n, 99)[:40], fontsize=10, fontname="helv")
            y += 60
        for k in range(40):
            if y > 740:
                break
            page.insert_text((72, y), body_line(n, k), fontsize=10, fontname="helv")
            y += 15
        if header:
            page.insert_text((72, header_y), header, fontsize=9, fontname="helv")
        if footer_on is not None and n in footer_on:
            page.insert_text((72, 805), FOOTER, fontsize=9, fontname="helv")
        if page_numbers:
            x = 520 if n % 2 else 72  # outer corner alternates, the height does not
            page.insert_text((x, 795), str(n + 4), fontsize=9, fontname="helv")
    return open_document(doc.tobytes())


def furniture_texts(doc: Document, hints: list[str] | None = None) -> dict[int, list[str]]:
    found = find_furniture(doc, hints or [])
    out: dict[int, list[str]] = {}
    for page in doc.pages:
        skip = found.skip(page.number)
        texts = [w.text for i, w in enumerate(page.words) if i in skip]
        if texts:
            out[page.number] = texts
    return out


def test_footer_on_every_page() -> None:
    doc = make_doc(6, footer_on=set(range(1, 7)))
    assert furniture_texts(doc) == {n: FOOTER.split() for n in range(1, 7)}
    pf = find_furniture(doc).pages[1]
    assert [(ln.kind, ln.reason) for ln in pf.lines] == [("footer", "repeated on 6 pages")]


@pytest.mark.parametrize(("pages", "footer_on"), [(10, {2, 5, 9}), (7, {1, 4})])
def test_footer_on_some_pages_only(pages: int, footer_on: set[int]) -> None:
    doc = make_doc(pages, footer_on=footer_on)
    assert furniture_texts(doc) == {n: FOOTER.split() for n in footer_on}


def test_no_footer_finds_nothing() -> None:
    assert furniture_texts(make_doc(5)) == {}


@pytest.mark.parametrize("header_y", [40.0, 112.0])  # in the margin, and a little further in
def test_running_header(header_y: float) -> None:
    doc = make_doc(4, header="Sekretariat Nasional Open Government Indonesia", header_y=header_y)
    found = find_furniture(doc)
    assert {ln.kind for p in found.pages.values() for ln in p.lines} == {"header"}
    assert furniture_texts(doc) == {n: "Sekretariat Nasional Open Government Indonesia".split() for n in range(1, 5)}


def test_page_numbers_fold_into_one_footer() -> None:
    doc = make_doc(5, footer_on=set(range(1, 6)), page_numbers=True)
    texts = furniture_texts(doc)
    assert texts == {n: [str(n + 4), *FOOTER.split()] for n in range(1, 6)}
    reasons = [ln.reason for ln in find_furniture(doc).pages[3].lines]
    assert reasons == ["repeated on 5 pages", "repeated on 5 pages"]


def test_lone_page_number_is_furniture_without_repeating() -> None:
    doc = make_doc(1, page_numbers=True)
    assert furniture_texts(doc) == {1: ["5"]}


def test_repeated_table_label_and_numbered_headings_stay_in_the_body() -> None:
    doc = make_doc(8, footer_on=set(range(1, 9)), table_label=True, heading=True)
    texts = furniture_texts(doc)
    assert texts == {n: FOOTER.split() for n in range(1, 9)}
    page = doc.pages[0]
    skip = find_furniture(doc).skip(1)
    assert {w.text for i, w in enumerate(page.words) if i not in skip} >= {"Target", "B06:", "Komitmen", "1"}


def test_heading_repeated_at_the_top_of_a_few_pages_is_body() -> None:
    """With a small top margin the body starts inside the margin band; a heading
    that opens three of six pages there is body, because the other pages have
    body text at that height too."""
    doc = pymupdf.open()
    for n in range(1, 7):
        page = doc.new_page(width=WIDTH, height=HEIGHT)
        first = "Ukuran Keberhasilan 2:" if n in (2, 4, 5) else body_line(n, 50)
        page.insert_text((72, 50), first, fontsize=11, fontname="helv")
        for k in range(10):
            page.insert_text((72, 70 + 15 * k), body_line(n, k), fontsize=10, fontname="helv")
        page.insert_text((72, 805), FOOTER, fontsize=9, fontname="helv")
    texts = furniture_texts(open_document(doc.tobytes()))
    assert texts == {n: FOOTER.split() for n in range(1, 7)}


def test_hints_only_for_documents_too_short_to_repeat() -> None:
    one = make_doc(1, footer_on={1})
    assert furniture_texts(one) == {}
    assert furniture_texts(one, HINTS) == {1: FOOTER.split()}
    longer = make_doc(6, footer_on={3})  # one footer in six pages: no repetition, and hints are not used
    assert furniture_texts(longer, HINTS) == {}
    assert hints_apply(one) and not hints_apply(longer)


def test_hints_apply_counts_only_pages_with_words() -> None:
    doc = pymupdf.open()
    doc.new_page(width=WIDTH, height=HEIGHT)  # blank: repeats nothing
    doc.new_page(width=WIDTH, height=HEIGHT).insert_text((72, 805), FOOTER, fontsize=9, fontname="helv")
    blank_and_one = open_document(doc.tobytes())
    assert hints_apply(blank_and_one)
    assert furniture_texts(blank_and_one, HINTS) == {2: FOOTER.split()}


def test_hint_text_in_the_middle_of_the_page_is_body() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=WIDTH, height=HEIGHT)
    page.insert_text((72, 400), FOOTER, fontsize=10, fontname="helv")
    assert furniture_texts(open_document(doc.tobytes()), HINTS) == {}


def test_body_extent_stops_above_the_footer() -> None:
    doc = make_doc(4, footer_on=set(range(1, 5)), table_label=True)
    found = find_furniture(doc)
    page = doc.pages[1]
    pf = found.pages[2]
    footer_top = min(ln.box.top for ln in pf.lines)
    body = [w for i, w in enumerate(page.words) if i not in pf.words]
    assert pf.body_bottom == pytest.approx(max(w.box.bottom for w in body))
    assert pf.body_bottom < footer_top
    assert pf.body_top == pytest.approx(min([w.box.top for w in body] + [r.box.top for r in page.rulings]))
    assert found.body(2) == (pf.body_top, pf.body_bottom)
    assert found.skip(99) == set() and found.body(99) is None


def crowded_doc(pages: int, crowded: set[int]) -> Document:
    """A numbered footer on every page; on the `crowded` pages body text shares its baseline."""
    doc = pymupdf.open()
    for n in range(1, pages + 1):
        page = doc.new_page(width=WIDTH, height=HEIGHT)
        for k in range(40):
            page.insert_text((72, 100 + 15 * k), body_line(n, k), fontsize=10, fontname="helv")
        page.insert_text((72, 805), f"{FOOTER} | {n}", fontsize=9, fontname="helv")
        if n in crowded:
            # a cell's text run out of its table, down past the footer's baseline
            for j, y in enumerate((775.0, 790.0, 805.0, 820.0)):
                page.insert_text((330, y), body_line(n, 50 + j)[:30], fontsize=10, fontname="helv")
    return open_document(doc.tobytes())


def test_footer_on_most_pages_stays_furniture_where_body_text_crowds_it() -> None:
    crowded = {3, 7, 8}
    doc = crowded_doc(20, crowded)
    found = find_furniture(doc)
    for page in doc.pages:
        skip = found.skip(page.number)
        assert [w.text for i, w in enumerate(page.words) if i in skip] == [*FOOTER.split(), "|", str(page.number)]
    # the body words on the footer's baseline stay body
    page = doc.pages[2]
    body = [w.text for i, w in enumerate(page.words) if i not in found.skip(3) and w.box.top > 795]
    assert " ".join(body) == body_line(3, 52)[:30].strip() + " " + body_line(3, 53)[:30].strip()


def test_footer_on_a_minority_of_crowded_pages_is_not_forced() -> None:
    # half the pages have body text at the footer's height: no majority, the body wins
    doc = crowded_doc(6, {1, 2, 3})
    assert furniture_texts(doc) == {}


def test_word_repeated_inside_a_column_of_text_in_the_margin_is_body() -> None:
    # a cell's text runs out of its table down the margin on two pages; one of its
    # lines happens to be the same word at the same height on both
    doc = pymupdf.open()
    for n in range(1, 7):
        page = doc.new_page(width=WIDTH, height=HEIGHT)
        for k in range(30):
            page.insert_text((72, 100 + 15 * k), body_line(n, k), fontsize=10, fontname="helv")
        page.insert_text((200, 812), f"{FOOTER} | {n}", fontsize=9, fontname="helv")
        if n in (2, 4):
            for j, y in enumerate(range(728, 801, 12)):
                text = "keterbukaan" if y == 788 else WORDS[(n + j) % len(WORDS)] + f" {n}{j}"
                page.insert_text((80, y), text, fontsize=10, fontname="helv")
    texts = furniture_texts(open_document(doc.tobytes()))
    assert all("keterbukaan" not in words for words in texts.values())
    assert texts[2] == [*FOOTER.split(), "|", "2"]


def test_page_number_set_above_a_footer_beyond_the_margin_band_is_furniture() -> None:
    # the number's line lies just inside the margin band's edge (9 % of the page from the
    # bottom): it is nothing but a page number, moving with the pages
    doc = pymupdf.open()
    for n in range(1, 6):
        page = doc.new_page(width=WIDTH, height=HEIGHT)
        for k in range(40):
            if 100 + 15 * k > 740:
                break
            page.insert_text((72, 100 + 15 * k), body_line(n, k), fontsize=10, fontname="helv")
        page.insert_text((530, 772), str(n), fontsize=9, fontname="helv")
        page.insert_text((72, 805), FOOTER, fontsize=9, fontname="helv")
    read = open_document(doc.tobytes())
    assert all(HEIGHT - w.box.top > 0.08 * HEIGHT for w in read.pages[0].words if w.text == "1")
    assert furniture_texts(read) == {n: [str(n), *FOOTER.split()] for n in range(1, 6)}


def test_footer_stays_furniture_where_a_body_word_is_drawn_across_its_words() -> None:
    # a cell's text run down past the table, one word drawn over "Laporan Monitoring": in
    # left-to-right order it falls between the footer's words, which are still the footer
    doc = pymupdf.open()
    for n in range(1, 11):
        page = doc.new_page(width=WIDTH, height=HEIGHT)
        for k in range(40):
            page.insert_text((72, 100 + 15 * k), body_line(n, k), fontsize=10, fontname="helv")
        page.insert_text((72, 805), f"{FOOTER} {n}", fontsize=9, fontname="helv")
        if n == 4:
            page.insert_text((90, 804), "memiliki.", fontsize=10, fontname="helv")
    found = find_furniture(open_document(doc.tobytes()))
    page = open_document(doc.tobytes()).pages[3]
    skip = found.skip(4)
    assert [w.text for i, w in enumerate(page.words) if i in skip] == [*FOOTER.split(), "4"]
    assert "memiliki." in [w.text for i, w in enumerate(page.words) if i not in skip]


def test_the_last_piece_of_a_word_broken_at_the_pages_foot_is_no_page_number() -> None:
    # a narrow cell's text runs down to the footer; its last line is "m" (of "mengupayakan",
    # broken over the page), a roman numeral by its letters, set a line's pitch under the
    # line above it, at its left edge
    doc = pymupdf.open()
    for n in range(1, 5):
        page = doc.new_page(width=WIDTH, height=HEIGHT)
        for k in range(40):
            page.insert_text((72, 100 + 15 * k), body_line(n, k), fontsize=10, fontname="helv")
        page.insert_text((72, 825), f"{FOOTER} {n}", fontsize=9, fontname="helv")
        if n == 2:
            for j, text in enumerate(("melibatkan", "khusus", "partisipasi", "m")):
                page.insert_text((127, 760 + 14.4 * j), text, fontsize=12, fontname="helv")
        if n == 3:
            page.insert_text((290, 790), "iii", fontsize=10, fontname="helv")  # a page number of its own
    texts = furniture_texts(open_document(doc.tobytes()))
    assert texts[2] == [*FOOTER.split(), "2"]
    assert texts[3] == ["iii", *FOOTER.split(), "3"]
