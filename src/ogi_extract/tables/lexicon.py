"""The document's own vocabulary, to tell a word broken at a line end from two words.

A line that holds one word reaching the cell's edge with no space after it is
either a word the engine had to break ("Pendamping" + "an") or a whole word
followed by the next ("meningkatkan" + "pelayanan"); geometry cannot tell them
apart. The report itself can: words repeat, so the joined form or the two
halves are found elsewhere, in the middle of lines, where nothing is broken.

The same evidence tells a hyphen the engine added at a line end (TeX,
WeasyPrint with `hyphens: auto`: "in-" + "formasi", "Kemente-" + "rian") from
one the author typed ("masing-" + "masing", "Semi-" + "Aktif", "SP4N-" +
"LAPOR!"); see `drops_hyphen`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from .model import Cell, TextLine

_EDGES = regex.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")
SOFT_HYPHEN = "\u00ad"
# What ends a line broken at a hyphen: the ASCII hyphen-minus, Unicode's
# hyphen, and the soft hyphen some producers write for the one they added.
LINE_END_HYPHENS = ("-", "\u2010", SOFT_HYPHEN)
_LAST_LETTERS = regex.compile(r"\p{L}+$")
_FIRST_LETTERS = regex.compile(r"^\p{L}+")
_LETTERS = regex.compile(r"^\p{L}+$")
_LETTER_RUNS = regex.compile(r"\p{L}+")
# A tail that goes on with a hyphen and a letter: an acronym compound's ("WVI-INFID"), not "VID-19".
_COMPOUND_TAIL = regex.compile(r"[-\u2010\u00ad]\p{L}")
_WORD_ENDS = frozenset(".,;:!?)")
# A token of a URL, a path or a file name rather than of prose.
PATH_LIKE = regex.compile(r"(?:://|www\.|[\p{L}\p{N}][/_.][\p{L}\p{N}])")
# A URL or a file name: not prose with a slash ("hak/operasional").
_URL_LIKE = regex.compile(r"(?:://|www\.|[\p{L}\p{N}][_.][\p{L}\p{N}])")
RHYME = 9  # the longest part of a rhyming reduplication (see `_rhymes`)
# The shortest derived word (prefix, stem and suffix: "menindaklanjuti"): no
# author doubles one or joins two with a hyphen; reduplication and compounds
# are of base words ("program-program", "sosial-ekonomi", "informasi-informasi").
DERIVED = 12
SEGMENT = 3  # the shortest word a joined word is cut into (see `_segments`)


def lexical(token: str) -> str:
    """The lookup form of a token: lower case, punctuation at both ends dropped."""
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
    """

    __slots__ = ("engine_hyphens", "glues", "pieces")
    engine_hyphens: bool
    glues: bool
    pieces: frozenset[str]

    def __new__(
        cls,
        words: Iterable[str] = (),
        engine_hyphens: bool = False,
        pieces: Iterable[str] = (),
        glues: bool = False,
    ) -> Lexicon:
        self = super().__new__(cls, words)
        self.engine_hyphens = engine_hyphens
        self.glues = glues
        self.pieces = frozenset(pieces).union(run.lower() for w in self for run in _LETTER_RUNS.findall(w))
        return self


ENGINE_HYPHENS = 3


def build_lexicon(lines: Iterable[TextLine]) -> Lexicon:
    """Words seen where no line break can have cut them: inside a line, or ended by a space.

    `lines` in reading order (a cell's lines one after the other), so that a
    line and the next one tell whether the engine hyphenated between them.
    """
    words: set[str] = set()
    pieces: set[str] = set()
    pairs: list[tuple[str, str]] = []
    before: TextLine | None = None
    for line in lines:
        ws = line.words
        if not ws:
            continue
        last = len(ws) - 1
        end = before.words[-1] if before is not None and before.words else None
        # The line's first word is whole when the line before ended a word:
        # with a drawn space, or with a stop or a comma outside a URL.
        opens_whole = end is not None and (
            end.space_after or (end.text[-1:] in _WORD_ENDS and PATH_LIKE.search(end.text) is None)
        )
        for i, w in enumerate(ws):
            if (0 < i or opens_whole) and (i < last or w.space_after):
                words.add(lexical(w.text))
            elif PATH_LIKE.search(w.text):
                # A URL cut at the line's start or end: its inner pieces are whole.
                runs = _LETTER_RUNS.findall(w.text)
                pieces.update(r.lower() for r in runs[i == 0 : len(runs) - (i == last and not w.space_after)])
        if end is not None and not end.space_after and end.text.endswith(LINE_END_HYPHENS):
            pairs.append((end.text, ws[0].text))
        before = line
    words.discard("")
    known = frozenset(words)
    hyphenated = sum(1 for head, tail in pairs if _known_break(head, tail, known))
    return Lexicon(words, hyphenated >= ENGINE_HYPHENS, pieces, _glues(known))


