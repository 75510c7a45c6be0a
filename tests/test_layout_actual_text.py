"""ActualText restores glyphs the ToUnicode map gives Private Use code points.

The PDF is built here: Helvetica whose ToUnicode maps "1" and "." to U+E072
and U+E094 (as Chromium does for Inter's list-marker figures), the list
marker wrapped in `/Span << /ActualText (1.) >>` per glyph, the words after it
plain. On main the marker was read as "\\ue072\\ue094"; a glyph with no
ActualText keeps its code point and the warning counts it.
"""

from __future__ import annotations

import pymupdf

from ogi_extract.layout import open_document

CMAP = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def /CMapType 2 def
1 begincodespacerange <00> <FF> endcodespacerange
2 beginbfchar <31> <E072> <2E> <E094> endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end"""


def _pdf(marked: bool) -> bytes:
    one = b"/Span << /ActualText (1) >> BDC (1) Tj EMC /Span << /ActualText (.) >> BDC (.) Tj EMC"
    marker = one if marked else b"(1.) Tj"
    return _helvetica_pdf(CMAP, b"BT /F1 12 Tf 50 150 Td " + marker + b" ( Pengawasan dilaksanakan) Tj ET")


def _helvetica_pdf(cmap_stream: bytes, content: bytes) -> bytes:
    """One page drawing `content` in Helvetica whose ToUnicode map is `cmap_stream`."""
    doc = pymupdf.open()
    page = doc.new_page(width=300, height=200)
    cmap = doc.get_new_xref()
    doc.update_object(cmap, "<<>>")
    doc.update_stream(cmap, cmap_stream)
    font = doc.get_new_xref()
    doc.update_object(font, f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode {cmap} 0 R >>")
    doc.xref_set_key(page.xref, "Resources", f"<< /Font << /F1 {font} 0 R >> >>")
    doc.update_stream(page.get_contents()[0] if page.get_contents() else _contents(doc, page), content)
    return doc.tobytes()


def _contents(doc: pymupdf.Document, page: pymupdf.Page) -> int:
    xref = doc.get_new_xref()
    doc.update_object(xref, "<<>>")
    doc.update_stream(xref, b"")
    doc.xref_set_key(page.xref, "Contents", f"{xref} 0 R")
    return xref


def _texts(data: bytes, backend: str = "pymupdf") -> tuple[list[str], list[str]]:
    doc = open_document(data, backend=backend)
    return [w.text for w in doc.pages[0].words], doc.warnings


def test_actual_text_names_private_use_glyphs() -> None:
    words, warnings = _texts(_pdf(marked=True))
    assert words == ["1.", "Pengawasan", "dilaksanakan"]
    assert not any("Private Use" in w for w in warnings)


def test_without_actual_text_the_code_points_stay_and_the_document_says_so() -> None:
    words, warnings = _texts(_pdf(marked=False))
    assert words == ["\ue072\ue094", "Pengawasan", "dilaksanakan"]
    assert [w for w in warnings if "Private Use" in w] == [
        w for w in warnings if w.startswith("page 1: 1 word carries Private Use Area characters")
    ] != []


LIGATURE_CMAP = CMAP.replace(b"2 beginbfchar <31> <E072> <2E> <E094> endbfchar", b"1 beginbfchar <58> <E03C> endbfchar")


def _ligature_pdf() -> bytes:
    """"https" set with one glyph for "tt" that ToUnicode maps to U+E03C, its ActualText "tt" (Chromium, Linux Libertine)."""
    content = b"BT /F1 12 Tf 50 150 Td (h) Tj /Span << /ActualText (tt) >> BDC (X) Tj EMC (ps://data.go.id draf) Tj ET"
    return _helvetica_pdf(LIGATURE_CMAP, content)


def test_a_ligature_named_by_an_actual_text_of_two_letters_keeps_both() -> None:
    doc = open_document(_ligature_pdf())
    words = doc.pages[0].words
    assert [w.text for w in words] == ["https://data.go.id", "draf"]
    assert not any("Private Use" in w for w in doc.warnings)
    # the two letters share the glyph's advance: the word's box is the glyphs' as drawn
    assert words[0].box.x0 == 50
