"""What follows a URL that ended at a line end: prose, told from the URL's rest.

A URL ends where a word of the document's prose opens the next line, and its
last segment is whole: the document's URLs (`url_pieces`), its prose words
and how its URLs join their words (with signs, never glued) tell it.
`url_breaks.url_goes_on` and `url_breaks.url_ended` ask these.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .language import MIN_LETTERS, known
from .lexicon import (
    FIRST_LETTERS,
    LAST_LETTERS,
    LETTER_RUNS,
    LINE_END_HYPHENS,
    SEGMENT,
    URL_LIKE,
    Lexicon,
    is_prefix,
    prefixes_of,
    segments,
)

# A word of the prose opening a line: letters (an acronym's digits too), then closing punctuation only.
PROSE_TAIL = regex.compile(r"^([\p{L}\p{N}]+)[.,;:!?)\]]*$")


def url_pieces(lexicon: Lexicon) -> frozenset[str]:
    """The runs of letters of the document's URLs, without those of its prose.

    `Lexicon.pieces` holds the runs of every word of the document, so a piece
    may be a prose word ("pendampingan") as well as a URL's ("index"); the
    runs of its URLs (a token with a scheme, "www." or a dot or an underscore
    between letters), and the pieces no prose word gives, are the URLs' own.
    """
    return _url_pieces(frozenset(lexicon), lexicon.pieces)


@lru_cache(maxsize=4)
def _url_pieces(words: frozenset[str], pieces: frozenset[str]) -> frozenset[str]:
    url_runs: set[str] = set()
    prose_runs: set[str] = set()
    for w in words:
        (url_runs if URL_LIKE.search(w) else prose_runs).update(r.lower() for r in LETTER_RUNS.findall(w))
    return frozenset(url_runs | (pieces - prose_runs))


def prose_after_url(head: str, tail: str, lexicon: Lexicon) -> bool:
    """Whether a URL whose last segment is whole ended its line, the next opening with prose its URLs never show.

    A URL is cut between letters only inside a segment, so its rest completes
    that segment into a piece of the document's URLs ("lapo" + "ran"; see
    `url_goes_on`). When the last segment of the path is already a piece of
    its URLs (`url_pieces`: "id", "index", "d"), whole after a sign, and the
    letters on both sides of the break join into no piece nor the start of
    one, nor into a word of the document or its language where the tail's
    letters are none ("…-datin/d" + "okumen"), the next line's first word
    (nothing after it but punctuation) is prose when its letters are no part
    of any piece of the URLs and are a word
    of the prose, the start of one ("…/index", then "pendamping" of
    "pendampingan" in TeX, which breaks a URL anywhere) or letters no word of
    the document shows at all ("…-id", then "mensosialisasikan", a word the
    vocabulary never sees whole; after a segment of one letter, `MIN_LETTERS`
    letters at least: with fewer it may be a piece the document never writes
    whole, "…/d" + "atin"); or when it is an acronym in capitals after a
    segment in lower case ("…/pengadaan/d", then "DP2KBPMD"): a path does
    not change case there. A word of a letter or two proves little.
    """
    segment, opening = whole_segment(head, lexicon), PROSE_TAIL.match(tail)
    if segment is None or opening is None:
        return False
    word = opening.group(1)
    letters = FIRST_LETTERS.match(word)
    if len(word) < SEGMENT or letters is None:
        return False
    urls = url_pieces(lexicon)
    joined = (segment + letters.group(0)).lower()
    if joined in lexicon.pieces or joined in prefixes_of(lexicon.pieces):
        return False
    if known(joined, lexicon) and not known(letters.group(0).lower(), lexicon):
        return False  # "…-datin/d" + "okumen": the letters are no word, the two a word of the language
    if word.isupper() and sum(c.isalpha() for c in word) >= 2:
        return segment.islower()  # "…/pengadaan/d" + "DP2KBPMD"
    if not word.isalpha() or not word.islower():
        return False
    if any(word in u for u in urls):
        return False  # the rest of a segment ("aporan" of "laporan"), or a piece glued on
    if word in lexicon or is_prefix(word, lexicon):
        return True
    # letters no word shows at all; after a segment of one letter, fewer than a word of the language's
    # shortest may be a piece's rest the document writes nowhere whole ("…/d" + "atin", "datin" broken
    # at each of its lines)
    return (len(segment) > 1 or len(word) >= MIN_LETTERS) and not any(word in p for p in lexicon.pieces)


def whole_segment(head: str, lexicon: Lexicon) -> str | None:
    """The last segment of a URL's path as printed, where it is whole: after a sign, and a piece of the
    document's URLs (`url_pieces`); None otherwise (no URL, a host, a segment cut inside its letters)."""
    before = LAST_LETTERS.search(head)
    if before is None:
        return None
    cut = before.start()
    if cut == 0 or head[cut - 1].isalnum() or not in_path(head, cut):
        return None
    return before.group(0) if before.group(0).lower() in url_pieces(lexicon) else None


