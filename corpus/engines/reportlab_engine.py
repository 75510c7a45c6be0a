"""ReportLab platypus: a report generator's PDF, base-14 fonts not embedded, rows split inside.

Reports made by scripts come out of ReportLab this way: a `BaseDocTemplate`
with one frame, Helvetica or Times-Roman by name only (not embedded), or a
registered TrueType face (DejaVu Sans, embedded as a subset), `LongTable` with
`splitInRow=1` so a row taller than what is left of the page is cut and goes
on at the top of the next, a target cell spanning its two sub-rows with
`('SPAN', (0, r), (0, r + 1))`, a footer drawn by the page callback.

Knobs honoured: size, margins, columns, border width, repeat_header
(`repeatRows=1`), list_markup (`ListFlowable` with the exact labels, otherwise
the paragraph's own bullet in a hanging indent), justify, footer. ReportLab
draws no ligatures and does not hyphenate here; its borders are stroked lines,
drawn for each part of a split row.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from ogi_extract.synth.spec import BULLET, BULLET_GLYPHS, Paragraph

from ..document import Cell, Document, Heading, HeadRow, Labelled, Table, TargetRow, Title
from ..look import Look

NAME = "reportlab"
FONTS: tuple[str, ...] = ("helvetica", "times", "dejavu-sans")
BREAKS_ROWS = True
# font key -> (regular, bold) face names; TrueType faces are registered from these files
_FACES = {
    "helvetica": ("Helvetica", "Helvetica-Bold"),
    "times": ("Times-Roman", "Times-Bold"),
    "dejavu-sans": ("DejaVuSans", "DejaVuSans-Bold"),
}
_TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
}
_GREY = 0.85
_PAD = 3.0


def missing() -> str | None:
    try:
        import reportlab
    except ImportError:
        return "reportlab"
    if int(reportlab.Version.split(".")[0]) < 4:
        return "reportlab>=4"
    lacking = [path for path in _TTF.values() if not os.path.exists(path)]
    return "fonts-dejavu-core" if lacking else None


def version() -> str:
    import reportlab

    return f"ReportLab {reportlab.Version}"


@cache
def _register(face: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(face, _TTF[face]))


class _Styles:
    """The paragraph styles of one look."""

    def __init__(self, look: Look) -> None:
        from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
        from reportlab.lib.styles import ParagraphStyle

        if look.font not in _FACES:
            raise ValueError(f"{NAME} has no font {look.font!r}; it has {', '.join(FONTS)}")
        self.look = look
        self.regular, self.bold = _FACES[look.font]
        for face in (self.regular, self.bold):
            if face in _TTF:
                _register(face)
        size = look.size
        self.indent = size * 1.6
        base = ParagraphStyle("body", fontName=self.regular, fontSize=size, leading=size * 1.2, spaceAfter=2)
        self.body = ParagraphStyle("text", base, alignment=TA_JUSTIFY)
        self.cell = ParagraphStyle("cell", base, spaceAfter=0, alignment=TA_JUSTIFY if look.justify else TA_LEFT)
        self.cell_bold = ParagraphStyle("cellbold", self.cell, fontName=self.bold, alignment=TA_LEFT)
        self.heading = ParagraphStyle("heading", base, fontName=self.bold, spaceBefore=4, spaceAfter=4, keepWithNext=1)
        self.centred = ParagraphStyle("centred", self.heading, alignment=TA_CENTER)
        self.title = ParagraphStyle("title", self.centred, fontSize=size * 1.7, leading=size * 2.1)


def _text(s: str) -> str:
    return escape("".join(BULLET if ch in BULLET_GLYPHS else ch for ch in s))


def paragraphs(paras: tuple[Paragraph, ...], st: _Styles, style) -> list:
    """Paragraphs with their markers: ListFlowable when the look asks, the paragraph's bullet otherwise."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import ListFlowable, ListItem
    from reportlab.platypus import Paragraph as P

    if not st.look.list_markup:
        out = []
        for p in paras:
            if p.marker is None:
                out.append(P(_text(p.text), style))
                continue
            hang = ParagraphStyle("item", style, leftIndent=st.indent * (p.level + 1), bulletIndent=st.indent * p.level,
                                  bulletFontName=style.fontName, bulletFontSize=style.fontSize)
            out.append(P(_text(p.text), hang, bulletText=_text(p.marker)))
        return out
    out: list = []
    i = 0
    while i < len(paras):
        if paras[i].marker is None:
            out.append(P(_text(paras[i].text), style))
            i += 1
            continue
        j = i
        while j < len(paras) and paras[j].marker is not None:
            j += 1
        out.append(_list(paras[i:j], st, style, ListFlowable, ListItem, P))
        i = j
    return out


