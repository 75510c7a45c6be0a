"""Where the document's words end and begin: letter statistics for a line end the vocabulary cannot decide.

A word alone on its line, filled to the cell's edge, then a word opening the
next line, neither known to the document nor known joined ("peraturan" +
"mendampi", "mensosialisasikan" + "reproduksi" in a small report): the
geometry of a cut and of a line that wrapped between words is the same
(`cuts.cut_by_width`), and the vocabulary is silent. The document's other
words still tell how its words end and begin: many end in "an", "asi", "kan"
and few hold those letters inside, many begin with "me", "pe", "men"; a cut
inside a word falls between letters that end no word and begin none ("ditind"
+ "aklanjuti"). `ends_between_words` weighs the head's last letters and the
tail's first ones against the document's word types (`boundary_ratio`).

The letters cannot tell a run of long words glued by the author and cut by the
engine exactly between two of them ("didiseminasikan" + "pertanggungja…"),
nor a long word cut where two of its parts meet ("menitik" + "beratkan"):
where the pieces may be such ("LONG_DERIVED" letters on both sides, a tail that
long after a head that begins a longer word or going on past its line, or a
tail that is the rest of a word of the document), nothing is decided here. A
long tail ending on its line after a head that begins no word is weighed:
"digunakan" + "dipresentasikan".

Calibrated on the line ends of the committed corpus and of held-out renders
whose truth is known (some 178,000 line ends): a ratio of `BOUNDARY` or more
changed 10 decisions at the geometry's cut to a word boundary, all of them
right, and none wrong; the highest ratio of a true cut that reached it was 2.2.

The reverse holds too (`cut_between_letters`): after other words, in a
document whose engine fills a line's rest with part of a word
(`Lexicon.cuts_after_words`), a line filled to its last glyph with a piece no
word of the document, before a piece that is none either, is a cut when the
letters on each side end and begin the document's words far less often than
its base rate ("integrasi menge" + "mbangkan", where the pieces pass the
line's width by less than the geometry can tell). Measured on some 250,000
line ends: of such line ends with three letters or more on each side (fewer
leave the longer of `SIDES` unweighed), 96 had a ratio under 0.25, all of
them cuts; the lowest ratio of a line end between words there was 0.38
("dua" + "barang"; 0.24 with a head of two letters, "ke" +
"dipertimbangkan…"). `CUT` keeps a margin of half as much again. A head of
two letters is weighed too where the document writes it nowhere as a word
("politik me" + "ndiseminasikan."): "ke", that 0.24, is one of its words.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .cuts import filled
from .edge_room import runs_past
from .language import known
from .readings import begun_across, cut_inside, derived_across, shortest_head, whole_after, whole_before
from .lexicon import LONG_WORD, SEGMENT, VOWELS, Lexicon, is_prefix, lexical
from .model import TextLine
from .word_case import in_capitals

# Letters weighed at each side of the break (two and three: "an" and "kan").
SIDES = (2, 3)
# The weight of the document's base rate in each estimate, in word types:
# letters seen in few words stay near the base rate ("rep" begins none).
PRIOR = 2.0
# How many times more likely than the document's base rate the break falls
# between words (both sides' odds, the geometric mean over `SIDES`).
BOUNDARY = 3.0
# The longest derived words: a confix and a suffix on a long stem ("dipertimbangkan",
# "menggarisbawahi", "ditindaklanjuti"); runs of them glue (see `glued_at_edge`).
LONG_DERIVED = 15
# The shortest tail weighed as the rest of a longer word of the document.
REST = 4
# Letters of that word before the tail the head must end with: two, a syllable's end at least.
MEET = 2
# How many words of the document a known tail must end to be taken for a word's possible rest (`rest_of_word`).
ENDINGS = 2
# The longest suffix an engine may leave alone at a line's start ("kan", "nya"):
# a piece no longer, and no word of the document, ends a word broken at the edge.
SUFFIX = 3
# How many times as often as the document's base rate (at most) the break may fall
# between words for a line end after other words to be taken for a cut (`cut_between_letters`).
CUT = 0.25


class _Edges:
    """Counts of letter sequences at the ends of the document's words, and inside them."""

    __slots__ = ("begins", "ends", "inner_begins", "inner_ends", "rates")

    def __init__(self, words: frozenset[str]) -> None:
        self.ends: Counter[str] = Counter()
        self.begins: Counter[str] = Counter()
        self.inner_ends: Counter[str] = Counter()  # followed by a letter of the same word
        self.inner_begins: Counter[str] = Counter()  # after a letter of the same word
        for w in words:
            if not w.isalpha():
                continue
            n = len(w)
            for k in SIDES:
                if n > k:
                    self.ends[w[-k:]] += 1
                    self.begins[w[:k]] += 1
                for i in range(n - k):
                    self.inner_ends[w[i : i + k]] += 1
                    self.inner_begins[w[i + 1 : i + 1 + k]] += 1
        self.rates: dict[int, tuple[float, float]] = {}
        for k in SIDES:
            e = sum(v for s, v in self.ends.items() if len(s) == k)
            i = sum(v for s, v in self.inner_ends.items() if len(s) == k)
            b = sum(v for s, v in self.begins.items() if len(s) == k)
            j = sum(v for s, v in self.inner_begins.items() if len(s) == k)
            self.rates[k] = (e / (e + i) if e else 0.0, b / (b + j) if b else 0.0)


