"""Hidden text: every word knows whether a reader sees it; unseen words never reach a field.

The inputs are made with PyMuPDF from the replica's pages (`badpdf`): words in
render mode 3, white on the white page, in the grey of a grey box, outside
the page box, at 30 degrees; and a scan with an invisible OCR layer. The
truth is the records of the same pages without them.
"""

from __future__ import annotations

from functools import cache

import pymupdf
import pytest

import badpdf as bad
import ogi_extract
from conftest import records
from ogi_extract.layout import open_document
from ogi_extract.layout.model import Box, Fill, Page, Word
from ogi_extract.layout.visibility import (
    ANGLED,
    BACKGROUND,
    INVISIBLE,
    OCR,
    OUTSIDE,
    TRANSPARENT,
    VISIBLE,
    FillIndex,
    is_angled,
    run_visibility,
    settle,
    warnings,
)
from ogi_extract.models import Report

BACKENDS = ("pymupdf", "pdfplumber")
HIDDEN_KINDS = {
    "invisible": INVISIBLE,
    "white": BACKGROUND,
    "same-fill": BACKGROUND,
    "outside": OUTSIDE,
    "angled": ANGLED,
}


@cache
def mini() -> bytes:
    return bad.select(bad.replica(), range(21, 26))


@cache
def clean(backend: str) -> Report:
    return ogi_extract.parse(mini(), backend=backend)


# -- the rules -------------------------------------------------------------------

GREY = (0.8, 0.8, 0.8)
FILLS = FillIndex([Fill(Box(0, 0, 100, 100), GREY), Fill(Box(10, 10, 20, 20), (0.0, 0.0, 0.5))])
BOX = (40.0, 40.0, 60.0, 50.0)
RIGHT = (1.0, 0.0)


@pytest.mark.parametrize(
    "mode, colour, opacity, box, direction, expected",
    [
        (0, (0.0, 0.0, 0.0), 1.0, BOX, RIGHT, VISIBLE),
        (3, (0.0, 0.0, 0.0), 1.0, BOX, RIGHT, INVISIBLE),
        (7, (0.0, 0.0, 0.0), 1.0, BOX, RIGHT, INVISIBLE),
        (0, (0.0, 0.0, 0.0), 0.0, BOX, RIGHT, TRANSPARENT),
        (0, GREY, 1.0, BOX, RIGHT, BACKGROUND),  # grey on the grey box
        (0, (0.83, 0.8, 0.77), 1.0, BOX, RIGHT, BACKGROUND),  # within the tolerance
        (0, (1.0, 1.0, 1.0), 1.0, BOX, RIGHT, VISIBLE),  # white on grey
        (0, (1.0, 1.0, 1.0), 1.0, (200, 200, 220, 210), RIGHT, BACKGROUND),  # white on the paper
        (0, (0.0, 0.0, 0.5), 1.0, (12, 12, 18, 18), RIGHT, BACKGROUND),  # the topmost fill counts
        (0, GREY, 1.0, (12, 12, 18, 18), RIGHT, VISIBLE),
        (0, None, 1.0, BOX, RIGHT, VISIBLE),  # a pattern: colour unknown
        (0, (0.0, 0.0, 0.0), 1.0, BOX, (0.866, -0.5), ANGLED),
        (0, (0.0, 0.0, 0.0), 1.0, BOX, (0.0, -1.0), VISIBLE),  # sideways is not at an angle
    ],
)
def test_run_visibility(
    mode: int,
    colour: tuple[float, ...] | None,
    opacity: float,
    box: tuple[float, float, float, float],
    direction: tuple[float, float],
    expected: str,
) -> None:
    assert run_visibility(mode, colour, opacity, box, direction, FILLS) == expected


def test_angles() -> None:
    assert not any(is_angled(d) for d in [(1, 0), (0, 1), (-1, 0), (0, -1), (0.9999, 0.01)])
    assert all(is_angled(d) for d in [(0.999, 0.045), (0.7071, 0.7071), (-0.5, 0.866)])


def _word(text: str, box: Box, visibility: str = VISIBLE) -> Word:
    return Word(text, box, "Helvetica", 10.0, False, 0, True, visibility)


