"""Whether each word can be seen on the page, and what becomes of those that cannot.

A PDF can carry text no reader of the printed page sees: glyphs drawn in
render mode 3 (neither filled nor stroked), fully transparent, in the colour
of the fill under them (white on white), or outside the page box. A report
that carries such text has been tampered with, or its text is the OCR layer of
a scan; either way the words are not what the page shows, and mixed into the
fields they would change the records without a trace. Text drawn at an angle
that is not a multiple of 90 degrees (a stamp, a table placed askew) cannot be
read as rows either.

So every word knows its `visibility` (`Word.visibility`):

* `visible`: read as usual;
* `ocr layer`: invisible text over an image that covers the page, which is
  how OCR software makes a scan searchable. The text is the page's content and
  is read, and the document says so in a warning (OCR misreads words);
* `cut off by a clip`: text a clip path cuts, most of it outside (a line a
  page break cuts, drawn again whole on the next page: see `clips.py`). It is
  read, and where the next page repeats it, the copy there is the one kept
  (`tables.copies.read_once`);
* any other value says why the word is set aside: it goes to
  `Page.hidden` instead of `Page.words`, and from there to the report's
  `unassigned` with the reason `hidden text (...)` or
  `text drawn at an angle`, with one warning per run of pages.

The backends decide per glyph run what they alone can read (render mode,
colour, opacity, direction) with `run_visibility`; `settle` then decides per
word what needs the whole page (outside the page box, over a page image) and
sorts the words.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

from .model import Box, Fill, Page, Word

VISIBLE = "visible"
OCR = "ocr layer"
CUT_OFF = "cut off by a clip"
INVISIBLE = "invisible: render mode 3 or 7"
TRANSPARENT = "invisible: fully transparent"
BACKGROUND = "same colour as the background under it"
OUTSIDE = "outside the page"
ANGLED = "drawn at an angle"

READ = frozenset({VISIBLE, OCR, CUT_OFF})
HIDDEN = (INVISIBLE, TRANSPARENT, BACKGROUND, OUTSIDE)

Colour = tuple[float, ...]
PAPER: Colour = (1.0, 1.0, 1.0)
# Two colours closer than this in every channel (0-1) read as the same: about
# 15 of 255, below what a reader tells apart in small type.
COLOUR_TOLERANCE = 0.06
# An image over this share of the page is a page image: a scan.
PAGE_IMAGE_SHARE = 0.8
# A baseline within this of an axis (sine of the angle, about 1 degree) is
# upright or sideways; anything between is drawn at an angle.
AXIS_TOLERANCE = 0.02
# Render modes (PDF 32000-1, 9.3.6) that paint nothing: 3 invisible, 7 clip only.
UNPAINTED_MODES = frozenset({3, 7})


class FillIndex:
    """The page's fills in drawing order, asked for the colour under a point."""

    __slots__ = ("fills", "colours")

    def __init__(self, fills: Sequence[Fill]) -> None:
        self.fills = [f for f in fills if f.color is not None]
        self.colours = {f.color for f in self.fills}

    def colour_under(self, x: float, y: float) -> Colour:
        """The colour of the topmost fill under (x, y), or the paper's."""
        for fill in reversed(self.fills):
            b = fill.box
            if b.x0 <= x <= b.x1 and b.top <= y <= b.bottom:
                return fill.color  # type: ignore[return-value]
        return PAPER

    def may_hide(self, colour: Colour) -> bool:
        """Whether text of this colour can vanish on this page at all (the fast path)."""
        return same_colour(colour, PAPER) or any(same_colour(colour, c) for c in self.colours)  # type: ignore[arg-type]


def same_colour(a: Colour, b: Colour) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= COLOUR_TOLERANCE for x, y in zip(a, b))


def is_angled(direction: tuple[float, float]) -> bool:
    """A baseline neither along nor across the page (0, 90, 180 or 270 degrees)."""
    dx, dy = direction
    return min(abs(dx), abs(dy)) > AXIS_TOLERANCE * max(math.hypot(dx, dy), 1e-9)


