"""The front matter's blocks in a .docx, the way an office user writes them (see `docx_build.py`).

A pie is a picture (the office suite would draw a chart; its labels reach the
PDF as text either way): with `drawing` "vector" its percentages follow as a line
of text under it, as a chart's data labels do once exported, then the legend; with
"image" the legend alone. The legend is one line: a shaded run of two spaces as
each swatch, then the grade. Tables are Word tables under the report's grid, the
header row shaded and marked `w:tblHeader` when the layout repeats it, captions
centred bold paragraphs above or below. A manual break before a row is written as
two tables, the second on a new page (see `_table`).
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from ..document import Figure, FrontCell, FrontTable, Prose, Spacer
from ..pie import png

if TYPE_CHECKING:
    from .docx_build import Writer

HEAD_FILL = "D9D9D9"
PIE_SIZE = Pt(150)


def write(writer: Writer, block: object) -> bool:
    """Append a front-matter block; False when `block` is not one."""
    if isinstance(block, Prose):
        writer.numbering.restart()
        for para in block.body:
            paragraph = writer.out.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(4)
            writer._text(paragraph, para.text, para.marker, para.level)
    elif isinstance(block, Spacer):
        writer.out.add_paragraph().paragraph_format.space_before = Pt(block.height)
    elif isinstance(block, Figure):
        _figure(writer, block)
    elif isinstance(block, FrontTable):
        _table(writer, block)
    else:
        return False
    return True


def _caption(writer: Writer, text: str, keep: bool) -> Paragraph:
    paragraph = writer.out.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.keep_with_next = keep
    paragraph.add_run(text).bold = True
    return paragraph


def _figure(writer: Writer, figure: Figure) -> None:
    for line in figure.caption:
        _caption(writer, line, keep=True)
    picture = writer.out.add_paragraph()
    picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture.paragraph_format.keep_with_next = True
    picture.add_run().add_picture(BytesIO(png(figure.slices)), width=PIE_SIZE, height=PIE_SIZE)
    if figure.drawing == "vector":
        labels = writer.out.add_paragraph()
        labels.alignment = WD_ALIGN_PARAGRAPH.CENTER
        labels.paragraph_format.keep_with_next = True
        labels.add_run("    ".join(f"{s.percent}%" for s in figure.slices if s.percent)).bold = True
    legend = writer.out.add_paragraph()
    legend.alignment = WD_ALIGN_PARAGRAPH.CENTER
    legend.paragraph_format.space_after = Pt(4)
    for i, s in enumerate(figure.slices):
        swatch = legend.add_run(("   " if i else "") + "  ")
        swatch._r.get_or_add_rPr().append(
            parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{s.colour}"/>')
        )
        legend.add_run(f" {s.label}")
    if figure.source:
        source = writer.out.add_paragraph()
        source.alignment = WD_ALIGN_PARAGRAPH.CENTER
        source.paragraph_format.space_after = Pt(6)
        run = source.add_run(figure.source)
        run.italic = True
        run.font.size = Pt(max(7.0, writer.look.size - 2))


def _table(writer: Writer, block: FrontTable) -> None:
    """The table, its caption above or below; a manual break before a row ends the table there
    and goes on with a second one on the next page (LibreOffice ignores a break inside a table),
    under the header row again when the layout repeats it."""
    if not block.caption_below:
        for line in block.caption:
            _caption(writer, line, keep=True)
    cut = block.break_before if block.break_before else len(block.rows)
    _grid_table(writer, block, block.rows[:cut], block.header)
    if cut < len(block.rows):
        gap = writer.out.add_paragraph()
        gap.paragraph_format.page_break_before = True
        gap.paragraph_format.line_spacing = Pt(1)
        gap.add_run("").font.size = Pt(1)
        _grid_table(writer, block, block.rows[cut:], block.header if block.repeat_header else None)
    if block.caption_below:
        for line in block.caption:
            _caption(writer, line, keep=False)
    # Word joins tables that touch: a paragraph keeps them apart.
    writer.out.add_paragraph().paragraph_format.space_after = Pt(2)


def _grid_table(
    writer: Writer, block: FrontTable, rows: tuple[tuple[FrontCell, ...], ...], header: tuple[str, ...] | None
) -> None:
    from .docx_build import _grid

    section = writer.out.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    widths = [int(text_width * block.width * f) for f in block.columns]
    table = writer.out.add_table(rows=0, cols=len(widths))
    _grid(table, widths, writer.look.border_width)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    if header is not None:
        row = table.add_row()
        if block.repeat_header:
            row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for cell, text, width in zip(row.cells, header, widths, strict=True):
            cell.width = width
            _fill(cell, HEAD_FILL)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            paragraph = cell.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.keep_with_next = True
            paragraph.add_run(text).bold = True
    for cells in rows:
        row = table.add_row()
        for cell, content, width in zip(row.cells, cells, widths, strict=True):
            cell.width = width
            _cell(cell, content)


def _cell(cell: _Cell, content: FrontCell) -> None:
    if content.fill:
        _fill(cell, content.fill)
    for i, text in enumerate(content.paragraphs):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if content.centre:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if text:
            paragraph.add_run(text).bold = content.bold or (content.bold_first and i == 0)


def _fill(cell: _Cell, colour: str) -> None:
    shading = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{colour}"/>')
    cell._tc.get_or_add_tcPr().insert_element_before(
        shading, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"
    )
