"""Words to lines, and lines back to the text the author typed.

Line breaks inside a cell are the layout engine's, not the author's, so lines
are joined with one space, except where the engine broke a word: after "-" or
"/" glued to a letter or digit ("SP4N-" + "LAPOR!"), and inside a word too long
for a narrow column ("Pendamping" + "an"). The second is recognised the way the
engine decided it: the line ends without a space glyph, holds that one word (a
list marker aside), and the joined word would not have fitted on a line of its
own. The first condition alone is not enough: LibreOffice drops the trailing
space of a full line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from ..layout.model import Box, Word
from .model import TextLine

_LIST_MARKER = regex.compile(r"^(?:\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|[ivxIVX]{1,4}[.)]|\p{Co}|[•●·▪◦o\-–])$")
_GLUED_BREAK = regex.compile(r"[\p{L}\p{N}][-/‐]$")


def group_lines(words: Iterable[Word], page: int) -> list[TextLine]:
    """Cluster words into lines by vertical overlap, then order each line by x.

    Backends disagree on their own line ids, so lines are rebuilt from geometry:
    a word joins a line when its vertical centre lies within the line's band.
    """
    ordered = sorted(words, key=lambda w: (w.box.top, w.box.x0))
    lines: list[list[Word]] = []
    bands: list[tuple[float, float]] = []
    for w in ordered:
        cy = w.box.cy
        for i in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
            top, bottom = bands[i]
            if top <= cy <= bottom:
                lines[i].append(w)
                bands[i] = (min(top, w.box.top), max(bottom, w.box.bottom))
                break
        else:
            lines.append([w])
            bands.append((w.box.top, w.box.bottom))
    out: list[TextLine] = []
    for ws in lines:
        ws.sort(key=lambda w: w.box.x0)
        box = ws[0].box
        for w in ws[1:]:
            box = box.union(w.box)
        out.append(TextLine(page, ws, box))
    out.sort(key=lambda ln: (ln.box.top, ln.box.x0))
    return out


def _broken_inside_word(line: TextLine, nxt: TextLine, right: float | None) -> bool:
    last = line.words[-1]
    if last.space_after:
        return False
    content = [w for w in line.words if not _LIST_MARKER.match(w.text)]
    if len(content) != 1 or not nxt.words:
        return False
    if right is None:
        return True
    first = nxt.words[0]
    # The engine breaks inside a word only when the whole word cannot fit.
    return last.box.x0 + last.box.width + first.box.width > right + 0.5


@dataclass(slots=True)
class JoinedText:
    """Joined text with the character offset of every word, for provenance."""

    text: str
    words: list[Word]
    starts: list[int]

    def words_from(self, offset: int) -> list[Word]:
        return [w for w, s in zip(self.words, self.starts) if s >= offset]

    def words_before(self, offset: int) -> list[Word]:
        return [w for w, s in zip(self.words, self.starts) if s < offset]


def join_lines(
    lines: list[TextLine],
    *,
    right: float | None = None,
    bullets: frozenset[str] = frozenset(),
    bullet: str = "•",
) -> JoinedText:
    """The text of consecutive lines, joined by the rules above.

    `right` is the right edge the lines were set against (a cell's inner edge),
    used to tell a word broken for lack of room from one the author ended.
    """
    chunks: list[str] = []
    words: list[Word] = []
    starts: list[int] = []
    pos = 0
    prev: TextLine | None = None
    for line in lines:
        for i, w in enumerate(line.words):
            token = bullet if w.text in bullets else w.text
            if not token:
                continue
            if chunks:
                glued = (
                    i == 0
                    and prev is not None
                    and (_GLUED_BREAK.search(chunks[-1]) is not None or _broken_inside_word(prev, line, right))
                )
                if not glued:
                    chunks.append(" ")
                    pos += 1
            chunks.append(token)
            words.append(w)
            starts.append(pos)
            pos += len(token)
        if line.words:
            prev = line
    return JoinedText("".join(chunks), words, starts)


def lines_box(lines: list[TextLine]) -> Box | None:
    if not lines:
        return None
    box = lines[0].box
    for ln in lines[1:]:
        box = box.union(ln.box)
    return box
