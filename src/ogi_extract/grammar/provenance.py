"""Where a field was read: one box per page around the words that gave it."""

from __future__ import annotations

from ..layout.model import Word
from ..models import Piece


def pieces_of(words: list[Word]) -> list[Piece]:
    """The words' bounding box on each page they lie on, pages in order."""
    boxes: dict[int, list[float]] = {}
    for w in words:
        b = w.box
        acc = boxes.get(w.page)
        if acc is None:
            boxes[w.page] = [b.x0, b.top, b.x1, b.bottom]
            continue
        if b.x0 < acc[0]:
            acc[0] = b.x0
        if b.top < acc[1]:
            acc[1] = b.top
        if b.x1 > acc[2]:
            acc[2] = b.x1
        if b.bottom > acc[3]:
            acc[3] = b.bottom
    return [Piece(page=p, box=tuple(round(v, 2) for v in boxes[p])) for p in sorted(boxes)]  # type: ignore[arg-type]
