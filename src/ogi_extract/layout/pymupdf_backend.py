"""The default backend: MuPDF through PyMuPDF.

Text comes from the page's text trace (`Page.get_texttrace`), not from a
TextPage: the trace lists every glyph in drawing order with its Unicode value,
origin and box, and nothing else. A TextPage (`get_text("words")`) adds
MuPDF's own reading of the page: it inserts synthetic spaces, cannot say
whether a line ended with a drawn space, and carries no font per word; its
`rawdict` form, which does tell real from synthetic spaces, builds a
dictionary per glyph. Measured per page of a 50-page table document (CPU):
`get_text("words")` 2.4 ms, the text trace 9-11 ms, `rawdict` 19-35 ms. The
trace is the cheapest complete source, and with it the word rules are ours
(`words.py`) and identical for both backends.

Vector paths come from `Page.get_cdrawings`, the C implementation of
`get_drawings` (same items, plain tuples, about 40% faster), with the clip
paths among them (`extended=True`, no slower): paths are cut to their clips
and text a clip cuts is marked (`clips.py`).

Coordinates are those of the unrotated page, relative to the top-left corner
of its crop box: the trace and the drawings already are; link rectangles,
which PyMuPDF reports on the rotated page, are turned back. `Page.rotation`
keeps the /Rotate value for whoever wants to show the page upright.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pymupdf

from ..errors import LimitExceededError
from ..limits import Limits
from .actual_text import restore as restore_actual_text
from .model import Box, Document, Fill, Link, Page, Ruling
from .budget import ContentBudget, page_content_size
from .clips import Clips
from .opening import Opened, metadata_of, quiet_mupdf, take_mupdf_messages
from .pages import PageLimitError, PagesRead, PageSteps, read_pages
from .kept import PageProcesses
from .parallel import read_and_keep
from .mupdf_drawings import paths_from_drawings
from .paths import classify, to_rgb
from .source import Source
from .visibility import CUT_OFF, VISIBLE, FillIndex, run_visibility, settle
from .words import ASCENT, DESCENT, Run, clean_font_name, is_horizontal, words_from_runs

NAME = "pymupdf"


def check_content_size(doc: pymupdf.Document, page: pymupdf.Page, limits: Limits) -> None:
    """Refuse a page whose content would take more memory to read than any report page needs.

    Checked before the page is interpreted: the glyph and path limits can only
    count what reading has already built.
    """
    limit = limits.max_content_bytes_per_page
    if page_content_size(doc, page, limit) > limit:
        raise PageLimitError(f"page content, with the forms it draws, comes to more than {limit} bytes")


# The trace's span "type": 0 fill, 1 stroke, 3 neither (render mode 3);
# clip-only text (mode 7) is not traced at all.
_TRACE_STROKE = 1
_TRACE_INVISIBLE = 3


def _visibility(span: dict[str, Any], fills: FillIndex) -> str:
    kind = span.get("type", 0)
    mode = 3 if kind == _TRACE_INVISIBLE else 1 if kind == _TRACE_STROKE else 0
    opacity = span.get("opacity")
    return run_visibility(
        mode,
        to_rgb(span.get("color")),
        1.0 if opacity is None else float(opacity),
        span["bbox"],
        span["dir"],
        fills,
    )


def _box_free_visibility(span: dict[str, Any], fills: FillIndex) -> str | None:
    """`_visibility` when it does not depend on where the span is, else None.

    Only text whose colour a fill of the page (or the paper) could match needs
    the colour under its box; for the rest the answer is a function of render
    mode, colour, opacity and direction, shared by most spans of a page.
    """
    colour = to_rgb(span.get("color"))
    if colour is not None and fills.may_hide(colour):
        return None
    return _visibility(span, fills)


def _runs(
    spans: Iterable[dict[str, Any]],
    max_chars: int,
    fills: FillIndex,
    clips: Clips | None = None,
    shown: Callable[[], list[tuple[float, float, float, float]]] | None = None,
) -> list[Run]:
    runs: list[Run] = []
    fonts: dict[str, str] = {}
    # (type, colour, opacity, direction) -> visibility, for spans whose box does not matter.
    decided: dict[tuple[Any, ...], str | None] = {}
    previous: Any = None
    count = 0
    for span in spans:
        chars = span["chars"]
        if not chars:
            continue
        key = (span.get("type", 0), span.get("color"), span.get("opacity"), span["dir"])
        try:
            visibility = decided[key]
        except KeyError:
            visibility = decided[key] = _box_free_visibility(span, fills)
        except TypeError:  # an unhashable colour (a list): decide this span alone
            visibility = None
        if visibility is None:
            visibility = _visibility(span, fills)
        # Fill-and-stroke text (render mode 2, Word's simulated bold) and
        # fill-and-clip text are traced once per operation: keep one copy,
        # seen if either operation is (a white fill with a dark outline is).
        if chars == previous:
            if runs and runs[-1].visibility not in (VISIBLE, CUT_OFF) and visibility == VISIBLE:
                runs[-1].visibility = VISIBLE
            continue
        previous = chars
        count += len(chars)
        if count > max_chars:
            raise PageLimitError(f"page has more than {max_chars} characters")
        raw_font = span["font"]
        font = fonts.get(raw_font)
        if font is None:
            font = fonts[raw_font] = clean_font_name(raw_font)
        if visibility == VISIBLE and clips is not None and clips.cuts_off(span.get("seqno", -1), _on_baseline(span), shown):
            visibility = CUT_OFF
        runs.append(Run(font, span["size"], span["dir"], chars, visibility))
    return runs


def _on_baseline(span: dict[str, Any]) -> tuple[float, float, float, float]:
    """A horizontal span's box on its baseline, as its words get it (`words.ASCENT`, `DESCENT`).

    The box a font reports may lie far off its line: Chromium sets quotation
    marks a face lacks in a fallback Type 3 font whose box sits 17 pt above
    the letters on the same baseline (TeX Gyre Schola's "“daerah”"), outside
    the cell's clip. Judged by that box, the marks were cut off, and split
    from their word.
    """
    x0, y0, x1, y1 = span["bbox"]
    if not is_horizontal(span["dir"]):
        return x0, y0, x1, y1
    base, size = span["chars"][0][2][1], span["size"]  # the first glyph's origin: (code, glyph, origin, box)
    return x0, base - ASCENT * size, x1, base + DESCENT * size


def _links(page: pymupdf.Page) -> list[Link]:
    links: list[Link] = []
    derotate = page.derotation_matrix if page.rotation else None
    try:
        # `Page.get_links` in its own terms, without what it adds that is not
        # used here (a dictionary per link, the annotations' xrefs): a third of
        # the time of reading the links, which is paid on every page.
        found = []
        ln = page.first_link
        while ln:
            dest = ln.dest
            if dest.kind == pymupdf.LINK_URI:
                found.append((dest.uri, ln.rect))
            ln = ln.next
    except Exception:  # a broken annotation array costs the links, not the page
        return links
    for uri, where in found:
        if not uri:
            continue
        rect = pymupdf.Rect(where)
        if derotate is not None:
            rect = rect * derotate
        rect.normalize()
        links.append(Link(Box(*(round(v, 3) for v in (rect.x0, rect.y0, rect.x1, rect.y1))), uri))
    return links


def _image_boxes(page: pymupdf.Page) -> list[Box]:
    """Where the page draws images (without decoding them): asked only when hidden text needs it."""
    try:
        infos = page.get_image_info()
    except Exception:
        return []
    return [Box(*(float(v) for v in info["bbox"])) for info in infos if "bbox" in info]


# MuPDF's words with its clip test on: glyphs wholly outside the clip in force are left out
_CLIPPED_WORDS = pymupdf.TEXTFLAGS_WORDS | pymupdf.TEXT_CLIP


def _shown(page: pymupdf.Page) -> Callable[[], list[tuple[float, float, float, float]]]:
    """The boxes of the words MuPDF keeps under the page's clips, read on the first call only.

    Asked by `Clips.cuts_off` for a clip the drawing order leaves open past its
    last drawing; a page without one never pays for the extra reading.
    """
    kept: list[tuple[float, float, float, float]] | None = None

    def boxes() -> list[tuple[float, float, float, float]]:
        nonlocal kept
        if kept is None:
            try:
                kept = [(w[0], w[1], w[2], w[3]) for w in page.get_text("words", flags=_CLIPPED_WORDS)]
            except Exception:  # no second reading: the drawing order alone decides
                kept = []
        return kept

    return boxes


def read_page(page: pymupdf.Page, limits: Limits) -> Page:
    """One page in the neutral model (raises PageLimitError for an oversized page)."""
    crop = page.cropbox
    drawings = page.get_cdrawings(extended=True)
    if len(drawings) > limits.max_drawings_per_page:
        raise PageLimitError(f"page has {len(drawings)} vector paths, over the limit of {limits.max_drawings_per_page}")
    clips = Clips(drawings)
    rulings, fills = classify(paths_from_drawings(clips.drawings))
    runs = _runs(restore_actual_text(page, page.get_texttrace()), limits.max_chars_per_page, FillIndex(fills), clips, _shown(page))
    result = Page(
        number=page.number + 1,
        width=round(crop.width, 3),
        height=round(crop.height, 3),
        words=words_from_runs(runs),
        rulings=sorted(rulings, key=_ruling_key),
        fills=sorted(fills, key=_fill_key),
        links=_links(page),
        rotation=page.rotation,
    )
    settle(result, lambda: _image_boxes(page))
    return result


def _ruling_key(r: Ruling) -> tuple[float, float, float, float, str]:
    return (r.box.top, r.box.x0, r.box.bottom, r.box.x1, r.orientation)


def _fill_key(f: Fill) -> tuple[float, float, float, float]:
    return (f.box.top, f.box.x0, f.box.bottom, f.box.x1)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while one page is read.

    The glyph trace and the drawings are about ten tuples per glyph, none in a
    reference cycle, all freed by reference counting once the page is done.
    With the collector on, those allocations set off hundreds of collections a
    document that walk them (and every word already read) in vain: a quarter of
    the reading time on the replica report. Only a page at a time, so cycles
    made elsewhere are still collected between pages; left off if it was off.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _empty_page(doc: pymupdf.Document, index: int) -> Page:
    try:
        page = doc.load_page(index)
        return Page(index + 1, round(page.cropbox.width, 3), round(page.cropbox.height, 3), rotation=page.rotation)
    except Exception:
        return Page(index + 1, 0.0, 0.0)


def read_document(opened: Opened, source: Source, limits: Limits, jobs: int = 1) -> Document:
    """Every page of an opened document; failing pages are recorded and left empty (see `read_and_keep`)."""
    return read_document_and_keep(opened, source, limits, jobs, keep=False)[0]


def read_document_and_keep(
    opened: Opened, source: Source, limits: Limits, jobs: int = 1, keep: bool = True
) -> tuple[Document, PageProcesses | None]:
    """Every page of an opened document, and (with `keep`) the page processes still holding theirs.

    With `jobs` above 1, a long document's pages are read in that many
    processes (`parallel.py`), this one reading the first range. The
    decoded-content budget is a limit on the whole document: this process
    charges its own pages as it reads them and then every later page, in page
    order, so it stops with the error one process would raise. The other
    processes count their own pages again, which only repeats what a page's
    own streams do to it (a page whose content cannot be read fails the same way).
    """
    doc = opened.doc

    def read_range(indices: range) -> PagesRead:
        budget = ContentBudget(limits.max_decompressed_bytes, source.path)

        def read(index: int) -> Page:
            take_mupdf_messages()  # from here on, this page's own
            page = doc.load_page(index)
            budget.charge_page(doc, page)
            check_content_size(doc, page, limits)
            with collector_paused():
                return read_page(page, limits)

        def detail(exc: Exception) -> str:
            return "; ".join(take_mupdf_messages()[:2]) or str(exc) or type(exc).__name__

        steps = PageSteps(
            doc.page_count, read, lambda index: _empty_page(doc, index), lambda index: take_mupdf_messages(), detail
        )
        with quiet_mupdf():
            done = read_pages(steps, limits, source.path, indices)
            if indices.start == 0 and indices.stop < doc.page_count:
                _charge_rest(doc, budget, range(indices.stop, doc.page_count))
        return done

    done, held = read_and_keep(doc.page_count, jobs, read_range, keep)
    pages, failed, damaged = done.pages, done.failed, done.warnings
    return Document(
        pages=pages,
        backend=NAME,
        metadata=metadata_of(doc),
        sha256=source.sha256,
        failed_pages=failed,
        warnings=[*opened.warnings, *damaged],
    ), held


def _charge_rest(doc: pymupdf.Document, budget: ContentBudget, indices: range) -> None:
    """The decoded content of pages read elsewhere, charged in page order after those read here.

    A page that cannot even be loaded or counted is skipped here; reading it
    fails it as usual.
    """
    for index in indices:
        try:
            budget.charge_page(doc, doc.load_page(index))
        except LimitExceededError:
            raise
        except Exception:  # noqa: BLE001 - the page's own reading says what is wrong with it
            continue
    take_mupdf_messages()
