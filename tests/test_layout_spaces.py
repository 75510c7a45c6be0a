"""Word spacing is pinned here, for both backends and the pinned PyMuPDF build.

Producers draw the space between words in three ways: a space glyph (most),
no glyph at all with each word positioned on its own (some exporters), or
offsets inside a TJ array (TeX and others). And at the end of a line the drawn
space (or its absence) is the producer's statement of whether the line broke
between words or inside one. These tests build each case with PyMuPDF and
check that words split where a reader sees a space and that `space_after`
tells the truth at every line end.
"""

from __future__ import annotations

import pymupdf
import pytest

from ogi_extract.layout import BACKENDS, open_document
from ogi_extract.layout.model import Word

SIZE = 10.0
FONT = pymupdf.Font("helv")


def line_ends(words: list[Word]) -> dict[str, bool]:
    """The last word of each line and its space flag."""
    last: dict[int, Word] = {}
    for w in words:
        last[w.line] = w
    return {w.text: w.space_after for w in last.values()}


def rejoin(words: list[Word]) -> str:
    """The text a reader gets back: a space only where the PDF has one (drawn or positioned)."""
    return "".join(w.text + (" " if w.space_after else "") for w in words)


def positioned_words_pdf(gap_em: float) -> bytes:
    """Every word is its own text run; nothing is drawn between words."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    lines = [["Rencana", "Aksi", "Nasional"], ["Keterbukaan", "Pemerintah", "Pendamping"], ["an", "desa."]]
    y = 100.0
    for line in lines:
        x = 72.0
        for word in line:
            page.insert_text((x, y), word, fontsize=SIZE, fontname="helv")
            x += FONT.text_length(word, fontsize=SIZE) + gap_em * SIZE
        y += 14
    return doc.tobytes()


def trailing_space_pdf() -> bytes:
    """Lines set with space glyphs; a line broken between words keeps its trailing space."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for k, line in enumerate(["Telah terbit peraturan ", "revisi PERKI SLIP, yaitu Kementerian/Lemba", "ga terkait."]):
        page.insert_text((72, 100 + 14 * k), line, fontsize=SIZE, fontname="helv")
    return doc.tobytes()


def tj_offsets_pdf() -> bytes:
    """Words separated by TJ offsets (thousandths of an em) instead of space glyphs."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 60), "x", fontsize=SIZE, fontname="helv")  # registers /helv on the page
    stream = (
        b"BT /helv 10 Tf 72 742 Td [(Capaian)-278(Target)-250(telah)-3(ter)-2(capai)] TJ ET\n"
        b"BT /helv 10 Tf 72 728 Td [(dengan)-278(baik)] TJ ET\n"
    )
    xref = doc.get_new_xref()
    doc.update_object(xref, "<<>>")
    doc.update_stream(xref, stream)
    contents = page.get_contents()
    doc.xref_set_key(page.xref, "Contents", "[" + " ".join(f"{x} 0 R" for x in [*contents, xref]) + "]")
    return doc.tobytes()


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("gap_em", [0.2, 0.278, 0.5])
def test_positioned_words_without_space_glyphs(backend: str, gap_em: float) -> None:
    page = open_document(positioned_words_pdf(gap_em), backend=backend).pages[0]
    assert [w.text for w in page.words] == [
        "Rencana", "Aksi", "Nasional", "Keterbukaan", "Pemerintah", "Pendamping", "an", "desa.",
    ]  # fmt: skip
    # Between positioned words there is a space; at a line end nothing was drawn.
    assert [w.space_after for w in page.words] == [True, True, False, True, True, False, True, False]
    assert [w.line for w in page.words] == [0, 0, 0, 1, 1, 1, 2, 2]


@pytest.mark.parametrize("backend", BACKENDS)
def test_trailing_spaces_mark_breaks_between_words(backend: str) -> None:
    page = open_document(trailing_space_pdf(), backend=backend).pages[0]
    assert line_ends(page.words) == {"peraturan": True, "Kementerian/Lemba": False, "terkait.": False}
    assert rejoin(page.words) == "Telah terbit peraturan revisi PERKI SLIP, yaitu Kementerian/Lembaga terkait."


@pytest.mark.parametrize("backend", BACKENDS)
def test_tj_offsets_split_words_but_kerning_does_not(backend: str) -> None:
    page = open_document(tj_offsets_pdf(), backend=backend).pages[0]
    words = [w for w in page.words if w.text != "x"]
    assert [(w.text, w.space_after) for w in words] == [
        ("Capaian", True),
        ("Target", True),
        ("telahtercapai", False),
        ("dengan", True),
        ("baik", False),
    ]


def test_backends_agree_on_every_spacing_case() -> None:
    for data in (positioned_words_pdf(0.278), trailing_space_pdf(), tj_offsets_pdf()):
        a, b = (open_document(data, backend=name).pages[0].words for name in BACKENDS)
        assert [(w.text, w.space_after, w.line) for w in a] == [(w.text, w.space_after, w.line) for w in b]
        for wa, wb in zip(a, b):
            assert all(abs(p - q) <= 1.0 for p, q in zip(wa.box.rounded(), wb.box.rounded()))