@lru_cache(maxsize=4)
def _edges(lexicon: frozenset[str]) -> _Edges:
    """The counts of one document (built once)."""
    return _Edges(lexicon)


def boundary_ratio(head: str, tail: str, lexicon: frozenset[str]) -> float:
    """How many times more often than the document's base rate its words end as `head` ends and begin as `tail`
    begins (lookup forms, letters only).

    For each side and length in `SIDES`: the share of the document's word types
    that hold the letters at that end among all that hold them, drawn toward the
    base rate by `PRIOR` types, over the base rate; the two sides multiplied,
    the lengths' geometric mean taken.
    """
    edges = _edges(lexicon)
    product = 1.0
    for k in SIDES:
        end_rate, begin_rate = edges.rates[k]
        if not end_rate or not begin_rate:
            return 0.0
        s, u = head[-k:], tail[:k]
        e, i = edges.ends[s], edges.inner_ends[s]
        b, j = edges.begins[u], edges.inner_begins[u]
        product *= (e + PRIOR * end_rate) / (e + i + PRIOR) / end_rate
        product *= (b + PRIOR * begin_rate) / (b + j + PRIOR) / begin_rate
    return product ** (1.0 / len(SIDES))


def _stop_after(after: TextLine | None) -> bool:
    """Whether the line after a piece set alone opens with no letter or digit: what went on past the
    piece's edge was a stop ("teridentifikasinya" + "."), no run of words after it."""
    return after is not None and bool(after.words) and not any(c.isalnum() for c in after.words[0].text)


