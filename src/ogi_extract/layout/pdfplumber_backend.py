"""The second-opinion backend: pdfplumber (pdfminer.six underneath).

An independent PDF interpreter, used to check the MuPDF reading of a page and
as a fallback where MuPDF misreads one. It feeds the same word and path rules
(`words.py`, `paths.py`) as the MuPDF backend, so the two agree wherever the
libraries agree on the glyphs and paths themselves.

Glyphs and paths are taken from pdfplumber's page layout (`Page.layout`, the
pdfminer objects its `chars`, `rects`, `lines` and `curves` lists are made
from) rather than from those lists: turning every object into a dictionary
costs about 60% of the backend's time and adds nothing the model needs.
Those objects come from interpreting the page with pdfplumber's own device,
extended by one line: pdfminer keeps the text render mode (`Tr`) in its text
state but not on the glyphs, so the device writes it onto the copy of the
graphics state each glyph keeps (`LTChar.graphicstate`), where the fill and
stroke colours already are. Those objects are in pdfminer's device space, the page as displayed (after
/Rotate) with the media box corner at the origin; its transformation is
simple and documented (`PDFPageInterpreter.process_page`), and this module
inverts it to reach the model's space (unrotated page, origin at the top-left
of the crop box). Link rectangles are read from the raw annotation
dictionaries, which are in unrotated user space. Font sizes come from the
glyph box across the baseline because pdfminer's `size` is the box's height on
the displayed page, which for a rotated page is the glyph's width.
"""

from __future__ import annotations

import contextlib
import io
import logging
import math
import re
import time
from collections.abc import Callable, Iterator
from typing import Any

import pdfplumber
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfplumber.page import PDFPageAggregatorWithMarkedContent
from pdfplumber.utils.exceptions import PdfminerException

from ..errors import DamagedPdfError, LimitExceededError
from ..limits import Limits
from ..progress import page_read
from .model import Box, Document, Link, Page
from .opening import LIMIT_REASON, ContentBudget, Opened, damage_verdict, mupdf_page_messages, quiet_mupdf
from .paths import Path, Subpath, classify, to_rgb
from .pymupdf_backend import PageLimitError, _fill_key, _ruling_key, check_content_size
from .source import Source
from .visibility import VISIBLE, FillIndex, run_visibility, settle
from .words import Glyph, Run, clean_font_name, words_from_runs

NAME = "pdfplumber"
_CID = re.compile(r"^\(cid:\d+\)$")
Transform = Callable[[float, float], tuple[float, float]]
_STROKED_ONLY = frozenset({1, 5})  # text render modes that stroke and do not fill
_FILLED_AND_STROKED = frozenset({2, 6})


def _normal(box: Any) -> tuple[float, float, float, float]:
    x0, x1 = sorted((float(box[0]), float(box[2])))
    y0, y1 = sorted((float(box[1]), float(box[3])))
    return x0, y0, x1, y1


def _crop_box(obj: Any) -> tuple[float, float, float, float]:
    """The crop box clipped to the media box, in PDF user space (as MuPDF does)."""
    mx0, my0, mx1, my1 = _normal(obj.mediabox)
    cx0, cy0, cx1, cy1 = _normal(obj.cropbox)
    return max(cx0, mx0), max(cy0, my0), min(cx1, mx1), min(cy1, my1)


def _page_transform(ppage: Any) -> tuple[Transform, float, float]:
    """Device (pdfminer) coordinates to model coordinates, and the model page size."""
    obj = ppage.page_obj
    # process_page builds its ctm from the media box as written, unsorted.
    mx0, my0, mx1, my1 = (float(v) for v in obj.mediabox)
    cx0, cy0, cx1, cy1 = _crop_box(obj)
    rotation = obj.rotate % 360

    def to_model(x: float, y: float) -> tuple[float, float]:
        # Undo process_page's ctm, giving PDF user space, then flip into the crop box.
        if rotation == 90:
            ux, uy = mx1 - y, x + my0
        elif rotation == 180:
            ux, uy = mx1 - x, my1 - y
        elif rotation == 270:
            ux, uy = y + mx0, my1 - x
        else:
            ux, uy = x + mx0, y + my0
        return ux - cx0, cy1 - uy

    return to_model, cx1 - cx0, cy1 - cy0


