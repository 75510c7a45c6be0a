"""Words an engine cut at a line end without a hyphen, told from the line's geometry.

An engine that meets a word wider than its line (ReportLab's `splitLongWords`,
CSS `overflow-wrap: anywhere`) fills the rest of the line with as much of the
word as fits and goes on with the rest on the next line, with no hyphen: "perta"
+ "nggungjawaban.", even inside a run of glued words the document's vocabulary
never sees whole ("pena" + "ndatangananmendiseminasikan"). Two facts of the
page tell such a cut from a line that ended between two words:

* the line ends within about one glyph of the edge it was set against: the
  next glyph would not have fitted;
* the pieces together are wider than the line they would open: no engine
  moves a word that fits on a line of its own to one, it moves it whole.

Both hold at an ordinary line end by chance now and then: before a word
wider than a line the engine starts a new line when the room left after the
space would not take its first glyph, and in most such cases the room left is
below one glyph too. So a line that ends with a whole word of the document
(four letters or more, which no cut leaves often: "aksi" + "mengumpulk...")
or with an acronym before lower case ("PUSHAM" + "penandatanganan") broke
between words, unless the vocabulary knows the joined word or one it begins
("bekerja" + "sama" where "bekerjasama" is written; `_broken_inside_word`
asks it first). A short known word stays a likely cut: engines leave "di",
"ke", "per", "me" as often as any other piece.

The edge is the cell's, not the widest of its lines, which may fall a word's
width short of it: the rule the grid found, less the cell's padding, which is
the smallest distance between a rule and the text of any cell of the same
table fragment (cells of one table share their padding). `set_text_edges`
stamps it on every line of a fragment's cells (`TextLine.right`).
"""

from __future__ import annotations

from .lexicon import Lexicon, is_prefix, lexical
from .model import RowGroup, TextLine

# How much wider than the tail's average glyph the room left at a line's end
# may be for the line to count as filled to its last glyph: glyphs differ in
# width ("m" is three times "i"), and the tail's first one is not measured.
GLYPH_SLACK = 1.3
# Points: a rule's own width, and rounding in the producer's metrics.
EDGE_TOL = 0.6
# Points a word must pass the line's width by to be too wide for it: less
# than that is the cell's padding measured a little off.
WIDTH_TOL = 1.5
# What may open a line that goes on with a word: "“penegakan”." after "“".
_OPENING = frozenset("“‘\"'([{«/")
# A whole word of the document this long ends a line more often than a cut does.
WHOLE_WORD = 4


def set_text_edges(groups: list[RowGroup]) -> None:
    """Stamp each line of the fragment's cells with the right edge its text was set against."""
    pieces = [p for g in groups for c in g.cells for p in c.pieces if p.lines]
    if not pieces:
        return
    pads = [min(ln.box.x0 for ln in p.lines) - p.box.x0 for p in pieces]
    pad = min((d for d in pads if d >= 0.0), default=0.0)
    for p in pieces:
        edge = p.box.x1 - pad
        for ln in p.lines:
            ln.right = edge


def avg_glyph(text: str, width: float) -> float:
    """The average advance of a token's glyphs."""
    return width / max(len(text), 1)


def filled(line: TextLine, nxt: TextLine, right: float) -> bool:
    """Whether the line's room left at `right` was too small for the next line's first glyph."""
    first = nxt.words[0]
    return right - line.words[-1].box.x1 <= GLYPH_SLACK * avg_glyph(first.text, first.box.width) + EDGE_TOL


def too_wide(line: TextLine, nxt: TextLine, right: float) -> bool:
    """Whether the line's last piece and the next line's first are together wider than the line they would open.

    A next line that holds nothing but its first piece, filled to its own
    edge, goes on past it: the word is at least a glyph wider.
    """
    last, first = line.words[-1], nxt.words[0]
    width = last.box.width + first.box.width
    if len(nxt.words) == 1 and nxt.right is not None and nxt.right - first.box.x1 <= EDGE_TOL + avg_glyph(first.text, first.box.width):
        width += avg_glyph(first.text, first.box.width)
    return width > right - nxt.box.x0 + WIDTH_TOL


def _goes_on(head: str, tail: str) -> bool:
    """A tail that can be the rest of the head's word: lower case after a letter, a digit or an opening sign.

    Not after an acronym ("PUSHAM" + "penandatanganan"): a capitalised word
    cut leaves one capital ("M" + "enyampaikan").
    """
    a, b = head[-1:], tail[:1]
    if b == "/" and tail[1:2].isalpha():
        return a.isalpha()  # "penting" + "/panduan": no author spaces before a slash
    if not b.islower():
        return False
    letters = lexical(head.rsplit("/", 1)[-1])
    if len(letters) >= 2 and head.rsplit("/", 1)[-1].strip("“‘\"'([{«").isupper():
        return False
    return a.isalpha() or a in _OPENING or a.isdigit()


def _whole_word(head: str, tail: str, lexicon: frozenset[str], several: bool) -> bool:
    """Whether the head ends with a word of the document that the tail does not go on with (see the module)."""
    whole = lexical(head + tail)
    if whole in lexicon or is_prefix(whole, lexicon):
        return False
    h, t = lexical(head), lexical(tail)
    if h in lexicon and t in lexicon:
        return True
    last = lexical(head.rsplit("/", 1)[-1])  # "adalah/adanya" ends with "adanya"
    return len(last) >= WHOLE_WORD and last in lexicon or last in lexicon and several


def cut_by_width(line: TextLine, nxt: TextLine, head: str, lexicon: frozenset[str] | None) -> bool:
    """Whether the engine cut a word too wide for its line between `line` and `nxt` (see the module).

    `head` is the word so far (pieces of it on earlier lines joined). Never in
    a document whose engine hyphenates (it would have printed a hyphen), nor
    where the vocabulary knows both pieces as words and the whole as none.
    """
    right = line.right
    if right is None or not nxt.words or not line.words:
        return False
    if isinstance(lexicon, Lexicon) and lexicon.engine_hyphens:
        return False
    tail = nxt.words[0].text
    if not _goes_on(head, tail):
        return False
    if not (filled(line, nxt, right) and too_wide(line, nxt, right)):
        return False
    if len(line.words) == 1 and head != line.words[0].text:
        # The line holds nothing but the middle of a cut word, filled to its
        # last glyph: that the word ends exactly there is the rarer chance.
        return True
    several = sum(1 for w in line.words if lexical(w.text)) > 1  # a bullet is not a word
    return lexicon is None or not _whole_word(head, tail, lexicon, several)
