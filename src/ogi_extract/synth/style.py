"""How a generated report is drawn: every knob of the page layout.

A style never changes the truth. Per-row variants (how "Nilai" is written, where the
co-creation label sits, whether a cell's body is kept whole) are drawn from
`Variants.seed`, so one (spec, style) pair always gives the same PDF.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Literal

A4: tuple[float, float] = (595.28, 841.89)
FONTS: tuple[str, ...] = ("helv", "tiro", "cour")

Align = Literal["left", "justify"]
FooterMode = Literal["all", "some", "none"]
BorderMode = Literal["fill", "stroke"]


@dataclass(frozen=True, slots=True)
class Variants:
    """Probabilities of the per-row oddities found in printed reports."""

    score_no_colon: float = 0.05  # "Nilai 100%"
    score_next_line: float = 0.1  # "Nilai:" with the score on the next line
    score_tight: float = 0.05  # "Nilai:100%"
    cocreation_spaced_colon: float = 0.1  # "Proses Kokreasi :"
    target_double_space: float = 0.05  # "Target  B06:"
    label_top: float = 0.2  # label cell top-aligned: "Proses Kokreasi:" and "Aktif" share a line
    keep_body_together: float = 0.2  # a cell body moves whole to the next page
    seed: int = 0


@dataclass(frozen=True, slots=True)
class Style:
    font: str = "helv"
    size: float = 11.0  # body and cell text
    heading_size: float = 12.0  # "Komitmen N" and the commitment title
    footer_size: float = 9.0
    leading: float = 1.2  # line height as a multiple of the size
    page: tuple[float, float] = A4
    margins: tuple[float, float, float, float] = (72.0, 72.0, 72.0, 72.0)  # left, top, right, bottom
    columns: tuple[float, float, float] = (0.24, 0.54, 0.22)  # fractions of the table width
    table_indent: float = 0.0
    cell_pad_x: float = 5.4
    cell_pad_y: float = 3.0
    para_gap: float = 0.0  # extra space between paragraphs
    body_align: Align = "justify"
    cell_align: Align = "left"
    heading_center: bool = False
    list_indent: float = 18.0
    footer: FooterMode = "all"
    footer_seed: int = 0
    first_page_number: int = 1
    border: BorderMode = "fill"
    border_width: float = 0.5
    rule_at_break: bool = True  # draw the bottom rule of a row part cut by a page break
    shade: float = 0.85  # grey level of the implementer heading row
    commitment_new_page: bool = True
    slash_breaks: bool = True  # allow a line break after "/" inside a word
    links: bool = True
    variants: Variants = field(default_factory=Variants)

    @property
    def body_top(self) -> float:
        return self.margins[1]

    @property
    def body_bottom(self) -> float:
        """Lowest y of body text; the footer lives below it."""
        return self.page[1] - self.margins[3]

    @property
    def body_left(self) -> float:
        return self.margins[0]

    @property
    def body_width(self) -> float:
        return self.page[0] - self.margins[0] - self.margins[2]

    @property
    def line_height(self) -> float:
        return self.size * self.leading

    def column_edges(self) -> tuple[float, float, float, float]:
        """x of the four vertical rules of the target table."""
        x0 = self.body_left + self.table_indent
        width = self.body_width - self.table_indent
        a = x0 + width * self.columns[0]
        b = a + width * self.columns[1]
        return (x0, a, b, x0 + width)


def random_style(rng: random.Random) -> Style:
    """A plausible style: every knob drawn within the range real reports use."""
    size = rng.choice((9.0, 10.0, 10.5, 11.0, 12.0))
    first = rng.uniform(0.17, 0.3)
    last = rng.uniform(0.15, 0.24)
    return Style(
        font=rng.choice(FONTS),
        size=size,
        heading_size=size + rng.choice((0.0, 1.0, 2.0)),
        footer_size=rng.choice((8.0, 9.0)),
        leading=rng.choice((1.15, 1.2, 1.3, 1.4)),
        margins=(
            rng.uniform(50, 90),
            rng.uniform(50, 90),
            rng.uniform(45, 80),
            rng.uniform(55, 90),
        ),
        columns=(first, 1.0 - first - last, last),
        table_indent=rng.choice((0.0, 0.0, 6.0)),
        cell_pad_x=rng.choice((4.0, 5.4, 6.0)),
        cell_pad_y=rng.choice((2.5, 3.0, 4.0)),
        para_gap=rng.choice((0.0, 0.0, 3.0, 6.0)),
        body_align=rng.choice(("left", "justify")),
        cell_align=rng.choice(("left", "justify")),
        heading_center=rng.random() < 0.5,
        list_indent=rng.choice((14.0, 18.0)),
        footer=rng.choice(("all", "some", "none")),
        footer_seed=rng.randrange(2**31),
        first_page_number=rng.choice((1, 1, 24)),
        border=rng.choice(("fill", "stroke")),
        border_width=rng.choice((0.5, 0.75)),
        rule_at_break=rng.random() < 0.5,
        shade=rng.choice((0.8, 0.85, 0.9)),
        commitment_new_page=rng.random() < 0.6,
        slash_breaks=rng.random() < 0.7,
        links=rng.random() < 0.8,
        variants=Variants(seed=rng.randrange(2**31)),
    )
