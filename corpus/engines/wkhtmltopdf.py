"""wkhtmltopdf (Qt WebKit) printing the corpus HTML to PDF (Debian package `wkhtmltopdf`).

Debian's build runs on an unpatched Qt, so its header and footer options do
nothing: these reports carry no footer and no page number, as real ones made
with it do. Old WebKit reads `page-break-*` rather than `break-*`; it draws disc
and circle list markers as shapes, so bullets are typed in front of their item
as generated text while numbered lists stay real `<ol>`; Qt's PDF writer gives
ligature glyphs no Unicode, so ligatures are always off here. It hyphenates with
U+2010 under `hyphens: auto`, draws every border as a filled rectangle, and
"smart shrinking" scales the page content. A row is sliced where the page ends:
a text line cut by the page edge is drawn on both pages, clipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import replace
from functools import cache
from pathlib import Path

from ..document import Document
from ..look import Look
from . import EngineMissing
from ._pdf import SOURCE_DATE_EPOCH, fixed_dates
from .html import Features, to_html

NAME = "wkhtmltopdf"
FONTS: tuple[str, ...] = ("liberation-sans", "carlito", "dejavu-sans")
BREAKS_ROWS = True
FRONT_MATTER = True  # renders the front-matter blocks (figures, front tables)
LONG_PAGES = 135  # pages asked of its long report: it shrinks pages to fit, so asks for more
FEATURES = Features(string_markers=False, margin_boxes=False)
TIMEOUT = 300  # seconds


def missing() -> str | None:
    return None if shutil.which("wkhtmltopdf") else "wkhtmltopdf (Debian package `wkhtmltopdf`)"


@cache
def version() -> str:
    if missing():
        raise EngineMissing(missing())
    out = subprocess.run(["wkhtmltopdf", "--version"], capture_output=True, text=True, timeout=60, env=_env())
    return out.stdout.strip()


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, TZ="UTC")


def _mm(points: float) -> str:
    return f"{points * 25.4 / 72:.2f}mm"


def render(document: Document, look: Look, workdir: Path) -> bytes:
    if missing():
        raise EngineMissing(missing())
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / "report.html"
    target = workdir / "report.pdf"
    # Qt's PDF writer gives a ligature glyph no Unicode (it reads U+FFFD): no parser could
    # recover those words, so this engine always sets the letters apart.
    look = replace(look, ligatures=False)
    source.write_text(to_html(document, look, FEATURES), encoding="utf-8")
    target.unlink(missing_ok=True)
    left, top, right, bottom = look.margins
    command = [
        "wkhtmltopdf",
        "--quiet",
        "--page-size", "A4",
        "--margin-left", _mm(left),
        "--margin-top", _mm(top),
        "--margin-right", _mm(right),
        "--margin-bottom", _mm(bottom),
        "--encoding", "utf-8",
        "--disable-javascript",
        "--disable-external-links",
        "--title", document.wording.title,
        str(source),
        str(target),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, env=_env())
    if not target.exists() or target.stat().st_size == 0:
        raise RuntimeError(f"wkhtmltopdf wrote no PDF (exit {done.returncode}): {done.stderr[-2000:]}")
    return fixed_dates(target.read_bytes())