def run_visibility(
    render_mode: int,
    colour: Colour | None,
    opacity: float,
    box: tuple[float, float, float, float],
    direction: tuple[float, float],
    fills: FillIndex,
) -> str:
    """The visibility of a run of glyphs from what the backend read of it.

    `colour` is the colour the glyphs are painted in (the stroke colour for
    stroked text), None when unknown (a pattern); `box` is the run's box in
    page coordinates, whose centre is where the colour under it is taken.
    """
    if render_mode in UNPAINTED_MODES:
        return INVISIBLE
    if opacity <= 0.0:
        return TRANSPARENT
    if is_angled(direction):
        return ANGLED
    if colour is not None and fills.may_hide(colour):
        under = fills.colour_under((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
        if same_colour(colour, under):
            return BACKGROUND
    return VISIBLE


def _outside(box: Box, width: float, height: float) -> bool:
    return box.x1 <= 0 or box.bottom <= 0 or box.x0 >= width or box.top >= height


PITCH_TOL = 0.5  # points: lines of one column of text follow at one pitch, this exactly


def _run_past_the_foot(page: Page) -> None:
    """Read the lines of a column of text that runs on past the page's foot.

    A producer that does not break a cell's text at the page's end (ReportLab
    with a row taller than the page) draws it on past the edge: those lines
    are the cell's, cut off by the paper, not text hidden from the reader. A
    line below the page counts when it starts where the column's lines start
    and falls on their pitch, line after line, from a line on the page; the
    rest of the words on such a line come with it.
    """
    below = [w for w in page.words if w.visibility == OUTSIDE and w.box.top >= page.height - w.box.height and 0 <= w.box.x0 < page.width]
    if not below:
        return
    seen = [w for w in page.words if w.visibility == VISIBLE]
    for x0 in sorted({round(w.box.x0, 1) for w in below}):
        column = sorted({round(w.box.top, 1) for w in seen if abs(w.box.x0 - x0) <= PITCH_TOL})
        if len(column) < 2 or column[-1] - column[-2] <= 0:
            continue
        pitch, last = column[-1] - column[-2], column[-1]
        starts = sorted(w.box.top for w in below if abs(w.box.x0 - x0) <= PITCH_TOL)
        for top in starts:
            if abs(top - (last + pitch)) > PITCH_TOL:
                break
            for w in below:
                if abs(w.box.top - top) <= PITCH_TOL and w.box.x0 >= x0 - PITCH_TOL:
                    w.visibility = VISIBLE
            last = top


def _over(box: Box, image: Box) -> bool:
    cx, cy = box.cx, box.cy
    return image.x0 <= cx <= image.x1 and image.top <= cy <= image.bottom


def settle(page: Page, images: Callable[[], Sequence[Box]]) -> None:
    """Decide what needs the whole page, then move the words not to be read to `page.hidden`.

    `images` gives the boxes of the page's images; it is called only when a
    word's fate depends on them (invisible text, or text in the paper's colour).
    """
    if page.width > 0 and page.height > 0:
        for w in page.words:
            if w.visibility in (VISIBLE, CUT_OFF) and _outside(w.box, page.width, page.height):
                w.visibility = OUTSIDE
        _run_past_the_foot(page)
    if all(w.visibility == VISIBLE for w in page.words):
        return
    if any(w.visibility in (INVISIBLE, BACKGROUND) for w in page.words):
        area = page.width * page.height
        boxes = list(images()) if area > 0 else []
        scans = [b for b in boxes if b.width * b.height >= PAGE_IMAGE_SHARE * area]
        for w in page.words:
            if w.visibility == INVISIBLE and any(_over(w.box, b) for b in scans):
                w.visibility = OCR
            elif w.visibility == BACKGROUND and any(_over(w.box, b) for b in boxes):
                # Over a picture the colour under the text is not the fill's: it may well be seen.
                w.visibility = VISIBLE
    hidden = [w for w in page.words if w.visibility not in READ]
    if hidden:
        page.hidden = hidden
        page.words = [w for w in page.words if w.visibility in READ]


def unassigned_reason(word: Word) -> str:
    """The reason a set-aside word is listed under in the report's `unassigned`."""
    if word.visibility == ANGLED:
        return "text drawn at an angle (not a multiple of 90 degrees)"
    return f"hidden text ({word.visibility})"


def page_ranges(numbers: Iterable[int]) -> list[list[int]]:
    """Page numbers in runs of consecutive pages, for a warning that names them once."""
    spans: list[list[int]] = []
    for n in sorted(set(numbers)):
        if spans and n == spans[-1][-1] + 1:
            spans[-1].append(n)
        else:
            spans.append([n])
    return spans


def _pages(span: list[int]) -> str:
    return f"page {span[0]}" if len(span) == 1 else f"pages {span[0]}-{span[-1]}"


def _count(n: int) -> str:
    return f"{n} word" if n == 1 else f"{n} words"


def warnings(pages: Sequence[Page]) -> list[str]:
    """One line per run of consecutive pages with hidden, angled or OCR text."""
    out: list[str] = []
    by_number = {p.number: p for p in pages}
    hidden = [p.number for p in pages if any(w.visibility in HIDDEN for w in p.hidden)]
    for span in page_ranges(hidden):
        words = [w for n in span for w in by_number[n].hidden if w.visibility in HIDDEN]
        kinds = "; ".join(
            f"{kind}: {sum(1 for w in words if w.visibility == kind)}"
            for kind in HIDDEN
            if any(w.visibility == kind for w in words)
        )
        out.append(
            f"{_pages(span)}: {_count(len(words))} of hidden text ({kinds}) were set aside, not read into any "
            "field (tampering, or text meant for machines only): see 'unassigned'"
        )
    angled = [p.number for p in pages if any(w.visibility == ANGLED for w in p.hidden)]
    for span in page_ranges(angled):
        n = sum(1 for k in span for w in by_number[k].hidden if w.visibility == ANGLED)
        out.append(
            f"{_pages(span)}: {_count(n)} drawn at an angle (not a multiple of 90 degrees) cannot be read as rows "
            "and were set aside: see 'unassigned'"
        )
    ocr = [p.number for p in pages if any(w.visibility == OCR for w in p.words)]
    for span in page_ranges(ocr):
        out.append(
            f"{_pages(span)}: the text is an invisible OCR layer over a page image (a scan made searchable); "
            "it was read, but OCR may have misread words"
        )
    return out
