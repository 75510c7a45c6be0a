"""Headless Chromium printing the corpus HTML to PDF (Debian package `chromium`).

Chromium (Skia's PDF backend) prints the footer and page number through CSS page
margin boxes (Chromium >= 131, with its own header and footer turned off), repeats
header rows, shows string list markers, sets ligatures on or off, and draws
separate borders as stroked rectangles, collapsed ones as filled rectangles. It
cuts a row at a page break without a rule (`box-decoration-break: clone` is not
applied to table cells, measured on Chromium 156), so `rule_at_break` changes
nothing, and it does not hyphenate without downloaded dictionaries.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from ..document import Document
from ..look import Look
from . import EngineMissing
from ._pdf import SOURCE_DATE_EPOCH, fixed_dates
from .html import Features, to_html

NAME = "chromium"
FONTS: tuple[str, ...] = ("carlito", "noto-sans", "liberation-serif")
BREAKS_ROWS = True
FRONT_MATTER = True  # renders the front-matter blocks (figures, front tables)
FEATURES = Features(string_markers=True, margin_boxes=True)
TIMEOUT = 180  # seconds; a 100-page report prints in well under a minute


def _binary() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    return None


def missing() -> str | None:
    return None if _binary() else "chromium (Debian package `chromium`)"


@cache
def version() -> str:
    binary = _binary()
    if binary is None:
        raise EngineMissing(missing())
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=60)
    return out.stdout.strip()


def render(document: Document, look: Look, workdir: Path) -> bytes:
    binary = _binary()
    if binary is None:
        raise EngineMissing(missing())
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / "report.html"
    target = workdir / "report.pdf"
    source.write_text(to_html(document, look, FEATURES), encoding="utf-8")
    target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="chromium-profile-", dir=workdir) as profile:
        command = [
            binary,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={target}",
            source.resolve().as_uri(),
        ]
        env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, TZ="UTC")
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, env=env)
    if not target.exists() or target.stat().st_size == 0:
        raise RuntimeError(f"chromium wrote no PDF (exit {done.returncode}): {done.stderr[-2000:]}")
    return fixed_dates(target.read_bytes())
