"""How the document's vocabulary is read from its lines, with what its engine shows of its line breaks.

`build_lexicon` collects the words no line break can have cut (inside a line,
ended by a space, or by a line's end far short of its edge) into a `Lexicon`
(`lexicon.py`), and reads from the document's own line ends what its engine
does: whether it hyphenates (and with which glyph), cuts words after others on
a line, breaks lines a paragraph at a time, and whether the author glues long
words. `build_vocabulary` adds whether full lines keep their space glyph
(`Vocabulary`). The decisions at a line end that weigh all this are in
`line_ends.py`, `word_breaks.py` and `cuts.py`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..layout.model import Word
from .cuts import LIST_MARKER, WHOLE_WORD, space_fitted, stretch
from .glued_runs import glued_runs
from .lexicon import (
    BREAKS_EARLY,
    CUTS_AFTER_WORDS,
    EDGES,
    ENGINE_HYPHEN,
    ENGINE_HYPHENS,
    LETTER_RUNS,
    FIRST_LETTERS,
    LAST_LETTERS,
    LINE_END_HYPHENS,
    PATH_LIKE,
    URL_LIKE,
    SEGMENT,
    URL_HYPHENS,
    Lexicon,
    LONG_WORD,
    host_runs,
    letter_runs,
    lexical,
    prefixes_of,
    run_ends,
    segments,
)
from .model import Cell, TextLine
from .url_hyphens import url_hyphens
from .word_edges import letters_cut

# Line ends that show the producer leaving out a space that would cross the edge (`_drops_crossing_spaces`).
CROSSING_SPACES = 2
# What ends a word whatever follows it: a line ending with one broke between words.
_WORD_ENDS = frozenset(".,;:!?)")
# The fewest letters of a word known from its two sides seen apart (`_halves_whole`).
HALVES = 5


def build_lexicon(
    lines: Iterable[TextLine],
    language: frozenset[str] = frozenset(),
    at_breaks: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset()),
) -> Lexicon:
    """Words seen where no line break can have cut them: inside a line, ended by a space, or by a line's end far short of its edge.

    `lines` in reading order (a cell's lines one after the other), so that a
    line and the next one tell whether the engine hyphenated between them.
    `at_breaks`: the ids of the lines that begin a text at a page's top and
    of those that end one at its foot (`page_ends.lines_at_breaks`), whose
    first and last words a page break may have cut: no sign of a whole word.
    """
    cut_starts, cut_ends = at_breaks
    words: set[str] = set()
    upper: set[str] = set()  # the forms seen in capitals, and in other cases
    lower: set[str] = set()
    pieces: set[str] = set()
    hosts: set[str] = set()  # the runs of the hosts of URLs cut at line ends (`Lexicon.hosts`)
    whole: set[str] = set()  # the texts of the words seen whole
    begun: set[str] = set()  # the texts seen where a word begins, and where one ends (`_halves_whole`)
    ended: set[str] = set()
    roomy_whole: set[str] = set()  # and of those seen whole next to a line that ended with room (`_roomy_end`)
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
        # with a drawn space, or with a stop or a comma outside a URL; not where
        # a page break may have cut it (`cut_starts`).
        opens_whole = end is not None and id(line) not in cut_starts and (
            end.space_after or (end.text[-1:] in _WORD_ENDS and PATH_LIKE.search(end.text) is None)
        )
        opens_roomy = before is not None and _roomy_end(before, line)
        for i, w in enumerate(ws):
            if i < last or w.space_after:
                inside += ENGINE_HYPHEN in w.text
                minus += "-" in w.text
            else:
                inside += ENGINE_HYPHEN in w.text[:-1]
                marked += w.text.endswith(ENGINE_HYPHEN)
            ends = i < last or w.space_after or (id(line) not in cut_ends and _ends_short(line, lines[n + 1 : n + 2]))
            if 0 < i or opens_whole:
                begun.add(w.text)
            if ends:
                ended.add(w.text)
            if (0 < i or opens_whole) and ends:
                whole.add(w.text)
            elif (0 < i or opens_whole or opens_roomy) and (ends or i == last and _roomy_end(line, None)):
                roomy_whole.add(w.text)
            elif PATH_LIKE.search(w.text):
                # A URL cut at the line's start or end: its inner pieces are whole.
                pieces.update(_whole_runs(w.text, i == 0, i == last and not w.space_after))
                hosts.update(host_runs(w.text))
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
        form = EDGES.sub("", text)
        (upper if len(form) >= 2 and form.isupper() else lower).add(form.lower())
    words.discard("")
    words |= _halves_whole(begun, ended)
    known = frozenset(words)
    hyphenated = sum(1 for head, tail in pairs if _known_break(head, tail, known))
    marks = marked >= ENGINE_HYPHENS and inside == 0 and minus > 0
    # the pieces `Lexicon.pieces` will hold, read only where a URL ends a line after words
    runs = pieces | letter_runs(words) if any("://" in head for head, _ in after_words) else pieces
    stubless = known | getattr(language, "shortest", frozenset())  # what no stub is (`_stub`)
    cuts = sum(
        1
        for head, tail, h, t in ((head, tail, lexical(head), lexical(tail)) for head, tail in after_words)
        if _cut_word(h, t, known)
        or _stub(head, stubless)
        # letters no line end between words shows: "perbaikan kete" + "nagakerjaan"; not where either
        # piece is a word of the language ("adanya" + "anggaran", the document writing neither elsewhere)
        or (letters_cut(h, t, known) and h not in language and t not in language)
        or _url_cut(head, tail, runs)
    )
    early = sum(1 for head, tail in roomy if _letters_break(head, tail))
    long_words = _long_words(roomy_whole)  # those seen whole are words: `Lexicon` takes them itself
    glues, longest_run = glued_runs(known | long_words, language)
    lexicon = Lexicon(
        words, hyphenated >= ENGINE_HYPHENS, pieces, glues, marks, upper - lower,
        cuts >= CUTS_AFTER_WORDS, early >= BREAKS_EARLY, long_words, language=language, hosts=hosts,
        longest_run=longest_run, lower_only=lower - upper,
    )
    # read against the pieces of its URLs, which the lexicon gathers
    lexicon.hyphenates_urls = url_hyphens(pairs, lexicon) >= URL_HYPHENS
    return lexicon


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
    ends = run_ends(whole, known)
    prefixes = prefixes_of(known)
    return not ends[cut] and any(
        ends[i] and whole[i:] in prefixes for i in range(SEGMENT, n - SEGMENT + 1) if i != cut
    )


def _stub(head: str, known: frozenset[str]) -> bool:
    """A word's first letter or two, in lower case and no word of the document ("pe" + "merintahan",
    "h" + "ttps://"): no engine that moves words whole ends a line after other words so; an acronym
    ("UU", "RB") may, and so may one of the language's commonest (`Language.shortest`: "di" + "terdapat",
    the document writing "di" nowhere whole, fpdf2), which the caller counts as known."""
    letters = lexical(head)
    return 0 < len(letters) <= 2 and letters.isalpha() and letters not in known and any(c.islower() for c in head)


def _url_cut(head: str, tail: str, pieces: set[str]) -> bool:
    """A URL begun after other words and cut between two letters of a piece of the document's URLs
    ("…/informasi-8-pen" + "gadaan-informasi…", "…/articl" + "e-id-dan…") or of its scheme ("http" +
    "s://"): an engine that moves a word too wide for a line's rest whole moves a URL so too."""
    before, after = LAST_LETTERS.search(head), FIRST_LETTERS.match(tail)
    if before is None or after is None or before.end() != len(head):
        return False
    if "://" not in head:
        return (head + tail).lower().startswith(("http://", "https://"))  # the head ends in a letter: "http" + "s://"
    return URL_LIKE.search(head) is not None and (before.group(0) + after.group(0)).lower() in pieces


