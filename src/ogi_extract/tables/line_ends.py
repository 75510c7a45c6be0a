"""The line-end decisions: whether a hyphen ending a line was the engine's, and whether a run was cut inside a word.

The document's own vocabulary (`lexicon.py`) is the evidence; this module
weighs it for one break at a time. A hyphen the engine added at a line end
(TeX, WeasyPrint with `hyphens: auto`: "in-" + "formasi", "Kemente-" +
"rian") is dropped when the halves join; one the author typed ("masing-" +
"masing", "Semi-" + "Aktif", "SP4N-" + "LAPOR!") is kept (see `drops_hyphen`).
A glued run of words cut anywhere by an engine that fills a line's rest with
part of a long word (ReportLab) is told by `broken_run`.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .acronym_hyphens import engine_acronym
from .language import hyphen_by_language, known, long_words
from .lexicon import (
    ENGINE_HYPHEN,
    FIRST_LETTERS,
    LAST_LETTERS,
    LINE_END_HYPHENS,
    LONG_WORD,
    SEGMENT,
    SOFT_HYPHEN,
    URL_LIKE,
    VOWELS,
    Lexicon,
    is_prefix,
    lexical,
    prefixes_of,
    run_ends,
    segments,
)
from .readings import ends_derived
from .url_hyphens import drops_in_path

# Closing punctuation: no author's hyphen comes before it (see `drops_hyphen`).
_CLOSERS = frozenset(")]},;:!?”’»")
_LETTER_CLOSED = regex.compile(r"^\p{Ll}[)\]}”’»]+[.,;:!?]*$")  # a letter alone before a closing mark
RHYME = 9  # the longest part of a rhyming reduplication (see `_rhymes`)
PREFIX = 4  # the longest prefix a hyphenating engine may break off before a vowel ("peng-" + "awasan")
# The shortest derived word (prefix, stem and suffix: "menindaklanjuti"): no
# author doubles one or joins two with a hyphen; reduplication and compounds
# are of base words ("program-program", "sosial-ekonomi", "informasi-informasi").
DERIVED = LONG_WORD  # twelve letters


def drops_hyphen(head: str, tail: str, lexicon: frozenset[str] | None, full_line: bool = True) -> bool:
    """Whether the hyphen ending `head` (a line's last word) was the engine's, to drop when `tail` joins it.

    The letters on each side of the break are weighed ("Kementerian/Lemba-" +
    "ga" is "lemba" + "ga"), evidence strongest first:

    * a hyphen in the glyph the engine keeps for its own breaks
      (`Lexicon.engine_marks`) is the engine's, whatever the letters, and in
      such a document a plain hyphen is the author's, the line broken after
      it ("…/dan-view-" + "kontrak-barang", wkhtmltopdf);
    * a letter before closing punctuation ("(rancangan-" + ")."): an
      engine that takes the punctuation for part of the word breaks there,
      no author does; nor before one letter and a closing mark ("‘diaudi-" +
      "t’": the mark counted a letter of the word); nor after a slash of prose before a letter
      ("responsif/-" + "buku.", wkhtmltopdf);
    * anything but a letter at the break is the author's ("2019-2021",
      "COVID-19"), and so is any hyphenated form the document writes inside a
      line ("ko-kreasi" when it is spelled so elsewhere), or the start of one
      before a tail broken again ("TII-" + "WVI-" + "INFID", written whole
      elsewhere);
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
      "program-program", "Una-Una"; not of parts shorter than `SEGMENT`
      letters: "ta-" + "ta" is "tata" hyphenated), a capital after the hyphen in a word that
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
      like words, "DP2KBP-" + "MD" too) unless fewer than two letters after
      a digit of the head, a hyphen of the tail or two acronyms the document
      writes alone mark the author's compound ("SP4N-" + "LAPOR!", "TII-" +
      "WVI-INFID", "TII-" + "WVI-"); see `acronym_hyphens.engine_acronym`; so
      is one inside the last part of an author's acronym compound, before a
      consonant, neither side a word or piece of the document ("SP4N-LA-" +
      "POR!");
    * in a document whose engine hyphenates, the language's words
      (`language.hyphen_by_language`): the joined letters a word of it and
      the parts not both ("Bagi-" + "an"), the engine's; both parts words
      and the joined letters none ("sosial-" + "ekonomi"), the author's;
      not before a tail broken again, only a word's start ("pengin-");
    * a break after the consonant that ends a known word, before a vowel
      ("sosial-" + "ekonomi"), is the author's: engines open a syllable with
      that consonant ("so-si-a-le-ko-no-mi"); see `_closes_syllable`;
    * a soft hyphen (U+00AD) is the producer's statement that it broke the
      word, unless the evidence above says otherwise: some producers write
      every hyphen as U+00AD once they hyphenate (Typst), the author's too;
    * a word the document writes nowhere else (TeX hyphenates rare words too)
      drops the hyphen only in a document whose engine hyphenates (see
      `Lexicon`), when the parts are not both words of the document, or the
      first is no longer than a prefix (`SEGMENT` letters: "di-" + "nilai",
      "ke-" + "lola", "per-" + "temuan": "di", "ke" and "per" stand alone as
      words, never hyphenated to the next; a run of words is only counted
      of longer ones)
      ("lingkungan-" + "nya", "peng-" + "guna", "tam-" + "bahan"; a bound
      form is written joined in Indonesian anyway: "nonpemerintah",
      "multipihak"), both parts have at least two letters,
      lower case meets lower case at the break, the line was full
      (`full_line`; any line where the engine is seen to hyphenate with
      room left, `Lexicon.breaks_early`), the parts do not rhyme like a reduplication
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
    stays, and so does one before a tail whose letters end at a hyphen inside
    its line ("go.id/d-" + "id-d-pengadaan"): that piece is whole, so the
    letters must join into a piece, not merely begin one; so does one between
    two pieces of the document's URLs before a tail broken again ("barang-d-"
    + "id-" + "2021": "did" only begins a word of the prose). Where the
    engine is seen to hyphenate URLs as words (`Lexicon.hyphenates_urls`),
    a hyphen between letters that are neither a piece nor a word of the
    document is dropped too ("…/ar-" + "ticle-dokumen"); see
    `url_hyphens.drops_in_path`.

    Limits: in a document that glues words and whose engine hyphenates, a
    compound of two known words written nowhere else ("sosial-ekonomi"
    broken at its hyphen) loses its hyphen unless the language knows both
    parts or the break closes a syllable no engine closes
    (`_closes_syllable`); a compound whose joined form the document also
    writes, but never the hyphenated one, takes the joined form. A rare word
    hyphenated where both parts are words of the document ("antar-" + "daerah" with
    "antardaerah" nowhere else; more than three letters before the break)
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
    if isinstance(lexicon, Lexicon) and lexicon.breaks_early:
        full_line = True  # the engine weighs whole paragraphs: room left proves nothing ("Petu-" + "gas")
    if head[-1] == ENGINE_HYPHEN and isinstance(lexicon, Lexicon) and lexicon.engine_marks:
        return True  # the engine's own mark: "DP2K‐" + "BPMD", "CO‐" + "VID-19"
    if head[-1] == "-" and isinstance(lexicon, Lexicon) and lexicon.engine_marks:
        return False  # the engine marks its breaks otherwise: the author's, broken after ("…/dan-view-" + "kontrak")
    stem = head[:-1]
    if stem[-1:].isalpha() and tail[:1] in (".", "/"):
        return True  # "kemendagri-" + ".go.id": no author hyphenates before a dot or a slash
    if stem[-1:].isalpha() and tail[:1] in _CLOSERS:
        return True  # "(rancangan-" + ").": nor before closing punctuation, where an engine may break
    if stem[-2:].isalpha() and _LETTER_CLOSED.match(tail):
        return True  # "‘diaudi-" + "t’": one letter and its closing mark, counted as two; no compound's part
    if URL_LIKE.search(stem) or URL_LIKE.search(tail):
        return drops_in_path(stem, tail, lexicon)
    if stem.endswith("/") and tail[:1].isalpha():
        return True  # "responsif/-" + "buku.": prose hyphenated after its slash; no author writes "/-"
    # The letters on each side of the break: "Kementerian/Lemba" + "ga" is "lemba" + "ga".
    before, after = LAST_LETTERS.search(stem), FIRST_LETTERS.match(tail)
    if before is None or after is None:
        return False  # a digit or a sign at the break: "2019-2021", "COVID-19"
    h_raw, t_raw = before.group(0), after.group(0)
    h, t = h_raw.lower(), t_raw.lower()
    if lexical(f"{stem}-{tail}") in lexicon or f"{h}-{t}" in lexicon:
        return False  # the document writes the hyphenated form itself
    if tail[-1] in LINE_END_HYPHENS and is_prefix(lexical(f"{stem}-{tail}") + "-", lexicon):
        return False  # and so a compound that begins so, broken again: "TII-" + "WVI-" of "TII-WVI-INFID"
    if lexical(stem + tail) in lexicon or h + t in lexicon:
        return True
    capitals = h_raw.isupper() and t_raw.isupper()
    if capitals and isinstance(lexicon, Lexicon) and h + t in lexicon.pieces:
        return True  # an acronym the document writes whole inside a compound: "CO-" + "VID-19" as in "COVID-19"
    if capitals and isinstance(lexicon, Lexicon) and min(len(h), len(t)) >= 2 and {h, t} <= lexicon.capitals:
        return False  # two acronyms the document writes alone: the author's compound ("TII-" + "WVI-" + "INFID")
    if capitals and engine_acronym(stem, tail, h, t, lexicon, full_line):
        return True  # an acronym the engine hyphenated: "PATTI-" + "RO", "SIRE-" + "KAP"
    if tail[-1] in LINE_END_HYPHENS and t == lexical(tail[:-1]) and is_prefix(h + t, lexicon):
        return True  # a word in three pieces or more, in a narrow column: "ke-" + "penting-" + "an"
    if len(h) >= DERIVED and len(t) >= DERIVED and t_raw.islower():
        return True  # a glued run of long words, broken between two: "menindaklanjuti-" + "menindaklanjuti"
    if h == t and len(h) >= SEGMENT:
        return False  # reduplication; parts of a letter or two are syllables ("ta-" + "ta" of "tata")
    if t_raw[0].isupper() and not capitals:
        return False  # "Semi-Aktif", "Una-Una"
    # "Bagi-" + "an" is "bagian"; "sosial-" + "ekonomi" two words of the language. Not before a
    # tail broken again, only a word's start: "ketenagakerjaan-" + "pengin-" + "tegrasiannya"
    if isinstance(lexicon, Lexicon) and lexicon.engine_hyphens and tail[-1] not in LINE_END_HYPHENS and not capitals:
        told = hyphen_by_language(h, t, lexicon.language)
        if told is not None:
            return told
    inside, between = (False, False) if capitals else segments(h + t, len(h), lexicon)
    # A head no longer than a prefix ("per-" + "temuan"): Indonesian prefixes
    # stand alone as words too ("per", "di", "ke"), so its being a word proves
    # no compound; the last rule below weighs it as a prefix.
    between = between and len(h) > SEGMENT
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
        and (len(h) <= SEGMENT or not (h in lexicon and t in lexicon))  # "di-" + "nilai": a prefix, not "di"
        and len(h) >= 2
        and len(t) >= 2
        and not _rhymes(h, t)
        and h_raw[-1].islower()
        and t_raw[0].islower()
    )


