"""xhtml2pdf: the corpus HTML laid out by pisa's own CSS reader on ReportLab's platypus.

A report generator some web applications use to turn an HTML template into a
PDF with no browser: it reads a subset of CSS 2 itself and builds ReportLab
flowables from it (its own `Table` for HTML tables, `rowspan` and `colspan` as
ReportLab spans), so its pages differ from the ReportLab engine's, whose
script places platypus objects by hand. Its fonts are the base-14 faces, not
embedded (a family it does not know falls back to Helvetica, so only those
two are offered); page margin boxes, string list markers, `hyphens` and
`overflow-wrap` are not read, so no footer is printed, markers come from the
counter styles (set against their item's text: "1.Pelatihan", "•Umum",
"oAgar" for the circle), and a word too long for its cell runs past it,
which loses words: such a rendering is refused (`CannotRender`). A table row is never cut at a
page's end (ReportLab splits tables between rows), so `BREAKS_ROWS` is False.

This producer is kept out of the committed corpus (`IN_CORPUS`): it judges the
parser in hold-out sweeps only (`python -m corpus.holdout --engines xhtml2pdf`).
"""

from __future__ import annotations

import io
import re
from functools import cache
from pathlib import Path

from ..document import Document
from ..look import Look
from . import CannotRender, EngineMissing
from ._pdf import fixed_dates, words_missing
from .html import Features, to_html

NAME = "xhtml2pdf"
FONTS: tuple[str, ...] = ("helvetica", "times")
BREAKS_ROWS = False
IN_CORPUS = False
FEATURES = Features(string_markers=False, margin_boxes=False)
# A list marker: xhtml2pdf sets it against its item's text ("1.Pelatihan", "•Umum"), so the text layer
# holds no word of it alone; the words of the truth that are markers are looked for no further.
MARKER = re.compile(r"^(?:\d+[.)]|[a-z][.)]|[•o\-])$")
_GLUED_MARKER = re.compile(r"^(?:\d+[.)]|[a-z][.)]|[•o\-])(?=\S)")


def missing() -> str | None:
    try:
        import xhtml2pdf  # noqa: F401
    except ImportError:
        return "xhtml2pdf (PyPI `xhtml2pdf`)"
    return None


@cache
def version() -> str:
    if missing():
        raise EngineMissing(missing())
    import xhtml2pdf

    return f"xhtml2pdf {xhtml2pdf.__version__}"


def render(document: Document, look: Look, workdir: Path) -> bytes:
    if missing():
        raise EngineMissing(missing())
    from reportlab.platypus.doctemplate import LayoutError
    from xhtml2pdf import pisa

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    source = to_html(document, look, FEATURES)
    (workdir / "report.html").write_text(source, encoding="utf-8")
    out = io.BytesIO()
    try:
        status = pisa.CreatePDF(source, dest=out, encoding="utf-8")
    except (LayoutError, TypeError) as exc:
        # a row group taller than a page: platypus cannot split it (ReportLab 5 fails with a
        # TypeError while it words that LayoutError for some of xhtml2pdf's tables)
        raise CannotRender(f"xhtml2pdf: {str(exc).splitlines()[0][:120]}") from exc
    if status.err:
        raise CannotRender(f"xhtml2pdf reported {status.err} errors")
    pdf = fixed_dates(out.getvalue())
    lost = lost_words(pdf, document.truth())
    if lost:  # a word too long for its cell runs past it, under the next cell or off the page
        raise CannotRender(f"xhtml2pdf lost {len(lost)} words of the truth, {lost[0]!r} first")
    return pdf


def lost_words(pdf: bytes, truth: object) -> list[str]:
    """`words_missing`, less list markers and the words set against them ("1.Pelatihan", "•Umum")."""
    missing = [w for w in words_missing(pdf, truth) if not MARKER.match(w)]
    if not missing:
        return []
    import pymupdf

    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        printed = {w[4] for page in doc for w in page.get_text("words")}
    glued = {w[len(m.group(0)) :] for w in printed if (m := _GLUED_MARKER.match(w))}
    return [w for w in missing if w not in glued]
