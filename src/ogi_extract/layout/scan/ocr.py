"""Words of a page image by OCR: Tesseract's Indonesian model, called as a program.

Tesseract is called as `tesseract page.png - -l ind tsv` rather than through a
Python binding: the TSV output gives every word its box and confidence, and
the only dependency is the Debian package (`tesseract-ocr`, `tesseract-ocr-ind`).
PyMuPDF's own OCR (`Page.get_textpage_ocr`) needs the same Tesseract and
gives no confidences. `OMP_THREAD_LIMIT=1`: Tesseract's OpenMP threads cost
more than they give on a page this size (measured 10 s against 3 s a page on a
shared two-core machine).

The image given is the upright raster (`image.upright`), so the words come
back in the same upright frame as the rulings found in it.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from ..model import Box, Word
from .errors import INSTALL, OcrUnavailableError

if TYPE_CHECKING:
    from .image import Raster

LANGUAGE = "ind"
# English beside it for the glyphs the Indonesian model reads badly: on the scan
# corpus `ind` alone read "%" as "Y5", "746" or "o" in every score cell, `ind+eng`
# read all of them right and changed no Indonesian word (tesseract-ocr ships `eng`).
SECOND = "eng"
FONT = "OCR"
# Tesseract's line box spans ascenders and descenders: about 1.2 font sizes.
LINE_TO_SIZE = 1 / 1.2
@dataclass(slots=True)
class OcrWord(Word):
    """A word read by OCR: the layout word plus the reader's confidence (0..1).

    None for a word of a PDF's own OCR layer: the PDF says what was read, not how surely.
    """

    confidence: float | None = None


def as_ocr_word(w: Word) -> OcrWord:
    """A word of a PDF's OCR layer marked as OCR text (no confidence known)."""
    if isinstance(w, OcrWord):
        return w
    return OcrWord(w.text, w.box, w.font, w.size, w.bold, w.line, w.space_after, visibility=w.visibility, page=w.page)


@functools.cache
def _languages(exe: str) -> frozenset[str]:
    try:
        done = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    lines = (done.stdout or "").splitlines()
    return frozenset(ln.strip() for ln in lines[1:] if ln.strip())


def tesseract() -> str:
    """The Tesseract program with the Indonesian model, or OcrUnavailableError saying what to install."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise OcrUnavailableError(f"PDF has no text layer (a scan) and Tesseract is not installed: {INSTALL}")
    if LANGUAGE not in _languages(exe):
        raise OcrUnavailableError(
            f"PDF has no text layer (a scan) and Tesseract has no Indonesian model ({LANGUAGE!r}): {INSTALL}"
        )
    return exe


def languages(exe: str) -> str:
    """`ind`, with `eng` beside it when installed."""
    return f"{LANGUAGE}+{SECOND}" if SECOND in _languages(exe) else LANGUAGE


def run_tsv(raster: Raster, timeout: float, psm: int = 3) -> str:
    """Tesseract's TSV for the raster (`psm`: Tesseract's page segmentation mode, 3 automatic, 11 sparse text)."""
    from PIL import Image

    exe = tesseract()
    with tempfile.TemporaryDirectory(prefix="ogi-ocr-") as tmp:
        path = Path(tmp) / "page.png"
        Image.fromarray(raster.grey, mode="L").save(path, dpi=(raster.dpi, raster.dpi))
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        done = subprocess.run(
            [exe, str(path), "-", "-l", languages(exe), "--dpi", str(round(raster.dpi)), "--psm", str(psm), "tsv"],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
        )
    if done.returncode != 0:
        raise RuntimeError(f"tesseract failed: {(done.stderr or '').strip()[:200]}")
    return done.stdout


def words_from_tsv(tsv: str, scale: float) -> list[OcrWord]:
    """Word rows of Tesseract's TSV as layout words in points, one line id per OCR line.

    Blank words (Tesseract reports a ruling as an empty word) are dropped. A
    word is followed by a space unless it ends its OCR line: what OCR read is
    words, and a line end's break is left to the tables stage's vocabulary.
    """
    rows = list(csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))
    line_height: dict[tuple[str, str, str, str], float] = {}
    for r in rows:
        if r.get("level") == "4":
            line_height[(r["page_num"], r["block_num"], r["par_num"], r["line_num"])] = float(r["height"])
    words: list[OcrWord] = []
    keys: list[tuple[str, str, str, str]] = []
    for r in rows:
        if r.get("level") != "5":
            continue
        text = " ".join((r.get("text") or "").split())
        if not text:
            continue
        key = (r["page_num"], r["block_num"], r["par_num"], r["line_num"])
        left, top, width, height = (float(r[k]) for k in ("left", "top", "width", "height"))
        size = line_height.get(key, height) * scale * LINE_TO_SIZE
        if key not in keys:
            keys.append(key)
        box = Box(*Box(left * scale, top * scale, (left + width) * scale, (top + height) * scale).rounded(3))
        conf = max(0.0, min(1.0, float(r["conf"]) / 100.0))
        words.append(OcrWord(text, box, FONT, round(size, 2), False, len(keys) - 1, True, confidence=round(conf, 3)))
    for i, w in enumerate(words):
        if i + 1 == len(words) or words[i + 1].line != w.line:
            w.space_after = False
    return words


def read_words(raster: Raster, timeout: float) -> list[OcrWord]:
    """The words of the upright raster, with their confidences."""
    return words_from_tsv(run_tsv(raster, timeout), raster.scale)
