"""Reading the front matter of a laid-out report into a `Summary` with provenance.

The front matter mixes prose ("melibatkan 21 Kementerian/Lembaga ..."), captioned
tables and pie charts. Every place is found by a pattern of the grammar's
`[audit.frontmatter]` table; this module knows only the shapes: a stream of text
lines and bordered tables in reading order, up to the start of the detail.
Every figure keeps the words it was read from, so a finding can show the spot.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from ..layout.model import Box, Document, Fill, Page, Word
from ..models.records import Piece
from ..models.summary import (
    CommitmentImplementers,
    Figure,
    GradeDistribution,
    PercentLine,
    Phrase,
    ScaleStep,
    Summary,
    TargetTable,
)
from ..tables import Cell, Fragment, JoinedText, PageContent, TextLine, join_lines, split_page
from ..tables.lexicon import build_lexicon
from ..grammar import Grammar
from ..grammar.auditrules import FrontMatterPatterns
from ..grammar.fold import fold_label
from ..grammar import grammar_of
from ..grammar.auditrules import AuditRules

_INT = regex.compile(r"^\s*(\d+)\s*$")


# -- the stream of lines and tables ----------------------------------------


@dataclass
class _Stream:
    """Loose lines and table fragments in reading order, with the joined text of the lines."""

    items: list[TextLine | Fragment] = field(default_factory=list)
    lines: list[TextLine] = field(default_factory=list)
    page_of: dict[int, int] = field(default_factory=dict)  # id(word) -> page
    pages: dict[int, Page] = field(default_factory=dict)

    def note_words(self, words: Iterable[Word], page: int) -> None:
        for w in words:
            self.page_of[id(w)] = page


def _stream(
    document: Document, fm: FrontMatterPatterns, contents: Sequence[PageContent] | None = None
) -> _Stream:
    stream = _Stream()
    for i, page in enumerate(document.pages):
        stream.pages[page.number] = page
        content = contents[i] if contents is not None else split_page(page, set())
        for item in content.items():
            if isinstance(item, TextLine):
                text = item.text.strip()
                if fm.detail_start.search(text):
                    return stream
                if any(p.search(text) for p in fm.furniture):
                    continue
                stream.lines.append(item)
                stream.note_words(item.words, item.page)
            else:
                for group in item.groups:
                    for cell in group.cells:
                        for piece in cell.pieces:
                            for line in piece.lines:
                                stream.note_words(line.words, piece.page)
            stream.items.append(item)
    return stream


def _all_lines(stream: _Stream) -> list[TextLine]:
    """The loose lines and the table cells' lines of the front matter."""
    lines = list(stream.lines)
    for item in stream.items:
        if isinstance(item, Fragment):
            lines.extend(ln for group in item.groups for cell in group.cells for ln in cell.lines)
    return lines


def _pieces(words: Sequence[Word], page_of: dict[int, int]) -> list[Piece]:
    """One piece per printed line the words sit on."""
    pieces: list[Piece] = []
    current: tuple[int, Box] | None = None
    for w in words:
        page = page_of.get(id(w), 0)
        if current and current[0] == page and abs(current[1].top - w.box.top) < w.box.height / 2:
            current = (page, current[1].union(w.box))
            continue
        if current:
            pieces.append(Piece(page=current[0], box=current[1].rounded()))
        current = (page, w.box)
    if current:
        pieces.append(Piece(page=current[0], box=current[1].rounded()))
    return pieces


# -- reading ---------------------------------------------------------------


