"""The inspection image: grid and fields drawn where the page model says they are.

The PDF is drawn here (a two-by-two table, a few words, one stray word) so that
every position checked below is known without running the parser.
"""

from __future__ import annotations

import pymupdf
import pytest

from ogi_extract.layout import open_document
from ogi_extract.layout.model import Box, Page, Word
from ogi_extract.models import Block, Commitment, Piece, Report, Target, UnassignedWord
from ogi_extract.visual import (
    FIELD_COLOURS,
    GRID,
    UNASSIGNED,
    FieldBox,
    build_overlay,
    field_colours,
    inspect_page,
    legend_entries,
    word_field,
)

W, H = 400.0, 300.0
XS = (40.0, 200.0, 360.0)
YS = (40.0, 120.0, 200.0)
DPI = 144.0
ZOOM = DPI / 72.0


def _pdf(rotation: int = 0) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=W, height=H)
    for x in XS:
        page.draw_line((x, YS[0]), (x, YS[-1]), color=(0, 0, 0), width=0.8)
    for y in YS:
        page.draw_line((XS[0], y), (XS[-1], y), color=(0, 0, 0), width=0.8)
    page.insert_text((46, 60), "Target B06: alpha beta", fontsize=10)
    page.insert_text((206, 60), "Capaian Target: gamma", fontsize=10)
    page.insert_text((206, 140), "Nilai: 100%", fontsize=10)
    page.insert_text((40, 250), "stray", fontsize=10)
    if rotation:
        page.set_rotation(rotation)
    return bytes(doc.tobytes())


def _piece(page: Page, *texts: str) -> list[Piece]:
    boxes = [w.box for w in page.words if w.text in texts]
    union = boxes[0]
    for b in boxes[1:]:
        union = union.union(b)
    return [Piece(page=page.number, box=union.rounded())]


def _records(page: Page) -> Report:
    stray = next(w for w in page.words if w.text == "stray")
    target = Target(
        id="c01-b01-t01",
        provenance={
            "label": _piece(page, "Target", "B06:"),
            "target_text": _piece(page, "Target", "B06:", "alpha", "beta"),
            "achievement_text": _piece(page, "gamma"),
            "score": _piece(page, "100%"),
        },
    )
    return Report(
        commitments=[Commitment(id="c01", number=1, blocks=[Block(id="c01-b01", targets=[target])])],
        unassigned=[UnassignedWord(text="stray", page=1, box=stray.box.rounded(), reason="outside any cell")],
    )


@pytest.fixture(scope="module")
def page() -> Page:
    return open_document(_pdf()).pages[0]


def _near(pixel: tuple[int, ...], colour: tuple[float, float, float], tol: int = 4) -> bool:
    return all(abs(p - round(255 * c)) <= tol for p, c in zip(pixel, colour, strict=False))


def _blend(colour: tuple[float, float, float], alpha: float = 0.3) -> tuple[float, float, float]:
    r, g, b = (alpha * c + (1 - alpha) for c in colour)
    return (r, g, b)


def _pixels(pix: pymupdf.Pixmap, box: Box, colour: tuple[float, float, float]) -> int:
    """Pixels inside `box` (page points) within a few levels of `colour`."""
    clip = pymupdf.IRect(*(round(v * ZOOM) for v in (box.x0, box.top, box.x1, box.bottom)))
    counts = pix.color_count(colors=True, clip=clip)
    return sum(n for raw, n in counts.items() if _near(tuple(raw), colour))


def test_smallest_box_decides_a_word_field() -> None:
    word = Word("B06:", Box(10, 10, 20, 20), "Helvetica", 10, False, 0, True)
    boxes = [
        FieldBox("target_text", "t", Box(0, 0, 100, 100)),
        FieldBox("label", "t", Box(5, 5, 25, 25)),
        FieldBox("score", "t", Box(200, 0, 300, 100)),
    ]
    assert word_field(word, boxes) == "label"
    assert word_field(word, boxes[::2]) == "target_text"
    assert word_field(word, boxes[2:]) is None