def test_settle_sorts_words_and_asks_for_images_only_when_needed() -> None:
    asked: list[int] = []

    def images() -> list[Box]:
        asked.append(1)
        return [Box(0, 0, 600, 800)]

    page = Page(1, 600, 800, words=[_word("a", Box(10, 10, 20, 20)), _word("b", Box(-50, 10, -20, 20))])
    settle(page, images)
    assert [w.text for w in page.words] == ["a"] and [(w.text, w.visibility) for w in page.hidden] == [("b", OUTSIDE)]
    assert asked == []
    page = Page(1, 600, 800, words=[_word("scan", Box(10, 10, 40, 20), INVISIBLE), _word("w", Box(50, 10, 60, 20), BACKGROUND)])
    settle(page, images)
    assert [(w.text, w.visibility) for w in page.words] == [("scan", OCR), ("w", VISIBLE)] and page.hidden == []
    assert asked == [1]


def test_invisible_text_over_a_small_image_is_hidden() -> None:
    page = Page(1, 600, 800, words=[_word("x", Box(10, 10, 40, 20), INVISIBLE)])
    settle(page, lambda: [Box(0, 0, 100, 100)])
    assert page.words == [] and page.hidden[0].visibility == INVISIBLE


def test_warnings_one_per_run_of_pages() -> None:
    pages = [Page(n, 600, 800) for n in range(1, 7)]
    for n in (1, 2, 3, 5):
        pages[n - 1].hidden = [_word("h", Box(0, 0, 1, 1), INVISIBLE)]
    pages[5].hidden = [_word("t", Box(0, 0, 1, 1), ANGLED)]
    lines = warnings(pages)
    assert [ln.split(":")[0] for ln in lines] == ["pages 1-3", "page 5", "page 6"]
    assert "3 words of hidden text (invisible: render mode 3 or 7: 3)" in lines[0]
    assert "1 word drawn at an angle" in lines[2]


# -- the layout stage: both backends read the same --------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_each_kind_of_hidden_text_is_found(backend: str) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((50, 50), "seen", fontsize=12)
    page.insert_text((50, 80), "mode3", fontsize=12, render_mode=3)
    page.insert_text((50, 110), "paper", fontsize=12, color=(1, 1, 1))
    page.draw_rect(pymupdf.Rect(40, 120, 300, 150), color=None, fill=(0, 0, 0.5))
    page.insert_text((50, 140), "navy", fontsize=12, color=(0, 0, 0.5))
    page.insert_text((150, 140), "light", fontsize=12, color=(1, 1, 1))
    page.insert_text((50, 170), "outline", fontsize=12, render_mode=1, color=(1, 0, 0))
    page.insert_text((50, 200), "askew", fontsize=12, morph=(pymupdf.Point(50, 200), pymupdf.Matrix(30)))
    page.insert_text((-300, 230), "beyond", fontsize=12)
    page.insert_text((50, 290), "upward", fontsize=12, rotate=90)
    read = open_document(doc.tobytes(), backend=backend).pages[0]
    assert {w.text: w.visibility for w in read.words} == dict.fromkeys(["seen", "light", "outline", "upward"], VISIBLE)
    assert {w.text: w.visibility for w in read.hidden} == {
        "mode3": INVISIBLE,
        "paper": BACKGROUND,
        "navy": BACKGROUND,
        "askew": ANGLED,
        "beyond": OUTSIDE,
    }


