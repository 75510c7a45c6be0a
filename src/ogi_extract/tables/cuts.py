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

Both facts hold at an ordinary line end by chance now and then: before a word
wider than a line the engine starts a new line when the room left after the
space would not take its first glyph, and in most such cases the room left is
below one glyph too. So a line that ends with a whole word of the document
(four letters or more, which no cut leaves often: "aksi" + "mengumpulk...")
or with an acronym before lower case ("PUSHAM" + "penandatanganan") broke
between words, unless the vocabulary knows the joined word or one it begins
("bekerja" + "sama" where "bekerjasama" is written;
`word_breaks.broken_inside_word` asks it first). A short known word ("di", "per", "me": engines leave such
pieces as often as any other) is a cut on a line whose spaces are the font's
own and a line end on a justified one, where every line reaches its edge
(there the pieces must also pass the line's width by half a glyph), unless
the tail is no word and the two begin a longer one, or the document writes
the short word only as an acronym ("pen" + "andatangananm" beside "PEN").
A word too wide for any line that the engine moved whole to the next line
and cut at that line's end ("hak" | "reakredita" + "si") leaves the word
before it whole (`moved_whole`); so does a justified line whose spaces are
stretched by more than the next glyph (`stretch`), the space after a list
marker counted ("c.      Akhir" at the edge, `marker_spread`): the engine
left that room unfilled (`left_unfilled`). The case of the letters and the
quotes on each side weigh too (`word_case`): an acronym before lower case
ended its word, capitals on both sides may be an acronym cut. Limit:
in left-aligned text of an engine that never cuts after other words (CSS),
a short word before a long one is taken for a cut ("uji" + "sensitifitas...").

The edge is the cell's, not the widest of its lines, which may fall a word's
width short of it: the rule the grid found, less the cell's padding, which is
the smallest distance between a rule and the text of any cell of the same
table fragment (cells of one table share their padding). `set_text_edges`
stamps it on every line of a fragment's cells (`TextLine.edge`).
"""

from __future__ import annotations

import regex

from ..layout.model import Word
from .lexicon import SEGMENT, URL_LIKE, Lexicon, is_prefix, lexical
from .model import RowGroup, TextLine
from .word_case import acronym_cut

# How much wider than the tail's first glyph (as estimated by `first_glyph`)
# the room left at a line's end may be for the line to count as filled to its
# last glyph: fonts differ from the proportions assumed.
GLYPH_SLACK = 1.2
# The same for a glyph of half an em or more in those proportions ("d", "p",
# "k"), whose share of a word text fonts keep within a few per cent; narrow
# ones ("i", "t", "r") differ most between fonts (`filled`, `strict`).
WIDE_SLACK = 1.05
WIDE_GLYPH = 500
# Points: a rule's own width, and rounding in the producer's metrics.
EDGE_TOL = 0.6
# ems: the widest first glyph of a piece's rest `cut_again` takes as the one that no longer fit
REST_GLYPH = 0.7
# What may open a line that goes on with a word: "“penegakan”." after "“".
_OPENING = frozenset("“‘\"'([{«/")
# A whole word of the document this long ends a line more often than a cut does.
WHOLE_WORD = 4
# The widest space of a text font, in ems (Helvetica 0.28, DejaVu Sans 0.32):
# a line whose spaces are wider was justified.
NATURAL_SPACE = 0.45
# A space narrower than any text font's (Carlito 0.226 em), for a line with no space of its own to measure.
NARROWEST_SPACE = 0.2
SPACE_TOL = 0.25  # points a producer's rounding leaves beside a space (LibreOffice: 2.33 pt left, spaces of 2.21-2.29)
# A list marker, which is no word of its line.
LIST_MARKER = regex.compile(r"^(?:\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|[ivxIVX]{1,4}[.)]|\p{Co}|[•●·▪◦\-–o])$")


def set_text_edges(groups: list[RowGroup]) -> None:
    """Stamp each line of the fragment's cells with the right edge its text was set against."""
    pieces = [p for g in groups for c in g.cells for p in c.pieces if p.lines]
    if not pieces:
        return
    pads = [min(ln.box.x0 for ln in p.lines) - p.box.x0 for p in pieces]
    pad = min((d for d in pads if d >= 0.0), default=0.0)
    for p in pieces:
        # never short of the piece's own lines inside its box: where every cell's text is
        # indented (a list filling a page's one cell) the left offset overstates the padding
        reach = max((ln.box.x1 for ln in p.lines if ln.box.x1 <= p.box.x1 + EDGE_TOL), default=p.box.x1 - pad)
        edge = max(p.box.x1 - pad, reach)
        for ln in p.lines:
            ln.edge = edge


def avg_glyph(text: str, width: float) -> float:
    """The average advance of a token's glyphs."""
    return width / max(len(text), 1)


# Advance widths of Helvetica (the standard metrics, thousandths of an em),
# as the proportions of a text font's glyphs: "m" is three "i" in most.
_HELVETICA = dict(
    zip("abcdefghijklmnopqrstuvwxyz", (556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
                                        556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500))
) | dict(
    zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
                                        722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611))
) | dict.fromkeys(".,:;/!|'‘’", 250) | dict.fromkeys("-()[]“”\"", 333)
_DEFAULT_ADVANCE = 556