def _closes_syllable(h: str, t: str, lexicon: frozenset[str]) -> bool:
    """Whether the break falls between a known word's final consonant and a vowel ("sosial-" + "ekonomi").

    A hyphenating engine (TeX's patterns, CSS `hyphens: auto`) puts a single
    consonant before a vowel in the syllable it opens ("so-si-a-le-ko-no-mi"),
    so a break after it, where the head is a whole word of the document, is
    the author's compound. A suffix is broken off so, a known word or not
    ("pemerintah-" + "an", "keterbatas-" + "an"): the tail must have four
    letters or more. A prefix may be too ("peng-" + "awasan"): a head the
    document does not write whole counts where it is longer than any prefix
    and the tail is a word of the document ("sosial" written only here, then
    "ekonomi"), unless the joined letters are a word the language derives
    from its words or the document's: "mensosialisas-" + "ikan" is "men" +
    "sosialisasi" + "kan" (Typst breaks a word so, its patterns another
    language's), "sosialekonomi" none.
    """
    if not (len(h) >= 4 and len(t) >= 4 and h[-1] not in VOWELS and t[:1] in VOWELS and h[-2:-1] in VOWELS):
        return False
    if h in lexicon:
        return True
    language = getattr(lexicon, "language", frozenset())
    return len(h) > PREFIX and t in lexicon and not (language and ends_derived(h, t, lexicon, language))