def _glues(words: frozenset[str]) -> bool:
    """Whether more of `words` are runs of the others glued than two of them hyphenated (see `Lexicon`)."""
    glued = hyphenated = 0
    for w in words:
        if "-" in w:
            parts = w.split("-")
            if len(parts) == 2 and parts[0] != parts[1] and all(len(p) >= SEGMENT and p in words for p in parts):
                hyphenated += 1
        elif len(w) >= 2 * SEGMENT and w.isalpha() and _segments(w, 0, words, whole=False)[0]:
            glued += 1
    return glued > hyphenated


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
    return len(stem) >= 3 and stem in _prefixes(lexicon)


@lru_cache(maxsize=4)
def _prefixes(lexicon: frozenset[str]) -> frozenset[str]:
    """Every proper prefix of three characters or more of the lexicon's words (built once a document)."""
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


def drops_hyphen(head: str, tail: str, lexicon: frozenset[str] | None, full_line: bool = True) -> bool:
    """Whether the hyphen ending `head` (a line's last word) was the engine's, to drop when `tail` joins it.

    The letters on each side of the break are weighed ("Kementerian/Lemba-" +
    "ga" is "lemba" + "ga"), evidence strongest first:

    * anything but a letter at the break is the author's ("2019-2021",
      "COVID-19"), and so is any hyphenated form the document writes inside a
      line ("ko-kreasi" when it is spelled so elsewhere);
    * the document's vocabulary: the joined word written elsewhere
      ("informasi", "Kementerian", "kepada", even "tata" broken "ta-" + "ta")
      drops the hyphen, even where both parts are words too: Indonesian
      prefixes are often words of their own ("ke" + "pada", "di" + "kelola"),
      and a compound the author hyphenates is written so inside lines as well;
    * a middle piece, itself hyphenated, whose letters with the head's begin a
      known word ("ke-" + "penting-" + "an") drops it too;
    * two long derived words (`DERIVED`: twelve letters or more each, the
      tail in lower case) meet at the break of a glued run ("menindaklanjuti-" + "menindaklanjuti",
      "ditindaklanjuti-" + "pengimplementasian"): the engine's hyphen;
    * the author's own forms are kept: reduplication ("masing-masing",
      "program-program", "Una-Una"), a capital after the hyphen in a word that
      is not all capitals ("Semi-Aktif");
    * a joined word in lower case that is a run of the document's words
      ("ditindaklan-" + "jutidiimplementasikan" is "ditindaklanjuti" +
      "diimplementasikan") drops the hyphen when the break falls inside one
      of them; when it falls between two ("sosial-" + "ekonomi") it is kept,
      unless the engine hyphenates and the document glues words rather than
      hyphenating them (`Lexicon.glues`: "mengintegrasikan-" +
      "dipresentasikan" is one word there);
    * in a document whose engine hyphenates, a break between capitals is
      the engine's ("PATTI-" + "RO", "SIRE-" + "KAP": TeX hyphenates acronyms
      like words) unless a digit or a hyphen of the tail marks the author's
      compound ("SP4N-" + "LAPOR!", "TII-" + "WVI-INFID"); see `_engine_acronym`;
    * a break after the consonant that ends a known word, before a vowel
      ("sosial-" + "ekonomi"), is the author's: engines open a syllable with
      that consonant ("so-si-a-le-ko-no-mi"); see `_closes_syllable`;
    * a soft hyphen (U+00AD) is the producer's statement that it broke the
      word, unless the evidence above says otherwise: some producers write
      every hyphen as U+00AD once they hyphenate (Typst), the author's too;
    * a word the document writes nowhere else (TeX hyphenates rare words too)
      drops the hyphen only in a document whose engine hyphenates (see
      `Lexicon`), when the parts are not both words of the document, or the
      first has two letters only, as a prefix ("di-" + "nilai", "ke-" +
      "lola": "di" and "ke" stand alone as prepositions, never hyphenated)
      ("lingkungan-" + "nya", "peng-" + "guna", "tam-" + "bahan"; a bound
      form is written joined in Indonesian anyway: "nonpemerintah",
      "multipihak"), both parts have at least two letters,
      lower case meets lower case at the break, the line was full
      (`full_line`), the parts do not rhyme like a reduplication
      ("gotong-royong", "sayur-mayur": see `_rhymes`);
      capitals there are kept ("PAN-RB", "SP4N-LAPOR!").

    Inside a URL or a path the author's hyphens are many ("file-file-
    pengadaan", "id-file"): there a hyphen is dropped only inside the host
    name ("keuda.ke-" + "mendagri.go.id": host names seldom hold one, and a
    narrow column may show a host whole nowhere), where the letters around it
    join into a piece the document writes, or begin one when the tail is
    itself broken ("bappe-" + "nas" as in "ogi.bappenas.go.id", "in-" +
    "dex.php", "index.p-" + "hp"), or where a dot or a slash follows it
    ("kemendagri-" + ".go.id"). A hyphen the document writes so ("id-file")
    stays.

    Limits: in a document that glues words and whose engine hyphenates, a
    compound of two known words written nowhere else ("sosial-ekonomi"
    broken at its hyphen) loses its hyphen; a compound whose joined form the document also writes, but never
    the hyphenated one, takes the joined form. A rare word hyphenated where
    both parts are words of the document ("antar-" + "daerah" with
    "antardaerah" nowhere else; more than two letters before the break)
    keeps its hyphen, as does a capital after a lower-case part
    ("Kemenkum-HAM"); an acronym compound of the author's ("PAN-RB") broken
    at its hyphen in a document that hyphenates and writes it nowhere else
    loses the hyphen. Without a vocabulary only the soft hyphen is dropped.
    """
    if not head or head[-1] not in LINE_END_HYPHENS or not tail:
        return False
    soft = head[-1] == SOFT_HYPHEN
    if lexicon is None:
        return soft
    stem = head[:-1]
    if stem[-1:].isalpha() and tail[:1] in (".", "/"):
        return True  # "kemendagri-" + ".go.id": no author hyphenates before a dot or a slash
    if _URL_LIKE.search(stem) or _URL_LIKE.search(tail):
        return _drops_in_path(stem, tail, lexicon)
    # The letters on each side of the break: "Kementerian/Lemba" + "ga" is "lemba" + "ga".
    before, after = _LAST_LETTERS.search(stem), _FIRST_LETTERS.match(tail)
    if before is None or after is None:
        return False  # a digit or a sign at the break: "2019-2021", "COVID-19"
    h_raw, t_raw = before.group(0), after.group(0)
    h, t = h_raw.lower(), t_raw.lower()
    if lexical(f"{stem}-{tail}") in lexicon or f"{h}-{t}" in lexicon:
        return False  # the document writes the hyphenated form itself
    if lexical(stem + tail) in lexicon or h + t in lexicon:
        return True
    capitals = h_raw.isupper() and t_raw.isupper()
    if capitals and isinstance(lexicon, Lexicon) and h + t in lexicon.pieces:
        return True  # an acronym the document writes whole inside a compound: "CO-" + "VID-19" as in "COVID-19"
    if capitals and not soft and _engine_acronym(stem, tail, h, t, lexicon, full_line):
        return True  # an acronym the engine hyphenated: "PATTI-" + "RO", "SIRE-" + "KAP"
    if tail[-1] in LINE_END_HYPHENS and t == lexical(tail[:-1]) and is_prefix(h + t, lexicon):
        return True  # a word in three pieces or more, in a narrow column: "ke-" + "penting-" + "an"
    if len(h) >= DERIVED and len(t) >= DERIVED and t_raw.islower():
        return True  # a glued run of long words, broken between two: "menindaklanjuti-" + "menindaklanjuti"
    if h == t:
        return False  # reduplication
    if t_raw[0].isupper() and not capitals:
        return False  # "Semi-Aktif", "Una-Una"
    inside, between = (False, False) if capitals else _segments(h + t, len(h), lexicon)
    if between and not (isinstance(lexicon, Lexicon) and lexicon.glues and lexicon.engine_hyphens):
        return False
    if _closes_syllable(h, t, lexicon):
        return False  # "sosial-" + "ekonomi": no engine ends a syllable before a vowel
    if inside or between:
        return True
    if soft:
        return not capitals
    return (
        full_line
        and isinstance(lexicon, Lexicon)
        and lexicon.engine_hyphens
        and (len(h) == 2 or not (h in lexicon and t in lexicon))  # "di-" + "nilai": a prefix, not "di"
        and len(h) >= 2
        and len(t) >= 2
        and not _rhymes(h, t)
        and h_raw[-1].islower()
        and t_raw[0].islower()
    )


