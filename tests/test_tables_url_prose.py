"""Prose after a URL at a line end (`tables.url_prose`): the URL's last segment whole, the next line's words prose."""

from ogi_extract.tables.lexicon import Lexicon
from ogi_extract.tables.lines import join_lines
from ogi_extract.tables.url_breaks import url_goes_on
from ogi_extract.tables.url_prose import ordinal_after_url, slash_prose_after_url, urls_glue_words
from test_tables_word_breaks import CHAR, LEFT, cell  # glyphs 5 pt wide from x = 100, lines 12 pt apart

URL = "https://ogi.go.id/id-dan-publik/pengadaan"
# A document whose URLs part their words with signs ("dan-publik"), and whose prose writes
# "pengadaan", "dukungan" and "narasumber" whole.
PROSE = Lexicon(
    {"pengadaan", "dukungan", "narasumber", "yang", "https://ogi.go.id/index.php", "https://data.go.id/dan-publik"},
    pieces={"barang", "laporan"},
)


def test_a_url_ends_before_prose_words_joined_by_a_slash() -> None:
    """"…/id-dan-publik/pengadaan" fills its line, "dukungan/narasumber." opens the next."""
    assert slash_prose_after_url(URL, "dukungan/narasumber.", PROSE)
    assert not url_goes_on(URL, "dukungan/narasumber.", PROSE)
    # the URL goes on: a part that is no word of the prose, a segment cut short or
    # ending in a sign, letters that join the segment into a piece of the document's URLs
    assert not slash_prose_after_url(URL, "dukungan/index.php", PROSE)
    assert not slash_prose_after_url(URL, "dukungan/datin", PROSE)
    assert not slash_prose_after_url("https://ogi.go.id/id-dan-publik/penga", "dukungan/narasumber", PROSE)
    assert url_goes_on("https://ogi.go.id/id-dan-publik/", "dukungan/narasumber.", PROSE)
    lapo = Lexicon({"lapo", "ran", "yang"}, pieces={"laporan"})
    assert not slash_prose_after_url("https://ogi.go.id/id/lapo", "ran/yang", lapo)
    # a segment of two letters that the document's URLs write ("…/id-id", WeasyPrint): the URL ended;
    # two letters no URL writes may be a segment cut short
    assert slash_prose_after_url("https://ogi.go.id/barang-2021/id-id", "dukungan/narasumber", PROSE)
    assert not slash_prose_after_url("https://ogi.go.id/barang-2021/id-pe", "dukungan/narasumber", PROSE)
    # so a segment of one letter the URLs write ("…/file/d", xhtml2pdf: "…/dan/d" + "internal/tetapi")
    letter = Lexicon({*PROSE, "https://data.go.id/file/d"}, pieces=PROSE.pieces)
    assert slash_prose_after_url("https://ogi.go.id/barang-2021/dan/d", "dukungan/narasumber", letter)
    assert not slash_prose_after_url("https://ogi.go.id/barang-2021/dan/d", "dukungan/narasumber", PROSE)
    # a segment the document writes nowhere else, that begins none of its words or URL pieces: whole
    # ("…/datin/file" + "pengaduan/dengan.", fpdf2, the URL written once); one that begins a word may be cut
    assert slash_prose_after_url("https://ogi.go.id/id/datin/file", "dukungan/narasumber.", PROSE)
    assert not slash_prose_after_url("https://ogi.go.id/id/datin/nara", "dukungan/narasumber.", PROSE)
    # no URL before the break, or a host that may end anywhere
    assert not slash_prose_after_url("pengadaan", "dukungan/narasumber", PROSE)
    assert not slash_prose_after_url("https://pengadaan", "dukungan/narasumber", PROSE)



def test_a_url_ends_before_prose_words_joined_by_a_slash_the_last_hyphenated_at_the_line_end() -> None:
    """LuaLaTeX: "…/view-kontrak-view-jasa" fills its line, "mencapai/eva-" + "luasi" opens the next, the
    engine's hyphen in the last word: its beginning is the beginning of a word, and the URL ended."""
    words = Lexicon({*PROSE, "mencapai", "evaluasi", "mampu"}, pieces=PROSE.pieces)
    assert slash_prose_after_url(URL, "mencapai/eva-", words)
    assert not url_goes_on(URL, "mencapai/eva-", words)
    assert not slash_prose_after_url(URL, "mencapai/xq-", words)  # no word begins so: a path's piece
    assert not slash_prose_after_url(URL, "mencapaii/eva-", words)  # a part before it no word