def ends_between_words(
    head: str, tail: str, nxt: TextLine, lexicon: frozenset[str], after: TextLine | None = None
) -> bool:
    """Whether a line end the geometry takes for a cut fell between two words, by the letters on each side.

    `head` and `tail` are lookup forms (letters only), `nxt` the line the tail
    opens and `after` the line after it. Not where the pieces may be a glued
    run of long words cut between two of them: a head of `LONG_DERIVED`
    letters or more before a tail that long too, the tail measured with the
    next line's first piece where it goes on past its line ("ditindaklanjuti"
    + "pendampinga" + "n" is a word of twelve letters after it, no run;
    "didiseminasikan" + "pertanggungja" + "waban" may be one); nor where a
    tail that long may be the rest of the head's word and a run after it:
    the head begins a longer word of the document that the tail goes on with
    (`goes_on_into`: "teridentifika" + "sinyamempresentasikan"; not
    "transparan" + "dipresentasikan…", though "transparansi" begins so) or
    the tail goes on past its line with letters (a stop alone after it ends
    it: "di" + "teridentifikasinya" + "."), unless the head is a word that no word
    runs on from (`language.whole_before`: "kanal" + "pengintegrasianmen",
    set alone and cut again). A shorter head
    that begins no word, before a long tail that ends on its line, is weighed
    as any other ("digunakan" + "dipresentasikan"): no run's rest is there
    to hold the cut. Nor a long word
    cut where two of its parts meet (the tail, `REST` letters or more, is found
    inside a word of the document after its first letter, the head ending with
    that word's letters before it: "beratkan" of "menitikberatkan"), nor a head
    no word that begins one of the language with the tail, after words of it
    ("pertanggungjawabanmeng" + "implementasi"), nor a head no word that goes on into the tail as a
    long word of the language (`spoken_across`: "menitik" + "beratkandidise").
    A tail that opens with a long word (`LONG_WORD` letters) may follow a
    head as short as `SEGMENT` letters: "ada" + "terintegrasikandidise",
    set alone and cut again, where no word holds "adat…" (`readings.shortest_head`).
    """
    if isinstance(lexicon, Lexicon):
        # the language's words: "Melaksanakan" + "strategi", written nowhere else; a compound's
        # last part: "sosial-ekonomi" + "sebanyak"
        told = cut_inside(head.rsplit("-", 1)[-1], tail, lexicon, lexicon.language, runs_past(nxt))
        if told is not None:
            return not told
        if not known(head, lexicon) and (
            begun_across(head, tail, lexicon, lexicon.language)  # "pertanggungjawabanmeng" + "implementasi"
            or derived_across(head, tail, lexicon, lexicon.language)  # "menggarisbawahipengimple" + "mentasian"
        ):
            return False  # no word, the two begin one, or end in a derived one
    if not (head.isalpha() and tail.isalpha()):
        return False
    if len(tail) >= LONG_DERIVED and (len(head) >= LONG_DERIVED or goes_on_into(head, tail, lexicon)):
        return False
    if len(tail) >= LONG_DERIVED and runs_past(nxt) and not _stop_after(after):
        # unless a word whole before a tail set alone and cut again ("kanal" + "pengintegrasianmen…")
        if not isinstance(lexicon, Lexicon):
            return False
        if not whole_before(head, tail, lexicon, lexicon.language, shortest_head(head, tail, lexicon, lexicon.language)):
            return False
        if len(head) < SEGMENT:
            return True  # too short for its letters to weigh: "di" + "didiseminasikanmenyelen", the run read
    if len(head) >= LONG_DERIVED and runs_past(nxt):
        rest = lexical(after.words[0].text) if after is not None and after.words else ""
        if not rest.isalpha() or len(tail + rest) >= LONG_DERIVED or runs_past(after):
            return False
    if len(tail) >= REST and _parts_meet(head, tail, lexicon):
        return False
    if isinstance(lexicon, Lexicon) and spoken_across(head, tail, lexicon):
        return False
    if isinstance(lexicon, Lexicon) and whole_after(head, tail, lexicon, lexicon.language, runs_past(nxt)):
        return True  # "restoratif" + "sehingga": a word whole after a head no word reads, none across the end
    return boundary_ratio(head, tail, lexicon) >= BOUNDARY


def _parts_meet(head: str, tail: str, lexicon: frozenset[str]) -> bool:
    """Whether the tail is found inside a word of the document after its first letter, the head ending
    with the letters that word has before it ("menitik" + "beratkan" of "menitikberatkan"; not "…kan" +
    "masa", which "permasalahan" holds after "per")."""
    for word in lexicon:
        at = word.find(tail, 1)
        while at > 0:
            if head.endswith(word[max(0, at - MEET) : at]):
                return True
            at = word.find(tail, at + 1)
    return False


