"""The common words of the report's language, for line ends the document's own words leave open.

The document's vocabulary (`vocabulary.build_lexicon`) holds the words it
shows where no line end can have cut them. A word written once, at a line's
end in a narrow column, is in no such place: "Melaksanakan" filling its line,
then "strategi", is two words or one cut, and the document cannot say which.
The language can. Its words come from `wordfreq` (frequencies gathered from
subtitles, news, the web and books), read for the code the grammar names
(`[edition] language`), `MIN_LETTERS` letters or more: shorter entries of a
frequency list are as often pieces of words as words ("kan", "nya", "ter"),
save the most frequent of four letters ("akan", "atas", `COMMON_SHORT`).

The grammar's `enclitics` ("nya") go on any word, which no list holds for
every word: a word of the document or the language with one counts as a word
(`with_enclitic`, in `known` and `Either`), and a line that opens with one goes
with the word before it (`ending_opens`), as does one that opens with one of
its `suffixes` glued to a run.

They weigh only where the geometry and the document's words have already left
a line end open (`word_edges.ends_between_words`, and a line that ends after
other words in an engine that cuts there, `word_breaks`), never as words of the
document themselves: a common word is no proof that this document writes it.
How a run across a line end reads in both is `readings.py`'s.
"""

from __future__ import annotations

from collections.abc import Container
from functools import cache, lru_cache

from .lexicon import LONGEST_RUN, SEGMENT, fewest_words, is_prefix, prefixes_of

MIN_LETTERS = 5  # shorter entries of a frequency list are pieces of words as often (see the module)
# The share of a corpus's words a word one letter shorter must reach to count all the same: one in ten
# thousand ("akan", "atas", "para"), where the pieces of words a list holds are rarer.
COMMON_SHORT = 1e-4
# The share a word of two letters or fewer must reach to count as a word of the language where a piece
# of a word is weighed ("di", "ke", "ya"): a short entry of a list is a word's piece as often ("pe", "me").
SHORTEST_COMMON = 3e-3
# Letters of a line's first piece that tell a word's start from a cut word's rest ("meny" of
# "menyampaikan", where a cut leaves "ndat"; see `moved_words.moved_whole_words`, `ending_opens`).
OPENING = 4


@cache
def common_words(code: str) -> frozenset[str]:
    """The language's common words of `MIN_LETTERS` letters or more, and the most frequent one letter
    shorter (`COMMON_SHORT`), in lower case.

    `LookupError` when `wordfreq` has no list for `code` (the grammar loader
    checks the code when it reads the grammar).
    """
    from wordfreq import get_frequency_dict  # a few megabytes of lists: loaded when a grammar asks

    return frozenset(
        w
        for w, frequency in get_frequency_dict(code, wordlist="small").items()
        if w.isalpha() and (len(w) >= MIN_LETTERS or len(w) == MIN_LETTERS - 1 and frequency >= COMMON_SHORT)
    )


@cache
def shortest_words(code: str) -> frozenset[str]:
    """The language's words of two letters or fewer that are that common (`SHORTEST_COMMON`): "di", "ke"."""
    from wordfreq import get_frequency_dict

    return frozenset(
        w
        for w, frequency in get_frequency_dict(code, wordlist="small").items()
        if w.isalpha() and len(w) <= 2 and frequency >= SHORTEST_COMMON
    )


@cache
def known_languages() -> frozenset[str]:
    """The codes `wordfreq` has a list for."""
    from wordfreq import available_languages

    return frozenset(available_languages(wordlist="small"))