def _rhymes(h: str, t: str) -> bool:
    """Parts like a rhyming reduplication's: short, as long within a letter, ending alike ("gotong-royong").

    Three letters alike, not two: "penandatanganan" + "mengintegrasikan" end
    alike in "an" as so many Indonesian words do. Rhyming reduplications are
    built on short stems ("sayur-mayur", "tunggang-langgang"): parts of ten
    letters or more ("mengintegrasikan" + "mendiseminasikan") are words
    that merely share a suffix.
    """
    return 2 < len(h) <= RHYME and 2 < len(t) <= RHYME and abs(len(h) - len(t)) <= 1 and h[-3:] == t[-3:]


def broken_run(joined: str, cut: int, lexicon: frozenset[str]) -> bool:
    """Whether `joined` is a run of two or more of the lexicon's words, cut at `cut` inside one of them.

    The last word of the run may be incomplete (it goes on the next line):
    "penan" + "datangananmenin" is "penandatanganan" + "menin..." when the
    document knows "penandatanganan" and a word beginning "menin". Engines
    that fill a line's rest with part of a long word (ReportLab) cut such
    glued words anywhere.

    The run's first words may be none the document shows whole (it glues
    them only to others, at line ends): "Mendiseminasikanpenan" +
    "datanganan" ends in "penandatanganan", a long derived word of the
    document (`Lexicon.long_words`) that holds the cut, `SEGMENT`
    letters of it at least on either side, while neither piece is a word
    (`_cut_in_last_word`). Cut exactly between two words, such a run is
    ambiguous and is left to the other rules.
    """
    n = len(joined)
    if n > 80 or not 0 < cut < n:
        return False
    inside, _between = segments(joined, cut, lexicon, whole=False)
    if inside or _cut_in_last_word(joined, cut, lexicon):
        return True
    ends = run_ends(joined, lexicon)
    if ends[cut]:
        return False  # the cut may fall between two words
    prefixes = prefixes_of(lexicon)
    # whole words up to i, then the beginning of one more
    return any(ends[i] and n - i >= SEGMENT and joined[i:] in prefixes for i in range(cut + 1, n))


