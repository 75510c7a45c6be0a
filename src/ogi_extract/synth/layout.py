"""The page composer: places headings, paragraphs and bordered target tables on pages.

Table rows break across pages the way a word processor breaks them: each cell keeps
as many of its lines as fit above the page bottom and the rest continues at the top
of the next page, where the row goes on with borders of its own. A target row is
two sub-rows (achievement + score, then co-creation + label) beside a target cell
merged over both; the merged cell flows through both sub-rows and the last sub-row
grows when the target cell is the tallest.
"""

from __future__ import annotations

import random

from . import fonts
from .draw import DrawnRun, LinkArea, PageDraw
from .placement import _EPS, _FOOTER_SHARE, FIELDS, CellPart, Layout, RowPlacement
from .rows import RowComposer
from .spec import CommitmentSpec, MeasureSpec, Paragraph, Spec
from .style import Style
from .typeset import SetLine, Typesetter
from .wording import DEFAULT_WORDING

__all__ = ["FIELDS", "CellPart", "Composer", "Layout", "RowPlacement", "compose"]


class Composer(RowComposer):
    def __init__(self, style: Style) -> None:
        self.style = style
        self.ts = Typesetter(style)
        self.pages: list[PageDraw] = []
        self.rows: list[RowPlacement] = []
        self.y = style.body_top
        self.edges = style.column_edges()
        self.pad = style.cell_pad_y
        self.fresh = style.body_bottom - style.body_top - 2 * self.pad  # a cell part at a page top
        self.variants = random.Random(style.variants.seed)
        self.w = DEFAULT_WORDING  # the edition's words, set from the spec by `compose`
        self.new_page()

    # -- pages -------------------------------------------------------------------------
    @property
    def page(self) -> PageDraw:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append(PageDraw(number=len(self.pages) + 1))
        self.y = self.style.body_top

    def at_top(self) -> bool:
        return self.y <= self.style.body_top + _EPS

    def room(self) -> float:
        return self.style.body_bottom - self.y

    def ensure(self, height: float) -> None:
        if self.room() < height - _EPS and not self.at_top():
            self.new_page()

    # -- drawing -----------------------------------------------------------------------
    def draw_line(self, line: SetLine, x: float, top: float) -> None:
        baseline = top + line.height - line.size * 0.25
        for piece in line.pieces:
            run = DrawnRun(x + piece.dx, baseline, piece.text, piece.font, line.size, piece.word_gap)
            self.page.runs.append(run)
        if self.style.links:
            for dx0, dx1, uri in line.links:
                self.page.links.append(LinkArea(x + dx0, top, x + dx1, top + line.height, uri))

    def flow(self, lines: list[SetLine], x: float) -> None:
        """Full-width lines, one after the other, onto as many pages as they need."""
        for line in lines:
            gap = 0.0 if self.at_top() else line.gap
            if self.y + gap + line.height > self.style.body_bottom + _EPS and not self.at_top():
                self.new_page()
                gap = 0.0
            self.y += gap
            self.draw_line(line, x, self.y)
            self.y += line.height

    def box(self, x0: float, y0: float, x1: float, y1: float, *, open_bottom: bool = False) -> None:
        page = self.page
        page.rule(x0, y0, x1, y0)
        page.rule(x0, y0, x0, y1)
        page.rule(x1, y0, x1, y1)
        if not open_bottom:
            page.rule(x0, y1, x1, y1)

    # -- document ----------------------------------------------------------------------
    def compose(self, spec: Spec) -> Layout:
        self.w = spec.wording
        self.cover(spec)
        for i, commitment in enumerate(spec.commitments):
            self.commitment(commitment, first=i == 0)
        self.footers()
        style = self.style
        fill = (self.y - style.body_top) / (style.body_bottom - style.body_top)
        return Layout(self.pages, self.rows, min(1.0, max(0.0, fill)))

    def cover(self, spec: Spec) -> None:
        style = self.style
        self.y = style.body_top + (style.body_bottom - style.body_top) * 0.3
        size = style.heading_size + 6
        lines = self.ts.paragraph(Paragraph(spec.title), style.body_width, bold=True, size=size, center=True)
        self.flow(lines, style.body_left)
        self.new_page()
        heading = self.w.section.format(count=len(spec.commitments), plan=spec.action_plan)
        for text in (heading, self.w.section_sub):
            lines = self.ts.paragraph(
                Paragraph(text), style.body_width, bold=True, size=style.heading_size, center=True
            )
            self.flow(lines, style.body_left)
        self.y += style.line_height

    def commitment(self, c: CommitmentSpec, *, first: bool) -> None:
        style = self.style
        width = style.body_width
        center = style.heading_center
        size = style.heading_size
        number = Paragraph(self.w.commitment.format(number=c.number))
        head = self.ts.paragraph(number, width, bold=True, size=size, center=center)
        title = self.ts.paragraph(Paragraph(c.title), width, bold=True, size=size, center=center)
        if style.commitment_new_page and not first and not self.at_top():
            self.new_page()
        self.ensure(sum(line.height for line in head + title) + 4 * style.line_height)
        self.flow(head + title, style.body_left)
        self.y += style.line_height * 0.5
        block_index = 0
        while block_index < len(c.blocks):
            measure = c.blocks[block_index].measure
            group_end = block_index
            while group_end < len(c.blocks) and c.blocks[group_end].measure == measure:
                group_end += 1
            self.measure(measure)
            self.table(c, block_index, c.blocks[block_index:group_end])
            block_index = group_end
        if c.follow_up:
            head_lines = self.ts.label(self.w.follow_up, width)
            body = self.ts.text(c.follow_up, width, align=style.body_align)
            self.ensure(sum(line.height for line in head_lines) + (body[0].height if body else 0.0))
            self.flow(head_lines + body, style.body_left)
            self.y += style.line_height * 0.5

    def measure(self, m: MeasureSpec) -> None:
        style = self.style
        head = self.ts.label(self.w.measure.format(number=m.number), style.body_width)
        body = self.ts.paragraph(Paragraph(m.text), style.body_width, align=style.body_align)
        self.ensure(sum(line.height for line in head) + 2 * style.line_height)
        self.flow(head + body, style.body_left)
        self.y += style.line_height * 0.3

    def footers(self) -> None:
        style = self.style
        if style.footer == "none":
            return
        rng = random.Random(style.footer_seed)
        size = style.footer_size
        height = size * 1.25
        top = style.body_bottom + max(6.0, (style.margins[3] - 3 * height) / 2)
        metrics = fonts.metrics(style.font)
        width = style.page[0]
        chosen = [style.footer == "all" or rng.random() < _FOOTER_SHARE for _ in self.pages]
        if style.footer == "some" and len(chosen) > 1:
            # "some" means some: at least one page with a footer and one without.
            chosen[0] = True
            chosen[-1] = False
        for page, has_footer in zip(self.pages, chosen):
            if not has_footer:
                continue
            page.footer = True
            texts = (str(style.first_page_number + page.number - 1),) + tuple(self.w.footer)
            for i, text in enumerate(texts):
                x = (width - metrics.width(text, size)) / 2
                baseline = top + (i + 1) * height - size * 0.25
                page.runs.append(DrawnRun(x, baseline, text + " ", style.font, size))


def compose(spec: Spec, style: Style) -> Layout:
    return Composer(style).compose(spec)
