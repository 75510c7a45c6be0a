"""Glyphs to words and lines, one rule set shared by every backend.

Each PDF library has its own idea of where a word ends: MuPDF invents space
characters where glyphs are far apart, pdfplumber splits at a fixed tolerance
in points, and neither says whether a space at the end of a line was really
drawn. Both backends therefore hand over raw glyphs in drawing order and this
module decides, so the two readings of a page agree word for word.

The rules, with sizes relative to the font size:

* a word ends at a space glyph (any Unicode space);
* a word ends where the next glyph is more than `WORD_GAP` to the right of the
  previous one (TeX squeezes the spaces of a justified line to 0.12 em:
  "MA keluarga"; a line-end hyphen drawn as a run of its own, as LibreOffice
  does, may sit up to `HYPHEN_GAP` away and still ends its word), leaves the baseline, or steps backwards (a new text run drawn
  over or before the old one, as with text overflowing a cell; a step of less
  than `KERN_BACK` is kerning: Inter Display pulls a full stop 0.03 em under
  the closing quote before it, "‘lokus’."; a new run after a list marker's
  "." or ")" ends it past `MARKER_GAP`: xhtml2pdf draws "1." 0.095 em before
  its item; a bullet glyph ends its word whatever follows it, and so does
  an "o" alone before a capital or an opening bracket or quote, the circle
  of a face that has no "◦");
  after a
  closing quote or bracket the limit is `CLOSER_GAP`: Times and its metric
  clones (Liberation Serif) kern a closing quote and the space after it
  together by 0.074 em, so TeX's squeezed space there is 0.0995 em
  ("‘juga’ banyak"), while inside a word a closing mark is followed by
  punctuation or an apostrophe's letter at 0.01 em or less. Before a
  closing mark that follows a letter or digit the limit widens to
  `KERNED_CLOSER` of the font's own space (the advance of a space glyph of
  the run, or of another run in the same font and size): Gentium kerns "f"
  and a closing quote 0.107 em apart ("responsif”", "restoratif’"), more
  than `WORD_GAP` but half its 0.22 em space, Junicode Two Beta Condensed
  0.78 of its space (a mark kerned further, narrower than every space of
  its line, is joined afterwards: `closers.py`); between
  two letters, or a slash and a letter, it widens to `KERNED_LETTER` of that
  space (Latin Modern Sans Quotation kerns "gj" 0.104 em apart, a third of its
  space; Junicode "/b" 0.11 em), the space looked up in the previous glyph's
  font too (Chromium draws a face as several Type3 subsets);
* `space_after` is true when a space glyph follows the word on its baseline,
  or when the next glyph in drawing order continues the baseline after a gap
  no wider than `SPACE_REACH` (producers that position each word instead of
  drawing spaces). A line that ends without a drawn space says that the line
  broke inside a word; that is kept as `space_after=False`;
* words whose baselines lie within `LINE_TOLERANCE` share a line id, across
  the whole width of the page (cells of one table row share it too); line ids
  run top to bottom and words are ordered by line, then left to right;
* a word drawn twice at the same place (overprinting used as fake bold) is
  kept once;
* a glyph of several characters (a ligature whose ToUnicode entry is "ti",
  "fi", "ffi", "ft": Carlito and Calibri through LibreOffice, Chromium and
  WeasyPrint, Latin Modern through pdfTeX, Typst) is one piece of its word.
  MuPDF's text trace gives its first character the glyph's box and the others
  glyph id -1 and no width at the same origin; those characters join the word
  and the next gap is measured from the glyph's full box, not from their empty
  one (which made "Akti f", "verifi kasi"). MuPDF's `rawdict` puts those
  characters at the glyph's right edge instead, and no span flag marks a
  ligature. pdfminer hands the glyph over as one character string, which the
  pdfplumber backend spreads over the same box;
* a soft hyphen (U+00AD) inside a word was printed: it reads "-" (see
  `glyph_text.printed`); one ending a word is left for the line joining to weigh.

Horizontal words get an em box derived from the baseline (`ASCENT` above,
`DESCENT` below) instead of each library's own font metrics, which disagree by
a point or more for the same glyph. Words in other directions keep the union of
their glyph boxes and a line of their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter

from .closers import CLOSERS, join_kerned_closers
from .fallback import TOUCH, Spaces, rejoin
from .glyph_text import SPACES, clean_font_name, is_bold, printed, text_of
from .kerning import KERNED_CLOSER, KERNED_LETTER, kerned
from .model import Box, Word

WORD_GAP = 0.1
HYPHEN_GAP = 0.15
CLOSER_GAP = 0.05
SPACE_REACH = 0.8
BASELINE_TOLERANCE = 0.1
LINE_TOLERANCE = 0.25
ASCENT = 0.8
DESCENT = 0.2
DUPLICATE_TOLERANCE = 1.0  # points
_SAME_ORIGIN = 0.01  # points: where a ligature's further characters sit
KERN_BACK = 0.1  # of the size: the longest step back a kerned glyph takes within its word
MARKER_GAP = 0.05  # of the size: a gap after a run ending in "." or ")" that ends the word at the next run

# (unicode code point, glyph id, origin (x, y), bbox (x0, top, x1, bottom)):
# the layout of PyMuPDF's text trace, which the MuPDF backend passes through
# untouched; the pdfplumber backend builds the same tuples.
Glyph = tuple[int, int, tuple[float, float], tuple[float, float, float, float]]

_HYPHEN_CODES = frozenset([0x2D, 0x2010, 0xAD])
# Closing quotes and brackets: a glyph more than `CLOSER_GAP` after one starts a new word.
_CLOSERS = frozenset(map(ord, CLOSERS))
_MARKER_ENDS = frozenset(map(ord, ".)"))  # how "1.", "a.", "1)" end
_BULLETS = frozenset(map(ord, "•●▪◦‣⁃"))
_O = ord("o")
_OPENINGS = frozenset(map(ord, "([{“‘"))  # what opens a bracket or a quotation
_BY_BASELINE = itemgetter(3, 1)  # horizontal words: baseline, then left edge
_BY_LEFT = itemgetter(1, 2)  # within a line: left edge, then right edge


@dataclass(slots=True)
class Run:
    """Consecutive glyphs sharing font, size and writing direction, in drawing order."""

    font: str
    size: float
    direction: tuple[float, float]  # unit vector of the baseline, y downwards
    glyphs: Sequence[Glyph]
    visibility: str = "visible"  # decided by the backend (see visibility.py); a change ends a word


# A word before line assignment: text, x0, x1, baseline, size, font,
# space_after, horizontal, top, bottom, visibility, first glyph's advance, and
# whether a space glyph of its own run ended it (`fallback`). A space glyph
# drawn with no word open is a raw of empty text.
_Raw = tuple[str, float, float, float, float, str, bool, bool, float, float, str, float, bool]


def is_horizontal(direction: tuple[float, float]) -> bool:
    dx, dy = direction
    return dx > 0.99 and abs(dy) < 0.01


def _horizontal_words(runs: list[Run], out: list[_Raw]) -> None:
    """Words of consecutive left-to-right runs, in one pass over their glyphs.

    This is the hot path of the layout stage (thousands of glyphs a page), so
    the per-glyph work is kept to what the rules need: a glyph is compared with
    the one before it only while a word is open, and a word's text is sliced
    from the stretch's text, built once, when the word closes.
    """
    glyphs: list[Glyph] = []
    for r in runs:
        glyphs.extend(r.glyphs)
    spaces: dict[tuple[str, float], float] = {}  # the advance of each font's space (`kerning.font_space`), once found
    text = text_of([g[0] for g in glyphs])
    start = -1  # index of the open word's first glyph; -1 while none is open
    w_x0 = w_base = w_first_x1 = w_size = 0.0
    w_font = ""
    w_vis = vis = ""
    px0 = px1 = py = 0.0  # the previous glyph, whatever its kind
    pu = 0  # its code point
    base = 0
    for ri, r in enumerate(runs):
        size = r.size if r.size > 0 else 1.0
        gap_max = WORD_GAP * size
        hyphen_max = HYPHEN_GAP * size
        closer_max = CLOSER_GAP * size
        tol = BASELINE_TOLERANCE * size
        reach = SPACE_REACH * size
        back = KERN_BACK * size
        marker_gap = MARKER_GAP * size
        touch = TOUCH * size
        font = r.font
        vis = r.visibility
        if start >= 0 and vis != w_vis:  # seen and unseen glyphs never share a word
            x1w = _right_edge(glyphs, start, base) if px1 < w_first_x1 and base - start > 1 else px1
            out.append((text[start:base], w_x0, x1w, w_base, w_size, w_font, False, True, 0.0, 0.0, w_vis, w_first_x1 - w_x0, False))
            start = -1
        for i, (u, _gid, (_ox, oy), (x0, _top, x1, _bottom)) in enumerate(r.glyphs, base):
            if u in SPACES:
                if start >= 0:
                    gap = x0 - px1
                    after = abs(oy - py) <= tol and -reach <= gap <= reach
                    x1w = _right_edge(glyphs, start, i) if px1 < w_first_x1 and i - start > 1 else px1
                    # ended by a space of its own run only where that space touches it (`fallback`)
                    own = after and abs(gap) <= touch
                    out.append((text[start:i], w_x0, x1w, w_base, w_size, w_font, after, True, 0.0, 0.0, w_vis, w_first_x1 - w_x0, own))
                    start = -1
                else:  # a space drawn with no word open: another run's word may end where it begins (`fallback`)
                    out.append(("", x0, x1, oy, size, font, True, True, 0.0, 0.0, vis, 0.0, True))
            elif start < 0:
                start, w_x0, w_base, w_first_x1, w_size, w_font, w_vis = i, x0, oy, x1, size, font, vis
            elif (
                (oy != py and abs(oy - py) > tol)
                # closer_max < gap_max: a gap within it (most glyphs) ends no word either way
                or (
                    (gap := x0 - px1) > closer_max
                    and (
                        (
                            gap > gap_max
                            and (u not in _HYPHEN_CODES or gap > hyphen_max)
                            and not (u in _CLOSERS and kerned(pu, gap, KERNED_CLOSER, r, runs, spaces))
                            # (a letter opening its run: the space may be drawn in the previous glyph's font only)
                            and not (
                                chr(u).isalpha()
                                and kerned(pu, gap, KERNED_LETTER, r, runs, spaces, runs[ri - 1] if i == base and ri > 0 else None)
                            )
                        )
                        or pu in _CLOSERS
                    )
                )
                or x0 < px0 - back
                # a list marker drawn as a run of its own, its text a new run after a gap
                # (xhtml2pdf sets "1." 0.095 em before its item, under `WORD_GAP`)
                or (i == base and pu in _MARKER_ENDS and x0 - px1 > marker_gap)
                or pu in _BULLETS  # a bullet is a word of its own, set close or not ("•Umum": xhtml2pdf)
                # so is an "o" standing for one before a capital or an opening bracket or quote
                # ("oPublikasi", "o(hadir)": a face without "◦"; no word opens so)
                or (i - start == 1 and pu == _O and (0x41 <= u <= 0x5A or u in _OPENINGS))
            ):
                # Off the baseline, too far right, or stepping back: a new word.
                gap = x0 - px1
                after = abs(oy - py) <= tol and (closer_max if pu in _CLOSERS else gap_max) < gap <= reach
                x1w = _right_edge(glyphs, start, i) if px1 < w_first_x1 and i - start > 1 else px1
                out.append((text[start:i], w_x0, x1w, w_base, w_size, w_font, after, True, 0.0, 0.0, w_vis, w_first_x1 - w_x0, False))
                start, w_x0, w_base, w_first_x1, w_size, w_font, w_vis = i, x0, oy, x1, size, font, vis
            if x1 > x0 or x0 - px0 > _SAME_ORIGIN or px0 - x0 > _SAME_ORIGIN:
                px0, px1, py, pu = x0, x1, oy, u
            # else: a character after the first of a multi-character glyph, drawn
            # with no width at that glyph's origin; the glyph's own box stays the
            # reference for the next gap ("ti" of "Aktif" is one glyph).
        base += len(r.glyphs)
    if start >= 0:
        x1w = _right_edge(glyphs, start, base) if px1 < w_first_x1 and base - start > 1 else px1
        out.append((text[start:base], w_x0, x1w, w_base, w_size, w_font, False, True, 0.0, 0.0, w_vis, w_first_x1 - w_x0, False))


def _right_edge(glyphs: list[Glyph], start: int, end: int) -> float:
    """The rightmost glyph edge of a word whose last glyph ends left of its first (overlaid text)."""
    return max([g[3][2] for g in glyphs[start:end]])


class _Collector:
    """Words of text in other directions (rotated, vertical), glyph by glyph.

    Such text is rare and its glyph boxes are all a backend-neutral reading
    offers, so a glyph continues the word when its box touches the word's box
    (within `WORD_GAP`), and any space glyph ends the word with a space.
    """

    __slots__ = ("out", "open", "parts", "box", "size", "font", "visibility")

    def __init__(self, out: list[_Raw]) -> None:
        self.out = out
        self.open = False
        self.parts: list[str] = []
        self.box = (0.0, 0.0, 0.0, 0.0)
        self.size = 0.0
        self.font = ""
        self.visibility = ""

    def close(self, space_after: bool) -> None:
        if self.open:
            x0, top, x1, bottom = self.box
            self.out.append(
                ("".join(self.parts), x0, x1, 0.0, self.size, self.font, space_after, False, top, bottom, self.visibility, 0.0, space_after)
            )
            self.open = False

    def feed(self, run: Run) -> None:
        size = run.size if run.size > 0 else 1.0
        g = WORD_GAP * size
        if self.open and run.visibility != self.visibility:
            self.close(False)
        for u, _gid, _origin, bbox in run.glyphs:
            if u in SPACES:
                self.close(True)
                continue
            x0, top, x1, bottom = bbox
            if self.open:
                wx0, wtop, wx1, wbottom = self.box
                if x0 <= wx1 + g and x1 >= wx0 - g and top <= wbottom + g and bottom >= wtop - g:
                    self.parts.append(text_of([u]))
                    self.box = (min(wx0, x0), min(wtop, top), max(wx1, x1), max(wbottom, bottom))
                    continue
                self.close(False)
            self.open = True
            self.parts = [text_of([u])]
            self.box = (x0, top, x1, bottom)
            self.size, self.font, self.visibility = size, run.font, run.visibility


def collect_words(runs: Iterable[Run]) -> list[_Raw]:
    """Split glyph runs into words in drawing order (see the module rules)."""
    out: list[_Raw] = []
    other = _Collector(out)
    stretch: list[Run] = []
    for run in runs:
        if not run.glyphs:
            continue
        if is_horizontal(run.direction):
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
    """Words with line ids, in reading order, duplicates dropped.

    Called once a page on every word, so the line and duplicate rules are
    inlined and sort keys are `itemgetter`s (the same keys as tuples, without a
    Python call per word).
    """
    drawn = {id(r): k for k, r in enumerate(raws)}  # the page's drawing order (`Word.drawn`)
    horizontal = [r for r in raws if r[7] and r[0]]
    spaces = Spaces(raws)
    other = [r for r in raws if not r[7] and r[0]]
    horizontal.sort(key=_BY_BASELINE)
    lines: list[list[_Raw]] = []
    line_base = 0.0
    members: list[_Raw] = []
    for r in horizontal:
        if members and r[3] - line_base <= LINE_TOLERANCE * r[4]:
            members.append(r)
        else:
            members = [r]
            lines.append(members)
            line_base = r[3]
    bold: dict[str, bool] = {}
    words: list[Word] = []
    for line_id, members in enumerate(lines):
        if len(members) > 1:
            members.sort(key=_BY_LEFT)
        members = rejoin(members, spaces.on(members))  # a word a fallback face drew in part (`fallback`)
        last: _Raw | None = None
        for r in members:
            if (
                last is not None
                and r[0] == last[0]
                and abs(last[1] - r[1]) <= DUPLICATE_TOLERANCE
                and abs(last[2] - r[2]) <= DUPLICATE_TOLERANCE
                and abs(last[3] - r[3]) <= DUPLICATE_TOLERANCE
                and r[10] == last[10]
            ):
                # Drawn twice at the same place: keep the first, with either's space.
                if r[6]:
                    words[-1].space_after = True
                continue
            last = r
            text, x0, x1, base, size, font, space_after = r[:7]
            is_b = bold.get(font)
            if is_b is None:
                is_b = bold[font] = is_bold(font)
            if not text.isascii():
                text = printed(text)
            box = Box(x0, base - ASCENT * size, x1, base + DESCENT * size)
            words.append(Word(text, box, font, size, is_b, line_id, space_after, r[10], advance=r[11], drawn=drawn.get(id(r), -1)))
    # Text in other directions keeps drawing order: sorting on coordinates
    # would let sub-point differences between libraries reorder it.
    for k, (text, x0, x1, _base, size, font, space_after, _h, top, bottom, visibility, _advance, _spaced) in enumerate(other):
        words.append(
            Word(
                printed(text),
                Box(x0, top, x1, bottom),
                font,
                size,
                is_bold(font),
                len(lines) + k,
                space_after,
                visibility,
            )
        )
    return words


def words_from_runs(runs: Iterable[Run]) -> list[Word]:
    """The page's words from its glyph runs (the one entry point backends call)."""
    return join_kerned_closers(assemble(collect_words(runs)))