def first_glyph(text: str, width: float) -> float:
    """The advance of a token's first glyph, its share of the token's width in a text font's proportions."""
    if not text:
        return 0.0
    total = sum(_HELVETICA.get(c, _DEFAULT_ADVANCE) for c in text)
    return width * _HELVETICA.get(text[0], _DEFAULT_ADVANCE) / total


def glyph_advance(word: Word) -> float:
    """The advance of a word's first glyph: as drawn where the layout measured it, else `first_glyph`'s estimate.

    The estimate takes a text font's proportions; in a monospaced face
    (Liberation Mono) an "i" is as wide as an "m", three times the estimate.
    """
    return word.advance if word.advance > 0 else first_glyph(word.text, word.box.width)


def filled(line: TextLine, nxt: TextLine, right: float, strict: bool = False) -> bool:
    """Whether the line's room left at `right` was too small for the next line's first glyph.

    `strict` holds a wide glyph to `WIDE_SLACK` where a word cut is weighed
    (`cut_by_width`, and `word_breaks.broken_inside_word` at last): "dokumen"
    8.9 pt short of its edge at 12 pt, then "pendampi", whose "p" takes 7.6 pt
    (DejaVu Sans), was no cut; nor "…menindaklanjuti" 7.7 pt short at 10 pt
    before "dan". No cut in the corpus and the hold-outs left more room
    before a wide glyph than `WIDE_SLACK` allows.
    """
    first = nxt.words[0]
    slack = GLYPH_SLACK
    if strict and _HELVETICA.get(first.text[:1], _DEFAULT_ADVANCE) >= WIDE_GLYPH:
        slack = WIDE_SLACK
    return right - line.words[-1].box.x1 <= slack * glyph_advance(first) + EDGE_TOL


def too_wide(line: TextLine, nxt: TextLine, right: float, justified: bool = False) -> bool:
    """Whether the line's last piece and the next line's first are together wider than the line they would open.

    A next line that holds nothing but its first piece, filled to its own
    edge, goes on past it: the word is at least a glyph wider. A justified
    line reaches its edge whatever it ended with, so there the pieces must
    pass the line's width by half a glyph: less is as often chance.
    """
    last, first = line.words[-1], nxt.words[0]
    glyph = avg_glyph(first.text, first.box.width)
    width = last.box.width + first.box.width
    if len(nxt.words) == 1 and nxt.edge is not None and nxt.edge - first.box.x1 <= EDGE_TOL + glyph:
        width += glyph
    return width > right - nxt.box.x0 + (max(EDGE_TOL, 0.5 * glyph) if justified else EDGE_TOL)


