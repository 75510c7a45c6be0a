"""The detail section of the replica: the 18 commitments, their blocks and target rows.

Words come from monev-2021.commitments.json, the way they were set from the print
plan (replica_plan). A block's rows sit in a bordered three-column table: a shaded
implementer row across the columns, then per target two rows — "Capaian Target"
with the score, "Proses Kokreasi" with the label — beside a target cell merged
over both. Rows may break across pages, as Word lets them by default.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from replica_docx import TABLE_STYLE, LiteralNumbering, centre, set_cell_shading, set_cell_valign, set_table_grid
from replica_plan import BlockPrint, CommitmentPrint, PrintPlan, RowPrint
from replica_style import STYLE, write_item, write_text
from replica_text import BULLET, split_paragraphs

# Widths measured on the original's text layer, in ems of the 11 pt table type (plus
# Word's 0.19 cm cell padding each side): its target column held "terkait pengadaan"
# (8.01 em) but cut "Permusyawarata|n" (8.06 em); its achievement column held "jasa
# yang wajib disediakan dan diumumkan secara" (22.6 em) but not "Dalam proses
# penyusunan PERKI No. 1 Tahun 2021" (23.5 em); "Nilai: 100%" (5.1 em) fits the score column.
TARGET_WIDTH = Cm(3.5)
ACHIEVEMENT_WIDTH = Cm(9.3)
SCORE_WIDTH = Cm(2.5)


class BulletError(ValueError):
    """The print plan's bullet glyphs ran out, or were left over."""


@dataclass
class Glyphs:
    """The original's bullet glyphs, handed out in document order."""

    remaining: Iterator[str]

    def next(self) -> str:
        glyph = next(self.remaining, None)
        if glyph is None:
            raise BulletError("more bullets in the data than glyphs in the print plan")
        return glyph


class Cell:
    """Fills one table cell paragraph by paragraph, reusing the cell's empty first one."""

    def __init__(self, cell: _Cell, numbering: LiteralNumbering) -> None:
        self.cell = cell
        self.numbering = numbering
        self.used = False

    def paragraph(self, listed: bool = False) -> Paragraph:
        """A paragraph in the table style; list items keep a gap after them, as in the original."""
        paragraph = self.cell.paragraphs[0] if not self.used else self.cell.add_paragraph()
        self.used = True
        paragraph.style = TABLE_STYLE
        fmt = paragraph.paragraph_format
        fmt.line_spacing = STYLE.table_spacing
        fmt.space_after = Pt(STYLE.item_gap if listed else 0)
        return paragraph

    def heading(self, text: str) -> Paragraph:
        paragraph = self.paragraph()
        write_text(paragraph, text, bold=True)
        return paragraph

    def text(self, text: str, glyphs: Glyphs, justify: bool) -> None:
        for part in split_paragraphs(text):
            paragraph = self.paragraph(listed=part.marker is not None)
            if part.marker:
                marker = glyphs.next() if part.marker == BULLET else part.marker
                write_item(paragraph, marker, part.text, part.depth + 1, self.numbering, justify=justify)
            else:
                if justify:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                write_text(paragraph, part.text)