def test_overlay_assigns_each_word(page: Page) -> None:
    overlay = build_overlay(page, _records(page))
    fields = {w.text: name for w, name in overlay.words}
    assert fields == {
        "Target": "label",
        "B06:": "label",
        "alpha": "target_text",
        "beta": "target_text",
        "Capaian": None,
        "Target:": None,
        "gamma": "achievement_text",
        "Nilai:": None,
        "100%": "score",
        "stray": None,
    }
    assert len(overlay.grids) == 1 and overlay.cells == 4
    assert [w.text for w in overlay.unassigned] == ["stray"]
    texts = [e.text for e in legend_entries(overlay)]
    assert texts == [
        "grid (4 cells)",
        "label (2 words)",
        "target_text (2 words)",
        "achievement_text (1 word)",
        "score (1 word)",
        "no field: labels, furniture (4 words)",
        "unassigned (1 word)",
    ]


def test_colours_are_fixed_per_field() -> None:
    assert field_colours(["score", "label"]) == {"label": FIELD_COLOURS["label"], "score": FIELD_COLOURS["score"]}
    odd = field_colours(["extra_field"])["extra_field"]
    assert odd == field_colours(["extra_field", "label"])["extra_field"]
    assert GRID not in FIELD_COLOURS.values() and UNASSIGNED not in FIELD_COLOURS.values()


def test_png_shows_grid_and_fields_in_place(page: Page) -> None:
    image = inspect_page(_pdf(), 1, report=_records(page), dpi=DPI)
    assert image.png.startswith(b"\x89PNG\r\n\x1a\n")
    pix = pymupdf.Pixmap(image.png)
    assert pix.height == round(H * ZOOM) and pix.width > round(W * ZOOM)  # the legend beside the page
    # the grid's outer rule, on the left edge of the table, halfway down
    left = Box(XS[0] - 1, 90, XS[0] + 1, 110)
    assert _pixels(pix, left, GRID) > 20
    # and nowhere near the stray word below the table
    stray = next(w.box for w in page.words if w.text == "stray")
    assert _pixels(pix, stray, GRID) == 0
    # each field's words tinted with its colour, the stray word red
    alpha = next(w.box for w in page.words if w.text == "alpha")
    gamma = next(w.box for w in page.words if w.text == "gamma")
    assert _pixels(pix, alpha, _blend(FIELD_COLOURS["target_text"])) > 20
    assert _pixels(pix, gamma, _blend(FIELD_COLOURS["achievement_text"])) > 20
    assert _pixels(pix, gamma, _blend(FIELD_COLOURS["target_text"])) == 0
    assert _pixels(pix, stray, _blend(UNASSIGNED)) > 20


def test_png_is_deterministic(page: Page) -> None:
    records = _records(page)
    assert inspect_page(_pdf(), 1, report=records).png == inspect_page(_pdf(), 1, report=records).png


def test_rotated_page_is_drawn_as_displayed(page: Page) -> None:
    pdf = _pdf(rotation=90)
    image = inspect_page(pdf, 1, report=_records(page), dpi=DPI, ids=False, legend=False)
    pix = pymupdf.Pixmap(image.png)
    assert (pix.width, pix.height) == (round(H * ZOOM), round(W * ZOOM))
    # the table's top rule (y = 40 unrotated) becomes a vertical rule at x = H - 40
    shown = pymupdf.Rect(200, YS[0] - 1, 220, YS[0] + 1) * pymupdf.open(stream=pdf)[0].rotation_matrix
    assert _pixels(pix, Box(shown.x0, shown.y0, shown.x1, shown.y1), GRID) > 20


def test_without_records_the_grid_and_words_are_still_drawn(page: Page) -> None:
    overlay = build_overlay(page, None)
    assert overlay.cells == 4
    assert all(name is None for _, name in overlay.words)
    assert overlay.notes


