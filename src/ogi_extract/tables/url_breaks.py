"""A URL broken across a line end: whether it goes on, and where it ended.

Engines break a URL anywhere, with no hyphen, and fill line after line with
it; the document's URLs (`Lexicon.pieces`, and of them the URLs' own,
`url_pieces`), its prose words and the line's room to its cell's edge tell
the rest of a URL from the prose after it.
`word_breaks.broken_inside_word` asks these at every line end; what tells
the prose after a URL that ended is `url_prose`'s, what the room tells `url_room`'s.
"""

from __future__ import annotations

import regex

from .language import MIN_LETTERS, known
from .lexicon import (
    FIRST_LETTERS,
    LAST_LETTERS,
    PATH_LIKE,
    SEGMENT,
    URL_LIKE,
    Lexicon,
    is_prefix,
    lexical,
    prefixes_of,
)
from .word_case import acronym_in_lower
from .url_prose import (
    common_word_after,
    in_path,
    known_compound,
    ordinal_after_url,
    piece_after_dot,
    prose_after_url,
    prose_not_url,
    slash_prose_after_url,
    url_pieces,
)

# What cannot be the rest of a broken word: punctuation alone, a bullet, a URL's start.
NOT_A_TAIL = regex.compile(r"^(?:[^\p{L}\p{N}]+$|\p{Co}|(?:https?://|www\.))", regex.IGNORECASE)
_SCHEME = regex.compile(r"https?://", regex.IGNORECASE)
# What a URL's rest may open with besides a letter or a digit.
_URL_GOES_ON = frozenset("/.-_?=&#%~:")
_HYPHENS_AS_MINUS = str.maketrans({"\u2010": "-", "\u2011": "-"})
# A URL's rest that opens with the rest of a number: "1-laporan", "21/dokumen".
_DIGITS_GO_ON = regex.compile(r"^\d+[-/_.=&?#]\w")
# Lower-case pieces joined by hyphens, the last one ending the line: "w-pengadaan-" of "…-view-pengadaan-dokumen".
_RUN_BROKEN_AGAIN = regex.compile(r"^\p{Ll}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)+-$")
# One lower-case piece and its hyphen, after a dot: "…/informasi-view-index." + "php-" + "laporan-…".
_PIECE_BROKEN_AGAIN = regex.compile(r"^\p{Ll}[\p{L}\p{N}]*-$")
# Lower-case pieces joined by hyphens, the last one cut without one: "formasi-dokume" of "…/informasi-dokumen-…".
_RUN_CUT_AGAIN = regex.compile(r"^\p{Ll}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)+$")
# Digits that open with a zero, as no number of prose does: the rest of a number ("dan-2" + "021").
_ZERO_FIRST = regex.compile(r"^0\d*[.,;:!?)\]]*$")


