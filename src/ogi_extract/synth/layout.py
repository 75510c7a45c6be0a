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
from dataclasses import dataclass, field

from . import fonts
from .draw import DrawnRun, LinkArea, PageDraw, Shade
from .spec import DEFAULT_WORDING, FOOTER_LINES, BlockSpec, CommitmentSpec, MeasureSpec, Paragraph, Spec, TargetSpec
from .style import Style
from .typeset import SetLine, Typesetter

FIELDS: tuple[str, ...] = ("target_text", "achievement_text", "score", "cocreation_text", "cocreation_label")
_EPS = 1e-6
_FOOTER_SHARE = 0.35  # share of pages that carry a footer in "some" mode


@dataclass(frozen=True, slots=True)
class CellPart:
    """One page's part of a cell: its border box there and how many lines it holds."""

    page: int  # 1-based
    x0: float
    top: float
    x1: float
    bottom: float
    lines: int


@dataclass(frozen=True, slots=True)
class RowPlacement:
    """Where one target row's cells were drawn, part by part, keyed by truth field."""

    commitment: int  # commitment number
    block: int  # index of the block within the commitment
    target: int  # index of the target within the block
    cells: dict[str, tuple[CellPart, ...]]

    @property
    def pages(self) -> tuple[int, ...]:
        return tuple(sorted({part.page for parts in self.cells.values() for part in parts}))


@dataclass(slots=True)
class Layout:
    pages: list[PageDraw]
    rows: list[RowPlacement] = field(default_factory=list)
    last_fill: float = 1.0  # share of the last page's body height in use


@dataclass(slots=True)
class _Part:
    """Lines [start, end) of one cell placed from y on the current page."""

    cell: int
    start: int
    end: int
    y: float
    x: float
    height: float


