"""Glyphs to words and lines, one rule set shared by every backend.

Each PDF library has its own idea of where a word ends: MuPDF invents space
characters where glyphs are far apart, pdfplumber splits at a fixed tolerance
in points, and neither says whether a space at the end of a line was really
drawn. Both backends therefore hand over raw glyphs in drawing order and this
module decides, so the two readings of a page agree word for word.

The rules, with sizes relative to the font size:

* a word ends at a space glyph (any Unicode space);
* a word ends where the next glyph is more than `WORD_GAP` to the right of the
  previous one, leaves the baseline, or steps backwards (a new text run drawn
  over or before the old one, as with text overflowing a cell);
* `space_after` is true when a space glyph follows the word on its baseline,
  or when the next glyph in drawing order continues the baseline after a gap
  no wider than `SPACE_REACH` (producers that position each word instead of
  drawing spaces). A line that ends without a drawn space says that the line
  broke inside a word; that is kept as `space_after=False`;
* words whose baselines lie within `LINE_TOLERANCE` share a line id, across
  the whole width of the page (cells of one table row share it too); line ids
  run top to bottom and words are ordered by line, then left to right;
* a word drawn twice at the same place (overprinting used as fake bold) is
  kept once.

Horizontal words get an em box derived from the baseline (`ASCENT` above,
`DESCENT` below) instead of each library's own font metrics, which disagree by
a point or more for the same glyph. Words in other directions keep the union of
their glyph boxes and a line of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .model import Box, Word

WORD_GAP = 0.15
SPACE_REACH = 0.8
BASELINE_TOLERANCE = 0.1
LINE_TOLERANCE = 0.25
ASCENT = 0.8
DESCENT = 0.2
DUPLICATE_TOLERANCE = 1.0  # points

# (unicode code point, glyph id, origin (x, y), bbox (x0, top, x1, bottom)):
# the layout of PyMuPDF's text trace, which the MuPDF backend passes through
# untouched; the pdfplumber backend builds the same tuples.
Glyph = tuple[int, int, tuple[float, float], tuple[float, float, float, float]]

SPACES = frozenset([0x09, 0x0A, 0x0D, 0x20, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200C)])
_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
)
_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
_BOLD = re.compile(r"bold|black|heavy|semibold|demibold|demi\b|ultrabold|extrabold", re.IGNORECASE)


@dataclass(slots=True)
class Run:
    """Consecutive glyphs sharing font, size and writing direction, in drawing order."""

    font: str
    size: float
    direction: tuple[float, float]  # unit vector of the baseline, y downwards
    glyphs: Sequence[Glyph]


def clean_font_name(name: str) -> str:
    """Font name without the subset tag ("ABCDEF+Calibri" -> "Calibri")."""
    return _SUBSET_PREFIX.sub("", name or "")


def is_bold(font: str) -> bool:
    """Bold by the font's name, the only signal both libraries expose alike."""
    return bool(_BOLD.search(font))


# A word before line assignment: text, x0, x1, baseline, size, font,
# space_after, horizontal, top, bottom.
_Raw = tuple[str, float, float, float, float, str, bool, bool, float, float]


def _is_horizontal(run: Run) -> bool:
    dx, dy = run.direction
    return dx > 0.99 and abs(dy) < 0.01


def _text_of(codes: list[int]) -> str:
    try:
        return "".join(map(chr, codes))
    except (ValueError, OverflowError):
        return "".join(chr(c) if 0 <= c <= 0x10FFFF else "\ufffd" for c in codes)


_WORD = re.compile("[BC]C*")


def _kinds(glyphs: Sequence[Glyph], previous: Glyph | None, size: float) -> str:
    """One letter per glyph: S a space, C continuing the previous glyph's word, B breaking from it.

    A glyph continues the word when it sits on the previous glyph's baseline,
    starts no more than `WORD_GAP` after its end and does not step backwards.
    """
    gap_max = WORD_GAP * size
    tol = BASELINE_TOLERANCE * size
    prevs = [previous, *glyphs[:-1]]
    return "".join(
        [
            "S"
            if g[0] in SPACES
            else "B"
            if p is None or abs(g[2][1] - p[2][1]) > tol or g[3][0] - p[3][2] > gap_max or g[3][0] < p[3][0] - 0.01
            else "C"
            for g, p in zip(glyphs, prevs)
        ]
    )


def _horizontal_words(runs: list[Run], out: list[_Raw]) -> None:
    """Words of consecutive left-to-right runs.

    This is the hot path of the layout stage (thousands of glyphs a page): the
    per-glyph rule is one list comprehension per run, and words are cut from the
    resulting string of glyph kinds with a regular expression.
    """
    glyphs: list[Glyph] = []
    kinds: list[str] = []
    starts: list[int] = []  # index of each run's first glyph
    previous: Glyph | None = None
    for r in runs:
        starts.append(len(glyphs))
        kinds.append(_kinds(r.glyphs, previous, r.size if r.size > 0 else 1.0))
        glyphs.extend(r.glyphs)
        previous = r.glyphs[-1]
    kind = "".join(kinds)
    text = _text_of([g[0] for g in glyphs])
    n = len(glyphs)
    sizes = [r.size if r.size > 0 else 1.0 for r in runs]
    nruns = len(starts)
    k = 0  # run holding the word's first glyph
    for m in _WORD.finditer(kind):
        s, e = m.span()
        while k + 1 < nruns and starts[k + 1] <= s:
            k += 1
        first, last = glyphs[s], glyphs[e - 1]
        x1 = last[3][2]
        if e - s > 1 and x1 < first[3][2]:
            x1 = max([g[3][2] for g in glyphs[s:e]])
        after = False
        if e < n:
            # The glyph after the word decides, at its own size.
            nxt = glyphs[e]
            j = k
            while j + 1 < nruns and starts[j + 1] <= e:
                j += 1
            size_next = sizes[j]
            if abs(nxt[2][1] - last[2][1]) <= BASELINE_TOLERANCE * size_next:
                gap = nxt[3][0] - last[3][2]
                reach = SPACE_REACH * size_next
                after = -reach <= gap <= reach if kind[e] == "S" else WORD_GAP * size_next < gap <= reach
        out.append((text[s:e], first[3][0], x1, first[2][1], sizes[k], runs[k].font, after, True, 0.0, 0.0))