def url_goes_on(head: str, tail: str, lexicon: frozenset[str] | None = None, alone: bool = False) -> bool:
    """Whether `tail`, opening a line, is the rest of the URL `head` ended the line before with.

    Engines break a URL wherever they may, with no hyphen and however short its
    line is left (a long path after "www." moves whole): after "https:",
    inside the scheme ("ht" + "tps://"), after a dot ("https://www." +
    "antikorupsi.org") or anywhere in TeX's `url` ("antikoru" + "psi.org/").
    The scheme cut in two is certain; otherwise the head must be a URL not
    closed by a comma, a semicolon or a bracket, and the tail open with lower
    case, a digit or a URL's sign, never a new URL. Then the URL goes on when
    the tail holds a dot, a slash or an underscore ("go.id/dokumen"), when the
    head ends with a sign no sentence ends with ("/", "-", "_", "=") or with a
    dot inside the host ("https://keuda." + "kemendagri."), or before any dot
    of it ("https://komi" + "siinformasi.": a host has one), or when the letters
    on both sides of the break join into a piece of the document's URLs
    ("index.php/ja" + "sa", "lapo" + "ran": see `Lexicon.pieces`), when a
    number in the path is cut ("/202" + "1-laporan": the tail's digits go on
    with a URL's sign, or opens with a zero, as no number of prose does:
    "dan-2" + "021"; in an engine that weighs whole paragraphs, digits alone
    after the path's: "…/20" + "21"), or after a dot in the path when the tail's letters are
    a piece of the document's URLs and no word of its prose ("index." +
    "php-article"; a URL ending a sentence is followed by prose), or when
    they are lower-case letters of a piece of them at all ("…-index." +
    "php"): a sentence would open with a capital (`piece_after_dot`). A URL's
    sign alone on its line (`alone`: nothing after it there, no space) goes
    on too: a narrow column broke the URL before and after it; so do letters
    alone on their line that are no prose word and, with the head's, begin a
    piece of the document's URLs ("https://komi" + "siinform" + "asi.go.id/"),
    and lower-case pieces joined by hyphens alone on their line, the last
    one ending it ("…-dokumen-vie" + "w-pengadaan-" + "dokumen.", and after
    a dot: "…/laporan-index." + "php-article-datin-"; or the last one cut
    inside a piece of the document's words: "…/dokumen/in" + "formasi-dokume",
    "dokume" no piece, the start of "dokumen"): a URL cut before and after
    them, as prose, which writes a compound's parts whole, is not.
    """
    if not head or not tail:
        return False
    # a hyphen printed as U+2010 is the URL's own sign too (Garuda through Pango writes every "-" so)
    head, tail = head.translate(_HYPHENS_AS_MINUS), tail.translate(_HYPHENS_AS_MINUS)
    cut = len(head)
    # (a scheme holds a colon: most line ends have none, and skip the search)
    if (":" in head or ":" in tail) and any(m.start() < cut < m.end() for m in _SCHEME.finditer(head + tail)):
        return True  # "https:" + "//data.go.id", "ht" + "tps://"
    scheme = head.find("://")
    if scheme < 0 and not head.lower().startswith("www."):
        return False  # no URL before the break (tested first: most line ends)
    sign = alone and all(c in _URL_GOES_ON for c in tail)  # "…/dan" + "-" + "index.php": a sign on a line of its own
    broken_again = _RUN_BROKEN_AGAIN.match(tail) or head[-1] == "." and _PIECE_BROKEN_AGAIN.match(tail)
    if alone and broken_again and not NOT_A_TAIL.match(tail) and (head[-1].isalnum() or head[-1] == "."):
        # "…-dokumen-vie" + "w-pengadaan-" + "dokumen.": a path's run alone on its line, broken again;
        # after a dot too ("…/laporan-index." + "php-article-datin-", "…-index." + "php-"): a sentence
        # opens with a capital
        return True
    if alone and head[-1].isalnum() and _RUN_CUT_AGAIN.match(tail) and _cut_at_end(tail, lexicon):
        # "…/dokumen/in" + "formasi-dokume" + "n-pengadaan-da": TeX's `url` cut the run again inside
        # a piece of the document's URLs ("dokume" is none, it begins "dokumen"), as no prose is cut
        return True
    if (NOT_A_TAIL.match(tail) and not sign) or head[-1] in ",;)]}»”’":
        return False
    opens = tail[0]
    if not (opens.islower() or opens.isdigit() or opens in _URL_GOES_ON):
        return False
    if head[-1].isalpha() and slash_prose_after_url(head, tail, lexicon):
        return False  # "…/pengadaan" + "dukungan/narasumber.": prose words joined by a slash
    if head[-1].isdigit() and digits_before_prose(head, tail, lexicon):
        return False  # "…-2021" + "penelitian/kepemimpinan": no URL of the document runs digits into letters
    if opens in _URL_GOES_ON or PATH_LIKE.search(tail) is not None or head[-1] in "/-_=&?":
        return True
    if head[-1] == "." and "/" not in head[scheme + 3 :]:
        return True  # the host is not complete: "https://keuda." + "kemendagri."
    if scheme >= 0 and head[-1].isalnum() and not any(c in head[scheme + 3 :] for c in "./"):
        return True  # a host has a dot: "https://komi" + "siinformasi." + "go.id/" is cut in its host
    if head[-1].isdigit() and (_DIGITS_GO_ON.match(tail) or _ZERO_FIRST.match(tail)):
        return True  # a number cut in the path: "go.id/202" + "1-laporan", "dan-2" + "021"
    if head[-1].isdigit() and isinstance(lexicon, Lexicon) and lexicon.weighs_paragraphs and _DIGITS_ALONE.match(tail) and in_path(head, len(head) - 1):
        # an engine that weighs whole paragraphs breaks a URL anywhere, its room proving nothing
        # (`url_room.number_cut` weighs it elsewhere): "…/informasi/20" + "21 format", TeX
        return True
    before, after = LAST_LETTERS.search(head), FIRST_LETTERS.match(tail)
    pieces = lexicon.pieces if isinstance(lexicon, Lexicon) else lexicon
    if head[-1] == "." and after is not None and isinstance(lexicon, Lexicon):
        # a file name cut after its dot: "index." + "php-article", when "php"
        # is a piece of the document's URLs and no word of its prose
        word = after.group(0).lower()
        return (
            (word in lexicon.pieces and word not in lexicon)
            or piece_after_dot(head, tail, lexicon)
        )
    if pieces is None or before is None or after is None:
        return False
    joined = (before.group(0) + after.group(0)).lower()
    if joined in pieces or unknown_segment_goes_on(head, tail, lexicon) or _pieces_go_on(head, tail, lexicon):
        return True
    # A tail alone on its line, letters to its end and no prose word, cut again
    # in TeX's `url` (breaks anywhere): "https://komi" + "siinform" + "asi.go.id/",
    # the letters begin a piece ("komisiinformasi") and go on the line after.
    return (
        alone
        and after.end() == len(tail)
        and isinstance(lexicon, Lexicon)
        and after.group(0).lower() not in lexicon
        and joined in prefixes_of(lexicon.pieces)
    )