def test_fully_transparent_text_is_hidden() -> None:
    """MuPDF reports each glyph's opacity; pdfminer does not follow the graphics state's alpha."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((50, 50), "seen", fontsize=12)
    page.insert_text((50, 80), "glass", fontsize=12, fill_opacity=0)
    read = open_document(doc.tobytes()).pages[0]
    assert [w.text for w in read.words] == ["seen"]
    assert [(w.text, w.visibility) for w in read.hidden] == [("glass", TRANSPARENT)]


@pytest.mark.parametrize("backend", BACKENDS)
def test_white_text_with_a_dark_outline_is_seen(backend: str) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((50, 50), "hollow", fontsize=12)  # a visible word so the page has text
    page.insert_text((50, 80), "outlined", fontsize=24, render_mode=2, color=(0, 0, 0), fill=(1, 1, 1))
    read = open_document(doc.tobytes(), backend=backend).pages[0]
    assert [w.text for w in read.words] == ["hollow", "outlined"] and read.hidden == []


def test_only_hidden_text_is_no_text_layer() -> None:
    from ogi_extract.errors import NoTextLayerError

    doc = pymupdf.open()
    doc.new_page().insert_text((50, 80), "nothing to see", fontsize=12, render_mode=3)
    with pytest.raises(NoTextLayerError, match="no visible text: all 3 words"):
        open_document(doc.tobytes())


# -- a report: hidden words are set aside and named, never in a field --------------


def clean_target_under(backend: str) -> str:
    """The target whose achievement cell holds the place `with_hidden_text` writes at, in the clean records."""
    where, _ = bad._cell_words(mini(), 2)
    x, y = where.x0 + 2, where.y1 + 3
    return next(
        t.id
        for t in clean(backend).targets
        for p in t.provenance["achievement_text"]
        if p.page == 3 and p.box[0] <= x <= p.box[2] and p.box[1] <= y <= p.box[3]
    )


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("how", list(HIDDEN_KINDS))
def test_hidden_words_in_a_table_stay_out_of_the_records(how: str, backend: str) -> None:
    report = ogi_extract.parse(bad.with_hidden_text(mini(), 2, how), backend=backend)
    assert records(report) == records(clean(backend))
    kind = HIDDEN_KINDS[how]
    reason = "text drawn at an angle (not a multiple of 90 degrees)" if how == "angled" else f"hidden text ({kind})"
    # each names the field it lies over, so that field's value can be checked against the page
    over = "" if how == "outside" else f" over achievement_text of {clean_target_under(backend)}"
    assert [(u.text, u.page, u.reason) for u in report.unassigned] == [
        ("PALSU", 3, reason + over),
        ("999%", 3, reason + over),
    ]
    assert len(report.warnings) == 1 and report.warnings[0].startswith("page 3: 2 words ")
    acc = report.accounting
    assert acc.words == clean(backend).accounting.words + 2
    assert acc.words == acc.furniture + acc.outside + acc.assigned + acc.unassigned


def test_content_drawn_at_an_angle_is_set_aside_with_a_warning() -> None:
    report = ogi_extract.parse(bad.turned_at(mini(), 2, 30))
    assert report.warnings[0].startswith("page 3: ") and "drawn at an angle" in report.warnings[0]
    aside = [u for u in report.unassigned if u.page == 3]
    assert aside and all(u.reason.startswith("text drawn at an angle") for u in aside)
    # no field was read from the turned page
    assert not any(p.page == 3 for t in report.targets for ps in t.provenance.values() for p in ps)


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_ocr_layer_over_a_scan_is_read_and_named(backend: str) -> None:
    data = bad.ocr_layer(mini(), [0, 1])
    doc = open_document(data, backend=backend)
    assert doc.pages[0].words and all(w.visibility == OCR for p in doc.pages for w in p.words)
    assert [p.hidden for p in doc.pages] == [[], []]
    texts = [w.text for w in doc.pages[0].words]
    want = [w[4] for w in pymupdf.open(stream=mini())[0].get_text("words")]
    assert len(set(texts) & set(want)) > 0.8 * len(set(texts))  # the words laid over the picture
    assert doc.warnings == [
        "pages 1-2: the text is an invisible OCR layer over a page image (a scan made searchable); "
        "it was read, but OCR may have misread words"
    ]


def test_seen_and_unseen_glyphs_never_share_a_word() -> None:
    """Hidden text glued to a visible word ("10" + hidden "0%") stays a word of its own."""
    from ogi_extract.layout.words import Run, words_from_runs

    def glyphs(text: str, x: float) -> list[tuple[int, int, tuple[float, float], tuple[float, float, float, float]]]:
        return [(ord(c), 0, (x + 5 * i, 100.0), (x + 5 * i, 92.0, x + 5 * i + 5, 102.0)) for i, c in enumerate(text)]

    runs = [
        Run("Helvetica", 10.0, (1.0, 0.0), glyphs("10", 50)),
        Run("Helvetica", 10.0, (1.0, 0.0), glyphs("0%", 60), INVISIBLE),
        Run("Helvetica", 10.0, (1.0, 0.0), glyphs("10", 50), INVISIBLE),  # the same word again, unseen
    ]
    words = words_from_runs(runs)
    assert sorted((w.text, w.visibility) for w in words) == sorted([("0%", INVISIBLE), ("10", VISIBLE), ("10", INVISIBLE)])


def test_a_column_of_text_running_on_past_the_pages_foot_is_read() -> None:
    # a cell's text drawn on past the bottom edge (842): its lines there follow the column's
    # pitch from the lines on the page, and are read; a stray word below the page is not
    lines = [_word(f"baris{k}", Box(78, 797 + 12 * k, 120, 807 + 12 * k)) for k in range(6)]
    lines.append(_word("dua", Box(125, 845, 140, 855)))
    stray = _word("jauh", Box(300, 900, 330, 910))
    page = Page(1, 595, 842, words=[*lines, stray])
    settle(page, lambda: [])
    assert [w.text for w in page.words] == [w.text for w in lines]
    assert [(w.text, w.visibility) for w in page.hidden] == [("jauh", OUTSIDE)]
