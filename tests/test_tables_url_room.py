"""The room a URL's line leaves before its cell's edge: where an engine that fills each line ended the URL."""

from ogi_extract.layout.model import Box
from ogi_extract.tables.lexicon import Lexicon
from ogi_extract.tables.lines import join_lines
from ogi_extract.tables.url_breaks import url_goes_on
from ogi_extract.tables.url_room import number_cut, segment_fitted, slash_goes_on, word_after_url

from tests.test_tables_cuts import EDGE, GLYPH, LEFT, PAD, line
from tests.test_tables_url_breaks import line_of


def test_a_number_cut_at_a_urls_end_is_told_by_the_room_for_one_more_digit() -> None:
    head = "https://ogi.go.id/kontrak/index-202"
    edge = 200.0
    one = line_of("1", 100.0).words[0]  # a digit 5 pt wide
    assert number_cut(head, line_of("index-202", edge - 3), one, edge)
    assert not number_cut(head, line_of("index-202", edge - 8), one, edge)
    assert not number_cut("https://ogi.go.id/kontrak/index", line_of("index", edge - 3), one, edge)
    assert not number_cut(head, line_of("index-202", edge - 3), one, None)  # outside a table nothing is known
    # Chromium in Noto Sans and wkhtmltopdf in TeX Gyre Bonum: 6.31 pt left before a "1" 6.29 pt wide,
    # the producer's rounding of its metrics; room for the digit and more is room
    assert number_cut(head, line_of("index-202", edge - 5.02), one, edge)
    assert not number_cut(head, line_of("index-202", edge - 5.8), one, edge)


def test_a_urls_first_segment_that_fits_the_room_left_was_not_cut() -> None:
    """"…/pengadaan-barang-informasi" 30 pt short of its edge, "terkait/lokus," on the next line."""
    lexicon = Lexicon({"terkait", "lokus"}, pieces={"pengadaan", "barang", "informasi"})
    head = line_of("https://www.lkpp.go.id/pengadaan-barang-informasi", 170.0)
    tail = line_of("terkait/lokus,", 170.0).words[0]  # 5 pt a glyph: "terkait" is 35 pt, an em 10 pt
    assert segment_fitted(head, tail, 200.0, lexicon)
    assert not segment_fitted(head, tail, 178.0, lexicon)  # less than an em and than "terkait": a cut
    # after a sign the engine had a break of its own: room proves nothing
    assert not segment_fitted(line_of("https://www.lkpp.go.id/pengadaan-", 170.0), tail, 200.0, lexicon)
    # letters that are no word of the prose, or a piece of the document's URLs, may be the URL's rest
    assert not segment_fitted(head, tail, 200.0, Lexicon({"lokus"}, pieces={"pengadaan"}))
    assert not segment_fitted(head, tail, 200.0, Lexicon({"terkait"}, pieces={"informasiterkait"}))
    # a common word of the language counts as the prose's: "…/id-d" 73 pt short, "penelitian/fokus" (fpdf2)
    spoken = Lexicon({"lokus"}, pieces={"pengadaan", "barang", "informasi"}, language=frozenset({"terkait"}))
    assert segment_fitted(head, tail, 200.0, spoken)


def test_a_one_letter_segment_is_no_sign_that_a_url_fitted() -> None:
    """Typst breaks a long piece of a URL anywhere and leaves room: "komisiinformas" 17 pt short of its edge,
    "i.go.id/d-index/" on the next line. "i" is a word of the document (a list's numeral), but a letter
    proves nothing: the URL goes on."""
    lexicon = Lexicon({"i", "lembaga"}, pieces={"go", "id", "index"})
    head = line_of("https://komisiinformas", 160.0)
    tail = line_of("i.go.id/d-index/", 160.0).words[0]
    assert not segment_fitted(head, tail, 180.0, lexicon)
    assert url_goes_on("https://komisiinformas", "i.go.id/d-index/", lexicon, alone=True)


def test_a_word_of_a_url_opening_the_next_line_is_no_sign_that_a_url_fitted() -> None:
    """Typst breaks a host where the paragraph comes out best: "https://komisi" 34 pt short of its edge,
    "informasi.go." on the next line. "informasi" is a word of the document, but a word with a dot between
    letters is a URL's, as no prose is: the URL goes on."""
    lexicon = Lexicon({"informasi", "lembaga"}, pieces={"go", "id", "komisi"})
    head = line_of("https://komisi", 160.0)
    assert not segment_fitted(head, line_of("informasi.go.", 160.0).words[0], 200.0, lexicon)
    assert segment_fitted(head, line_of("informasi.", 160.0).words[0], 200.0, lexicon)  # a sentence's end