def _goes_on(head: str, tail: str) -> bool:
    """A tail that can be the rest of the head's word: lower case after a letter, a digit or an opening sign,
    or capitals after capitals (an acronym cut: "SIREK" + "AP", see `word_case`).

    Not after an acronym ("PUSHAM" + "penandatanganan", "K/L" + "laboratorium"):
    a capitalised word cut leaves one capital ("M" + "enyampaikan").
    """
    a, b = head[-1:], tail[:1]
    if b == "/" and tail[1:2].isalpha():
        return a.isalpha()  # "penting" + "/panduan": no author spaces before a slash
    if _inside_number(head, tail):
        return True
    if not b.islower():
        return "/" not in head and acronym_cut(head, tail)  # "SIREK" + "AP": capitals on both sides
    letters = lexical(head.rsplit("/", 1)[-1])
    if len(letters) >= 2 and head.rsplit("/", 1)[-1].strip("“‘\"'([{«").isupper():
        return False
    if "/" in head and sum(c.isalpha() for c in head) >= 2 and head.strip("“‘\"'([{«").isupper():
        return False  # acronyms with a slash, each part whole: "K/L" + "laboratorium"
    return a.isalpha() or a in _OPENING or a.isdigit()


def _inside_number(head: str, tail: str) -> bool:
    """Whether the break falls between two digits of a token that is more than a number ("PERKI1/202" + "1").

    Such a token wider than its line is cut anywhere, by engines that hyphenate
    words too (none hyphenates digits); two numbers ("2020" ending a line,
    "2021" opening the next) are no such token, and the line's width tells the
    rest (`too_wide`). A URL's number is `url_room.number_cut`'s.
    """
    return head[-1:].isdigit() and tail[:1].isdigit() and not head.isdigit() and URL_LIKE.search(head) is None


def _whole_word(head: str, tail: str, lexicon: frozenset[str], line: TextLine) -> bool:
    """Whether the head ends with a word of the document that the tail does not go on with (see the module).

    A short one ("di", "per") after other words ends its line unless the
    line's spaces are the font's own: a justified line stretches them, and
    one an engine ended to cut a word does not (ReportLab breaks it there).
    """
    whole = lexical(head + tail)
    if whole in lexicon or is_prefix(whole, lexicon):
        return False
    h, t = lexical(head), lexical(tail)
    if h in lexicon and t in lexicon:
        return True
    last = lexical(head.rsplit("/", 1)[-1])  # "adalah/adanya" ends with "adanya"
    if last not in lexicon:
        return False
    if last in getattr(lexicon, "capitals", ()) and not head.rsplit("/", 1)[-1].isupper():
        return False  # "pen", where the document writes only the acronym "PEN"
    joined = lexical(last + tail)
    if last != h and t in lexicon and joined not in lexicon and not is_prefix(joined, lexicon):
        # A slash compound whose last part and the tail are both words that join
        # into none, as two whole words do: "aparatur/dan" + "web".
        return True
    if len(last) >= WHOLE_WORD:
        return True
    if head.rsplit("/", 1)[-1].isupper() and last in getattr(lexicon, "lower_only", ()):
        return False  # "PER", where the document writes "per" only out of capitals: a piece of "PERKI1/2021"
    if t not in lexicon and not is_prefix(t, lexicon) and any(
        whole[:k] in lexicon for k in range(len(h) + SEGMENT, len(whole))
    ):
        # A short word, and the tail is no word and begins none, but the two
        # begin a longer word of the document ("pen" + "andatangananm").
        return False
    words = [w for w in line.words if lexical(w.text)]  # a bullet is not a word
    if len(words) < 2:
        return False
    prose = [w for w in words if not LIST_MARKER.match(w.text)]
    return len(prose) < 2 or "/" in head or not _unstretched(prose)