class DetailSection:
    """Writes the section heading, then each commitment: headings, tables, follow-up."""

    def __init__(self, document: Document, numbering: LiteralNumbering, plan: PrintPlan) -> None:
        self.document = document
        self.numbering = numbering
        self.plan = plan
        self.glyphs = Glyphs(iter(plan.bullets))
        self.widths = [TARGET_WIDTH, ACHIEVEMENT_WIDTH, SCORE_WIDTH]

    def write(self, heading: Sequence[str], commitments: Sequence[dict[str, Any]]) -> None:
        self._section_heading(heading)
        for commitment, printed in zip(commitments, self.plan.commitments, strict=True):
            self._commitment(commitment, printed)
        if next(self.glyphs.remaining, None) is not None:
            raise BulletError("glyphs of the print plan left over: the data has fewer bullets")

    # Headings --------------------------------------------------------------------------

    def _section_heading(self, lines: Sequence[str]) -> None:
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for line in lines:
            paragraph = centre(self.document.add_paragraph())
            paragraph.paragraph_format.keep_with_next = True
            write_text(paragraph, line, bold=True, size=12)
        self.document.paragraphs[-1].paragraph_format.space_after = Pt(12)

    def _bold(self, text: str, size: float | None = None, before: float = 0) -> Paragraph:
        paragraph = self.document.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.keep_with_next = True
        fmt.space_before = Pt(before)
        write_text(paragraph, text, bold=True, size=size)
        return paragraph

    def _measure(self, block: dict[str, Any]) -> None:
        measure = block.get("success_measure") or {}
        self._bold(f"Ukuran Keberhasilan {measure.get('number')}:", before=6)
        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.space_after = Pt(6)
        write_text(paragraph, measure.get("text") or "")

    def _commitment(self, commitment: dict[str, Any], printed: CommitmentPrint) -> None:
        head = self._bold(f"Komitmen {commitment['number']}", size=12, before=12)
        head.paragraph_format.page_break_before = printed.new_page
        self._bold(commitment["title"], size=12).paragraph_format.space_after = Pt(6)
        table: Table | None = None
        rows = iter(printed.rows)
        for block, block_print in zip(commitment["blocks"], printed.blocks, strict=True):
            table = self._block(block, block_print, table, rows)
        if commitment.get("follow_up"):
            self._follow_up(printed.follow_up_heading, commitment["follow_up"])

    # Tables ----------------------------------------------------------------------------

    def _new_table(self) -> Table:
        """A table followed by its spacer paragraph (Word joins tables that touch)."""
        table = self.document.add_table(rows=0, cols=3)
        table.style = self.document.styles["Table Grid"]
        set_table_grid(table, self.widths)
        self.document.add_paragraph().paragraph_format.space_after = Pt(2)
        return table

    def _block(self, block: dict[str, Any], printed: BlockPrint, table: Table | None, rows: Iterator[RowPrint]) -> Table:
        if printed.implementer_first:
            self._heading_row(self._new_table(), block["implementer"])
            self._measure(block)
            table = self._new_table()
        elif printed.measure_printed or table is None:
            if printed.measure_printed:
                self._measure(block)
            table = self._new_table()
            if printed.implementer_printed:
                self._heading_row(table, block["implementer"])
        elif printed.implementer_printed:
            self._heading_row(table, block["implementer"])
        for target in block["targets"]:
            self._target(table, target, next(rows))
        return table

    def _heading_row(self, table: Table, implementer: str) -> None:
        """A shaded row across the table, kept whole and with what follows it."""
        row = table.add_row()
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        merged = row.cells[0].merge(row.cells[2])
        set_cell_shading(merged, STYLE.heading_fill)
        Cell(merged, self.numbering).heading(implementer).paragraph_format.keep_with_next = True

    def _target(self, table: Table, target: dict[str, Any], printed: RowPrint) -> None:
        upper = table.add_row().cells
        lower = table.add_row().cells
        for cells in (upper, lower):
            for cell, width in zip(cells, self.widths):
                cell.width = width
        merged = upper[0].merge(lower[0])
        label_cell = Cell(merged, self.numbering)
        label_cell.heading(f"{target['label']}:")
        if target.get("target_text"):
            label_cell.text(target["target_text"], self.glyphs, justify=False)

        achievement = Cell(upper[1], self.numbering)
        if printed.achievement_heading:
            achievement.heading(printed.achievement_heading)
        if target.get("achievement_text"):
            achievement.text(target["achievement_text"], self.glyphs, justify=True)
        self._score(Cell(upper[2], self.numbering), target.get("score"), printed)

        cocreation = Cell(lower[1], self.numbering)
        if printed.cocreation_heading:
            cocreation.heading(printed.cocreation_heading)
        if target.get("cocreation_text"):
            cocreation.text(target["cocreation_text"], self.glyphs, justify=True)
        label = Cell(lower[2], self.numbering)
        set_cell_valign(lower[2], not printed.label_inline)
        if target.get("cocreation_label"):
            write_text(centre(label.paragraph()), target["cocreation_label"])

    @staticmethod
    def _score(cell: Cell, score: str | None, printed: RowPrint) -> None:
        paragraph = cell.paragraph()
        paragraph.add_run("Nilai:" if printed.score_colon else "Nilai").bold = True
        if score is None:
            return
        if printed.score_on_next_line:
            paragraph.add_run().add_break()
            paragraph.add_run(score)
        else:
            paragraph.add_run(f" {score}")

    # Follow-up -------------------------------------------------------------------------

    def _follow_up(self, heading: str, text: str) -> None:
        self._bold(heading, before=8)
        for part in split_paragraphs(text, follow_up=True):
            paragraph = self.document.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(4)
            if part.heading:
                paragraph.paragraph_format.keep_with_next = True
                write_text(paragraph, part.text, bold=True)
            elif part.marker:
                marker = self.glyphs.next() if part.marker == BULLET else part.marker
                write_item(paragraph, marker, part.text, part.depth + 1, self.numbering)
            else:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                write_text(paragraph, part.text)
