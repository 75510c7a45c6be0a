"""The neutral page model every backend fills and every later stage reads.

Plain slotted dataclasses rather than pydantic: a report has tens of thousands of
words and these objects sit on the hot path between the PDF library and the grid.
Coordinates are PDF points with the origin at the top-left of the page (y grows
downwards), the convention shared by PyMuPDF and pdfplumber.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


# Not frozen: a report has tens of thousands of boxes and words, and a frozen
# dataclass pays for object.__setattr__ on every field of every one.
@dataclass(slots=True)
class Box:
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    def union(self, other: Box) -> Box:
        return Box(
            min(self.x0, other.x0),
            min(self.top, other.top),
            max(self.x1, other.x1),
            max(self.bottom, other.bottom),
        )

    def rounded(self, ndigits: int = 2) -> tuple[float, float, float, float]:
        return (
            round(self.x0, ndigits),
            round(self.top, ndigits),
            round(self.x1, ndigits),
            round(self.bottom, ndigits),
        )


@dataclass(slots=True)
class Word:
    """One word as the PDF draws it.

    `space_after` records whether the PDF itself put a space glyph right after the
    word. Between words of a line it is almost always true; at the end of a line
    it is the producer's own statement of whether the line broke between words
    (trailing space) or inside a word (no space).

    `visibility` says whether a reader of the page sees the word: "visible",
    "ocr layer" (an invisible OCR layer over a scanned page, read all the
    same), or why it is set aside (see `ogi_extract.layout.visibility`).

    `page` is the 1-based number of the page the word is on, stamped by the
    `Page` that holds it (0 for a word on no page yet): every later stage asks
    the word, with no side table.

    `advance` is the width of the word's first glyph as drawn (0 where not
    measured: OCR, text in other directions): what a line needed room for to
    hold the word's start, in any font, monospaced ones too.

    `drawn` is the word's place in the order the page draws its words (-1
    where not known: OCR, a word put back together from several runs). Every
    engine draws a line's words one after another; where two texts are drawn
    at one place and the geometry cannot tell their words apart, that order
    can (`tables.overlaid.one_text`).
    """

    text: str
    box: Box
    font: str
    size: float
    bold: bool
    line: int
    space_after: bool
    visibility: str = "visible"
    page: int = 0
    advance: float = 0.0
    drawn: int = -1


@dataclass(frozen=True, slots=True)
class Ruling:
    """A horizontal or vertical border segment.

    Word exports borders as thin filled rectangles, LibreOffice and most other
    producers as stroked lines; both become a Ruling with the drawn extent.
    """

    box: Box
    orientation: str  # "h" or "v"
    source: str  # "fill" or "stroke"


@dataclass(frozen=True, slots=True)
class Fill:
    """A filled area larger than a rule (cell shading, chart wedges, highlights)."""

    box: Box
    color: tuple[float, ...] | None


@dataclass(frozen=True, slots=True)
class Link:
    box: Box
    uri: str


@dataclass(slots=True)
class Page:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word] = field(default_factory=list)
    rulings: list[Ruling] = field(default_factory=list)
    fills: list[Fill] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    rotation: int = 0
    # Words the PDF carries but a reader does not see (or cannot read as rows),
    # kept out of `words`: see `ogi_extract.layout.visibility`.
    hidden: list[Word] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.stamp()

    def stamp(self) -> None:
        """Put this page's number on each of its words (done when the page is built)."""
        for w in self.words:
            w.page = self.number
        for w in self.hidden:
            w.page = self.number


PageFailure = Literal["limit", "unreadable"]


@dataclass(frozen=True, slots=True)
class FailedPage:
    """A page left empty, and why: `kind` is what a program decides on, `reason` what a person reads."""

    kind: PageFailure  # "limit": a per-page limit was passed; "unreadable": damaged, or the library failed
    reason: str


@dataclass(slots=True)
class Document:
    pages: list[Page]
    backend: str
    metadata: dict[str, str] = field(default_factory=dict)
    sha256: str = ""
    failed_pages: dict[int, FailedPage] = field(default_factory=dict)
    # Things the reader repaired or worked around (a rebuilt xref, ...): the
    # document still read, but a person may want to know.
    warnings: list[str] = field(default_factory=list)