def stretch(words: list[Word]) -> float:
    """What a justified line's spaces take beyond the widest space of a text font (`NATURAL_SPACE`): room the
    engine left at the line's end before it spread it over the spaces.

    An engine that cuts a word to fill a line's rest (ReportLab) leaves less
    than a glyph to spread; one that moved the word whole to the next line
    (CSS) may leave many ems ("ditiadakan", 37 pt of space, "bantuan", then
    "dipertimbangkanteridenti..." alone on its line): the line ended a word.
    """
    return sum(max(0.0, b.box.x0 - a.box.x1 - NATURAL_SPACE * a.size) for a, b in zip(words, words[1:]))


def marker_spread(line: TextLine, nxt: TextLine) -> float:
    """Room a justified line spread between its list marker and the word after it, in points.

    A list item's first line holds its marker ("o", "c.") and then its text,
    which starts where the item's next lines start (a hanging indent) or a
    space after the marker. A word after the marker set further right was
    pushed there by a justified line's stretched space ("o      ‘di’",
    "c.      Akhir" at the cell's edge): the engine had room left at the
    line's end to spread, so it moved the next word whole rather than cut it.
    Zero where the line opens with no marker or the next line opens an item.
    """
    ws = line.words
    if len(ws) < 2 or not nxt.words or not LIST_MARKER.match(ws[0].text) or LIST_MARKER.match(nxt.words[0].text):
        return 0.0
    marker, word = ws[0], ws[1]
    if nxt.box.x0 > marker.box.x1:  # a hanging indent: the item's text starts where its next line does
        return max(0.0, word.box.x0 - nxt.box.x0)
    return max(0.0, word.box.x0 - marker.box.x1 - NATURAL_SPACE * marker.size)


def left_unfilled(line: TextLine, nxt: TextLine, prose: list[Word] | None = None) -> bool:
    """Whether a justified line spread more room than the next line's first glyph over its spaces: it ended a word.

    An engine that cuts a word to fill a line's rest leaves less than a glyph
    to spread; one that moved the word whole to the next line may leave many
    ems (`stretch` over the words of `prose`, a justified line's words; the
    space after a list marker, `marker_spread`).
    """
    first = nxt.words[0]
    room = (stretch(prose) if prose else 0.0) + marker_spread(line, nxt)
    return room > GLYPH_SLACK * glyph_advance(first) + EDGE_TOL


def _unstretched(words: list[Word]) -> bool:
    """Whether the spaces between the words are the font's own, not a justified line's."""
    return all(b.box.x0 - a.box.x1 <= NATURAL_SPACE * a.size for a, b in zip(words, words[1:]))


def full_line(line: TextLine, right: float | None, tail: Word | None = None) -> bool:
    """Whether a line ending with a hyphen was full: the word it broke would not have fit whole.

    Within two ems of the right edge, or with less room left after the hyphen
    than the next line's first word (`tail`) takes, measured to the cell's edge
    (`TextLine.edge`) where it is known and to `right` elsewhere: an engine
    that hyphenates at the syllables and sets text ragged-right (Typst,
    LibreOffice) hyphenates a long word whose rest would not fit, however much
    room the line has left ("Diimplemen-" + "tasikan" 25 pt short of the edge,
    "penanda-" + "tanganan" three ems short). A line of one word is full too:
    no engine that fills lines one by one leaves the word's rest off a line
    where it fits, and one that weighs a whole paragraph (TeX) sets a word
    alone when it cannot stretch the line ("keterbatas-" + "an", 26 pt short
    of the edge in a justified column).
    """
    last = line.words[-1]
    if right is None or right - last.box.x1 <= 2 * last.size or len(line.words) == 1:
        return True
    edge = line.edge if line.edge is not None else right
    return tail is not None and edge - last.box.x1 < tail.box.width


