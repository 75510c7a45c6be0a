"""Clip paths: drawings cut to their clip, text a clip cuts off marked, and what a reader sees read once.

The drawings are MuPDF's `get_cdrawings(extended=True)` items, written out
as the library gives them; the PDF at the end is made with PyMuPDF from a
content stream that clips the way wkhtmltopdf does (the text area of the
page, a row drawn past it).
"""

from __future__ import annotations

import pymupdf

from ogi_extract.layout import open_document
from ogi_extract.layout.clips import Clips
from ogi_extract.layout.model import Box, Word
from ogi_extract.layout.visibility import CUT_OFF, VISIBLE
from ogi_extract.tables.lines import group_lines
from ogi_extract.tables.stitch import read_once

AREA = (64.0, 72.0, 522.0, 757.0)  # the text area's clip


def clip(level: int = 0, scissor: tuple[float, ...] = AREA) -> dict:
    return {"type": "clip", "level": level, "scissor": scissor, "items": []}


def fill(seqno: int, rect: tuple[float, float, float, float], level: int = 1) -> dict:
    return {"type": "f", "level": level, "seqno": seqno, "rect": rect, "items": [("re", rect, -1)]}


def test_rules_are_cut_at_the_clip_and_what_lies_past_it_is_dropped() -> None:
    clips = Clips([clip(), fill(0, (64, 700, 64.5, 838)), fill(1, (64, 837.5, 522, 838)), fill(2, (100, 100, 200, 101))])
    rects = [d["items"][0][1] for d in clips.drawings]
    assert rects == [(64, 700, 64.5, 758.0), (100, 100, 200, 101)]  # cut one point past the clip, kept whole inside


def test_a_border_on_the_clips_edge_keeps_its_width() -> None:
    clips = Clips([clip(), fill(0, (521.5, 100, 522.4, 700))])
    assert clips.drawings[0]["items"][0][1] == (521.5, 100, 522.4, 700)


def test_text_the_clip_cuts_off_is_told_from_text_it_shows() -> None:
    clips = Clips([clip(), fill(0, (64, 72, 522, 757))])
    assert clips.cuts_off(5, (81, 755, 124, 763))  # two of eight points seen
    assert not clips.cuts_off(5, (81, 749, 124, 758))  # eight of nine seen
    assert clips.cuts_off(5, (81, 64, 124, 72))  # wholly above the text area
    assert not clips.cuts_off(5, (81, 300, 124, 308))


def test_no_clip_is_assumed_where_the_drawing_order_cannot_tell() -> None:
    # Chromium writes its footer (seqno 0-2) before the first drawing the
    # text area's clip holds (3): the footer is outside the clip, not under it
    clips = Clips([clip(), fill(3, (64, 100, 522, 101)), fill(4, (64, 200, 522, 201))])
    assert not clips.cuts_off(1, (85, 804, 239, 812))
    # a clip closed by a drawing outside it: text after its last drawing is free
    closed = Clips([clip(0, (100, 100, 200, 200)), fill(0, (100, 100, 200, 200), 1), fill(5, (0, 0, 10, 10), 0)])
    assert not closed.cuts_off(3, (90, 195, 150, 210))
    assert closed.cuts_off(0, (90, 195, 150, 210))
    # a clip that clips no drawing at all (a title page's)
    assert not Clips([clip()]).cuts_off(0, (85, 804, 239, 812))


def word(text: str, x: float, y: float, visibility: str, page: int) -> Word:
    return Word(text, Box(x, y, x + 40, y + 8), "F", 8, False, int(y), False, visibility, page)


def test_a_one_word_line_cut_off_at_a_page_end_is_read_once_from_the_next_page() -> None:
    end = group_lines([word("Pemetaan.", 81, 755, CUT_OFF, 11)], 11)
    top = group_lines([word("Pemetaan.", 81, 70, VISIBLE, 12), word("Lanjut", 81, 80, VISIBLE, 12)], 12)
    kept, copies = read_once([*end, *top])
    assert [(ln.page, ln.text) for ln in kept] == [(12, "Pemetaan."), (12, "Lanjut")]
    assert [w.page for w in copies] == [11]
    # without a clip a lone word repeated across a break is a coincidence, read twice
    plain = group_lines([word("Pemetaan.", 81, 745, VISIBLE, 11)], 11)
    assert len(read_once([*plain, *top])[0]) == 3


