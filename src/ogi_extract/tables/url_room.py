"""What the room a URL's line leaves before its cell's edge tells of where the URL ended.

An engine that fills each line in turn cuts a URL between letters or digits
only where the next glyph does not fit: a line that ends with room for the
next line's first word, or for one more digit of a number, ended the URL
there. So does a slash that opens a line after one filled to its last glyph
(`slash_goes_on`): no author spaces before it. `word_breaks.broken_inside_word`
asks these after `url_breaks`.
"""

from __future__ import annotations

import regex

from ..layout.model import Word
from .cuts import EDGE_TOL, filled
from .language import known
from .lexicon import LAST_LETTERS, SEGMENT, URL_LIKE, Lexicon, is_prefix, lexical
from .model import TextLine
from .url_prose import HYPHENED_TAIL, PROSE_TAIL

# Digits that end a sentence or a clause: "1", "1.", "21),".
_NUMBER_TAIL = regex.compile(r"^(\d+)[.,;:!?)\]]*$")

_SEGMENT_OPENS = regex.compile(r"^[\p{L}\p{N}]+")


def segment_fitted(line: TextLine, first: Word, right: float | None, lexicon: frozenset[str] | None) -> bool:
    """Whether the line had room for the next line's first word of prose, so that no engine cut a URL before it.

    An engine that fills each line in turn breaks a URL between letters or
    digits only for lack of room (a sign offers a break of its own):
    "…/pengadaan-barang-informasi" ends its line 28 pt short of the edge at
    10.5 pt, "terkait/lokus," opens the next. Its "terkait" (the letters up to
    its first sign) is a word of the document's prose, or a common one of its
    language ("penelitian/fokus" after "…/id-d", 73 pt short), that joins no piece of
    its URLs with the letters before the break ("lapo" + "ran" does), and
    the room left held it or an em, wider than any glyph (an
    engine that cuts fills its line to the last glyph that fits), so the URL
    ended there. Only for such an engine: one that weighs whole paragraphs
    leaves room anywhere (`word_breaks.broken_inside_word` asks). Nor where
    the next word is a URL's itself, a dot or an underscore between its
    letters ("https://komisi" 34 pt short of the edge, then "informasi.go.",
    Typst breaking a host at a line it judged best): prose writes none so.
    """
    edge = line.edge if line.edge is not None else right
    head = line.words[-1].text
    opening = _SEGMENT_OPENS.match(first.text)
    if edge is None or opening is None or not head[-1:].isalnum() or not isinstance(lexicon, Lexicon):
        return False
    if URL_LIKE.search(first.text):
        return False
    word, before = opening.group(0).lower(), LAST_LETTERS.search(head)
    if (
        len(word) < SEGMENT  # "komisiinformas" + "i.go.id/": a letter or two is no sign of prose
        or not word.isalpha()
        or not known(word, lexicon)
        or before is None
        or before.group(0).lower() + word in lexicon.pieces
    ):
        return False
    width = first.box.width * opening.end() / len(first.text)
    return edge - line.words[-1].box.x1 > min(width, first.size)


def number_cut(head: str, line: TextLine, first: Word, edge: float | None) -> bool:
    """Whether a number at a URL's end was cut where its line was full: "…/index-202" + "1".

    The tail's digits are a word of the document ("1" numbers a list), so the
    vocabulary cannot tell. The geometry can: digits share one width in nearly
    every font, so a tail of digits gives the width of the next digit exactly
    (half an em at least when punctuation closes it: "1."), and a line that
    ends with less room than that, give or take the rounding of the
    producer's metrics (`cuts.EDGE_TOL`: Chromium left 6.31 pt before a
    "1" 6.29 pt wide), was full. A URL that ended
    with a number before prose that opens with one leaves the room of a space
    and that number.
    """
    number = _NUMBER_TAIL.match(first.text)
    if edge is None or number is None or not head[-1:].isdigit():
        return False
    digits = number.group(1)
    # a digit's width: exact from digits alone, else half an em (no face's digits are narrower)
    width = first.box.width / len(digits) if digits == first.text else 0.5 * first.size
    return edge - line.words[-1].box.x1 < width + EDGE_TOL


def word_after_url(line: TextLine, nxt: TextLine, edge: float | None, lexicon: frozenset[str] | None) -> bool:
    """Whether the next line opens with the start of a known word where the URL's line had room for more of it.

    "…laporan-barang" ends a line 9 pt short of its edge, "sensitifita" (of
    "sensitifitas") opens the next: an engine that breaks URLs anywhere would
    have filled the line, so the URL ended there. So too before any word of
    letters or digits, or words of the document joined by hyphens ("hak-hak";
    nothing after it but punctuation: `_prose_tail`), where the engine
    fills each line in turn (it hyphenates nowhere: `Lexicon.engine_hyphens`,
    `Lexicon.breaks_early`) and the URL's line ends in a letter or a digit on
    the same page: "…/pengadaan/2021" 8.5 pt short of its edge at 10 pt, then
    "kesejateraan", whose "k" takes 5.8 pt. Such an engine cuts a URL between
    letters or digits only where the next glyph does not fit (a sign offers
    a break of its own; a tail with a sign of a URL is `url_goes_on`'s).
    Limit: Typst weighs whole justified paragraphs and leaves room at a URL's
    cut, yet counts as such an engine in a document where it hyphenates
    nowhere; a tail whose letters join the head's into a piece of the
    document's URLs is joined before this is asked (`url_goes_on`).
    """
    if lexicon is None or edge is None or filled(line, nxt, edge):
        return False
    first = nxt.words[0]
    t = lexical(first.text)
    if len(t) >= 4 and is_prefix(t, lexicon) and t not in getattr(lexicon, "pieces", frozenset()):
        return True
    return (
        isinstance(lexicon, Lexicon)
        and not lexicon.weighs_paragraphs
        and line.page == nxt.page
        and line.words[-1].text[-1:].isalnum()
        and _prose_tail(first.text, lexicon)
    )


def _prose_tail(tail: str, lexicon: Lexicon) -> bool:
    """A word of prose opening a line (see `word_after_url`): letters or digits, or words of the document
    joined by hyphens ("hak-hak"; a URL's path joins its own pieces so, "dan-file-article"), then closing
    punctuation only."""
    if PROSE_TAIL.match(tail) is not None:
        return True
    compound = HYPHENED_TAIL.match(tail)
    return compound is not None and all(part.lower() in lexicon for part in compound.group(1).split("-"))


def slash_goes_on(line: TextLine, nxt: TextLine) -> bool:
    """Whether a line filled to its last glyph goes on with the next line's slash ("penting" + "/panduan").

    No author spaces before a slash between words, nor in a number
    ("PERKI1" + "/2021"): the engine cut there. A slash alone on its line
    goes on too ("operasional" + "/" + "masyarakat.", WeasyPrint): the engine
    cut before it and after it, the line was too narrow for either piece with it.
    """
    if line.edge is None or not line.words or not nxt.words:
        return False
    head, tail = line.words[-1].text, nxt.words[0].text
    alone = tail == "/" and len(nxt.words) == 1
    return tail[:1] == "/" and (tail[1:2].isalnum() or alone) and head[-1:].isalnum() and filled(line, nxt, line.edge)