class Language(frozenset[str]):
    """The language's common words, the endings it attaches to any word (`enclitics`: "nya" of
    "sensitifitasnya", its sensitivity), which no word list holds for every word, and the prefixes
    and suffixes it derives words with (`prefixes`: "men" of "mendiseminasi"; `suffixes`: "kan" of
    "mendiseminasikan"), which no list holds for every stem. `shortest` are its commonest words of
    two letters or fewer (`shortest_words`), kept apart: they weigh only where a line's last piece is
    taken for a word's first letters (`vocabulary`)."""

    enclitics: tuple[str, ...]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    shortest: frozenset[str]

    def __new__(
        cls,
        words: frozenset[str] = frozenset(),
        enclitics: tuple[str, ...] = (),
        prefixes: tuple[str, ...] = (),
        suffixes: tuple[str, ...] = (),
        shortest: frozenset[str] = frozenset(),
    ) -> Language:
        self = super().__new__(cls, words)
        self.enclitics = enclitics
        self.prefixes = prefixes
        self.suffixes = suffixes
        self.shortest = shortest
        return self


@cache
def words_for(
    code: str | None, enclitics: tuple[str, ...] = (), prefixes: tuple[str, ...] = (), suffixes: tuple[str, ...] = ()
) -> Language:
    """`common_words` of the grammar's language with its `enclitics`, `prefixes` and `suffixes`, none when it
    names none (one object per grammar's language: the prefixes of its words are built once, `lexicon.prefixes_of`)."""
    if not code:
        return Language()
    return Language(common_words(code), enclitics, prefixes, suffixes, shortest_words(code))


def with_enclitic(word: str, document: Container[str], language: Container[str]) -> bool:
    """Whether `word` is a word of the document or the language (`MIN_LETTERS` letters or more) with one
    of the language's enclitics after it: "sensitifitasnya" where the document writes "sensitifitas"."""
    for ending in getattr(language, "enclitics", ()):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_LETTERS:
            stem = word[: -len(ending)]
            if stem in document or stem in language:
                return True
    return False


def endings(language: Container[str]) -> tuple[str, ...]:
    """The endings the language attaches to words: its enclitics, then its suffixes."""
    return (*getattr(language, "enclitics", ()), *getattr(language, "suffixes", ()))


def ending_opens(head: str, tail: str, lexicon: Container[str]) -> bool:
    """Whether `tail` (a lookup form) opens with an ending of the language that `head`, a word, takes.

    An enclitic goes with the word before it, never opens one: "sensitifitas"
    filling its line, then "nyadidisem" (of "sensitifitasnyadidiseminasikan",
    cut three times) is one word cut. Not where the tail is a word itself or
    the beginning of one, of the document or the language ("nyata",
    "nyaman"); the head a word of `MIN_LETTERS` letters or more. So does a
    suffix of the language (`Language.suffixes`) glued to a run, where the
    run goes on after it with the beginning of a word and no word opens the
    tail before it: "terintegrasi" + "kanmenggarisbawahi." ("terintegrasikan"
    cut after words); not "ituppid", which opens with "itu".
    """
    language = getattr(lexicon, "language", frozenset())
    enclitics = getattr(language, "enclitics", ())
    if not (len(head) >= MIN_LETTERS and head.isalpha() and tail.isalpha()):
        return False
    for ending in endings(language):
        if not tail.startswith(ending):
            continue
        if ending not in enclitics and not _suffix_opens(tail, len(ending), lexicon, language):
            continue
        return known(head, lexicon) and not (
            known(tail, lexicon) or is_prefix(tail, lexicon) or is_prefix(tail, language)
        )
    return False


def _suffix_opens(tail: str, length: int, document: Container[str], language: Container[str]) -> bool:
    """Whether the first `length` letters of `tail` end a word that the rest of the run follows: the rest
    begins a word of the document or the language, and no word of them opens the tail itself."""
    rest = tail[length : length + OPENING]
    if len(rest) < OPENING or not (is_prefix(rest, document) or is_prefix(rest, language)):
        return False
    either = Either(document, language)  # type: ignore[arg-type]
    return not any(tail[:j] in either for j in range(SEGMENT, len(tail) + 1))


