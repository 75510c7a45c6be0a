"""The front matter's blocks as ReportLab platypus flowables, as a report script sets them (`reportlab_engine.py`).

A vector pie is a `reportlab.graphics` `Drawing`: the slices as `Wedge`s, each
percentage a `String` at the slice's label point (`pie.label_point`), and a legend
line of swatches and grade names, all drawn as text in the drawing. An image pie
is an `Image` of `pie.png` with no text, its legend a one-row table of shaded
swatch cells and grade names. Captions are centred bold paragraphs kept with what
they caption (above) or set after the table (below); a figure is kept together.
Tables are `LongTable`s, the header row shaded and repeated (`repeatRows=1`) when
the layout asks. A break before a row is written as a script does: the table is
cut there and the second part goes on after a `PageBreak`, under its header again
when headers repeat.
"""

from __future__ import annotations

import io
import math
from typing import TYPE_CHECKING, Any

from ..document import Figure, FrontCell, FrontTable, Prose, Spacer
from ..pie import label_point, png, wedges

if TYPE_CHECKING:
    from .reportlab_engine import _Styles

PIE = 150.0  # points: the pie's diameter box
HEAD_GREY = 0.85
SWATCH = 8.0  # points: a legend swatch's side
_PAD = 4.0


def flowables(item: object, st: _Styles, width: float, paragraphs: Any) -> list | None:
    """The flowables of a front-matter block, or None when `item` is not one.

    `paragraphs(body)` is the engine's writer of paragraphs and list items.
    """
    if isinstance(item, Prose):
        return list(paragraphs(item.body))
    if isinstance(item, Spacer):
        from reportlab.platypus import Spacer as Gap

        return [Gap(1, item.height)]
    if isinstance(item, Figure):
        return _figure(item, st, width)
    if isinstance(item, FrontTable):
        return _table(item, st, width)
    return None


def _styles(st: _Styles) -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    size = st.look.size
    return {
        "caption": ParagraphStyle("fcap", st.body, fontName=st.bold, alignment=TA_CENTER, spaceBefore=0,
                                  spaceAfter=0, keepWithNext=1),
        "caption_below": ParagraphStyle("fcapb", st.body, fontName=st.bold, alignment=TA_CENTER, spaceBefore=0,
                                        spaceAfter=8),
        "legend": ParagraphStyle("legend", st.body, alignment=TA_CENTER, spaceAfter=0),
        "source": ParagraphStyle("source", st.body, fontName=_italic(st.regular), fontSize=max(7.0, size - 2),
                                 leading=max(7.0, size - 2) * 1.2, alignment=TA_CENTER, spaceBefore=2, spaceAfter=8),
        "cell": ParagraphStyle("fcell", st.cell, alignment=0),
        "cell_centre": ParagraphStyle("fcellc", st.cell, alignment=TA_CENTER),
        "head": ParagraphStyle("fhead", st.cell, fontName=st.bold, alignment=TA_CENTER),
    }


def _italic(face: str) -> str:
    """The italic face of a base-14 or registered regular face (the regular itself when none is known)."""
    return {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}.get(face, face)


def _text(s: str) -> str:
    from xml.sax.saxutils import escape

    return escape(s)


def _colour(hex_colour: str):  # noqa: ANN202
    from reportlab.lib import colors

    return colors.HexColor(f"#{hex_colour}")


def _figure(figure: Figure, st: _Styles, width: float) -> list:
    from reportlab.platypus import Image, KeepTogether
    from reportlab.platypus import Paragraph as P

    styles = _styles(st)
    out: list = [P(_text(line), styles["caption"]) for line in figure.caption]
    if figure.drawing == "image":
        picture = Image(io.BytesIO(png(figure.slices)), width=PIE, height=PIE)
        picture.hAlign = "CENTER"
        body = [picture, _legend_line(figure, st, styles)]
    else:
        body = [_drawing(figure, st, width)]
    if figure.source:
        body.append(P(_text(figure.source), styles["source"]))
    return [KeepTogether(out + body)]


