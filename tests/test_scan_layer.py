"""What makes a page a scan, hidden text named, lone words found as ink, and never an empty result in silence."""

from __future__ import annotations

import pytest

import io

import numpy as np
import pymupdf
from PIL import Image

from ogi_extract.layout import open_document
from ogi_extract.layout.model import Box, Page, Ruling, Word
from ogi_extract.errors import NoTextLayerError, UnknownReportError
from ogi_extract.pipeline import read_document as parse_document
from ogi_extract.tables import split_page
from ogi_extract.layout.scan.holes import Patch, _apart, patches
from ogi_extract.layout.scan.layer import invisible_share, is_scanned, layer_words, turn_words

REPORT_LINES = [
    "DESKRIPSI CAPAIAN 2 KOMITMEN RENCANA AKSI",
    "Komitmen 1: Keterbukaan informasi",
    "Ukuran Keberhasilan 1: Tersedianya layanan",
    "Capaian Target: kegiatan berjalan",
]


def _png(width: int = 900, height: int = 1270) -> bytes:
    buf = io.BytesIO()
    Image.new("L", (width, height), 235).save(buf, format="PNG")
    return buf.getvalue()


def _pdf(image: bool, hidden: bool, table: bool = False) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    if image:
        page.insert_image(page.rect, stream=_png())
    for i, line in enumerate(REPORT_LINES):
        page.insert_text((72, 100 + 20 * i), line, fontsize=11, render_mode=3 if hidden else 0)
    if table:
        for y in (300, 340, 380):
            page.draw_line((72, y), (520, y))
        for x in (72, 300, 520):
            page.draw_line((x, 300), (x, 380))
    return doc.tobytes()


def test_a_page_covered_by_an_image_without_rules_is_a_scan() -> None:
    doc = pymupdf.open(stream=_pdf(image=True, hidden=True), filetype="pdf")
    model = Page(1, 595, 842)
    found = is_scanned(doc[0], model)
    assert found is not None and found.share > 0.98  # kept to its aspect ratio: a sliver uncovered
    assert 105 <= found.dpi <= 112  # 900 pixels over about 8.2 inches
    coarse = pymupdf.open()
    thumb = coarse.new_page(width=595, height=842)
    buf = io.BytesIO()
    Image.new("L", (330, 467), 235).save(buf, format="PNG")  # 40 dpi: a thumbnail, not a scan
    thumb.insert_image(thumb.rect, stream=buf.getvalue())
    assert is_scanned(thumb, Page(1, 595, 842)) is None
    model.rulings = [Ruling(Box(0, y, 100, y + 1), "h", "stroke") for y in range(4)]
    assert is_scanned(doc[0], model) is None  # a page with its own vector rules is born digital
    plain = pymupdf.open(stream=_pdf(image=False, hidden=False), filetype="pdf")
    assert is_scanned(plain[0], Page(1, 595, 842)) is None


def test_render_mode_3_is_read_as_the_ocr_layer() -> None:
    doc = pymupdf.open(stream=_pdf(image=True, hidden=True), filetype="pdf")
    assert invisible_share(doc[0]) == 1.0
    words = layer_words(doc[0])
    assert [w.text for w in words[:3]] == ["DESKRIPSI", "CAPAIAN", "2"]
    visible = pymupdf.open(stream=_pdf(image=False, hidden=False), filetype="pdf")
    assert invisible_share(visible[0]) == 0.0 and layer_words(visible[0]) == []


def test_words_turn_with_the_page() -> None:
    w = Word("x", Box(500, 100, 510, 110), "F", 10, False, 0, True)
    turn_words([w], 595, 842, 1.0)
    # right of the centre and above it: turning the content clockwise moves it down
    assert w.box.cy > 105 and abs(w.box.width - 10) < 1e-6 and abs(w.box.height - 10) < 1e-6


def test_hidden_text_without_an_image_is_no_text_layer() -> None:
    """Hidden words only, with no page image under them: nothing a reader sees, a typed error (exit 7)."""
    with pytest.raises(NoTextLayerError, match="hidden"):
        open_document(_pdf(image=False, hidden=True))


def test_tables_without_target_rows_are_named() -> None:
    """A named edition that reads no row says why (exit 8), never 0 rows and success."""
    with pytest.raises(UnknownReportError, match="none of its cell labels opens a table cell"):
        parse_document(open_document(_pdf(image=False, hidden=False, table=True)), "monev-2021")


def test_no_rows_reason_names_what_is_missing() -> None:
    from ogi_extract.pipeline import no_rows_reason

    doc = open_document(_pdf(image=False, hidden=False, table=True))
    assert "no row starts with a target label of grammar monev-2021" in no_rows_reason(
        doc, [split_page(p, set(), 0) for p in doc.pages], "monev-2021"
    )


def test_lone_ink_is_a_patch_and_ink_beside_a_word_is_not() -> None:
    scale = 72 / 300
    mask = np.zeros((600, 600), dtype=bool)
    mask[100:130, 100:220] = True  # a lone word
    mask[400:430, 300:304] = True  # the overrun of a word's last letter
    found = patches(mask, scale)
    assert len(found) == 2
    word = Word("kata", Box(250 * scale, 400 * scale, 299 * scale, 430 * scale), "F", 8, False, 0, True)
    apart = [p for p in found if _apart(p, [word], scale)]
    assert len(apart) == 1 and apart[0].top <= 100 and apart[0].bottom >= 130
    assert not patches(np.zeros((60, 60), dtype=bool), scale)
    assert _apart(Patch(0, 10, 0, 10), [], scale)


def test_visible_text_over_a_full_page_image_is_born_digital() -> None:
    doc = pymupdf.open(stream=_pdf(image=True, hidden=False), filetype="pdf")
    model = Page(1, 595, 842, words=layer_words(doc[0]) or [Word("x", Box(0, 0, 1, 1), "F", 10, False, 0, True)])
    assert is_scanned(doc[0], model) is None
    opened = open_document(_pdf(image=True, hidden=False))
    assert not any(hasattr(w, "confidence") for w in opened.pages[0].words)
    assert not any(r.source == "image" for r in opened.pages[0].rulings)


def test_a_scanned_page_that_cannot_be_read_is_named_with_its_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page OCR fails on is a failed page like any other: every page failing is one clear error."""
    from ogi_extract.errors import DamagedPdfError
    from ogi_extract.layout.scan import read as scan_read

    def fails(*_: object) -> None:
        raise RuntimeError("the image decoder gave up")

    monkeypatch.setattr(scan_read, "read_scanned_page", fails)
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_image(page.rect, stream=_png())  # an image-only scan: no text, no rules
    with pytest.raises(DamagedPdfError, match="scanned page cannot be read: the image decoder gave up"):
        open_document(doc.tobytes())
