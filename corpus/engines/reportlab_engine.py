"""ReportLab platypus: a report generator's PDF, base-14 fonts not embedded, rows split inside.

Reports made by scripts come out of ReportLab this way: a `BaseDocTemplate`
with one frame, Helvetica or Times-Roman by name only (not embedded), or a
registered TrueType face (DejaVu Sans, embedded as a subset), `LongTable` with
`splitInRow=1` so a row taller than what is left of the page is cut and goes
on at the top of the next, a target cell spanning its two sub-rows with
`('SPAN', (0, r), (0, r + 1))` (see `table` for the target taller than its first
sub-row), a footer drawn by the page callback.

Knobs honoured: size, margins, columns, border width, repeat_header
(`repeatRows=1`), list_markup (`ListFlowable` with the exact labels, otherwise
the paragraph's own bullet in a hanging indent), justify, footer. ReportLab
draws no ligatures and does not hyphenate here; its borders are stroked lines,
drawn for each part of a split row. The front matter's blocks (pies, captions,
front tables) are set by `reportlab_front`.
"""

from __future__ import annotations

from . import CannotRender

import io
import os
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from ogi_extract.synth.spec import BULLET, BULLET_GLYPHS, Paragraph

from ..document import Cell, Document, Heading, HeadRow, Labelled, Table, TargetRow, Title
from ..look import Look
from . import reportlab_front

NAME = "reportlab"
FONTS: tuple[str, ...] = ("helvetica", "times", "dejavu-sans")
BREAKS_ROWS = True
FRONT_MATTER = True  # renders the front-matter blocks (figures, front tables): see `reportlab_front`
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


class TextLost(CannotRender):
    """ReportLab could not lay the document out whole: a row it cannot split, or a spanning target cell
    whose text ran past the page's edge (ReportLab splits a row's own cells, not a cell spanning it from
    the row above). The PDF would not hold the words of the truth."""


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
    """Paragraphs with their markers: ListFlowable when the look asks, the paragraph's bullet otherwise.

    Each item is a list of its own, indented by its level: ReportLab splits a cell's flowables between
    pages but not inside a list, so a list as long as its cell would run off the page.
    """
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
    out = []
    for p in paras:
        if p.marker is None:
            out.append(P(_text(p.text), style))
        else:
            out.append(ListFlowable([ListItem(P(_text(p.text), style), value=_text(p.marker))], bulletType="bullet",
                                    leftIndent=st.indent * (p.level + 1), bulletDedent=st.indent,
                                    bulletFontName=style.fontName, bulletFontSize=style.fontSize))
    return out


def cell(c: Cell, st: _Styles) -> list:
    from reportlab.platypus import Paragraph as P

    out = []
    if c.head is not None:
        out.append(P(_text(c.head), st.cell_bold if c.bold_head else st.cell))
    return out + paragraphs(c.body, st, st.cell)


def _height(flowables: list, width: float) -> float:
    """The height `flowables` take in a cell of `width`, paddings included."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(io.BytesIO())  # lists measure themselves on a canvas
    inner = width - 2 * (_PAD + 1)
    return sum(f.wrapOn(canvas, inner, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables) + 2 * _PAD


def table(t: Table, st: _Styles, width: float):  # noqa: ANN201
    """One LongTable; rules are drawn per cell edge, so the target column has none between its sub-rows.

    The target cell spans its two sub-rows (`SPAN`) when its text fits beside the first sub-row. A taller
    target is set in the first sub-row with the cell below it left open instead: ReportLab splits the cells
    of the row it breaks at a page end, never a cell spanning into it from the row above, whose text would
    run past the page's edge. The borders drawn are the same.
    """
    from reportlab.lib import colors
    from reportlab.platypus import LongTable
    from reportlab.platypus import Paragraph as P

    look = st.look
    widths = [f * width for f in look.columns]
    rule = (look.border_width, colors.black)
    data: list[list] = []
    commands: list[tuple] = [
        ("BOX", (0, 0), (-1, -1), *rule),
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
            commands += [("SPAN", (0, n), (2, n)), ("BACKGROUND", (0, n), (2, n), colors.Color(_GREY, _GREY, _GREY)),
                         ("LINEBELOW", (0, n), (2, n), *rule)]
            continue
        assert isinstance(r, TargetRow)
        first = [cell(r.target, st), cell(r.achievement, st), cell(r.score, st)]
        data.append(first)
        data.append(["", cell(r.cocreation, st), cell(r.cocreation_label, st)])
        commands += [("LINEAFTER", (0, n), (1, n + 1), *rule), ("LINEBELOW", (1, n), (2, n), *rule),
                     ("LINEBELOW", (0, n + 1), (2, n + 1), *rule)]
        if _height(first[0], widths[0]) <= max(_height(c, w) for c, w in zip(first[1:], widths[1:])):
            commands.append(("SPAN", (0, n), (0, n + 1)))
        if r.cocreation_label.valign == "middle":
            commands.append(("VALIGN", (2, n + 1), (2, n + 1), "MIDDLE"))
    repeat = 1 if look.repeat_header and t.rows and isinstance(t.rows[0], HeadRow) else 0
    return LongTable(data, colWidths=widths, style=commands,
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
        else:
            front = reportlab_front.flowables(block, st, width, lambda body: paragraphs(body, st, st.body))
            if front is None:
                raise TypeError(f"not a document block: {block!r}")
            out += front
    return out


def render(document: Document, look: Look, workdir: Path) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    from reportlab.platypus.doctemplate import LayoutError

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
    try:
        template.build(story(document, st, frame._width, frame._height))
    except LayoutError as exc:
        raise TextLost(f"{NAME}: {str(exc).splitlines()[0]}") from exc
    pdf = out.read_bytes()
    off = _words_off_page(pdf)
    if off:
        raise TextLost(f"{NAME}: {off} words drawn past the page's edge (a spanning cell ran out of its table)")
    return pdf


def _words_off_page(pdf: bytes) -> int:
    import pymupdf

    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return sum(
            1
            for page in doc
            for w in page.get_text("words", clip=pymupdf.INFINITE_RECT())
            if not page.rect.contains(pymupdf.Rect(w[:4]))
        )