def reduplication_ends(head: str, tail: str, lexicon: Container[str]) -> bool:
    """Whether `head` (a lookup form) ends in a whole reduplication ("hak-hak", "masing-masing"), which a
    line end after it ended: its halves alike, the tail no ending the language attaches to it (enclitics,
    suffixes: "hak-hak" + "nya" is "hak-haknya"). The letters could not go on without unmaking it."""
    last = head.rsplit("/", 1)[-1]
    parts = last.split("-")
    if len(parts) != 2 or parts[0] != parts[1] or len(parts[0]) < 2 or not parts[0].isalpha():
        return False
    return not any(tail.startswith(e) for e in endings(getattr(lexicon, "language", ())))


def reduplication_opens(head: str, tail: str, lexicon: Container[str]) -> bool:
    """Whether `tail` (a lookup form) is a whole reduplication ("hak-hak") after `head`, a word of the
    document or the language of `MIN_LETTERS` letters or more: a line end between words. The letters could
    not go on into it without unmaking it ("pelayanan" + "hak-hak." is no "pelayananhak-hak"); a prefix
    that goes on into one ("ber" + "tahun-tahun") is no word of that length. A run of words glued
    ends in such a word, or in one the language derives from a word the document or the language
    writes ("dipresentasikanmensosialisasikan" + "hak-hak", xhtml2pdf: "sosialisasi", `Derived`)."""
    parts = tail.split("-")
    if len(parts) != 2 or parts[0] != parts[1] or len(parts[0]) < 2 or not parts[0].isalpha():
        return False
    if len(head) < MIN_LETTERS or not head.isalpha():
        return False
    if known(head, lexicon):
        return True
    derived = Derived.of(lexicon)
    return any(head[i:] in derived for i in range(1, len(head) - MIN_LETTERS + 1))


def known(word: str, lexicon: Container[str]) -> bool:
    """Whether `word` is the document's (`lexicon`) or, where the lexicon names a language, a common word
    of it, or either with one of the language's enclitics (`with_enclitic`)."""
    language = getattr(lexicon, "language", ())
    return word in lexicon or word in language or with_enclitic(word, lexicon, language)


def hyphen_by_language(head: str, tail: str, language: frozenset[str]) -> bool | None:
    """Whether a line-end hyphen between `head` and `tail` (lookup forms) was the engine's, by the language.

    True where the two join into a word of the language and are not both
    words of it ("Bagi-" + "an" is "bagian"), false where both are and the
    joined letters are none ("sosial-" + "ekonomi", the author's compound).
    A head of one letter is an author's prefix ("e-" + "mail"): engines leave
    two letters at least before their hyphen. A tail of one letter is no
    author's part: the engine's where the two join into a word ("platfor-" +
    "m.": Qt WebKit leaves one letter after its hyphen). None where it cannot tell.
    """
    if not language or len(head) < 2 or not (head.isalpha() and tail.isalpha()):
        return None
    if len(tail) < 2:
        return True if head + tail in language else None
    # a head of four letters may be a prefix's form as well as a word ("para-" + "legal"): no proof of a compound
    joined = head + tail in language
    parts = len(head) >= MIN_LETTERS and head in language and tail in language
    if joined != parts:
        return joined
    return None


class Either:
    """The document's words and the language's, as one `in` for `lexicon.segments` and `lexicon.run_ends`,
    each with the language's enclitics too (`with_enclitic`)."""

    __slots__ = ("document", "language", "endings")

    def __init__(self, document: frozenset[str], language: frozenset[str]) -> None:
        self.document = document
        self.language = language
        self.endings = bool(getattr(language, "enclitics", ()))  # whether the language names any

    def __contains__(self, word: object) -> bool:
        if word in self.document or word in self.language:
            return True
        return self.endings and isinstance(word, str) and with_enclitic(word, self.document, self.language)


