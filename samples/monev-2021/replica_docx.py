"""The WordprocessingML the replica needs beyond python-docx's own API.

The original was a Word document exported to PDF; the replica is written the same
way so that its PDF carries what Word puts there: bullets drawn from a symbol font
(`w:sym`), fields for page numbers, real hyperlinks, shaded and vertically merged
table cells, charts whose labels are text. python-docx covers paragraphs, runs and
tables; the rest is added here as raw elements.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Length, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

BODY_FONT = "Arial"
SYMBOL_BULLETS = {"\uf0b7": ("Symbol", "F0B7"), "\uf0a7": ("Wingdings", "F0A7")}
_CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
_CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"


@dataclass(frozen=True)
class PageGeometry:
    """A4; the side margins leave the 38.3 em (at 11 pt) lines the original's text layer shows."""

    width: Length = Cm(21.0)
    height: Length = Cm(29.7)
    top: Length = Cm(2.5)
    bottom: Length = Cm(2.5)
    left: Length = Cm(3.0)
    right: Length = Cm(3.0)
    footer: Length = Cm(0.8)


def setup_page(document: Document, geometry: PageGeometry) -> None:
    section = document.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = geometry.width, geometry.height
    section.top_margin, section.bottom_margin = geometry.top, geometry.bottom
    section.left_margin, section.right_margin = geometry.left, geometry.right
    section.footer_distance = geometry.footer
    section.header_distance = geometry.footer


TABLE_STYLE = "Table Text"


def setup_styles(document: Document, size: float, line_spacing: float, table_size: float) -> None:
    """Body font for every script (no run falls back to a theme font); a smaller table style."""
    style = document.styles["Normal"]
    style.font.name = BODY_FONT
    style.font.size = Pt(size)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), BODY_FONT)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attribute), None)
    style.paragraph_format.space_before = Pt(0)
    style.paragraph_format.space_after = Pt(0)
    style.paragraph_format.line_spacing = line_spacing
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), "id-ID")
    style.element.get_or_add_rPr().append(language)
    table = document.styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    table.base_style = style
    table.font.size = Pt(table_size)


def add_symbol(paragraph: Paragraph, glyph: str) -> Run:
    """A bullet as Word writes one: a `w:sym` run naming the font and the glyph's code."""
    font, char = SYMBOL_BULLETS[glyph]
    run = paragraph.add_run()
    symbol = OxmlElement("w:sym")
    symbol.set(qn("w:font"), font)
    symbol.set(qn("w:char"), char)
    run._r.append(symbol)
    return run


class LiteralNumbering:
    """List labels printed as typed ("2.", "b.", "o"), made the way Word makes list labels.

    Each label is a one-level numbering definition whose level text is the label
    itself. As in Word, the label then sits in the hanging indent and the item's
    first word starts an otherwise empty line: a word too long for the column is
    cut there ("2. Pendamping|an"), not pushed below the label.
    """

    def __init__(self, document: Document) -> None:
        self.numbering = document.part.numbering_part.element
        self.known: dict[tuple[str, int, int, str | None], int] = {}
        used = [int(n.get(qn("w:numId"))) for n in self.numbering.findall(qn("w:num"))]
        used += [int(a.get(qn("w:abstractNumId"))) for a in self.numbering.findall(qn("w:abstractNum"))]
        self.next_id = max(used, default=0) + 1

    def apply(self, paragraph: Paragraph, label: str, left: Length, hanging: Length, font: str | None = None) -> None:
        key = (label, int(left), int(hanging), font)
        if key not in self.known:
            self.known[key] = self._define(*key)
        numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        numbering.get_or_add_ilvl().val = 0
        numbering.get_or_add_numId().val = self.known[key]

    def _define(self, label: str, left: int, hanging: int, font: str | None) -> int:
        number = self.next_id
        self.next_id += 1
        fonts = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/></w:rPr>' if font else ""
        definition = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{number}">'
            '<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="decimal"/><w:lvlText w:val="{escape(label)}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left // 635}" w:hanging="{hanging // 635}"/></w:pPr>{fonts}</w:lvl>'
            "</w:abstractNum>"
        )
        instances = self.numbering.findall(qn("w:num"))
        if instances:
            instances[0].addprevious(definition)
        else:
            self.numbering.append(definition)
        self.numbering.append(
            parse_xml(f'<w:num {nsdecls("w")} w:numId="{number}"><w:abstractNumId w:val="{number}"/></w:num>')
        )
        return number


def add_hyperlink(paragraph: Paragraph, url: str, text: str) -> None:
    """Word's hyperlink: a run inside `w:hyperlink`, which names an external relationship."""
    relation = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relation)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "0563C1")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    properties.append(colour)
    properties.append(underline)
    run.append(properties)
    body = OxmlElement("w:t")
    body.set(qn("xml:space"), "preserve")
    body.text = text
    run.append(body)
    link.append(run)
    paragraph._p.append(link)


def add_field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A complex field (PAGE ...): begin, instruction, separator, last value, end."""

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


def set_cell_shading(cell: _Cell, fill: str) -> None:
    shading = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    cell._tc.get_or_add_tcPr().insert_element_before(
        shading, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"
    )


def set_cell_valign(cell: _Cell, centre: bool) -> None:
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER if centre else WD_CELL_VERTICAL_ALIGNMENT.TOP


def set_table_grid(table: Table, widths: list[Length]) -> None:
    """Fixed layout with explicit column widths: Word would otherwise autofit the columns."""
    table.autofit = False
    properties = table._tbl.tblPr
    for old in properties.findall(qn("w:tblW")):
        properties.remove(old)
    total = parse_xml(f'<w:tblW {nsdecls("w")} w:w="{sum(widths) // 635}" w:type="dxa"/>')
    properties.insert_element_before(
        total, "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar",
        "w:tblLook",
    )
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width


def add_chart(document: Document, paragraph: Paragraph, chart_xml: str, name: str, size: tuple[Length, Length]) -> None:
    """Embed a chart part the way Word does: a drawing whose graphic refers to the part."""
    package = document.part.package
    index = sum(1 for part in package.iter_parts() if part.partname.startswith("/word/charts/")) + 1
    part = Part(PackURI(f"/word/charts/chart{index}.xml"), _CHART_CONTENT_TYPE, chart_xml.encode("utf-8"), package)
    relation = document.part.relate_to(part, RELATIONSHIP_TYPE.CHART)
    width, height = size
    drawing = parse_xml(
        f'<w:r {nsdecls("w", "wp", "a", "r")}><w:drawing>'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{int(width)}" cy="{int(height)}"/>'
        f'<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{900 + index}" name="{name}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="{_CHART_URI}">'
        f'<c:chart xmlns:c="{_CHART_URI}" r:id="{relation}"/>'
        f"</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )
    paragraph._p.append(drawing)


def centre(paragraph: Paragraph) -> Paragraph:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph
