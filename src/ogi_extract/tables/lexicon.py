"""The document's own vocabulary, to tell a word broken at a line end from two words.

A line that holds one word reaching the cell's edge with no space after it is
either a word the engine had to break ("Pendamping" + "an") or a whole word
followed by the next ("meningkatkan" + "pelayanan"); geometry cannot tell them
apart. The report itself can: words repeat, so the joined form or the two
halves are found elsewhere, in the middle of lines, where nothing is broken.

The same evidence tells a hyphen the engine added at a line end (TeX,
WeasyPrint with `hyphens: auto`: "in-" + "formasi", "Kemente-" + "rian") from
one the author typed ("masing-" + "masing", "Semi-" + "Aktif", "SP4N-" +
"LAPOR!"). This module holds the vocabulary and how it is read from the
document; the decisions at a line end that weigh it (`drops_hyphen`,
`broken_run`) are in `line_ends.py`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..layout.model import Word
from .model import Cell, TextLine

_EDGES = regex.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")
SOFT_HYPHEN = "\u00ad"
# What ends a line broken at a hyphen: the ASCII hyphen-minus, Unicode's
# hyphen, and the soft hyphen some producers write for the one they added.
LINE_END_HYPHENS = ("-", "\u2010", SOFT_HYPHEN)
_LETTER_RUNS = regex.compile(r"\p{L}+")
_WORD_ENDS = frozenset(".,;:!?)")
# A token of a URL, a path or a file name rather than of prose.
PATH_LIKE = regex.compile(r"(?:://|www\.|[\p{L}\p{N}][/_.][\p{L}\p{N}])")
# A URL or a file name: not prose with a slash ("Kabupaten/Kota", "PERKI1/2021").
URL_LIKE = regex.compile(r"(?:://|www\.|[\p{L}\p{N}][_.][\p{L}\p{N}])")
SEGMENT = 3  # the shortest word a joined word is cut into (see `segments`)


@lru_cache(maxsize=65536)
def lexical(token: str) -> str:
    """The lookup form of a token: lower case, punctuation at both ends dropped.

    Cached: a report repeats its words, and every line joined asks for them again.
    """
    return _EDGES.sub("", token).lower()


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
    two known words is more likely the engine's (see `drops_hyphen`).

    `engine_marks` is true when the engine marks the words it breaks with a
    hyphen of its own, Unicode's U+2010, which no keyboard types: it ends at
    least `ENGINE_HYPHENS` lines and is written inside none, while the
    author's hyphen-minus is (CSS `hyphens: auto` set by Pango:
    "pelaksana‐" + "an", "CO‐" + "VID-19", "DP2K‐" + "BPMD", beside the
    author's "sosial-" + "ekonomi"). Every U+2010 ending a line is then the
    engine's.

    `capitals` are the words the document writes in capitals only, acronyms
    ("PEN", "UK"): a piece in lower case that spells one ("pen" +
    "andatangananm") is no word of the document for that.

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
    """

    __slots__ = ("breaks_early", "capitals", "cuts_after_words", "engine_hyphens", "engine_marks", "glues", "pieces")
    breaks_early: bool
    capitals: frozenset[str]
    cuts_after_words: bool
    engine_hyphens: bool
    engine_marks: bool
    glues: bool
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
    ) -> Lexicon:
        self = super().__new__(cls, words)
        self.breaks_early = breaks_early
        self.capitals = frozenset(capitals)
        self.cuts_after_words = cuts_after_words
        self.engine_hyphens = engine_hyphens
        self.engine_marks = engine_marks
        self.glues = glues
        self.pieces = frozenset(pieces).union(run.lower() for w in self for run in _LETTER_RUNS.findall(w))
        return self


ENGINE_HYPHENS = 3
CUTS_AFTER_WORDS = 1  # see `Lexicon.cuts_after_words`
ENGINE_HYPHEN = "\u2010"  # see `Lexicon.engine_marks`
BREAKS_EARLY = 2  # see `Lexicon.breaks_early`


