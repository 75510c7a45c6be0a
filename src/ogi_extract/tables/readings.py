"""How the letters on both sides of a line end read in the document's and the language's words.

A line end the geometry and the document's own words leave open is read here
as a run of words across it: "perma" + "salahan" reads only with the end
inside a word (a cut), "Melaksanakan" + "strategi" only between two, and a
run that reads both ways is weighed by the fewer, longer words
(`cut_inside`). Where no reading holds, a tail that is a word with no word
across the end ends the line (`whole_after`), as does a head that is one
before a tail cut again (`whole_before`); a head no word that begins a word of
the language with the tail was cut (`begun_across`), and so were two pieces,
neither a word, that join into one the language derives (`derived_across`).
The words themselves, with the grammar's enclitics, are `language.py`'s.
"""

from __future__ import annotations

from collections.abc import Iterable

from .fewer_words import fewer_between, open_ended, reads_between
from .language import MIN_LETTERS, Derived, Either, endings, words_in
from .lexicon import LONG_WORD, SEGMENT, fewest_words, is_prefix, prefixes_of, segments

# letters: a word across a line end shorter than this lies there by chance ("net" of "online" + "transparansi")
CROSSING = 4
# letters: the shortest head that reads as a word before a run opening with a long word ("di" + "didiseminasikan…")
SHORTEST_HEAD = 2


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
    wins (`fewer_words.open_ended`), and so it does where the head is a glued run of
    words itself; where no reading holds, the run's letters from a
    word's start before the end may begin one long word across it: "ke" +
    "tenagakerj" (+ "aan") begins "ketenagakerjaan" (`_begun_across`). A run
    that reads in words to the going tail's last letter with the end inside
    one is weighed so too: "panduan" + "dikarena" (+ "kan") reads "pandu andik
    arena", and "panduan dikarena(kan)" in fewer, longer words.
    """
    if not language or not (head.isalpha() and tail.isalpha()):
        return None
    either = Either(document, language)
    inside, between = segments(head + tail, len(head), either)
    if between and not goes_on and words_in(head, document, language) > 1 and not reads_between(head, tail, document, language):
        # a glued run read both ways: the reading of fewer, longer words wins, as where the run goes
        # on (`fewer_words.open_ended`): "teridentifikasinyapertanggung" + "jawaban" ends in "pertanggungjawaban"
        return True
    if goes_on and inside:
        # a run read in words to the tail's last letter, the tail going on past its line: the last word
        # may be the beginning of a longer one, and the reading of fewer, longer words wins: "panduan" +
        # "dikarena" (+ "kan") reads "pandu andik arena" as well as "panduan dikarena(kan)"
        weighed = open_ended(head + tail, len(head), either, document, language)
        if weighed[1]:
            inside, between = weighed
    elif goes_on:
        # the run's last word may be the beginning of a longer one: "menindak" + "lanjutipenandatangan"
        # reads "menindak lanjuti penandatangan" whole, and "menindaklanjuti penandatangan(an)" in fewer words
        weighed = open_ended(head + tail, len(head), either, document, language)
        if weighed[0] or not between:
            inside, between = weighed
        if not (inside or between):
            inside = _begun_across(head + tail, _word_starts(head + tail, either, len(head)), document, language)
    return None if inside == between else inside


def whole_after(
    head: str, tail: str, document: frozenset[str], language: frozenset[str], goes_on: bool = False
) -> bool:
    """Whether `tail` (a lookup form) is a word of its own after `head`: a word, and no word holds the end.

    A narrow column sets a word the language lacks alone on its line
    ("restoratif"), then a common one ("sehingga"): the head reads as no run,
    so neither reading holds, but the tail is whole and no word runs across
    the end ("fse", "ifseh"…): the line ended a word. Where one does
    ("penyelenggaraanper" + "tanggungjawaban" holds "pertanggungjawaban"), the
    letters after it reading on, or a word the language derives begun in the
    head runs to the end ("…pengintegr" + "asian"), it is left open; so it is
    where the tail `goes_on` past its line (cut again) and a word may begin
    before the end and go on past it ("mem" + "present" + "asikan…"). A tail
    shorter than `MIN_LETTERS` counts only where the document writes it whole
    and the head is a word itself ("Pemda" + "di"), or, a word of the document
    or the language, where the head is a run of words the language derives and
    the tail no ending of it ("dilegalisasikanmenggarisbawahi" + "dan"). A word across the end
    holds it only where its reading takes fewer words than the one with the end between two, words
    the language derives counted: "mensosialisasikan" + "wilayah" holds "kanwil", "ayah" reading on,
    but "mensosialisasi kanwil ayah" is three words against two. Asked where `cut_inside`
    cannot tell (`word_edges.ends_between_words`).
    """
    either = Either(document, language)
    if not (head.isalpha() and tail.isalpha()) or tail not in either:
        return False
    # a shorter word of the document after a word ("Pemda" + "di"), or one of the document or the language
    # after a run of words the language derives ("dilegalisasikanmenggarisbawahi" + "dan",
    # "…mengimplementasi" + "yang"), no ending it attaches ("menggarisbawah" + "i"): pieces that short
    # are as often a word's rest
    derived = Derived(either, language)
    if len(tail) < MIN_LETTERS and not (
        len(head) >= MIN_LETTERS
        and (
            tail in document and head in either
            or len(tail) >= SEGMENT and tail not in endings(language) and _read_whole(head, derived)
        )
    ):
        return False
    joined, cut = head + tail, len(head)
    begun = (prefixes_of(document), prefixes_of(language)) if goes_on else ()
    # a word across counts where the letters after it read on ("…bawahi" + "dan" holds "wahid", then
    # "an"), and so does a word the language derives, begun where a word of the head may start and running
    # to the end, its letters in the head no word ("pengimplementasianpengintegr" + "asian" ends in
    # "pengintegrasian"; "di" + "teridentifikasinya" is a word before another)
    if _held_across(joined, cut, either, range(cut), begun, _reads_on(joined, either, begun)) and not (
        not goes_on and fewer_between(joined, cut, derived)
    ):
        return False
    return not any(joined[i:] in derived and joined[i:cut] not in either for i in _word_starts(joined, derived, cut))


def _read_whole(head: str, derived: Derived) -> bool:
    """Whether `head` is a word of `derived` (`language.Derived`: the document's and the language's, and
    those the language derives from them), or a run of them: "di" + "legalisasi" + "kan", then
    "menggarisbawahi"."""
    return head in derived or fewest_words(head, derived, len(head), MIN_LETTERS)[len(head)] <= len(head)


def shortest_head(head: str, tail: str, document: frozenset[str], language: frozenset[str]) -> int:
    """How short a head may be and still read as a word of its own before `tail` (`whole_before`).

    A head of few letters begins longer words as often ("ke" of
    "ketenagakerjaan"); before a tail that opens with a long word of the
    document or its language ("terintegrasi" of "terintegrasikandidise")
    the cut between them is a run's, unless a word holds the end, which
    `whole_before` asks all the same ("ke" + "tenagakerjaan"); a word of
    two letters too ("di" + "didiseminasikanmenyelen"), unless the language
    derives a word from the two ("di" + "implementasikan…"): not from one
    that has the head for its prefix already ("di" + "diseminasikan").
    """
    either = Either(document, language)
    opens = [tail[:k] for k in range(LONG_WORD, len(tail) + 1) if tail[:k] in either]
    if not opens:
        return MIN_LETTERS
    derived = Derived(either, language)
    prefixed = [w for w in opens if w.startswith(head) and w[len(head) :] in derived]
    return SEGMENT if any(head + w in derived for w in opens if w not in prefixed) else SHORTEST_HEAD


def whole_before(
    head: str,
    tail: str,
    document: frozenset[str],
    language: frozenset[str],
    shortest: int = MIN_LETTERS,
    read_on: bool | None = None,
) -> bool:
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
    `cut_inside` cannot tell (`word_edges.ends_between_words`). A head
    shorter than `shortest` letters is a word's first letters as often
    ("ke" of "ketenagakerjaan"), unless the engine is known to move words
    whole (`moved_words.moved_alone`), which also asks that a word across
    the end leave letters after it that read on (`read_on`: whether the
    tail goes on past its line, where they may begin a word): "lumen" in
    "per|lumen|gimplementasi." leaves "gimplementasi", no word.
    """
    either = Either(document, language)
    if not (head.isalpha() and tail.isalpha()) or len(head) < shortest or head not in either:
        return False
    joined, cut = head + tail, len(head)
    starts = _word_starts(joined, either, cut)
    begun = (prefixes_of(document), prefixes_of(language))
    rest = None if read_on is None else _reads_on(joined, either, begun if read_on else ())
    return not _held_across(joined, cut, either, starts, begun, rest)


