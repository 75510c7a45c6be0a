"""A corpus document as a Word (.docx) file, the way an office user lays out a monev report.

Written with python-docx plus the WordprocessingML it lacks (merged and shaded
cells, repeated header rows, numbering, fields, hyphenation). The title is
alone on the cover; headings are bold paragraphs; each implementer's block is a
bordered three-column table whose rows may break across pages (Word's default),
the target cell merged over its two sub-rows.

Knobs of the look honoured here: font (ligatures off through the font-feature
suffix ":-liga" that LibreOffice reads in a font name), size, margins, columns,
border_width, repeat_header (`w:tblHeader`), list_markup (Word numbering),
justify, footer (two lines and a PAGE field), hyphenate (`w:autoHyphenation`,
Indonesian patterns). Not expressible in .docx: border fill/stroke and
rule_at_break (the exporter decides both).
"""

from __future__ import annotations

from datetime import datetime

import docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from ..document import Cell, Document, Heading, HeadRow, Labelled, Table, TargetRow, Title
from ..look import Look
from . import docx_front
from .docx_lists import Numbering, typed_item

A4 = (Pt(595.3), Pt(841.9))
HEAD_FILL = "D9D9D9"
STAMP = datetime(2022, 1, 31)  # the office suite would stamp the clock
AUTHOR = "Sekretariat Nasional Open Government Indonesia"


def font_name(look: Look) -> str:
    """The font as LibreOffice reads it: the family, with ":-liga" when ligatures are off."""
    return look.family if look.ligatures else f"{look.family}:-liga"


def build(document: Document, look: Look) -> DocxDocument:
    out = docx.Document()
    _page(out, look)
    _styles(out, look)
    _properties(out, document)
    if look.footer:
        _footer(out, look, document.wording.footer_lines())
    Writer(out, look).write(document)
    return out


