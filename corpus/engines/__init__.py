"""The engines that render a corpus document, one module each, behind one table.

Every engine module defines:

* `NAME`: the producer's name as the corpus lists it;
* `FONTS`: the font keys (see `look.FAMILIES`) it renders with;
* `missing() -> str | None`: what is not installed (a Debian or PyPI package name)
  or None when the engine can run;
* `version() -> str`: the engine's version string, part of the cache key;
* `render(document, look, workdir) -> bytes`: the PDF.

and may define `BREAKS_ROWS` (False: it cannot cut a row at a page's end, the
corpus keeps its cells short), `FRONT_MATTER` (True: it renders the front
matter's blocks) and `IN_CORPUS` (False: a judge, kept out of the committed
corpus and rendered by hold-out sweeps only, see `corpus_engines`).

A new engine is one module and one entry in `ENGINES`.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# engine name -> module under corpus.engines
ENGINES: dict[str, str] = {
    "libreoffice": "libreoffice",
    "chromium": "chromium",
    "weasyprint": "weasyprint_engine",
    "wkhtmltopdf": "wkhtmltopdf",
    "typst": "typst_engine",
    "pdflatex": "pdflatex",
    "lualatex": "lualatex",
    "reportlab": "reportlab_engine",
    "fpdf2": "fpdf2_engine",  # a judge: no corpus report, hold-out sweeps only
    "xhtml2pdf": "xhtml2pdf_engine",  # a judge too
}


class CannotRender(RuntimeError):
    """The engine cannot lay this document out whole (a row taller than a page that it cannot
    break, text run past the page edge): the PDF would not hold the truth, so none is made."""


class EngineMissing(RuntimeError):
    """The producer is not installed; the message names the package to install."""


def engine(name: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{ENGINES[name]}")


def corpus_engines() -> list[str]:
    """The engines whose reports make the committed corpus: not the judges (`IN_CORPUS = False`),
    kept for sweeps of a producer the parser was never tuned on."""
    return [name for name in ENGINES if getattr(engine(name), "IN_CORPUS", True)]
