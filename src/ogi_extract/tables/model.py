"""What the tables stage hands to the grammar: cells as lists of pieces.

A cell is never "one page": when a row breaks across pages, each page holds a
piece of every cell, and the stitched cell keeps them all in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..layout.model import Box, Word


@dataclass(slots=True)
class TextLine:
    """Words on one baseline, left to right, with the page they are on.

    `edge` is the right edge the line was set against, where it lies in a
    table cell: the cell's rule less the padding, the least distance from a
    left rule to the text of any cell of its table fragment (producers pad
    cells alike on both sides, and all cells of a table alike: measured
    5.0-5.5 pt in the corpus's HTML, office and Typst reports). The widest
    line of a cell may fall a word's width short of it; a word broken at a
    line end reaches it within a glyph. `cuts.set_text_edges` stamps it, and
    a line a page break carries into a cell takes its cell's (`stitch`);
    `None` outside tables.
    """

    page: int
    words: list[Word]
    box: Box
    edge: float | None = None

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(slots=True)
class CellPiece:
    page: int
    box: Box  # the cell's rectangle on that page (the grid's, not the words')
    lines: list[TextLine] = field(default_factory=list)


@dataclass(slots=True)
class Cell:
    """A grid cell after merging spans; `band` orders the sub-rows of a row group."""

    x0: float
    x1: float
    band: tuple[int, int]  # (fragment ordinal, first grid row) where the cell starts
    pieces: list[CellPiece] = field(default_factory=list)

    @property
    def lines(self) -> list[TextLine]:
        return [ln for p in self.pieces for ln in p.lines]

    @property
    def words(self) -> list[Word]:
        return [w for p in self.pieces for ln in p.lines for w in ln.words]

    @property
    def is_empty(self) -> bool:
        return not any(p.lines for p in self.pieces)

    def head(self, lines: int = 3) -> str:
        """The cell's first lines as one string: a label may wrap in a narrow column."""
        return " ".join(ln.text for ln in self.lines[:lines])


@dataclass(slots=True)
class RowGroup:
    """Grid rows tied together by row spans: one logical table row, maybe across pages."""

    cells: list[Cell]
    x0: float
    x1: float
    pages: list[int]
    # The table's first row printed again at the top of a new page: the same
    # words as a row already read, so it names nothing new (see `stitch`).
    repeated: bool = False

    def first_text(self) -> str:
        """The start of the top-left cell's text, which names the row."""
        if not self.cells:
            return ""
        return min(self.cells, key=lambda c: (c.band, c.x0)).head()


@dataclass(slots=True)
class Fragment:
    """The part of one bordered table that lies on one page."""

    page: int
    box: Box
    columns: list[float]  # x positions of the vertical rules
    groups: list[RowGroup]
    # Column spans (x0, x1) where no horizontal rule closes the fragment at its
    # top (bottom): its vertical rules run on, the cells there go on past the edge.
    open_top: list[tuple[float, float]] = field(default_factory=list)
    open_bottom: list[tuple[float, float]] = field(default_factory=list)
    # x of the vertical rules that run through the last row to the fragment's bottom
    sided_bottom: list[float] = field(default_factory=list)

    def sided_at_bottom(self, x: float, tol: float) -> bool:
        """Whether a vertical rule at `x` (within `tol`) runs down to the fragment's bottom."""
        return any(abs(s - x) <= tol for s in self.sided_bottom)

    def opens_at_top(self, x0: float, x1: float) -> bool:
        """Whether the columns between x0 and x1 are open at the fragment's top."""
        return _overlaps(self.open_top, x0, x1)

    def opens_at_bottom(self, x0: float, x1: float) -> bool:
        """Whether the columns between x0 and x1 are open at the fragment's bottom."""
        return _overlaps(self.open_bottom, x0, x1)


def _overlaps(spans: list[tuple[float, float]], x0: float, x1: float) -> bool:
    return any(min(x1, b) - max(x0, a) > 0.5 * min(x1 - x0, b - a) for a, b in spans)
