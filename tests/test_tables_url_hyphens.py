"""A hyphen ending a line inside a URL's path, where the engine hyphenates URLs as words (`tables.url_hyphens`).

The cells below copy LibreOffice's narrow columns: it hyphenates a URL at its
syllables as it does a word ("https://da-" + "ta.go.id", "…/ar-" + "ticle-dokumen"),
where TeX's `url` breaks it without a hyphen and a hyphen at a line end in the
path is the author's ("…-view-" + "publik").
"""

from ogi_extract.tables.lexicon import Lexicon
from ogi_extract.tables.line_ends import drops_hyphen
from ogi_extract.tables.url_hyphens import url_hyphens
from ogi_extract.tables.lines import join_lines
from ogi_extract.tables.vocabulary import build_lexicon
from test_tables_word_breaks import CHAR, LEFT, cell  # glyphs 5 pt wide from x = 100, lines 12 pt apart

EDGE = LEFT + 30 * CHAR  # a column of thirty glyphs
# A URL hyphenated inside its host: the engine hyphenates URLs.
HOST_BROKEN = (("lihat di https://da-", False), ("ta.go.id/laporan dan diakses", True))
# A URL hyphenated inside a piece of its path that the document shows nowhere else.
PATH_BROKEN = (("lebih https://data.go.id/ar-", False), ("ticle-dokumen diakses publik", True))


def text(*specs: tuple[str, bool]) -> str:
    lines = cell(*specs, edge=EDGE)
    return join_lines(lines, left=LEFT, right=EDGE, lexicon=build_lexicon(lines)).text


def test_a_hyphen_inside_a_urls_host_tells_an_engine_that_hyphenates_urls() -> None:
    assert build_lexicon(cell(*HOST_BROKEN, *PATH_BROKEN, edge=EDGE)).hyphenates_urls
    assert not build_lexicon(cell(*PATH_BROKEN, edge=EDGE)).hyphenates_urls  # the path's letters prove nothing
    pieces = Lexicon(set(), pieces={"barang", "laporan"})
    assert url_hyphens([("https://www.lkp-", "p.go.id"), ("https://data.go.id/ba-", "rang-laporan")], pieces) == 2
    # a hyphen between two pieces of the document's URLs, or in prose, is no sign
    assert url_hyphens([("https://data.go.id/barang-", "laporan"), ("in-", "formasi")], pieces) == 0


def test_a_path_hyphenated_between_pieces_the_document_shows_nowhere_else_is_joined() -> None:
    assert text(*HOST_BROKEN, *PATH_BROKEN) == (
        "lihat di https://data.go.id/laporan dan diakses lebih https://data.go.id/article-dokumen diakses publik"
    )
    # where the engine shows no hyphen of its own in a URL (TeX's `url`), the hyphen is the author's
    assert text(*PATH_BROKEN) == "lebih https://data.go.id/ar-ticle-dokumen diakses publik"


def test_a_hyphen_next_to_a_piece_or_a_word_of_the_document_stays() -> None:
    lexicon = Lexicon({"pengadaan", "publik"}, pieces={"file", "view"}, hyphenates_urls=True)
    assert drops_hyphen("https://www.lkpp.go.id/laporan/da-", "tin", lexicon)
    assert not drops_hyphen("https://data.go.id/file-", "dokumen", lexicon)  # "file" a piece of its URLs
    assert not drops_hyphen("https://data.go.id/kontrak-", "pengadaan", lexicon)  # "pengadaan" a word of it
    assert not drops_hyphen("https://data.go.id/view-", "publik/d.", lexicon)
    assert not drops_hyphen("https://data.go.id/d-", "index", lexicon)  # a letter alone: no hyphenation leaves one
    assert not drops_hyphen("https://data.go.id/ar-", "2021", lexicon)  # a digit at the break
    unseen = Lexicon(lexicon, pieces=lexicon.pieces)  # the engine shows no hyphen of its own in a URL
    assert not drops_hyphen("https://www.lkpp.go.id/laporan/da-", "tin", unseen)


def test_a_hyphen_next_to_a_common_word_of_the_language_stays() -> None:
    # LibreOffice: "…/article-" + "publik-" + "index-file", the document writing "publik" nowhere else
    spoken = Lexicon({"pengadaan"}, pieces={"file"}, hyphenates_urls=True, language=frozenset({"publik", "tin"}))
    assert not drops_hyphen("https://drive.google.com/article-", "publik-", spoken)
    assert drops_hyphen("https://www.lkpp.go.id/laporan/da-", "tin", spoken)  # shorter than a word counts
    assert drops_hyphen("https://keuda.kemendagri.go.id/lapor-", "an-2021", Lexicon(spoken | {"laporan"}, pieces={"file"},
                        hyphenates_urls=True, language=frozenset({"lapor"})))  # "laporan", a word: the engine's
    assert drops_hyphen("https://drive.google.com/article-", "publik-", Lexicon(spoken, pieces={"file"}, hyphenates_urls=True))
