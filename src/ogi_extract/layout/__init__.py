"""The layout stage: a PDF to the neutral page model (words, rulings, fills, links).

`open_document` is the only way in (`open_and_keep` is the same, and keeps
the page processes of `jobs` for the tables stage). Whatever the input, it
returns a `Document` or raises one of the typed errors of `ogi_extract.errors`;
library exceptions never escape for bad input.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from ..errors import DamagedPdfError, LimitExceededError, NoTextLayerError
from ..limits import DEFAULT_LIMITS, Limits
from ..progress import Clock
from .model import Box, Document, Fill, Link, Page, Ruling, Word
from .kept import PageProcesses
from .opening import LIMIT_REASON, Opened, open_mupdf, quiet_mupdf
from .source import Source, read_source
from .private_use import warnings as private_use_warnings
from .visibility import warnings as visibility_warnings

BACKENDS = ("pymupdf", "pdfplumber")

Reader = Callable[..., Document]  # (Opened, Source, Limits[, jobs]) -> Document


def _reader(backend: str) -> Reader:
    # pdfplumber (and pdfminer under it) is imported only when asked for.
    if backend == "pymupdf":
        from .pymupdf_backend import read_document

        return read_document
    if backend == "pdfplumber":
        from .pdfplumber_backend import read_document as read_plumber

        return read_plumber
    raise ValueError(f"unknown layout backend {backend!r}; choose one of {', '.join(BACKENDS)}")


def open_document(
    path_or_bytes: str | os.PathLike[str] | bytes,
    backend: str = "pymupdf",
    limits: Limits | None = None,
    jobs: int = 1,
) -> Document:
    """Read a PDF (a path or its bytes) into the neutral page model (see `open_and_keep`)."""
    return open_and_keep(path_or_bytes, backend, limits, jobs, keep=False)[0]


def open_and_keep(
    path_or_bytes: str | os.PathLike[str] | bytes,
    backend: str = "pymupdf",
    limits: Limits | None = None,
    jobs: int = 1,
    keep: bool = True,
) -> tuple[Document, PageProcesses | None]:
    """Read a PDF (a path or its bytes) into the neutral page model; with `keep`, the page processes too.

    `jobs` above 1 reads a long document's pages in that many processes
    (`parallel.py`; the pymupdf backend, where `fork` exists), with the same
    result as one. With `keep`, the processes that read the later ranges are
    returned still holding their pages (`kept.py`), for the tables stage to
    run there; the caller closes them. None when there are none, or when pages
    were completed here after reading (a scan's OCR): theirs would be stale.

    Raises NotAPdfError, EncryptedPdfError, DamagedPdfError, EmptyPdfError,
    NoTextLayerError or LimitExceededError. A page that cannot be read is left
    empty and named in `Document.failed_pages`; repairs MuPDF made to the file
    are listed in `Document.warnings`.
    """
    read = _reader(backend)
    limits = limits or DEFAULT_LIMITS
    clock = Clock()
    source = read_source(path_or_bytes, limits)
    with quiet_mupdf():
        opened = open_mupdf(source, limits)
    clock.lap("open")
    scans = None
    held: PageProcesses | None = None
    try:
        if jobs > 1 and backend == "pymupdf":
            from .pymupdf_backend import read_document_and_keep

            doc, held = read_document_and_keep(opened, source, limits, jobs, keep)
        else:
            doc = read(opened, source, limits)
        if doc.pages:
            # scanned pages: rulings from the image, words from the OCR layer or by OCR
            from .scan import complete_document

            scans = complete_document(doc, opened.doc, limits, source.path)
    except BaseException:
        if held is not None:
            held.close()
        raise
    finally:
        opened.doc.close()
    clock.lap("pages")
    if held is not None and scans is not None:
        held.close()
        held = None
    try:
        return _checked(doc, backend, source, scans), held
    except BaseException:
        if held is not None:
            held.close()
        raise


def _checked(doc: Document, backend: str, source: Source, scans: object) -> Document:
    """The document, or the typed error that says why it has nothing to read."""
    if not doc.pages:
        raise DamagedPdfError(f"the {backend} backend found no pages in the PDF", path=source.path)
    doc.warnings.extend(visibility_warnings(doc.pages))
    doc.warnings.extend(private_use_warnings(doc.pages))
    if not any(page.words for page in doc.pages):
        hidden = sum(len(page.hidden) for page in doc.pages)
        if hidden:
            raise NoTextLayerError(
                f"PDF has no visible text: all {hidden} words it carries are hidden or drawn at an angle",
                path=source.path,
            )
        if len(doc.failed_pages) == len(doc.pages):
            failures = list(doc.failed_pages.values())
            if all(f.kind == "limit" for f in failures):
                detail = failures[0].reason.removeprefix(LIMIT_REASON)
                raise LimitExceededError(f"every page is over a limit ({detail})", path=source.path)
            raise DamagedPdfError(f"no page of the PDF could be read ({failures[0].reason})", path=source.path)
        if scans is not None:
            raise NoTextLayerError("PDF is a scan and OCR found no text on its page images", path=source.path)
        raise NoTextLayerError(
            "PDF has no text layer: no page carries any text (a scan needs OCR first)", path=source.path
        )
    return doc


__all__ = [
    "BACKENDS",
    "Box",
    "Document",
    "Fill",
    "Link",
    "Page",
    "Ruling",
    "Word",
    "open_and_keep",
    "open_document",
]
