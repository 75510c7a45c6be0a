"""The document's own vocabulary, to tell a word broken at a line end from two words.

A line that holds one word reaching the cell's edge with no space after it is
either a word the engine had to break ("Pendamping" + "an") or a whole word
followed by the next ("meningkatkan" + "pelayanan"); geometry cannot tell them
apart. The report itself can: words repeat, so the joined form or the two
halves are found elsewhere, in the middle of lines, where nothing is broken.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from .model import TextLine

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