def _engine_acronym(stem: str, tail: str, h: str, t: str, lexicon: frozenset[str], full_line: bool) -> bool:
    """Whether a break between capitals ("PER-" + "KI") is the engine's, in a document whose engine hyphenates.

    TeX hyphenates an acronym like any word. The author's compounds of
    acronyms are kept by the evidence before (the hyphenated form written
    inside a line: "TII-WVI"), by a digit in the head ("SP4N-" + "LAPOR!")
    and by a hyphen and a letter of their own in the tail ("TII-" +
    "WVI-INFID"; "CO-" + "VID-19" is the engine's). A soft
    hyphen there is left to the caller: some producers write every hyphen so.
    """
    return (
        full_line
        and isinstance(lexicon, Lexicon)
        and lexicon.engine_hyphens
        and _LETTERS.match(lexical(stem)) is not None
        and len(h) >= 2
        and len(t) >= 2
        and _COMPOUND_TAIL.search(tail) is None
    )


_VOWELS = frozenset("aeiou")


def _closes_syllable(h: str, t: str, lexicon: frozenset[str]) -> bool:
    """Whether the break falls between a known word's final consonant and a vowel ("sosial-" + "ekonomi").

    A hyphenating engine (TeX's patterns, CSS `hyphens: auto`) puts a single
    consonant before a vowel in the syllable it opens ("so-si-a-le-ko-no-mi"),
    so a break after it, where the head is a whole word of the document, is
    the author's compound. A suffix is broken off so, a known word or not
    ("pemerintah-" + "an", "keterbatas-" + "an"): the tail must have four
    letters or more.
    """
    return (
        len(h) >= 4
        and len(t) >= 4
        and h in lexicon
        and h[-1] not in _VOWELS
        and t[:1] in _VOWELS
        and h[-2:-1] in _VOWELS
    )


