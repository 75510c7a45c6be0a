"""Paragraphs to positioned lines inside a column of a given width.

A `SetLine` is one line of a cell or of the page body with its runs placed relative
to the column's left edge; the page composer only decides where lines go
vertically.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from . import fonts
from .linebreak import Line, break_paragraph
from .spec import Paragraph, Text
from .style import Align, Style

_URL = re.compile(r"https?://\S*[^\s.,;:)]")  # a URL without the sentence's closing punctuation
_MAX_GAP = 0.45  # largest justification gap per space, in em: wider gaps split lines in extraction


@dataclass(frozen=True, slots=True)
class LinePiece:
    """A run relative to the column: x offset, text, font key, justification gap."""

    dx: float
    text: str
    font: str
    word_gap: float = 0.0


@dataclass(slots=True)
class SetLine:
    pieces: list[LinePiece]
    height: float
    size: float
    gap: float = 0.0  # space above the line; dropped at the top of a page or cell part
    keep: int = -1  # keep-together group id, -1 for none
    links: list[tuple[float, float, str]] = field(default_factory=list)  # (dx0, dx1, uri)


class Typesetter:
    """Sets text for one style; holds the measures shared by every column."""

    def __init__(self, style: Style) -> None:
        self.style = style
        self.regular = style.font
        self.bold = fonts.BOLD[style.font]
        self._keep_ids = 0

    def new_keep_id(self) -> int:
        self._keep_ids += 1
        return self._keep_ids

    def width(self, text: str, font: str, size: float) -> float:
        return fonts.metrics(font).width(text, size)

    def label(
        self, text: str, width: float, *, bold: bool = True, size: float | None = None
    ) -> list[SetLine]:
        """A label as printed, spaces kept, unless it must wrap."""
        size = size or self.style.size
        font = self.bold if bold else self.regular
        if self.width(text, font, size) <= width:
            return [SetLine([LinePiece(0.0, text + " ", font)], size * self.style.leading, size)]
        return self.paragraph(Paragraph(" ".join(text.split())), width, bold=bold, size=size, align="left")

    def text(
        self,
        text: Text,
        width: float,
        *,
        align: Align,
        bold: bool = False,
        size: float | None = None,
        keep: bool = False,
    ) -> list[SetLine]:
        """Every paragraph of a field; `keep` ties all its lines into one group."""
        out: list[SetLine] = []
        for i, para in enumerate(text):
            lines = self.paragraph(para, width, bold=bold, size=size, align=align)
            if lines:
                lines[0].gap = 0.0 if i == 0 else self.style.para_gap
            out.extend(lines)
        if keep and out:
            group = self.new_keep_id()
            for line in out:
                line.keep = group
        return out

    def paragraph(
        self,
        para: Paragraph,
        width: float,
        *,
        bold: bool = False,
        size: float | None = None,
        align: Align = "left",
        center: bool = False,
    ) -> list[SetLine]:
        style = self.style
        size = size or style.size
        font = self.bold if bold else self.regular
        metrics = fonts.metrics(font)
        text_dx = 0.0
        marker_piece: LinePiece | None = None
        if para.marker is not None:
            indent = min(style.list_indent, width * 0.2)
            marker_dx = para.level * indent
            marker_font = fonts.SYMBOL if para.marker in fonts.SYMBOL_CODES else font
            marker_w = fonts.metrics(marker_font).width(para.marker, size)
            text_dx = max(marker_dx + indent, marker_dx + marker_w + metrics.width(" ", size))
            marker_piece = LinePiece(marker_dx, para.marker, marker_font)
        avail = max(width - text_dx, size)
        lines = break_paragraph(
            para.text, avail, lambda s: metrics.width(s, size), slash=style.slash_breaks
        )
        height = size * style.leading
        out: list[SetLine] = []
        offsets = _line_offsets(lines)
        urls = [(m.start(), m.end(), m.group()) for m in _URL.finditer(para.text)]
        for i, line in enumerate(lines):
            gap = 0.0
            if align == "justify" and i < len(lines) - 1:
                gap = _justify_gap(line, avail, size, metrics.width(" ", size))
            dx = text_dx + ((avail - line.width) / 2 if center else 0.0)
            text = line.text + (" " if line.space else "")
            pieces = [LinePiece(dx, text, font, gap)]
            if i == 0 and marker_piece is not None:
                pieces.insert(0, marker_piece)
            set_line = SetLine(pieces, height, size)
            if urls:
                measure = lambda s: metrics.width(s, size)  # noqa: E731
                set_line.links = _link_spans(line, offsets[i], urls, dx, gap, measure)
            out.append(set_line)
        return out


def _line_offsets(lines: list[Line]) -> list[int]:
    """Where each line starts in the paragraph text (lines rebuild it exactly)."""
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line.text) + (1 if line.space else 0)
    return offsets


def _justify_gap(line: Line, avail: float, size: float, space_w: float) -> float:
    spaces = line.text.count(" ")
    if spaces == 0:
        return 0.0
    return min((avail - line.width) / spaces, _MAX_GAP * size)


def _link_spans(
    line: Line,
    start: int,
    urls: list[tuple[int, int, str]],
    dx: float,
    gap: float,
    measure: Callable[[str], float],
) -> list[tuple[float, float, str]]:
    spans = []
    end = start + len(line.text)
    for u0, u1, uri in urls:
        a, b = max(u0, start), min(u1, end)
        if a >= b:
            continue
        head = line.text[: a - start]
        part = line.text[a - start : b - start]
        x0 = dx + measure(head) + gap * head.count(" ")
        spans.append((x0, x0 + measure(part), uri))
    return spans
