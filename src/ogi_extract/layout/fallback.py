"""A word drawn in two faces: the glyphs a fallback face drew put back into their words.

A producer that sets text in a face lacking some characters draws those in
another face, and may draw each face's glyphs of a line as a run of its own,
one after the other: LibreOffice in Karla Tamil Inclined draws a line's stops,
commas, digits and spaces in that face, then its letters in Noto Sans. In
drawing order, "Progres" ends where "Oleh" begins, a gap that reads as a
space, and the stop drawn into that gap earlier stands alone: "Progres ." Read
left to right, the two runs touch. So on each line, in reading order:

* a word not ended by a space glyph of its own run, touched within
  `TOUCH` of the size by the next word, set in another face and seen alike,
  goes on with it ("Progres" + "." is "Progres.", "B" + "06:" is "B06:");
* a word not ended by a space glyph of its own run, whose end a space glyph
  of another run touches, is followed by a space ("lebih" at a line's end,
  its space drawn with the stops): the line did not break inside it.

Words a space glyph of their own run ends, and any two in the same face, are
left as the drawing order read them: a face that has every glyph never
splits a word across runs drawn apart. So are two of which one is bold and
the other not: a face falls back to one of its own weight ("B" + "06:" in
Karla Bold and Noto Sans Bold), while a text run over a bold label may end
where the label does (Chromium: "fokus" 0.1 pt after "B24:" of "Target
B24:", the line "masyarakat, fokus" drawn over it).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from .glyph_text import is_bold

# of the size: how far apart two runs' glyphs may lie and still touch (the
# fallback's glyph placed at the advance of the one before it: 0.01 em apart
# and less in the reports seen; a squeezed space is 0.12 em at least)
TOUCH = 0.05

# A word before line assignment (`words._Raw`): text, x0, x1, baseline, size,
# font, space_after, horizontal, top, bottom, visibility, first glyph's
# advance, and whether a space glyph of its own run ended it.
Raw = tuple[Any, ...]


def _touches(x1: float, x0: float, size: float) -> bool:
    return abs(x0 - x1) <= TOUCH * size


class Spaces:
    """The space glyphs of a page drawn with no word open (raws of empty text), by baseline.

    Most pages have none; a page set with a fallback face has one in most
    gaps between words, so each line is given only those on its baselines.
    """

    def __init__(self, raws: list[Raw]) -> None:
        self.raws = sorted((r for r in raws if r[7] and not r[0]), key=lambda r: r[3])
        self.bases = [r[3] for r in self.raws]

    def on(self, line: list[Raw]) -> list[Raw]:
        """Those within `TOUCH` of the size of the line's baselines."""
        if not self.raws:
            return []
        reach = TOUCH * max(r[4] for r in line)
        low, high = min(r[3] for r in line) - reach, max(r[3] for r in line) + reach
        return self.raws[bisect_left(self.bases, low) : bisect_right(self.bases, high)]


def rejoin(line: list[Raw], spaces: list[Raw]) -> list[Raw]:
    """One line's words, left to right, with the glyphs of a fallback face put back (see the module).

    `spaces`: space glyphs drawn with no word open (a run of stops and
    spaces) on the line's baselines (`Spaces.on`).
    """
    out: list[Raw] = []
    face = ""  # the face of the last piece of the word read last ("SP" + "4" + "N": Noto, Karla, Noto)
    for r in line:
        if out:
            a = out[-1]
            if (
                not a[12]
                and face != r[5]
                and a[10] == r[10]
                and abs(a[3] - r[3]) <= TOUCH * a[4]
                and _touches(a[2], r[1], a[4])
                and is_bold(face) == is_bold(r[5])
            ):
                out[-1] = (a[0] + r[0], a[1], max(a[2], r[2]), a[3], a[4], a[5], r[6], True, 0.0, 0.0, a[10], a[11], r[12])
                face = r[5]
                continue
        out.append(r)
        face = r[5]
    if spaces:
        for k, r in enumerate(out):
            if not r[12] and any(
                abs(s[3] - r[3]) <= TOUCH * r[4] and _touches(r[2], s[1], r[4]) and s[5] != r[5] for s in spaces
            ):
                out[k] = (*r[:6], True, *r[7:12], True)
    return out