# Lower-case letters, then pieces joined to them by hyphens, closing punctuation only after them.
_PIECES_RUN = regex.compile(r"^(\p{Ll}+)((?:-[\p{Ll}\p{N}]+){2,})[.,;:!?)\]]*$")


def _pieces_go_on(head: str, tail: str, lexicon: frozenset[str] | None) -> bool:
    """Whether the tail is the rest of a URL's path: letters no word of the document or its language, then
    pieces of its URLs joined by hyphens ("…/v" + "iew-article-kontrak-pengadaan-kontrak", TeX's `url`
    breaking wherever the paragraph comes out best, room left on the line or none): every piece after the
    first one the document writes, one of them at least in its URLs only. Prose joins words by hyphens,
    its first one a word too."""
    run = _PIECES_RUN.match(tail)
    if run is None or not isinstance(lexicon, Lexicon) or not head[-1:].isalpha() or not in_path(head, len(head) - 1):
        return False
    first, rest = run.group(1), run.group(2).split("-")[1:]
    urls = url_pieces(lexicon)
    return (
        not known(first, lexicon)
        and first not in urls
        and any(p in urls for p in rest)
        and all(p in lexicon.pieces or p.isdigit() for p in rest)
    )


def _cut_at_end(run: str, lexicon: frozenset[str] | None) -> bool:
    """Whether the last piece of a hyphen-joined `run` is cut: no piece of the document's words, the start of one."""
    if not isinstance(lexicon, Lexicon):
        return False
    last = run.rsplit("-", 1)[1].lower()
    return last not in lexicon.pieces and last not in lexicon and is_prefix(last, lexicon.pieces)