def spoken_across(head: str, tail: str, lexicon: Lexicon) -> bool:
    """Whether `head`, no word of the document or its language, goes on into the tail as a long word of the
    language (`LONG_WORD` letters or more, `REST` of them in the tail at least): "menitik" +
    "beratkandidise" holds "menitikberatkan", the rest of a run glued after it."""
    if known(head, lexicon) or len(head) + len(tail) < LONG_WORD:
        return False
    first = max(REST, LONG_WORD - len(head))
    return any(head + tail[:k] in lexicon.language for k in range(first, len(tail) + 1))


def goes_on_into(head: str, tail: str, lexicon: frozenset[str]) -> bool:
    """Whether a longer word of the lexicon begins with `head` and goes on with the tail's first letters, or
    with the whole tail and more (lookup forms): "teridentifika" + "sinya…" ("teridentifikasi")."""
    if not is_prefix(head, lexicon):
        return False
    return is_prefix(head + tail, lexicon) or any(head + tail[:k] in lexicon for k in range(1, len(tail) + 1))


def cut_between_letters(line: TextLine, nxt: TextLine, head: str, tail: str, lexicon: frozenset[str]) -> bool:
    """Whether a line that ends after other words with a piece no word of the document was cut there, by the
    letters on each side ("integrasi menge" + "mbangkan"; `head` and `tail` lookup forms).

    Only where the document shows its engine cutting after other words
    (`Lexicon.cuts_after_words`) and hyphenating nowhere, the line filled to
    its last glyph (`cuts.filled`), the tail in lower case, neither piece nor
    the two joined a word of the document, each with as many letters as the
    longest of `SIDES` at least, and the letters at the break ending and
    beginning its words less than `CUT` times as often as its base rate (see
    the module). Not after a word of the language: the document's letters are
    too few to weigh against it ("fasilitas maka" + "menggarisbawahidile…").
    """
    if not (
        isinstance(lexicon, Lexicon)
        and lexicon.cuts_after_words
        and not lexicon.engine_hyphens
        and len(line.words) >= 2
        and line.edge is not None
        and nxt.words
        and nxt.words[0].text[:1].islower()
    ):
        return False
    if head in lexicon.language:
        return False  # a common word of the language the document writes nowhere else: "fasilitas maka"
    return letters_cut(head, tail, lexicon, min(SIDES)) and filled(line, nxt, line.edge)


def letters_cut(head: str, tail: str, lexicon: frozenset[str], head_letters: int = max(SIDES)) -> bool:
    """Whether two pieces (lookup forms), neither nor the two joined a word of the document, the head of
    `head_letters` letters at least and the tail of the longest of `SIDES`, meet at letters that end and begin
    its words less than `CUT` times as often as its base rate: no line end between two words did (see the
    module)."""
    if not (head.isalpha() and tail.isalpha() and len(head) >= head_letters and len(tail) >= max(SIDES)):
        return False
    if head in lexicon or tail in lexicon or head + tail in lexicon:
        return False
    return boundary_ratio(head, tail, lexicon) < CUT


def stub_cut(line: TextLine, nxt: TextLine, head: str, tail: str, lexicon: frozenset[str]) -> bool:
    """Whether a line that ends after other words with a word's first letter or two was cut there.

    An engine that fills a line's rest with part of a word (`Lexicon.cuts_after_words`,
    which counts such stubs among its evidence) leaves "pr" at the edge and
    "ovinsi" on the next line, however well "provinsi" would have fitted there.
    The stub, one or two consonants in lower case (no syllable without a
    vowel is a word: "ke" + "mbangkan" stays for the letters to weigh), is no
    word of the document, nor is the tail; the line is filled to its last glyph and the tail goes on in
    lower case. The letter statistics (`cut_between_letters`) cannot weigh a
    piece that short; an author's two-letter word ("di", "ke") is a word of
    the document, and an acronym ("UU") is in capitals.

    The stub may be in capitals too, the first letter of a token in capitals
    ("panduan P" + "ERKI1/2021"): a lone consonant in capitals that the
    document never writes as a word, before a tail that opens with a capital
    and holds no small letter, is an acronym's first letter, not a word of its
    own ("petugas S" + "P4N-LAPO" + "R!", digits written onto its letters).
    """
    last, first = line.words[-1], nxt.words[0]
    lower = last.text.islower() and first.text[:1].islower() and tail.isalpha() and len(tail) >= 2
    capitals = len(last.text) == 1 and last.text.isupper() and first.text[:1].isupper() and in_capitals(first.text)
    return (
        isinstance(lexicon, Lexicon)
        and lexicon.cuts_after_words
        and not lexicon.engine_hyphens
        and len(line.words) >= 2
        and line.edge is not None
        and 0 < len(head) <= 2
        and not any(c in VOWELS for c in head)
        and last.text.isalpha()
        and (lower or capitals)
        and head not in lexicon
        and tail not in lexicon
        and filled(line, nxt, line.edge)
    )