def _held_across(
    joined: str,
    cut: int,
    either: Either,
    starts: Iterable[int],
    begun: tuple[frozenset[str], ...],
    rest: list[bool] | None = None,
) -> bool:
    """Whether a word starting at one of `starts` (before `cut`) holds the end: a word of `either`,
    `CROSSING` letters or more, across it, or the letters to the run's end beginning one (`begun`: prefix sets).
    With `rest` (`_reads_on`), a word across counts only where the letters after it read on."""
    n = len(joined)
    starts = list(starts)
    if any(
        joined[i:j] in either and (rest is None or rest[j])
        for i in starts
        for j in range(max(cut + 1, i + CROSSING), n + 1)
    ):
        return True
    return any(joined[i:] in p for p in begun for i in starts)


def _reads_on(joined: str, either: Either, begun: tuple[frozenset[str], ...]) -> list[bool]:
    """reads[j]: whether the letters of `joined` from j to its end read as words of `either`, or as words
    and then the beginning of one (`begun`: prefix sets, empty where the run ends on its line)."""
    n = len(joined)
    reads = [False] * (n + 1)
    reads[n] = True
    for j in range(n - 1, -1, -1):
        reads[j] = any(joined[j:] in p for p in begun) or any(
            reads[k] and joined[j:k] in either for k in range(j + SEGMENT, n + 1)
        )
    return reads


