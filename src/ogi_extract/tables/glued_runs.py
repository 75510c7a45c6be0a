"""Runs of words the author glued, read from the words a document writes inside its lines.

Reports glue words where a space went missing ("mengintegrasikandipresentasikan").
Whether a document does (more such runs than words of two hyphenated) weighs
a line-end hyphen between two known words (`line_ends.drops_hyphen`); how
many words its longest run holds bounds the run a line end between two long
words may join (`glued_at_edge`): a document whose runs glue two words does
not glue three at its line ends alone. Both are `Lexicon` fields, set by
`vocabulary.build_lexicon`.
"""

from __future__ import annotations

from .language import MIN_LETTERS, Either, by_length, known, long_words, words_in
from .lexicon import LONG_WORD, LONGEST_RUN, SEGMENT, Lexicon, fewest_words, is_prefix, lexical
from .model import TextLine
from .edge_room import fills_edge, runs_past
from .word_edges import LONG_DERIVED, SUFFIX, ends_words

def glued_runs(words: frozenset[str], language: frozenset[str] = frozenset()) -> tuple[bool, int]:
    """Whether the document glues words (`Lexicon.glues`), and the most words one of its runs holds
    (`Lexicon.longest_run`, 0 where none is).

    It glues where more of `words` are runs of the others than two of them
    hyphenated, or where one run is longer than any common word of the
    `language` ("dilegalisasikanmempresentasikan", 31 letters), a run of the
    document's words or the language's: short runs are often words
    ("pencatatan" reads "pen" + "catatan"), and a document may write a
    compound or two with a hyphen as well.
    """
    glued = hyphenated = most = 0
    longest = max(map(len, words), default=0)
    too_long = False
    for w in words:
        if "-" in w:
            parts = w.split("-")
            if len(parts) == 2 and parts[0] != parts[1] and all(len(p) >= SEGMENT and p in words for p in parts):
                hyphenated += 1
        elif len(w) >= 2 * SEGMENT and w.isalpha():
            n = run_words(w, words, longest)
            longer = by_length(w, language) > 1
            if n:
                glued += 1
            elif longer:
                # its words may be the language's, written whole nowhere in the document:
                # "mempresentasikan" + "dipresentasikan" (`words_in` is 1 where it reads no run)
                runs = words_in(w, words, language)
                n = runs if runs > 1 else 0
            if n:
                most = max(most, n)
                too_long = too_long or longer
    return glued > hyphenated or too_long, most


def run_words(joined: str, lexicon: frozenset[str], longest: int) -> int:
    """The fewest of the lexicon's words, two or more, none shorter than `SEGMENT` nor longer than `longest`,
    that `joined` is a run of; 0 where it is none. The whole word is left out: one word alone is no run.
    """
    n = len(joined)
    if n > LONGEST_RUN:
        return 0
    fewest = fewest_words(joined, lexicon, n, SEGMENT, min(n - 1, longest))[n]
    return fewest if fewest <= n else 0


