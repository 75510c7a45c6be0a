"""Ink that no word covers: the words a page-wide OCR pass left out, read again on their own.

Tesseract's page layout analysis is made for running text. In a ruled table
it drops short, lone words: a cell holding only "Aktif", "-" or "Nilai: 0%"
(on the scan corpus, `ind` at 200 dpi left out three co-creation labels in four,
in its own text layer and in a fresh pass alike). The page image shows them, so
they are found as ink: the page's ink without its rules, minus every word's box,
gathered on a grid of `CELL` points into connected patches. Each patch big
enough to be a word (`MIN_INK` pixels) is cut out with a margin, the patches
are stacked on one white sheet, and that sheet is OCRed once as a block of
lines (Tesseract `--psm 6`), so a page costs one more run at most. Words read
there are put back at their place on the page.

A lone dash ("-" under "Nilai:", a score not assessed) is ink Tesseract does
not read at all, alone on the sheet or beside its cell's label. A patch read
as nothing whose ink is one flat bar (`DASH_HEIGHT` points tall at most,
`FLAT` times wider than tall, shorter than a rule) is that dash, a word of
confidence `DASH_CONFIDENCE`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..model import Box, Ruling, Word
from .image import Raster, ink
from .ocr import OcrWord, run_tsv, words_from_tsv
from .rulings import EDGE_MARGIN

# Tesseract's page segmentation for the sheet of cut-outs: 6, a block of lines.
# The cut-outs are lines (`_lines_of`); sparse-text mode (11) dropped the "-" of
# "Nilai: -", which mode 6 reads.
SHEET_PSM = 6
CELL = 3.0  # points: the grid the leftover ink is gathered on
MIN_INK = 40  # pixels of ink at 300 dpi (scaled) for a patch to be read: a "-" has about 60
MARGIN = 4.0  # points around a patch when it is cut out
GAP = 24  # pixels of white between patches on the sheet
COVER_PAD = 1.5  # points around a word's box that count as covered, at least
COVER_X = 0.6  # of the word's height, either side
COVER_Y = 0.35  # of the word's height, above and below
RULE_PAD = 1.0  # points around a rule
MIN_CONFIDENCE = 0.3  # a word read from a patch below this is noise
LINE_GAP = 2.0  # of the line's height: patches this close side by side are words of one line
APART = 4.0  # points between a patch and the nearest word on its line
MIN_PUNCTUATION_CONFIDENCE = 0.7  # a patch read as punctuation only is most often dust
REREAD_BELOW = 0.5  # OCR confidence under which a word is read again on its own
# a word alone on its OCR line (a lone label, "Aktif" read "Alai" at 0.54) is read again below this
REREAD_LONE_BELOW = 0.7
REREAD_GAIN = 0.3  # how much surer the second reading must be to replace the first
DASH_HEIGHT = 2.0  # points: the thickest bar read as a dash
FLAT = 2.0  # width over height of a dash's ink at least
DASH_MIN_INK = 12  # pixels at 300 dpi: a 10 pt Times hyphen has about 28
DASH_WIDTH = 2.0  # points at least: a hyphen is 2.5 pt wide in 10 pt type, a speck of noise less
DASH_CONFIDENCE = 0.5  # of a dash told by its shape: no OCR engine read it
REREAD_SURE = 0.6  # and how sure at least: a word cut out alone is easily read in pieces ("er", "wa.")


@dataclass(frozen=True, slots=True)
class Patch:
    """A rectangle of the raster, in pixels: rows top..bottom, columns left..right (exclusive)."""

    top: int
    bottom: int
    left: int
    right: int


def _blank(mask: np.ndarray, box: Box, pad: float, scale: float, padx: float | None = None) -> None:
    h, w = mask.shape
    padx = pad if padx is None else padx
    top = max(0, int((box.top - pad) / scale))
    bottom = min(h, int((box.bottom + pad) / scale) + 1)
    left = max(0, int((box.x0 - padx) / scale))
    right = min(w, int((box.x1 + padx) / scale) + 1)
    mask[top:bottom, left:right] = False


def leftover_ink(raster: Raster, words: list[Word], rulings: list[Ruling]) -> np.ndarray:
    """The ink of the raster that is neither a rule nor under a word."""
    mask = ink(raster.grey)
    edge = round(EDGE_MARGIN / raster.scale)
    mask[:edge, :] = mask[-edge:, :] = False
    mask[:, :edge] = mask[:, -edge:] = False
    for r in rulings:
        _blank(mask, r.box, RULE_PAD, raster.scale)
    for w in words:
        # a word's glyphs overrun its box (an OCR layer's boxes are tight, first
        # and last letters half out): only ink apart from every word is a word left out
        height = w.box.height
        _blank(mask, w.box, max(COVER_PAD, COVER_Y * height), raster.scale, max(COVER_PAD, COVER_X * height))
    return mask


def patches(mask: np.ndarray, scale: float, least: int = MIN_INK) -> list[Patch]:
    """Connected patches of leftover ink, on a grid of CELL points, with enough ink to be a word (`least`)."""
    step = max(1, round(CELL / scale))
    h, w = mask.shape
    gh, gw = -(-h // step), -(-w // step)
    padded = np.zeros((gh * step, gw * step), dtype=bool)
    padded[:h, :w] = mask
    counts = padded.reshape(gh, step, gw, step).sum(axis=(1, 3))
    occupied = counts > 0
    min_ink = least * (72 / 300 / scale) ** 2
    seen = np.zeros_like(occupied)
    out: list[Patch] = []
    for gy, gx in zip(*np.nonzero(occupied)):
        if seen[gy, gx]:
            continue
        stack = [(gy, gx)]
        seen[gy, gx] = True
        cells = []
        while stack:
            y, x = stack.pop()
            cells.append((y, x))
            for ny in (y - 1, y, y + 1):
                for nx in (x - 1, x, x + 1):
                    if 0 <= ny < gh and 0 <= nx < gw and occupied[ny, nx] and not seen[ny, nx]:
                        seen[ny, nx] = True
                        stack.append((ny, nx))
        total = sum(int(counts[y, x]) for y, x in cells)
        if total < min_ink:
            continue
        ys = [y for y, _ in cells]
        xs = [x for _, x in cells]
        out.append(
            Patch(
                int(min(ys)) * step,
                min(h, (int(max(ys)) + 1) * step),
                int(min(xs)) * step,
                min(w, (int(max(xs)) + 1) * step),
            )
        )
    return _lines_of(out)


def _lines_of(found: list[Patch]) -> list[Patch]:
    """Patches side by side on one line joined: a line read whole ("Target B12:"), not word by word.

    Read alone, "B12:" came back as "be"; the words of a line help each other.
    """
    merged = sorted(found, key=lambda p: (p.top, p.left))
    changed = True
    while changed:
        changed = False
        for i, a in enumerate(merged):
            for j in range(i + 1, len(merged)):
                b = merged[j]
                height = max(a.bottom - a.top, b.bottom - b.top)
                overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
                gap = max(a.left, b.left) - min(a.right, b.right)
                if overlap >= 0.5 * min(a.bottom - a.top, b.bottom - b.top) and gap <= LINE_GAP * height:
                    merged[i] = Patch(min(a.top, b.top), max(a.bottom, b.bottom), min(a.left, b.left), max(a.right, b.right))
                    del merged[j]
                    changed = True
                    break
            if changed:
                break
    return merged


def _apart(p: Patch, words: list[Word], scale: float) -> bool:
    """Whether a patch stands apart from every word: not beside one on its line, nor just above or below.

    Letters of a word that overrun its box leave ink beside it; a word left
    out stands in a cell of its own, or at least a few points from the next.
    """
    top, bottom, left, right = p.top * scale, p.bottom * scale, p.left * scale, p.right * scale
    for w in words:
        b = w.box
        overlap_y = min(bottom, b.bottom) - max(top, b.top)
        overlap_x = min(right, b.x1) - max(left, b.x0)
        if overlap_y > 0 and overlap_x > -APART:
            return False
        if overlap_x > 0 and overlap_y > -APART / 2:
            return False
    return True


def _clean(cut: np.ndarray, rules: np.ndarray) -> np.ndarray:
    """A cut-out with the table's rules painted over and its paper made white.

    A shaded cell (the grey of an implementer heading) bordered by rules read
    as nothing at all; on white, without the rules, it reads.
    """
    out = cut.astype(np.float32)
    paper = float(np.median(out))
    out[rules] = paper
    out = np.clip(out * (255.0 / max(paper, 1.0)), 0, 255)
    return out.astype(np.uint8)


def _rule_mask(shape: tuple[int, int], rulings: list[Ruling], scale: float) -> np.ndarray:
    mask = np.zeros(shape, dtype=bool)
    for r in rulings:
        _blank_true(mask, r.box, RULE_PAD, scale)
    return mask


def _blank_true(mask: np.ndarray, box: Box, pad: float, scale: float) -> None:
    h, w = mask.shape
    top, bottom = max(0, int((box.top - pad) / scale)), min(h, int((box.bottom + pad) / scale) + 1)
    left, right = max(0, int((box.x0 - pad) / scale)), min(w, int((box.x1 + pad) / scale) + 1)
    mask[top:bottom, left:right] = True


def read_patches(
    raster: Raster, found: list[Patch], timeout: float, rulings: list[Ruling] | None = None, margin_pt: float = MARGIN
) -> list[list[OcrWord]]:
    """OCR of the patches, stacked on one sheet: each patch's words, moved back to their place on the page.

    Each patch is cut out with `margin_pt` points of the page around it.
    """
    if not found:
        return []
    margin = round(margin_pt / raster.scale)
    h, w = raster.grey.shape
    rules = _rule_mask((h, w), rulings or [], raster.scale)
    cuts = []
    s = raster.scale
    for p in found:
        top, bottom = max(0, p.top - margin), min(h, p.bottom + margin)
        left, right = max(0, p.left - margin), min(w, p.right + margin)
        cut = _clean(raster.grey[top:bottom, left:right], rules[top:bottom, left:right])
        cuts.append((top, left, cut, p))
    width = max(c.shape[1] for _, _, c, _ in cuts) + 2 * GAP
    height = sum(c.shape[0] for _, _, c, _ in cuts) + GAP * (len(cuts) + 1)
    sheet = np.full((height, width), 255, dtype=np.uint8)
    slots = []  # (sheet top, sheet bottom, page top, page left, patch index)
    y = GAP
    for index, (top, left, c, _) in enumerate(cuts):
        sheet[y : y + c.shape[0], GAP : GAP + c.shape[1]] = c
        slots.append((y, y + c.shape[0], top, left, index))
        y += c.shape[0] + GAP
    sheet_raster = Raster(sheet, raster.dpi, raster.angle)
    words = words_from_tsv(run_tsv(sheet_raster, timeout, psm=SHEET_PSM), raster.scale)
    out: list[list[OcrWord]] = [[] for _ in found]
    for word in words:
        cy = word.box.cy / s
        slot = next((sl for sl in slots if sl[0] <= cy < sl[1]), None)
        confidence = word.confidence or 0.0
        if slot is None or confidence < MIN_CONFIDENCE:
            continue
        if not any(c.isalnum() for c in word.text) and confidence < MIN_PUNCTUATION_CONFIDENCE:
            continue
        dy, dx = (slot[2] - slot[0]) * s, (slot[3] - GAP) * s
        b = word.box
        box = Box(*Box(b.x0 + dx, b.top + dy, b.x1 + dx, b.bottom + dy).rounded(3))
        p = found[slot[4]]
        # a word of the margin cut out with the patch belongs to its neighbour, not to the patch
        if not (p.left * s - 1 <= box.cx <= p.right * s + 1 and p.top * s - 1 <= box.cy <= p.bottom * s + 1):
            continue
        word.box = box
        out[slot[4]].append(word)
    return out


def _patch_of(box: Box, scale: float) -> Patch:
    return Patch(int(box.top / scale), int(box.bottom / scale) + 1, int(box.x0 / scale), int(box.x1 / scale) + 1)


def fill_holes(raster: Raster, words: list[Word], rulings: list[Ruling], timeout: float) -> list[Word]:
    """The words with the ink no word covers read, and the words OCR was unsure of read again.

    A word below `REREAD_BELOW` confidence (Tesseract gives 0 to a guess such as
    "aiovonesigaens" for "Kementerian/"), or below `REREAD_LONE_BELOW` when it is
    alone on its OCR line (a lone label), is read again on its own; the new
    reading replaces it when its words are read with `REREAD_GAIN` more
    confidence, and at least `REREAD_SURE`.
    """
    per_line: dict[int, int] = {}
    for w in words:
        per_line[w.line] = per_line.get(w.line, 0) + 1
    weak = [
        w
        for w in words
        if (c := getattr(w, "confidence", None)) is not None
        and c < (REREAD_LONE_BELOW if per_line[w.line] == 1 else REREAD_BELOW)
    ]
    strong = [w for w in words if not any(w is x for x in weak)]
    leftover = leftover_ink(raster, strong, rulings)
    holes = [p for p in patches(leftover, raster.scale) if _apart(p, strong, raster.scale)]
    read = read_patches(raster, [*holes, *(_patch_of(w.box, raster.scale) for w in weak)], timeout, rulings)
    for k, hole in enumerate(holes):
        if not read[k] and (dash := _dash(leftover, hole, raster.scale)) is not None:
            read[k] = [dash]
    # a hyphen in small type has less ink than MIN_INK: flat bars are looked for among the small patches too,
    # apart from every word (the foot of a "1" or the serifs of "II" beside an OCR layer's tight box are no dash)
    small = [
        dash
        for p in patches(leftover, raster.scale, DASH_MIN_INK)
        if p not in holes and _apart(p, strong, raster.scale) and (dash := _dash(leftover, p, raster.scale)) is not None
    ]
    out: list[Word] = [*strong, *(w for found in read[: len(holes)] for w in found), *small]
    for old, again in zip(weak, read[len(holes) :]):
        # an unsure word's box may reach into the next line: what is read there again is already a word
        new = [w for w in again if not any(_overlap_share(w.box, s.box) > 0.5 for s in strong)]
        floor = max((old.confidence or 0.0) + REREAD_GAIN, REREAD_SURE)
        surer = new and min(w.confidence or 0.0 for w in new) >= floor
        out.extend(new if surer else [old])
    return out


def _dash(mask: np.ndarray, p: Patch, scale: float) -> OcrWord | None:
    """The patch's ink as a dash when it is one flat bar (see the module's docstring), else None."""
    cut = mask[p.top : p.bottom, p.left : p.right]
    rows, cols = np.flatnonzero(cut.any(axis=1)), np.flatnonzero(cut.any(axis=0))
    if not len(rows):
        return None
    height, width = (rows[-1] - rows[0] + 1) * scale, (cols[-1] - cols[0] + 1) * scale
    if height > DASH_HEIGHT or width < max(FLAT * height, DASH_WIDTH) or width >= 20.0 or len(cols) != cols[-1] - cols[0] + 1:
        return None  # too thick, not flat, a rule's length, or in pieces
    x0, top = (p.left + cols[0]) * scale, (p.top + rows[0]) * scale
    box = Box(*Box(x0, top, x0 + width, top + height).rounded(3))
    return OcrWord("-", box, "OCR", round(4 * height, 2), False, 0, False, confidence=DASH_CONFIDENCE)


def _overlap_share(a: Box, b: Box) -> float:
    """The share of box `a` that box `b` covers."""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    area = max(a.width * a.height, 1e-6)
    return max(0.0, w) * max(0.0, h) / area
