"""A closing mark kerned away from its word, told by the spaces of its own line.

`words` weighs the gap before a closing quote or bracket against the font's
space: under `words.KERNED_CLOSER` of it, the mark is kerned to its word. Where
no space glyph is drawn (TeX) that share cannot be weighed: Junicode sets "”"
after "f" 0.65 of its space away (clear of the f's hook), and TeX's squeezed
spaces are two thirds of the space, so no gap in points tells the two apart. The line
does: a squeezed or stretched line squeezes or stretches every space alike,
while a kern is narrower than every space the line holds. A mark whose gap is
under `CLOSER_SHARE` of the narrowest of at least `SPACES_SEEN` other spaces of
its line joins the word before it ("restoratif" + "”").
"""

from __future__ import annotations

from dataclasses import replace
from itertools import groupby

from .model import Word

CLOSERS = frozenset("’”)]»")
CLOSER_SHARE = 0.8  # of the line's narrowest space between words: a narrower gap is a kern
SPACES_SEEN = 2  # spaces of the line, besides the gap weighed, that show how wide its spaces are


def join_kerned_closers(words: list[Word]) -> list[Word]:
    """`words` (in reading order, a line's words together) with closing marks kerned away joined to their word."""
    out: list[Word] = []
    for _line, group in groupby(words, key=lambda w: w.line):
        line = list(group)
        if len(line) < SPACES_SEEN + 2 or not any(w.text[0] in CLOSERS for w in line[1:]):
            out.extend(line)
            continue
        out.extend(_joined(line))
    return out


def _joined(line: list[Word]) -> list[Word]:
    pairs = list(zip(line, line[1:]))
    marks = {k for k, (a, b) in enumerate(pairs) if _closes(a, b)}
    spaces = [b.box.x0 - a.box.x1 for k, (a, b) in enumerate(pairs) if k not in marks and a.space_after]
    spaces = [g for g in spaces if g > 0]
    if len(spaces) < SPACES_SEEN:
        return line
    narrowest = min(spaces)
    out = [line[0]]
    for k, (a, b) in enumerate(pairs):
        if k in marks and 0 <= b.box.x0 - a.box.x1 < CLOSER_SHARE * narrowest and out[-1] is a:
            out[-1] = replace(a, text=a.text + b.text, box=a.box.union(b.box), space_after=b.space_after)
        else:
            out.append(b)
    return out


def _closes(a: Word, b: Word) -> bool:
    """Whether `b` is a closing mark that may be kerned to `a`: after a letter or digit, seen alike."""
    return b.text[0] in CLOSERS and a.text[-1:].isalnum() and a.space_after and a.visibility == b.visibility
