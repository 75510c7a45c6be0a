"""The front matter of the replica: narrative from front_matter.txt, figures from the summary.

The narrative is text as printed (rebuilt from the original's text layer); every
number a parser of the summary reads — the pie charts, tables 1-9, the score
scale — is drawn from monev-2021.summary.json, so that the replica states exactly
the published figures, inconsistencies included.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt
from docx.table import Table, _Cell

from replica_chart import pie_chart_xml
from replica_docx import LiteralNumbering, add_chart, centre, set_cell_shading, set_cell_valign, set_table_grid
from replica_style import STYLE, write_item, write_text

_MARKERS = {"sym": "\uf0b7", "wing": "\uf0a7"}
_COCREATION_FILLS = ("70AD47", "FFC000", "FF0000", "A5A5A5")
_TABLE7_PREFIX = re.compile(r"^\s?(\d{1,2}) (Komitmen\s+\d+\s*:)\s*$")


@dataclass(frozen=True)
class Directive:
    name: str
    argument: str
    line: int


class ContentError(ValueError):
    """A line of the content file that names no known directive."""


def read_content(path: Path) -> list[Directive]:
    directives: list[Directive] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith(";"):
            continue
        if not line.startswith("@"):
            raise ContentError(f"{path.name}:{number}: not a directive: {line[:40]!r}")
        name, _, argument = line[1:].partition(" ")
        directives.append(Directive(name, argument.strip(), number))
    return directives


def table7_prefixes(text_layer: str) -> dict[int, str]:
    """The "Komitmen N:" labels of table 7 as printed ("Komitmen 5 :" and all), by number."""
    prefixes: dict[int, str] = {}
    for line in text_layer.split("\n"):
        if match := _TABLE7_PREFIX.match(line):
            prefixes.setdefault(int(match.group(1)), re.sub(r"\s+", " ", match.group(2)))
    return prefixes


class FrontMatter:
    """Writes the directives of the content file into a document."""

    def __init__(
        self, document: Document, numbering: LiteralNumbering, summary: dict[str, Any], prefixes: dict[int, str]
    ) -> None:
        self.document = document
        self.numbering = numbering
        self.summary = summary
        self.prefixes = prefixes
        self.cover_lines = 0
        self.header: list[str] = []
        self.handlers: dict[str, Callable[[str], None]] = {
            "cover": self.cover,
            "break": self.page_break,
            "chapter": self.chapter,
            "heading": self.heading,
            "caption": self.caption,
            "source": self.source,
            "p": self.paragraph,
            "pi": self.indented,
            "li": self.item,
            "note": self.note,
            "columns": self.columns,
            "figure": self.figure,
            "grades": self.grades,
            "implementers": self.implementers,
            "score_scale": self.score_scale,
            "cocreation_scale": self.cocreation_scale,
            "target_table": self.target_table,
        }

    def write(self, directives: Sequence[Directive]) -> None:
        for directive in directives:
            handler = self.handlers.get(directive.name)
            if handler is None:
                raise ContentError(f"line {directive.line}: unknown directive @{directive.name}")
            handler(directive.argument)

    # Text --------------------------------------------------------------------------

    def cover(self, text: str) -> None:
        """Title page: the first line is the report's title, set large; the others below it."""
        paragraph = centre(self.document.add_paragraph())
        first = self.cover_lines == 0
        self.cover_lines += 1
        paragraph.paragraph_format.space_before = Pt(200 if first else 40)
        write_text(paragraph, text, bold=True, size=22 if first else 14)

    def page_break(self, _: str) -> None:
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def chapter(self, text: str) -> None:
        paragraph = centre(self.document.add_paragraph())
        fmt = paragraph.paragraph_format
        fmt.space_before, fmt.space_after, fmt.keep_with_next = Pt(12), Pt(12), True
        write_text(paragraph, text, bold=True, size=12)

    def heading(self, text: str) -> None:
        paragraph = self.document.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.space_before, fmt.space_after, fmt.keep_with_next = Pt(6), Pt(3), True
        write_text(paragraph, text, bold=True)

    def caption(self, text: str) -> None:
        paragraph = centre(self.document.add_paragraph())
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.line_spacing = 1.0
        write_text(paragraph, text, bold=True)

    def source(self, text: str) -> None:
        paragraph = centre(self.document.add_paragraph())
        paragraph.paragraph_format.space_after = Pt(6)
        run = paragraph.add_run(text)
        run.italic, run.font.size = True, Pt(9)

    def paragraph(self, text: str) -> None:
        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.first_line_indent = Cm(1.27)
        paragraph.paragraph_format.space_after = Pt(6)
        write_text(paragraph, text)

    def indented(self, argument: str) -> None:
        level, _, text = argument.partition(" ")
        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.left_indent = Cm(STYLE.indent.cm * int(level))
        paragraph.paragraph_format.space_after = Pt(6)
        write_text(paragraph, text)

    def item(self, argument: str) -> None:
        level, marker, text = argument.split(" ", 2)
        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(3)
        write_item(paragraph, _MARKERS.get(marker, marker), text, int(level) + 1, self.numbering)

    def note(self, text: str) -> None:
        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(6)
        paragraph.paragraph_format.left_indent = STYLE.indent
        run = paragraph.add_run(text)
        run.font.size = Pt(8)

    # Figures and tables --------------------------------------------------------------

    def columns(self, argument: str) -> None:
        """Column headings of the next table, separated by "|"."""
        self.header = [part.strip() for part in argument.split("|")]

    def figure(self, argument: str) -> None:
        key, _, title = argument.partition(" ")
        percents: dict[str, int] = self.summary[f"commitment_{key}"]["published_percent"]
        chart = pie_chart_xml(list(percents), list(percents.values()), title or None)
        paragraph = centre(self.document.add_paragraph())
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.line_spacing = 1.0
        add_chart(self.document, paragraph, chart, f"Gambar {key}", (Cm(12), Cm(7.5)))

    def _table(self, rows: int, widths: Sequence[float]) -> Table:
        """A bordered table under the headings of the last @columns directive."""
        if len(self.header) != len(widths):
            raise ContentError(f"a table of {len(widths)} columns needs as many @columns headings")
        table = self.document.add_table(rows=rows + 1, cols=len(widths))
        table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_table_grid(table, [Cm(w) for w in widths])
        for cell, text in zip(table.rows[0].cells, self.header):
            set_cell_shading(cell, STYLE.head_fill)
            set_cell_valign(cell, True)
            self._cell_text(cell, text, bold=True, centred=True)
        self.header = []
        return table

    @staticmethod
    def _cell_text(cell: _Cell, text: str, bold: bool = False, centred: bool = False, first: bool = True) -> None:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        paragraph.paragraph_format.line_spacing = 1.15
        if centred:
            centre(paragraph)
        write_text(paragraph, text, bold=bold)

    def _after_table(self) -> None:
        self.document.add_paragraph().paragraph_format.space_after = Pt(6)

    def grades(self, argument: str) -> None:
        key, grade = argument.split(" ", 1)
        titles: list[str] = self.summary[f"commitment_{key}"]["lists"][grade]
        table = self._table(len(titles), (1.2, 12.5))
        for index, title in enumerate(titles, 1):
            number, text = table.rows[index].cells
            self._cell_text(number, str(index), centred=True)
            self._cell_text(text, title)
        self._after_table()

    def implementers(self, _: str) -> None:
        entries: list[dict[str, Any]] = self.summary["commitment_implementers"]
        table = self._table(len(entries), (1.2, 7.0, 6.8))
        for index, entry in enumerate(entries, 1):
            number, commitment, implementers = table.rows[index].cells
            self._cell_text(number, str(entry["number"]), centred=True)
            if entry["number"] not in self.prefixes:
                raise ContentError(f"table 7: no label for commitment {entry['number']} in the text layer")
            self._cell_text(commitment, self.prefixes[entry["number"]], bold=True)
            self._cell_text(commitment, entry["title"], first=False)
            for position, name in enumerate(entry["implementers"]):
                self._cell_text(implementers, name, first=position == 0)
        self._after_table()

    def score_scale(self, argument: str) -> None:
        """The grading scale; `argument` is "RANGE MARK": the footnote mark set on that range's grade."""
        noted, _, mark = argument.partition(" ")
        scale: list[dict[str, str]] = self.summary["score_scale"]
        table = self._table(len(scale), (3.5, 5.0))
        for index, step in enumerate(scale, 1):
            score, meaning = table.rows[index].cells
            self._cell_text(score, step["range"], centred=True)
            self._cell_text(meaning, step["grade"] + (mark if step["range"] == noted else ""))
        self._after_table()

    def cocreation_scale(self, _: str) -> None:
        steps: list[str] = self.summary["cocreation_scale"]
        table = self.document.add_table(rows=len(steps), cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_table_grid(table, [Cm(0.8), Cm(7.7)])
        for row, step, fill in zip(table.rows, steps, _COCREATION_FILLS):
            swatch, text = row.cells
            set_cell_shading(swatch, fill)
            self._cell_text(text, step)
        self._after_table()

    def target_table(self, argument: str) -> None:
        """Table 8 or 9; `argument` is "KEY TOTAL-LABEL" (the summary key, the last row's label)."""
        key, _, total_label = argument.partition(" ")
        data: dict[str, Any] = self.summary["target_admin_tables"][key]
        rows: list[tuple[str, dict[str, int]]] = [*data["rows"].items(), (total_label, data["total"])]
        columns = list(data["total"])
        table = self._table(len(rows), (5.0, *[(9.5 / len(columns))] * len(columns)))
        for index, (indicator, counts) in enumerate(rows, 1):
            cells = table.rows[index].cells
            total = index == len(rows)
            self._cell_text(cells[0], indicator, bold=total)
            for cell, column in zip(cells[1:], columns):
                set_cell_valign(cell, True)
                self._cell_text(cell, str(counts[column]), bold=total, centred=True)
        self._after_table()
