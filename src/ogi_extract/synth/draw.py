"""What a page shows, as plain records the PDF writer turns into content streams.

Coordinates are PDF points with the origin at the top-left (y grows downwards), the
convention of the project's page model; the writer flips them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class DrawnRun:
    """One text run: a line (or a list marker) drawn with one font at one position."""

    x: float
    baseline: float
    text: str  # includes the trailing space of a line that broke between words
    font: str  # fonts.metrics key
    size: float
    word_gap: float = 0.0  # justification: extra advance after each inner space


@dataclass(frozen=True, slots=True)
class BorderSegment:
    """A border rule from (x0, y0) to (x1, y1); horizontal or vertical."""

    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True, slots=True)
class Shade:
    x0: float
    y0: float
    x1: float
    y1: float
    grey: float


@dataclass(frozen=True, slots=True)
class LinkArea:
    x0: float
    y0: float
    x1: float
    y1: float
    uri: str


@dataclass(slots=True)
class PageDraw:
    number: int  # 1-based physical page
    runs: list[DrawnRun] = field(default_factory=list)
    segments: dict[tuple[int, int, int, int], BorderSegment] = field(default_factory=dict)
    shades: list[Shade] = field(default_factory=list)
    links: list[LinkArea] = field(default_factory=list)
    footer: bool = False

    def rule(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """Add a border rule once, however many cells share it."""
        key = (round(x0 * 100), round(y0 * 100), round(x1 * 100), round(y1 * 100))
        if key not in self.segments:
            self.segments[key] = BorderSegment(x0, y0, x1, y1)