def _cut_after_words(line: TextLine, first: Word) -> bool:
    """Whether `line` may end with part of a word after other words: its last piece, in a letter and with no space
    after, within an em of its edge after another word (a list marker is none: "o Penginteg" + "rasian"), and
    `first` (the next line's) goes on in lower case."""
    ws = line.words
    if len(ws) < 2 or line.edge is None or first.page != ws[-1].page:
        return False
    last = ws[-1]
    return (
        not last.space_after
        and last.text[-1:].isalpha()
        and first.text[:1].islower()
        and line.edge - last.box.x1 < last.size
        and any(c.isalpha() for w in ws[:-1] if not LIST_MARKER.match(w.text) for c in w.text)
    )


def _room_for(line: TextLine, tail: Word) -> bool:
    """Whether a line of several words, ended with a hyphen, had room at its cell's edge for the word's rest
    (`tail`): an engine that fills lines one by one would have set the word whole there (see `cuts.full_line`)."""
    last = line.words[-1]
    if line.edge is None or len(line.words) < 2 or tail.page != last.page:
        return False
    return line.edge - last.box.x1 >= tail.box.width


def _halves_whole(begun: set[str], ended: set[str]) -> set[str]:
    """The lookup forms of words seen beginning a word in one place and ending one in another, never whole in one.

    A small report in a narrow column prints many of its words only next to
    a line's break, one side of them at it: "Segera membantu" ending a line
    at the edge (begun after a word, its end unknown), "membantu." opening
    one after a cut (ended by its space, its start unknown). Both sides seen,
    the word is whole: a piece an engine cut is a word's start at a line's
    end or its rest at a line's start, and the same letters are seen as both
    only for short pieces ("kan"), hence `HALVES` letters at least.
    """
    starts = {lexical(t) for t in begun}
    return {w for w in (lexical(t) for t in ended) if len(w) >= HALVES and w.isalpha() and w in starts}


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


