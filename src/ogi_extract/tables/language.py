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
with the word before it (`enclitic_opens`).

They weigh only where the geometry and the document's words have already left
a line end open (`word_edges.ends_between_words`, and a line that ends after
other words in an engine that cuts there, `word_breaks`), never as words of the
document themselves: a common word is no proof that this document writes it.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from functools import cache, lru_cache

from .lexicon import LONG_WORD, LONGEST_RUN, SEGMENT, fewest_words, is_prefix, prefixes_of, segments

MIN_LETTERS = 5  # shorter entries of a frequency list are pieces of words as often (see the module)
# letters: a word across a line end shorter than this lies there by chance ("net" of "online" + "transparansi")
CROSSING = 4
# The share of a corpus's words a word one letter shorter must reach to count all the same: one in ten
# thousand ("akan", "atas", "para"), where the pieces of words a list holds are rarer.
COMMON_SHORT = 1e-4


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
def known_languages() -> frozenset[str]:
    """The codes `wordfreq` has a list for."""
    from wordfreq import available_languages

    return frozenset(available_languages(wordlist="small"))


class Language(frozenset[str]):
    """The language's common words, and the endings it attaches to any word (`enclitics`: "nya" of
    "sensitifitasnya", its sensitivity), which no word list holds for every word."""

    enclitics: tuple[str, ...]

    def __new__(cls, words: frozenset[str] = frozenset(), enclitics: tuple[str, ...] = ()) -> Language:
        self = super().__new__(cls, words)
        self.enclitics = enclitics
        return self


@cache
def words_for(code: str | None, enclitics: tuple[str, ...] = ()) -> Language:
    """`common_words` of the grammar's language with its `enclitics`, none when it names none (one
    object per grammar's language: the prefixes of its words are built once, `lexicon.prefixes_of`)."""
    return Language(common_words(code) if code else frozenset(), enclitics if code else ())


def with_enclitic(word: str, document: Container[str], language: Container[str]) -> bool:
    """Whether `word` is a word of the document or the language (`MIN_LETTERS` letters or more) with one
    of the language's enclitics after it: "sensitifitasnya" where the document writes "sensitifitas"."""
    for ending in getattr(language, "enclitics", ()):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_LETTERS:
            stem = word[: -len(ending)]
            if stem in document or stem in language:
                return True
    return False