def wk_page(doc: pymupdf.Document, ops: str) -> None:
    page = doc.new_page(width=595, height=842)
    page.insert_text((0, -100), "x", fontname="helv")  # puts the font in the page's resources
    font = next(iter(page.get_fonts()))[4]
    content = f"q 64 85 458 685 re W n 1 1 1 rg 64 85 458 685 re f 0 g {ops.replace('/F', '/' + font)} Q"
    doc.update_stream(page.get_contents()[0], content.encode())


def test_a_pdf_that_clips_a_row_at_the_page_end() -> None:
    doc = pymupdf.open()
    # PDF y upwards: the clip is 85..770, i.e. 72..757 from the top
    wk_page(doc, "0 g 100 50 0.5 720 re f BT /F 8 Tf 100 90 Td (Tersedia) Tj ET BT /F 8 Tf 100 80 Td (Pemetaan.) Tj ET")
    page = open_document(doc.tobytes()).pages[0]
    seen = {w.text: w.visibility for w in page.words}
    assert seen == {"Tersedia": VISIBLE, "Pemetaan.": CUT_OFF}
    (rule,) = page.rulings
    assert abs(rule.box.bottom - (842 - 85 + 1)) < 0.01  # cut a point past the clip, not at 842 - 50


def test_a_span_is_judged_by_its_box_on_the_baseline_not_the_box_its_font_reports() -> None:
    """Chromium sets TeX Gyre Schola's missing quotation marks in a fallback Type 3 font whose box lies
    17 pt above the letters on the same baseline: at a cell's top, that box is outside the clip."""
    from ogi_extract.layout.pymupdf_backend import _on_baseline

    clips = Clips([clip(0, (57.0, 72.0, 538.9, 756.9)), fill(0, (57, 72, 538.9, 73))])
    quote = {
        "dir": (1.0, 0.0),
        "size": 10.0,
        "bbox": (274.96, 56.81, 278.85, 66.8),
        "chars": ((0x201C, 3, (274.96, 81.75), (274.96, 56.81, 278.85, 66.8)),),
    }
    assert clips.cuts_off(5, quote["bbox"])
    assert _on_baseline(quote) == (274.96, 73.75, 278.85, 83.75)
    assert not clips.cuts_off(5, _on_baseline(quote))
    # a vertical span keeps its own box
    assert _on_baseline({**quote, "dir": (0.0, -1.0)}) == quote["bbox"]


def test_a_clip_left_open_past_its_last_drawing_is_asked_of_mupdfs_clipped_text() -> None:
    strip = (432.0, 731.0, 538.0, 732.0)  # a border's one-point clip, the page's last drawing
    kept = [(56.0, 233.0, 92.0, 245.0)]  # MuPDF kept a word there under the clips in force
    asked: list[int] = []

    def shown() -> list[tuple[float, float, float, float]]:
        asked.append(1)
        return kept

    clips = Clips([clip(0, strip), fill(0, strip, 1)])
    assert clips.cuts_off(18, (56.0, 233.0, 92.0, 245.0))  # the drawing order alone: under the strip
    assert not clips.cuts_off(18, (56.0, 233.0, 92.0, 245.0), shown)  # kept wholly outside: lifted before
    assert not clips.cuts_off(19, (300.0, 500.0, 340.0, 512.0), shown)  # and for every run after it
    # a run drawn within the clip's drawings is cut off on the drawing order, nothing asked
    asked.clear()
    within = Clips([clip(0, strip), fill(0, strip, 1), fill(2, strip, 1)])
    assert within.cuts_off(1, (56.0, 233.0, 92.0, 245.0), shown)
    assert asked == []
    # text MuPDF kept that the clip still touches (a sliver seen) does not lift it
    area = Clips([clip(), fill(0, (64, 72, 522, 757))])
    assert area.cuts_off(5, (81, 755, 124, 765), lambda: [(81.0, 753.4, 88.0, 764.4)])


def test_a_pdf_that_draws_its_text_after_a_clipped_border() -> None:
    """WeasyPrint: a row's border clipped to a one-point strip in its own q/Q, the text drawn after."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((0, -100), "x", fontname="helv")
    font = next(iter(page.get_fonts()))[4]
    content = (
        "q 432 110 106 1 re W n 0 g 432 40 106 70 re f Q "
        f"BT /{font} 12 Tf 57 600 Td (Keterbatasan.) Tj ET BT /{font} 12 Tf 57 100 Td (Tersedia) Tj ET"
    )
    doc.update_stream(page.get_contents()[0], content.encode())
    seen = {w.text: w.visibility for w in open_document(doc.tobytes()).pages[0].words}
    assert seen == {"Keterbatasan.": VISIBLE, "Tersedia": VISIBLE}