def test_a_url_ends_before_a_word_joined_to_a_number_as_an_ordinal_is() -> None:
    """fpdf2: "…-barang-index-file" fills its line, "ke-6 membantu" opens the next: "ke" is a word of the
    prose and no piece of the URLs, "fileke" no piece either."""
    doc = Lexicon({"ke", "membantu", "yang", "https://jdih.go.id/file-id/index.php-barang"}, pieces={"pengadaan"})
    head = "https://jdih.go.id/file-id/index.php-barang-index-file"
    assert ordinal_after_url(head, "ke-6", doc)
    assert ordinal_after_url(head, "ke-6.", doc)
    edge = LEFT + CHAR * len(head) + 2
    lines = cell((head, False), ("ke-6 membantu yang", True), edge=edge)
    assert join_lines(lines, left=LEFT, right=edge, lexicon=doc).text == f"{head} ke-6 membantu yang"
    # the URL may go on: a word the prose does not write, one that is a piece of the URLs ("id-6"),
    # a segment cut inside its letters or no piece of the URLs, a tail that is no ordinal, a host
    assert not ordinal_after_url(head, "xy-6", doc)
    assert not ordinal_after_url(head, "id-6", Lexicon({*doc, "id"}, pieces=doc.pieces))
    assert not ordinal_after_url("https://jdih.go.id/file-id/index.php-barang-index-fi", "ke-6", doc)
    assert not ordinal_after_url("https://jdih.go.id/file-id/index.php-barang-index-data", "ke-6", doc)
    assert not ordinal_after_url(head, "ke", doc)
    assert not ordinal_after_url(head, "ke-enam", doc)
    assert not ordinal_after_url("https://jdih.file", "ke-6", doc)


def test_nothing_is_decided_where_the_documents_urls_glue_its_words() -> None:
    glued = Lexicon({*PROSE, "https://ogi.go.id/pengadaandukungan"}, pieces=PROSE.pieces)
    assert urls_glue_words(glued) and not urls_glue_words(PROSE)
    assert not slash_prose_after_url(URL, "dukungan/narasumber.", glued)


def test_a_url_filling_its_line_is_parted_from_a_slash_compound_of_prose_on_the_next() -> None:
    edge = LEFT + CHAR * len(URL) + 2  # 2 pt left: no room for a glyph, the URL fills its line
    lines = cell((URL, False), ("dukungan/narasumber. yang", True), edge=edge)
    text = join_lines(lines, left=LEFT, right=edge, lexicon=PROSE).text
    assert text == f"{URL} dukungan/narasumber. yang"


def test_a_part_the_document_writes_nowhere_else_may_be_a_common_word_of_its_language() -> None:
    """fpdf2: "…/view" fills its line, "menggunakan/teknis" opens the next; "menggunakan" is written nowhere
    else in the document, a word of its language all the same."""
    words = {"pengadaan", "teknis", "yang", "https://ogi.go.id/index.php", "https://data.go.id/dan-publik"}
    alone = Lexicon(words, pieces={"barang", "laporan"})
    with_language = Lexicon(words, pieces={"barang", "laporan"}, language=frozenset({"menggunakan"}))
    assert not slash_prose_after_url(URL, "menggunakan/teknis", alone)
    assert slash_prose_after_url(URL, "menggunakan/teknis", with_language)
    assert not slash_prose_after_url(URL, "menggunakan/datin", with_language)


def test_a_domain_glued_of_words_says_nothing_of_how_the_paths_join_theirs() -> None:
    """Chromium: "https://data.go.id/index" fills its line, "antara/akhir" opens the next. The document's
    URLs hold "komisiinformasi", a run of its words "komisi" and "informasi", but in a host, where domains
    glue their words as a rule: the slash compound is still prose."""
    words = {*PROSE, "antara", "akhir", "komisi", "informasi"}
    host = Lexicon({*words, "https://komisiinformasi.go.id/laporan"}, pieces={"index", "laporan"})
    assert "komisiinformasi" in host.hosts and not urls_glue_words(host)
    assert slash_prose_after_url("https://data.go.id/index", "antara/akhir", host)
    # a host cut at a line end is read as one too: the vocabulary gives its runs
    cut = Lexicon(words, pieces={"index", "laporan", "komisiinformasi"}, hosts={"komisiinformasi", "go", "id"})
    assert slash_prose_after_url("https://data.go.id/index", "antara/akhir", cut)
    # the same run in a path glues the paths' words: nothing is decided
    path = Lexicon({*words, "https://data.go.id/komisiinformasi/laporan"}, pieces={"index", "laporan"})
    assert urls_glue_words(path)
    assert not slash_prose_after_url("https://data.go.id/index", "antara/akhir", path)
