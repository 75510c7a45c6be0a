"""What a line that ended after other words shows of an engine that moves words whole, or cuts them anywhere.

CSS `overflow-wrap` and LibreOffice move a word too wide for the rest of its
line to the next line whole, and cut it there only when it is wider than any
line; ReportLab fills a line's rest with part of it. `word_breaks` asks these
where a line's end may be either: the pieces look like words an engine moved
(`moved_whole_words`, `moved_alone`), or the line holds nothing but the middle of a token cut
on both sides (`middle_filled`), or a line after other words may end with part
of a word that fills its rest (`fills_rest`, its list marker left out: `marker`).
"""

from __future__ import annotations

from .cuts import LIST_MARKER, filled, left_unfilled
from .language import OPENING, Either
from .lexicon import SEGMENT, Lexicon, is_prefix, run_ends
from .model import TextLine
from .readings import whole_before


def middle_filled(line: TextLine, nxt: TextLine, head: str) -> bool:
    """Whether the line holds nothing but the middle of a token cut before it, filled to its last glyph.

    An engine that cuts a token too wide for its line anywhere ("(memiliki)."
    as "(m" + "emiliki)" + ".") fills each line to the glyph that no longer
    fits; that the token ends exactly at this line's edge too is the rarer
    chance (as in `cuts.cut_by_width`), even where what follows is
    punctuation an author may space off ("hasil" + ":").
    """
    return (
        len(line.words) == 1
        and head != line.words[0].text
        and line.edge is not None
        and filled(line, nxt, line.edge)
    )


def moved_whole_words(head: str, tail: str, lexicon: frozenset[str]) -> bool:
    """Whether a line that ends with `head` after other words ended a word, `tail` opening the next line
    (lookup forms; the pieces do not join into a word of the document).

    So in a document whose engine shows no cut after other words
    (`Lexicon.cuts_after_words`): CSS `overflow-wrap` and LibreOffice move a
    word too wide for the line's rest whole and cut it on a line of its own.
    A short document may show no such cut even where the engine makes them
    (ReportLab, inside runs of glued words: "PUSHAM pena" +
    "ndatangananmendiseminasikan"), so this holds only where the pieces look
    like words: the tail opens as a word of the document does (its first
    `OPENING` letters begin one: "meny" of "menyampaikan", where a cut leaves
    "ndat", "grasianmen"), and the head has three letters or more and does not
    end inside a word (`ends_inside_word`: "penyidik", not "pengimpleme" nor
    "penandatangananpert").
    """
    return (
        isinstance(lexicon, Lexicon)
        and not lexicon.cuts_after_words
        and len(head) > 2
        and not ends_inside_word(head, lexicon, lexicon.language)
        and len(tail) >= OPENING
        and is_prefix(tail[:OPENING], lexicon)
    )


def moved_alone(head: str, tail: str, lexicon: frozenset[str], goes_on: bool = True) -> bool:
    """Whether a word of the document, however short, that ends a line after other words was whole before
    the next line's `tail` (lookup forms), where the geometry takes the two for a word cut at a full line.

    So in a document whose engine shows no cut after other words
    (`Lexicon.cuts_after_words`): it moved the tail's word, too wide for the
    line's rest, to a line of its own, and the line ended at its edge by
    chance. Only where no word of the document or its language holds the
    end, whole or begun (`readings.whole_before`): "basis ke" filling its
    line, then "mensosialisasika" + "nmenindaklanjuti" set alone and cut
    again ("kemensos…" begins no word); not "ke" + "tenagakerjaanp…",
    where "ketenagakerjaan" does. The head is a word of the document or of
    its language ("Saat mengintegrasikan", written nowhere else unglued,
    then "pengintegrasiannya" alone). A word across the end holds it only
    where the letters after it read on, to the tail's end or, where the
    tail `goes_on` past its line, into the beginning of a word: "perlu" +
    "mengimplementasi." holds "lumen" by chance.
    """
    return (
        isinstance(lexicon, Lexicon)
        and not lexicon.cuts_after_words
        and whole_before(head, tail, lexicon, lexicon.language, shortest=1, read_on=goes_on)
    )


def ends_inside_word(head: str, lexicon: frozenset[str], language: frozenset[str] = frozenset()) -> bool:
    """Whether `head` begins a longer word of the document, or is a run of words glued and then the
    beginning of one of the document's ("penandatanganan" + "pert").

    The run's words may be the language's (`language`) as well: a word the
    document glues to others only, never shows alone ("ketenagakerjaan" +
    "men" of "mensosialisasikan")."""
    if is_prefix(head, lexicon):
        return True
    n = len(head)
    if n > 80 or not head.isalpha():
        return False
    ends = run_ends(head, Either(lexicon, language) if language else lexicon)
    return any(ends[i] and is_prefix(head[i:], lexicon) for i in range(SEGMENT, n - SEGMENT + 1))


def marker(text: str, index: int) -> bool:
    """A list marker (`cuts.LIST_MARKER`): a number, letter or bullet; an "o" only opening its line."""
    return LIST_MARKER.match(text) is not None and (text != "o" or index == 0)


def spread_room(line: TextLine, nxt: TextLine) -> bool:
    """Whether a justified line spread more room over its spaces than the next line's first glyph needed
    (`cuts.left_unfilled`, over its words but a list marker): the engine moved the next word whole."""
    return left_unfilled(line, nxt, [w for k, w in enumerate(line.words) if not marker(w.text, k)])


def fills_rest(line: TextLine, nxt: TextLine, lexicon: frozenset[str]) -> bool:
    """Whether a line that ends after other words may end with part of a word that fills its rest.

    So where the engine fills a line's rest with part of a word too wide for
    a line (`Lexicon.cuts_after_words`: "YLBHI penyelenggaraan" +
    "dipresentasikan" is one glued run), unless the line is justified with
    more room spread over its spaces than the next glyph needed (`cuts.left_unfilled`:
    "penyampaian. Mengintegrasikan" stretched to the edge, then
    "mendiseminasikan", moved whole).
    """
    return isinstance(lexicon, Lexicon) and lexicon.cuts_after_words and not spread_room(line, nxt)