class _Reader:
    def __init__(
        self,
        document: Document,
        rules: AuditRules,
        fm: FrontMatterPatterns,
        contents: Sequence[PageContent] | None = None,
    ) -> None:
        self.rules = rules
        self.fm = fm
        self.stream = _stream(document, fm, contents)
        # The text block's right edge: a word is broken across lines only when it
        # could not have fitted on the line above, whatever the line's own width.
        right = max((ln.box.x1 for ln in self.stream.lines), default=None)
        # The front matter's own vocabulary: it tells a hyphen or a break the
        # engine added at a line end from the author's (`tables.lexicon`).
        self.lexicon = build_lexicon(_all_lines(self.stream))
        self.joined = self._join(self.stream.lines, right)
        self.line_start = self._line_starts()
        self.summary = Summary()
        self._list_key = ""
        self._last_implementer_line: TextLine | None = None
        self._last_implementer_right: float | None = None

    def _line_starts(self) -> dict[int, int]:
        """id(line) -> offset of its first word in the joined text."""
        offset_of = {id(w): s for w, s in zip(self.joined.words, self.joined.starts)}
        return {id(ln): offset_of.get(id(ln.words[0]), 0) for ln in self.stream.lines if ln.words}

    def _span(self, start: int, end: int) -> list[Word]:
        return [w for w, s in zip(self.joined.words, self.joined.starts) if s < end and s + len(w.text) > start]

    def figure(self, match: regex.Match[str], group: str) -> Figure:
        words = self._span(match.start(group), match.end(group))
        return Figure(value=int(match.group(group)), raw=match.group(0), pieces=_pieces(words, self.stream.page_of))

    def phrase(self, text: str, words: Sequence[Word], raw: str | None = None) -> Phrase:
        return Phrase(value=text, raw=raw if raw is not None else text, pieces=_pieces(words, self.stream.page_of))

    def _join(self, lines: list[TextLine], right: float | None) -> JoinedText:
        return join_lines(lines, right=right, bullets=self.fm.bullets, bullet=self.fm.bullet, lexicon=self.lexicon)

    def cell_text(self, cell: Cell) -> tuple[str, list[Word]]:
        joined = self._join(cell.lines, cell.x1)
        return " ".join(joined.text.split()), joined.words

    # -- prose --

    def read_stated(self) -> None:
        for key, pattern in self.fm.stated.items():
            found = pattern.search(self.joined.text)
            if found:
                self.summary.stated_counts[key] = self.figure(found, "value")

    # -- the walk over lines and tables --

    def read(self) -> Summary:
        self.read_stated()
        dist_at: list[tuple[int, str]] = []  # (offset, "admin"/"cocreation") of each figure
        tables_at: list[tuple[int, TargetTable]] = []
        legends: dict[str, list[str]] = {}
        current: str | None = None
        caption: str | None = None
        caption_name: str | None = None
        kind: str | None = None
        expect_figure_kind = False
        scale_intro = False
        handler: str | None = None
        offset = 0
        intro_ends = [m.end() for m in self.fm.cocreation_scale_intro.finditer(self.joined.text)]
        for index, item in enumerate(self.stream.items):
            if isinstance(item, TextLine):
                text = " ".join(item.text.split())
                offset = self.line_start.get(id(item), offset)
                if expect_figure_kind:
                    expect_figure_kind = False
                    if self.fm.admin_figure.search(text):
                        current = "admin"
                    elif self.fm.cocreation_figure.search(text):
                        current = "cocreation"
                    if current:
                        dist_at.append((offset, current))
                if self.fm.figure.search(text):
                    expect_figure_kind = True
                    continue
                entries = self._legend_entries(item) if current and current not in legends else None
                if current and entries:
                    legends[current] = entries
                found = self.fm.caption.search(text)
                if found:
                    caption, caption_name, handler = text, found.group("name"), None
                    continue
                if caption is not None and handler is None:
                    caption = f"{caption} {text}"  # a caption's title goes on below its number
                end = offset + len(text)
                if any(offset < stop <= end + 1 for stop in intro_ends):
                    scale_intro = True
                for name, pattern in self.fm.table_kinds.items():
                    if pattern.search(text):
                        kind = name
                continue
            rows = [[self.cell_text(cell) for cell in group.cells] for group in item.groups]
            if not rows:
                continue
            header = " ".join(text for text, _ in rows[0] if text)
            if self.fm.grade_list_header.search(header):
                handler = "list"
                self._grade_list(current, caption, legends, item, rows[1:], fresh=True)
            elif self.fm.implementers_header.search(header):
                handler = "implementers"
                self._implementers(item, rows[1:], fresh=True)
            elif self.fm.score_scale_header.search(header):
                handler = "scale"
                self._score_scale(rows[1:])
            elif self.fm.target_table_header.search(header) and kind:
                handler = None
                table = self._target_table(caption_name or "", item, rows)
                self.summary.target_admin_tables[kind] = table
                tables_at.append((self._offset_after(index), table))
            elif scale_intro:
                scale_intro = False
                self.summary.cocreation_scale = [
                    self.phrase(text, words) for row in rows for text, words in row[-1:] if text
                ]
            elif handler == "list":
                self._grade_list(current, caption, legends, item, rows, fresh=False)
            elif handler == "implementers":
                self._implementers(item, rows, fresh=False)
            elif handler == "scale":
                self._score_scale(rows)
            caption = None if handler is None else caption
        if not self.summary.cocreation_scale and intro_ends:
            self.summary.cocreation_scale = self._marked_items(intro_ends[0])
        self._grade_sentences(dist_at, legends)
        self._percent_lines(tables_at)
        return self.summary

    def _offset_after(self, index: int) -> int:
        for item in self.stream.items[index + 1 :]:
            if isinstance(item, TextLine) and id(item) in self.line_start:
                return self.line_start[id(item)]
        return len(self.joined.text)

    def _legend_entries(self, line: TextLine, longest: int = 4) -> list[str] | None:
        """The grades a legend line lists, as printed, or None when the line is not a legend.

        A grade may be several words ("Semi Aktif", "Tidak Ada"): the line is read
        left to right, each time taking the longest run of words that is a grade.
        """
        words = [w.text for w in line.words]
        entries: list[str] = []
        i = 0
        while i < len(words):
            for n in range(min(longest, len(words) - i), 0, -1):
                text = " ".join(words[i : i + n])
                if self.rules.normalise_grade(text):
                    entries.append(text)
                    i += n
                    break
            else:
                return None
        return entries or None

    # -- a list marked by swatches or bullets (the co-creation scale) --

    def _marker(self, line: TextLine) -> Fill | str | None:
        """What marks a line as a list item: a filled swatch just left of it, or a bullet."""
        page = self.stream.pages.get(line.page)
        for fill in page.fills if page else []:
            beside = line.box.x0 - 40 <= fill.box.x1 <= line.box.x0 + 1
            if beside and fill.box.top <= line.box.cy <= fill.box.bottom:
                return fill
        if line.words and line.words[0].text in self.fm.bullets:
            return self.fm.bullet
        return None

    def _marked_items(self, after: int) -> list[Phrase]:
        """The marked items that follow the text offset `after`, one phrase per item."""
        items: list[list[TextLine]] = []
        marks: list[Fill | str] = []
        for item in self.stream.items:
            if not isinstance(item, TextLine) or self.line_start.get(id(item), -1) < after:
                if items:
                    break
                continue
            mark = self._marker(item)
            if isinstance(mark, Fill) and marks and mark is marks[-1]:
                items[-1].append(item)
            elif mark is not None:
                items.append([item])
                marks.append(mark)
            elif items and abs(item.box.x0 - items[-1][-1].box.x0) < 2:
                items[-1].append(item)
            else:
                break
        out = []
        for lines in items:
            text, words = self._joined(lines, max(ln.box.x1 for ln in lines))
            text = text.removeprefix(self.fm.bullet).strip()
            out.append(self.phrase(text, [w for w in words if w.text not in self.fm.bullets]))
        return out

    # -- figures 1-2 and their lists --

    def _distribution(self, name: str | None) -> GradeDistribution | None:
        if name == "admin":
            return self.summary.commitment_admin
        if name == "cocreation":
            return self.summary.commitment_cocreation
        return None

    def _key(self, grade: str, legend: list[str]) -> str:
        """The grade as the figure's legend prints it, the key the summary uses."""
        canonical = self.rules.normalise_grade(grade)
        for key in legend:
            if canonical is not None and self.rules.normalise_grade(key) == canonical:
                return key
        return canonical or grade

    def _caption_grade(self, caption: str, legend: list[str]) -> str | None:
        """The grade a list's caption names: where the grammar's `list_caption` says (its `grade`
        group, any number of words), else at its end, the longest legend entry winning
        ("Semi Aktif" over "Aktif"). None when the caption names no grade: no list is opened."""
        named = self.fm.list_caption.search(caption) if self.fm.list_caption is not None else None
        if named is not None:
            grade = " ".join(named.group("grade").split())
            return self._key(grade, legend) if self.rules.normalise_grade(grade) else None
        folded = fold_label(caption)
        best: str | None = None
        best_length = 0
        for key in legend:
            tail = fold_label(key)
            if tail and folded.endswith(tail) and len(tail) > best_length:
                best, best_length = key, len(tail)
        if best is None:
            last = caption.split()[-1] if caption.split() else ""
            if self.rules.normalise_grade(last):
                return self._key(last, legend)
        return best

    def _grade_list(
        self,
        current: str | None,
        caption: str | None,
        legends: dict[str, list[str]],
        fragment: Fragment,
        rows: list[list[tuple[str, list[Word]]]],
        fresh: bool,
    ) -> None:
        dist = self._distribution(current)
        if dist is None or current is None:
            return
        if fresh:
            grade = self._caption_grade(caption or "", legends.get(current, []))
            if grade is None:
                return
            dist.lists[grade] = []
            self._list_key = grade
        items = dist.lists.setdefault(self._list_key, [])
        for row in rows:
            if len(row) < 2:
                continue
            (number, _), (title, words) = row[0], row[-1]
            if not title:
                continue
            if not number and items:  # the rest of a title broken over a page
                last = items[-1]
                items[-1] = self.phrase(f"{last.value} {title}", [], raw=f"{last.raw} {title}")
                items[-1].pieces.extend(last.pieces + _pieces(words, self.stream.page_of))
                continue
            items.append(self.phrase(title, words))

    def _grade_sentences(self, dist_at: list[tuple[int, str]], legends: dict[str, list[str]]) -> None:
        for found in self.fm.grade_sentence.finditer(self.joined.text):
            before = [name for offset, name in dist_at if offset <= found.start()]
            dist = self._distribution(before[-1] if before else None)
            if dist is None:
                continue
            key = self._key(found.group("grade"), legends.get(before[-1], []))
            dist.published_percent[key] = self.figure(found, "percent")
            dist.published_count[key] = self.figure(found, "count")

    # -- table 7 --

    def _implementers(self, fragment: Fragment, rows: list[list[tuple[str, list[Word]]]], fresh: bool) -> None:
        right = self._column_right(fragment)
        entries = self.summary.commitment_implementers
        for group, row in zip(fragment.groups[len(fragment.groups) - len(rows) :], rows):
            if len(group.cells) < 3:
                continue
            (number, number_words), (commitment, commitment_words) = row[0], row[1]
            cell = group.cells[-1]
            column_right = right.get(len(group.cells) - 1)
            continued = not _INT.match(number) and bool(entries) and not fresh
            previous = self._last_implementer_line if continued else None
            names, joins_previous = self._paragraphs(cell, column_right, previous)
            if cell.lines:
                self._last_implementer_line = cell.lines[-1]
            if continued:
                self._continue_implementers(entries[-1], commitment, commitment_words, names, joins_previous)
                continue
            if not _INT.match(number):
                continue
            prefix = self.fm.implementers_prefix.search(commitment)
            title = commitment[prefix.end() :].strip() if prefix else commitment
            title_words = commitment_words[len(prefix.group(0).split()) :] if prefix else commitment_words
            entries.append(
                CommitmentImplementers(
                    number=Figure(value=int(number), raw=number, pieces=_pieces(number_words, self.stream.page_of)),
                    title=self.phrase(title, title_words, raw=commitment),
                    implementers=names,
                )
            )

    def _continue_implementers(
        self,
        entry: CommitmentImplementers,
        commitment: str,
        words: list[Word],
        names: list[Phrase],
        joins_previous: bool,
    ) -> None:
        """A row broken over a page: its cells' text goes on on the next page."""
        if commitment:
            entry.title = Phrase(
                value=" ".join(filter(None, (entry.title.value, commitment))),
                raw=" ".join(filter(None, (entry.title.raw, commitment))),
                pieces=entry.title.pieces + _pieces(words, self.stream.page_of),
            )
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

    def _paragraphs(
        self, cell: Cell, right: float | None, previous: TextLine | None = None
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
            right is not None and self._new_paragraph(units[i][-1], units[i + 1][0], right)
            for i in range(len(units) - 1)
        ]
        texts = [self._joined(unit, cell.x1)[0] for unit in units]
        groups = segment(texts, forced)
        joins_previous = previous is not None and len(groups[0]) > 1
        out = []
        for group in groups:
            chosen = [ln for i in group for ln in units[i] if not (previous is not None and i == 0)]
            if not chosen:
                continue
            text, words = self._joined(chosen, cell.x1)
            out.append(self.phrase(text, words))
        return out, joins_previous

    def _joined(self, lines: list[TextLine], right: float) -> tuple[str, list[Word]]:
        joined = self._join(lines, right)
        return " ".join(joined.text.split()), joined.words

    @staticmethod
    def _new_paragraph(previous: TextLine, line: TextLine, right: float) -> bool:
        first = line.words[0]
        space = first.size * 0.25
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
                    cells[column] = Figure(value=int(found.group(1)), raw=text, pieces=_pieces(words, self.stream.page_of))
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