class _Collector:
    """Words of text in other directions (rotated, vertical), glyph by glyph.

    Such text is rare and its glyph boxes are all a backend-neutral reading
    offers, so a glyph continues the word when its box touches the word's box
    (within `WORD_GAP`), and any space glyph ends the word with a space.
    """

    __slots__ = ("out", "open", "parts", "box", "size", "font")

    def __init__(self, out: list[_Raw]) -> None:
        self.out = out
        self.open = False
        self.parts: list[str] = []
        self.box = (0.0, 0.0, 0.0, 0.0)
        self.size = 0.0
        self.font = ""

    def close(self, space_after: bool) -> None:
        if self.open:
            x0, top, x1, bottom = self.box
            self.out.append(("".join(self.parts), x0, x1, 0.0, self.size, self.font, space_after, False, top, bottom))
            self.open = False

    def feed(self, run: Run) -> None:
        size = run.size if run.size > 0 else 1.0
        g = WORD_GAP * size
        for u, _gid, _origin, bbox in run.glyphs:
            if u in SPACES:
                self.close(True)
                continue
            x0, top, x1, bottom = bbox
            if self.open:
                wx0, wtop, wx1, wbottom = self.box
                if x0 <= wx1 + g and x1 >= wx0 - g and top <= wbottom + g and bottom >= wtop - g:
                    self.parts.append(_text_of([u]))
                    self.box = (min(wx0, x0), min(wtop, top), max(wx1, x1), max(wbottom, bottom))
                    continue
                self.close(False)
            self.open = True
            self.parts = [_text_of([u])]
            self.box = (x0, top, x1, bottom)
            self.size, self.font = size, run.font


def collect_words(runs: Iterable[Run]) -> list[_Raw]:
    """Split glyph runs into words in drawing order (see the module rules)."""
    out: list[_Raw] = []
    other = _Collector(out)
    stretch: list[Run] = []
    for run in runs:
        if not run.glyphs:
            continue
        if _is_horizontal(run):
            other.close(False)
            stretch.append(run)
        else:
            if stretch:
                _horizontal_words(stretch, out)
                stretch = []
            other.feed(run)
    if stretch:
        _horizontal_words(stretch, out)
    other.close(False)
    return out


def assemble(raws: list[_Raw]) -> list[Word]:
    """Words with line ids, in reading order, duplicates dropped."""
    horizontal = [r for r in raws if r[7] and r[0]]
    other = [r for r in raws if not r[7] and r[0]]
    horizontal.sort(key=lambda r: (r[3], r[1]))
    lines: list[list[_Raw]] = []
    line_base = 0.0
    for r in horizontal:
        if lines and r[3] - line_base <= LINE_TOLERANCE * r[4]:
            lines[-1].append(r)
        else:
            lines.append([r])
            line_base = r[3]
    bold: dict[str, bool] = {}
    words: list[Word] = []
    for line_id, members in enumerate(lines):
        if len(members) > 1:
            members.sort(key=lambda r: (r[1], r[2]))
        kept: list[_Raw] = []
        for r in members:
            if kept and _duplicate(kept[-1], r):
                last = kept[-1]
                kept[-1] = (*last[:6], last[6] or r[6], *last[7:])
                continue
            kept.append(r)
        for text, x0, x1, base, size, font, space_after, _h, _t, _b in kept:
            is_b = bold.get(font)
            if is_b is None:
                is_b = bold[font] = is_bold(font)
            if not text.isascii():
                text = text.translate(_LIGATURES)
            box = Box(x0, base - ASCENT * size, x1, base + DESCENT * size)
            words.append(Word(text, box, font, size, is_b, line_id, space_after))
    # Text in other directions keeps drawing order: sorting on coordinates
    # would let sub-point differences between libraries reorder it.
    for k, (text, x0, x1, _base, size, font, space_after, _h, top, bottom) in enumerate(other):
        words.append(
            Word(
                text.translate(_LIGATURES),
                Box(x0, top, x1, bottom),
                font,
                size,
                is_bold(font),
                len(lines) + k,
                space_after,
            )
        )
    return words


def _duplicate(a: _Raw, b: _Raw) -> bool:
    return (
        a[0] == b[0]
        and abs(a[1] - b[1]) <= DUPLICATE_TOLERANCE
        and abs(a[2] - b[2]) <= DUPLICATE_TOLERANCE
        and abs(a[3] - b[3]) <= DUPLICATE_TOLERANCE
    )


def words_from_runs(runs: Iterable[Run]) -> list[Word]:
    """The page's words from its glyph runs (the one entry point backends call)."""
    return assemble(collect_words(runs))