def test_records_of_another_pdf_are_flagged(page: Page) -> None:
    records = _records(page)
    records.source.sha256 = "0" * 64
    image = inspect_page(_pdf(), 1, report=records, legend=False)
    assert any("another PDF" in note for note in image.overlay.notes)


def test_page_out_of_range() -> None:
    with pytest.raises(ValueError, match="out of range"):
        inspect_page(_pdf(), 2, report=Report())


def test_the_legend_is_beside_the_page_and_covers_nothing(page: Page) -> None:
    records = _records(page)
    bare = pymupdf.Pixmap(inspect_page(_pdf(), 1, report=records, dpi=DPI, legend=False).png)
    full = pymupdf.Pixmap(inspect_page(_pdf(), 1, report=records, dpi=DPI).png)
    assert (bare.width, bare.height) == (round(W * ZOOM), round(H * ZOOM))
    assert full.width > bare.width
    same = all(full.pixel(x, y) == bare.pixel(x, y) for x in range(0, bare.width, 7) for y in range(0, bare.height, 7))
    assert same  # the page's pixels are the page's, with or without the legend


def _ink_rows(pix: pymupdf.Pixmap, x0: int, x1: int, y0: int, y1: int) -> list[int]:
    return [y for y in range(max(0, y0), min(pix.height, y1))
            if any(max(pix.pixel(x, y)) < 90 for x in range(max(0, x0), min(pix.width, x1)))]


def test_record_ids_are_at_least_12_pixels_high(page: Page) -> None:
    """At the default scale the id's letters span 12 px or more (measured on the image)."""
    records = _records(page)
    with_ids = pymupdf.Pixmap(inspect_page(_pdf(), 1, report=records, legend=False).png)
    without = pymupdf.Pixmap(inspect_page(_pdf(), 1, report=records, legend=False, ids=False).png)
    zoom = 144 / 72
    record_top = min(p.box[1] for pieces in records.commitments[0].blocks[0].targets[0].provenance.values()
                     for p in pieces)
    x0 = round(min(p.box[0] for p in records.commitments[0].blocks[0].targets[0].provenance["label"]) * zoom)
    y0, y1 = round((record_top - 14) * zoom), round(record_top * zoom)
    before = set(_ink_rows(without, x0, x0 + 80, y0, y1))
    ink = [y for y in _ink_rows(with_ids, x0, x0 + 80, y0, y1) if y not in before]
    assert ink and max(ink) - min(ink) + 1 >= 12, ink


def test_palette_is_okabe_ito_and_a_row_has_six_colours() -> None:
    from ogi_extract.visual.palette import OKABE_ITO, ROW_FIELDS

    safe = set(OKABE_ITO.values())
    assert set(FIELD_COLOURS.values()) <= safe and GRID in safe and UNASSIGNED in safe
    row = [FIELD_COLOURS[name] for name in ROW_FIELDS]
    assert len(set(row)) == len(row) and GRID not in row and UNASSIGNED not in row


def test_a_row_continued_from_the_page_before_is_marked(page: Page) -> None:
    from ogi_extract.visual.overlay import continued_records

    records = _records(page)
    target = records.commitments[0].blocks[0].targets[0]
    target.provenance["target_text"].insert(0, Piece(page=0, box=(1.0, 1.0, 2.0, 2.0)))
    assert continued_records(records, 1) == {"c01-b01-t01": 0}
    assert continued_records(_records(page), 1) == {}
    overlay = build_overlay(page, records)
    assert overlay.continued == {"c01-b01-t01": 0}
    marked = pymupdf.Pixmap(inspect_page(_pdf(), 1, report=records, legend=False).png)
    plain = pymupdf.Pixmap(inspect_page(_pdf(), 1, report=_records(page), legend=False).png)
    assert marked.samples != plain.samples  # the "continued from page" label is drawn