@lru_cache(maxsize=4096)
def _name_quality(text: str) -> tuple[int, int]:
    """(1 if a registry spelling, 1 if a registry entry at all) for a candidate name."""
    try:
        from ..match import resolve
    except ImportError:
        return (0, 0)
    found = resolve(text)
    if found.status != "matched":
        return (0, 0)
    return (1 if found.method in _LITERAL_METHODS else 0, 1)


_LITERAL_METHODS = frozenset({"exact", "alias"})


def segment(texts: Sequence[str], forced: Sequence[bool]) -> list[list[int]]:
    """Group consecutive lines into names: a forced break always splits, an open one
    splits or joins, whichever grouping has the most registry spellings, then the
    fewest names the registry does not know, then the fewest names."""
    open_breaks = [i for i, f in enumerate(forced) if not f]
    best: tuple[tuple[int, int, int], list[list[int]]] | None = None
    for mask in range(1 << min(len(open_breaks), 12)):
        cuts = {i for i, f in enumerate(forced) if f}
        cuts |= {b for k, b in enumerate(open_breaks[:12]) if mask >> k & 1}
        groups: list[list[int]] = [[0]] if texts else []
        for i in range(1, len(texts)):
            if i - 1 in cuts:
                groups.append([i])
            else:
                groups[-1].append(i)
        literal = unknown = 0
        for group in groups:
            a, b = _name_quality(" ".join(texts[i] for i in group))
            literal, unknown = literal + a, unknown + (1 - b)
        score = (literal, -unknown, -len(groups))
        if best is None or score > best[0]:
            best = (score, groups)
    return best[1] if best else []


def read_summary(
    document: Document,
    grammar: str | dict[str, Any] | Grammar | None = None,
    contents: Sequence[PageContent] | None = None,
) -> Summary:
    """The front matter's figures, each with the words it was read from.

    `contents` are the pages already split into tables and lines (one per page
    of `document`, furniture removed), when the caller has them.
    """
    g = grammar_of(grammar)
    return _Reader(document, g.audit_rules, g.frontmatter, contents).read()
