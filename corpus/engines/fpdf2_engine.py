"""fpdf2: a report script's PDF, laid out by fpdf2's own line breaker and `FPDF.table()`.

fpdf2 is a PDF writer of its own (no platypus, no HTML, no TeX): text is set with
`multi_cell`, tables with `pdf.table()`, TrueType faces embedded as subsets. A
report script uses it this way: one `table()` per implementer, its first row the
implementer's name over the three columns (`colspan=3`, shaded, the table's
heading row), then per target two rows, the target cell spanning both
(`rowspan=2`), "Capaian Target:" and "Nilai: ..." beside it, "Proses Kokreasi:"
and its label under those. Cell text goes in as fpdf2's markdown (`**bold**`
heads), every marker of the content escaped, so the words print as written.

fpdf2 never cuts a table row: a row that does not fit what is left of the page
goes whole to the next page, and a target's two rows go together (fpdf2 keeps a
`rowspan` group on one page). A row group taller than a page cannot be set:
fpdf2 refuses it, and this engine says `CannotRender` (BREAKS_ROWS False, so the
corpus keeps cells short for it). The heading row is never left alone at a
page's end (fpdf2 does that for heading rows). Measured on seeds 21-40 in the
three fonts (rendering only): 57 of 60 documents are set at their first content
(three have a target taller than a page even at 70 words a cell, and the sweep
draws the next content); 798 row groups went whole to the next page over 813
pages, leaving a median 106 pt (at most 693 pt) of their page empty; with the
long cells the row-cutting engines get, 57 of 60 could not be set at all.

Knobs honoured: font (any family of `look.FAMILIES` fontconfig has as a TrueType
file, in its own face: no fallback), size, margins, columns, border_width,
repeat_header (fpdf2's `repeat_headings`), justify (cells; running text is
always justified, as in the other engines), footer (two lines and the page
number). Not honoured: border ("fill": fpdf2 strokes its rules), rule_at_break
(no row is cut), list_markup (fpdf2 has no list markup: markers are typed, with a
hanging indent in running text, before the text in cells), ligatures and
hyphenate (no shaping engine here, no hyphenation). The front matter's blocks
(pies, captions, front tables) are set by `fpdf2_front`.

This producer is kept out of the committed corpus (`IN_CORPUS`): it judges the
parser in hold-out sweeps only (`python -m corpus.holdout --engines fpdf2`).
"""

from __future__ import annotations

import subprocess
from datetime import datetime, timezone
from functools import cache
from pathlib import Path

from ogi_extract.synth.spec import BULLET, BULLET_GLYPHS, Paragraph, Text

from ..document import Cell, Document, Heading, HeadRow, Labelled, Table, TargetRow, Title
from ..look import FAMILIES, Look
from . import CannotRender, EngineMissing, fpdf2_front
from ._pdf import fixed_dates

NAME = "fpdf2"
FONTS: tuple[str, ...] = ("liberation-serif", "dejavu-sans", "noto-sans")
BREAKS_ROWS = False  # fpdf2 moves a whole row (a target's two rows together) to the next page
FRONT_MATTER = True  # renders the front-matter blocks: see `fpdf2_front`
IN_CORPUS = False  # a judge: rendered by hold-out sweeps only, never into corpus/reports
_GREY = (217, 217, 217)
_PAD = (3.0, 4.0, 3.0, 4.0)  # cell padding: top, right, bottom, left (points)
_LEADING = 1.2
_GAP = 6.0  # points before and after a table
_KEEP_LINES = 3  # a heading goes to the next page when fewer lines than this are left under it
_MARKERS = ("**", "__", "~~", "--")
_EPOCH = datetime(2021, 12, 31, tzinfo=timezone.utc)


class TextLost(CannotRender):
    """fpdf2 could not set the document whole: a target's rows taller than a page (fpdf2 never cuts a
    row), text its markdown would read as a link, or a character the font has no glyph for (fpdf2 sets
    no other font in its place, as browsers do: the glyph is left out and only logged)."""


def missing() -> str | None:
    try:
        import fpdf
    except ImportError:
        return "fpdf2"
    if tuple(int(part) for part in fpdf.__version__.split(".")[:2] if part.isdigit()) < (2, 8):
        return "fpdf2>=2.8"  # rowspan and markdown escapes in table cells
    try:
        for font in FONTS:
            faces(font)
    except ValueError:
        return "fonts-liberation fonts-dejavu-core fonts-noto-core"
    return None


def version() -> str:
    import fpdf

    return f"fpdf2 {fpdf.__version__}"