def _roomy_end(line: TextLine, nxt: TextLine | None) -> bool:
    """Whether a line ended a word: in a letter, outside a URL, with two ems of room or more spread over
    its spaces or left before its edge, and `nxt` (when given) the line right below it in the same text.

    A justified line reaches its edge whatever it ended with, but the room
    the engine had at its end is in its spaces: "portal penyidik aksi APBD
    pelanggaran" spread 38 pt over them, so "pelanggaran" and the next line's
    "penandatanganan" are whole (an engine that cuts a word to fill a line's
    rest leaves less than a glyph to spread: `cuts.stretch`; TeX's `url`
    breaks a URL anywhere). A ragged line keeps that room at its end:
    "kesehatan" 44 pt short of its edge, then "penandatanganandiimplementasika"
    moved whole and cut at its own edge. The lines of reading order run from one cell to
    the next: only the line right above another, on its page and against
    its edge, tells of that line's first word.
    """
    last = line.words[-1]
    if line.edge is None or not last.text[-1:].isalpha() or PATH_LIKE.search(last.text) is not None:
        return False
    if nxt is not None and not (
        nxt.page == line.page
        and nxt.edge is not None
        and abs(nxt.edge - line.edge) <= 1.0
        and 0.0 < nxt.box.top - line.box.top < 2 * last.size
    ):
        return False
    return stretch(line.words) + max(0.0, line.edge - last.box.x1) >= 2 * last.size


def _long_words(texts: set[str]) -> frozenset[str]:
    """The long derived words (`LONG_WORD` letters or more) among the texts seen whole (see `Lexicon.long_words`)."""
    return frozenset(w for w in map(lexical, texts) if len(w) >= LONG_WORD and w.isalpha())


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


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """What the document tells about its own line breaks.

    `words`: see `build_lexicon` (a `Lexicon` when built from the document).
    `spaces_mark_breaks`: whether this producer writes a space glyph at the
    end of a full line that broke between words (Word does, LibreOffice drops
    it). When it does, a full line without one can only have broken inside a
    word, unless `drops_crossing_spaces`: the producer leaves the space out
    where it would cross the cell's edge (see `_drops_crossing_spaces`), so
    only a line with room for its space says so (`cuts.space_fitted`).
    """

    words: frozenset[str]
    spaces_mark_breaks: bool
    drops_crossing_spaces: bool = False


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


def _drops_crossing_spaces(cells: Iterable[Cell], known: frozenset[str]) -> bool:
    """Whether the producer leaves a line's space out where it would cross the cell's edge.

    Seen where a full line ends with no space and no room for one
    (`cuts.space_fitted`) on a word of the document of `WHOLE_WORD` letters
    or more, the next line opens with another, and the two joined are no word
    of it (LibreOffice: "berekspresi penilaian" 1.4 pt short of its edge, its
    spaces 2.26 pt, then "dalam"): `CROSSING_SPACES` such line ends. A
    producer that lets its spaces hang past the edge (Typst) ends a line
    without one only where it cut a word ("https://komisiin" + "for...").
    """
    seen = 0
    for cell in cells:
        lines = [ln for ln in cell.lines if ln.words]
        if len(lines) < 2:
            continue
        right = max(ln.box.x1 for ln in lines)
        for ln, nxt in zip(lines, lines[1:]):
            last, first = ln.words[-1], nxt.words[0]
            if last.space_after or right - last.box.x1 > last.size or space_fitted(ln, right):
                continue
            h, t = lexical(last.text), lexical(first.text)
            if len(h) >= WHOLE_WORD and len(t) >= WHOLE_WORD and h in known and t in known:
                seen += lexical(last.text + first.text) not in known
    return seen >= CROSSING_SPACES


def build_vocabulary(
    lines: Iterable[TextLine],
    cells: Iterable[Cell],
    language: frozenset[str] = frozenset(),
    at_breaks: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset()),
) -> Vocabulary:
    cells = list(cells)
    words = build_lexicon(lines, language, at_breaks)
    return Vocabulary(words, _full_lines_keep_spaces(cells), _drops_crossing_spaces(cells, words))


def _whole_runs(text: str, opens_line: bool, ends_line: bool) -> list[str]:
    """The runs of letters of a URL cut at its line's start or end that no cut can have split.

    A run at the cut may be part of a longer one, unless a sign of the URL
    bounds it there: "komisiinformasi" of "https://komisiinformasi." ending
    a line is whole (the URL goes on after its dot), "lkp" of
    "https://www.lkp-" is not (the hyphen may be the engine's).
    """
    runs = [r.lower() for r in LETTER_RUNS.findall(text)]
    body = text[: -1] if ends_line and text.endswith(LINE_END_HYPHENS) else text
    first = 1 if opens_line and body[:1].isalpha() else 0
    end = len(runs) - 1 if ends_line and (body != text or body[-1:].isalpha()) else len(runs)
    return runs[first:end]
