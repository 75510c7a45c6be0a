"""Reading the front matter of a laid-out report into a `Summary` with provenance.

The front matter mixes prose ("melibatkan 21 Kementerian/Lembaga ..."), captioned
tables and pie charts. Every place is found by a pattern of the grammar's
`[audit.frontmatter]` table; this module knows only the shapes: a stream of text
lines and bordered tables in reading order, up to the start of the detail.
Every figure keeps the words it was read from, so a finding can show the spot.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

import regex

from ..layout.model import Document, Word
from ..models.summary import Figure, Phrase, Summary, TargetTable
from ..tables import Cell, Fragment, JoinedText, PageContent, TextLine, join_lines
from ..tables.language import words_for
from ..tables.lexicon import Lexicon
from ..tables.vocabulary import build_lexicon
from ..grammar import Grammar, grammar_of
from ..grammar.auditrules import AuditRules, FrontMatterPatterns
from .complete import reading_gap, table_gap
from .grades import GradeReading
from .names import registry_words
from .runs import TableRun, attach_captions, join_runs, lift_captions, row_text
from .stream import all_lines, line_pieces, page_stream
from .tables import TableReading


# -- reading ---------------------------------------------------------------


class FrontMatterReader(GradeReading, TableReading):
    """Reads the figures of the front matter in one pass over its stream."""

    def __init__(
        self,
        document: Document,
        rules: AuditRules,
        fm: FrontMatterPatterns,
        contents: Sequence[PageContent] | None = None,
        language: frozenset[str] = frozenset(),
    ) -> None:
        self.rules = rules
        self.fm = fm
        self.stream = page_stream(document, fm, contents)
        self.stream.items = lift_captions(self.stream.items, fm.caption)
        # The text block's right edge: a word is broken across lines only when it
        # could not have fitted on the line above, whatever the line's own width.
        right = max((ln.box.x1 for ln in self.stream.lines), default=None)
        # The front matter's own vocabulary: it tells a hyphen or a break the
        # engine added at a line end from the author's (`tables.lexicon`).
        # With the registry's words: a name broken in table 7 is joined as the registry spells it.
        own = build_lexicon(all_lines(self.stream))
        self.lexicon = Lexicon(
            own | registry_words(), own.engine_hyphens, own.pieces, own.glues, language=language, hosts=own.hosts,
            longest_run=own.longest_run,
        )
        self.joined = self._join(self.stream.lines, right)
        self.line_start = self._line_starts()
        self._longest: int | None = None  # the longest word's length, once a figure is looked up
        self.summary = Summary()
        self._list_key: str | None = None
        self._list_of: str | None = None  # the distribution the last grade list belongs to
        self._last_implementer_line: TextLine | None = None
        self._title_lines: list[TextLine] = []  # the lines of the implementers table's last title
        self._item_lines: list[TextLine] = []  # the lines of the last grade list's last title
        self._last_implementer_right: float | None = None

    def _line_starts(self) -> dict[int, int]:
        """id(line) -> offset of its first word in the joined text."""
        offset_of = {id(w): s for w, s in zip(self.joined.words, self.joined.starts)}
        return {id(ln): offset_of.get(id(ln.words[0]), 0) for ln in self.stream.lines if ln.words}

    def _span(self, start: int, end: int) -> list[Word]:
        """The joined text's words overlapping [start, end), found by bisection: the starts only grow."""
        words, starts = self.joined.words, self.joined.starts
        if self._longest is None:
            self._longest = max((len(w.text) for w in words), default=0)
        # A word overlapping the span starts before its end, and less than the longest word before its start.
        lo, hi = bisect_right(starts, start - self._longest), bisect_left(starts, end)
        return [w for w, s in zip(words[lo:hi], starts[lo:hi]) if s + len(w.text) > start]

    def figure(self, match: regex.Match[str], group: str) -> Figure:
        words = self._span(match.start(group), match.end(group))
        return Figure(value=int(match.group(group)), raw=match.group(0), pieces=line_pieces(words))

    def phrase(self, text: str, words: Sequence[Word], raw: str | None = None) -> Phrase:
        return Phrase(value=text, raw=raw if raw is not None else text, pieces=line_pieces(words))

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
        figures, legends = self._figures()
        current: str | None = None
        kind: str | None = None
        scale_intro = False
        handler: str | None = None
        offset = 0
        intro_ends = [m.end() for m in self.fm.cocreation_scale_intro.finditer(self.joined.text)]
        runs = join_runs(self.stream.items, self._is_header)
        attach_captions(self.stream.items, runs, self.fm.caption)
        run_at = {run.start: run for run in runs}
        caption_lines = {i for run in runs for i in run.caption_lines}
        for index, item in enumerate(self.stream.items):
            if isinstance(item, TextLine):
                text = " ".join(item.text.split())
                offset = self.line_start.get(id(item), offset)
                if index not in caption_lines:
                    handler = None  # prose between two fragments: the table before is over
                if index in figures:
                    current, at = figures[index]
                    dist_at.append((self.line_start.get(id(self.stream.items[at]), offset), current))
                    continue
                if index in caption_lines:
                    continue
                end = offset + len(text)
                if any(offset < stop <= end + 1 for stop in intro_ends):
                    scale_intro = True
                for name, pattern in self.fm.table_kinds.items():
                    if pattern.search(text):
                        kind = name
                continue
            run = run_at.get(index)
            if run is None:
                continue  # a later fragment of a table already read
            handler, scale_intro = self._read_run(run, handler, current, legends, kind, scale_intro, tables_at)
        if not self.summary.cocreation_scale and intro_ends:
            self.summary.cocreation_scale = self._marked_items(intro_ends[0])
        self._grade_sentences(dist_at, legends)
        self._percent_lines(tables_at)
        return self.summary

    def _is_header(self, text: str) -> bool:
        """Whether a row's words are the header of a table the front matter prints."""
        patterns = (self.fm.grade_list_header, self.fm.implementers_header, self.fm.score_scale_header,
                    self.fm.target_table_header)
        return any(p.search(text) for p in patterns)

    def _read_run(
        self,
        run: TableRun,
        handler: str | None,
        current: str | None,
        legends: dict[str, list[str]],
        kind: str | None,
        scale_intro: bool,
        tables_at: list[tuple[int, TargetTable]],
    ) -> tuple[str | None, bool]:
        """One printed table, all its fragments: what its header says it holds, read as that.

        Returns what a headerless table printed right after it continues (the
        handler) and whether the co-creation scale is still awaited.
        """
        first, *rest = run.fragments
        rows = [[self.cell_text(cell) for cell in group.cells] for group in first.groups]
        if not rows:
            return handler, scale_intro
        if run.header_split:  # the header row's rest opens the next fragment: one row, its cells joined
            rows[0] = _joined_row(rows[0], [self.cell_text(cell) for cell in rest[0].groups[0].cells])
        later = [
            (fragment, self._continued_rows(fragment, run.header, rest_of_header=run.header_split and i == 0))
            for i, fragment in enumerate(rest)
        ]
        header = " ".join(text for text, _ in rows[0] if text)
        caption = run.caption
        body = rows[1:] + [row for _, more in later for row in more]
        if self.fm.grade_list_header.search(header):
            self._grade_list(current, caption, legends, first, rows[1:], fresh=True)
            for fragment, more in later:
                self._grade_list(current, caption, legends, fragment, more, fresh=False)
            dist = self._distribution(self._list_of)
            gap = reading_gap(run, self.stream.items, _numbers(body))
            if self._list_key is None:
                gap = table_gap(run, "no-grade")
            if dist is not None and gap and dist.complete:
                dist.complete, dist.incomplete_gap, dist.incomplete_reason = False, gap, gap.words()
            return "list", scale_intro
        if self.fm.implementers_header.search(header):
            self._implementers(first, rows[1:], fresh=True)
            for fragment, more in later:
                self._implementers(fragment, more, fresh=False)
            gap = reading_gap(run, self.stream.items, _numbers(body))
            if gap and self.summary.implementers_complete:
                self.summary.implementers_complete, self.summary.implementers_incomplete_gap = False, gap
                self.summary.implementers_incomplete_reason = gap.words()
            return "implementers", scale_intro
        if self.fm.score_scale_header.search(header):
            self._score_scale(rows[1:] + [row for _, more in later for row in more])
            return "scale", scale_intro
        if self.fm.target_table_header.search(header) and kind:
            all_rows = rows + [row for _, more in later for row in more]
            table = self._target_table(run.caption_name or "", first, all_rows)
            gap = reading_gap(run, self.stream.items, None)
            if gap is None and not table.total:
                gap = table_gap(run, "no-total")
            table.complete, table.incomplete_gap = gap is None, gap
            table.incomplete_reason = gap.words() if gap else None
            self.summary.target_admin_tables[kind] = table
            tables_at.append((self._offset_after(run.end), table))
            return None, scale_intro
        all_rows = rows + [row for _, more in later for row in more]
        if scale_intro:
            self.summary.cocreation_scale = [
                self.phrase(text, words) for row in all_rows for text, words in row[-1:] if text
            ]
            return None, False
        if handler is None:
            self._list_unread(run, current, legends)
        # a headerless table right after a table of the same kind, its columns changed: read on as that
        parts = [(first, rows), *later]
        for fragment, part in parts:
            if handler == "list":
                self._grade_list(current, caption, legends, fragment, part, fresh=False)
            elif handler == "implementers":
                self._implementers(fragment, part, fresh=False)
            elif handler == "scale":
                self._score_scale(part)
        return handler, scale_intro

    def _list_unread(self, run: TableRun, current: str | None, legends: dict[str, list[str]]) -> None:
        """A table of its own whose caption names a grade of the figure above, its header no list's:
        that grade's list was not read, and the figure says so rather than lose it unseen."""
        dist = self._distribution(current)
        if dist is None or current is None or not run.caption or not dist.complete:
            return
        grade = self._caption_grade(run.caption, legends.get(current, []))
        if grade is not None and grade not in dist.lists:
            gap = table_gap(run, "no-header")
            dist.complete, dist.incomplete_gap, dist.incomplete_reason = False, gap, gap.words()

    def _continued_rows(
        self, fragment: Fragment, header: str, rest_of_header: bool = False
    ) -> list[list[tuple[str, list[Word]]]]:
        """The rows of a table's later fragment, without its header printed again or the rest of a header cut in two."""
        groups = fragment.groups
        if groups and (rest_of_header or groups[0].repeated or row_text(fragment) == header):
            groups = groups[1:]
        return [[self.cell_text(cell) for cell in group.cells] for group in groups]

    def _offset_after(self, index: int) -> int:
        for item in self.stream.items[index + 1 :]:
            if isinstance(item, TextLine) and id(item) in self.line_start:
                return self.line_start[id(item)]
        return len(self.joined.text)


def _joined_row(
    upper: list[tuple[str, list[Word]]], lower: list[tuple[str, list[Word]]]
) -> list[tuple[str, list[Word]]]:
    """One row printed in two parts over a page break: each cell's text and words, upper part first."""
    return [(" ".join(f"{a} {b}".split()), [*wa, *wb]) for (a, wa), (b, wb) in zip(upper, lower)]


def _numbers(rows: list[list[tuple[str, list[Word]]]]) -> list[int]:
    """The row numbers printed in a table's first column, in order (a row's rest over a page has none)."""
    return [int(text) for row in rows for text, _ in row[:1] if text.strip().isdigit()]


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
    return FrontMatterReader(document, g.audit_rules, g.frontmatter, contents, words_for(g.language, g.enclitics, g.prefixes, g.suffixes)).read()