@cache
def faces(font: str) -> tuple[str, str]:
    """The regular and bold TrueType files of `font` (a key of `look.FAMILIES`), as fontconfig has them.

    A family fontconfig does not have, or has only as another family's face, is refused
    (ValueError): the report would be set in a fallback face, not in the font asked.
    """
    if font not in FAMILIES:
        raise ValueError(f"{NAME} has no font {font!r}")
    family = FAMILIES[font]
    files = []
    for style in ("Regular", "Bold"):
        try:
            found = subprocess.run(["fc-match", "-f", "%{family}|%{file}", f"{family}:style={style}"],
                                   capture_output=True, text=True, check=True).stdout
        except (OSError, subprocess.CalledProcessError) as exc:
            raise ValueError(f"{NAME}: fontconfig cannot look up {family!r}") from exc
        names, _, path = found.rpartition("|")
        if family not in names.split(",") or not path.lower().endswith((".ttf", ".otf")):
            raise ValueError(f"{NAME}: {family!r} is not installed as a TrueType font (fontconfig gave {found!r})")
        files.append(path)
    return files[0], files[1]


def markdown(text: str) -> str:
    """`text` as fpdf2's markdown that prints it exactly: backslashes doubled, every marker escaped.

    fpdf2 prints a run of n backslashes not before a marker as (n + 1) // 2 of them, and
    an odd run before a marker escapes it: doubled backslashes and one more before each
    marker print the text as written. "[label](target)" would become a link without its
    target: such text cannot be set.
    """
    if "](" in text:
        raise TextLost(f"{NAME}: {text!r} would be read as a markdown link")
    text = text.replace("\\", "\\\\")
    for marker in _MARKERS:
        text = text.replace(marker, "\\" + marker)
    return text


def _marker(p: Paragraph) -> str | None:
    """The marker printed: bullet glyphs as "•" (the truth reads them so; the fonts lack the private-use ones)."""
    if p.marker is None:
        return None
    return BULLET if p.marker in BULLET_GLYPHS else p.marker


def cell_text(c: Cell) -> str:
    """A cell's markdown: its head (bold when the cell says) then one line per paragraph, the marker before it."""
    lines = []
    if c.head is not None:
        lines.append(f"**{markdown(c.head)}**" if c.bold_head else markdown(c.head))
    for p in c.body:
        marker = _marker(p)
        lines.append(markdown(p.text if marker is None else f"{marker} {p.text}"))
    return "\n".join(lines)


@cache
def _report_class():  # noqa: ANN202
    from fpdf import FPDF

    class Report(FPDF):
        """An FPDF whose footer is the report's two lines and the page number."""

        footer_lines: tuple[str, ...] = ()
        look: Look = Look()

        def footer(self) -> None:
            if not self.footer_lines:
                return
            size = max(7.0, self.look.size - 3)
            left, _, right, bottom = self.look.margins
            self.set_font(style="", size=size)
            y = self.h - bottom * 0.55 - size  # the first line's baseline where ReportLab puts it
            for i, line in enumerate(self.footer_lines[:2]):
                self.set_xy(left, y + i * size * 1.25)
                self.cell(w=self.w - left - right, h=size, text=line, align="L")
            self.set_xy(left, y)
            self.cell(w=self.w - left - right, h=size, text=str(self.page_no()), align="R")

    return Report


