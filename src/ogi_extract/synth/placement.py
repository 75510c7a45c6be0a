"""Where the generator put things: the cell parts and row placements of a composed report (its truth for layout tests)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .draw import PageDraw

FIELDS: tuple[str, ...] = ("target_text", "achievement_text", "score", "cocreation_text", "cocreation_label")
_EPS = 1e-6
_FOOTER_SHARE = 0.35  # share of pages that carry a footer in "some" mode


@dataclass(frozen=True, slots=True)
class CellPart:
    """One page's part of a cell: its border box there and how many lines it holds."""

    page: int  # 1-based
    x0: float
    top: float
    x1: float
    bottom: float
    lines: int


@dataclass(frozen=True, slots=True)
class RowPlacement:
    """Where one target row's cells were drawn, part by part, keyed by truth field."""

    commitment: int  # commitment number
    block: int  # index of the block within the commitment
    target: int  # index of the target within the block
    cells: dict[str, tuple[CellPart, ...]]

    @property
    def pages(self) -> tuple[int, ...]:
        return tuple(sorted({part.page for parts in self.cells.values() for part in parts}))


@dataclass(slots=True)
class Layout:
    pages: list[PageDraw]
    rows: list[RowPlacement] = field(default_factory=list)
    last_fill: float = 1.0  # share of the last page's body height in use


@dataclass(slots=True)
class _Part:
    """Lines [start, end) of one cell placed from y on the current page."""

    cell: int
    start: int
    end: int
    y: float
    x: float
    height: float