class Composer:
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

    # -- tables ------------------------------------------------------------------------
    def table(self, c: CommitmentSpec, first_block: int, blocks: tuple[BlockSpec, ...]) -> None:
        for offset, block in enumerate(blocks):
            rows = [self.target_cells(t) for t in block.targets]
            self.heading_row(block.implementer, rows[0][0] if rows else None)
            for index, (cells, center_label) in enumerate(rows):
                parts = self.target_row(cells, center_label)
                self.rows.append(RowPlacement(c.number, first_block + offset, index, parts))
        self.y += self.style.line_height * 0.8

    def heading_row(self, text: str, first_row: list[list[SetLine]] | None) -> None:
        x0, _, _, x3 = self.edges
        inner = x3 - x0 - 2 * self.style.cell_pad_x
        lines = self.ts.label(text, inner)
        height = sum(line.height for line in lines) + 2 * self.pad
        follow = 0.0
        if first_row is not None:
            follow = 2 * self.pad + max((cell[0].height for cell in first_row[:3] if cell), default=0.0)
        self.ensure(height + follow)
        top = self.y
        self.page.shades.append(Shade(x0, top, x3, top + height, self.style.shade))
        y = top + self.pad
        for line in lines:
            self.draw_line(line, x0 + self.style.cell_pad_x, y)
            y += line.height
        self.box(x0, top, x3, top + height)
        self.y = top + height

    def target_cells(self, t: TargetSpec) -> tuple[list[list[SetLine]], bool]:
        """The five cells of a target row, and whether its label is centred vertically.

        The row's label variants are drawn here, always five draws per row, so that
        changing one variant probability leaves the draws of the other rows alone.
        """
        style, v, ts = self.style, self.style.variants, self.ts
        score_r, coc_r, label_r, top_r, keep_r = (self.variants.random() for _ in range(5))
        e0, e1, e2, e3 = self.edges
        px = style.cell_pad_x
        w1, w2, w3 = e1 - e0 - 2 * px, e2 - e1 - 2 * px, e3 - e2 - 2 * px
        keep = keep_r < v.keep_body_together
        label = t.label.replace(" ", "  ", 1) if label_r < v.target_double_space else t.label
        align = style.cell_align
        a = ts.label(f"{label}:", w1) + ts.text(t.target_text, w1, align=align, keep=keep)
        b = ts.label(self.w.achievement, w2) + ts.text(t.achievement_text, w2, align=align, keep=keep)
        c = self.score_lines(t.score, w3, score_r)
        coc = self.w.cocreation
        coc_head = coc.replace(":", " :") if coc_r < v.cocreation_spaced_colon else coc
        d = ts.label(coc_head, w2) + ts.text(t.cocreation_text, w2, align=align, keep=keep)
        e = ts.paragraph(Paragraph(t.cocreation_label), w3) if t.cocreation_label is not None else []
        return [a, b, c, d, e], top_r >= v.label_top

    def score_lines(self, score: str | None, width: float, r: float) -> list[SetLine]:
        v = self.style.variants
        label = self.w.score
        bare = label.rstrip(":").rstrip()
        if score is None:
            return self.ts.label(label, width, bold=False)
        if r < v.score_no_colon:
            text = f"{bare} {score}"
        elif r < v.score_no_colon + v.score_next_line:
            return self.ts.label(label, width, bold=False) + self.ts.paragraph(Paragraph(score), width)
        elif r < v.score_no_colon + v.score_next_line + v.score_tight:
            text = f"{label}{score}"
        else:
            text = f"{label} {score}"
        return self.ts.paragraph(Paragraph(text), width)

    def fit(self, lines: list[SetLine], start: int, cap: float) -> tuple[int, float]:
        """How many lines from `start` fit in `cap` points, honouring keep groups."""
        used = 0.0
        i = start
        n = len(lines)
        while i < n:
            line = lines[i]
            h = line.height + (line.gap if i > start else 0.0)
            if line.keep >= 0 and (i == 0 or lines[i - 1].keep != line.keep):
                j, group = i, 0.0
                while j < n and lines[j].keep == line.keep:
                    group += lines[j].height + (lines[j].gap if j > start else 0.0)
                    j += 1
                lead = line.gap if i > start else 0.0
                if used + group > cap + _EPS and group - lead <= self.fresh + _EPS:
                    break
            if used + h > cap + _EPS:
                break
            used += h
            i += 1
        return i, used

    def target_row(self, cells: list[list[SetLine]], center_label: bool) -> dict[str, tuple[CellPart, ...]]:
        """Place one target row, breaking it over as many pages as it needs."""
        a, b, c, d, e = cells
        pad = self.pad
        e0, e1, e2, e3 = self.edges
        px = self.style.cell_pad_x
        xs = (e0 + px, e1 + px, e2 + px, e1 + px, e2 + px)
        limit = self.style.body_bottom
        first = max((cell[0].height for cell in (a, b, c) if cell), default=0.0)
        self.ensure(2 * pad + first)
        pos = [0, 0, 0, 0, 0]
        phase = 1 if (b or c) else 2
        placed: dict[int, list[CellPart]] = {i: [] for i in range(5)}
        for _ in range(100_000):
            top = self.y
            parts: list[_Part] = []
            cont = False
            sub1: float | None = None
            s2top: float | None = None
            only_a = phase == 3
            sub1_cut = False
            if phase == 1:
                cap = limit - top - 2 * pad
                heights = []
                for i in (1, 2):
                    end, h = self.fit(cells[i], pos[i], cap)
                    parts.append(_Part(i, pos[i], end, top + pad, xs[i], h))
                    pos[i] = end
                    heights.append(h)
                if pos[1] == len(b) and pos[2] == len(c):
                    sub1 = top + 2 * pad + max(heights)
                    phase = 2
                else:
                    sub1 = limit
                    cont = sub1_cut = True
            if phase == 2 and not cont:
                start2 = sub1 if sub1 is not None else top
                cap2 = limit - start2 - 2 * pad
                need = max((cells[i][pos[i]].height for i in (3, 4) if pos[i] < len(cells[i])), default=0.0)
                if sub1 is not None and need > cap2 + _EPS:
                    cont = True  # the second sub-row starts on the next page
                else:
                    s2top = start2
                    heights = []
                    for i in (3, 4):
                        end, h = self.fit(cells[i], pos[i], cap2)
                        parts.append(_Part(i, pos[i], end, s2top + pad, xs[i], h))
                        pos[i] = end
                        heights.append(h)
                    if pos[3] == len(d) and pos[4] == len(e):
                        phase = 3
                    else:
                        cont = True
            if only_a:
                s2top = top
            # The bottom of this page's part of the row, before the target cell has its say.
            if cont and (s2top is not None or sub1 == limit):
                bottom = limit
            elif s2top is not None:
                bottom = max(
                    [s2top + 2 * pad]
                    + [p.y + p.height + pad for p in parts if p.cell in (3, 4)]
                )
            else:
                assert sub1 is not None
                bottom = sub1
            end_a, h_a = self.fit(a, pos[0], bottom - top - 2 * pad)
            if not cont and end_a < len(a):
                end_a, h_a = self.fit(a, pos[0], limit - top - 2 * pad)
                if end_a == len(a):
                    bottom = max(bottom, top + 2 * pad + h_a)
                else:
                    bottom = limit
                    cont = True
            parts.insert(0, _Part(0, pos[0], end_a, top + pad, xs[0], h_a))
            pos[0] = end_a
            boxes = self.draw_row_part(cells, parts, top, sub1, s2top, bottom, cont, sub1_cut, center_label)
            for part in parts:
                if part.end > part.start:
                    x0, y0, x1, y1 = boxes[part.cell]
                    lines = part.end - part.start
                    placed[part.cell].append(CellPart(self.page.number, x0, y0, x1, y1, lines))
            if not cont:
                self.y = bottom
                return {name: tuple(placed[i]) for i, name in enumerate(FIELDS)}
            self.new_page()
        raise RuntimeError("target row did not terminate")

    def draw_row_part(
        self,
        cells: list[list[SetLine]],
        parts: list[_Part],
        top: float,
        sub1: float | None,
        s2top: float | None,
        bottom: float,
        cont: bool,
        sub1_cut: bool,
        center_label: bool,
    ) -> dict[int, tuple[float, float, float, float]]:
        """Lines and borders of one page's part of a target row; returns the cell boxes."""
        e0, e1, e2, e3 = self.edges
        pad = self.pad
        open_cut = cont and not self.style.rule_at_break
        if s2top is not None:
            sub1_bottom = s2top
        else:
            sub1_bottom = bottom
        for part in parts:
            lines = cells[part.cell]
            y = part.y
            whole = part.start == 0 and part.end == len(lines)
            if center_label and part.cell == 4 and whole and s2top is not None:
                y += max(0.0, (bottom - s2top - 2 * pad - part.height) / 2)
            for k in range(part.start, part.end):
                line = lines[k]
                if k > part.start:
                    y += line.gap
                self.draw_line(line, part.x, y)
                y += line.height
        boxes = {0: (e0, top, e1, bottom)}
        if sub1 is not None:
            boxes[1] = (e1, top, e2, sub1_bottom)
            boxes[2] = (e2, top, e3, sub1_bottom)
        if s2top is not None:
            boxes[3] = (e1, s2top, e2, bottom)
            boxes[4] = (e2, s2top, e3, bottom)
        first_cut = sub1_cut and not self.style.rule_at_break
        for cell, (x0, y0, x1, y1) in boxes.items():
            self.box(x0, y0, x1, y1, open_bottom=first_cut if cell in (1, 2) else open_cut)
        return boxes

    # -- furniture ---------------------------------------------------------------------
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
