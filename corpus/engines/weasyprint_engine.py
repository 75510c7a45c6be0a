"""WeasyPrint printing the corpus HTML to PDF (PyPI `weasyprint`, with Pango from Debian).

WeasyPrint prints the footer and page number through CSS page margin boxes,
repeats header rows, paints string list markers apart from their items, sets
ligatures on or off and hyphenates (Pyphen's Indonesian patterns, U+2010 at the
line end). Separate borders become one even-odd filled path per cell (an outer
and an inner rectangle), collapsed ones stroked lines. A row cut by a page break
gets no rule (`box-decoration-break` is not applied to table cells, measured on
WeasyPrint 70), so `rule_at_break` changes nothing.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from ..document import Document
from ..look import Look
from . import EngineMissing
from ._pdf import fixed_dates
from .html import Features, to_html

NAME = "weasyprint"
FONTS: tuple[str, ...] = ("dejavu-sans", "carlito", "noto-serif")
BREAKS_ROWS = True
FRONT_MATTER = True  # renders the front-matter blocks (figures, front tables)
FEATURES = Features(string_markers=True, margin_boxes=True)
PDF_IDENTIFIER = b"ogi-extract-corpus"  # fixed, so the trailer /ID does not change between runs


def missing() -> str | None:
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):  # OSError: Pango or its fonts missing
        return "weasyprint (PyPI `weasyprint`, Debian `libpango-1.0-0 libpangoft2-1.0-0`)"
    return None


@cache
def version() -> str:
    if missing():
        raise EngineMissing(missing())
    import weasyprint

    return f"WeasyPrint {weasyprint.__version__}"


def render(document: Document, look: Look, workdir: Path) -> bytes:
    if missing():
        raise EngineMissing(missing())
    import weasyprint

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / "report.html"
    source.write_text(to_html(document, look, FEATURES), encoding="utf-8")
    logging.getLogger("weasyprint").setLevel(logging.ERROR)  # unsupported legacy properties are expected
    pdf = weasyprint.HTML(filename=str(source)).write_pdf(pdf_identifier=PDF_IDENTIFIER)
    return fixed_dates(pdf)
