"""Bordered target tables of the generator: rows that break across pages as a word processor breaks them (a part of `Composer`)."""

from __future__ import annotations

from .draw import Shade
from .placement import _EPS, FIELDS, CellPart, RowPlacement, _Part
from .spec import BlockSpec, CommitmentSpec, Paragraph, TargetSpec
from .typeset import SetLine


class RowComposer:
    """The table rows of `Composer`: cells, sub-rows, and each part of a row on its page."""

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
