"""Reading the front matter's tables: implementers per commitment, the score scale, target tables."""

from __future__ import annotations

import regex

from ..layout.model import Word
from ..models.summary import CommitmentImplementers, Figure, PercentLine, Phrase, ScaleStep, TargetTable
from ..tables import Cell, Fragment, TextLine
from .names import registry_spelling, segment
from .stream import line_pieces

_INT = regex.compile(r"^\s*(\d+)\s*$")


class TableReading:
    """The front matter's tables: implementers, the score scale, targets and percent lines (a part of `FrontMatterReader`)."""

    def _implementers(self, fragment: Fragment, rows: list[list[tuple[str, list[Word]]]], fresh: bool) -> None:
        right = self._column_right(fragment)
        spaces = self._column_space(fragment)
        entries = self.summary.commitment_implementers
        for group, row in zip(fragment.groups[len(fragment.groups) - len(rows) :], rows):
            if len(group.cells) < 3:
                continue
            (number, number_words) = row[0]
            cell = group.cells[-1]
            column_right = right.get(len(group.cells) - 1)
            continued = not _INT.match(number) and bool(entries) and not fresh
            previous = self._last_implementer_line if continued else None
            names, joins_previous = self._paragraphs(cell, column_right, previous, spaces.get(len(group.cells) - 1))
            if cell.lines:
                self._last_implementer_line = cell.lines[-1]
            if continued:
                self._continue_implementers(entries[-1], group.cells[1], names, joins_previous)
                continue
            if not _INT.match(number):
                continue
            self._title_lines = list(group.cells[1].lines)
            entries.append(
                CommitmentImplementers(
                    number=Figure(value=int(number), raw=number, pieces=line_pieces(number_words)),
                    title=self._implementers_title(group.cells[1].x1),
                    implementers=names,
                )
            )

    def _implementers_title(self, right: float) -> Phrase:
        """The commitment cell's text so far, its "Komitmen N:" label left out of the title."""
        commitment, words = self._joined(self._title_lines, right)
        prefix = self.fm.implementers_prefix.search(commitment)
        title = commitment[prefix.end() :].strip() if prefix else commitment
        title_words = words[len(prefix.group(0).split()) :] if prefix else words
        return self.phrase(title, title_words, raw=commitment)

    def _continue_implementers(
        self,
        entry: CommitmentImplementers,
        commitment: Cell,
        names: list[Phrase],
        joins_previous: bool,
    ) -> None:
        """A row broken over a page: its cells' text goes on on the next page.

        The title is joined again from all its lines, so that a word the engine
        broke at the page end is read whole.
        """
        if commitment.lines:
            self._title_lines.extend(commitment.lines)
            entry.title = self._implementers_title(commitment.x1)
        if names and entry.implementers and joins_previous:
            last, first = entry.implementers[-1], names.pop(0)
            glue = "" if regex.search(r"[\p{L}\p{N}][-/]$", last.value) else " "
            entry.implementers[-1] = Phrase(
                value=f"{last.value}{glue}{first.value}",
                raw=f"{last.raw}{glue}{first.raw}",
                pieces=last.pieces + first.pieces,
            )
        entry.implementers.extend(names)

    def _column_right(self, fragment: Fragment) -> dict[int, float]:
        """The right edge text reaches in each column: where the engine wrapped lines."""
        right: dict[int, float] = {}
        for group in fragment.groups:
            for position, cell in enumerate(group.cells):
                for line in cell.lines:
                    right[position] = max(right.get(position, 0.0), line.box.x1)
        return right

    @staticmethod
    def _column_space(fragment: Fragment) -> dict[int, float]:
        """The narrowest gap between two words of a line in each column: the space as the font prints it.

        Fonts set a space from a fifth to a third of an em (DejaVu Sans: 0.32); a
        justified line only widens it, and its paragraph's last line shows it again.
        """
        space: dict[int, float] = {}
        for group in fragment.groups:
            for position, cell in enumerate(group.cells):
                for line in cell.lines:
                    for left, right in zip(line.words, line.words[1:]):
                        gap = right.box.x0 - left.box.x1
                        if gap > 0:
                            space[position] = min(space.get(position, gap), gap)
        return space

    def _paragraphs(
        self, cell: Cell, right: float | None, previous: TextLine | None = None, space: float | None = None
    ) -> tuple[list[Phrase], bool]:
        """The cell's lines grouped into the names the author typed, one per paragraph.

        A line ended by the author is told from one wrapped by the engine where the
        next line's first word would have fitted on it. Where it would not have, both
        readings are possible, and the grouping under which most names are known
        spellings of the registry wins (`segment`). The flag tells whether the first
        line continues `previous`, the last line of the same cell on the page before.
        """
        lines = [ln for ln in cell.lines if ln.words]
        units: list[list[TextLine]] = [[previous]] if previous is not None else []
        units += [[ln] for ln in lines]
        forced = [
            right is not None and self._new_paragraph(units[i][-1], units[i + 1][0], right, space)
            for i in range(len(units) - 1)
        ]
        texts = [self._joined(unit, cell.x1)[0] for unit in units]
        groups = segment(texts, forced, lambda group: self._name([ln for i in group for ln in units[i]], cell.x1))
        joins_previous = previous is not None and len(groups[0]) > 1
        out = []
        for group in groups:
            chosen = [ln for i in group for ln in units[i] if not (previous is not None and i == 0)]
            if not chosen:
                continue
            out.append(self.phrase(self._name(chosen, cell.x1), self._joined(chosen, cell.x1)[1]))
        return out, joins_previous

    def _name(self, lines: list[TextLine], right: float) -> str:
        """A name printed on these lines: joined (an engine's line-end hyphen dropped), spaced as the registry spells it."""
        chunks: list[list[TextLine]] = [[]]
        for line in lines:
            if chunks[-1] and _ends_with_mark(chunks[-1][-1]):
                chunks.append([])
            chunks[-1].append(line)
        marked = " ".join(self._joined(chunk, right)[0] for chunk in chunks) if len(chunks) > 1 else None
        return registry_spelling(self._joined(lines, right)[0], [ln.text for ln in lines], marked)

    def _joined(self, lines: list[TextLine], right: float) -> tuple[str, list[Word]]:
        joined = self._join(lines, right)
        return " ".join(joined.text.split()), joined.words

    @staticmethod
    def _new_paragraph(previous: TextLine, line: TextLine, right: float, space: float | None = None) -> bool:
        """Whether `line` starts a paragraph of its own: its first word, after a space (`space` as
        measured in the column, else a quarter em), would have fitted at the end of `previous`."""
        first = line.words[0]
        space = first.size * 0.25 if space is None else space
        return previous.box.x1 + space + first.box.width <= right + 0.5

    # -- the scales --

    def _score_scale(self, rows: list[list[tuple[str, list[Word]]]]) -> None:
        for row in rows:
            if len(row) < 2 or not row[0][0]:
                continue
            (score, score_words), (meaning, meaning_words) = row[0], row[-1]
            grade = self.fm.footnote_mark.sub("", meaning)
            self.summary.score_scale.append(
                ScaleStep(range=self.phrase(score, score_words), grade=self.phrase(grade, meaning_words, raw=meaning))
            )

    # -- tables 8 and 9 --

    def _target_table(self, name: str, fragment: Fragment, rows: list[list[tuple[str, list[Word]]]]) -> TargetTable:
        columns: list[str | None] = [None]
        acc_key = " ".join(self.rules.accumulated_column.casefold().split())
        for text, _ in rows[0][1:]:
            folded = " ".join(text.casefold().split())
            period = next((p for p in self.rules.periods if folded == p.casefold()), None)
            columns.append(period or (self.rules.accumulated_column if folded.startswith(acc_key) else None))
        table = TargetTable(table=Phrase(value=name, raw=name))
        for row in rows[1:]:
            label = row[0][0]
            cells: dict[str, Figure] = {}
            for column, (text, words) in zip(columns[1:], row[1:]):
                found = _INT.match(text)
                if column and found:
                    cells[column] = Figure(value=int(found.group(1)), raw=text, pieces=line_pieces(words))
            if not label or not cells:
                continue
            if self.fm.total_row.search(label):
                table.total = cells
            else:
                table.rows[label] = cells
        return table

    def _percent_lines(self, tables_at: list[tuple[int, TargetTable]]) -> None:
        for found in self.fm.percent_line.finditer(self.joined.text):
            before = [table for offset, table in tables_at if offset <= found.start()]
            if not before:
                continue
            grade_words = self._span(found.start("grade"), found.end("grade"))
            grade = self.rules.normalise_grade(found.group("grade")) or found.group("grade")
            before[-1].published_percent.append(
                PercentLine(
                    grade=self.phrase(grade, grade_words, raw=found.group("grade")),
                    percent=self.figure(found, "percent"),
                    count=self.figure(found, "count"),
                )
            )


def _ends_with_mark(line: TextLine) -> bool:
    """Whether a line ends with a mark that is no hyphen ("(PPN) /"): the name may go on after a space."""
    last = line.text.rstrip()[-1:]
    return bool(last) and not last.isalnum() and last != "-"