class Derived:
    """`Either`'s words and those the language derives from them: a stem of `MIN_LETTERS` letters or more
    that `either` holds, with one of the language's prefixes before it, one of its suffixes after it, or
    both ("men" + "diseminasi" + "kan", where the report writes "diseminasi" alone and no list
    "mendiseminasikan"), and one of its enclitics after all ("sensitif" + "itas" + "nya"). Wider
    than any list: asked only where a line end is weighed (the letters of a run across it,
    `readings.begun_across`, `derived_across`, `whole_after`; a tail after a word or a URL's rest,
    `word_breaks`), never taken into the document's vocabulary."""

    __slots__ = ("either", "prefixes", "suffixes", "enclitics")

    def __init__(self, either: Either, language: frozenset[str]) -> None:
        self.either = either
        self.prefixes = ("", *getattr(language, "prefixes", ()))
        self.suffixes = ("", *getattr(language, "suffixes", ()))
        self.enclitics = ("", *getattr(language, "enclitics", ()))

    @classmethod
    def of(cls, lexicon: Container[str]) -> Derived:
        """The words of a document's lexicon (a `Lexicon`, its `language` with it) and those they derive."""
        language = getattr(lexicon, "language", frozenset())
        document = lexicon if isinstance(lexicon, frozenset) else frozenset()
        return cls(Either(document, language), language)

    def __contains__(self, word: object) -> bool:
        if word in self.either:
            return True
        if not isinstance(word, str) or len(self.prefixes) + len(self.suffixes) == 2:
            return False
        for enclitic in self.enclitics:
            if word.endswith(enclitic) and self._affixed(word[: len(word) - len(enclitic)]):
                return True
        return False

    def _affixed(self, word: str) -> bool:
        """Whether `word` is a stem `either` holds with a prefix, a suffix or both."""
        n = len(word)
        for prefix in self.prefixes:
            if not word.startswith(prefix):
                continue
            for suffix in self.suffixes:
                if (prefix or suffix) and word.endswith(suffix):
                    stem = word[len(prefix) : n - len(suffix)]
                    if len(stem) >= MIN_LETTERS and stem in self.either:
                        return True
        return False


def words_in(
    word: str, document: frozenset[str], language: frozenset[str], goes_on: bool = False, shortest: int = SEGMENT
) -> int:
    """The fewest words of the document and the language, `shortest` letters or more each, that `word` (a
    lookup form) is a run of; 1 where it is none.

    A run the document writes whole counts as its words; a long word holds
    short ones, which `shortest` leaves out ("penanda" + "tanganan"). Where
    the word `goes_on` past its line (cut again at its edge) and is no word
    known whole, its last letters, three or more, may begin a word that long:
    "teridentifikasiket" is "teridentifikasi" and the beginning of another,
    two. A word known whole is one; so is one whose last letters begin only
    short words ("teridentifikasinya", not "teridentifikasi" + "nyata").
    """
    n = len(word)
    if not word.isalpha() or n > LONGEST_RUN:
        return 1
    none = n + 1
    either = Either(document, language)
    fewest = fewest_words(word, either, n, shortest, n - 1)  # the word itself left out
    if fewest[n] < none:
        return fewest[n]
    if not goes_on or word in either:
        return 1
    prefixes = (prefixes_of(long_words(document, shortest)), prefixes_of(long_words(language, shortest)))
    begun = [fewest[i] + 1 for i in range(1, n - 2) if fewest[i] < none and any(word[i:] in p for p in prefixes)]
    return min(begun, default=1)


@lru_cache(maxsize=4)
def long_words(words: frozenset[str], shortest: int) -> frozenset[str]:
    """The words `shortest` letters or more long (built once a set): those a run cut again may end with the
    beginning of (`words_in`), those whose ends a glued run may end with (`line_ends._cut_in_last_word`)."""
    return frozenset(w for w in words if len(w) >= shortest)


def by_length(word: str, language: frozenset[str]) -> int:
    """The fewest words `word` can be a run of for its length alone, where its words are none the
    document or the language knows: no common word of the language is longer than its longest
    (22 letters in Indonesian), so "Dipresentasikanterintegrasikan" + "penandatangananpengintegras…",
    57 letters, holds three at least."""
    longest = _longest(language)
    return -(-len(word) // longest) if longest else 1


@lru_cache(maxsize=4)
def _longest(language: frozenset[str]) -> int:
    return max(map(len, language), default=0)