def _list(items: tuple[Paragraph, ...], st: _Styles, style, ListFlowable, ListItem, P):  # noqa: ANN001, ANN202
    """One list of items; deeper items form a list nested in the item before them."""
    level = items[0].level
    flow: list = []
    k = 0
    while k < len(items):
        p = items[k]
        if p.level > level and flow:
            end = k
            while end < len(items) and items[end].level > level:
                end += 1
            flow.append(_list(items[k:end], st, style, ListFlowable, ListItem, P))
            k = end
            continue
        flow.append(ListItem(P(_text(p.text), style), value=_text(p.marker or "")))
        k += 1
    return ListFlowable(flow, bulletType="bullet", leftIndent=st.indent, bulletFontName=style.fontName,
                        bulletFontSize=style.fontSize, bulletDedent=st.indent, spaceBefore=1, spaceAfter=1)


def cell(c: Cell, st: _Styles) -> list:
    from reportlab.platypus import Paragraph as P

    out = []
    if c.head is not None:
        out.append(P(_text(c.head), st.cell_bold if c.bold_head else st.cell))
    return out + paragraphs(c.body, st, st.cell)


def table(t: Table, st: _Styles, width: float):  # noqa: ANN201
    from reportlab.lib import colors
    from reportlab.platypus import LongTable
    from reportlab.platypus import Paragraph as P

    look = st.look
    data: list[list] = []
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), look.border_width, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD + 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD + 1),
        ("TOPPADDING", (0, 0), (-1, -1), _PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD),
    ]
    for r in t.rows:
        n = len(data)
        if isinstance(r, HeadRow):
            data.append([P(_text(r.text), st.cell_bold), "", ""])
            commands += [("SPAN", (0, n), (2, n)), ("BACKGROUND", (0, n), (2, n), colors.Color(_GREY, _GREY, _GREY))]
            continue
        assert isinstance(r, TargetRow)
        data.append([cell(r.target, st), cell(r.achievement, st), cell(r.score, st)])
        data.append(["", cell(r.cocreation, st), cell(r.cocreation_label, st)])
        commands.append(("SPAN", (0, n), (0, n + 1)))
        if r.cocreation_label.valign == "middle":
            commands.append(("VALIGN", (2, n + 1), (2, n + 1), "MIDDLE"))
    repeat = 1 if look.repeat_header and t.rows and isinstance(t.rows[0], HeadRow) else 0
    return LongTable(data, colWidths=[f * width for f in look.columns], style=commands,
                     repeatRows=repeat, splitInRow=1, spaceBefore=6, spaceAfter=6, hAlign="LEFT")


def story(doc: Document, st: _Styles, width: float, height: float) -> list:
    from reportlab.platypus import PageBreak, Spacer
    from reportlab.platypus import Paragraph as P

    out: list = []
    for block in doc.blocks:
        if isinstance(block, Title):
            out += [Spacer(1, height * 0.3), P(_text(block.text), st.title), PageBreak()]
        elif isinstance(block, Heading):
            if block.new_page:
                out.append(PageBreak())
            out.append(P(_text(block.text), st.centred if block.centered else st.heading))
        elif isinstance(block, Labelled):
            out.append(P(_text(block.label), st.heading))
            out += paragraphs(block.body, st, st.body)
        elif isinstance(block, Table):
            out.append(table(block, st, width))
    return out


def render(document: Document, look: Look, workdir: Path) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    st = _Styles(look)
    left, top, right, bottom = look.margins
    page_w, page_h = A4
    footer = document.wording.footer_lines()
    foot_size = max(7.0, look.size - 3)

    def on_page(canvas, template) -> None:  # noqa: ANN001
        if not look.footer:
            return
        canvas.saveState()
        canvas.setFont(st.regular, foot_size)
        y = bottom * 0.55
        canvas.drawString(left, y, footer[0])
        canvas.drawString(left, y - foot_size * 1.25, footer[1])
        canvas.drawRightString(page_w - right, y, str(canvas.getPageNumber()))
        canvas.restoreState()

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    out = workdir / "report.pdf"
    frame = Frame(left, bottom, page_w - left - right, page_h - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template = BaseDocTemplate(str(out), pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top,
                               bottomMargin=bottom, title=document.wording.title, author="", invariant=1,
                               pageTemplates=[PageTemplate("page", [frame], onPage=on_page)])
    template.build(story(document, st, frame._width, frame._height))
    return out.read_bytes()