def begun_across(head: str, tail: str, document: frozenset[str], language: frozenset[str]) -> bool:
    """Whether `head` + `tail` (lookup forms) begin a word of the language, or end in a long one, or in the
    beginning of one, that starts inside the head after words of it: "meng" + "implementasi",
    "pertanggungjawabanmeng" + "implementasi" (the language writes "mengimplementasikan"). A long word the
    language writes only with more letters counts as one of those words: "mengimplementasiter" +
    "identifikasi" ends in "teridentifikasi"; so does one of the language's prefixes before a word
    (`_derived_across`). The head's words before it may be words the language derives from the
    report's or its own (`language.Derived`): "mendiseminasikan" + "ter" + "identifikasi". A head no
    word that goes on so was cut."""
    if not (head.isalpha() and tail.isalpha()):
        return False
    joined, cut = head + tail, len(head)
    if is_prefix(joined, language):
        return True
    either = Either(document, language)
    # the head's words may be derived ones no list holds: "mendiseminasikan" + "ter" + "identifikasi"
    starts = _word_starts(joined, Derived(either, language), cut)
    if _begun_across(joined, starts, document, language):
        return True
    if _ends_in_long_word(joined, cut, either):
        return True
    begun = (prefixes_of(document), prefixes_of(language))

    def long_begun(letters: str) -> bool:
        return len(letters) >= LONG_WORD and any(letters in p for p in begun)

    if any(
        long_begun(joined[:i]) and (joined[i:] in either or long_begun(joined[i:]))
        for i in range(LONG_WORD, cut)
        if len(joined) - i >= LONG_WORD
    ):
        return True
    return _derived_across(joined, cut, starts, either, getattr(language, "prefixes", ()))


def derived_across(head: str, tail: str, document: frozenset[str], language: frozenset[str]) -> bool:
    """Whether `head` + `tail` (lookup forms) end in one word the language derives (`language.Derived`)
    that no list holds, begun in the head after words of it, its letters there no word, the tail none:
    "pengimple" + "mentasian" is "peng" + "implementasi" + "an", and so is the end of
    "menggarisbawahipengimple" + "mentasian". Asked where neither reading of the end holds (`cut_inside`
    is None)."""
    if not (head.isalpha() and tail.isalpha()):
        return False
    derived = Derived(Either(document, language), language)
    if tail in derived:
        return False
    joined, cut = head + tail, len(head)
    return any(joined[i:] in derived and head[i:] not in derived for i in _word_starts(joined, derived, cut))


def ends_derived(head: str, tail: str, document: frozenset[str], language: frozenset[str]) -> bool:
    """Whether `head` + `tail` (lookup forms) end in one word the language derives from its words or the
    document's (`language.Derived`), begun in the head at its start or after words of it:
    "mensosialisas" + "ikan" is "men" + "sosialisasi" + "kan", and so is the end of
    "mengimplementasimensosialisas" + "ikan". Unlike `derived_across`, the tail may be a word itself."""
    derived = Derived(Either(document, language), language)
    joined = head + tail
    return any(joined[i:] in derived for i in _word_starts(joined, derived, len(head)))


def _ends_in_long_word(joined: str, cut: int, either: Either) -> bool:
    """Whether `joined` ends in a long word of `either` (`LONG_WORD` letters or more) begun in the head, its
    letters there no word, after a run as long that no list reads: "mendiseminasikanmenyelenggar" +
    "akan" ends in "menyelenggarakan", whatever the derived word before it is."""
    n = len(joined)
    return any(
        joined[i:] in either and joined[i:cut] not in either
        for i in range(LONG_WORD, cut - CROSSING + 1)
        if n - i >= LONG_WORD
    )


def _word_starts(joined: str, either: Either | Derived, cut: int) -> list[int]:
    """The places before `cut` where a word may start after words of `either` or none: the first i letters
    of `joined` read as a run of them."""
    runs = fewest_words(joined, either, cut)
    return [i for i in range(cut) if runs[i] <= len(joined)]


def _derived_across(joined: str, cut: int, starts: list[int], either: Either, prefixes: tuple[str, ...]) -> bool:
    """Whether `joined` ends, at one of `starts` (`_word_starts`), in one of the language's `prefixes` left in
    the head and a word of `either` after it, `LONG_WORD` letters or more in all: "menindaklanjutimen" +
    "diseminasi" ends in "men" + "diseminasi", "mendiseminasi", a derived word no list holds."""
    n = len(joined)
    return any(
        joined.startswith(prefix, i) and i + len(prefix) <= cut and joined[i + len(prefix) :] in either
        for i in starts
        if n - i >= LONG_WORD
        for prefix in prefixes
    )


def _begun_across(joined: str, starts: list[int], document: frozenset[str], language: frozenset[str]) -> bool:
    """Whether `joined`, its last word going on past it, ends in the beginning of one word across the cut,
    `LONG_WORD` letters or more of it here, starting at one of `starts` (`_word_starts`; see `cut_inside`)."""
    begun = (prefixes_of(document), prefixes_of(language))
    return any(joined[i:] in p for i in starts if len(joined) - i >= LONG_WORD for p in begun)
