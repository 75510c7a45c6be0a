"""One report as a neutral document: what every engine prints, in order.

Engines typeset these blocks in their own way (their fonts, breaks, borders,
footers); the words are decided here, once, so every rendering of a seed carries
the same text and the same truth. Per-row label variants ("Nilai 100%" without
its colon, the score on the line after "Nilai:", "Proses Kokreasi :") are drawn
from the document's seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ogi_extract.synth import make_report
from ogi_extract.synth.content import SpecParams, random_spec
from ogi_extract.synth.spec import CommitmentSpec, Paragraph, Spec, TargetSpec, Text

from .wording import EDITIONS, Wording

if TYPE_CHECKING:
    from .front_layout import FrontMatter


@dataclass(frozen=True, slots=True)
class Title:
    """The cover: the report's title, alone on the first page."""

    text: str


@dataclass(frozen=True, slots=True)
class Heading:
    """A bold heading line; `centered` for section titles. `new_page` starts it on a new page."""

    text: str
    centered: bool = False
    new_page: bool = False


@dataclass(frozen=True, slots=True)
class Labelled:
    """A bold label on its own line ("Ukuran Keberhasilan 1:", "Tindak Lanjut:") and its text."""

    label: str
    body: Text


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell: an optional head line (bold or not) then paragraphs.

    `valign` is where the content sits in a cell taller than it ("top", "middle").
    """

    head: str | None
    body: Text = ()
    bold_head: bool = True
    valign: str = "top"

    @property
    def is_empty(self) -> bool:
        return self.head is None and not self.body


@dataclass(frozen=True, slots=True)
class HeadRow:
    """The implementer's name over the three columns, shaded."""

    text: str


@dataclass(frozen=True, slots=True)
class TargetRow:
    """A target row: `target` spans both sub-rows on the left;
    sub-row 1 is (achievement, score), sub-row 2 is (cocreation, cocreation_label)."""

    target: Cell
    achievement: Cell
    score: Cell
    cocreation: Cell
    cocreation_label: Cell


@dataclass(frozen=True, slots=True)
class Table:
    """One bordered table of three columns: an implementer's heading row, then its target rows.

    `columns` are the fractions of the text width (left, middle, right).
    """

    rows: tuple[HeadRow | TargetRow, ...]
    columns: tuple[float, float, float] = (0.24, 0.54, 0.22)


@dataclass(frozen=True, slots=True)
class Prose:
    """Paragraphs of running text (the front matter's sentences); a paragraph with a marker is a list item."""

    body: Text


@dataclass(frozen=True, slots=True)
class Slice:
    """One slice of a pie: its legend label, the percentage printed on it, its colour (hex, no "#")."""

    label: str
    percent: int
    colour: str


@dataclass(frozen=True, slots=True)
class Figure:
    """A captioned pie chart ("Gambar 1" and its title lines above it) with its legend.

    `drawing` "vector": slices, percentages and legend drawn as vector graphics and
    text; "image": the slices as a picture with no text, the legend as text below.
    """

    caption: tuple[str, ...]
    slices: tuple[Slice, ...]
    drawing: str = "vector"
    source: str | None = None


@dataclass(frozen=True, slots=True)
class FrontCell:
    """A cell of a front-matter table: paragraphs, each on its own line(s).

    `bold_first` sets the first paragraph bold ("Komitmen 3:"), `bold` all of them;
    `fill` shades the cell (hex, no "#"), as the co-creation scale's swatches.
    """

    paragraphs: tuple[str, ...]
    bold: bool = False
    bold_first: bool = False
    centre: bool = False
    fill: str | None = None


@dataclass(frozen=True, slots=True)
class FrontTable:
    """A bordered table of the front matter: an optional shaded header row, rows of cells,
    a caption ("Tabel 1.", then its title line) above it or below it.

    `columns` are fractions of the table's width, `width` the table's fraction of
    the text width; `repeat_header` repeats the header row on each page it runs over;
    `break_before` starts that row (an index of `rows`) on a new page, where the
    engine can be told to (the author's manual break).
    """

    header: tuple[str, ...] | None
    rows: tuple[tuple[FrontCell, ...], ...]
    columns: tuple[float, ...]
    caption: tuple[str, ...] = ()
    caption_below: bool = False
    repeat_header: bool = False
    width: float = 1.0
    break_before: int | None = None


@dataclass(frozen=True, slots=True)
class Spacer:
    """Empty vertical space, in points: it pushes what follows towards the page's end."""

    height: float


Block = Title | Heading | Labelled | Table | Prose | Figure | FrontTable | Spacer
FRONT_BLOCKS = (Prose, Figure, FrontTable, Spacer)


@dataclass(frozen=True, slots=True)
class Document:
    seed: int
    wording: Wording
    blocks: tuple[Block, ...]
    spec: Spec
    front: FrontMatter | None = None  # the front matter printed between cover and detail, with its truth

    def truth(self) -> dict[str, Any]:
        return self.spec.truth()

    def front_truth(self) -> dict[str, Any] | None:
        """The front matter's published figures, shaped as `Summary.figures()`; None without one."""
        return None if self.front is None else self.front.truth

    @property
    def target_count(self) -> int:
        return self.spec.target_count


@dataclass(frozen=True, slots=True)
class RowVariants:
    """Probabilities of the per-row label oddities printed reports show."""

    score_no_colon: float = 0.05  # "Nilai 100%"
    score_next_line: float = 0.1  # "Nilai:" then the score on the next line
    score_tight: float = 0.05  # "Nilai:100%"
    cocreation_spaced_colon: float = 0.1  # "Proses Kokreasi :"
    label_middle: float = 0.8  # the co-creation label centred vertically in its cell


