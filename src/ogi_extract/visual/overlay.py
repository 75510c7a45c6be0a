"""What the inspection image shows on one page, as plain geometry.

The records say where each field was read from (`provenance`: per field, one box
per page, the union of the words that made the value). A word is shown in the
colour of the smallest field box holding its centre, so a label inside a cell
(the row's "Target B06:") shows as `label`, not as the text around it. Words in
no box are drawn grey, words the parser could not place red: the two cases an
auditor checks by eye. Kept apart from the drawing so it can be tested without
rendering.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..layout.model import Box, Page, Word
from ..models import Piece, Report, UnassignedWord
from ..tables import Grid, find_grids

TOL = 0.5  # points: a word centre this close to a box edge is inside


@dataclass(frozen=True, slots=True)
class FieldBox:
    field: str
    record_id: str
    box: Box


@dataclass(slots=True)
class PageOverlay:
    page: Page
    grids: list[Grid]
    boxes: list[FieldBox]
    words: list[tuple[Word, str | None]]
    unassigned: list[UnassignedWord]
    notes: list[str] = field(default_factory=list)
    # records on this page that began on an earlier one: id -> the page before
    continued: dict[str, int] = field(default_factory=dict)

    def counts(self) -> Counter[str | None]:
        """Words per field on the page (None: in no field)."""
        return Counter(name for _, name in self.words)

    @property
    def cells(self) -> int:
        return sum(len(g.cells) for g in self.grids)


def _on_page(pieces: list[Piece], page: int) -> list[Box]:
    return [Box(*p.box) for p in pieces if p.page == page]


def field_boxes(report: Report, page: int) -> list[FieldBox]:
    """Every provenance box of the page, commitments, blocks and targets alike."""
    out: list[FieldBox] = []

    def add(record_id: str, provenance: dict[str, list[Piece]]) -> None:
        for name, pieces in provenance.items():
            out.extend(FieldBox(name, record_id, box) for box in _on_page(pieces, page))

    for c in report.commitments:
        add(c.id, c.provenance)
        for b in c.blocks:
            add(b.id, b.provenance)
            for t in b.targets:
                add(t.id, t.provenance)
    return out


def continued_records(report: Report, page: int) -> dict[str, int]:
    """Target rows and blocks on `page` whose fields begin on an earlier page, with that page.

    A row broken across pages is the one a reader must not take for a new row:
    the image marks it.
    """
    out: dict[str, int] = {}

    def look(record_id: str, provenance: dict[str, list[Piece]]) -> None:
        pages = {p.page for pieces in provenance.values() for p in pieces}
        earlier = [n for n in pages if n < page]
        if page in pages and earlier:
            out[record_id] = max(earlier)

    for c in report.commitments:
        for b in c.blocks:
            look(b.id, b.provenance)
            for t in b.targets:
                look(t.id, t.provenance)
    return out


def _contains(box: Box, x: float, y: float) -> bool:
    return box.x0 - TOL <= x <= box.x1 + TOL and box.top - TOL <= y <= box.bottom + TOL


def word_field(word: Word, boxes: list[FieldBox]) -> str | None:
    """The field of the smallest box holding the word's centre."""
    best: FieldBox | None = None
    for fb in boxes:
        if _contains(fb.box, word.box.cx, word.box.cy):
            if best is None or fb.box.width * fb.box.height < best.box.width * best.box.height:
                best = fb
    return best.field if best else None


def record_boxes(boxes: list[FieldBox]) -> dict[str, Box]:
    """One box per record on the page (the union of its fields), in reading order."""
    out: dict[str, Box] = {}
    for fb in boxes:
        prev = out.get(fb.record_id)
        out[fb.record_id] = fb.box if prev is None else prev.union(fb.box)
    return out


def has_provenance(report: Report) -> bool:
    return any(
        c.provenance or any(b.provenance or any(t.provenance for t in b.targets) for b in c.blocks)
        for c in report.commitments
    )


def build_overlay(page: Page, report: Report | None) -> PageOverlay:
    """The grid, the field boxes and each word's field for one page.

    A word the records list as unassigned has no field even where its centre
    falls in a field's box (a stray word inside a cell): the list decides.
    """
    boxes = field_boxes(report, page.number) if report is not None else []
    unassigned = [w for w in report.unassigned if w.page == page.number] if report is not None else []
    stray = {(w.text, tuple(w.box)) for w in unassigned}
    notes: list[str] = []
    if report is None:
        notes.append("no records: grid and words only")
    elif not has_provenance(report):
        notes.append("the records carry no provenance")
    words = [(w, None if (w.text, w.box.rounded()) in stray else word_field(w, boxes)) for w in page.words]
    return PageOverlay(
        page=page,
        grids=find_grids(page.rulings),
        boxes=boxes,
        words=words,
        unassigned=unassigned,
        notes=notes,
        continued=continued_records(report, page.number) if report is not None else {},
    )