def rest_of_word(head: str, tail: str, lexicon: frozenset[str]) -> bool:
    """Whether a known word opening the next line may be the rest of a word cut after `head` (lookup forms).

    "menggun" alone on its line, filled to the edge, then "akan": the tail is a
    word of the document, but it also ends several of its words
    ("dilaksanakan", "kebijakan"), so it proves no word ended above. The
    letters at the break decide: ending and beginning the document's words
    less often than its base rate ("un" ends few, "ak" begins few), it was a
    cut; "dilaksanakan" + "akan" ends in "kan" and stays two words. So too
    where the head writes itself the long word its last letters begin with
    the tail (`repeated_in_head`), and where the language reads the two as a
    run with the break inside a word ("didiseminasikanter" + "identifikasi"
    holds "teridentifikasi"; `language.cut_inside`).
    """
    if not (head.isalpha() and tail.isalpha()):
        return False
    if repeated_in_head(head, tail, lexicon):
        return True
    if isinstance(lexicon, Lexicon) and cut_inside(head, tail, lexicon, lexicon.language):
        return True
    if boundary_ratio(head, tail, lexicon) >= 1.0:
        return False
    return ends_words(tail, lexicon)


def ends_words(tail: str, lexicon: frozenset[str]) -> bool:
    """Whether `tail` (a lookup form) ends `ENDINGS` longer words of the document at least: a word's possible rest.

    "an" ends "pendampingan" and "kegiatan"; "via" ends none, and opening a
    line after a word that filled the one above it, it is a word of its own.
    """
    return sum(1 for w in lexicon if len(w) > len(tail) and w.endswith(tail)) >= ENDINGS


def repeated_in_head(head: str, tail: str, lexicon: frozenset[str]) -> bool:
    """Whether a glued run filling its line ends with the start of a long word it writes whole before (lookup forms).

    "teridentifikasinyater" fills its line, "identifikasi." opens the next: a
    word of the document, yet "ter" + "identifikasi" is the
    "teridentifikasi" the run opens with, `LONG_WORD` letters or more, and
    the run ends in no word of the document (no `SEGMENT` letters or more of
    its end are one): the author glued the word twice and the engine cut
    the second. A run that ended there ends in a word of its own.
    """
    n = len(head)
    if any(head[i:] in lexicon for i in range(n - SEGMENT + 1)):
        return False
    return any(
        len(head[i:] + tail) >= LONG_WORD and head[i:] + tail in head[:i] for i in range(1, n - SEGMENT + 1)
    )


def rest_opens(text: str, t: str, lexicon: frozenset[str]) -> bool:
    """Whether a piece as short as a suffix, opening a line of several words, may be the rest of the word above.

    Where the piece is letters, it must end words of the document (`ends_words`:
    "an", not "via"); then it may close its clause or go on with other words.
    Otherwise (an acronym's number) only closing its clause.
    """
    if t.isalpha() and len(t) <= SUFFIX:
        return ends_words(t, lexicon)
    return text[len(t):] in (".", ",")