def build_lexicon(lines: Iterable[TextLine]) -> Lexicon:
    """Words seen where no line break can have cut them: inside a line, ended by a space, or by a line's end far short of its edge.

    `lines` in reading order (a cell's lines one after the other), so that a
    line and the next one tell whether the engine hyphenated between them.
    """
    words: set[str] = set()
    upper: set[str] = set()  # the forms seen in capitals, and in other cases
    lower: set[str] = set()
    pieces: set[str] = set()
    whole: set[str] = set()  # the texts of the words seen whole
    pairs: list[tuple[str, str]] = []
    roomy: list[tuple[str, str]] = []  # hyphenated line ends with room for the word's rest
    # a line's last piece after other words, at its edge, and the next line's first
    after_words: list[tuple[str, str]] = []
    marked = inside = minus = 0  # U+2010 ending lines and inside them; hyphen-minus inside
    before: TextLine | None = None
    lines = [ln for ln in lines if ln.words]
    for n, line in enumerate(lines):
        ws = line.words
        last = len(ws) - 1
        end = before.words[-1] if before is not None and before.words else None
        # The line's first word is whole when the line before ended a word:
        # with a drawn space, or with a stop or a comma outside a URL.
        opens_whole = end is not None and (
            end.space_after or (end.text[-1:] in _WORD_ENDS and PATH_LIKE.search(end.text) is None)
        )
        for i, w in enumerate(ws):
            if i < last or w.space_after:
                inside += ENGINE_HYPHEN in w.text
                minus += "-" in w.text
            else:
                inside += ENGINE_HYPHEN in w.text[:-1]
                marked += w.text.endswith(ENGINE_HYPHEN)
            if (0 < i or opens_whole) and (i < last or w.space_after or _ends_short(line, lines[n + 1 : n + 2])):
                whole.add(w.text)
            elif PATH_LIKE.search(w.text):
                # A URL cut at the line's start or end: its inner pieces are whole.
                runs = _LETTER_RUNS.findall(w.text)
                pieces.update(r.lower() for r in runs[i == 0 : len(runs) - (i == last and not w.space_after)])
        if end is not None and not end.space_after and end.text.endswith(LINE_END_HYPHENS):
            pairs.append((end.text, ws[0].text))
            if before is not None and _room_for(before, ws[0]):
                roomy.append((end.text, ws[0].text))
        if before is not None and _cut_after_words(before, ws[0]):
            after_words.append((before.words[-1].text, ws[0].text))
        before = line
    # Each text once: a report repeats its words, and every set here is order-free.
    for text in whole:
        words.add(lexical(text))
        form = _EDGES.sub("", text)
        (upper if len(form) >= 2 and form.isupper() else lower).add(form.lower())
    words.discard("")
    known = frozenset(words)
    hyphenated = sum(1 for head, tail in pairs if _known_break(head, tail, known))
    marks = marked >= ENGINE_HYPHENS and inside == 0 and minus > 0
    cuts = sum(1 for head, tail in after_words if _cut_word(lexical(head), lexical(tail), known) or _stub(head, known))
    early = sum(1 for head, tail in roomy if _letters_break(head, tail))
    return Lexicon(
        words, hyphenated >= ENGINE_HYPHENS, pieces, _glues(known), marks, upper - lower, cuts >= CUTS_AFTER_WORDS,
        early >= BREAKS_EARLY,
    )


def _cut_word(head: str, tail: str, known: frozenset[str]) -> bool:
    """Whether two pieces, neither a word of the document, join into one ("kem" + "enterian") or into a run
    of its words glued, cut inside one ("pena" + "ndatangananmendiseminasikan")."""
    if not head or not tail or head in known or tail in known:
        return False
    whole = head + tail
    if whole in known:
        return True
    if not whole.isalpha() or len(whole) > 80:
        return False
    if segments(whole, len(head), known, whole=False)[0]:
        return True
    # the run's last word may go on on the line after ("dipertim" + "bangkanmenggarisba" + "wahi")
    n, cut = len(whole), len(head)
    ends = [False] * (n + 1)
    ends[0] = True
    for i in range(n):
        if ends[i]:
            for j in range(i + SEGMENT, n):
                if whole[i:j] in known:
                    ends[j] = True
    prefixes = prefixes_of(known)
    return not ends[cut] and any(
        ends[i] and whole[i:] in prefixes for i in range(SEGMENT, n - SEGMENT + 1) if i != cut
    )


def _stub(head: str, known: frozenset[str]) -> bool:
    """A word's first letter or two, in lower case and no word of the document ("pe" + "merintahan",
    "h" + "ttps://"): no engine that moves words whole ends a line after other words so; an acronym
    ("UU", "RB") may."""
    letters = lexical(head)
    return 0 < len(letters) <= 2 and letters.isalpha() and letters not in known and any(c.islower() for c in head)


def _cut_after_words(line: TextLine, first: Word) -> bool:
    """Whether `line` may end with part of a word after other words: its last piece, in a letter and with no space
    after, within an em of its edge after another word, and `first` (the next line's) goes on in lower case."""
    ws = line.words
    if len(ws) < 2 or line.edge is None or first.page != ws[-1].page:
        return False
    last = ws[-1]
    return (
        not last.space_after
        and last.text[-1:].isalpha()
        and first.text[:1].islower()
        and line.edge - last.box.x1 < last.size
        and any(c.isalpha() for w in ws[:-1] for c in w.text)
    )