def url_ended(head: str, tail: str, lexicon: frozenset[str] | None, rest: str = "") -> bool:
    """Whether a URL filling its line ended there, the next line opening with a word of the prose.

    An engine that cuts a URL anywhere fills line after line with it; its
    last piece may fill a line too ("…/view-index/laporan", then "hal"). The
    URL's last segment is then a piece of the document's URLs whole, the
    letters on both sides of the break join into none, and the next line
    opens with a word, nothing after it but punctuation: one of the
    document's prose, or one it writes nowhere else but no URL of it shows
    either, whole or as a piece's start or end, in the URL's path
    ("…/pengadaan", then the rare "kanal"; "dex" ends "index" and may be
    that piece's rest; a host goes on anywhere: "keuda.ke" + "mendag"; a
    segment of a letter or two proves little: "barang-l" + "aporan"), or the
    start of a word of its prose hyphenated at its own line's end
    ("…/dokumen", then "penyelesai-" of "penyelesaian": an engine breaks a
    URL without a hyphen, and a hyphen the author typed in one is followed by
    more of it on the line), or cut at its own line's end without one, `rest`
    the piece on the line after it ("…-dokumen", then "pengguna" filling its
    line, then "an."), or words the document or its language knows joined
    by hyphens or slashes ("…/laporan", then "sosial-ekonomi": a path parts its pieces
    with signs, and "laporansosial" is none; "…-id-file", then "kebutuhan/lainnya."). Or the URL's last segment is
    whole and the word no part of its URLs (`prose_after_url`). Or the word
    is a common one of the language that joins the segment, a piece of no
    other URL, into nothing known (`url_prose.common_word_after`: "…/file" +
    "pidana").
    """
    if not isinstance(lexicon, Lexicon):
        return False
    if prose_after_url(head, tail, lexicon) or digits_before_prose(head, tail, lexicon):
        return True
    if ordinal_after_url(head, tail, lexicon):
        return True  # "…-index-file", then "ke-6"
    before, after = LAST_LETTERS.search(head), FIRST_LETTERS.match(tail)
    if before is None or after is None or not tail[:1].islower():
        return False
    segment, word = before.group(0).lower(), after.group(0).lower()
    cut = before.start()
    if cut == 0 or head[cut - 1].isalnum():
        return False  # the segment is cut inside a run of letters: no whole segment to end on
    if lexical(tail) == word and common_word_after(head, cut, segment, word, lexicon):
        return True
    return (
        segment in lexicon.pieces
        and segment + word not in lexicon.pieces
        and (
            lexical(tail) == word
            and (
                word in lexicon
                or bool(rest) and lexical(tail + rest) in lexicon
                or len(segment) >= SEGMENT and in_path(head, cut) and prose_not_url(word, tail, lexicon)
            )
            or known_compound(tail, lexicon)
        )
    )


def slash_prose_cut(head: str, tail: str, lexicon: frozenset[str] | None) -> bool:
    """Whether prose with a slash ending a line may go on, as engines that cut words anywhere do ("hak/o").

    Not when its last part is a word of the document ("Wilayah/ini" +
    "menggunakan": moved whole) and does not begin one with the tail, of the
    document or its language ("memahami/pen" + "yandang" is "penyandang";
    "pembangunan/sosial" + "isasi" is "sosialisasi", which the document
    writes nowhere), nor where the engine hyphenates (it would
    have marked a cut with a hyphen: "operasional/melakukan" + "pembelajaran").
    """
    if sum(c.isalpha() for c in head) >= 2 and head.strip("“‘\"'([{«").isupper():
        return False  # acronyms, each part whole: "K/L" + "laboratorium"
    if lexicon is None:
        return True
    if isinstance(lexicon, Lexicon) and lexicon.engine_hyphens:
        return False
    part = lexical(head.rsplit("/", 1)[-1])
    return len(part) < 2 or part not in lexicon or known(lexical(part + tail), lexicon)


# Lower-case letters alone ("aporan", "oran."), or pieces joined by hyphens ("masi-datin."), closing
# punctuation only after them, or the slash a path goes on after ("poran-informasi/").
_LETTERS_TAIL = regex.compile(r"^(\p{Ll}+)(?:-[\p{L}\p{N}]+)*(?:/|[.,;:!?)\]]*)$")


