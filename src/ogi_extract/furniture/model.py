"""What the furniture stage hands on: per page, the words to skip and where the body lies."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..layout.model import Box


@dataclass(frozen=True, slots=True)
class FurnitureLine:
    """One header or footer line, with the evidence that made it furniture."""

    text: str
    box: Box
    kind: str  # "header" or "footer"
    reason: str  # "repeated on N pages", "page number" or "hint"
    words: tuple[int, ...]  # indices into Page.words


@dataclass(frozen=True, slots=True)
class PageFurniture:
    """Furniture of one page and the vertical extent of everything else.

    `body_top`/`body_bottom` bound the page's remaining words and rulings, so a
    later stage can tell that a table row running to `body_bottom` continues
    at the next page's `body_top` (the footer between them is not content).
    """

    page: int
    words: frozenset[int]
    lines: tuple[FurnitureLine, ...]
    body_top: float
    body_bottom: float


@dataclass(slots=True)
class Furniture:
    pages: dict[int, PageFurniture] = field(default_factory=dict)

    def skip(self, page: int) -> set[int]:
        """Indices of the page's furniture words (empty for a page not seen)."""
        found = self.pages.get(page)
        return set(found.words) if found else set()

    def body(self, page: int) -> tuple[float, float] | None:
        """(body_top, body_bottom) of a page, None for a page not seen."""
        found = self.pages.get(page)
        return (found.body_top, found.body_bottom) if found else None