def in_path(head: str, cut: int) -> bool:
    """Whether the URL's last segment, from `cut`, is in its path: a host may end anywhere ("keuda.ke" + "mendag")."""
    scheme = head.find("://")
    return "/" in head[scheme + 3 if scheme >= 0 else 0 : cut]


# A word in lower case and a number joined by a hyphen, as an ordinal is written ("ke-6"), then closing
# punctuation only.
_ORDINAL_TAIL = regex.compile(r"^(\p{Ll}+)-\p{N}+[.,;:!?)\]]*$")


def ordinal_after_url(head: str, tail: str, lexicon: Lexicon) -> bool:
    """Whether a URL ended its line, the next opening with a word of the prose joined to a number.

    "…-barang-index-file" fills its line, "ke-6" opens the next: the URL's
    last segment is a piece of its URLs, whole after a sign, and the tail's
    word is one the document writes and no piece of its URLs, the letters on
    both sides joining into no piece nor the start of one. A word of two
    letters proves little alone (`prose_after_url`); the number after it
    makes it the prose's ordinal.
    """
    segment, opening = whole_segment(head, lexicon), _ORDINAL_TAIL.match(tail)
    if segment is None or opening is None:
        return False
    word = opening.group(1)
    joined = segment.lower() + word
    return (
        word in lexicon
        and word not in url_pieces(lexicon)
        and joined not in lexicon.pieces
        and joined not in prefixes_of(lexicon.pieces)
    )


# Words in lower case joined by slashes, then closing punctuation only: "dukungan/narasumber.".
# (a hyphen after the last word: an engine that hyphenates broke it at the line end, "mencapai/eva-" + "luasi")
_SLASH_PROSE = regex.compile(r"^(\p{Ll}+(?:/\p{Ll}+)+)(-?)[.,;:!?)\]]*$")


def slash_prose_after_url(head: str, tail: str, lexicon: frozenset[str] | None) -> bool:
    """Whether a URL whose last segment is a whole word ended its line, the next opening with prose words joined
    by a slash.

    "…/id-dan-publik/pengadaan" fills its line, "dukungan/narasumber." opens
    the next: the slash makes the tail look like a path, but every part of it
    is a word of the document's prose (or a common word of its language,
    `Lexicon.language`: "…/view" + "menggunakan/teknis" where the document
    writes "menggunakan" nowhere else; the last one may be the beginning of
    a word hyphenated at the line end: "…/view-kontrak-view-jasa" +
    "mencapai/eva-" + "luasi", TeX), and so is the URL's last segment
    (after a sign, in the path; a letter or two only where they are a piece of
    the document's URLs: "…/id-id" + "evaluasi/termasuk", "…/dan/d" +
    "internal/tetapi"), or at least
    begins no word or piece of them ("…/datin/file" + "pengaduan/dengan.",
    the URL written once), while the letters on both sides of the
    break join into no piece of the document nor the start of one. For the
    URL to go on, its segment would glue two words, which the document's
    URLs never do: they part their words with signs ("dan-publik"); where
    one of their pieces is a run of the document's words, nothing is
    decided (`urls_glue_words`).
    """
    if not isinstance(lexicon, Lexicon):
        return False
    before, compound = LAST_LETTERS.search(head), _SLASH_PROSE.match(tail)
    if before is None or compound is None:
        return False
    cut, segment = before.start(), before.group(0)
    if cut == 0 or head[cut - 1].isalnum() or not in_path(head, cut) or not segment.islower():
        return False
    parts = compound.group(1).split("/")
    whole = parts[:-1] if compound.group(2) else parts
    if any(len(p) < SEGMENT or not known(p, lexicon) for p in whole):
        return False  # a part the document writes nowhere else may be a common word ("menggunakan")
    if compound.group(2) and not _begins_word(parts[-1], lexicon):
        return False  # the last part hyphenated at the line end begins a word ("mencapai/eva-" + "luasi")
    pieces = url_pieces(lexicon)
    if len(segment) < SEGMENT and segment not in pieces:
        return False  # a segment of a letter or two proves nothing, unless the URLs write it ("…/id-id", "…/dan/d")
    if segment not in lexicon and segment not in pieces and (is_prefix(segment, lexicon) or segment in prefixes_of(pieces)):
        return False  # a segment cut short ("penga" + "dukungan": "pengadaan" begins so)
    joined = segment + parts[0]
    if joined in lexicon.pieces or joined in prefixes_of(lexicon.pieces):
        return False
    return not urls_glue_words(lexicon)


def _begins_word(part: str, lexicon: Lexicon) -> bool:
    """Whether `part` begins a longer word of the document or of its language (`is_prefix`)."""
    return is_prefix(part, lexicon) or bool(lexicon.language) and is_prefix(part, lexicon.language)


