"""The document's own vocabulary, to tell a word broken at a line end from two words.

A line that holds one word reaching the cell's edge with no space after it is
either a word the engine had to break ("Pendamping" + "an") or a whole word
followed by the next ("meningkatkan" + "pelayanan"); geometry cannot tell them
apart. The report itself can: words repeat, so the joined form or the two
halves are found elsewhere, in the middle of lines, where nothing is broken.

The same evidence tells a hyphen the engine added at a line end (TeX,
WeasyPrint with `hyphens: auto`: "in-" + "formasi", "Kemente-" + "rian") from
one the author typed ("masing-" + "masing", "Semi-" + "Aktif", "SP4N-" +
"LAPOR!"); see `drops_hyphen`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from .model import Cell, TextLine

_EDGES = regex.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")
SOFT_HYPHEN = "\u00ad"
# What ends a line broken at a hyphen: the ASCII hyphen-minus, Unicode's
# hyphen, and the soft hyphen some producers write for the one they added.
LINE_END_HYPHENS = ("-", "\u2010", SOFT_HYPHEN)
_LOWER_START = regex.compile(r"^\p{Ll}")
_LOWER_END = regex.compile(r"\p{Ll}$")
_UPPER_WORD = regex.compile(r"^\p{Lu}+$")
_LETTERS = regex.compile(r"^\p{L}+$")


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


def drops_hyphen(head: str, tail: str, lexicon: frozenset[str] | None, full_line: bool = True) -> bool:
    """Whether the hyphen ending `head` (a line's last word) was the engine's, to drop when `tail` joins it.

    Evidence, strongest first:

    * a soft hyphen (U+00AD) is the producer saying so: dropped;
    * the author's own forms are kept: reduplication ("masing-masing",
      "program-program", "Una-Una"), a capital after the hyphen in a word that
      is not all capitals ("Semi-Aktif"), anything but letters at the break
      ("2019-2021", "COVID-19"), and any hyphenated form the document writes
      inside a line ("ko-kreasi" when it is spelled so elsewhere);
    * the document's vocabulary: the joined word written elsewhere
      ("informasi", "Kementerian", "Pembangunan") drops the hyphen, unless both
      parts are words of their own there too (then the hyphen stays: nothing
      tells a compound from a break);
    * a word the document writes nowhere else (TeX hyphenates rare words too)
      drops the hyphen only when neither part is a word of the document, both
      have at least two letters, the break is between lower-case letters and
      the line was full (`full_line`), and the parts do not rhyme like a
      reduplication ("gotong-royong", "sayur-mayur": the same last two
      letters); capitals there are kept ("PAN-RB", "SP4N-LAPOR!").

    Limits: a compound the document never writes whole nor hyphenated, whose
    parts are not words of it either, loses its hyphen when it falls on a
    line end; a word hyphenated where both parts are words ("di-" + "kelola")
    and whose joined form is written nowhere else keeps it. Without a
    vocabulary only the soft hyphen is dropped.
    """
    if not head or head[-1] not in LINE_END_HYPHENS or not tail:
        return False
    if head[-1] == SOFT_HYPHEN:
        return True
    if lexicon is None:
        return False
    stem = head[:-1]
    h, t = lexical(stem), lexical(tail)
    if not h or not t or not stem[-1:].isalpha() or not tail[:1].isalpha():
        return False
    if h == t:
        return False  # reduplication
    upper = _UPPER_WORD.match(regex.sub(r"[^\p{L}]", "", stem + tail)) is not None
    if tail[:1].isupper() and not upper:
        return False  # "Semi-Aktif", "Una-Una", "SP4N-LAPOR!"
    if lexical(head + tail) in lexicon:
        return False  # the document writes the hyphenated form itself
    if lexical(stem + tail) in lexicon:
        return not (h in lexicon and t in lexicon)
    return (
        full_line
        and h not in lexicon
        and t not in lexicon
        and _LETTERS.match(h) is not None  # not a URL, a path or a code
        and _LETTERS.match(t) is not None
        and len(h) >= 2
        and len(t) >= 2
        and not (len(h) > 2 and len(t) > 2 and h[-2:] == t[-2:])  # rhyming reduplication
        and _LOWER_END.search(stem) is not None
        and _LOWER_START.match(tail) is not None
    )
