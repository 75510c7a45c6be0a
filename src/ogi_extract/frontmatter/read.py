"""Reading the front matter of a laid-out report into a `Summary` with provenance.

The front matter mixes prose ("melibatkan 21 Kementerian/Lembaga ..."), captioned
tables and pie charts. Every place is found by a pattern of the grammar's
`[audit.frontmatter]` table; this module knows only the shapes: a stream of text
lines and bordered tables in reading order, up to the start of the detail.
Every figure keeps the words it was read from, so a finding can show the spot.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import regex

from ..layout.model import Document, Word
from ..models.summary import Figure, Phrase, Summary, TargetTable
from ..tables import Cell, JoinedText, PageContent, TextLine, join_lines
from ..tables.lexicon import build_lexicon
from ..grammar import Grammar, grammar_of
from ..grammar.auditrules import AuditRules, FrontMatterPatterns
from .grades import GradeReading
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
    ) -> None:
        self.rules = rules
        self.fm = fm
        self.stream = page_stream(document, fm, contents)
        # The text block's right edge: a word is broken across lines only when it
        # could not have fitted on the line above, whatever the line's own width.
        right = max((ln.box.x1 for ln in self.stream.lines), default=None)
        # The front matter's own vocabulary: it tells a hyphen or a break the
        # engine added at a line end from the author's (`tables.lexicon`).
        self.lexicon = build_lexicon(all_lines(self.stream))
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
    return FrontMatterReader(document, g.audit_rules, g.frontmatter, contents).read()