def glued_at_edge(
    line: TextLine, nxt: TextLine, h: str, t: str, lexicon: frozenset[str], after: TextLine | None = None
) -> bool:
    """Whether a glued run of long words was broken exactly between two of them at the cell's edge.

    "dipertimbangkan" filling its line to the edge, "menggarisbawahi" opening
    the next: both words of the document, so the vocabulary cannot tell a run
    glued by the author ("dipertimbangkanmenggarisbawahi") from two words.
    The run is told when the document glues words (`Lexicon.glues`), the
    line ends within a glyph of its edge (`fills_edge`) and both pieces are
    long derived words (`LONG_DERIVED` letters or more), between which a line
    that wrapped at a space seldom falls so full. Not where the engine
    hyphenates: it breaks a run as it breaks a word, with a hyphen
    ("pertanggungjawaban" + "didiseminasi-" + "kan." is two words). Twelve letters
    (`line_ends.DERIVED`) are not enough: "pendampingan" + "permasalahan",
    "Mengupayakan" + "terintegrasi" wrap so in the corpus. A tail alone on
    its line and at the edge in turn was cut again: it begins a long word of
    the document, or is one letter short of one ("Didiseminasikan" +
    "menyelenggarak" + "an"), or, no word itself, is one with the first
    piece of the line `after` it ("menitikberatkan" + "menggarisbawa" +
    "hi"). Never a run of more long words than the document's runs hold
    (`_longer_run`).
    """
    first = nxt.words[0]
    if not (
        isinstance(lexicon, Lexicon)
        and lexicon.glues
        and not lexicon.engine_hyphens
        and len(h) >= LONG_DERIVED
        and h.isalpha()
        and t.isalpha()
        and first.text[:1].islower()
        and fills_edge(line, first)
    ):
        return False
    cut_again = len(nxt.words) == 1 and nxt.edge is not None and nxt.edge - first.box.x1 < first.size
    if _longer_run(h, t, cut_again, lexicon):
        return False
    # cut again where its letters end no word, the tail goes on with the line after's: "menyelenggarakan" +
    # "ketenagakerjaanme" + "nitikberatkan" would be three long words, "menitikberatkan" the third
    going = lexical(after.words[0].text) if cut_again and after is not None and after.words else ""
    if going.isalpha() and not _read(t, lexicon) and _longer_run(h, t + going, runs_past(after), lexicon):
        return False
    if len(t) >= LONG_DERIVED:
        return True
    # cut again, the word goes on by a letter at least; a slash compound the
    # tail begins ("yakni/berkumpul") is two words of the document, no long one
    # the line after goes on with the tail's word where the tail is none ("mendetailkan" + "sedangkan" is two)
    rest = lexical(after.words[0].text) if after is not None and after.words and not known(t, lexicon) else ""
    longer = (
        len(t) + max(1, len(rest) if rest.isalpha() else 0) >= LONG_DERIVED
        or any(len(w) >= LONG_DERIVED and w.startswith(t) and w.isalpha() for w in lexicon)
    )
    return cut_again and longer


def _read(letters: str, lexicon: Lexicon) -> bool:
    """Whether `letters` are a word of the document or the language, or a run of them."""
    either = Either(lexicon, lexicon.language)
    return fewest_words(letters, either, len(letters))[len(letters)] <= len(letters)


def _longer_run(h: str, t: str, goes_on: bool, lexicon: Lexicon) -> bool:
    """Whether `h` + `t` would read as a run of more long words (`LONG_WORD` letters or more) than the most a
    run the document glues holds (`Lexicon.longest_run`): "Dipresentasikan" + "teridentifikasiket" (+
    "enagakerjaan") is three, where the document glues two."""

    def count(word: str, goes_on: bool = False) -> int:
        return words_in(word, lexicon, lexicon.language, goes_on, LONG_WORD)

    return 0 < lexicon.longest_run < count(h) + count(t, goes_on)


def ending_then_word(head: str, tail: str, lexicon: frozenset[str]) -> bool:
    """Whether the tail opens with the end of the head's word and goes on with the start of a long one
    (lookup forms): "terintegrasi" + "kanmenind" (+ "aklanjuti").

    The tail begins no word and is none, of the document or of the language
    ("skor" after "Hak", "diimplementas" after "kinerja"); its first
    letters, two to `SUFFIX`, end `ENDINGS` longer words of the document
    after the head's last letter (`ends_words`: "ikan"), and the rest,
    `MIN_LETTERS` letters or more, begins a word of `LONG_WORD` letters or
    more, of the document or the language ("kanpertanggungjawa"): the tail
    reads only as a word's ending glued to the next word, and an ending is no
    word alone. The line ended inside "terintegrasikan". The tail's own case
    is the caller's: an acronym ("disampaikan" + "SIREKAP") is no word's rest.
    """
    language = getattr(lexicon, "language", frozenset())
    if not (head.isalpha() and tail.isalpha()) or known(tail, lexicon) or is_prefix(tail, lexicon):
        return False
    if is_prefix(tail, language):
        return False  # "kinerja" + "diimplementas": the language's "diimplementasikan" begins so
    longs = (long_words(lexicon, LONG_WORD), long_words(language, LONG_WORD))
    return any(
        ends_words(head[-1:] + tail[:k], lexicon) and any(tail[k:] in w or is_prefix(tail[k:], w) for w in longs)
        for k in range(2, min(SUFFIX, len(tail) - MIN_LETTERS) + 1)
    )