def unknown_segment_goes_on(head: str, tail: str, lexicon: frozenset[str] | None) -> bool:
    """Whether a URL's last segment, no word of the document, goes on with letters that are none either.

    An engine that weighs whole paragraphs (it hyphenates, or breaks words
    early: `Lexicon.engine_hyphens`, `Lexicon.breaks_early`) breaks a URL
    wherever the paragraph comes out best, however much room its line keeps
    and whether or not the whole would have fitted on the next line:
    "…/jasa/l" + "aporan", "…/jasa/lap" + "oran". The URL's last segment in
    its path, after a sign, is then neither a word of the document's prose
    nor a piece of its URLs (`url_pieces`), and the next line opens with
    lower-case letters that are no word of the document either, alone or
    joined by hyphens to more, or to the slash the path goes on after
    ("…-infor" + "masi-datin."; "…-la" + "poran-informasi/"; "…-lapo" + "ran", a
    word it writes in capitals only, "RAN"): a URL that
    ended is followed by prose the document writes, or its last segment is
    one of its URLs' pieces ("…-id", then "mensosialisasikan"), or the
    word is a common one of the report's language, `MIN_LETTERS` letters or
    more, that the segment joins into none ("…/laporan", then "periode.",
    where the document writes neither inside a line; "…-index-view", then
    "namun."), or the segment is a common word that long before a word as
    long it joins into none ("…/laporan", then "pengintegrasian", a word
    the language's list lacks). A segment of one letter, which the
    document's list markers make a word ("a."), goes on where the two join
    into a word of the language ("…/pengadaan-a" + "rticle.", TeX's `url`
    breaking inside "article"); a path's own letter ends it ("…-id-d" +
    "restoratif").
    """
    if not isinstance(lexicon, Lexicon) or not lexicon.weighs_paragraphs:
        return False
    before, opening = LAST_LETTERS.search(head), _LETTERS_TAIL.match(tail)
    if before is None or opening is None:
        return False
    cut, segment, word = before.start(), before.group(0), opening.group(1)
    if cut == 0 or head[cut - 1].isalnum() or not in_path(head, cut) or not segment.islower():
        return False
    # a word the document writes in capitals only is none of its prose in lower case: "…-lapo" + "ran" ("RAN")
    prose = word in lexicon and not acronym_in_lower(word, lexicon)
    if len(segment) == 1 and not prose and segment + word in lexicon.language:
        return True  # a letter alone that goes on into a word: "…/pengadaan-a" + "rticle." is "article"
    if segment not in lexicon and segment not in url_pieces(lexicon) and not prose:
        # a common word of the language, which the segment joins into none: "…/laporan" + "periode.",
        # "…-index-view" + "namun." (the segment a word or not: "view", "datin"), or after a segment
        # that is one: "…/laporan" + "pengintegrasian"
        language = lexicon.language
        spoken = word in language or segment in language and len(segment) >= MIN_LETTERS
        return not (spoken and len(word) >= MIN_LETTERS and segment + word not in language)
    return False


# Digits alone, closing punctuation after them only: "21", "21.".
_DIGITS_ALONE = regex.compile(r"^\d+[.,;:)]?$")
# A URL's last segment of digits alone, after a sign: "…-pengadaan/8".
_DIGITS_END = regex.compile(r"[^\p{L}\p{N}]\d+$")
# Letters, or words of letters joined by slashes, then closing punctuation only: "penelitian/kepemimpinan".
_WORDS_TAIL = regex.compile(r"^(\p{Ll}+)(?:/\p{Ll}+)*[.,;:!?)\]]*$")
_DIGIT_LETTER = regex.compile(r"\d\p{L}")


def digits_before_prose(head: str, tail: str, lexicon: frozenset[str] | None) -> bool:
    """Whether a URL's path ending in digits ended there, the next line opening with a word of letters.

    "…/2021-index.php-pengadaan/8", then "dikumpulkan,": the segment would
    run from digits straight into letters, as none of the document's URLs
    writes one (they part numbers from words with a sign: "2021-index"), so
    the word of letters after it (closing punctuation only) is prose, even
    one the document writes nowhere else; so are words joined by a slash
    ("…-2021-2021", then "penelitian/kepemimpinan"), which the URL would
    otherwise go on with as a path. Not a letter alone, which proves
    little, nor two that are no word the document writes ("…/dokumen-8",
    then its "di"), nor where the document's URLs do glue letters to digits.
    """
    if not isinstance(lexicon, Lexicon) or _DIGITS_END.search(head) is None or not in_path(head, len(head)):
        return False
    opening = _WORDS_TAIL.match(tail)
    if opening is None:
        return False
    letters = opening.group(1)
    if len(letters) < SEGMENT and not (len(letters) >= 2 and letters in lexicon):
        return False
    return not any(_DIGIT_LETTER.search(w) for w in lexicon if URL_LIKE.search(w))


def sentence_after_url(head: str, tail: str, lexicon: frozenset[str] | None) -> bool:
    """Whether a URL that ends with a full stop ended its sentence, the next line opening the next one.

    "…/8-index.php." filling its line, then "PTUN mekanisme.": a capital after
    the dot opens a sentence when its letters are no piece of the document's
    URLs (a path may go on with a capital segment the document writes in them).
    """
    if not head.endswith(".") or not tail[:1].isupper():
        return False
    letters = FIRST_LETTERS.match(tail)
    pieces = lexicon.pieces if isinstance(lexicon, Lexicon) else frozenset()
    return letters is not None and letters.group(0).lower() not in pieces