class _Device(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's device, keeping each string's text render mode with its glyphs."""

    def render_string(self, textstate: Any, seq: Any, ncs: Any, graphicstate: Any) -> None:
        # The graphics state is a copy made for this string (PDFPageInterpreter.do_TJ).
        graphicstate.text_render_mode = textstate.render
        super().render_string(textstate, seq, ncs, graphicstate)


def _page_layout(ppage: Any) -> Any:
    """The page's layout objects, as `pdfplumber.Page.layout` builds them, render modes kept."""
    device = _Device(ppage.pdf.rsrcmgr, pageno=ppage.page_number, laparams=ppage.pdf.laparams)
    interpreter = PDFPageInterpreter(ppage.pdf.rsrcmgr, device)
    try:
        interpreter.process_page(ppage.page_obj)
    except Exception as exc:
        raise PdfminerException(exc) from exc
    return device.get_result()


def _layout_objects(container: Any) -> Iterator[Any]:
    """Glyphs, painted paths and images of the page in drawing order, form XObjects opened."""
    for obj in container:
        if isinstance(obj, (LTChar, LTCurve, LTImage)):
            yield obj
        elif isinstance(obj, LTContainer):
            yield from _layout_objects(obj)


def _char_visibility(ch: LTChar, box: tuple[float, float, float, float], direction: tuple[float, float], fills: FillIndex) -> str:
    state = ch.graphicstate
    mode = int(getattr(state, "text_render_mode", 0) or 0)
    colour = to_rgb(state.scolor if mode in _STROKED_ONLY else state.ncolor)
    seen = run_visibility(mode, colour, 1.0, box, direction, fills)
    if seen != VISIBLE and mode in _FILLED_AND_STROKED:  # seen if its outline is (white letters outlined in black)
        outline = run_visibility(mode, to_rgb(state.scolor), 1.0, box, direction, fills)
        if outline == VISIBLE:
            return VISIBLE
    return seen


def _char_runs(chars: list[LTChar], to_model: Transform, fills: FillIndex) -> list[Run]:
    runs: list[Run] = []
    key: tuple[str, float, tuple[float, float], str] | None = None
    glyphs: list[Glyph] = []
    for ch in chars:
        a, b, _c, _d, e, f = ch.matrix
        ox, oy = to_model(e, f)
        tx, ty = to_model(e + a, f + b)
        norm = math.hypot(tx - ox, ty - oy) or 1.0
        direction = (round((tx - ox) / norm, 4), round((ty - oy) / norm, 4))
        px0, py0 = to_model(ch.x0, ch.y0)
        px1, py1 = to_model(ch.x1, ch.y1)
        bx0, bx1 = sorted((px0, px1))
        btop, bbottom = sorted((py0, py1))
        size = round(bbottom - btop if abs(direction[0]) >= abs(direction[1]) else bx1 - bx0, 3)
        name = ch.fontname
        font = clean_font_name(name.decode("latin-1") if isinstance(name, bytes) else str(name))
        text = ch.get_text()
        if _CID.match(text):
            text = "\ufffd"
        box = (bx0, btop, bx1, bbottom)
        visibility = _char_visibility(ch, box, direction, fills)
        if key != (font, size, direction, visibility):
            if glyphs and key is not None:
                runs.append(Run(key[0], key[1], key[2], glyphs, key[3]))
            key, glyphs = (font, size, direction, visibility), []
        for c in text:
            glyphs.append((ord(c), 0, (ox, oy), box))
    if glyphs and key is not None:
        runs.append(Run(key[0], key[1], key[2], glyphs, key[3]))
    return runs


def _subpaths(ops: list[tuple[Any, ...]], to_model: Transform) -> list[Subpath]:
    subs: list[Subpath] = []
    current: Subpath | None = None
    start: tuple[float, float] | None = None
    for op in ops:
        kind = op[0]
        if kind == "h":
            if current is not None:
                current.closed = True
                current = None
            continue
        if len(op) < 2:
            continue
        point = to_model(*op[-1])
        if kind == "m":
            current = Subpath([point], False, set())
            subs.append(current)
            start = point
            continue
        if current is None:  # drawing on after a close starts from the closed subpath's start
            current = Subpath([start if start is not None else point], False, set())
            subs.append(current)
        if kind in ("c", "v", "y"):
            current.curved.add(len(current.points) - 1)
        current.points.append(point)
    return subs


def _paths(curves: list[LTCurve], to_model: Transform) -> list[Path]:
    out: list[Path] = []
    for obj in curves:
        filled, stroked = bool(obj.fill), bool(obj.stroke)
        ops = obj.original_path or []
        if not (filled or stroked) or not ops:
            continue
        out.append(
            Path(
                _subpaths(ops, to_model),
                filled,
                stroked,
                to_rgb(obj.non_stroking_color) if filled else None,
                to_rgb(obj.stroking_color) if stroked else None,
                # pdfminer starts every page with a line width of 0 where the PDF
                # default is 1; an explicit "0 w" (a hairline) is rare enough to
                # read as the default too.
                float(obj.linewidth or 1.0),
            )
        )
    return out


_METADATA_KEYS = {
    "Title": "title",
    "Author": "author",
    "Subject": "subject",
    "Keywords": "keywords",
    "Creator": "creator",
    "Producer": "producer",
    "CreationDate": "creation_date",
    "ModDate": "mod_date",
}


def _metadata(pdf: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        metadata = pdf.metadata or {}
    except Exception:  # an unreadable Info dictionary is no reason to lose the pages
        return out
    for key, name in _METADATA_KEYS.items():
        value = _text(metadata.get(key))
        if value and value.strip():
            out[name] = value.strip()
    return out


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        for encoding in ("utf-8", "latin-1"):
            try:
                return value.decode(encoding)
            except UnicodeDecodeError:
                continue
    return value if isinstance(value, str) else None


def _links(ppage: Any) -> list[Link]:
    crop = _crop_box(ppage.page_obj)
    links: list[Link] = []
    try:
        annots = ppage.annots
    except Exception:  # a broken annotation array costs the links, not the page
        return links
    for annot in annots:
        raw = annot.get("data") or {}
        uri = _text(annot.get("uri"))
        rect = raw.get("Rect")
        if not uri or not isinstance(rect, (list, tuple)) or len(rect) != 4:
            continue
        # Rect is in unrotated user space (y upwards): only the crop box origin and the flip apply.
        x0, x1 = sorted(float(v) for v in (rect[0], rect[2]))
        y0, y1 = sorted(float(v) for v in (rect[1], rect[3]))
        box = Box(round(x0 - crop[0], 3), round(crop[3] - y1, 3), round(x1 - crop[0], 3), round(crop[3] - y0, 3))
        links.append(Link(box, uri))
    return links


def read_page(ppage: Any, number: int, limits: Limits) -> Page:
    to_model, width, height = _page_transform(ppage)
    chars: list[LTChar] = []
    curves: list[LTCurve] = []
    images: list[LTImage] = []
    for obj in _layout_objects(_page_layout(ppage)):
        if isinstance(obj, LTChar):
            chars.append(obj)
            if len(chars) > limits.max_chars_per_page:
                raise PageLimitError(f"page has more than {limits.max_chars_per_page} characters")
        elif isinstance(obj, LTImage):
            images.append(obj)
        else:
            curves.append(obj)
            if len(curves) > limits.max_drawings_per_page:
                raise PageLimitError(f"page has more than {limits.max_drawings_per_page} vector paths")
    rulings, fills = classify(_paths(curves, to_model))
    result = Page(
        number=number,
        width=round(width, 3),
        height=round(height, 3),
        words=words_from_runs(_char_runs(chars, to_model, FillIndex(fills))),
        rulings=sorted(rulings, key=_ruling_key),
        fills=sorted(fills, key=_fill_key),
        links=_links(ppage),
        rotation=ppage.page_obj.rotate % 360,
    )
    settle(result, lambda: [_model_box(img.bbox, to_model) for img in images])
    return result


def _model_box(bbox: Any, to_model: Transform) -> Box:
    x0, y0 = to_model(float(bbox[0]), float(bbox[1]))
    x1, y1 = to_model(float(bbox[2]), float(bbox[3]))
    return Box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def read_document(opened: Opened, source: Source, limits: Limits) -> Document:
    """Every page read by pdfplumber; limits and repairs come from the MuPDF preflight."""
    doc = opened.doc
    data = source.data
    if doc.is_repaired:
        with quiet_mupdf(), contextlib.suppress(Exception):  # unsavable: pdfminer gets the original
            data = doc.tobytes()
    with _quiet_pdfminer():
        return _read(doc, data, opened, source, limits)


@contextlib.contextmanager
def _quiet_pdfminer() -> Iterator[None]:
    """Keep pdfminer's complaints about malformed content off stderr while a document is read."""
    logger = logging.getLogger("pdfminer")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _read(doc: Any, data: bytes, opened: Opened, source: Source, limits: Limits) -> Document:
    try:
        pdf = pdfplumber.open(io.BytesIO(data), password="")
        ppages = pdf.pages
    except Exception as exc:
        raise DamagedPdfError(
            f"PDF cannot be parsed by pdfplumber: {exc or type(exc).__name__}", path=source.path
        ) from exc
    budget = ContentBudget(limits.max_decompressed_bytes, source.path)
    pages: list[Page] = []
    failed: dict[int, str] = {}
    damaged: list[str] = []
    started = time.perf_counter()
    try:
        for index, ppage in enumerate(ppages):
            t0 = time.perf_counter()
            number = index + 1
            try:
                if index < doc.page_count:
                    with quiet_mupdf():
                        mupdf_page = doc.load_page(index)
                        budget.charge_page(doc, mupdf_page)
                        check_content_size(doc, mupdf_page, limits)
                result = read_page(ppage, number, limits)
                if index < doc.page_count:
                    reason, warning = damage_verdict(number, bool(result.words), mupdf_page_messages(doc, index))
                    if reason:
                        failed[number] = reason
                    if warning:
                        damaged.append(warning)
            except LimitExceededError:
                raise
            except PageLimitError as exc:
                failed[number] = LIMIT_REASON + str(exc)
                result = _empty_page(ppage, number)
            except Exception as exc:  # a broken page must not cost the document
                failed[number] = f"page cannot be read: {exc or type(exc).__name__}"
                result = _empty_page(ppage, number)
            finally:
                ppage.close()
            elapsed = time.perf_counter() - t0
            if elapsed > limits.max_seconds_per_page and number not in failed:
                failed[number] = (
                    f"{LIMIT_REASON}page took {elapsed:.1f} s, over the limit of {limits.max_seconds_per_page} s"
                )
                result = Page(result.number, result.width, result.height, rotation=result.rotation)
            pages.append(result)
            page_read(number, len(ppages))
            if time.perf_counter() - started > limits.max_seconds_total:
                raise LimitExceededError(
                    f"reading took over {limits.max_seconds_total} s (stopped at page {number})", path=source.path
                )
        metadata = _metadata(pdf)
    finally:
        pdf.close()
    return Document(
        pages=pages,
        backend=NAME,
        metadata=metadata,
        sha256=source.sha256,
        failed_pages=failed,
        warnings=[*opened.warnings, *damaged],
    )


def _empty_page(ppage: Any, number: int) -> Page:
    try:
        _, width, height = _page_transform(ppage)
        return Page(number, round(width, 3), round(height, 3), rotation=ppage.page_obj.rotate % 360)
    except Exception:
        return Page(number, 0.0, 0.0)
