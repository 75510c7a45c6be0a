"""The document's own vocabulary, to tell a word broken at a line end from two words.

A line that holds one word reaching the cell's edge with no space after it is
either a word the engine had to break ("Pendamping" + "an") or a whole word
followed by the next ("meningkatkan" + "pelayanan"); geometry cannot tell them
apart. The report itself can: words repeat, so the joined form or the two
halves are found elsewhere, in the middle of lines, where nothing is broken.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from .model import Cell, TextLine

_EDGES = regex.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")


def lexical(token: str) -> str:
    """The lookup form of a token: lower case, punctuation at both ends dropped."""
    return _EDGES.sub("", token).lower()


def build_lexicon(lines: Iterable[TextLine]) -> frozenset[str]:
    """Words seen where no line break can have cut them: inside a line, or ended by a space."""
    words: set[str] = set()
    for line in lines:
        ws = line.words
        last = len(ws) - 1
        for i, w in enumerate(ws):
            if 0 < i < last or (i == last and i > 0 and w.space_after):
                words.add(lexical(w.text))
    words.discard("")
    return frozenset(words)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """What the document tells about its own line breaks.

    `words`: see `build_lexicon`. `spaces_mark_breaks`: whether this producer
    writes a space glyph at the end of a full line that broke between words
    (Word does, LibreOffice drops it). When it does, a full line without one
    can only have broken inside a word.
    """

    words: frozenset[str]
    spaces_mark_breaks: bool


def _full_lines_keep_spaces(cells: Iterable[Cell]) -> bool:
    """Whether full lines of several words, cut before their cell ends, end in a space."""
    kept = dropped = 0
    for cell in cells:
        lines = cell.lines
        if len(lines) < 2:
            continue
        right = max(ln.box.x1 for ln in lines)
        for ln in lines[:-1]:
            last = ln.words[-1]
            if len(ln.words) >= 2 and right - last.box.x1 <= 0.6 * last.size:
                if last.space_after:
                    kept += 1
                else:
                    dropped += 1
    return kept + dropped >= 5 and kept >= 0.8 * (kept + dropped)


def build_vocabulary(lines: Iterable[TextLine], cells: Iterable[Cell]) -> Vocabulary:
    return Vocabulary(build_lexicon(lines), _full_lines_keep_spaces(cells))