def urls_glue_words(lexicon: Lexicon) -> bool:
    """Whether a piece of the document's URLs (`url_pieces`) is a run of two of its words or more, glued.

    Not a piece of their hosts alone (`Lexicon.hosts`): a domain glues its
    words as a rule ("komisiinformasi.go.id"), and prose follows a path.
    """
    return _glue(frozenset(lexicon), url_pieces(lexicon) - lexicon.hosts)


@lru_cache(maxsize=4)
def _glue(words: frozenset[str], pieces: frozenset[str]) -> bool:
    return any(len(p) >= 2 * SEGMENT and segments(p, 0, words, whole=False)[0] for p in pieces)


def piece_after_dot(head: str, tail: str, lexicon: Lexicon) -> bool:
    """Whether a URL whose line ends with a dot in its path goes on with lower-case letters that are a piece
    of the document's URLs: "…/8-datin-index." + "php aplikasi", "…/index." + "php-jasa-article-2021-laporan.".

    A sentence after a URL opens with a capital, and a lower-case word after a
    full stop opens none; so letters in lower case after a URL's dot, when they
    are a run of the document's words (`Lexicon.pieces`: its URLs' "php"), are
    the URL's rest, even where the vocabulary also reads them as a word (it
    takes a line's first word for whole after a line ending in a full stop),
    and even where Typst, weighing whole paragraphs, left room at the cut; so
    are letters no word of the document or the language is or begins ("php"
    in a document whose URLs show it nowhere else). A
    single letter is not: a list opens with one ("…/dan." + "a."), and a dot in
    the host is `url_goes_on`'s.
    """
    letters = FIRST_LETTERS.match(tail)
    if not head.endswith(".") or letters is None or len(letters.group(0)) < 2 or not tail[:1].islower():
        return False
    piece = letters.group(0).lower()
    # or letters no word of the document or its language is, nor begins: "…/index." + "php pidana"
    unspoken = not known(piece, lexicon) and not is_prefix(piece, lexicon) and not is_prefix(piece, lexicon.language)
    return in_path(head, len(head) - 1) and (piece in lexicon.pieces or unspoken)


# Words of letters joined by hyphens, then closing punctuation only: "hak-hak", "sosial-ekonomi.".
HYPHENED_TAIL = regex.compile(r"^(\p{L}+(?:-\p{L}+)+)[.,;:!?)\]]*$")
# The same joined by hyphens or slashes: "sosial-ekonomi", "kebutuhan/lainnya.".
COMPOUND_TAIL = regex.compile(r"^(\p{L}+(?:[-/]\p{L}+)+)[.,;:!?)\]]*$")


def common_word_after(head: str, cut: int, segment: str, word: str, lexicon: Lexicon) -> bool:
    """Whether a common word of the language opens the line after a URL whose last segment, in its path,
    no piece of the document shows: "…/barang-laporan-id/file" + "pidana", "…/datin/file" + "berekspresi".

    The segment and the word join into nothing the document or its language
    knows, nor the start of a piece of its URLs, and the document's URLs part
    their words with signs (`urls_glue_words`): for the URL to go on, its
    segment would glue a word of the prose to letters no word ends with.
    """
    joined = segment + word
    return (
        len(segment) >= SEGMENT
        and len(word) >= MIN_LETTERS
        and in_path(head, cut)
        and known(word, lexicon)
        and not known(joined, lexicon)
        and not is_prefix(joined, lexicon)
        and joined not in lexicon.pieces
        and joined not in prefixes_of(lexicon.pieces)
        and not urls_glue_words(lexicon)
    )


def known_compound(tail: str, lexicon: Lexicon) -> bool:
    """Whether `tail` is a compound of words joined by hyphens or slashes, each known to the document or its
    language (`language.known`), closing punctuation after it only: "sosial-ekonomi" after "…/laporan",
    "kebutuhan/lainnya." after "…-id-file" (see `url_ended`). Prose lists its alternatives with a slash;
    the parts are read on their own, as a document's vocabulary may hold a slash's words as a path's pieces."""
    compound = COMPOUND_TAIL.match(tail)
    return compound is not None and all(
        len(part) >= SEGMENT and known(part.lower(), lexicon) for part in regex.split("[-/]", compound.group(1))
    )


def prose_not_url(word: str, tail: str, lexicon: Lexicon) -> bool:
    """Letters the paths of the document's URLs never show, whole or as a piece's start or end (the prose's
    words and the hosts' runs left out: "ke." after "…-8-view", where a host is "keuda"), or a prose word's
    start hyphenated at its line's end (see `url_ended`)."""
    if tail.endswith(LINE_END_HYPHENS) and is_prefix(word, lexicon):
        return True
    # the path's pieces: a path segment goes on with the rest of one, never of the host behind it ("keuda")
    return not any(p.startswith(word) or p.endswith(word) for p in url_pieces(lexicon) - lexicon.hosts)
