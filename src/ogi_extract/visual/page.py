"""`inspect_page`: one page of a report, drawn with what the parser saw on it.

The image answers an auditor's question about a value ("where did this come
from?") without reading code: the detected table grid, the cells, and each word
in the colour of the field it went to. When the PDF is of no known edition the
grid and the words are still drawn, which is the first thing to look at when
writing a grammar for a new edition.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import GrammarError, UnknownReportError
from ..layout import open_document
from ..layout.model import Document
from ..layout.source import read_source
from ..limits import DEFAULT_LIMITS, Limits
from ..models import Report
from .overlay import PageOverlay, build_overlay
from .render import render_overlay

log = logging.getLogger(__name__)


@dataclass(slots=True)
class PageImage:
    png: bytes
    overlay: PageOverlay
    pages: int  # pages of the document, for the caller's messages


def _records(
    doc: Document,
    grammar: str | None,
    file: str | None,
    grammar_dirs: Sequence[str | os.PathLike[str]],
    limits: Limits,
) -> tuple[Report | None, str | None]:
    """The records as `ogi_extract.read` makes them, from the document already opened for the drawing."""
    from ..pipeline import read_opened

    try:
        return read_opened(doc, file, grammar=grammar, grammar_dirs=grammar_dirs, limits=limits), None
    except (UnknownReportError, GrammarError) as exc:
        log.warning("no records for this PDF (%s); drawing the grid and the words only", exc)
        return None, f"no records: {exc}"


def inspect_page(
    source: str | os.PathLike[str] | bytes,
    page: int,
    *,
    report: Report | None = None,
    grammar: str | None = None,
    grammar_dirs: Sequence[str | os.PathLike[str]] = (),
    backend: str = "pymupdf",
    limits: Limits | None = None,
    dpi: float = 144.0,
    legend: bool = True,
    ids: bool = True,
) -> PageImage:
    """PNG of page `page` (1-based) with the grid, the cells and each word's field.

    `report` is the records to show (say, a JSON file written by `convert`);
    without it the PDF is parsed. Raises ValueError for a page the PDF does not
    have, and the typed errors of `open_document` for a PDF that cannot be read.
    """
    limits = limits or DEFAULT_LIMITS
    src = read_source(source, limits)
    doc = open_document(src.data, backend=backend, limits=limits)
    if not 1 <= page <= len(doc.pages):
        raise ValueError(f"page {page} is out of range: the PDF has {len(doc.pages)} pages")
    notes: list[str] = []
    if report is None:
        from ..pipeline import source_name

        name = None if src.path is None else source_name(src.path)
        report, note = _records(doc, grammar, name, grammar_dirs, limits)
        if note:
            notes.append(note[:90])
    elif report.source.sha256 and doc.sha256 and report.source.sha256 != doc.sha256:
        log.warning("the records are of another PDF (sha256 %s...)", report.source.sha256[:12])
        notes.append("records of another PDF (sha256 differs)")
    overlay = build_overlay(doc.pages[page - 1], report)
    overlay.notes.extend(notes)
    if page in doc.failed_pages:
        overlay.notes.append(f"page not read: {doc.failed_pages[page].reason}"[:90])
    png = render_overlay(src.data, overlay, dpi=dpi, legend=legend, ids=ids)
    return PageImage(png=png, overlay=overlay, pages=len(doc.pages))