def enclitic_opens(head: str, tail: str, lexicon: Container[str]) -> bool:
    """Whether `tail` (a lookup form) opens with an enclitic of the language that `head`, a word, takes.

    An enclitic goes with the word before it, never opens one: "sensitifitas"
    filling its line, then "nyadidisem" (of "sensitifitasnyadidiseminasikan",
    cut three times) is one word cut. Not where the tail is a word itself or
    the beginning of one, of the document or the language ("nyata",
    "nyaman"); the head a word of `MIN_LETTERS` letters or more.
    """
    language = getattr(lexicon, "language", frozenset())
    for ending in getattr(language, "enclitics", ()):
        if tail.startswith(ending) and len(head) >= MIN_LETTERS and head.isalpha() and tail.isalpha():
            return known(head, lexicon) and not (
                known(tail, lexicon) or is_prefix(tail, lexicon) or is_prefix(tail, language)
            )
    return False


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
    two letters at least before their hyphen. None where it cannot tell.
    """
    if not language or len(head) < 2 or len(tail) < 2 or not (head.isalpha() and tail.isalpha()):
        return None
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


def cut_inside(
    head: str, tail: str, document: frozenset[str], language: frozenset[str], goes_on: bool = False
) -> bool | None:
    """Whether the line end between `head` and `tail` (lookup forms) cut a word, by the language; None when it cannot tell.

    True where the two join into a run of words (the document's or the
    language's) only with the end inside one ("perma" + "salahan"), false
    where only between two ("Melaksanakan" + "strategi"), None where both
    readings or neither hold. Where the tail `goes_on` past its line (cut
    again at its edge), the run's last word may be the beginning of one:
    "ketenaga" + "kerjaanp" (+ "engintegr…") holds "ketenagakerjaan" whole;
    and where the run reads with the end between words only because its
    last letters happen to be a word, the reading of fewer, longer words
    wins (`_open_ended`), and so it does where the head is a glued run of
    words itself; where no reading holds, the run's letters from a
    word's start before the end may begin one long word across it: "ke" +
    "tenagakerj" (+ "aan") begins "ketenagakerjaan" (`_begun_across`).
    """
    if not language or not (head.isalpha() and tail.isalpha()):
        return None
    either = Either(document, language)
    inside, between = segments(head + tail, len(head), either)
    if between and not goes_on and words_in(head, document, language) > 1 and not reads_between(head, tail, document, language):
        # a glued run read both ways: the reading of fewer, longer words wins, as where the run goes
        # on (`_open_ended`): "teridentifikasinyapertanggung" + "jawaban" ends in "pertanggungjawaban"
        return True
    if goes_on and not inside:
        # the run's last word may be the beginning of a longer one: "menindak" + "lanjutipenandatangan"
        # reads "menindak lanjuti penandatangan" whole, and "menindaklanjuti penandatangan(an)" in fewer words
        weighed = _open_ended(head + tail, len(head), either, document, language)
        if weighed[0] or not between:
            inside, between = weighed
        if not (inside or between):
            inside = _begun_across(head + tail, len(head), either, document, language)
    return None if inside == between else inside


def whole_after(
    head: str, tail: str, document: frozenset[str], language: frozenset[str], goes_on: bool = False
) -> bool:
    """Whether `tail` (a lookup form) is a word of its own after `head`: a word, and no word holds the end.

    A narrow column sets a word the language lacks alone on its line
    ("restoratif"), then a common one ("sehingga"): the head reads as no run,
    so neither reading holds, but the tail is whole and no word runs across
    the end ("fse", "ifseh"…): the line ended a word. Where one does
    ("penyelenggaraanper" + "tanggungjawaban" holds "pertanggungjawaban"), it
    is left open; so it is where the tail `goes_on` past its line (cut again)
    and a word may begin before the end and go on past it ("mem" + "present"
    + "asikan…"). A tail shorter than `MIN_LETTERS` counts only where the
    document writes it whole and the head is a word itself ("Pemda" + "di").
    Asked where `cut_inside` cannot tell (`word_edges.ends_between_words`).
    """
    either = Either(document, language)
    if not (head.isalpha() and tail.isalpha()) or tail not in either:
        return False
    # a shorter word of the document after a word ("Pemda" + "di"): pieces that short are as often a word's rest
    if len(tail) < MIN_LETTERS and not (tail in document and len(head) >= MIN_LETTERS and head in either):
        return False
    joined, cut = head + tail, len(head)
    begun = (prefixes_of(document), prefixes_of(language)) if goes_on else ()
    return not _held_across(joined, cut, either, range(cut), begun)


def whole_before(head: str, tail: str, document: frozenset[str], language: frozenset[str]) -> bool:
    """Whether `head` (a lookup form) is a word of its own before a `tail` that goes on past its line.

    A narrow column ends a line with a short word ("kanal") and sets the
    next, too wide for any line, on a line of its own, cut at its edge
    ("pengintegrasianmen" + "diseminasikan"): the tail is no word and its run
    ends on a later line, so no reading of the two holds. The head may be a
    word of its own where it is a word, `MIN_LETTERS` letters or more, and
    no word holds the end, whole or begun ("penanda" + "tanganan…" holds
    "penandatanganan"); the letters on each side decide the rest. A word
    across the end counts where the head's letters before it read as words
    too: "alpen" in "k|alpen|gin…" leaves a "k" no word is. Asked where
    `cut_inside` cannot tell (`word_edges.ends_between_words`).
    """
    either = Either(document, language)
    if not (head.isalpha() and tail.isalpha()) or len(head) < MIN_LETTERS or head not in either:
        return False
    joined, cut = head + tail, len(head)
    runs = fewest_words(joined, either, cut)  # runs[i] <= len(joined): the head's first i letters read as words
    starts = [i for i in range(cut) if runs[i] <= len(joined)]
    return not _held_across(joined, cut, either, starts, (prefixes_of(document), prefixes_of(language)))


def _held_across(
    joined: str, cut: int, either: Either, starts: Iterable[int], begun: tuple[frozenset[str], ...]
) -> bool:
    """Whether a word starting at one of `starts` (before `cut`) holds the end: a word of `either`,
    `CROSSING` letters or more, across it, or the letters to the run's end beginning one (`begun`: prefix sets)."""
    n = len(joined)
    starts = list(starts)
    if any(joined[i:j] in either for i in starts for j in range(max(cut + 1, i + CROSSING), n + 1)):
        return True
    return any(joined[i:] in p for p in begun for i in starts)


def begun_across(head: str, tail: str, document: frozenset[str], language: frozenset[str]) -> bool:
    """Whether `head` + `tail` (lookup forms) begin a word of the language, or end in a long one, or in the
    beginning of one, that starts inside the head after words of it: "meng" + "implementasi",
    "pertanggungjawabanmeng" + "implementasi" (the language writes "mengimplementasikan"). A long word the
    language writes only with more letters counts as one of those words: "mengimplementasiter" +
    "identifikasi" ends in "teridentifikasi". A head no word that goes on so was cut."""
    if not (head.isalpha() and tail.isalpha()):
        return False
    joined, cut = head + tail, len(head)
    if is_prefix(joined, language):
        return True
    either = Either(document, language)
    if _begun_across(joined, cut, either, document, language):
        return True
    begun = (prefixes_of(document), prefixes_of(language))

    def long_begun(letters: str) -> bool:
        return len(letters) >= LONG_WORD and any(letters in p for p in begun)

    return any(
        long_begun(joined[:i]) and (joined[i:] in either or long_begun(joined[i:]))
        for i in range(LONG_WORD, cut)
        if len(joined) - i >= LONG_WORD
    )


def _begun_across(joined: str, cut: int, either: Either, document: frozenset[str], language: frozenset[str]) -> bool:
    """Whether `joined`, its last word going on past it, ends in the beginning of one word across `cut`,
    `LONG_WORD` letters or more of it here, after words of `either` or none (see `cut_inside`)."""
    runs = fewest_words(joined, either, cut)
    begun = (prefixes_of(document), prefixes_of(language))
    return any(
        joined[i:] in p for i in range(cut) if runs[i] <= len(joined) and len(joined) - i >= LONG_WORD for p in begun
    )


def _open_ended(
    joined: str, cut: int, either: Either, document: frozenset[str], language: frozenset[str]
) -> tuple[bool, bool]:
    """`lexicon.segments` for a run whose last word goes on past `joined`: its letters there begin a word.

    Where both readings hold, the one of fewer, longer words wins (letters per
    word, the best place of each): "per" + "tanggungjawabanditi" (+
    "ndaklanjuti") reads "per tanggung jawaban diti…" as well as
    "pertanggungjawaban diti…", three words against one. On a tie the break
    between words stands.
    """

    def begins(rest: str) -> bool:  # fewer than three letters begin some word whatever they are
        return len(rest) < 3 or rest in prefixes_of(document) or rest in prefixes_of(language)

    n = len(joined)
    none = n + 1  # more words than letters: no run
    head = fewest_words(joined, either, cut)  # head[i]: fewest words of a run joined[:i], i up to the cut
    between = [none] * n  # a run to i with a word ending at the cut
    across = [none] * n  # a run to i with a word holding the cut
    if cut < n:
        between[cut] = head[cut]
    for i in range(cut):
        if head[i] < none:
            for j in range(max(cut + 1, i + SEGMENT), n):
                if joined[i:j] in either:
                    across[j] = min(across[j], head[i] + 1)
    for runs in (between, across):
        for i in range(cut, n):
            if runs[i] < none:
                for j in range(i + SEGMENT, n):
                    if joined[i:j] in either:
                        runs[j] = min(runs[j], runs[i] + 1)

    def best(runs: list[int]) -> float:
        return max((i / runs[i] for i in range(cut, n) if 0 < runs[i] < none and begins(joined[i:])), default=0.0)

    b, a = best(between), best(across)
    return a > b, b > 0 and b >= a


def reads_between(head: str, tail: str, document: frozenset[str], language: frozenset[str]) -> bool:
    """Whether the run `head` + `tail` (lookup forms) reads in as few words of the document and the language
    with the line end between two words as with it inside one, or in fewer.

    A glued run the document's words alone read with the end inside a word
    may be two words the document writes nowhere else: "antar" + "acara" is
    "antara" + "cara" to a document that lacks "acara", and two words either
    way to the language, where the break between them stands. Fewer, longer
    words win, as in `_open_ended`: "penandatangananmenindak" + "lanjuti" is
    "penandatanganan" + "menindaklanjuti", two words against three.
    False where no reading has the end between words.
    """
    if not language or not (head.isalpha() and tail.isalpha()):
        return False
    either = Either(document, language)
    joined, cut = head + tail, len(head)
    n = len(joined)
    if n > 80:
        return False
    none = n + 1
    before = fewest_words(joined, either, n)  # before[i]: fewest words of a run joined[:i]
    after = [none] * (n + 1)  # after[i]: of a run joined[i:]
    after[n] = 0
    for j in range(n, 0, -1):
        if after[j] < none:
            for i in range(j - SEGMENT, -1, -1):
                if joined[i:j] in either:
                    after[i] = min(after[i], after[j] + 1)
    between = before[cut] + after[cut]
    across = min(
        (before[i] + 1 + after[j] for i in range(cut) for j in range(cut + 1, n + 1) if joined[i:j] in either),
        default=2 * none,
    )
    return between < none and between <= across


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
