"""Turn the stitched stream of text lines and table rows into records.

A small state machine: headings outside the tables (commitment, success
measure, follow-up) open collectors; a table row that is a single full-width
cell is an implementer heading; a row whose left cell starts with the target
label is a target row, its cells recognised by their labels and paired by the
sub-row they share. Every word that reaches this stage ends in exactly one
field or in the unassigned list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from ..layout.model import Word
from ..models import (
    Block,
    Commitment,
    Piece,
    Resolution,
    SuccessMeasure,
    Target,
    UnassignedWord,
)
from ..tables import Cell, Item, RowGroup, TextLine, read_once
from ..tables.vocabulary import Vocabulary
from . import normalize, tolerant
from .cells import COLUMN_TOL, CellReader, Field, join_sub_rows, read_target_cells, roles
from .loader import Grammar
from .provenance import pieces_of

_WS = regex.compile(r"\s+")


def _collapse(text: str) -> str:
    return _WS.sub(" ", text).strip()


@dataclass
class Assembly:
    commitments: list[Commitment] = field(default_factory=list)
    unassigned: list[UnassignedWord] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    assigned_words: int = 0
    outside_words: int = 0  # before the detail section starts or after it ends


class Assembler:
    """Reads items in order; holds the current commitment, measure and implementer."""

    def __init__(
        self,
        grammar: Grammar,
        resolve: Callable[[str], Resolution] | None = None,
        vocabulary: Vocabulary | None = None,
        ocr: bool = False,
    ) -> None:
        # text read by OCR: labels and values through its confusions (see `tolerant`)
        self.ocr = ocr
        grammar = tolerant.tolerant_grammar(grammar) if ocr else grammar
        self.g = grammar
        self.vocabulary = vocabulary
        self.reader = CellReader(grammar, vocabulary)
        self.resolve = resolve
        self.out = Assembly()
        self.commitment: Commitment | None = None
        self.measure: SuccessMeasure | None = None
        self.measure_prov: list[Piece] = []
        self.implementer: str | None = None
        self.implementer_prov: list[Piece] = []
        self.block: Block | None = None
        self.block_dirty = True
        self.mode: str | None = None
        self.collected: list[TextLine] = []
        self.started = False
        self.cell_labels = (
            grammar.target_cell,
            grammar.achievement_cell,
            grammar.score_cell,
            grammar.cocreation_cell,
        )

    # -- helpers ---------------------------------------------------------------

    def _pieces(self, words: list[Word]) -> list[Piece]:
        return pieces_of(words)

    def _labelled(self, lines: list[TextLine], label: regex.Pattern[str] | None) -> tuple[Field, regex.Match[str] | None]:
        return self.reader.labelled(lines, label)

    def _unassign(self, words: list[Word], reason: str) -> None:
        for w in words:
            self.out.unassigned.append(
                UnassignedWord(text=w.text, page=w.page, box=w.box.rounded(), reason=reason)
            )

    def _assign(self, words: list[Word]) -> None:
        self.out.assigned_words += len(words)

    def starts_cell(self, text: str) -> bool:
        return any(p.match(text) for p in self.cell_labels)

    # -- text lines ------------------------------------------------------------

    def _flush(self) -> None:
        lines, mode = self.collected, self.mode
        self.collected, self.mode = [], None
        if not lines or mode is None:
            return
        # a line a page break cuts, drawn on both pages, is read once, as in a cell: a
        # follow-up's next line whose tall letters Chromium draws at the page's foot
        lines, shown_twice = read_once(lines)
        self._assign(shown_twice)
        if mode == "title" and self.commitment is not None:
            f, _ = self._labelled(lines, self.g.commitment)
            self.commitment.title = f.value
            self.commitment.provenance["title"] = self._pieces(f.value_words)
            self._assign(f.all_words)
        elif mode == "measure":
            f, m = self._labelled(lines, self.g.success_measure)
            number = int(m.group("number")) if m else None
            self.measure = SuccessMeasure(number=number, text=f.value)
            self.measure_prov = self._pieces(f.value_words)
            self._assign(f.all_words)
        elif mode == "follow_up" and self.commitment is not None:
            f, _ = self._labelled(lines, self.g.follow_up)
            self.commitment.follow_up = f.value
            self.commitment.provenance["follow_up"] = self._pieces(f.value_words)
            self._assign(f.all_words)
        else:
            self._unassign([w for ln in lines for w in ln.words], f"text outside any field ({mode})")

    def _line(self, line: TextLine) -> None:
        text = _collapse(line.text)
        if not self.started:
            self.out.outside_words += len(line.words)
            if self.g.detail_start.search(text) and not self.out.commitments:
                self.started = True
            return
        if self.g.detail_end is not None and self.g.detail_end.search(text):
            self._flush()
            self.started = False
            self.out.outside_words += len(line.words)
            return
        m = self.g.commitment.match(text)
        if m and (self.commitment is None or int(m.group("number")) != self.commitment.number):
            self._flush()
            number = int(m.group("number"))
            self.commitment = Commitment(id=f"c{number:02d}", number=number)
            self.out.commitments.append(self.commitment)
            self.measure, self.measure_prov = None, []
            self.implementer, self.implementer_prov = None, []
            self.block, self.block_dirty = None, True
            self.mode, self.collected = "title", [line]
            return
        if self.commitment is None:
            # the section's own heading lines, before its first commitment
            self.out.outside_words += len(line.words)
            return
        if self.g.success_measure.match(text):
            self._flush()
            self.block_dirty = True
            self.mode, self.collected = "measure", [line]
            return
        if self.g.follow_up.match(text):
            self._flush()
            self.mode, self.collected = "follow_up", [line]
            return
        if self.mode is not None:
            self.collected.append(line)
        else:
            self._unassign(line.words, "text outside any field")

    # -- table rows ------------------------------------------------------------

    def _heading(self, group: RowGroup) -> None:
        cell = group.cells[0]
        f, _ = self._labelled(cell.lines, None)
        self.implementer = f.value
        self.implementer_prov = self._pieces(f.value_words)
        self.block_dirty = True
        self._assign(f.all_words)

    def _repeated_heading(self, group: RowGroup) -> bool:
        """Take a repeated implementer heading as more of the heading read before; say whether it was one.

        A producer that repeats a table's header row prints the implementer
        again at the top of each page of its block: the block goes on (no new
        block opens), and the words are the implementer's, shown again.
        """
        if self.block is None or self.block_dirty or len(group.cells) != 1:
            return False
        f, _ = self._labelled(group.cells[0].lines, None)
        if f.value is None or _WS.sub("", f.value) != _WS.sub("", self.implementer or ""):
            return False
        pieces = self._pieces(f.value_words)
        self.implementer_prov.extend(pieces)
        if self.block.provenance.get("implementer") is not self.implementer_prov:
            self.block.provenance.setdefault("implementer", []).extend(pieces)
        self._assign(f.all_words)
        return True

    def _target(self, group: RowGroup, left: list[Cell], middle: list[Cell], right: list[Cell]) -> None:
        g = self.g
        commitment = self.commitment
        assert commitment is not None
        read = read_target_cells(self.reader, left, middle, right)
        tgt, m, ach, coc, sco, lab = read.target, read.match, read.achievement, read.cocreation, read.score, read.label
        label = _collapse(m.group("label")) if m else None
        period = _WS.sub("", m.group("period")).upper() if m else None
        if m is None:
            self.out.warnings.append(f"commitment {commitment.number}: a target row without a target label")
        score = _collapse(sco.value) if sco.value else None
        cocreation_label = _collapse(lab.value) if lab.value else None
        value = normalize.score_value(score, g)
        norm_label = normalize.cocreation(cocreation_label, g)
        if self.ocr:
            value = value if value is not None else tolerant.score_value(score, g)
            norm_label = norm_label or tolerant.cocreation(cocreation_label, g)
            period = tolerant.period(period, g)
        if cocreation_label and norm_label is None and not normalize.is_not_assessed(cocreation_label, g):
            self.out.warnings.append(
                f"commitment {commitment.number}: unknown co-creation label {cocreation_label!r}"
            )
        if self.block is None or self.block_dirty:
            self.block = Block(
                id=f"{commitment.id}-b{len(commitment.blocks) + 1:02d}",
                success_measure=self.measure.model_copy() if self.measure else None,
                implementer=self.implementer,
                provenance={"success_measure": self.measure_prov, "implementer": self.implementer_prov},
            )
            commitment.blocks.append(self.block)
            self.block_dirty = False
        target = Target(
            id=f"{self.block.id}-t{len(self.block.targets) + 1:02d}",
            label=label,
            period=period,
            target_text=tgt.value,
            achievement_text=ach.value,
            score=score,
            cocreation_text=coc.value,
            cocreation_label=cocreation_label,
            score_value=value,
            grade=normalize.grade(score, value, g),
            cocreation=norm_label,
            provenance={
                "label": self._pieces(tgt.all_words[: len(tgt.all_words) - len(tgt.value_words)]),
                "target_text": self._pieces(tgt.value_words),
                "achievement_text": self._pieces(ach.value_words),
                "score": self._pieces(sco.value_words),
                "cocreation_text": self._pieces(coc.value_words),
                "cocreation_label": self._pieces(lab.value_words),
            },
        )
        if self.ocr:
            self._ocr_values(target, tgt, ach, coc, sco, lab)
        self.block.targets.append(target)
        for f in (tgt, ach, coc, sco, lab):
            self._assign(f.all_words)
        self._assign(read.copies)

    def _ocr_values(self, target: Target, tgt: Field, ach: Field, coc: Field, sco: Field, lab: Field) -> None:
        """Each field's raw OCR text and confidence, beside the values read through OCR's confusions."""
        label_words = tgt.all_words[: len(tgt.all_words) - len(tgt.value_words)]
        target.ocr = tolerant.readings(
            {
                "label": (target.label, label_words),
                "target_text": (target.target_text, tgt.value_words),
                "achievement_text": (target.achievement_text, ach.value_words),
                "score": (target.score, sco.value_words),
                "cocreation_text": (target.cocreation_text, coc.value_words),
                "cocreation_label": (target.cocreation_label, lab.value_words),
            }
        )

    def _group(self, group: RowGroup) -> None:
        if not self.started:
            self.out.outside_words += sum(len(c.words) for c in group.cells)
            return
        self._flush()
        words = [w for c in group.cells for w in c.words]
        if not words:
            return
        if group.repeated and self._repeated_heading(group):
            return
        full = [c for c in group.cells if c.x0 <= group.x0 + COLUMN_TOL and c.x1 >= group.x1 - COLUMN_TOL]
        if len(group.cells) == 1 or (full and all(c.is_empty for c in group.cells if c not in full)):
            first = group.first_text()
            if not self.g.target_cell.match(first):
                if len(full) == 1:
                    self._heading(RowGroup(full, group.x0, group.x1, group.pages))
                    return
        left, middle, right = roles(group)
        first_left = left[0].head() if left else ""
        labelled = self.g.target_cell.match(first_left) or any(
            self.g.achievement_cell.match(c.head()) for c in middle
        )
        if self.commitment is None or not labelled:
            self._unassign(words, "table row that is not a target row")
            return
        self._target(group, left, middle, right)

    # -- driver ----------------------------------------------------------------

    def _fallback_start(self, items: list[Item]) -> int | None:
        """Where the detail starts when its section heading is missing or reworded.

        The last commitment heading before the first target row: narrative
        sections earlier in a report name commitments too, but hold no rows.
        """
        heading: int | None = None
        for i, item in enumerate(items):
            if isinstance(item, TextLine):
                if self.g.commitment.match(_collapse(item.text)):
                    heading = i
            elif item.cells and self.g.target_cell.match(item.first_text()):
                return heading
        return None

    def feed(self, items: list[Item]) -> Assembly:
        start = 0
        if not any(isinstance(it, TextLine) and self.g.detail_start.search(_collapse(it.text)) for it in items):
            found = self._fallback_start(items)
            if found is not None:
                self.out.warnings.append(
                    "the detail section heading was not found; reading from the first commitment with target rows"
                )
                for item in items[:found]:
                    self.out.outside_words += (
                        len(item.words) if isinstance(item, TextLine) else sum(len(c.words) for c in item.cells)
                    )
                self.started, start = True, found
        for item in join_sub_rows(items[start:], self.g):
            if isinstance(item, TextLine):
                self._line(item)
            else:
                self._group(item)
        self._flush()
        if self.resolve is not None:
            for c in self.out.commitments:
                for b in c.blocks:
                    if b.implementer is not None:
                        b.implementer_match = self.resolve(b.implementer)
        return self.out