def space_fitted(line: TextLine, right: float | None) -> bool:
    """Whether a space after the line's last word would have fitted before its edge.

    A producer that ends each line broken between words with a space glyph
    (`Vocabulary.spaces_mark_breaks`) leaves it out where it would cross the
    cell's edge (LibreOffice: "berekspresi penilaian" ends 1.4 pt short of its
    edge, its spaces 2.26 pt wide): only a line with room for its space, past
    its rounding (`SPACE_TOL`), says by having none that it broke inside a word. The space is the line's own
    narrowest gap between words, the narrowest of a text font's where it has
    one word.
    """
    ws = line.words
    last = ws[-1]
    edge = line.edge if line.edge is not None else right
    if edge is None:
        return True
    gaps = [b.box.x0 - a.box.x1 for a, b in zip(ws, ws[1:]) if a.space_after and b.box.x0 > a.box.x1]
    space = min(gaps) if gaps else NARROWEST_SPACE * last.size
    return edge - last.box.x1 >= space + SPACE_TOL


def cut_again(line: TextLine, after: TextLine | None = None) -> bool:
    """Whether the line holds one piece alone that ends in a letter within half an em of its edge: the word goes on.

    Half an em, not an em: a long word alone on a narrow line ends within an
    em of the edge by chance ("menitikberatkan" 9.6 pt short at 11 pt); an
    engine that cuts it fills the line to the glyph that no longer fits.
    Where the piece's rest is known (`after`, the line it goes on with), that
    glyph is its first, as wide as it was drawn there, up to `REST_GLYPH` em:
    "npenandat" 5.6 pt short of its edge at 11 pt, the "a" of "anganan" 6.7
    pt wide (DejaVu Sans).
    """
    if len(line.words) != 1 or line.edge is None:
        return False
    only = line.words[0]
    room = line.edge - only.box.x1
    limit = 0.5 * only.size
    if after is not None and after.words and after.words[0].size == only.size:
        limit = max(limit, min(after.words[0].advance, REST_GLYPH * only.size))
    return not only.space_after and only.text[-1:].isalnum() and -EDGE_TOL <= room < limit


def moved_whole(head: str, nxt: TextLine, lexicon: frozenset[str]) -> bool:
    """Whether the next line's piece is the start of a word the engine moved there whole and cut at that line's end.

    "hak" ends its line, "reakredita" alone fills the next to its edge and
    "si" follows: the tail begins a known word, the head is one and the two
    together begin none. The word was too wide for any line; its cut is the
    next line's end, not this one's.
    """
    if not cut_again(nxt):
        return False
    h, t = lexical(head), lexical(nxt.words[0].text)
    return (
        h in lexicon
        and t not in lexicon
        and is_prefix(t, lexicon)
        and not is_prefix(h + t, lexicon)
        and h + t not in lexicon
    )


def cut_by_width(line: TextLine, nxt: TextLine, head: str, lexicon: frozenset[str] | None) -> bool:
    """Whether the engine cut a word too wide for its line between `line` and `nxt` (see the module).

    `head` is the word so far (pieces of it on earlier lines joined). Never in
    a document whose engine hyphenates (it would have printed a hyphen), nor
    where the vocabulary knows both pieces as words and the whole as none.
    """
    right = line.edge
    if right is None or not nxt.words or not line.words:
        return False
    tail = nxt.words[0].text
    if isinstance(lexicon, Lexicon) and lexicon.engine_hyphens and not _inside_number(head, tail):
        return False  # it would have printed a hyphen; no engine hyphenates a number ("PERKI1/202" + "1")
    if not _goes_on(head, tail):
        return False
    prose = [w for w in line.words if lexical(w.text) and not LIST_MARKER.match(w.text)]
    justified = len(prose) >= 2 and not _unstretched(prose)
    if not (filled(line, nxt, right, strict=True) and too_wide(line, nxt, right, justified)):
        return False
    if left_unfilled(line, nxt, prose if justified else None):
        return False  # room left unfilled, spread over the spaces: "ditiadakan      bantuan" + "dipertimbangkan…"
    if lexicon is not None and moved_whole(head, nxt, lexicon):
        return False
    if len(line.words) == 1 and head != line.words[0].text:
        # The line holds nothing but the middle of a cut word, filled to its
        # last glyph: that the word ends exactly there is the rarer chance.
        return True
    return lexicon is None or not _whole_word(head, tail, lexicon, line)