def _cut_in_last_word(joined: str, cut: int, lexicon: frozenset[str]) -> bool:
    """Whether `joined` ends in a long word of the document (`Lexicon.long_words`), or in the last `DERIVED`
    letters or more of one, that hold `cut` inside them, neither piece a word (see `broken_run`).

    The end of a long derived word is its stem and suffix, which the document
    writes with another prefix too: "pertanggungjawabanditindaklan" + "juti"
    ends in "indaklanjuti" of "menindaklanjuti", where "ditindaklanjuti"
    itself is seen nowhere whole. Twelve letters of a word's end are no
    chance match across a break between two words. The language's long
    words count too, after a word of the run, where neither piece is a word
    of it either. Where the head is a word of the language and the tail one
    too, or the end of a run of the document after a word of it
    ("mensosialisasikan" + "dilegalisasikan"), the break fell between two
    words, whatever run ends across it ("kandilegalisasikan"): "dilibatkan" +
    "dilegalisasikan" is two.
    """
    documents = getattr(lexicon, "long_words", lexicon)
    language: frozenset[str] = getattr(lexicon, "language", frozenset())
    head, tail = joined[:cut], joined[cut:]
    if head in lexicon or tail in lexicon or len(joined) - cut < SEGMENT:
        return False
    if head in language and (tail in language or _ends_run(tail, documents, lexicon)):
        return False  # a word of the language, then one: "dilibatkan" + "dilegalisasikan"
    ends = _long_ends(frozenset(documents))
    either_piece = head in language or tail in language
    spoken = _long_ends(long_words(language, DERIVED)) if language and not either_piece else frozenset()
    starts = [i for i in range(cut - SEGMENT + 1) if len(joined) - i >= DERIVED]
    # the language's after a word of the run only: one word cut alone is the other rules' ("perma" + "salahan")
    return any(joined[i:] in ends or i >= SEGMENT and joined[i:] in spoken for i in starts)


def _ends_run(tail: str, runs: frozenset[str], lexicon: frozenset[str]) -> bool:
    """Whether a run of the document ends with `tail` after a word (of it or its language), `DERIVED` letters or more."""
    n = len(tail)
    return n >= DERIVED and any(len(w) > n and w.endswith(tail) and known(w[:-n], lexicon) for w in runs)


@lru_cache(maxsize=4)
def _long_ends(long_words: frozenset[str]) -> frozenset[str]:
    """The long words and their ends of `DERIVED` letters or more (see `_cut_in_last_word`)."""
    return frozenset(w[k:] for w in long_words for k in range(len(w) - DERIVED + 1))
