"""The HTML engines of the corpus: the markup they share, and what each one prints.

Every engine renders the same small report (one commitment, a cell of several
hundred words); its PDF must hold every word of the truth, and the long row must
run over a page break, because rows broken by a page are what the corpus is
for. A missing engine fails here: the corpus cannot be built without it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pymupdf
import pytest

from corpus.document import Cell, Document, Heading, HeadRow, Table, TargetRow, Title, make_document
from corpus.engines import engine
from corpus.engines._pdf import fixed_dates, words_missing
from corpus.engines.html import Features, to_html
from corpus.look import Look, random_look
from corpus.wording import EDITIONS
from ogi_extract.synth.content import SpecParams
from ogi_extract.synth.spec import CommitmentSpec, Paragraph, Spec

HTML_ENGINES = ("chromium", "weasyprint", "wkhtmltopdf")
# One commitment, three targets; seed 3 draws a 566-word cell and numbered, lettered and nested items.
PARAMS = SpecParams(
    commitments=(1, 1), measures=(1, 1), implementers=(1, 2), targets=(1, 2), long_cell=0.15, list_cell=0.5
)
SEED = 3


@pytest.fixture(scope="module")
def document() -> Document:
    return make_document(SEED, "2021", params=PARAMS)


def _long_cell(document: Document) -> Cell:
    cells = [
        cell
        for block in document.blocks
        if isinstance(block, Table)
        for row in block.rows
        if isinstance(row, TargetRow)
        for cell in (row.target, row.achievement, row.cocreation)
    ]
    return max(cells, key=lambda c: sum(len(p.text.split()) for p in c.body))


def _squeezed(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("name", HTML_ENGINES)
def test_engine_prints_every_word_and_breaks_a_row(name: str, document: Document, tmp_path: Path) -> None:
    module = engine(name)
    assert module.missing() is None, f"{name} is not installed: {module.missing()}"
    assert module.BREAKS_ROWS
    look = replace(random_look(SEED, module.FONTS[0]), hyphenate=False)
    pdf = module.render(document, look, tmp_path)
    assert pdf.startswith(b"%PDF")
    assert words_missing(pdf, document.truth()) == []

    # the long cell starts on one page and ends on a later one
    long_text = [p.text for p in _long_cell(document).body]
    assert sum(len(t.split()) for t in long_text) > 300
    head, tail = _squeezed(" ".join(long_text[0].split()[:4])), _squeezed(" ".join(long_text[-1].split()[-4:]))
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        pages = [_squeezed(page.get_text()) for page in doc]
    first = [i for i, text in enumerate(pages) if head in text]
    last = [i for i, text in enumerate(pages) if tail in text]
    assert first and last and max(last) > min(first), (first, last)


@pytest.mark.parametrize("name", HTML_ENGINES)
def test_engine_is_deterministic(name: str, tmp_path: Path) -> None:
    module = engine(name)
    small = Document(1, EDITIONS["2021"], (Title("Laporan"), Heading("Komitmen 1", new_page=True)), Spec(()))
    look = Look(font=module.FONTS[1])
    assert module.render(small, look, tmp_path / "a") == module.render(small, look, tmp_path / "b")


def _items_document(items: tuple[Paragraph, ...]) -> Document:
    row = TargetRow(
        Cell("Target B06:", items), Cell("Capaian Target:"), Cell("Nilai: 100%"), Cell("Proses Kokreasi:"), Cell(None)
    )
    spec = Spec((CommitmentSpec(1, "Judul", (), ()),))
    return Document(1, EDITIONS["2021"], (Table((HeadRow("Perludem"), row)),), spec)


ITEMS = (
    Paragraph("Pengantar."),
    Paragraph("satu", "1."),
    Paragraph("anak", "a.", 1),
    Paragraph("dua", "2."),
    Paragraph("titik", "\uf0b7"),
    Paragraph("lingkaran", "o", 1),
)


def test_typed_markers_print_the_marker_with_a_hanging_indent() -> None:
    page = to_html(_items_document(ITEMS), Look(list_markup=False))
    assert '<span class="m">1.</span> satu' in page
    assert '<span class="m">•</span> titik' in page  # the private-use glyph prints as U+2022
    assert "\uf0b7" not in page
    assert re.search(r'<p class="item" style="margin-left:[\d.]+em"><span class="m">a\.</span> anak', page)
    assert "<ol" not in page and "<ul" not in page


def test_list_markup_nests_items_and_shows_the_exact_marker() -> None:
    page = to_html(_items_document(ITEMS), Look(list_markup=True))
    decimal, alpha = 'style="list-style-type:decimal"', 'style="list-style-type:lower-alpha"'
    assert f'<li value="1" {decimal}>satu<ol><li value="1" {alpha}>anak</li></ol></li>' in page
    bullet, circle = 'style="list-style-type:&quot;• &quot;"', 'style="list-style-type:&quot;o &quot;"'
    assert f"<li {bullet}>titik<ul><li {circle}>lingkaran</li></ul></li>" in page
    old_webkit = to_html(_items_document(ITEMS), Look(list_markup=True), Features(string_markers=False))
    assert '<li style="list-style-type:none" data-marker="•">titik' in old_webkit


def test_look_reaches_the_stylesheet() -> None:
    document = _items_document(ITEMS)
    plain = to_html(document, Look(font="carlito", repeat_header=False, ligatures=True, footer=False))
    varied = to_html(document, Look(font="carlito", repeat_header=True, ligatures=False, footer=True, border="fill"))
    assert "<thead>" not in plain and "<thead><tr><th colspan=\"3\">Perludem</th></tr></thead>" in varied
    assert "font-variant-ligatures: none" in varied and "font-variant-ligatures: normal" in plain
    assert "@bottom-right" in varied and "@bottom-right" not in plain
    assert "Sekretariat Nasional Open Government Indonesia" in varied
    assert "border-collapse: collapse" in varied and "border-collapse: separate" in plain
    assert 'font-family: "Carlito"' in plain
    no_boxes = to_html(document, Look(footer=True), Features(margin_boxes=False))
    assert "@bottom-right" not in no_boxes


def test_words_missing_names_a_lost_word() -> None:
    with pymupdf.open() as doc:
        page = doc.new_page()
        page.insert_text((72, 72), "Laporan Pendamping-")
        page.insert_text((72, 90), "an Target B06:")
        pdf = doc.tobytes()
    assert words_missing(pdf, {"title": "Laporan Pendampingan", "label": "Target B06"}) == []
    assert words_missing(pdf, {"title": "Laporan Kementerian"}) == ["Kementerian"]


def test_fixed_dates_keep_the_file_length() -> None:
    pdf = b"<< /CreationDate (D:20261205073708+00'00') /ModDate (D:20261205073708Z) >>"
    fixed = fixed_dates(pdf)
    assert len(fixed) == len(pdf) and fixed.count(b"D:20211231000000") == 2


def test_a_restarted_numbering_is_a_list_of_its_own() -> None:
    """Two numbered lists in a row: WeasyPrint ignores `<li value>`, so each needs its own <ol>."""
    items = tuple(Paragraph(w, m) for w, m in (("satu", "1."), ("dua", "2."), ("tiga", "1."), ("empat", "2.")))
    page = to_html(_items_document(items), Look(list_markup=True))
    assert page.count("<ol>") == 2
    later = (Paragraph("tiga", "3."), Paragraph("empat", "4."))
    assert '<ol start="3" style="counter-reset:list-item 2">' in to_html(_items_document(later), Look(list_markup=True))


@pytest.mark.parametrize("name", HTML_ENGINES)
def test_engine_prints_a_restarted_numbering_as_given(name: str, tmp_path: Path) -> None:
    module = engine(name)
    items = tuple(
        Paragraph(w, m) for w, m in (("satu", "1."), ("dua", "2."), ("tiga", "1."), ("empat", "2."), ("lima", "3."))
    )
    pdf = module.render(_items_document(items), Look(font=module.FONTS[0], list_markup=True), tmp_path)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        words = doc[0].get_text("words")  # (x0, y0, x1, y1, word, ...); markers may come apart from their text
    markers = sorted((round(w[1]), w[4]) for w in words if re.fullmatch(r"\d\.", w[4]))
    assert [m for _, m in markers] == ["1.", "2.", "1.", "2.", "3."]
