"""A word's first letters left alone on a page's last line, its rest at the top of the next page.

An engine that cuts a row at a page's foot, and words anywhere, may leave a
word's first letters on the page's last line ("m" + "engupayak" + "an.",
"pe" + "ngimpleme..."), however much room that line has: the line's edge,
which decides every other line end (`word_breaks`), says nothing there. The
next page's first word and the document's vocabulary do; with the line after
it too where the piece is a short word itself ("di" + "hasilka" + "n").
"""

from __future__ import annotations

from .cuts import cut_again
from .language import known
from .lexicon import URL_LIKE, Lexicon, is_prefix, lexical
from .line_ends import broken_run
from .word_case import acronym_before_lower, known_as_printed
from .lone_pieces import three_pieces
from .model import TextLine
from .word_edges import LONG_DERIVED


def begins_word_over_page(head: str, nxt: TextLine, after: TextLine, lexicon: frozenset[str] | None) -> bool:
    """Whether the piece alone on `nxt`, a page's last line, begins a word that `after` goes on with on the next page.

    An engine that cuts a row at a page's foot may leave a word's first
    letters alone there ("m" + "engupayak" + "an."). With the next page's
    first word the piece is a word of the document or begins one, and is no
    word itself; with the word above (`head`) it is none. In a document that
    glues long words ("Mempresentasikan" + "me" + "ngintegra…", one run) a
    long word above may as well go on into the piece: nothing is decided then.
    """
    if lexicon is None or after.page == nxt.page or not after.words:
        return False
    piece = nxt.words[0].text
    h, t, a = lexical(head), lexical(piece), lexical(after.words[0].text)
    if not (t.isalpha() and a.isalpha() and after.words[0].text[:1].islower()) or t in lexicon:
        return False
    if isinstance(lexicon, Lexicon) and lexicon.glues and len(h) >= LONG_DERIVED:
        return False
    return lexical(head + piece) not in lexicon and (t + a in lexicon or is_prefix(t + a, lexicon))


def piece_before_page_break(
    head: str, nxt: TextLine, lexicon: frozenset[str] | None, after: TextLine | None = None, piece: str | None = None
) -> bool:
    """Whether a line that ends its page ends with a piece of a word that the next page goes on with.

    An engine that cuts words anywhere may leave a word's first letters alone on
    a page's last line, however much room that line has ("pe" + "ngimpleme...").
    The piece is no word of the document, and with the next page's first word it
    is one or begins one (or begins a run of glued words), or that first word is
    no word either and is cut again where it fills its line (`cut_again`, with
    `after`, the line after `nxt`, when it goes on that page). A head joined of
    pieces cut before (`piece`, the page's last piece, is not all of it) may be
    a word and go on all the same: "membe" + "ri" at the page's foot, "kan" on
    the next page, is "memberikan", where "kan" is no word. An acronym ends
    its word before lower case (`word_case.acronym_before_lower`).
    """
    tail = nxt.words[0].text
    if lexicon is None or not tail[:1].islower():
        return False
    if "/" in tail[1:] and not URL_LIKE.search(tail):
        tail = tail.split("/", 1)[0]  # prose with a slash: its first part goes on ("mem" + "berikan/berka")
    h, t = lexical(head), lexical(tail)
    if not (h.isalpha() and t.isalpha()) or acronym_before_lower(head, tail):
        return False  # (an acronym ended its word: "SOP" + "pertanggungja", the document writing neither inside a line)
    whole = h + t
    pieces = piece is not None and lexical(piece) != h and whole in lexicon and not known(t, lexicon)
    if known_as_printed(head, lexicon) and not pieces:
        return False  # a word, of the document or of its language ("dipresentasikan"), is no piece
    if whole in lexicon or is_prefix(whole, lexicon) or broken_run(whole, len(h), lexicon):
        return True
    rest = after if after is not None and after.page == nxt.page else None
    return t not in lexicon and not is_prefix(t, lexicon) and cut_again(nxt, rest)


def word_begun_over_page(head: str, nxt: TextLine, after: TextLine | None, lexicon: frozenset[str] | None) -> bool:
    """Whether a short word ending a page begins a word whose middle alone fills the next page's first line.

    A word of the document may also be a word's first letters: "di" alone on
    a page's last line, "hasilka" filling the next page's first line to its
    edge, "n" after it. The three join into a word of the document
    ("dihasilkan") that the middle and the rest alone ("hasilkan") are not,
    and the middle is no word of the document or its language: the engine
    (one that fills a line's rest with part of a word) cut the word at the
    page's foot. A word of the document after "di" ("di" + "lingkunga" +
    "n", "lingkungan" a word) leaves the preposition apart.
    """
    pieces = three_pieces(head, nxt, after, lexicon)
    if pieces is None or not cut_again(nxt) or lexicon is None:
        return False
    h, t, a = pieces
    return h + t + a in lexicon and t + a not in lexicon and not known(t, lexicon)