def test_a_url_ends_where_an_engine_that_fills_each_line_left_room_for_the_next_glyph() -> None:
    """"…/pengadaan/2021" 8.5 pt short of its edge at 10 pt, "kesejateraan" opening the next line: its "k"
    would have fitted, and an engine that fills each line cuts a URL only where the next glyph does not."""
    lexicon = Lexicon({"mendampingi"}, pieces={"pengadaan", "drive", "google"})
    url = "https://drive.google.com/pengadaan/2021"
    nxt = line_of("kesejateraan", 160.0)  # 5 pt a glyph
    assert word_after_url(line_of(url, 200.0), nxt, 208.5, lexicon)
    assert not word_after_url(line_of(url, 200.0), nxt, 204.0, lexicon)  # filled to the last glyph: a cut
    # an engine that hyphenates weighs whole paragraphs and leaves room at a URL's cut too
    tex = Lexicon(set(lexicon), pieces=lexicon.pieces, engine_hyphens=True)
    assert not word_after_url(line_of(url, 200.0), nxt, 208.5, tex)
    # a sign after a letter or a URL's sign in the tail: `url_goes_on` weighs those
    assert not word_after_url(line_of(url + "/", 200.0), nxt, 208.5, lexicon)
    assert not word_after_url(line_of(url, 200.0), line_of("ke.go.id/laporan", 160.0), 208.5, lexicon)


def test_a_url_ends_with_room_left_before_words_of_the_document_joined_by_hyphens() -> None:
    """"…/laporan/index/file/id" 11 pt short of its edge at 12 pt, "hak-hak" opening the next line: its "h"
    would have fitted. Pieces no word of the prose joins so ("dan-file-article") may be a path's."""
    lexicon = Lexicon({"hak", "dan", "sehingga"}, pieces={"lkpp", "laporan", "index", "file", "id", "article"})
    url = "https://www.lkpp.go.id/laporan/index/file/id"
    nxt = line_of("hak-hak", 160.0)
    assert word_after_url(line_of(url, 200.0), nxt, 208.5, lexicon)
    assert word_after_url(line_of(url, 200.0), line_of("hak-hak.", 160.0), 208.5, lexicon)
    assert not word_after_url(line_of(url, 200.0), nxt, 204.0, lexicon)  # filled to the last glyph: a cut
    assert not word_after_url(line_of(url, 200.0), line_of("dan-file-article", 160.0), 208.5, lexicon)
    assert not word_after_url(line_of(url, 200.0), line_of("hak-hak-", 160.0), 208.5, lexicon)


def test_a_slash_opening_the_next_line_goes_on_after_a_filled_line() -> None:
    head, tail = line("dukung penting", 100), line("/panduan berisi", 112)
    head.words[-1].box = Box(EDGE - 1 - 7 * GLYPH, 100, EDGE - 1, 110)
    assert slash_goes_on(head, tail)
    head.words[-1].box = Box(EDGE - 30 - 7 * GLYPH, 100, EDGE - 30, 110)
    assert not slash_goes_on(head, tail)


def test_a_slash_of_a_number_opening_the_next_line_goes_on_after_a_filled_line() -> None:
    # ReportLab cuts "PERKI1/2021" after "PERKI1", filling its line: digits on both sides of the slash
    head, tail = line("ditiadakan PERKI1", 100), line("/2021 melibatkan", 112)
    head.words[-1].box = Box(EDGE - 1 - 6 * GLYPH, 100, EDGE - 1, 110)
    assert slash_goes_on(head, tail)
    # a slash spaced from both its sides by the author is a word of its own
    assert not slash_goes_on(head, line("/ 2021 melibatkan", 112))


def test_a_slash_alone_on_its_line_goes_on_from_a_filled_line_and_into_the_next() -> None:
    # WeasyPrint cuts "operasional/masyarakat." before the slash and after it, the column too
    # narrow for either word with it: the slash stands alone on a line of its own
    a, b, c = line("kualitas operasional", 100), line("/", 112), line("masyarakat. b.", 124)
    a.words[-1].box = Box(EDGE - 1 - 11 * GLYPH, 100, EDGE - 1, 110)
    assert slash_goes_on(a, b)
    joined = join_lines([a, b, c], left=LEFT + PAD, right=EDGE, lexicon=Lexicon({"kualitas", "operasional", "masyarakat"}))
    assert joined.text == "kualitas operasional/masyarakat. b."
    # after a line that ended with room left, the author's own spaced slash
    a.words[-1].box = Box(EDGE - 30 - 11 * GLYPH, 100, EDGE - 30, 110)
    assert not slash_goes_on(a, b)
