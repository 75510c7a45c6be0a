"""A piece of a word alone on a line: a lone letter that ends the word above, a word's middle between its head and rest.

Engines that cut a word too wide for its line leave pieces no rule of the
line's edge can weigh alone: the last letter moved to the next line before
other words ("…dipresentasika" + "n SDI", `lone_letter_ends_word`), or a
short head after other words, the middle filling the next line by itself and
the rest opening the one after ("Bulan e" + "kosiste" + "m", `begun_in_three`).
The vocabulary and the language read the pieces together; `word_breaks` asks.
"""

from __future__ import annotations

from .cuts import cut_again
from .language import known
from .lexicon import SEGMENT, Lexicon, lexical
from .model import TextLine
from .word_edges import REST, ends_words

# Letters that stand alone as signs rather than pieces of words: "o" a bullet, "x" a multiplication sign.
SIGN_LETTERS = frozenset("ox")


def lone_letter_ends_word(head: str, nxt: TextLine, lexicon: frozenset[str] | None) -> bool:
    """Whether a lone lower-case letter opening the next line, before other words, is the last letter of `head`.

    Engines that break a word too long for its line sometimes move its last
    letter alone to the next line, even with room left on the line before:
    "…dipresentasika" + "n SDI pembangunan", "ketidaklengkapandilegalisasika" +
    "n koordinasi rencana". The document writes no such letter as a word (a
    list's "a." or "b)" carries its mark, `word_breaks._marker`), so the letter
    is a piece of a word; it ends the head's word when the two end a word of the
    document or the language ("dipresentasikan"), or their last letters end
    `ENDINGS` words of the document ("ikan"), and the letter with the word after
    it is no word ("k oordinasi" spaced apart). Not "o" or "x", which stand as signs
    (`SIGN_LETTERS`), nor a letter before a sign or number ("n = 30").
    """
    if lexicon is None or len(nxt.words) < 2:
        return False
    letter, second = nxt.words[0].text, lexical(nxt.words[1].text)
    if not (len(letter) == 1 and letter.isalpha() and letter.islower()) or letter in SIGN_LETTERS or letter in lexicon:
        return False
    h = lexical(head)
    if not (h.isalpha() and len(h) >= REST and second[:1].isalpha()) or known(letter + second, lexicon):
        return False
    joined = h + letter
    reads = any(known(joined[i:], lexicon) for i in range(len(joined) - SEGMENT + 1))
    return reads or ends_words(joined[-REST:], lexicon)


def begun_in_three(head: str, nxt: TextLine, after: TextLine | None, lexicon: frozenset[str] | None) -> bool:
    """Whether the piece ending a line begins a word whose middle alone fills the next line and whose rest opens the one after.

    ReportLab fills a line's rest with part of a word wider than any line of
    a narrow column: "Bulan e", then "kosiste" alone filling the next line to
    the glyph that no longer fit (`cut_again`), then "m". The three join into
    a word of the document or its language ("ekosistem") that the middle is
    not, alone, with the rest or with the head: the word was cut twice. Only
    in a document whose engine cuts after other words and marks no cut with a
    hyphen (`Lexicon.cuts_after_words`, `engine_hyphens`).
    """
    pieces = three_pieces(head, nxt, after, lexicon)
    if pieces is None or not cut_again(nxt, after):
        return False
    h, t, a = pieces
    return known(h + t + a, lexicon) and not any(known(w, lexicon) for w in (t, t + a, h + t))


def three_pieces(
    head: str, nxt: TextLine, after: TextLine | None, lexicon: frozenset[str] | None
) -> tuple[str, str, str] | None:
    """The lookup forms of a word's head, its middle opening `nxt` and its rest opening `after` (on
    `nxt`'s page), letters only, the middle and the rest in lower case; None where the lines hold no
    such pieces, or the engine marks its cuts with a hyphen or cuts after no other words
    (`Lexicon.engine_hyphens`, `cuts_after_words`). Whether the middle fills its line is the
    caller's (`cut_again`). Shared by `begun_in_three` and `foot_pieces.word_begun_over_page`.
    """
    if not (isinstance(lexicon, Lexicon) and lexicon.cuts_after_words) or lexicon.engine_hyphens:
        return None
    if after is None or not after.words or after.page != nxt.page or not nxt.words:
        return None
    piece, rest = nxt.words[0].text, after.words[0].text
    h, t, a = lexical(head), lexical(piece), lexical(rest)
    if not (h.isalpha() and t.isalpha() and a.isalpha() and piece[:1].islower() and rest[:1].islower()):
        return None
    return h, t, a
