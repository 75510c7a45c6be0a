"""A hyphen ending a line inside a URL: the author's, or the engine's that hyphenated the URL as a word.

Inside a URL or a path the author's hyphens are many ("file-file-pengadaan",
"id-file"), and engines differ: TeX's `url` breaks a URL without a hyphen,
LibreOffice and CSS `hyphens: auto` hyphenate it at its syllables as any
word ("https://da-" + "ta.go.id", "…/ar-" + "ticle-dokumen"). The document's
URLs (`Lexicon.pieces`, `url_prose.url_pieces`) and the hyphens its engine is
seen to add inside them (`Lexicon.hyphenates_urls`, counted by `url_hyphens`)
tell the two; `line_ends.drops_hyphen` asks `drops_in_path` at a line end in a URL.
"""

from __future__ import annotations

from collections.abc import Iterable

from .language import MIN_LETTERS, known
from .lexicon import FIRST_LETTERS, LAST_LETTERS, LINE_END_HYPHENS, URL_LIKE, Lexicon, prefixes_of
from .url_prose import url_pieces



def drops_in_path(stem: str, tail: str, lexicon: frozenset[str]) -> bool:
    """Whether the hyphen ending `stem` + "-" inside a URL or a path was the engine's (see `line_ends.drops_hyphen`)."""
    before, after = LAST_LETTERS.search(stem), FIRST_LETTERS.match(tail)
    if before is None or after is None:
        return False
    h, t = before.group(0).lower(), after.group(0).lower()
    if h == t or f"{h}-{t}" in lexicon:
        return False
    if _in_host(stem):
        return True  # inside the host name: "keuda.ke-" + "mendagri.go.id"
    pieces = lexicon.pieces if isinstance(lexicon, Lexicon) else lexicon
    if _syllables(before.group(0), after.group(0), lexicon):
        return True  # "https://data.go.id/ar-" + "ticle-dokumen" where the engine hyphenates URLs
    # Only a tail that is letters up to its own line end is itself broken and may begin a
    # piece; a hyphen printed inside the tail's line ends it ("d-" + "id-d-": "did" no piece).
    broken_again = tail[-1] in LINE_END_HYPHENS and after.end() == len(tail) - 1
    if h + t in pieces:
        return True
    if not (broken_again and (h + t) in prefixes_of(frozenset(pieces))):
        return False
    # Both sides whole pieces of its URLs ("barang-d-" + "id-" + "2021"): the author's hyphen between them.
    urls = url_pieces(lexicon) if isinstance(lexicon, Lexicon) else frozenset()
    return not (h in urls and t in urls)


def _in_host(stem: str) -> bool:
    """Whether `stem`, a URL's start, ends inside its host name ("https://keuda.ke", "www.lkp")."""
    scheme = stem.find("://")
    host = stem[scheme + 3 :] if scheme >= 0 else stem if stem.lower().startswith("www.") else None
    return host is not None and "/" not in host


def _syllables(h_raw: str, t_raw: str, lexicon: frozenset[str]) -> bool:
    """Whether the letters on each side of a hyphen in a URL's path are pieces the engine hyphenated a word into.

    Where the engine hyphenates inside URLs as inside words
    (`Lexicon.hyphenates_urls`), a hyphen between lower-case letters, two at
    least on each side (hyphenation leaves no fewer), where neither side is a
    piece of the document's URLs nor a word of it ("ar-" + "ticle-dokumen",
    "…/laporan/da-" + "tin"), is the engine's: the author joins the
    document's own words with a hyphen ("file-" + "pengadaan", "id-" +
    "file"), and a small document that writes them nowhere else still shows
    the pieces of its other URLs. Nor where a side is a common word of the
    document's language, `MIN_LETTERS` letters or more, and the two join into
    no word ("article-" + "publik-index-file", LibreOffice; "lapor-" + "an"
    is "laporan"): the author's words, as the document's are. Not where the
    engine breaks URLs without a
    hyphen (TeX's `url`): a hyphen at a line end there is the author's, even
    between pieces the document shows nowhere else ("view-" + "publik").
    """
    if not (isinstance(lexicon, Lexicon) and lexicon.hyphenates_urls):
        return False
    h, t = h_raw.lower(), t_raw.lower()
    return (
        len(h) >= 2
        and len(t) >= 2
        and h_raw[-1].islower()
        and t_raw[0].islower()
        and h not in lexicon.pieces
        and t not in lexicon.pieces
        and h not in lexicon
        and t not in lexicon
        and not (any(len(w) >= MIN_LETTERS and w in lexicon.language for w in (h, t)) and not known(h + t, lexicon))
    )


def url_hyphens(pairs: Iterable[tuple[str, str]], lexicon: Lexicon) -> int:
    """How many hyphenated line ends (line's last word, next line's first) inside a URL are surely the engine's.

    Inside the host ("https://da-" + "ta.go.id": host names seldom hold a
    hyphen), or between letters that join into a piece of the document's URLs
    where neither side is one ("ba-" + "rang-laporan"): the engine hyphenates
    URLs as words (`Lexicon.hyphenates_urls`).
    """
    count = 0
    for head, tail in pairs:
        stem = head[:-1]
        if not head.endswith(LINE_END_HYPHENS) or URL_LIKE.search(stem) is None:
            continue
        before, after = LAST_LETTERS.search(stem), FIRST_LETTERS.match(tail)
        if before is None or after is None:
            continue
        h, t = before.group(0).lower(), after.group(0).lower()
        if h == t:
            continue
        pieces = lexicon.pieces
        count += _in_host(stem) or (h + t in pieces and h not in pieces and t not in pieces)
    return count
