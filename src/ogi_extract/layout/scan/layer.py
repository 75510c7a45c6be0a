"""What a scanned page carries: an image over the whole sheet, and perhaps an invisible OCR layer.

A page is read as a scan when one image covers nearly all of it
(`COVER_SHARE` of its area), the PDF draws fewer than `MIN_VECTOR_RULINGS`
vector rules, and its text, if any, is invisible: a born-digital page with a
photo keeps its own rules, and one with a background image its visible text,
and is left alone. OCR tools (Tesseract's PDF renderer, OCRmyPDF, scanner software) write
what they read as text in render mode 3, invisible, over the image; that text
is the PDF's own OCR layer and is used as it is. Render mode is read here from
MuPDF's text trace (span `type` 3, or zero opacity), so this works whatever
the backends decide to do with invisible words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pymupdf

from ..model import Box, Page, Word
from ..words import Run, clean_font_name, words_from_runs
from .geometry import turn_point

COVER_SHARE = 0.85
MIN_VECTOR_RULINGS = 4
INVISIBLE = 3  # PDF text render mode: neither fill nor stroke
# Below this an image is a thumbnail, not a scan: 11 pt text is under 15 pixels
# high and OCR reads noise (a 40 dpi picture of a report page gave none of its words).
MIN_SCAN_DPI = 100.0
HIDDEN_SHARE = 0.9  # of a page's glyphs drawn invisible: its text is an OCR layer (or hidden text)


@dataclass(frozen=True, slots=True)
class PageImage:
    """The largest image drawn on a page: the share of the page it covers and its resolution."""

    share: float
    dpi: float


def largest_image(page: pymupdf.Page) -> PageImage | None:
    """The image covering most of the page (by its drawn box), or None for a page without images."""
    try:
        infos = page.get_image_info()
    except Exception:  # an image MuPDF cannot decode costs the scan path, not the page
        return None
    area = max(page.rect.width * page.rect.height, 1e-6)
    best: PageImage | None = None
    for info in infos:
        box = pymupdf.Rect(info["bbox"]) & page.rect
        if box.is_empty:
            continue
        share = box.width * box.height / area
        width = float(info.get("width") or 0)
        dpi = width / (box.width / 72.0) if box.width > 0 else 0.0
        if best is None or share > best.share:
            best = PageImage(round(share, 3), round(dpi, 1))
    return best


def is_scanned(page: pymupdf.Page, model: Page) -> PageImage | None:
    """The covering image when the page is a scan (see the module's rule), else None.

    A page whose text is visible over a full-page image (a cover, a letterhead
    background) is born digital: only a page without text, or whose text is
    hidden (`HIDDEN_SHARE` of its glyphs), is a scan.
    """
    if sum(1 for r in model.rulings if r.source != "image") >= MIN_VECTOR_RULINGS:
        return None
    image = largest_image(page)
    if image is None or image.share < COVER_SHARE or image.dpi < MIN_SCAN_DPI:
        return None
    if model.words and invisible_share(page) < HIDDEN_SHARE:
        return None
    return image


def _span_invisible(span: dict[str, Any]) -> bool:
    return span.get("type") == INVISIBLE or span.get("opacity", 1.0) == 0


def invisible_share(page: pymupdf.Page) -> float:
    """The share of the page's glyphs that are drawn invisible (render mode 3 or fully transparent)."""
    total = hidden = 0
    for span in page.get_texttrace():
        n = len(span["chars"])
        total += n
        if _span_invisible(span):
            hidden += n
    return hidden / total if total else 0.0


def layer_words(page: pymupdf.Page) -> list[Word]:
    """The words of the page's invisible text (its OCR layer), by the shared word rules."""
    runs = [
        Run(clean_font_name(s["font"]), s["size"], s["dir"], s["chars"])
        for s in page.get_texttrace()
        if s["chars"] and _span_invisible(s)
    ]
    return words_from_runs(runs)


def turn_words(words: list[Word], width: float, height: float, angle: float) -> None:
    """Move words of the skewed page to where they sit on the upright one (boxes keep their size)."""
    if not angle:
        return
    cx, cy = width / 2, height / 2
    for w in words:
        b = w.box
        x, y = turn_point(b.cx, b.cy, cx, cy, angle)
        dx, dy = x - b.cx, y - b.cy
        w.box = Box(*Box(b.x0 + dx, b.top + dy, b.x1 + dx, b.bottom + dy).rounded(3))
