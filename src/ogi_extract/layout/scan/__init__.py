"""Scanned pages: table rules found in the page image, text from the OCR layer or from OCR.

`complete_scans(doc, pdf, limits)` runs after a backend has read a document
and before any later stage. A page that is a scan (one image over the whole
sheet, no vector rules of its own: `layer.is_scanned`) is rendered at its
image's resolution and turned upright (`image.py`); the table's rules are
found in the image (`rulings.py`) and become the page's `Ruling`s with
`source="image"`; its text is the PDF's own OCR layer when it has one (moved
to the upright frame), else Tesseract's reading of the upright image
(`ocr.py`), each word an `OcrWord` with its confidence (`read.py`), its
table cells read again one by one where that is surer (`cells.py`).

The stages after layout do not know a page was scanned: they see rulings and
words as for any PDF. What was done is said in `Document.warnings`.

Only `layer.py` (PyMuPDF) is needed to tell a scan; reading one needs numpy
and Pillow (the `ocr` extra) and, for pages without a text layer, Tesseract.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pymupdf

from ...errors import OgiError
from ..model import Document, Page
from ..visibility import OCR as OCR_LAYER
from ...limits import Limits
from .errors import INSTALL, OcrUnavailableError
from .layer import HIDDEN_SHARE, PageImage, invisible_share, is_scanned

if TYPE_CHECKING:
    from .read import ScanReport


def scanned_pages(doc: Document, pdf: pymupdf.Document) -> list[tuple[Page, PageImage]]:
    """The pages of `doc` that are scans, with their covering image."""
    out: list[tuple[Page, PageImage]] = []
    for model in doc.pages:
        if model.number in doc.failed_pages:
            continue
        image = is_scanned(pdf[model.number - 1], model)
        if image is not None:
            out.append((model, image))
    return out


def complete_scans(doc: Document, pdf: pymupdf.Document, limits: Limits) -> ScanReport | None:
    """Rulings from the image and words for every scanned page of `doc` (None when it has none).

    Raises OcrUnavailableError when a scan must be read and the `ocr` extra or
    Tesseract is missing.
    """
    todo = scanned_pages(doc, pdf)
    if not todo:
        return None
    try:
        from .read import read_scans
    except ImportError as exc:
        raise OcrUnavailableError(
            f"PDF pages {todo[0][0].number}-{todo[-1][0].number} are scanned images and {exc.name} is missing: {INSTALL}"
        ) from exc
    return read_scans(doc, pdf, todo, limits)


def hidden_text_warnings(doc: Document, pdf: pymupdf.Document) -> list[str]:
    """Pages whose text is invisible with no page image under it, when no page has a ruling.

    Hidden text is not what the page shows (a scan's OCR layer whose image is
    gone, text painted invisible). Checked only when the document has no
    rulings at all, the case where it gives no rows, so a born-digital report
    does not pay for a second pass over its text.
    """
    if any(p.rulings for p in doc.pages):
        return []
    hidden = [
        p.number
        for p in doc.pages
        if p.words
        and p.number not in doc.failed_pages
        and not any(w.visibility == OCR_LAYER for w in p.words)  # an OCR layer over a page image: named already
        and invisible_share(pdf[p.number - 1]) >= HIDDEN_SHARE
    ]
    if not hidden:
        return []
    pages = ", ".join(map(str, hidden[:10])) + (" ..." if len(hidden) > 10 else "")
    return [
        f"page{'s' if len(hidden) > 1 else ''} {pages}: the text is invisible (hidden, render mode 3) and no page "
        "image lies under it: it is read as it is, but it is not what the page shows"
    ]


def complete_document(doc: Document, pdf: pymupdf.Document, limits: Limits, path: str | None) -> ScanReport | None:
    """The layout stage's hook: scanned pages completed, hidden text named; errors carry the file's path."""
    try:
        scans = complete_scans(doc, pdf, limits)
    except OgiError as exc:
        exc.path = exc.path or path
        raise
    doc.warnings.extend(hidden_text_warnings(doc, pdf))
    return scans


__all__ = ["OcrUnavailableError", "complete_document", "complete_scans", "hidden_text_warnings", "scanned_pages"]
