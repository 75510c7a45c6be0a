"""Reading scanned pages: what `complete_scans` does for each (needs numpy and Pillow).

For each page that is a scan (an image over the whole sheet, no vector rules
of its own; see `layer.is_scanned`) it

1. renders the page at the image's own resolution and takes out its skew
   (`image.upright`, up to 2.5 degrees);
2. finds the table's rules in the upright image (`rulings.find_rulings`) and
   gives them to the page as `Ruling`s with `source="image"`;
3. keeps the page's text when the PDF has an OCR layer (the backend's words, or
   the invisible text read here), moved to the upright frame; without one,
   OCRs the upright image (`ocr.read_words`, Tesseract), each word with its
   confidence, and reads each ruled table cell again on its own, keeping that
   reading where it is surer (`cells.read_cells`: narrow columns), and each
   line read with words too narrow for their letters again whole
   (`squeezed.read_squeezed`);
4. reads the ink no word covers (`holes.fill_holes`: lone words in table cells
   that the page-wide reading, or the PDF's layer, left out);
5. puts the words into lines from geometry (`lines.regroup`), without the rules
   OCR read as letters and the dust it read as punctuation, and writes a bullet
   read as a letter as the bullet (`lines.mark_bullets`).

The stages after layout do not know a page was scanned: they see rulings and
words as for any PDF. What was done is said in `Document.warnings`.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field

import numpy as np
import pymupdf

from ...errors import LimitExceededError
from ..model import Document, FailedPage, Page, Word
from ...limits import Limits
from .image import Raster, upright
from .errors import OcrUnavailableError
from .cells import read_cells
from .holes import fill_holes
from .layer import PageImage, layer_words, turn_words
from .lines import drop_overlapped, drop_rule_glyphs, drop_specks, mark_bullets, regroup
from .ocr import as_ocr_word, read_words, tesseract
from .rulings import find_rulings
from .squeezed import read_squeezed

MIN_DPI = 150.0  # below this the page is rendered at 150: thin rules vanish, OCR guesses
OCR_DPI = 300.0  # Tesseract reads best near 300 dpi; a coarser scan is enlarged for it
MAX_DPI = 300.0
OCR_TIMEOUT = 120.0  # seconds for one page


@dataclass(slots=True)
class ScanReport:
    """What the scan path did, page by page (for the warnings and the benchmark)."""

    layer_pages: list[int] = field(default_factory=list)  # text from the PDF's OCR layer
    ocr_pages: list[int] = field(default_factory=list)  # text by OCR
    blank_pages: list[int] = field(default_factory=list)  # a scan where OCR found no word
    angles: dict[int, float] = field(default_factory=dict)
    confidence: dict[int, float] = field(default_factory=dict)  # mean OCR word confidence
    filled: dict[int, int] = field(default_factory=dict)  # words OCR found where the first reading had none
    cells: dict[int, int] = field(default_factory=dict)  # table cells read again on their own, more surely
    squeezed: dict[int, int] = field(default_factory=dict)  # OCR lines read again whole (`squeezed.py`)
    unfilled: list[int] = field(default_factory=list)  # layer pages whose gaps were not read (no Tesseract)
    seconds: dict[int, float] = field(default_factory=dict)


def render(page: pymupdf.Page, dpi: float) -> np.ndarray:
    """The unrotated page as a greyscale array at `dpi`, invisible text left out as a viewer does.

    Unrotated, as the layout model's coordinates are: a /Rotate is lifted for
    the rendering (on the in-memory document, which is never saved) and put back.
    """
    rotation = page.rotation
    if rotation:
        page.set_rotation(0)
    try:
        pix = page.get_pixmap(dpi=round(dpi), colorspace=pymupdf.csGRAY, alpha=False)
    finally:
        if rotation:
            page.set_rotation(rotation)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width).copy()


def _enlarged(raster: Raster, dpi: float) -> Raster:
    from PIL import Image

    if raster.dpi >= dpi:
        return raster
    h, w = raster.grey.shape
    f = dpi / raster.dpi
    big = Image.fromarray(raster.grey, mode="L").resize((round(w * f), round(h * f)), Image.Resampling.BICUBIC)
    return Raster(np.asarray(big), dpi, raster.angle)


def read_scanned_page(page: pymupdf.Page, model: Page, image: PageImage, limits: Limits, report: ScanReport) -> None:
    """Rulings and words of one scanned page, written into its model."""
    t0 = time.perf_counter()
    dpi = min(max(image.dpi, MIN_DPI), MAX_DPI)
    raster = upright(render(page, dpi), dpi)
    report.angles[model.number] = raster.angle
    model.rulings = sorted(
        [*model.rulings, *find_rulings(raster)],
        key=lambda r: (r.box.top, r.box.x0, r.box.bottom, r.box.x1, r.orientation),
    )
    timeout = max(limits.max_seconds_per_page, OCR_TIMEOUT)
    words: list[Word] = [as_ocr_word(w) for w in (model.words or layer_words(page))]
    layer = bool(words)
    if layer:
        turn_words(words, model.width, model.height, raster.angle)
        report.layer_pages.append(model.number)
    if not layer or _ocr_available():
        big = _enlarged(raster, OCR_DPI)
        if not layer:
            words, cells = read_cells(big, list(read_words(big, timeout)), model.rulings, timeout)
            if cells:
                report.cells[model.number] = cells
            words, lines = read_squeezed(big, words, model.rulings, timeout)
            if lines:
                report.squeezed[model.number] = lines
        before = len(words)
        words = fill_holes(big, words, model.rulings, timeout)
        if len(words) > before:
            report.filled[model.number] = len(words) - before
    else:
        report.unfilled.append(model.number)
    model.words = mark_bullets(
        regroup(drop_overlapped(drop_specks(drop_rule_glyphs(words, model.rulings))), model.rulings, ocr_spaces=True)
    )
    model.stamp()  # words read again from the image carry no page yet
    read = [c for w in model.words if (c := getattr(w, "confidence", None)) is not None]
    if not layer and model.words:
        report.ocr_pages.append(model.number)
    if read:
        report.confidence[model.number] = round(sum(read) / len(read), 3)
    if not model.words:
        report.blank_pages.append(model.number)
    report.seconds[model.number] = round(time.perf_counter() - t0, 3)


def _ocr_available() -> bool:
    try:
        tesseract()
    except OcrUnavailableError:
        return False
    return True


def _progress(total: int):  # type: ignore[no-untyped-def]
    """A per-page progress bar on stderr when it is a terminal (OCR takes seconds a page)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    return Progress(
        TextColumn("scan: reading page images"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not (console.is_terminal and sys.stderr.isatty()) or total < 1,
    )


def read_scans(doc: Document, pdf: pymupdf.Document, todo: list[tuple[Page, PageImage]], limits: Limits) -> ScanReport:
    """Rulings and words of the scanned pages `todo`; a page that fails is named in `doc.failed_pages`."""
    report = ScanReport()
    if any(not m.words and not layer_words(pdf[m.number - 1]) for m, _ in todo):
        tesseract()  # one clear error before any work, when OCR is needed and missing
    started = time.perf_counter()
    with _progress(len(todo)) as progress:
        task = progress.add_task("pages", total=len(todo))
        for model, image in todo:
            if time.perf_counter() - started > limits.max_seconds_total:
                raise LimitExceededError(
                    f"reading the scanned pages took over {limits.max_seconds_total} s "
                    f"(stopped before page {model.number}; OCR takes seconds a page)"
                )
            try:
                read_scanned_page(pdf[model.number - 1], model, image, limits, report)
            except OcrUnavailableError:
                raise
            except Exception as exc:  # a page OCR cannot read costs that page only
                doc.failed_pages[model.number] = FailedPage("unreadable", f"scanned page cannot be read: {exc}")
            progress.advance(task)
    doc.warnings.extend(scan_warnings(report))
    return report


def _pages(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers) if len(numbers) < 6 else f"{numbers[0]}-{numbers[-1]} ({len(numbers)})"


def scan_warnings(report: ScanReport) -> list[str]:
    """Plain sentences on what the scan path did: the records of a scan are only as good as its OCR."""
    out: list[str] = []
    if report.layer_pages:
        out.append(
            f"page{'s' if len(report.layer_pages) > 1 else ''} {_pages(report.layer_pages)}: "
            "scanned image with an OCR text layer: table rules were read from the image, text from the layer"
        )
    if report.filled:
        pages = sorted(report.filled)
        out.append(
            f"page{'s' if len(pages) > 1 else ''} {_pages(pages)}: {sum(report.filled.values())} words the first "
            "OCR reading left out (lone words in table cells) were read from the image"
        )
    if report.unfilled:
        out.append(
            f"page{'s' if len(report.unfilled) > 1 else ''} {_pages(report.unfilled)}: Tesseract is not installed, "
            "so words the OCR layer left out cannot be read from the image"
        )
    read = {n: report.confidence[n] for n in report.ocr_pages if n in report.confidence}
    if read:
        mean = sum(read.values()) / len(read)
        low = min(read, key=lambda n: read[n])
        out.append(
            f"page{'s' if len(report.ocr_pages) > 1 else ''} {_pages(report.ocr_pages)}: "
            f"scanned image without text: read by OCR (Tesseract), mean word confidence {mean:.0%} "
            f"(lowest {read[low]:.0%} on page {low}); check the records against the page images"
        )
    if report.blank_pages:
        out.append(f"page{'s' if len(report.blank_pages) > 1 else ''} {_pages(report.blank_pages)}: "
                   "scanned image where OCR found no text")
    return out
