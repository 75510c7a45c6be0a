"""Lines read with words too narrow for their letters are read again whole (`scan.squeezed`)."""

from __future__ import annotations

import numpy as np

from ogi_extract.layout.model import Box, Ruling
from ogi_extract.layout.scan.holes import Patch
from ogi_extract.layout.scan.image import Raster
from ogi_extract.layout.scan.ocr import OcrWord
from ogi_extract.layout.scan.squeezed import read_squeezed, squeezed, squeezed_lines


def w(
    text: str, x0: float, x1: float, line: int, top: float = 787.0, bottom: float = 795.0, conf: float = 0.96
) -> OcrWord:
    return OcrWord(text, Box(x0, top, x1, bottom), "OCR", 6.0, False, line, True, confidence=conf)


# the footer of the Typst scan's page 4 as Tesseract read it: "masukan" as "kan" in 2.7 pt, the line cut in two
FOOTER = [
    w("Saran", 56.2, 72.0, 64),
    w("dan", 74.9, 85.7, 64),
    w("kan", 102.2, 104.9, 64, 788.2, 790.6),
    w("dapat", 113.8, 136.6, 64),
    w("di", 130.6, 137.0, 64),
    w("paikan", 148.8, 151.7, 65, 792.7, 794.2),
    w("ke", 169.0, 174.2, 65),
    w("Sekretariat", 177.4, 207.8, 65),
]
RASTER = Raster(np.full((10, 10), 255, dtype=np.uint8), 300.0, 0.0)


def test_a_word_narrower_than_its_letters_is_squeezed_a_narrow_real_word_is_not() -> None:
    assert squeezed(w("kan", 102.2, 104.9, 0), 8.0)
    assert squeezed(w("paikan", 148.8, 151.7, 0), 8.0)
    assert not squeezed(w("dan", 74.9, 85.7, 0), 8.0)
    assert not squeezed(w("ill", 0.0, 4.6, 0), 8.0)  # "i" and "l" take about 0.2 of the line's height
    assert not squeezed(w("1", 0.0, 0.5, 0), 8.0)  # one glyph: no letters to share the box


def test_a_squeezed_line_is_joined_with_the_line_beside_it_but_not_across_a_rule() -> None:
    boxes = squeezed_lines(FOOTER, [])
    assert len(boxes) == 1
    assert boxes[0].x0 == 56.2 and boxes[0].x1 == 207.8
    rule = Ruling(Box(142.0, 700.0, 142.5, 800.0), "v", "image")
    ruled = squeezed_lines(FOOTER, [rule])
    assert len(ruled) == 2 and max(b.x1 for b in ruled) == 207.8 and min(b.x1 for b in ruled) == 137.0


def test_a_sound_new_reading_replaces_the_line_a_squeezed_one_does_not() -> None:
    text = "Saran dan masukan dapat disampaikan ke Sekretariat".split()
    again = [w(t, 56.0 + 20 * i, 72.0 + 20 * i, 0) for i, t in enumerate(text)]
    calls: list[list[Patch]] = []

    def reader(raster, found, timeout, rulings):  # type: ignore[no-untyped-def]
        calls.append(found)
        return [again]

    words, changed = read_squeezed(RASTER, list(FOOTER), [], 10.0, reader=reader)
    assert changed == 1 and len(calls) == 1 and len(calls[0]) == 1
    assert [x.text for x in sorted(words, key=lambda x: x.box.x0)] == text
    assert len({x.line for x in words}) == 1 and words[0].line not in (64, 65)

    bad = [w("Saran", 56.2, 72.0, 0), w("masukan", 80.0, 82.0, 0), w("disampaikan", 90.0, 140.0, 0)]
    words, changed = read_squeezed(RASTER, list(FOOTER), [], 10.0, reader=lambda *a: [bad])
    assert changed == 0 and words == FOOTER

    unsure = [w(x.text, x.box.x0, x.box.x1, 0, conf=0.3) for x in again]
    assert read_squeezed(RASTER, list(FOOTER), [], 10.0, reader=lambda *a: [unsure])[1] == 0


def test_a_page_without_squeezed_words_is_not_read_again() -> None:
    plain = [x for x in FOOTER if x.text not in ("kan", "paikan")]

    def reader(*args):  # type: ignore[no-untyped-def]
        raise AssertionError("no line to read again")

    assert read_squeezed(RASTER, plain, [], 10.0, reader=reader) == (plain, 0)


def test_the_lines_above_and_below_are_not_joined_and_a_tall_line_is_no_line() -> None:
    above = [w("Laporan", 57.1, 79.7, 63, 780.0, 786.0), w("Monitoring", 81.8, 113.3, 63, 780.0, 786.0)]
    boxes = squeezed_lines([*above, *FOOTER], [])
    assert len(boxes) == 1 and boxes[0].top == 787.0
    # words of several lines taken for one (the edge of a column) are not read again as a line
    tall = [w("ce", 100.0, 100.5, 7, 70.0, 80.0), w("Kementerian", 100.0, 160.0, 7, 300.0, 310.0)]
    assert squeezed_lines(tall, []) == []
