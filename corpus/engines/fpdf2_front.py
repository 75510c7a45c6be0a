"""The front matter's blocks set with fpdf2, as a report script does (`fpdf2_engine.py`).

A vector pie is drawn with fpdf2's own primitives: each slice a filled polygon
along its arc (`pie.polygon`), its percentage written on it in white at the
slice's label point (`pie.label_point`), the legend a line of swatches and grade
names under it. An image pie is `pie.png` placed with `FPDF.image` (no text in
it), the same legend line under it. Captions are centred bold lines kept on the
page of what they caption (above) or written after the table (below); a figure
goes whole to the next page when it does not fit. Front tables are `pdf.table()`,
the header row shaded and, when the layout asks, repeated on each page; a break
before a row is written as a script does: the table is cut there and the second
part set on a new page, under its header again when headers repeat.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from ..document import Figure, FrontCell, FrontTable, Prose, Spacer
from ..pie import label_point, png, polygon, wedges

if TYPE_CHECKING:
    from .fpdf2_engine import _Writer

PIE = 150.0  # points: the pie's diameter
SWATCH = 8.0  # points: a legend swatch's side
LEGEND_GAP = 12.0  # points between two legend entries
HEAD_GREY = (217, 217, 217)
_PAD = (3.0, 4.0, 3.0, 4.0)


def render(item: object, w: _Writer) -> bool:
    """Set a front-matter block; False when `item` is not one."""
    if isinstance(item, Prose):
        w.paragraphs(item.body)
    elif isinstance(item, Spacer):
        w.pdf.set_y(min(w.pdf.get_y() + item.height, w.pdf.page_break_trigger))
    elif isinstance(item, Figure):
        _figure(item, w)
    elif isinstance(item, FrontTable):
        _table(item, w)
    else:
        return False
    return True


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return int(hex_colour[0:2], 16), int(hex_colour[2:4], 16), int(hex_colour[4:6], 16)


def _figure(figure: Figure, w: _Writer) -> None:
    pdf, size = w.pdf, w.look.size
    legend = max(7.0, size - 1)
    source = max(7.0, size - 2)
    height = len(figure.caption) * w.line + 4 + PIE + 8 + legend * 1.5 + (source * 1.2 + 10 if figure.source else 0)
    if pdf.will_page_break(height):
        pdf.add_page()
    for line in figure.caption:
        w.text(line, bold=True, align="C")
    top = pdf.get_y() + 4
    r = PIE / 2
    cx, cy = pdf.l_margin + pdf.epw / 2, top + r
    parts = wedges(figure.slices)
    if figure.drawing == "image":
        pdf.image(io.BytesIO(png(figure.slices)), x=cx - r, y=top, w=PIE, h=PIE)
    else:
        pdf.set_draw_color(255, 255, 255)
        pdf.set_line_width(0.75)
        for s, start, end in parts:
            pdf.set_fill_color(*_rgb(s.colour))
            pdf.polygon(polygon(cx, cy, r, start, end), style="DF")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(style="B", size=10)
        for s, start, end in parts:
            x, y = label_point(cx, cy, r, start, end)
            text = f"{s.percent}%"
            pdf.text(x - pdf.get_string_width(text) / 2, y + 3.5, text)
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(0, 0, 0)
    _legend(figure, w, top + PIE + 8, legend)
    pdf.set_y(top + PIE + 8 + legend * 1.5)
    if figure.source:
        pdf.set_y(pdf.get_y() + 2)
        w.font(scale=source / size)
        from fpdf.enums import XPos, YPos

        pdf.multi_cell(w=0, h=source * 1.2, text=figure.source, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(pdf.get_y() + 8)
    w.font()


def _legend(figure: Figure, w: _Writer, top: float, size: float) -> None:
    """One centred line: a swatch, then the grade's name, per slice."""
    pdf = w.pdf
    pdf.set_font(style="", size=size)
    widths = [SWATCH + 4 + pdf.get_string_width(s.label) for s in figure.slices]
    x = pdf.l_margin + (pdf.epw - sum(widths) - LEGEND_GAP * (len(widths) - 1)) / 2
    pdf.set_text_color(64, 64, 64)
    for s, width in zip(figure.slices, widths, strict=True):
        pdf.set_fill_color(*_rgb(s.colour))
        pdf.rect(x, top + (size - SWATCH) / 2, SWATCH, SWATCH, style="F")
        pdf.text(x + SWATCH + 4, top + size * 0.85, s.label)
        x += width + LEGEND_GAP
    pdf.set_text_color(0, 0, 0)
    pdf.set_fill_color(0)  # fpdf2's default again: a table takes the current fill colour as its cells' shade


def _table(block: FrontTable, w: _Writer) -> None:
    """The table with its caption; cut before `break_before` with a new page between the parts."""
    pdf = w.pdf
    if not block.caption_below:
        w.keep(len(block.caption) + 3)
        for line in block.caption:
            w.text(line, bold=True, align="C")
    pdf.set_y(pdf.get_y() + 4)
    cut = block.break_before if block.break_before else len(block.rows)
    _grid(block, block.rows[:cut], block.header, w)
    if cut < len(block.rows):
        pdf.add_page()
        _grid(block, block.rows[cut:], block.header if block.repeat_header else None, w)
    if block.caption_below:
        for line in block.caption:
            w.text(line, bold=True, align="C")
    pdf.set_y(pdf.get_y() + 8)


def _cell_text(cell: FrontCell) -> str:
    from .fpdf2_engine import markdown

    lines = []
    for i, text in enumerate(p for p in cell.paragraphs if p):
        bold = cell.bold or (cell.bold_first and i == 0)
        lines.append(f"**{markdown(text)}**" if bold else markdown(text))
    return "\n".join(lines)


def _grid(block: FrontTable, rows: tuple[tuple[FrontCell, ...], ...], header: tuple[str, ...] | None,
          w: _Writer) -> None:
    from fpdf.enums import TableHeadingsDisplay
    from fpdf.fonts import FontFace

    from .fpdf2_engine import markdown

    pdf = w.pdf
    w.font()
    pdf.set_line_width(w.look.border_width)
    repeat = TableHeadingsDisplay.ON_TOP_OF_EVERY_PAGE if block.repeat_header else TableHeadingsDisplay.NONE
    with pdf.table(
        col_widths=block.columns, width=pdf.epw * block.width, align="CENTER", text_align="LEFT", v_align="TOP",
        line_height=w.line, padding=_PAD, markdown=True, borders_layout="ALL",
        first_row_as_headings=header is not None, repeat_headings=repeat,
        headings_style=FontFace(emphasis="BOLD", fill_color=HEAD_GREY),
    ) as table:
        if header is not None:
            row = table.row()
            for text in header:
                row.cell(markdown(text), align="CENTER", v_align="MIDDLE")
        for cells in rows:
            row = table.row()
            for cell in cells:
                style = FontFace(fill_color=_rgb(cell.fill)) if cell.fill else None
                row.cell(_cell_text(cell), align="CENTER" if cell.centre else "LEFT", style=style)