def _rhymes(h: str, t: str) -> bool:
    """Parts like a rhyming reduplication's: short, as long within a letter, ending alike ("gotong-royong").

    Three letters alike, not two: "penandatanganan" + "mengintegrasikan" end
    alike in "an" as so many Indonesian words do. Rhyming reduplications are
    built on short stems ("sayur-mayur", "tunggang-langgang"): parts of ten
    letters or more ("mengintegrasikan" + "mendiseminasikan") are words
    that merely share a suffix.
    """
    return 2 < len(h) <= RHYME and 2 < len(t) <= RHYME and abs(len(h) - len(t)) <= 1 and h[-3:] == t[-3:]


def _drops_in_path(stem: str, tail: str, lexicon: frozenset[str]) -> bool:
    """The hyphen at a line end inside a URL or a path (see `drops_hyphen`)."""
    before, after = _LAST_LETTERS.search(stem), _FIRST_LETTERS.match(tail)
    if before is None or after is None:
        return False
    h, t = before.group(0).lower(), after.group(0).lower()
    if h == t or f"{h}-{t}" in lexicon:
        return False
    scheme = stem.find("://")
    host = stem[scheme + 3 :] if scheme >= 0 else stem if stem.lower().startswith("www.") else None
    if host is not None and "/" not in host:
        return True  # inside the host name: "keuda.ke-" + "mendagri.go.id"
    pieces = lexicon.pieces if isinstance(lexicon, Lexicon) else lexicon
    return h + t in pieces or (tail[-1] in LINE_END_HYPHENS and (h + t) in _prefixes(frozenset(pieces)))


def broken_run(joined: str, cut: int, lexicon: frozenset[str]) -> bool:
    """Whether `joined` is a run of two or more of the lexicon's words, cut at `cut` inside one of them.

    The last word of the run may be incomplete (it goes on the next line):
    "penan" + "datangananmenin" is "penandatanganan" + "menin..." when the
    document knows "penandatanganan" and a word beginning "menin". Engines
    that fill a line's rest with part of a long word (ReportLab) cut such
    glued words anywhere.
    """
    n = len(joined)
    if n > 80 or not 0 < cut < n:
        return False
    inside, _between = _segments(joined, cut, lexicon, whole=False)
    if inside:
        return True
    ends = [False] * (n + 1)
    ends[0] = True
    for i in range(n):
        if ends[i]:
            for j in range(i + SEGMENT, n):
                if joined[i:j] in lexicon:
                    ends[j] = True
    if ends[cut]:
        return False  # the cut may fall between two words
    prefixes = _prefixes(lexicon)
    # whole words up to i, then the beginning of one more
    return any(ends[i] and n - i >= SEGMENT and joined[i:] in prefixes for i in range(cut + 1, n))


def _segments(joined: str, cut: int, lexicon: frozenset[str], whole: bool = True) -> tuple[bool, bool]:
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
    for i in range(n - SEGMENT, -1, -1):
        starts[i] = any(starts[j] and joined[i:j] in lexicon for j in range(i + SEGMENT, min(n, i + longest) + 1))
    between = 0 < cut < n and ends[cut] and starts[cut]
    inside = ends[n] and not between
    return inside, between
