"""OCR lines read with words squeezed into boxes too narrow for their letters, read again whole.

Tesseract sometimes reads a line of small type (a 5 pt footer under a noisy
scan) in pieces whose boxes cannot hold their text: "masukan" came back as
"kan" in a box 2.7 pt wide, "disampaikan" as "di" and "paikan" (3 letters in
under 3 pt), each with a confidence of 0.9 and more, and the line was cut in
two. Confidence does not tell such a reading; geometry does: a word whose box
gives each of its letters less than `SQUEEZED` of its line's height was not
read from the ink it claims. (The narrowest letters, "i" and "l", take about
0.2 of a line's height.)

Such a line, joined with the OCR lines beside it on its baseline (no table
rule between them: the line Tesseract cut), is cut out of the image and read
again on its own (`holes.read_patches`, one Tesseract run for the page). The
new reading replaces the words lying in the line when none of its own words is
squeezed, it is read with at least `SURE` confidence and it holds at least
`KEEP_TEXT` of the old reading's letters. A misread footer is the page's
furniture lost: on the held-out Typst scan the footer on page 4 no longer
repeated, and the rows cut by the page breaks were not joined.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from statistics import median

from ..model import Box, Ruling, Word
from .holes import LINE_GAP, Patch, read_patches
from .image import Raster
from .ocr import OcrWord

SQUEEZED = 0.12  # of the line's height: the least width a letter of a word read from real ink takes
SURE = 0.6  # mean confidence (by letters) of the new reading at least
TALL = 2.0  # of its words' median height: a line's box taller than this holds several lines
KEEP_TEXT = 0.8  # of the old reading's letters the new one must hold at least

Reader = Callable[[Raster, list[Patch], float, list[Ruling]], list[list[OcrWord]]]


def _letters(words: Sequence[Word]) -> int:
    return sum(sum(c.isalnum() for c in w.text) for w in words)


def _union(words: Sequence[Word]) -> Box:
    return Box(
        min(w.box.x0 for w in words),
        min(w.box.top for w in words),
        max(w.box.x1 for w in words),
        max(w.box.bottom for w in words),
    )


def squeezed(word: Word, line_height: float) -> bool:
    """Whether the word's box is too narrow for its letters (see the module's docstring)."""
    n = sum(c.isalnum() for c in word.text)
    return n >= 2 and word.box.width < SQUEEZED * line_height * n


def _lines(words: Sequence[Word]) -> dict[int, list[Word]]:
    out: dict[int, list[Word]] = {}
    for w in words:
        out.setdefault(w.line, []).append(w)
    return out


def _ruled_between(a: Box, b: Box, rulings: Sequence[Ruling]) -> bool:
    left, right = (a, b) if a.x0 <= b.x0 else (b, a)
    cy = (max(a.top, b.top) + min(a.bottom, b.bottom)) / 2
    return any(
        r.orientation == "v" and left.x1 - 1.0 <= r.box.cx <= right.x0 + 1.0 and r.box.top <= cy <= r.box.bottom
        for r in rulings
    )


def _beside(band: Box, box: Box, other: Box) -> bool:
    """Whether an OCR line shares the squeezed line's baseline band and stands within `LINE_GAP` heights of `box`.

    The band is the squeezed line's own: a box grown along it must not reach the lines above and below.
    """
    overlap = min(band.bottom, other.bottom) - max(band.top, other.top)
    gap = max(box.x0, other.x0) - min(box.x1, other.x1)
    return overlap >= 0.5 * max(band.height, other.height) and gap <= LINE_GAP * band.height


def squeezed_lines(words: Sequence[Word], rulings: Sequence[Ruling]) -> list[Box]:
    """The boxes of the lines to read again: each squeezed OCR line joined with its neighbours on its baseline."""
    lines = _lines(words)
    boxes = {k: _union(ws) for k, ws in lines.items()}
    out: list[Box] = []
    for k, ws in lines.items():
        height = median(w.box.height for w in ws)
        if not any(squeezed(w, height) for w in ws):
            continue
        band = box = boxes[k]
        if band.height > TALL * height:
            continue  # no line: words of several lines (a column's edge, a stamp) taken for one
        if any(b.x0 <= box.cx <= b.x1 and b.top <= box.cy <= b.bottom for b in out):
            continue  # joined already with an earlier line
        grown = True
        while grown:
            grown = False
            for other in boxes.values():
                joined = Box(
                    min(box.x0, other.x0), min(box.top, other.top), max(box.x1, other.x1), max(box.bottom, other.bottom)
                )
                if joined != box and _beside(band, box, other) and not _ruled_between(box, other, rulings):
                    box, grown = joined, True
        out.append(box)
    return out


def _inside(w: Word, box: Box) -> bool:
    return box.x0 <= w.box.cx <= box.x1 and box.top <= w.box.cy <= box.bottom


def _accept(old: Sequence[Word], new: Sequence[Word]) -> bool:
    if not new:
        return False
    heights = median(w.box.height for w in new)
    if any(squeezed(w, heights) for w in new):
        return False
    letters = _letters(new)
    sure = sum(sum(c.isalnum() for c in w.text) * (getattr(w, "confidence", None) or 0.0) for w in new)
    return letters > 0 and sure / letters >= SURE and letters >= KEEP_TEXT * _letters(old)


def read_squeezed(
    raster: Raster,
    words: list[Word],
    rulings: list[Ruling],
    timeout: float,
    reader: Reader = read_patches,
) -> tuple[list[Word], int]:
    """The words with each squeezed line read again where the new reading is sound; and how many lines changed."""
    boxes = squeezed_lines(words, rulings)
    if not boxes:
        return words, 0
    s = raster.scale
    found = [Patch(int(b.top / s), int(b.bottom / s) + 1, int(b.x0 / s), int(b.x1 / s) + 1) for b in boxes]
    read = reader(raster, found, timeout, rulings)
    out = list(words)
    changed = 0
    next_line = max((w.line for w in words), default=-1) + 1
    for box, new in zip(boxes, read):
        old = [w for w in out if _inside(w, box)]
        if not _accept(old, new):
            continue
        for w in new:
            w.line = next_line
        next_line += 1
        out = [w for w in out if not any(w is o for o in old)] + list(new)
        changed += 1
    return out, changed
