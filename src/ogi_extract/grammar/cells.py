"""Reading a table row's cells into fields: joined text, label split off, target-row cells sorted by role.

The assembler (`records.py`) decides what a row is and builds the records;
this module holds how a row's cells are read. A target row's cells are told
apart by their column (left: the target; right: score and label; between:
achievement and co-creation) and paired by the sub-row (band) they share, so
that a score sits beside its achievement and a label beside its co-creation.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..layout.model import Word
from ..tables import Cell, JoinedText, RowGroup, TextLine, copies_among, join_lines, read_once
from ..tables.vocabulary import Vocabulary
from .loader import Grammar

COLUMN_TOL = 3.0


@dataclass(slots=True)
class Field:
    """A field's value with the words that gave it (label words included)."""

    value: str | None
    value_words: list[Word]
    all_words: list[Word]


class CellReader:
    """Joins cell lines with the document's vocabulary and the grammar's bullets; splits off a label."""

    def __init__(self, grammar: Grammar, vocabulary: Vocabulary | None) -> None:
        self.g = grammar
        self.vocabulary = vocabulary

    def join(self, lines: list[TextLine]) -> JoinedText:
        left = min((ln.box.x0 for ln in lines), default=None)
        right = max((ln.box.x1 for ln in lines), default=None)
        return join_lines(
            lines,
            left=left,
            right=right,
            bullets=self.g.bullet_glyphs,
            bullet=self.g.bullet,
            lexicon=self.vocabulary.words if self.vocabulary else None,
            spaces_mark_breaks=self.vocabulary.spaces_mark_breaks if self.vocabulary else False,
            drops_crossing_spaces=self.vocabulary.drops_crossing_spaces if self.vocabulary else False,
        )

    def labelled(self, lines: list[TextLine], label: regex.Pattern[str] | None) -> tuple[Field, regex.Match[str] | None]:
        joined = self.join(lines)
        m = label.match(joined.text) if label is not None else None
        offset = 0
        if m:
            # a pattern with a `text` group says where the value starts; else it ends the label
            offset = m.start("text") if "text" in m.groupdict() and m.start("text") >= 0 else m.end()
        value = joined.text[offset:].strip()
        if m:
            # the value starts at the first word at or after the label's end
            words = joined.words_from(offset)
        else:
            words = list(joined.words)
        return Field(value or None, words, list(joined.words)), m


def roles(group: RowGroup) -> tuple[list[Cell], list[Cell], list[Cell]]:
    """The row's cells at the left edge only, between, and at the right edge only."""
    left: list[Cell] = []
    middle: list[Cell] = []
    right: list[Cell] = []
    for c in group.cells:
        at_left = c.x0 <= group.x0 + COLUMN_TOL
        at_right = c.x1 >= group.x1 - COLUMN_TOL
        if at_left and not at_right:
            left.append(c)
        elif at_right and not at_left:
            right.append(c)
        else:
            middle.append(c)
    return left, middle, right


@dataclass(slots=True)
class TargetCells:
    """A target row read: each field, the target label's match, and the words a page break showed twice."""

    target: Field
    match: regex.Match[str] | None
    achievement: Field
    cocreation: Field
    score: Field
    label: Field
    copies: list[Word]


def _slots(g: Grammar, middle: list[Cell], right: list[Cell]) -> dict[str, list[Cell]]:
    """The middle cells as achievement or co-creation, the right ones as score or label (by shared band)."""
    slots: dict[str, list[Cell]] = {"achievement": [], "cocreation": []}
    band_slot: dict[tuple[int, int], str] = {}
    last: str | None = None
    for c in middle:
        first = c.head()
        if g.achievement_cell.match(first):
            slot = "achievement"
        elif g.cocreation_cell.match(first):
            slot = "cocreation"
        elif not slots["achievement"] and last is None:
            slot = "achievement"
        elif not slots["cocreation"] and last != "cocreation":
            slot = "cocreation"
        else:
            slot = last or "achievement"
        slots[slot].append(c)
        band_slot.setdefault(c.band, slot)
        last = slot
    side: dict[str, list[Cell]] = {"score": [], "label": []}
    for c in right:
        slot = band_slot.get(c.band)
        first = c.head()
        if slot == "achievement" or (slot is None and g.score_cell.match(first)):
            side["score"].append(c)
        else:
            side["label"].append(c)
    return {**slots, **side}


def read_target_cells(reader: CellReader, left: list[Cell], middle: list[Cell], right: list[Cell]) -> TargetCells:
    """Each field of a target row, from its cells sorted by `roles`."""
    g = reader.g
    slots = _slots(g, middle, right)
    # a line cut by a page break, drawn on both pages: read once, in whichever cell of the row the copy falls
    across = copies_among([ln for c in [*left, *middle, *right] for ln in c.lines])
    copies: list[Word] = [w for ln in across for w in ln.words]
    skip = {id(ln) for ln in across}

    def lines(cells: list[Cell]) -> list[TextLine]:
        kept, shown_twice = read_once([ln for c in sorted(cells, key=lambda c: c.band) for ln in c.lines if id(ln) not in skip])
        copies.extend(shown_twice)
        return kept

    tgt, m = reader.labelled(lines(left), g.target_cell)
    ach, _ = reader.labelled(lines(slots["achievement"]), g.achievement_cell)
    coc, _ = reader.labelled(lines(slots["cocreation"]), g.cocreation_cell)
    sco, _ = reader.labelled(lines(slots["score"]), g.score_cell)
    lab, _ = reader.labelled(lines(slots["label"]), None)
    return TargetCells(tgt, m, ach, coc, sco, lab, copies)


def join_sub_rows(items: list[TextLine | RowGroup], g: Grammar) -> list[TextLine | RowGroup]:
    """Items with a co-creation sub-row drawn as a row of its own put back into its target row.

    A producer may close a target row's left cell above the sub-row beside it
    (Chromium ending a row-spanning cell's box with its text on a page): no
    cell then spans the two, and the sub-row ("Proses Kokreasi :", its label)
    stands as a row with an empty left cell. It belongs to the target row
    right before it, when that row has no co-creation cell yet.
    """
    out: list[TextLine | RowGroup] = []
    for item in items:
        # the row before, past a heading the producer repeated at a page's top
        prev = next((it for it in reversed(out) if not (isinstance(it, RowGroup) and it.repeated)), None)
        if isinstance(item, RowGroup) and isinstance(prev, RowGroup) and _sub_row_of(prev, item, g):
            prev.cells.extend(item.cells)
            prev.cells.sort(key=lambda c: (c.band, c.x0))
            prev.pages.extend(p for p in item.pages if p not in prev.pages)
            continue
        out.append(item)
    return out


def _sub_row_of(prev: RowGroup, group: RowGroup, g: Grammar) -> bool:
    if abs(prev.x0 - group.x0) > COLUMN_TOL or abs(prev.x1 - group.x1) > COLUMN_TOL:
        return False
    left, middle, _ = roles(group)
    if not middle or any(not c.is_empty for c in left) or not g.cocreation_cell.match(middle[0].head()):
        return False
    p_left, p_middle, _ = roles(prev)
    return (
        any(g.target_cell.match(c.head()) for c in p_left)
        and not any(g.cocreation_cell.match(c.head()) for c in p_middle)
    )

