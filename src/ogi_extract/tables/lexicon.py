"""The document's own vocabulary, to tell a word broken at a line end from two words.

A line that holds one word reaching the cell's edge with no space after it is
either a word the engine had to break ("Pendamping" + "an") or a whole word
followed by the next ("meningkatkan" + "pelayanan"); geometry cannot tell them
apart. The report itself can: words repeat, so the joined form or the two
halves are found elsewhere, in the middle of lines, where nothing is broken.

The same evidence tells a hyphen the engine added at a line end (TeX,
WeasyPrint with `hyphens: auto`: "in-" + "formasi", "Kemente-" + "rian") from
one the author typed ("masing-" + "masing", "Semi-" + "Aktif", "SP4N-" +
"LAPOR!"). This module holds the vocabulary (`Lexicon`) and the lookups on
it; how it is read from the document is `vocabulary.py`'s, and the decisions
at a line end that weigh it (`drops_hyphen`, `broken_run`) are in
`line_ends.py`.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from functools import lru_cache

import regex


EDGES = regex.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")
SOFT_HYPHEN = "\u00ad"
# What ends a line broken at a hyphen: the ASCII hyphen-minus, Unicode's
# hyphen, and the soft hyphen some producers write for the one they added.
LINE_END_HYPHENS = ("-", "\u2010", SOFT_HYPHEN)
LETTER_RUNS = regex.compile(r"\p{L}+")
# The letters that end and begin a token, where a line end cuts it.
LAST_LETTERS = regex.compile(r"\p{L}+$")
FIRST_LETTERS = regex.compile(r"^\p{L}+")
# No written syllable without one.
VOWELS = frozenset("aeiou")
# A token of a URL, a path or a file name rather than of prose.
PATH_LIKE = regex.compile(r"(?:://|www\.|[\p{L}\p{N}][/_.][\p{L}\p{N}])")
# A URL or a file name: not prose with a slash ("Kabupaten/Kota", "PERKI1/2021").
URL_LIKE = regex.compile(r"(?:://|www\.|[\p{L}\p{N}][_.][\p{L}\p{N}])")
SEGMENT = 3  # the shortest word a joined word is cut into (see `segments`)
LONGEST_RUN = 80  # letters: a longer token is no run of words (a URL, a hash)
# The shortest long derived word (prefix, stem and suffix: "menindaklanjuti", see `Lexicon.long_words`).
LONG_WORD = 12


@lru_cache(maxsize=65536)
def lexical(token: str) -> str:
    """The lookup form of a token: lower case, punctuation at both ends dropped.

    Cached: a report repeats its words, and every line joined asks for them again.
    """
    return EDGES.sub("", token).lower()


class Lexicon(frozenset[str]):
    """The document's words, and whether its engine hyphenates words at line ends.

    `engine_hyphens` is true when at least `ENGINE_HYPHENS` line ends break a
    word the document writes whole elsewhere with a hyphen ("in-" + "formasi"):
    the engine hyphenates (TeX, CSS `hyphens: auto`), so a word it breaks
    carries a hyphen and a line end without one falls between words. Word,
    LibreOffice and ReportLab never hyphenate; there it stays false.

    `pieces` are the runs of letters of its words, URLs and paths included
    ("https://ogi.bappenas.go.id/laporan" gives "https", "ogi", "bappenas",
    "go", "id", "laporan"): a URL broken at a line end is told by them.

    `glues` is true when the document writes, inside its lines, more words
    that are runs of its other words ("mengintegrasikandipresentasikan") than
    words of two hyphenated ("sosial-ekonomi"): then a line-end hyphen between
    two known words is more likely the engine's (see `drops_hyphen`). The
    long words seen next to a justified line count too (`long_words`): a
    narrow column shows its glued runs mostly at line ends. `longest_run` is
    the most words one of those runs holds, 0 where none is (`glued_runs`).

    `engine_marks` is true when the engine marks the words it breaks with a
    hyphen of its own, Unicode's U+2010, which no keyboard types: it ends at
    least `ENGINE_HYPHENS` lines and is written inside none, while the
    author's hyphen-minus is (CSS `hyphens: auto` set by Pango:
    "pelaksana‐" + "an", "CO‐" + "VID-19", "DP2K‐" + "BPMD", beside the
    author's "sosial-" + "ekonomi"). Every U+2010 ending a line is then the
    engine's.

    `capitals` are the words the document writes in capitals only, acronyms
    ("PEN", "UK"): a piece in lower case that spells one ("pen" +
    "andatangananm") is no word of the document for that. `lower_only` are
    those it never writes in capitals ("per", "di"): a piece in capitals that
    spells one ("PER" + "KI1/2021") is none either.

    `cuts_after_words` is true when the engine fills a line's rest with part of
    a word after other words on the line (ReportLab: "layanan Kem" +
    "enterian"), seen where a line ends at its edge with a piece that is no
    word of the document, the next line opens with one that is none either,
    and the two join into a word the document writes whole or into a run of
    its words glued, cut inside one ("PUSHAM pena" + "ndatangananmen..."),
    or where the piece is a word's first letter or two ("p" + "erencanaan")
    (`CUTS_AFTER_WORDS` such line ends). Engines that move a word too wide
    for the rest of its line to a line of its own first and cut it there
    (CSS `overflow-wrap`, LibreOffice) leave none: there a line that ends
    after other words ended a word.

    `breaks_early` is true when the engine hyphenates a word the document
    writes whole elsewhere at the end of a line that had room for the word's
    rest (`BREAKS_EARLY` such line ends, see `_room_for`): it weighs a whole
    paragraph (TeX), not one line at a time as engines that hyphenate a word
    only when its rest does not fit (Typst, LibreOffice, CSS). There a
    hyphenated line with room left is no sign of the author's hyphen.

    `long_words` are the long derived words (`LONG_WORD` letters or more)
    seen whole, those next to a justified line that ended with room spread
    over its spaces included (`vocabulary._roomy_end`): a narrow column shows
    its long words mostly at line ends, where a break may have cut them, so
    the vocabulary misses them ("penandatanganan" opening a line after a
    justified one, written nowhere else but glued). Only a cut inside such a
    word asks for them (`line_ends.broken_run`); the vocabulary itself stays
    as its other rules were weighed on.

    `hyphenates_urls` is true when the engine is seen to hyphenate inside a
    URL as inside a word (LibreOffice): a line-end hyphen in a URL's host
    ("https://da-" + "ta.go.id") or one between letters that join into a
    piece of its URLs, neither side one ("ba-" + "rang-laporan"), at least
    `URL_HYPHENS` times (`url_hyphens.url_hyphens`). TeX's `url` breaks a URL
    without a hyphen, so there a hyphen ending a line in a URL's path is the
    author's (see `line_ends.drops_hyphen`).

    `language` are the common words of the report's language (`language`),
    kept apart from the document's: they weigh only where these leave a line
    end open.

    `hosts` are the runs of letters of its URLs' hosts (`host_runs`), from
    the URLs cut at line ends too: a domain glues its words as a rule
    ("komisiinformasi.go.id"), which says nothing of how a path joins its own.
    """

    __slots__ = (
        "breaks_early",
        "capitals",
        "cuts_after_words",
        "engine_hyphens",
        "engine_marks",
        "glues",
        "hosts",
        "hyphenates_urls",
        "language",
        "long_words",
        "longest_run",
        "lower_only",
        "pieces",
    )
    breaks_early: bool
    capitals: frozenset[str]
    cuts_after_words: bool
    engine_hyphens: bool
    engine_marks: bool
    glues: bool
    hyphenates_urls: bool
    language: frozenset[str]
    long_words: frozenset[str]
    longest_run: int
    lower_only: frozenset[str]
    pieces: frozenset[str]

    def __new__(
        cls,
        words: Iterable[str] = (),
        engine_hyphens: bool = False,
        pieces: Iterable[str] = (),
        glues: bool = False,
        engine_marks: bool = False,
        capitals: Iterable[str] = (),
        cuts_after_words: bool = True,
        breaks_early: bool = False,
        long_words: Iterable[str] = (),
        hyphenates_urls: bool = False,
        language: frozenset[str] = frozenset(),
        hosts: Iterable[str] = (),
        longest_run: int = 0,
        lower_only: Iterable[str] = (),
    ) -> Lexicon:
        self = super().__new__(cls, words)
        self.breaks_early = breaks_early
        self.capitals = frozenset(capitals)
        self.cuts_after_words = cuts_after_words
        self.engine_hyphens = engine_hyphens
        self.engine_marks = engine_marks
        self.glues = glues
        self.hyphenates_urls = hyphenates_urls
        self.language = language
        self.longest_run = longest_run
        self.lower_only = frozenset(lower_only)
        self.long_words = frozenset(long_words).union(w for w in self if len(w) >= LONG_WORD and w.isalpha())
        self.pieces = frozenset(pieces).union(letter_runs(self))
        self.hosts = frozenset(hosts).union(run for w in self for run in host_runs(w))
        return self

    @property
    def weighs_paragraphs(self) -> bool:
        """Whether the engine breaks lines a paragraph at a time (it hyphenates, or breaks with room left:
        TeX, Typst): the room a line keeps at its end proves nothing there."""
        return self.engine_hyphens or self.breaks_early


def letter_runs(words: Iterable[str]) -> set[str]:
    """The runs of letters of `words`, in lower case: "https", "ogi", "laporan" of
    "https://ogi.bappenas.go.id/laporan" (`Lexicon.pieces` holds them)."""
    return {run.lower() for w in words for run in LETTER_RUNS.findall(w)}


def host_runs(text: str) -> list[str]:
    """The runs of letters of a URL's host, in lower case: "komisiinformasi", "go", "id" of
    "https://komisiinformasi.go.id/laporan"; none where no scheme or "www." shows where a host begins."""
    lower = text.lower()
    scheme = lower.find("://")
    start = scheme + 3 if scheme >= 0 else 0 if lower.startswith("www.") else -1
    return LETTER_RUNS.findall(lower[start:].split("/", 1)[0]) if start >= 0 else []


ENGINE_HYPHENS = 3
CUTS_AFTER_WORDS = 1  # see `Lexicon.cuts_after_words`
ENGINE_HYPHEN = "\u2010"  # see `Lexicon.engine_marks`
BREAKS_EARLY = 2  # see `Lexicon.breaks_early`
URL_HYPHENS = 1  # see `Lexicon.hyphenates_urls`


def is_prefix(stem: str, lexicon: frozenset[str]) -> bool:
    """Whether `stem` (a lookup form of three letters or more) begins a longer word of the lexicon."""
    return len(stem) >= 3 and stem in prefixes_of(lexicon)


def prefixes_of(lexicon: frozenset[str]) -> frozenset[str]:
    """Every proper prefix of three characters or more of the lexicon's words (built once a document).

    By the set's identity first: a `Lexicon` equals the plain set it was filled from, so a cache keyed
    by equality alone compared the two sets word by word on every lookup. The set is held: no id reuse.
    """
    hit = _PREFIXES_BY_ID.get(id(lexicon))
    if hit is None or hit[0] is not lexicon:
        if len(_PREFIXES_BY_ID) >= 4:
            _PREFIXES_BY_ID.clear()  # one call, safe beside other threads; the equality cache keeps the sets
        hit = _PREFIXES_BY_ID[id(lexicon)] = (lexicon, _prefixes_of(lexicon))
    return hit[1]


_PREFIXES_BY_ID: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


@lru_cache(maxsize=4)
def _prefixes_of(lexicon: frozenset[str]) -> frozenset[str]:
    return frozenset(w[:k] for w in lexicon for k in range(3, len(w)))


def run_ends(text: str, lexicon: Container[str]) -> list[bool]:
    """Where a run of the lexicon's words, `SEGMENT` letters or more each, that begins `text` can end.

    `ends[i]` tells whether `text[:i]` is such a run (`ends[0]`: the empty
    run); a word reaching `text`'s very end is not counted, as the callers
    weigh a run that goes on past it. Shared by the line-end rules that read
    glued runs: `line_ends.broken_run`, `moved_words.ends_inside_word`,
    `vocabulary._cut_word`.
    """
    n = len(text)
    ends = [False] * (n + 1)
    ends[0] = True
    for i in range(n):
        if ends[i]:
            for j in range(i + SEGMENT, n):
                if text[i:j] in lexicon:
                    ends[j] = True
    return ends


def segments(joined: str, cut: int, lexicon: Container[str], whole: bool = True) -> tuple[bool, bool]:
    """Whether `joined` is a run of the lexicon's words with the break `cut` inside one, and between two.

    Words of at least `SEGMENT` letters only, so that a prefix that happens to
    be a word ("di", "ke") does not pass for one half of a compound; `whole`
    false leaves `joined` itself out, so that only a run of two or more counts.
    """
    n = len(joined)
    if n > LONGEST_RUN:
        return False, False
    longest = n if whole else n - 1
    # ends[i]: joined[:i] is a run of words; starts[i]: joined[i:] is one.
    ends = [False] * (n + 1)
    starts = [False] * (n + 1)
    ends[0] = starts[n] = True
    for i in range(n + 1):
        if ends[i]:
            for j in range(i + SEGMENT, min(n, i + longest) + 1):
                if joined[i:j] in lexicon:
                    ends[j] = True
    between = 0 < cut < n and ends[cut]
    if between:  # starts[cut] decides, and it depends only on the starts after it
        for i in range(n - SEGMENT, cut - 1, -1):
            starts[i] = any(starts[j] and joined[i:j] in lexicon for j in range(i + SEGMENT, min(n, i + longest) + 1))
        between = starts[cut]
    inside = ends[n] and not between
    return inside, between


def fewest_words(
    joined: str, lexicon: Container[str], end: int, shortest: int = SEGMENT, longest: int | None = None
) -> list[int]:
    """fewest[i]: the fewest of the lexicon's words, `shortest` letters or more and `longest` at most (no
    bound where None), that `joined[:i]` is a run of, for i up to `end`; `len(joined) + 1` where none reaches i.

    The count `segments` only answers yes or no to: how many words a glued run
    holds (`glued_runs.run_words`, `language.words_in`) and which reading of a
    run takes fewer, longer words (`fewer_words.reads_between`).
    """
    none = len(joined) + 1
    fewest = [none] * (end + 1)
    fewest[0] = 0
    for i in range(end):
        if fewest[i] < none:
            stop = end if longest is None else min(end, i + longest)
            for j in range(i + shortest, stop + 1):
                if fewest[i] + 1 < fewest[j] and joined[i:j] in lexicon:
                    fewest[j] = fewest[i] + 1
    return fewest