class Writer:
    """Appends the blocks of a document to a .docx, one method per kind of block."""

    def __init__(self, out: DocxDocument, look: Look) -> None:
        self.out = out
        self.look = look
        self.numbering = Numbering(out)
        section = out.sections[0]
        width = section.page_width - section.left_margin - section.right_margin
        self.widths = [int(width * f) for f in look.columns]

    def write(self, document: Document) -> None:
        for block in document.blocks:
            if isinstance(block, Title):
                self._title(block)
            elif isinstance(block, Heading):
                self._heading(block)
            elif isinstance(block, Labelled):
                self._labelled(block)
            elif isinstance(block, Table):
                self._table(block)
            elif not docx_front.write(self, block):
                raise TypeError(f"not a document block: {block!r}")

    def _title(self, title: Title) -> None:
        paragraph = self.out.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_before = Pt(200)
        run = paragraph.add_run(title.text)
        run.bold = True
        run.font.size = Pt(20)

    def _heading(self, heading: Heading) -> None:
        paragraph = self.out.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.keep_with_next = True
        fmt.page_break_before = heading.new_page
        fmt.space_before = Pt(6)
        fmt.space_after = Pt(6)
        if heading.centered:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(heading.text)
        run.bold = True
        run.font.size = Pt(self.look.size + 1)

    def _labelled(self, block: Labelled) -> None:
        label = self.out.add_paragraph()
        label.paragraph_format.keep_with_next = True
        label.paragraph_format.space_before = Pt(6)
        label.add_run(block.label).bold = True
        self.numbering.restart()
        for para in block.body:
            paragraph = self.out.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(4)
            self._text(paragraph, para.text, para.marker, para.level)

    def _text(self, paragraph: Paragraph, text: str, marker: str | None, level: int) -> None:
        if self.look.justify:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if marker is not None:
            if self.look.list_markup:
                self.numbering.apply(paragraph, marker, level)
            else:
                typed_item(paragraph, marker, level)
        paragraph.add_run(text)

    # Tables ------------------------------------------------------------------------------

    def _table(self, block: Table) -> None:
        table = self.out.add_table(rows=0, cols=3)
        _grid(table, self.widths, self.look.border_width)
        for row in block.rows:
            if isinstance(row, HeadRow):
                self._head_row(table, row)
            else:
                self._target_row(table, row)
        # Word joins tables that touch: a paragraph keeps them apart.
        self.out.add_paragraph().paragraph_format.space_after = Pt(2)

    def _head_row(self, table: DocxTable, row: HeadRow) -> None:
        added = table.add_row()
        properties = added._tr.get_or_add_trPr()
        properties.append(OxmlElement("w:cantSplit"))
        if self.look.repeat_header:
            properties.append(OxmlElement("w:tblHeader"))
        merged = added.cells[0].merge(added.cells[2])
        shading = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{HEAD_FILL}"/>')
        merged._tc.get_or_add_tcPr().insert_element_before(
            shading, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"
        )
        paragraph = merged.paragraphs[0]
        paragraph.paragraph_format.keep_with_next = True
        paragraph.add_run(row.text).bold = True

    def _target_row(self, table: DocxTable, row: TargetRow) -> None:
        upper = table.add_row().cells
        lower = table.add_row().cells
        for cells in (upper, lower):
            for cell, width in zip(cells, self.widths, strict=True):
                cell.width = width
        self._cell(upper[0].merge(lower[0]), row.target)
        self._cell(upper[1], row.achievement)
        self._cell(upper[2], row.score)
        self._cell(lower[1], row.cocreation)
        self._cell(lower[2], row.cocreation_label, centre=True)

    def _cell(self, cell: _Cell, content: Cell, centre: bool = False) -> None:
        self.numbering.restart()
        if content.valign == "middle":
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        paragraphs = iter([cell.paragraphs[0]])

        def paragraph() -> Paragraph:
            return next(paragraphs, None) or cell.add_paragraph()

        if content.head is not None:
            run = paragraph().add_run(content.head)
            run.bold = content.bold_head
        for para in content.body:
            p = paragraph()
            self._text(p, para.text, para.marker, para.level)
            if centre:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _grid(table: DocxTable, widths: list[int], border_width: float) -> None:
    """Fixed column widths and a single rule of `border_width` points round every cell."""
    properties = table._tbl.tblPr
    size = max(2, round(border_width * 8))  # eighths of a point
    edges = "".join(
        f'<w:{edge} w:val="single" w:sz="{size}" w:space="0" w:color="000000"/>'
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    for tag in ("w:tblW", "w:tblBorders", "w:tblLayout"):
        for old in properties.findall(qn(tag)):
            properties.remove(old)
    later = ("w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
    properties.insert_element_before(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'), *later)
    properties.insert_element_before(
        parse_xml(f'<w:tblBorders {nsdecls("w")}>{edges}</w:tblBorders>'), "w:shd", "w:tblLayout", *later
    )
    properties.insert_element_before(
        parse_xml(f'<w:tblW {nsdecls("w")} w:w="{sum(widths) // 635}" w:type="dxa"/>'),
        "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout", *later,
    )
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width


def _page(out: DocxDocument, look: Look) -> None:
    section = out.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = A4
    left, top, right, bottom = (Pt(v) for v in look.margins)
    section.left_margin, section.top_margin, section.right_margin, section.bottom_margin = left, top, right, bottom
    section.footer_distance = Pt(min(28.0, look.margins[3] / 2))
    section.header_distance = Pt(28.0)


def _styles(out: DocxDocument, look: Look) -> None:
    """The body font for every script, in the defaults and in Normal; Indonesian; hyphenation."""
    name = font_name(look)
    defaults = out.styles.element.find(qn("w:docDefaults"))
    targets = [out.styles["Normal"].element.get_or_add_rPr()]
    if defaults is not None and defaults.find(qn("w:rPrDefault")) is not None:
        run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        if run_defaults is not None:
            targets.append(run_defaults)
    for properties in targets:
        for old in properties.findall(qn("w:rFonts")) + properties.findall(qn("w:lang")):
            properties.remove(old)
        properties.insert(0, parse_xml(
            f'<w:rFonts {nsdecls("w")} w:ascii="{name}" w:hAnsi="{name}" w:cs="{name}" w:eastAsia="{name}"/>'
        ))
        properties.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="id-ID" w:eastAsia="id-ID" w:bidi="ar-SA"/>'))
    normal = out.styles["Normal"]
    normal.font.size = Pt(look.size)
    fmt = normal.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = 1.15
    settings = out.settings.element
    for old in settings.findall(qn("w:autoHyphenation")):
        settings.remove(old)
    if look.hyphenate:
        settings.insert(0, parse_xml(f'<w:autoHyphenation {nsdecls("w")} w:val="true"/>'))


def _footer(out: DocxDocument, look: Look, lines: tuple[str, ...]) -> None:
    """The page number (a PAGE field) at the right, then the report's footer lines."""
    footer = out.sections[0].footer
    number = footer.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _field(number, "PAGE", "1")
    for line in lines:
        footer.add_paragraph(line)
    for paragraph in footer.paragraphs:
        paragraph.paragraph_format.line_spacing = 1.0
        for run in paragraph.runs:
            run.font.size = Pt(max(7.0, look.size - 3))


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A complex field: begin, instruction, separator, last value, end."""

    def marker(kind: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(element)

    marker("begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    marker("separate")
    paragraph.add_run(shown)
    marker("end")


def _properties(out: DocxDocument, document: Document) -> None:
    core = out.core_properties
    core.title = document.wording.title
    core.author = core.last_modified_by = AUTHOR
    core.created = core.modified = STAMP
    core.revision = 1
    core.language = "id-ID"