def _drawing(figure: Figure, st: _Styles, width: float):  # noqa: ANN202
    """The pie, its percentages and its legend as one vector drawing; the legend a line under the pie."""
    from reportlab.graphics.shapes import Drawing, Rect, String, Wedge
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    legend_size = max(7.0, st.look.size - 1)
    height = PIE + 8 + legend_size * 2
    drawing = Drawing(width, height)
    r = PIE / 2
    cx, cy = width / 2, legend_size * 2 + 8 + r  # the pie's centre, y growing upwards
    parts = wedges(figure.slices)
    for s, start, end in parts:
        # ReportLab's angles are degrees anticlockwise from three o'clock; the slices go clockwise from twelve
        a0, a1 = 90 - math.degrees(end), 90 - math.degrees(start)
        drawing.add(Wedge(cx, cy, r, a0, a1, fillColor=_colour(s.colour), strokeColor=colors.white, strokeWidth=0.75))
    for s, start, end in parts:
        x, y = label_point(cx, 0, r, start, end)  # y measured downwards from the centre
        drawing.add(String(x, cy - y - 4, f"{s.percent}%", fontName=st.bold, fontSize=10, fillColor=colors.white,
                           textAnchor="middle"))
    widths = [SWATCH + 4 + stringWidth(s.label, st.regular, legend_size) for s in figure.slices]
    gap = 12.0
    x = (width - sum(widths) - gap * (len(widths) - 1)) / 2
    for s, w in zip(figure.slices, widths, strict=True):
        drawing.add(Rect(x, legend_size * 0.5, SWATCH, SWATCH, fillColor=_colour(s.colour), strokeColor=None))
        drawing.add(String(x + SWATCH + 4, legend_size * 0.5, s.label, fontName=st.regular, fontSize=legend_size,
                           fillColor=colors.Color(0.25, 0.25, 0.25)))
        x += w + gap
    drawing.hAlign = "CENTER"
    return drawing


def _legend_line(figure: Figure, st: _Styles, styles: dict[str, Any]):  # noqa: ANN202
    """The legend under an image pie: a one-row table of swatch cells and grade names, centred."""
    from reportlab.platypus import Table
    from reportlab.platypus import Paragraph as P
    from reportlab.pdfbase.pdfmetrics import stringWidth

    row: list = []
    widths: list[float] = []
    style: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    for i, s in enumerate(figure.slices):
        style.append(("BACKGROUND", (2 * i, 0), (2 * i, 0), _colour(s.colour)))
        row += ["", P(_text(s.label), styles["legend"])]
        gap = 12 if i < len(figure.slices) - 1 else 0
        widths += [SWATCH, stringWidth(s.label, st.regular, st.look.size) + 4 + gap]
        style.append(("LEFTPADDING", (2 * i + 1, 0), (2 * i + 1, 0), 4))
    return Table([row], colWidths=widths, rowHeights=[st.look.size * 1.4], style=style, hAlign="CENTER",
                 spaceBefore=4, spaceAfter=2)


def _table(block: FrontTable, st: _Styles, width: float) -> list:
    """The table with its caption; cut before `break_before` with a page break between the parts."""
    from reportlab.platypus import PageBreak
    from reportlab.platypus import Paragraph as P

    styles = _styles(st)
    cut = block.break_before if block.break_before else len(block.rows)
    parts = [_grid(block, block.rows[:cut], block.header, st, styles, width)]
    if cut < len(block.rows):
        parts += [PageBreak(), _grid(block, block.rows[cut:], block.header if block.repeat_header else None, st,
                                     styles, width)]
    if block.caption_below:
        return parts + [P(_text(line), styles["caption_below"]) for line in block.caption]
    captions = [P(_text(line), styles["caption"]) for line in block.caption]
    return captions + parts


def _grid(block: FrontTable, rows: tuple[tuple[FrontCell, ...], ...], header: tuple[str, ...] | None,
          st: _Styles, styles: dict[str, Any], width: float):  # noqa: ANN202
    from reportlab.lib import colors
    from reportlab.platypus import LongTable
    from reportlab.platypus import Paragraph as P

    widths = [f * block.width * width for f in block.columns]
    rule = (st.look.border_width, colors.black)
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), *rule),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    data: list[list] = []
    if header is not None:
        data.append([P(_text(t), styles["head"]) for t in header])
        grey = colors.Color(HEAD_GREY, HEAD_GREY, HEAD_GREY)
        commands += [("BACKGROUND", (0, 0), (-1, 0), grey), ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
    for cells in rows:
        r = len(data)
        line = []
        for c, cell in enumerate(cells):
            if cell.fill:
                commands.append(("BACKGROUND", (c, r), (c, r), _colour(cell.fill)))
            line.append(_cell(cell, st, styles))
        data.append(line)
    repeat = 1 if header is not None and block.repeat_header else 0
    return LongTable(data, colWidths=widths, style=commands, repeatRows=repeat, hAlign="CENTER",
                     spaceBefore=4, spaceAfter=8)


def _cell(cell: FrontCell, st: _Styles, styles: dict[str, Any]) -> list | str:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph as P

    base = styles["cell_centre"] if cell.centre else styles["cell"]
    bold = ParagraphStyle("fbold", base, fontName=st.bold)
    out = []
    for i, text in enumerate(p for p in cell.paragraphs if p):
        out.append(P(_text(text), bold if cell.bold or (cell.bold_first and i == 0) else base))
    return out or ""