class _Writer:
    """Sets a document's blocks on an FPDF in one look."""

    def __init__(self, pdf, look: Look) -> None:  # noqa: ANN001
        self.pdf = pdf
        self.look = look
        self.line = look.size * _LEADING
        self.indent = look.size * 1.6

    def font(self, bold: bool = False, scale: float = 1.0) -> None:
        self.pdf.set_font(style="B" if bold else "", size=self.look.size * scale)

    def keep(self, lines: int = _KEEP_LINES) -> None:
        """A new page when fewer than `lines` lines are left: a heading is not left alone at a page's end."""
        if self.pdf.will_page_break(self.line * lines):
            self.pdf.add_page()

    def text(self, text: str, *, bold: bool = False, align: str = "J", scale: float = 1.0) -> None:
        from fpdf.enums import XPos, YPos

        self.font(bold, scale)
        self.pdf.multi_cell(w=0, h=self.line * scale, text=text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def paragraphs(self, body: Text) -> None:
        """Running paragraphs; a list item's marker in the hanging indent of its level."""
        from fpdf.enums import XPos, YPos

        pdf = self.pdf
        for p in body:
            marker = _marker(p)
            if marker is None:
                self.text(p.text)
            else:
                self.font()
                if pdf.will_page_break(self.line):  # the marker on the page of its text's first line
                    pdf.add_page()
                x = pdf.l_margin + self.indent * p.level
                pdf.set_x(x)
                pdf.cell(w=self.indent, h=self.line, text=marker, align="L")
                pdf.set_x(x + self.indent)
                pdf.multi_cell(w=pdf.w - pdf.r_margin - x - self.indent, h=self.line, text=p.text, align="J",
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_y(pdf.get_y() + 2)

    def table(self, t: Table) -> None:
        """One `pdf.table()`: the implementer's row as the heading row, each target as two rows."""
        from fpdf.enums import TableHeadingsDisplay
        from fpdf.fonts import FontFace

        pdf, look = self.pdf, self.look
        self.font()
        pdf.set_line_width(look.border_width)
        pdf.set_y(pdf.get_y() + _GAP)
        heading = bool(t.rows) and isinstance(t.rows[0], HeadRow)
        repeat = TableHeadingsDisplay.ON_TOP_OF_EVERY_PAGE if look.repeat_header else TableHeadingsDisplay.NONE
        with pdf.table(
            col_widths=look.columns, width=pdf.epw, align="LEFT", text_align="JUSTIFY" if look.justify else "LEFT",
            v_align="TOP", line_height=self.line, padding=_PAD, markdown=True, borders_layout="ALL",
            first_row_as_headings=heading, repeat_headings=repeat,
            headings_style=FontFace(emphasis="BOLD", fill_color=_GREY),
        ) as table:
            for r in t.rows:
                if isinstance(r, HeadRow):
                    table.row().cell(markdown(r.text), colspan=3, align="LEFT",
                                     style=FontFace(emphasis="BOLD", fill_color=_GREY))
                    continue
                assert isinstance(r, TargetRow)
                first = table.row()
                first.cell(cell_text(r.target), rowspan=2)
                first.cell(cell_text(r.achievement))
                first.cell(cell_text(r.score))
                second = table.row()
                second.cell(cell_text(r.cocreation))
                second.cell(cell_text(r.cocreation_label), v_align="MIDDLE" if r.cocreation_label.valign == "middle"
                            else "TOP")
        pdf.set_y(pdf.get_y() + _GAP)

    def document(self, doc: Document) -> None:
        pdf = self.pdf
        for block in doc.blocks:
            if isinstance(block, Title):
                pdf.set_y(pdf.t_margin + (pdf.h - pdf.t_margin - pdf.b_margin) * 0.3)
                self.text(block.text, bold=True, align="C", scale=1.7)
            elif isinstance(block, Heading):
                if block.new_page:
                    pdf.add_page()
                else:
                    self.keep()
                pdf.set_y(pdf.get_y() + 4)
                self.text(block.text, bold=True, align="C" if block.centered else "L")
                pdf.set_y(pdf.get_y() + 4)
            elif isinstance(block, Labelled):
                self.keep()
                pdf.set_y(pdf.get_y() + 4)
                self.text(block.label, bold=True, align="L")
                pdf.set_y(pdf.get_y() + 4)
                self.paragraphs(block.body)
            elif isinstance(block, Table):
                self.table(block)
            elif not fpdf2_front.render(block, self):
                raise TypeError(f"not a document block: {block!r}")


def render(document: Document, look: Look, workdir: Path) -> bytes:
    """The PDF of `document` in `look`, also left in `workdir` as report.pdf."""
    if missing():
        raise EngineMissing(f"fpdf2 is not installed: pip install {missing()}")
    regular, bold = faces(look.font)
    pdf = _report_class()(unit="pt", format="A4")
    pdf.look = look
    pdf.footer_lines = document.wording.footer_lines() if look.footer else ()
    left, top, right, bottom = look.margins
    pdf.set_margins(left, top, right)
    pdf.set_auto_page_break(True, margin=bottom)
    pdf.alias_nb_pages(None)  # "{nb}" in the content is text, not the page count
    pdf.set_creation_date(_EPOCH)
    pdf.set_title(document.wording.title)
    pdf.c_margin = 0
    family = FAMILIES[look.font]
    pdf.add_font(family, "", regular)
    pdf.add_font(family, "B", bold)
    pdf.set_font(family, size=look.size)
    pdf.add_page()
    try:
        _Writer(pdf, look).document(document)
    except ValueError as exc:  # fpdf2: "The row with index N is too high and cannot be rendered on a single page"
        if "too high" not in str(exc):
            raise
        raise TextLost(f"{NAME}: {exc}") from exc
    lacking = sorted({chr(c) for font in pdf.fonts.values() for c in getattr(font, "missing_glyphs", ())})
    if lacking:
        raise TextLost(f"{NAME}: {family} has no glyph for {', '.join(map(ascii, lacking))}")
    pdf_bytes = fixed_dates(bytes(pdf.output()))
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "report.pdf").write_bytes(pdf_bytes)
    return pdf_bytes