def make_document(
    seed: int,
    edition: str = "2021",
    *,
    params: SpecParams | None = None,
    pages_hint: int | None = None,
    variants: RowVariants | None = None,
    row_words: int | None = None,
    front: bool = False,
    inject: str | None = None,
) -> Document:
    """The document of a seed in an edition's wording; the same seed gives the same content.

    `front` puts the front matter a correct report publishes between the cover and
    the detail; `inject` (a name of `front.INJECTIONS`) changes one of its figures.
    """
    wording = EDITIONS[edition]
    params = params or SpecParams(periods=wording.periods, wording=wording.content)
    # The edition is part of the content's seed: the 2021 and 2022 documents of one seed differ.
    content_seed = seed * 100 + list(EDITIONS).index(edition)
    spec = _spec(content_seed, params, pages_hint)
    if front or inject:
        from .front import ungraded

        # A commitment with no scored target (or no co-creation label) has no grade to publish,
        # and a correct report could not list it: the front matter's documents draw again.
        redraw = 1
        while ungraded(spec):
            spec = _spec(content_seed + 7919 * redraw, params, pages_hint)
            redraw += 1
    commitments = spec.commitments if row_words is None else tuple(_fit(c, row_words) for c in spec.commitments)
    spec = Spec(commitments, title=wording.title, action_plan=wording.action_plan)
    blocks = _blocks(spec, wording, random.Random(seed ^ 0xC0FFEE), variants or RowVariants())
    matter = None
    if front or inject:
        from .front_layout import make_front

        matter = make_front(spec, wording, seed, inject)
        blocks[1:1] = matter.blocks
    return Document(seed, wording, tuple(blocks), spec, matter)


def _spec(content_seed: int, params: SpecParams, pages_hint: int | None) -> Spec:
    if pages_hint is None:
        return random_spec(random.Random(content_seed), params)
    # the synthetic generator sizes the content to its own page layout, close enough here
    return make_report(content_seed, pages_hint=pages_hint, params=params).spec


def _fit(c: CommitmentSpec, words: int) -> CommitmentSpec:
    """The commitment with each row's cells cut to `words` words per cell (whole paragraphs,
    or the first words of a single longer one).

    For engines that cannot break a row across pages (LaTeX's longtable): a row
    taller than a page would lose text, so such documents keep every cell short.
    """

    def cut(text: Text) -> Text:
        out: list[Paragraph] = []
        total = 0
        for para in text:
            n = len(para.text.split())
            if total + n > words:
                if not out:  # one paragraph longer than a cell may be: its first words
                    out.append(replace(para, text=" ".join(para.text.split()[:words])))
                break
            out.append(para)
            total += n
        return tuple(out)

    blocks = tuple(
        replace(
            b,
            targets=tuple(
                replace(t, target_text=cut(t.target_text), achievement_text=cut(t.achievement_text),
                        cocreation_text=cut(t.cocreation_text))
                for t in b.targets
            ),
        )
        for b in c.blocks
    )
    return replace(c, blocks=blocks)


def _blocks(spec: Spec, w: Wording, rng: random.Random, v: RowVariants) -> list[Block]:
    out: list[Block] = [Title(spec.title)]
    out.append(Heading(w.section.format(count=len(spec.commitments), plan=spec.action_plan), centered=True, new_page=True))
    out.append(Heading(w.section_sub, centered=True))
    for i, c in enumerate(spec.commitments):
        out.append(Heading(w.commitment.format(number=c.number), new_page=i > 0))
        out.append(Heading(c.title))
        start = 0
        while start < len(c.blocks):
            measure = c.blocks[start].measure
            end = start
            while end < len(c.blocks) and c.blocks[end].measure == measure:
                end += 1
            out.append(Labelled(w.measure.format(number=measure.number), (Paragraph(measure.text),)))
            for block in c.blocks[start:end]:
                rows: list[HeadRow | TargetRow] = [HeadRow(block.implementer)]
                rows.extend(target_row(t, w, rng, v) for t in block.targets)
                out.append(Table(tuple(rows)))
            start = end
        if c.follow_up:
            out.append(Labelled(w.follow_up, c.follow_up))
    return out


def target_row(t: TargetSpec, w: Wording, rng: random.Random, v: RowVariants) -> TargetRow:
    """The five cells of a target row; always three draws, so variants stay stable per row."""
    score_r, coc_r, mid_r = rng.random(), rng.random(), rng.random()
    cocreation_head = w.cocreation.replace(":", " :") if coc_r < v.cocreation_spaced_colon else w.cocreation
    label = t.cocreation_label
    return TargetRow(
        target=Cell(f"{t.label}:", t.target_text),
        achievement=Cell(w.achievement, t.achievement_text),
        score=score_cell(t.score, w, score_r, v),
        cocreation=Cell(cocreation_head, t.cocreation_text),
        cocreation_label=Cell(None, (Paragraph(label),) if label is not None else (), valign="middle" if mid_r < v.label_middle else "top"),
    )


def score_cell(score: str | None, w: Wording, r: float, v: RowVariants) -> Cell:
    label = w.score
    bare = label.rstrip(":").rstrip()
    if score is None:
        return Cell(label, bold_head=False)
    if r < v.score_no_colon:
        return Cell(f"{bare} {score}", bold_head=False)
    if r < v.score_no_colon + v.score_next_line:
        return Cell(label, (Paragraph(score),), bold_head=False)
    if r < v.score_no_colon + v.score_next_line + v.score_tight:
        return Cell(f"{label}{score}", bold_head=False)
    return Cell(f"{label} {score}", bold_head=False)