def _room_for(line: TextLine, tail: Word) -> bool:
    """Whether a line of several words, ended with a hyphen, had room at its cell's edge for the word's rest
    (`tail`): an engine that fills lines one by one would have set the word whole there (see `cuts.full_line`)."""
    last = line.words[-1]
    if line.edge is None or len(line.words) < 2 or tail.page != last.page:
        return False
    return line.edge - last.box.x1 >= tail.box.width


def _ends_short(line: TextLine, after: list[TextLine]) -> bool:
    """Whether the line ends with a whole word: two ems or more short of its edge, in a letter, on its page.

    No engine breaks a word with that much room left; the line's last word on
    a page may be a piece an engine left at the page's foot ("pe" +
    "ngimpleme..."), and a hyphen may be the engine's.
    """
    last = line.words[-1]
    if line.edge is None or not last.text[-1:].isalpha() or (after and after[0].page != line.page):
        return False
    return line.edge - last.box.x1 >= 2 * last.size


def _glues(words: frozenset[str]) -> bool:
    """Whether more of `words` are runs of the others glued than two of them hyphenated (see `Lexicon`)."""
    glued = hyphenated = 0
    longest = max(map(len, words), default=0)
    for w in words:
        if "-" in w:
            parts = w.split("-")
            if len(parts) == 2 and parts[0] != parts[1] and all(len(p) >= SEGMENT and p in words for p in parts):
                hyphenated += 1
        elif len(w) >= 2 * SEGMENT and w.isalpha() and _is_run(w, words, longest):
            glued += 1
    return glued > hyphenated


def _is_run(joined: str, lexicon: frozenset[str], longest: int) -> bool:
    """Whether `joined` is a run of two or more of the lexicon's words, none shorter than `SEGMENT` nor longer
    than `longest`: `segments(joined, 0, lexicon, whole=False)[0]`, without the pass from the end it does not need.
    """
    n = len(joined)
    if n > 80:
        return False
    reach = min(n - 1, longest)  # the whole word is left out: a run of two or more
    ends = [False] * (n + 1)
    ends[0] = True
    for i in range(n - SEGMENT + 1):
        if ends[i]:
            for j in range(i + SEGMENT, min(n, i + reach) + 1):
                if joined[i:j] in lexicon:
                    if j == n:
                        return True
                    ends[j] = True
    return False


def _letters_break(head: str, tail: str) -> bool:
    """A hyphenated line end between a lower-case letter and a lower-case letter, no reduplication ("peneliti-" +
    "an", not "masing-" + "masing", "2019-" + "2020")."""
    stem = head[:-1]
    return stem[-1:].isalpha() and stem[-1:].islower() and tail[:1].isalpha() and tail[:1].islower() and (
        lexical(stem).rsplit("-", 1)[-1] != lexical(tail))


def _known_break(head: str, tail: str, lexicon: frozenset[str]) -> bool:
    """A hyphenated line end whose joined word the document writes whole, and not its parts."""
    stem = head[:-1]
    h, t = lexical(stem), lexical(tail)
    return (
        bool(h and t)
        and h != t
        and tail[:1].islower()
        and lexical(stem + tail) in lexicon
        and lexical(head + tail) not in lexicon
        and not (h in lexicon and t in lexicon)
    )


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


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """What the document tells about its own line breaks.

    `words`: see `build_lexicon` (a `Lexicon` when built from the document).
    `spaces_mark_breaks`: whether this producer writes a space glyph at the
    end of a full line that broke between words (Word does, LibreOffice drops
    it). When it does, a full line without one can only have broken inside a
    word.
    """

    words: frozenset[str]
    spaces_mark_breaks: bool


def _full_lines_keep_spaces(cells: Iterable[Cell]) -> bool:
    """Whether full lines of several words, cut before their cell ends, end in a space."""
    kept = dropped = 0
    for cell in cells:
        lines = cell.lines
        if len(lines) < 2:
            continue
        right = max(ln.box.x1 for ln in lines)
        for ln in lines[:-1]:
            last = ln.words[-1]
            if len(ln.words) >= 2 and right - last.box.x1 <= 0.6 * last.size:
                if last.space_after:
                    kept += 1
                else:
                    dropped += 1
    return kept + dropped >= 5 and kept >= 0.8 * (kept + dropped)


def build_vocabulary(lines: Iterable[TextLine], cells: Iterable[Cell]) -> Vocabulary:
    return Vocabulary(build_lexicon(lines), _full_lines_keep_spaces(cells))


def segments(joined: str, cut: int, lexicon: frozenset[str], whole: bool = True) -> tuple[bool, bool]:
    """Whether `joined` is a run of the lexicon's words with the break `cut` inside one, and between two.

    Words of at least `SEGMENT` letters only, so that a prefix that happens to
    be a word ("di", "ke") does not pass for one half of a compound; `whole`
    false leaves `joined` itself out, so that only a run of two or more counts.
    """
    n = len(joined)
    if n > 80:
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
