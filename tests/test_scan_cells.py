"""Table cells of a scan found between the image's rules, read again one by one, and kept when surer."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from ogi_extract.layout.model import Box, Ruling, Word
from ogi_extract.layout.scan.cells import better, cell_of, cells, read_cells
from ogi_extract.layout.scan.image import Raster
from ogi_extract.layout.scan.ocr import OcrWord


def _w(text: str, x0: float, top: float, conf: float | None = 0.9) -> OcrWord:
    return OcrWord(text, Box(x0, top, x0 + 6 * len(text), top + 10), "OCR", 10.0, False, 0, True, confidence=conf)


def _grid() -> list[Ruling]:
    """Two columns (50-150, 150-400) and two rows (100-200, 200-300); the second row's rule stops at 150."""
    return [
        Ruling(Box(50, 100, 400, 101), "h", "image"),
        Ruling(Box(50, 200, 400, 201), "h", "image"),
        Ruling(Box(50, 300, 150, 301), "h", "image"),
        Ruling(Box(50, 100, 51, 300), "v", "image"),
        Ruling(Box(150, 100, 151, 300), "v", "image"),
        Ruling(Box(400, 100, 401, 300), "v", "image"),
    ]


def test_a_word_lies_in_the_cell_between_its_nearest_rules() -> None:
    rules = _grid()
    v = [r for r in rules if r.orientation == "v"]
    h = [r for r in rules if r.orientation == "h"]
    assert cell_of(_w("Target", 60, 120), v, h) == Box(50.5, 100.5, 150.5, 200.5)
    assert cell_of(_w("Nilai", 200, 250), v, h) is None  # no rule below it: in no cell
    assert cell_of(_w("footer", 60, 500), v, h) is None
    found = cells([_w("Target", 60, 120), _w("B06:", 100, 120), _w("teks", 200, 120), _w("lain", 60, 250)], rules)
    assert sorted(len(ws) for ws in found.values()) == [1, 1, 2]


def test_a_new_reading_replaces_the_old_only_when_surer_and_not_shorter() -> None:
    old = [_w("ant", 0, 0, 0.6), _w("itara", 30, 0, 0.5), _w("pel:", 70, 0, 0.5)]
    new = [_w("Antara", 0, 0, 0.95), _w("pelanggaran.", 40, 0, 0.93)]
    assert better(old, new)
    assert not better(old, [_w("Antara", 0, 0, 0.4), _w("pelanggaran.", 40, 0, 0.4)])  # less sure
    assert not better(old, [_w("Antara", 0, 0, 0.99)])  # part of the text lost
    assert not better(old, [])


# Tesseract comes from scripts/system-packages.sh: without it this fails, as the other scan tests do.
def test_a_cell_is_read_alone_and_its_words_put_back_in_place() -> None:
    """A ruled cell drawn at 300 dpi: the garbled word of the first reading is replaced by the cell's reading."""
    scale = 72 / 300
    img = Image.new("L", (1200, 600), 255)
    draw = ImageDraw.Draw(img)
    px = lambda pt: round(pt / scale)  # noqa: E731
    for r in _grid():
        draw.rectangle([px(r.box.x0), px(r.box.top), px(r.box.x1), px(r.box.bottom)], fill=0)
    font = ImageFont.truetype("DejaVuSans.ttf", 40)
    draw.text((px(160), px(115)), "Kementerian", fill=0, font=font)
    raster = Raster(np.asarray(img), 300.0, 0.0)
    garbled = OcrWord("Kemen", Box(160, 115, 190, 126), "OCR", 10.0, False, 0, True, confidence=0.3)
    rest = OcrWord("terian", Box(192, 115, 230, 126), "OCR", 10.0, False, 0, True, confidence=0.3)
    outside = Word("Laporan", Box(60, 350, 100, 360), "OCR", 10.0, False, 1, True)
    words, changed = read_cells(raster, [garbled, rest, outside], _grid(), 60.0)
    assert changed == 1
    assert [w.text for w in words] == ["Laporan", "Kementerian"]
    new = words[1]
    assert 155 <= new.box.x0 <= 165 and 110 <= new.box.top <= 120


def test_overlapping_cells_are_read_once() -> None:
    """A rule that stops short gives two words nested cells: only the smaller is read, the other kept as it was."""
    from ogi_extract.layout.scan.cells import _apart

    found = {(50.0, 100.0, 400.0, 300.0): [], (50.0, 100.0, 150.0, 200.0): [], (150.0, 100.0, 400.0, 200.0): []}
    assert _apart(found) == [(50.0, 100.0, 150.0, 200.0), (150.0, 100.0, 400.0, 200.0)]
