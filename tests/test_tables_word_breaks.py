"""Line ends without a hyphen, read against the cell's edge (`TextLine.edge`) and the document's vocabulary."""

from ogi_extract.layout.model import Box, Word
from ogi_extract.tables.language import Language, common_words
from ogi_extract.tables.lexicon import Lexicon
from ogi_extract.tables.lines import group_lines, join_lines
from ogi_extract.tables.model import TextLine
from ogi_extract.tables.glued_runs import glued_at_edge
from ogi_extract.tables.url_breaks import sentence_after_url
from ogi_extract.tables.word_breaks import broken_inside_word
from ogi_extract.tables.edge_room import fills_edge
from ogi_extract.tables.word_edges import LONG_DERIVED

CHAR = 5.0  # every glyph 5 pt wide, at 10 pt: half an em
LEFT = 100.0


def cell(*specs: tuple[str, bool], edge: float | None) -> list[TextLine]:
    """Lines of a cell whose text starts at `LEFT` and is set against `edge`."""
    ws = []
    for i, (s, trailing) in enumerate(specs):
        x, y, parts = LEFT, 100 + 12 * i, s.split()
        for k, t in enumerate(parts):
            last = k == len(parts) - 1
            ws.append(Word(t, Box(x, y, x + CHAR * len(t), y + 10), "F", 10, False, int(y), trailing or not last))
            x += CHAR * (len(t) + 1)
    lines = group_lines(ws, 1)
    for ln in lines:
        ln.edge = edge
    return lines


def joined(*specs: tuple[str, bool], edge: float | None, lexicon: frozenset[str]) -> str:
    lines = cell(*specs, edge=edge)
    right = max(ln.box.x1 for ln in lines)
    return join_lines(lines, left=LEFT, right=right, lexicon=lexicon).text


# A document that glues long words ("dipertimbangkanmenggarisbawahi" inside a line) and knows both.
GLUING = Lexicon(
    {
        "dipertimbangkan",
        "menggarisbawahi",
        "diimplementasikan",
        "pengintegrasian",
        "diimplementasikanpengintegrasian",
        "menyelenggarakan",
        "kerja",
        "pendampingan",
        "permasalahan",
    },
    glues=True,
)


def test_a_glued_run_of_long_words_broken_at_the_edge_joins() -> None:
    lines = (("dipertimbangkan", False), ("menggarisbawahi", False), ("kerja", True))
    edge = 100 + 15 * CHAR + 3
    assert joined(*lines, edge=edge, lexicon=GLUING) == "dipertimbangkanmenggarisbawahi kerja"
    # the same words with room left at the line's end wrapped at a space
    assert joined(*lines, edge=edge + 20, lexicon=GLUING) == "dipertimbangkan menggarisbawahi kerja"
    # a document that does not glue words: two words
    plain = Lexicon(GLUING, glues=False)
    assert joined(*lines, edge=edge, lexicon=plain) == "dipertimbangkan menggarisbawahi kerja"


def test_a_letter_and_the_hyphen_the_engine_broke_after_are_no_words_rest() -> None:
    """Chromium in Play: "progres" fills its line, then "e-" alone (CSS breaks after a hyphen), then
    "Katalog". A piece as short as a suffix alone on its line is the rest of the word above it
    ("sedang" + "kan"), but not one that ends in a hyphen: that is a compound's first part."""
    document = {"progres", "desa", "hak", "kota", "data", "rangka", "miskin"}
    lines = (("rangka,", True), ("progres", False), ("e-", False), ("Katalog", False), ("desa hak", True))
    assert joined(*lines, edge=LEFT + 7 * CHAR + 2, lexicon=Lexicon(document, cuts_after_words=False)) == (
        "rangka, progres e-Katalog desa hak"
    )


def test_a_glued_run_broken_at_the_edge_after_other_words_joins_where_the_engine_cuts_after_words() -> None:
    """ReportLab fills a line's rest with part of a word too wide for a line: "YLBHI dipertimbangkan" at the
    edge, "menggarisbawahi kerja" on the next line, is the glued run cut between its words. An engine that
    moves such a word to a line of its own first (CSS, LibreOffice) leaves none after other words."""
    lines = (("YLBHI dipertimbangkan", False), ("menggarisbawahi kerja", True))
    edge = 100 + 21 * CHAR + 3
    cutting = Lexicon(GLUING, glues=True, cuts_after_words=True)
    assert set_against(*lines, edge=edge, lexicon=cutting) == "YLBHI dipertimbangkanmenggarisbawahi kerja"
    moving = Lexicon(GLUING, glues=True, cuts_after_words=False)
    assert set_against(*lines, edge=edge, lexicon=moving) == "YLBHI dipertimbangkan menggarisbawahi kerja"
    # room left at the line's end: the line wrapped at a space
    assert set_against(*lines, edge=edge + 20, lexicon=cutting) == "YLBHI dipertimbangkan menggarisbawahi kerja"
    # justified to the edge, 20 pt spread over its space: the engine moved the next word whole
    stretched = cell(*lines, edge=edge + 20)
    for w in stretched[0].words[1:]:
        w.box = Box(w.box.x0 + 20, w.box.top, w.box.x1 + 20, w.box.bottom)
    stretched[0].box = Box(stretched[0].box.x0, stretched[0].box.top, edge + 17, stretched[0].box.bottom)
    text = join_lines(stretched, left=LEFT, right=edge + 20, lexicon=cutting).text
    assert text == "YLBHI dipertimbangkan menggarisbawahi kerja"


def test_words_of_twelve_letters_wrap_at_the_edge_as_words() -> None:
    assert len("pendampingan") < LONG_DERIVED
    edge = 100 + 12 * CHAR + 2
    lines = (("pendampingan", False), ("permasalahan", False), ("kerja", True))
    assert joined(*lines, edge=edge, lexicon=GLUING) == "pendampingan permasalahan kerja"


def test_a_tail_cut_again_at_the_edge_begins_a_long_word() -> None:
    # "Didiseminasikan" + "menyelenggarak" + "an": the middle piece is no word, but begins one
    lexicon = Lexicon({"didiseminasikan", "menyelenggarakan", "diakses"}, glues=True)
    edge = 100 + 15 * CHAR + 2
    lines = cell(("Didiseminasikan", False), ("menyelenggarak", False), ("an diakses", True), edge=edge)
    assert glued_at_edge(lines[0], lines[1], "didiseminasikan", "menyelenggarak", lexicon)
    text = join_lines(lines, left=LEFT, right=edge, lexicon=lexicon).text
    assert text == "Didiseminasikanmenyelenggarakan diakses"
    # the long word written nowhere whole: a piece cut again goes on by a letter at least
    unseen = Lexicon({"didiseminasikan", "diakses"}, glues=True)
    assert glued_at_edge(lines[0], lines[1], "didiseminasikan", "menyelenggarak", unseen)
    assert not glued_at_edge(lines[0], lines[1], "didiseminasikan", "menyelenggar", unseen)
    # two letters short, measured with the first piece of the line after it ("menitikberatkan" +
    # "menggarisbawa" + "hi daerah", Chromium and WeasyPrint in Noto)
    lines = cell(("menitikberatkan", False), ("menggarisbawa", False), ("hi diakses", True), edge=edge)
    for line in lines[1:]:
        line.edge = lines[1].box.x1 + 2  # a narrower cell on the next page: the tail fills its line
    unseen = Lexicon({"menitikberatkan", "diakses"}, glues=True)
    assert not glued_at_edge(lines[0], lines[1], "menitikberatkan", "menggarisbawa", unseen)
    assert glued_at_edge(lines[0], lines[1], "menitikberatkan", "menggarisbawa", unseen, lines[2])
    assert join_lines(lines, left=LEFT, right=edge, lexicon=unseen).text.startswith("menitikberatkanmenggaris")
    # a tail that is a word may end on its line: "dilegalisasikan" + "mendetailkan" + "sedangkan" is three
    spoken = Lexicon({"menitikberatkan", "diakses"}, glues=True, language=frozenset({"menggarisbawa"}))
    assert not glued_at_edge(lines[0], lines[1], "menitikberatkan", "menggarisbawa", spoken, lines[2])
    # nor where the engine hyphenates: it breaks a run with a hyphen, as it breaks a word
    hyphenating = Lexicon({"menitikberatkan", "diakses"}, engine_hyphens=True, glues=True)
    assert not glued_at_edge(lines[0], lines[1], "menitikberatkan", "menggarisbawa", hyphenating, lines[2])


def test_a_slash_compound_cut_again_at_the_edge_begins_no_long_word() -> None:
    """"sensitifitasnya" fills its line alone, "yakni/difokus(k)" fills the next (Chromium and LibreOffice,
    Lato): the document writes "yakni/berkumpul", fifteen characters beginning "yakni", but that is two
    words and a slash, no long word the tail could begin; the line wrapped between two words."""
    lexicon = Lexicon({"sensitifitasnya", "yakni", "yakni/berkumpul", "kan", "dua"}, glues=True)
    edge = 100 + 15 * CHAR + 2
    lines = cell(("sensitifitasnya", False), ("yakni/difokusk", False), ("an dua", True), edge=edge)
    assert not glued_at_edge(lines[0], lines[1], "sensitifitasnya", "yakni", lexicon)
    # the long word written whole: the tail cut again begins it
    glued = Lexicon({"sensitifitasnya", "yakni", "yaknidifokuskan", "kan", "dua"}, glues=True)
    assert glued_at_edge(lines[0], lines[1], "sensitifitasnya", "yakni", glued)


def test_a_known_word_filling_a_wide_line_still_ends_there() -> None:
    # "Mengimplementasi" then "sistem": neither long enough for a glued run, so the line broke after the word
    lexicon = Lexicon({"mengimplementasi", "mencapai"}, glues=True)
    edge = 100 + 16 * CHAR + 1
    assert joined(("Mengimplementasi", False), ("sistem mencapai", True), edge=edge, lexicon=lexicon) == (
        "Mengimplementasi sistem mencapai"
    )
    # and so does one whose next word would have fit on its line: no break inside a word leaves that room
    assert joined(("dipertimbangkan", False), ("menggarisbawahi", True), edge=300, lexicon=GLUING) == (
        "dipertimbangkan menggarisbawahi"
    )


def test_a_known_word_at_the_edge_goes_on_with_a_piece_that_is_no_word() -> None:
    # A narrow monospaced column: "sedangkan" broken after six letters, "sedang" a word of the
    # document, "sedangkan" not (written nowhere else); "kan" is no word of it.
    lexicon = Lexicon({"sedang", "rapat", "dilaksanakan"})
    edge = 100 + 6 * CHAR + 0.5
    assert joined(("sedang", False), ("kan", False), ("rapat", True), edge=edge, lexicon=lexicon) == "sedangkan rapat"
    # with room for a glyph or more left the line ended with the word
    assert joined(("sedang", False), ("kan", False), ("rapat", True), edge=edge + 12, lexicon=lexicon) == (
        "sedang kan rapat"
    )


def test_a_urls_sign_alone_on_its_line_goes_on_with_the_url() -> None:
    # a narrow column broke "…/dan-index.php/dokumen" before and after its hyphen
    lexicon = Lexicon({"dokumen", "organisasi"})
    lines = cell(
        ("https://ogi.bappenas.go.id/dan", False), ("-", False), ("index.php/dokumen, organisasi", True), edge=260
    )
    text = join_lines(lines, left=LEFT, right=260, lexicon=lexicon).text
    assert text == "https://ogi.bappenas.go.id/dan-index.php/dokumen, organisasi"


def test_a_number_at_a_urls_end_cut_where_its_line_was_full_goes_on() -> None:
    # "…/index-202" fills its line, "1" (a word of the document: it numbers a list) opens the next
    lexicon = Lexicon({"1", "selesai", "bantuan"})
    url = "https://ogi.go.id/kontrak/index-202"
    edge = LEFT + CHAR * len(url) + 3  # less room than the next digit's width
    lines = (("https://ogi.go.id/kontrak/index-202", False), ("1 selesai bantuan", True))
    assert joined(*lines, edge=edge, lexicon=lexicon) == "https://ogi.go.id/kontrak/index-2021 selesai bantuan"
    # with room for that digit the URL ended with its line, and the number is the prose's own
    assert joined(*lines, edge=edge + 8, lexicon=lexicon) == "https://ogi.go.id/kontrak/index-202 1 selesai bantuan"
    # a comma closes the number: half an em (5 pt at 10 pt) is the least a digit takes
    lines = (("https://ogi.go.id/kontrak/index-202", False), ("1, selesai", True))
    assert joined(*lines, edge=edge, lexicon=lexicon) == "https://ogi.go.id/kontrak/index-2021, selesai"
    assert joined(*lines, edge=edge + 3, lexicon=lexicon) == "https://ogi.go.id/kontrak/index-202 1, selesai"


def test_a_url_whose_last_segment_fills_its_line_ends_before_a_word_of_the_prose() -> None:
    # "…/view-index/laporan" fills its line (no glyph would fit), "hal" opens the next:
    # "laporan" is a piece of the document's URLs, "laporanhal" none, "hal" a word of its prose
    lexicon = Lexicon({"hal", "salah", "ran"}, pieces={"view", "index", "laporan"})
    url = "https://data.go.id/view-index/laporan"
    edge = LEFT + CHAR * len(url) + 1
    lines = ((url, False), ("hal salah", True))
    assert joined(*lines, edge=edge, lexicon=lexicon) == f"{url} hal salah"
    # a URL cut inside its segment goes on, the letters joining into a piece ("lapo" + "ran")
    lines = (("https://data.go.id/view-index/lapo", False), ("ran hal", True))
    assert joined(*lines, edge=edge, lexicon=lexicon) == f"{url} hal"


def test_a_word_ending_a_line_after_others_at_the_edge_ends_where_the_engine_moves_long_words_whole() -> None:
    """CSS and LibreOffice move a word too wide for the line's rest to a line of its own: "penyidik" filling
    the line to its edge after "coba", then "menyampaikan", are two words, unless the document shows cuts
    after other words (ReportLab) or the pieces do not look like words ("pengimpleme" + "ntasian...")."""
    words = {"coba", "menyusun", "memberikan", "dan", "pengimplementasian", "dilegalisasikan"}
    css = Lexicon(words, cuts_after_words=False)
    filling = dict(edge=100 + 13 * CHAR + 0.5)  # "coba penyidik" is 13 glyphs
    two = joined(("coba penyidik", False), ("menyampaikan", True), **filling, lexicon=css)
    assert two == "coba penyidik menyampaikan"
    cutting = Lexicon(words, cuts_after_words=True)
    one = joined(("coba penyidik", False), ("menyampaikan", True), **filling, lexicon=cutting)
    assert one == "coba penyidikmenyampaikan"
    # a head that begins a word of the document, or a tail that opens as none does: still a cut
    filling = dict(edge=100 + 21 * CHAR + 0.5)  # "via pengimplementasia" is 21 glyphs
    assert joined(("via pengimplementasia", False), ("ndilegalisasikan", True), **filling, lexicon=css) == (
        "via pengimplementasiandilegalisasikan"
    )


def test_rare_words_at_a_line_end_stay_apart_where_the_engine_hyphenates() -> None:
    """"pandemik" fills a line after other words, "pusat" opens the next, neither written elsewhere: the
    document's short words make a run of the two ("pandemi" + "kpu" + the start of "satu"), but an engine
    that hyphenates marks a cut inside such a run with a hyphen, so the line broke between words."""
    words = {"pok", "surat", "pandemi", "kpu", "satu", "mengembangkan"}
    filling = dict(edge=100 + 18 * CHAR + 0.5)  # "pok surat pandemik" is 18 glyphs
    lines = (("pok surat pandemik", False), ("pusat mengembangkan", True))
    assert joined(*lines, **filling, lexicon=Lexicon(words, engine_hyphens=True)) == (
        "pok surat pandemik pusat mengembangkan"
    )
    # an engine that cuts glued runs anywhere (no hyphen of its own) is read as before
    assert joined(*lines, **filling, lexicon=Lexicon(words)) == "pok surat pandemikpusat mengembangkan"


def test_a_url_filling_its_line_goes_on_with_pieces_joined_by_hyphens() -> None:
    """"… https://data.go.id/datin-articl" fills its line after other words, "e-dok-id." opens the next:
    both would fit on one line, but the engine breaks a URL anywhere, and a path's pieces are joined by hyphens
    as prose seldom is."""
    url = "https://go.id/datin-articl"
    lexicon = Lexicon({"tentang", "akses"})
    lines = ((f"tentang akses {url}", False), ("e-dok-id.", True))
    width = len(f"tentang akses {url}") * CHAR
    assert joined(*lines, edge=LEFT + width + 0.5, lexicon=lexicon) == (
        "tentang akses https://go.id/datin-article-dok-id."
    )
    # room left for the next glyph: the URL ended there
    assert joined(*lines, edge=LEFT + width + 12, lexicon=lexicon) == f"tentang akses {url} e-dok-id."
    # one hyphen is prose's as well ("e-KTP", "masing-masing"): the URL ended, the pieces fitting on one line
    lines = ((f"tentang akses {url}", False), ("e-dok. baru", True))
    assert joined(*lines, edge=LEFT + width + 0.5, lexicon=lexicon) == f"tentang akses {url} e-dok. baru"


def test_a_url_broken_in_tex_goes_on_through_letters_alone_on_their_line() -> None:
    # "https://komi" + "siinform" + "asi.go.id/article", each piece alone on a narrow line
    lexicon = Lexicon({"antar", "portal"}, pieces={"komisiinformasi", "go", "id", "article"}, engine_hyphens=True)
    lines = (("antar.", False), ("https://komi", False), ("siinform", False), ("asi.go.id/article", False), ("portal.", True))
    assert joined(*lines, edge=LEFT + 20 * CHAR, lexicon=lexicon) == "antar. https://komisiinformasi.go.id/article portal."


def test_a_url_ending_with_a_full_stop_ends_its_sentence_before_a_capital() -> None:
    # "…/8-index.php." fills its line, "PTUN mekanisme." opens the next sentence
    lexicon = Lexicon({"mekanisme", "keterbukaan"}, pieces={"lkpp", "go", "id", "dokumen", "index", "php"})
    url = "https://www.lkpp.go.id/dokumen/8-index.php."
    lines = ((url, False), ("PTUN mekanisme.", True))
    assert joined(*lines, edge=LEFT + CHAR * len(url) + 2, lexicon=lexicon) == f"{url} PTUN mekanisme."
    # a capital segment the document's URLs show may go on the URL
    assert not sentence_after_url(url, "PHP/dokumen", Lexicon(set(), pieces={"php"}))
    assert sentence_after_url(url, "PTUN", Lexicon(set(), pieces={"php"}))
    assert not sentence_after_url("https://www.lkpp.go.id/dokumen", "PTUN", Lexicon(set(), pieces={"php"}))


def test_a_url_ending_a_full_line_ends_before_an_opening_bracket() -> None:
    # Chromium fills a line with "…/datin-d-barang." and opens the next with "(orang).": no URL goes on
    # with an opening bracket or quote; prose does
    lexicon = Lexicon({"kriteria", "hal"}, pieces={"jdih", "bphn", "go", "id", "datin", "barang"})
    url = "https://jdih.bphn.go.id/datin/pengadaan/jasa-file/datin-d-barang."
    edge = LEFT + CHAR * len(url) + 2
    assert joined((url, False), ("(orang).", True), edge=edge, lexicon=lexicon) == f"{url} (orang)."
    assert joined((url, False), ("“orang”.", True), edge=edge, lexicon=lexicon) == f"{url} “orang”."
    # lower-case letters unknown to the prose still go on the URL
    assert joined((url, False), ("orang.", True), edge=edge, lexicon=lexicon) == f"{url}orang."


def test_a_url_ends_where_the_next_lines_first_segment_would_have_fitted() -> None:
    # "…/pengadaan-barang-informasi" 40 pt short of its edge, "terkait/lokus," opening the next line:
    # an engine that fills each line would have set "terkait" (35 pt) there, or its first glyph
    lexicon = Lexicon({"terkait", "lokus", "agar"}, pieces={"lkpp", "go", "id", "pengadaan", "barang", "informasi"})
    url = "https://www.lkpp.go.id/pengadaan-barang-informasi"
    lines = ((url, False), ("terkait/lokus, agar", True))
    edge = LEFT + CHAR * len(url) + 40
    assert joined(*lines, edge=edge, lexicon=lexicon) == f"{url} terkait/lokus, agar"
    # an engine that weighs whole paragraphs (it hyphenates) leaves room at a URL's cut too (where
    # "lokus" is no word of the document: prose words alone after the slash end the URL, `url_prose`)
    tex = Lexicon(set(lexicon) - {"lokus"}, pieces=lexicon.pieces, engine_hyphens=True)
    assert joined(*lines, edge=edge, lexicon=tex) == f"{url}terkait/lokus, agar"
    tex_prose = Lexicon(set(lexicon), pieces=lexicon.pieces, engine_hyphens=True)
    assert joined(*lines, edge=edge, lexicon=tex_prose) == f"{url} terkait/lokus, agar"


def test_a_hyphenated_compounds_last_part_cut_after_other_words_joins_its_rest() -> None:
    # An engine that fills a line's rest with part of a word: "aspek sosial-e" at the edge,
    # "konomi tahun" on the next line; "ekonomi" is a word of the document, "e" and "konomi" are not.
    lexicon = Lexicon({"aspek", "sosial", "ekonomi", "tahun"})
    edge = 100 + len("aspek sosial-e") * CHAR + 1
    lines = (("aspek sosial-e", False), ("konomi tahun", True))
    assert joined(*lines, edge=edge, lexicon=lexicon) == "aspek sosial-ekonomi tahun"
    # where "ekonomi" is no word of the document nothing joins the pieces
    assert joined(*lines, edge=edge, lexicon=Lexicon({"aspek", "sosial", "tahun"})) == "aspek sosial-e konomi tahun"


def test_a_url_filling_its_line_with_a_whole_segment_ends_before_prose_its_urls_never_show() -> None:
    # "…/datin-file-pengadaan-id" fills its line to the last glyph (a cut by the line's width alone),
    # "mensosialisasikan" opens the next: "id" is a piece of the document's URLs, and no piece of them
    # shows "mensosialisasikan" (`url_breaks.prose_after_url`)
    lexicon = Lexicon(
        {"penggunaan", "dibuka", "https://www.antikorupsi.org/id/datin-index"}, pieces={"file", "pengadaan", "laporan"}
    )
    url = "https://www.antikorupsi.org/id/datin-file-pengadaan-id"
    lines = ((url, False), ("mensosialisasikan penggunaan dibuka", True))
    edge = LEFT + CHAR * len(url) + 1
    assert joined(*lines, edge=edge, lexicon=lexicon) == f"{url} mensosialisasikan penggunaan dibuka"
    # cut inside a segment, the letters joining into a piece: the URL goes on
    lines = (("https://www.antikorupsi.org/id/datin-file-lapo", False), ("ran penggunaan", True))
    assert joined(*lines, edge=edge, lexicon=lexicon) == "https://www.antikorupsi.org/id/datin-file-laporan penggunaan"


def test_a_url_broken_where_a_paragraph_engine_left_room_goes_on_with_letters_no_word_shows() -> None:
    # TeX's `url` breaks a URL anywhere and justifies whole paragraphs: "…/jasa/l"
    # ends 20 pt (two ems) short of the edge, after other words, and "aporan" opens
    # the next line; neither "l" nor "aporan" is a word of the document or a piece of its URLs.
    words = {"di", "peta", "teridentifikasinya", "jasa", "kanal", "dan"}
    lines = [("di peta https://jdih.bphn.go.id/jasa/l", False), ("aporan teridentifikasinya. dan di peta kanal", False)]
    tex = Lexicon(words, pieces={"jdih", "bphn", "go", "id"}, engine_hyphens=True)
    assert joined(*lines, edge=None, lexicon=tex).startswith("di peta https://jdih.bphn.go.id/jasa/laporan teridentifikasinya.")
    # an engine that fills each line in turn would have set more of the URL there
    assert "jasa/l aporan" in joined(*lines, edge=None, lexicon=Lexicon(words, pieces=tex.pieces))
    # a word of the prose after the URL: it ended
    prose = [("di peta https://jdih.bphn.go.id/jasa/l", False), ("kanal teridentifikasinya. dan di peta kanal", False)]
    assert "jasa/l kanal" in joined(*prose, edge=None, lexicon=tex)


def test_a_url_ending_in_digits_at_a_full_line_ends_before_a_word_of_letters() -> None:
    # "…-pengadaan/8" filling its line to the edge, "dikumpulkan," (a word the
    # document writes nowhere else) opening the next: none of its URLs runs digits into letters.
    words = {"https://www.lkpp.go.id/2021-index.php-pengadaan", "dan", "data", "baru"}
    lines = [("https://www.lkpp.go.id/2021-index.php-pengadaan/8", False), ("dikumpulkan, dan data baru", False)]
    edge = LEFT + CHAR * len(lines[0][0])
    tex = Lexicon(words, pieces={"lkpp", "index", "php"}, engine_hyphens=True)
    assert joined(*lines, edge=edge, lexicon=tex) == "https://www.lkpp.go.id/2021-index.php-pengadaan/8 dikumpulkan, dan data baru"


def test_a_url_broken_twice_goes_on_through_a_line_of_hyphened_pieces_and_keeps_its_hyphens() -> None:
    # TeX's `url` cut "…-dokumen-view-pengadaan-dokumen." after "vie" and after
    # "pengadaan-", each line 6 pt short of the edge, the middle one alone.
    # The URL began on the line before: the line of "vie" holds nothing else.
    lines = [
        ("daring https://ogi.bappenas.go.id/pengadaan-dan", False),
        ("-dokumen-vie", False),
        ("w-pengadaan-", False),
        ("dokumen. KPPS dan data", False),
    ]
    tex = Lexicon({"daring", "dan", "data", "dokumen", "pengadaan"}, engine_hyphens=True)
    text = joined(*lines, edge=LEFT + CHAR * len(lines[0][0]) + 6, lexicon=tex)
    assert text == "daring https://ogi.bappenas.go.id/pengadaan-dan-dokumen-view-pengadaan-dokumen. KPPS dan data"


def test_a_producer_that_marks_breaks_with_spaces_drops_one_that_would_cross_the_edge() -> None:
    """Where the producer leaves out spaces that would cross the edge, a full line without its space broke
    inside a word only where the space would have fitted; elsewhere every such line did."""
    known = Lexicon({"berekspresi", "penilaian", "dalam", "segera"})
    end = LEFT + CHAR * len("berekspresi penilaian")  # the line's spaces are one glyph, 5 pt

    def read(edge: float, drops: bool = True) -> str:
        lines = cell(("berekspresi penilaian", False), ("dalam segera", True), edge=edge)
        return join_lines(
            lines, left=LEFT, right=edge, lexicon=known, spaces_mark_breaks=True, drops_crossing_spaces=drops
        ).text

    assert read(end + 3) == "berekspresi penilaian dalam segera"  # 3 pt left: no room for the space
    assert read(end + 6) == "berekspresi penilaiandalam segera"  # room for it, and none drawn: a cut
    assert read(end + 3, drops=False) == "berekspresi penilaiandalam segera"  # spaces hang past the edge


def test_room_within_a_producers_rounding_of_a_space_is_no_room_for_it() -> None:
    """LibreOffice in Carlito left "kedepannya" 2.33 pt short of its edge, no space after it, where the
    line's spaces measure 2.21 to 2.29 pt: the space did not fit by its rounding, and the line broke
    between words."""
    known = Lexicon({"berekspresi", "penilaian", "dalam", "segera"})
    end = LEFT + CHAR * len("berekspresi penilaian")  # the line's spaces are one glyph, 5 pt

    def read(edge: float) -> str:
        lines = cell(("berekspresi penilaian", False), ("dalam segera", True), edge=edge)
        return join_lines(
            lines, left=LEFT, right=edge, lexicon=known, spaces_mark_breaks=True, drops_crossing_spaces=True
        ).text

    assert read(end + 5.1) == "berekspresi penilaian dalam segera"
    assert read(end + 5.4) == "berekspresi penilaiandalam segera"  # room for the space, and none drawn


def test_one_word_of_the_language_across_a_forced_cut_outweighs_two_on_its_sides() -> None:
    """WeasyPrint: "pertanggung" filling a narrow line, "jawaban" opening the next; together too wide for any
    line of the cell, so a word that long had to be cut. The language writes "pertanggungjawaban" as one
    word, and "pertanggung" and "jawaban" as words too: the one word is read."""
    language = frozenset({"pertanggungjawaban", "pertanggung", "jawaban", "wajib", "menjadi"})
    words = {"wajib", "oleh", "menjadi", "sejak"}
    lines = (("pertanggung", False), ("jawaban", False), ("oleh", True))
    edge = LEFT + 11 * CHAR + 1
    assert joined(*lines, edge=edge, lexicon=Lexicon(words, language=language)) == "pertanggungjawaban oleh"
    # where the two are no word together, the end falls between them, as before
    lines = (("pertanggung", False), ("jawabun", False), ("oleh", True))
    assert joined(*lines, edge=edge, lexicon=Lexicon(words, language=language | {"jawabun"})) == (
        "pertanggung jawabun oleh"
    )


def test_a_slash_compound_whose_last_part_fills_its_line_is_weighed_by_that_part() -> None:
    """"menjelas" + "kan/satu" + "kesepak" + "atan": the line between holds the rest of a cut word, then a
    slash and a whole part of its own, filled to the edge. The letters at the break are that part's ("satu"
    + "kesepak": words end in "tu" and begin with "ke" in the document), not those of the run before the
    slash, and the line is no middle of a word cut twice: the compound ends there, "kesepak" + "atan" join."""
    words = {"menjelaskan", "kesepakatan", "kesehatan", "kegiatan", "kepentingan", "satu", "itu", "waktu", "baru"}
    lexicon = Lexicon(words | {"hal", "pelaksanaan", "pembangunan", "penguatan", "dan", "atau"})
    filling = dict(edge=LEFT + 8 * CHAR + 2)  # "menjelas" and "kan/satu" are 8 glyphs, "kesepak" 7
    lines = (("menjelas", False), ("kan/satu", False), ("kesepak", False), ("atan hal", True))
    assert joined(*lines, **filling, lexicon=lexicon) == "menjelaskan/satu kesepakatan hal"
    # with no slash the line is the middle of one word cut twice, as before (where the next line opens
    # with no word of the document, whole or cut again at its edge)
    lines = (("menjelas", False), ("kanxsatu", False), ("kesepuk", False), ("atan hal", True))
    assert joined(*lines, **filling, lexicon=lexicon) == "menjelaskanxsatukesepuk atan hal"


def set_against(*specs: tuple[str, bool], edge: float, lexicon: frozenset[str]) -> str:
    """The cell's text joined, its lines set against `edge` (a line wider than the others may not reach it)."""
    return join_lines(cell(*specs, edge=edge), left=LEFT, right=edge, lexicon=lexicon).text


def test_a_stub_of_two_letters_after_other_words_at_the_edge_goes_on_where_the_engine_cuts_after_words() -> None:
    """ReportLab fills a line's rest with a word's first letters: "kasi lain dan pr" at the edge, "ovinsi"
    opening the next line, though "provinsi" would have fitted there; neither piece is a word of the document."""
    words = {"kasi", "lain", "dan", "di"}  # "di" a word; "pr", with no vowel, none
    edge = 100 + len("kasi lain dan pr") * CHAR + 0.5
    lines = (("kasi lain dan pr", False), ("ovinsi lain", True))
    assert set_against(*lines, edge=edge, lexicon=Lexicon(words)) == "kasi lain dan provinsi lain"
    # an engine that moves words whole leaves no stub after other words
    assert set_against(*lines, edge=edge, lexicon=Lexicon(words, cuts_after_words=False)) == (
        "kasi lain dan pr ovinsi lain"
    )
    # a known short word ends its own line, and so does a piece with a vowel the document may not show
    for stub in ("di", "ke"):
        lines = ((f"kasi lain dan {stub}", False), ("ovinsi lain", True))
        assert set_against(*lines, edge=edge, lexicon=Lexicon(words)) == f"kasi lain dan {stub} ovinsi lain"
    # nor where the line leaves room for the next glyph
    lines = (("kasi lain dan pr", False), ("ovinsi lain", True))
    assert set_against(*lines, edge=edge + 8, lexicon=Lexicon(words)) == "kasi lain dan pr ovinsi lain"


def test_a_narrow_letter_after_other_words_goes_on_into_a_tail_cut_again_at_its_own_edge() -> None:
    """ReportLab Times: "2020-2022 i" at the edge, "nformasi/disediaka" filling the next line, then "n.":
    "i" with the tail's first piece would have fitted that line (an "i" is narrower than the "n" that
    did not), but the word goes on past it, wider than any line."""
    edge = LEFT + 11 * CHAR + 2.0
    lines = cell(("kasi data i", False), ("nformasi/di", False), ("sediakan. lain", True), edge=edge)
    stub = lines[0].words[-1]
    stub.box = Box(edge - 2.0, stub.box.top, edge, stub.box.bottom)  # an "i" 2 pt wide, at the edge
    lexicon = Lexicon({"kasi", "data", "lain", "i", "informasi", "disediakan"}, cuts_after_words=True)
    assert join_lines(lines, left=LEFT, right=edge, lexicon=lexicon).text == "kasi data informasi/disediakan. lain"
    # a tail that ends on its line: the whole would have fitted there, the letter is a word of its own
    lines = cell(("kasi data i", False), ("nformasi", True), edge=edge)
    lines[0].words[-1].box = Box(edge - 2.0, 100, edge, 110)
    assert join_lines(lines, left=LEFT, right=edge, lexicon=lexicon).text == "kasi data i nformasi"


def test_a_capital_stub_at_the_edge_goes_on_into_the_capitals_that_open_the_next_line() -> None:
    """ReportLab Helvetica: "panduan P" at the edge, "ERKI1/2021" opening the next line. A lone capital
    consonant the document never writes as a word, before capitals, is an acronym's first letter; on main
    the capital tail was taken for a word of its own ("P" + "ERKI1/2021")."""
    words = {"panduan", "para", "perki", "dan"}
    edge = 100 + len("panduan P") * CHAR + 0.5
    lines = (("panduan P", False), ("ERKI1/2021 para", True))
    assert set_against(*lines, edge=edge, lexicon=Lexicon(words)) == "panduan PERKI1/2021 para"
    # not where the engine moves words whole, nor where the line leaves room for the next glyph
    assert set_against(*lines, edge=edge, lexicon=Lexicon(words, cuts_after_words=False)) == (
        "panduan P ERKI1/2021 para"
    )
    assert set_against(*lines, edge=edge + 8, lexicon=Lexicon(words)) == "panduan P ERKI1/2021 para"
    # a capital the document writes as a word, or a vowel, ends its own line
    assert set_against(*lines, edge=edge, lexicon=Lexicon(words | {"p"})) == "panduan P ERKI1/2021 para"
    vowel = (("panduan A", False), ("ERKI1/2021 para", True))
    assert set_against(*vowel, edge=edge, lexicon=Lexicon(words)) == "panduan A ERKI1/2021 para"


def test_a_capital_stub_goes_on_into_capitals_with_digits_written_onto_them() -> None:
    """ReportLab DejaVu Sans: "petugas S" at the edge, "P4N-LAPO" alone filling the next line, then "R!". The
    tail opens with a capital and a digit, and holds no small letter: the acronym's rest."""
    words = {"petugas", "elektronik"}
    edge = 100 + len("petugas S") * CHAR + 0.5
    lines = (("petugas S", False), ("P4N-LAPOR! elektronik", True))
    assert set_against(*lines, edge=edge, lexicon=Lexicon(words)) == "petugas SP4N-LAPOR! elektronik"
    # a capitalised word, a capital the document writes as a word, or room for the next glyph: two words
    word = (("petugas S", False), ("P4nlapor elektronik", True))
    assert set_against(*word, edge=edge, lexicon=Lexicon(words)) == "petugas S P4nlapor elektronik"
    assert set_against(*lines, edge=edge, lexicon=Lexicon(words | {"s"})) == "petugas S P4N-LAPOR! elektronik"
    assert set_against(*lines, edge=edge + 8, lexicon=Lexicon(words)) == "petugas S P4N-LAPOR! elektronik"


def test_a_closing_bracket_ending_a_line_of_a_cut_tokens_middle_goes_on_with_the_stop_that_opens_the_next() -> None:
    """"(m" + "emiliki)" + ".": ReportLab cut the token "(memiliki)." twice; the line that holds nothing but
    its middle fills its edge, so the stop opening the next line is the token's too."""
    words = {"memiliki", "merupakan", "dan", "a"}
    edge = 100 + len("emiliki)") * CHAR + 0.5
    lines = (("dan a (m", False), ("emiliki)", False), (". Merupakan", True))
    assert set_against(*lines, edge=edge, lexicon=Lexicon(words)) == "dan a (memiliki). Merupakan"
    # the bracket closing a whole word after other words at a line's end, the token with its stop
    # narrower than a line: the engine would have moved it whole, so the stop's space is the author's
    lines = (("dan a (memiliki)", False), (". Merupakan", True))
    edge = 100 + len("dan a (memiliki)") * CHAR + 0.5
    assert set_against(*lines, edge=edge, lexicon=Lexicon(words)) == "dan a (memiliki) . Merupakan"


def test_a_bracketed_word_filling_its_line_alone_goes_on_with_the_stop_too_wide_to_go_with_it() -> None:
    """"(permohonan)" fills its line alone to the edge, "." opens the next (Chromium and LibreOffice, Caladea):
    "(permohonan)." is wider than a line, so the engine had to cut it, and cut it before the stop. A
    closing bracket ends its word as a letter does: the stop that would not fit with it is the token's."""
    words = {"memiliki", "merupakan", "dan", "a"}
    edge = 100 + len("(memiliki)") * CHAR + 0.5
    lines = (("dan a", True), ("(memiliki)", False), (". Merupakan", True))
    assert set_against(*lines, edge=edge, lexicon=Lexicon(words)) == "dan a (memiliki). Merupakan"
    # a word that opens the next line still begins a word of its own after the bracket
    lines = (("dan a", True), ("(memiliki)", False), ("merupakan a", True))
    assert set_against(*lines, edge=edge, lexicon=Lexicon(words)) == "dan a (memiliki) merupakan a"


def test_a_slash_compound_filling_its_line_alone_goes_on_with_its_last_words_rest() -> None:
    """LibreOffice cuts "diskusi/pendampingan", too wide for its column, after "pendamping": the compound
    alone on its line had nowhere to wrap, and "pendamping" + "an" is a word of the document, as for a
    whole word filling its line alone."""
    lexicon = Lexicon({"diskusi", "pendamping", "pendampingan", "an", "non", "sipil"}, cuts_after_words=False)
    edge = LEFT + 18 * CHAR + 4  # "diskusi/pendamping" and 4 pt: no room for another glyph
    assert joined(("diskusi/pendamping", False), ("an non sipil.", True), edge=edge, lexicon=lexicon) == (
        "diskusi/pendampingan non sipil."
    )
    # a rest the part makes no word with is a word of its own
    assert joined(("diskusi/pendamping", False), ("non sipil.", True), edge=edge, lexicon=lexicon) == (
        "diskusi/pendamping non sipil."
    )


def test_a_suffix_closing_a_sentence_after_a_word_filling_its_line_alone_is_its_rest() -> None:
    """Chromium cuts "pendampingan." after "pendamping", the word filling its line alone; the document writes
    "pendampingan" nowhere else, and "an" is no word of it: as short as a suffix that ends words of the
    document, and closing its sentence, with the next sentence after it on its line, the piece is the word's
    rest."""
    lexicon = Lexicon({"pendamping", "bagi", "warga", "di", "kegiatan", "laporan"}, cuts_after_words=False)
    edge = LEFT + 10 * CHAR + 3  # "pendamping" and 3 pt
    assert joined(("pendamping", False), ("an. Bagi", True), edge=edge, lexicon=lexicon) == "pendampingan. Bagi"
    # a word of the document is a word
    assert joined(("pendamping", False), ("di. Bagi", True), edge=edge, lexicon=lexicon) == "pendamping di. Bagi"


def test_a_suffix_going_on_with_other_words_after_a_word_filling_its_line_alone_is_its_rest() -> None:
    """ReportLab cuts "pendampingan", too wide for a narrow list item's line, after "pendamping", and the
    next line goes on "an pemetaan": a piece as short as a suffix that ends words of the document is the
    word's rest, closing its clause or not. "Rencana" filling its line, then "via, informasi": "via" ends
    no word of the document, and is a word of its own."""
    lexicon = Lexicon({"pendamping", "rencana", "pemetaan", "kegiatan", "laporan", "informasi"}, cuts_after_words=False)
    edge = LEFT + 10 * CHAR + 3  # "pendamping" and 3 pt
    assert joined(("pendamping", False), ("an pemetaan", True), edge=edge, lexicon=lexicon) == "pendampingan pemetaan"
    edge = LEFT + 7 * CHAR + 4  # "Rencana" and 4 pt
    assert joined(("Rencana", False), ("via, informasi", True), edge=edge, lexicon=lexicon) == "Rencana via, informasi"
    assert joined(("Rencana", False), ("via informasi", True), edge=edge, lexicon=lexicon) == "Rencana via informasi"


def test_a_lone_word_at_the_edge_ends_where_the_letters_end_and_begin_the_documents_words() -> None:
    """ReportLab sets "permohonan" alone in a narrow list item, 3 pt short of the edge, and "tertinggi" on
    the next line: neither is a word the document shows twice, and the geometry cannot tell a cut from a
    wrap (room for a narrow glyph, but not for half an em). Words of the document end in "an" and begin with "ter" far more often than those letters sit
    inside them: the line ended between two words."""
    words = {"kegiatan", "laporan", "pelaksanaan", "kebijakan", "tersedia", "terkait", "terhadap", "terpadu",
             "pemetaan", "tertentu", "terbuka", "bantuan"}
    lexicon = Lexicon(words, cuts_after_words=False)
    edge = LEFT + 10 * CHAR + 4.9  # room for a narrow glyph ("t"), not for half an em
    assert joined(("permohonan", False), ("tertinggi", True), edge=edge, lexicon=lexicon) == "permohonan tertinggi"
    # letters no word of the document ends and begins with there: the engine's cut
    assert joined(("penggun", False), ("aan.", True), edge=LEFT + 7 * CHAR + 4.9, lexicon=lexicon) == "penggunaan."


def test_a_label_printed_glued_to_its_value_ends_with_the_values_word() -> None:
    # "Nilai:Tidak" filling a narrow score cell, then "dilaksanaka" + "n": the line ends
    # with "Tidak", a word of the document alone after its label, that no word goes on
    known = Lexicon({"nilai", "tidak", "dilaksanakan", "kerja"})
    edge = LEFT + 11 * CHAR + 1
    text = joined(("Nilai:Tidak", False), ("dilaksanaka", False), ("n", True), edge=edge, lexicon=known)
    assert text == "Nilai:Tidak dilaksanakan"
    # a word cut after the label goes on as any word does
    assert joined(("Nilai:Ti", False), ("dak", True), edge=LEFT + 8 * CHAR + 1, lexicon=known) == "Nilai:Tidak"


def test_a_url_ends_between_letters_where_an_engine_that_marks_its_cuts_left_room_for_the_next_glyph() -> None:
    """wkhtmltopdf marks the words it hyphenates with U+2010, in URLs too ("…/la‐" + "poran"): it breaks between
    letters without its mark only for want of room. "…/datin-publik-id" 5 pt short of its edge, then "internal",
    a word the document writes nowhere else: the URL ended."""
    # "internal" is part of a piece of the document ("internalisasi"): no sign of prose by the letters
    pieces = {"komisiinformasi", "go", "id", "datin", "publik", "kontrak", "laporan", "internalisasi"}
    url = "https://komisiinformasi.go.id/kontrak/datin-publik-id"
    lines = ((url, False), ("internal menjelaskan,", True))
    edge = LEFT + CHAR * len(url) + CHAR
    marks = Lexicon({"menjelaskan"}, pieces=pieces, engine_hyphens=True, engine_marks=True)
    assert joined(*lines, edge=edge, lexicon=marks) == f"{url} internal menjelaskan,"
    # filled to the edge, the cut was for want of room
    assert joined(*lines, edge=LEFT + CHAR * len(url) + 1, lexicon=marks) == f"{url}internal menjelaskan,"


def test_a_url_ends_before_a_prose_word_cut_again_at_its_own_line_end() -> None:
    """Chromium in a column eight letters wide: "…-dokumen", then "pengguna" filling its line, then "an."."""
    lexicon = Lexicon({"penggunaan", "data", "dokumen"}, pieces={"a", "go", "id", "view", "php", "dokumen", "penggunaan", "data"})
    lines = (("https://", False), ("a.go.id/", False), ("view-php", False), ("-dokumen", False), ("pengguna", False),
             ("an. data", True))  # fmt: skip
    assert joined(*lines, edge=LEFT + 8 * CHAR + 1, lexicon=lexicon) == "https://a.go.id/view-php-dokumen penggunaan. data"


def test_a_stop_moved_to_the_next_line_within_the_producers_rounding_of_the_edge_ends_the_word_above() -> None:
    """LibreOffice in Garuda: "perkembangan" then ". Mendetail…": with the stop the word would have left 0.04 pt
    of its line, which the producer's rounding does not allow."""
    lines = cell(("perkembangan", False), (". Mendetail", True), edge=None)
    lexicon = Lexicon({"perkembangan", "mendetail"})
    right = LEFT + 13 * CHAR + 0.04
    assert join_lines(lines, left=LEFT, right=right, lexicon=lexicon).text == "perkembangan. Mendetail"
    wide = LEFT + 13 * CHAR + 3
    assert join_lines(lines, left=LEFT, right=wide, lexicon=lexicon).text == "perkembangan . Mendetail"


def test_a_word_cut_before_ends_at_the_edge_before_a_known_word_cut_again() -> None:
    """Chromium in a column nine letters wide: "lementasi" (the end of "mengimplementasi") fills its line,
    "difokuska" the next, "n revisi" the one after: the word opening the line is the document's "difokuskan",
    cut at its own edge, as a known word opening it whole would be."""
    lexicon = Lexicon({"difokuskan", "revisi", "kasus", "pengembangan"})  # the cut word written nowhere whole
    lines = (("kasus", True), ("pertanggu", False), ("ngjawaban", False), ("difokuska", False), ("n revisi", True))
    edge = LEFT + 9 * CHAR + 1
    assert joined(*lines, edge=edge, lexicon=lexicon) == "kasus pertanggungjawaban difokuskan revisi"


def test_a_url_ends_before_a_common_word_of_the_language_the_document_writes_nowhere_else() -> None:
    """pdfTeX: "…/informasi-d-datin/datin" filling its line, then "khususnya, dalam.": no word of the document
    (a small one), a common word of its language. Its letters are in a piece of the document (a glued run),
    so they say nothing by themselves."""
    pieces = {"antikorupsi", "org", "dan", "index", "php", "informasi", "d", "datin", "khususnyamenggunakan"}
    url = "https://www.antikorupsi.org/dan-index.php-dan/8/informasi-d-datin/datin"
    lines = ((url, False), ("khususnya, dalam.", True))
    edge = LEFT + CHAR * len(url) + 1
    alone = Lexicon({"dalam"}, pieces=pieces, engine_hyphens=True)  # TeX: it breaks URLs anywhere
    assert joined(*lines, edge=edge, lexicon=alone) == f"{url}khususnya, dalam."
    with_language = Lexicon({"dalam"}, pieces=pieces, engine_hyphens=True, language=frozenset({"khususnya"}))
    assert joined(*lines, edge=edge, lexicon=with_language) == f"{url} khususnya, dalam."


def test_a_slash_compounds_short_last_word_filling_its_line_goes_on_into_a_tail_the_document_never_writes() -> None:
    """ReportLab: "aspek peran/di" filled to the edge, "kembangkan" opening the next line. "di" is a word of
    the document, but so is "dikembangkan", and "kembangkan" alone is none: the engine, which fills a line's
    rest with part of a word, cut "dikembangkan" after the slash."""
    words = {"aspek", "peran", "di", "dikembangkan", "darurat"}
    language = frozenset({"kembangkan", "dikembangkan", "kantor"})  # a word of the language follows a path
    edge = LEFT + len("aspek peran/di") * CHAR + 0.5
    lines = (("aspek peran/di", False), ("kembangkan darurat", True))
    assert set_against(*lines, edge=edge, lexicon=Lexicon(words, language=language)) == (
        "aspek peran/dikembangkan darurat"
    )
    # an engine that moves words whole ended the compound there
    assert set_against(*lines, edge=edge, lexicon=Lexicon(words, cuts_after_words=False, language=language)) == (
        "aspek peran/di kembangkan darurat"
    )
    # a tail the document writes as a word follows the preposition ("di" + "kantor")
    lines = (("aspek peran/di", False), ("kantor darurat", True))
    assert set_against(*lines, edge=edge, lexicon=Lexicon(words | {"dikantor", "kantor"}, language=language)) == (
        "aspek peran/di kantor darurat"
    )
    # nor where the line leaves room for the next glyph
    lines = (("aspek peran/di", False), ("kembangkan darurat", True))
    assert set_against(*lines, edge=edge + 8, lexicon=Lexicon(words, language=language)) == (
        "aspek peran/di kembangkan darurat"
    )


def test_a_glued_run_at_the_edge_holds_no_more_words_than_the_documents_longest() -> None:
    """fpdf2: "Dipresentasikan" fills its line, "teridentifikasiket" the next, cut again ("…enagakerjaan").
    The document glues two words at most ("teridentifikasiketenagakerjaan"): the three are no run."""
    words = set(GLUING) | {"pengintegrasianmenggarisbawahi"}
    lines = (("diimplementasikan", False), ("menggarisbawahipen", False), ("gintegrasian kerja", True))
    edge = 100 + 18 * CHAR + 3
    pairs = Lexicon(words, glues=True, longest_run=2)
    assert joined(*lines, edge=edge, lexicon=pairs) == "diimplementasikan menggarisbawahipengintegrasian kerja"
    threes = Lexicon(words, glues=True, longest_run=3)
    assert joined(*lines, edge=edge, lexicon=threes) == "diimplementasikanmenggarisbawahipengintegrasian kerja"
    # a run of two at the edge still joins
    lines = (("diimplementasikan", False), ("menggarisbawahi", False), ("kerja", True))
    assert joined(*lines, edge=edge, lexicon=pairs) == "diimplementasikanmenggarisbawahi kerja"


def test_a_tail_cut_again_is_counted_with_the_letters_it_goes_on_with() -> None:
    """Chromium: "menyelenggarakan" fills its line, "ketenagakerjaanme" the next, cut again, "nitikberatkan"
    after it. "me" is too short to count as a word begun, but with the next line's letters the tail is
    "ketenagakerjaan" + "menitikberatkan": with the head three long words, where the document glues two."""
    language = Language(frozenset({"menyelenggarakan", "ketenagakerjaan", "menitikberatkan"}))
    pairs = Lexicon({"kerja", "dan"}, glues=True, longest_run=2, language=language)
    lines = cell(("menyelenggarakan", False), ("ketenagakerjaanme", False), ("nitikberatkan dan", True), edge=100 + 17 * CHAR + 3)
    assert not glued_at_edge(lines[0], lines[1], "menyelenggarakan", "ketenagakerjaanme", pairs, lines[2])
    # a tail that reads whole as words ended at its edge by chance: the line after counts for nothing
    lines = cell(("menyelenggarakan", False), ("ketenagakerjaan", False), ("menitikberatkan", True), edge=100 + 16 * CHAR + 3)
    assert glued_at_edge(lines[0], lines[1], "menyelenggarakan", "ketenagakerjaan", pairs, lines[2])


def test_a_line_end_joins_no_run_longer_than_the_documents_runs_for_its_length_alone() -> None:
    """xhtml2pdf: two glued runs of unknown words, each filling its line: "Dipresentasikanterintegrasikan"
    + "penandatangananpengintegrasian" are 60 letters, three words at least where the language's
    longest is 22, and the document glues two."""
    language = frozenset({"mempertanggungjawabkan", "lainnya", "dokumen"})
    words = {"lainnya", "dokumen"}
    lines = (("Dipresentasikanterintegrasikan", False), ("penandatangananpengintegrasian", False), ("lainnya", True))
    edge = 100 + 30 * CHAR + 3
    want = "Dipresentasikanterintegrasikan penandatangananpengintegrasian lainnya"
    assert joined(*lines, edge=edge, lexicon=Lexicon(words, glues=True, longest_run=2, language=language)) == want
    # a document whose runs hold four words may glue them
    fours = Lexicon(words, glues=True, longest_run=4, language=language)
    assert joined(*lines, edge=edge, lexicon=fours) == want.replace(" pen", "pen")


def _spread(first: str, second: str, gap: float, y: float) -> list[Word]:
    """Two words on a line `gap` points apart (a justified line's stretched space)."""
    a = Word(first, Box(LEFT, y, LEFT + CHAR * len(first), y + 10), "F", 10, False, int(y), True)
    x = LEFT + CHAR * len(first) + gap
    b = Word(second, Box(x, y, x + CHAR * len(second), y + 10), "F", 10, False, int(y), False)
    return [a, b]


def test_prose_with_a_slash_on_a_justified_line_with_room_spread_ended_there() -> None:
    """ReportLab justifies "langkah Kabupaten/Kota" to the edge, 60 pt of room spread over its space, and
    sets "pengintegrasiannyamenyelenggarakan" whole on the next line: the engine moved the word whole,
    where one that cuts a word fills the line's rest with it."""
    lexicon = Lexicon({"langkah", "maupun"}, cuts_after_words=True)
    words = _spread("langkah", "Kabupaten/Kota", 60.0, 100)
    edge = words[-1].box.x1
    tail = "pengintegrasiannyamenyelenggarakan"
    words.append(Word(tail, Box(LEFT, 112, LEFT + CHAR * len(tail), 122), "F", 10, False, 112, True))
    words.append(Word("maupun,", Box(LEFT + CHAR * (len(tail) + 1), 112, LEFT + CHAR * (len(tail) + 8), 122), "F", 10, False, 112, True))
    lines = group_lines(words, 1)
    for ln in lines:
        ln.edge = LEFT + CHAR * (len(tail) + 8) + 2
    lines[0].edge = edge
    text = join_lines(lines, left=LEFT, right=edge, lexicon=lexicon).text
    assert text == f"langkah Kabupaten/Kota {tail} maupun,"


def test_a_head_that_is_no_word_goes_on_into_a_word_of_the_language_it_begins() -> None:
    """ReportLab: "a. Terpilah meng" fills its line, "implementasi" (a word) fills the next, cut again:
    "meng" is no word, and with "implementasi" it begins the language's "mengimplementasikan"."""
    lexicon = Lexicon({"terpilah", "implementasi", "coba"}, cuts_after_words=True, language=frozenset({"mengimplementasikan"}))
    edge = LEFT + len("Terpilah meng") * CHAR
    lines = (("Terpilah meng", False), ("implementasi", False), ("menyelenggar", False), ("akan coba", True))
    assert set_against(*lines, edge=edge, lexicon=lexicon).startswith("Terpilah mengimplementasi")
    # a head that is a word of the language stays one
    spoken = Lexicon(set(lexicon), cuts_after_words=True, language=frozenset({"mengimplementasikan", "meng"}))
    assert set_against(*lines, edge=edge, lexicon=spoken).startswith("Terpilah meng implementasi")


def test_a_lines_middle_of_a_run_filled_to_the_edge_ends_before_a_word_of_the_language() -> None:
    """fpdf2: "dipresentasikanp" + "enyelenggaraan" + "progress, dua": the middle line holds the rest of a
    glued run filled to its edge; the next opens with a word the language writes ("progress"), which the
    document shows nowhere whole: the run ended at the edge."""
    edge = LEFT + 14 * CHAR + 2
    line, nxt = cell(("enyelenggaraan", False), ("progress, dua", True), edge=edge)
    document = Lexicon({"dua", "dipresentasikan", "penyelenggaraan", "usaha"}, cuts_after_words=True)
    spoken = Lexicon(set(document), cuts_after_words=True, language=frozenset({"progress"}))
    head = "dipresentasikanpenyelenggaraan"
    assert broken_inside_word(line, nxt, LEFT, edge, document, head=head)
    assert not broken_inside_word(line, nxt, LEFT, edge, spoken, head=head)
    # a word of the language that a word runs across the end into is no proof: "…npertanggung" + "jawaban"
    edge = LEFT + 12 * CHAR + 2
    line, nxt = cell(("npertanggung", False), ("jawaban menjelaskan", True), edge=edge)
    across = Lexicon(set(document), cuts_after_words=True, language=frozenset({"jawaban", "pertanggungjawaban"}))
    assert broken_inside_word(line, nxt, LEFT, edge, across, head="terintegrasikanpertanggung")


def test_an_acronym_at_the_edge_before_a_word_in_lower_case_is_no_glued_run_cut() -> None:
    """xhtml2pdf: "ajudikasi, KI" fills its line, "pada salah" opens the next: "kipada" reads as the
    document's "KIP" and "ada", cut inside "KIP", but no word goes on from capitals into lower case."""
    lexicon = Lexicon({"ajudikasi", "kip", "ada", "pada", "salah"}, capitals={"kip"}, glues=True)
    edge = LEFT + len("ajudikasi, KI") * CHAR + 1
    lines = (("ajudikasi, KI", False), ("pada salah", True))
    assert set_against(*lines, edge=edge, lexicon=lexicon) == "ajudikasi, KI pada salah"
    # in lower case, the run is read: "ki" + "pada" is "kip" + "ada" cut
    lower = (("ajudikasi, ki", False), ("pada salah", True))
    assert set_against(*lower, edge=edge, lexicon=lexicon) == "ajudikasi, kipada salah"


def test_an_opening_bracket_alone_at_the_edge_opens_the_word_on_the_next_line() -> None:
    """ReportLab: "pemilihan (" fills its line, "pelaksanaa" + "n)" follow: the engine cut "(pelaksanaan)"
    after its bracket, which opens the word after it; short of the edge, the author's own spacing stands."""
    lexicon = Lexicon({"pemilihan", "pelaksanaan", "bermakna"}, cuts_after_words=True)
    edge = LEFT + len("pemilihan (") * CHAR + 1
    lines = (("pemilihan (", False), ("pelaksanaa", False), ("n) bermakna", True))
    assert set_against(*lines, edge=edge, lexicon=lexicon) == "pemilihan (pelaksanaan) bermakna"
    roomy = (("pemilihan (", False), ("pelaksanaan)", False), ("bermakna", True))
    assert set_against(*roomy, edge=edge + 30, lexicon=lexicon) == "pemilihan ( pelaksanaan) bermakna"
    # an engine that moves words whole broke the line at the author's space after the bracket (Word:
    # "PC-PEN (" at the edge, then "https://pen.kemenkeu.go.id/)"), the same lines read as cut by one
    # that fills a line's rest with part of a word
    edge = LEFT + len("pemilihan dan (") * CHAR + 1
    whole = (("pemilihan dan (", False), ("pelaksanaan) dan", True))
    mover = Lexicon(set(lexicon), cuts_after_words=False)
    assert set_against(*whole, edge=edge, lexicon=mover) == "pemilihan dan ( pelaksanaan) dan"
    assert set_against(*whole, edge=edge, lexicon=lexicon) == "pemilihan dan (pelaksanaan) dan"


def test_a_closing_bracket_alone_on_the_next_line_closes_the_word_the_head_opened() -> None:
    """WeasyPrint: "“namun” (perumusan" fills its line, ")" opens the next, justified: the bracket the
    head opened closes there, with no space, though the two would have fitted on that line."""
    lexicon = Lexicon({"namun", "perumusan", "rencana", "resiko"}, cuts_after_words=False)
    edge = LEFT + len("namun (perumusan") * CHAR + 1
    lines = (("namun (perumusan", False), (") rencana resiko", True))
    assert set_against(*lines, edge=edge, lexicon=lexicon) == "namun (perumusan) rencana resiko"
    # a bracket the head closed already, or none opened: the author's own spacing stands
    closed = (("namun (perumusan) dan", False), (") rencana resiko", True))
    assert set_against(*closed, edge=LEFT + 21 * CHAR + 1, lexicon=lexicon) == "namun (perumusan) dan ) rencana resiko"


def test_a_word_in_lower_case_filling_its_line_does_not_go_on_into_digits() -> None:
    """WeasyPrint: "catatan/" + "kepentingan" filling a narrow column, then "2020-2022,": the document's
    letters and digits meet in codes in capitals ("PERKI1/2021") and in URLs, not in a word of its prose."""
    words = Lexicon({"catatan", "kepentingan", "terkait", "perki"}, cuts_after_words=False)
    edge = LEFT + 11 * CHAR + 1.5  # "kepentingan" is 11 glyphs
    lines = (("catatan/", False), ("kepentingan", False), ("2020-2022,", False), ("terkait", True))
    assert joined(*lines, edge=edge, lexicon=words) == "catatan/kepentingan 2020-2022, terkait"


def test_a_word_cut_before_ends_at_its_lines_edge_where_the_run_reads_only_so() -> None:
    """Chromium: "Teridentifikasid" + "iimplementasikan" + "anak sosial", a glued run cut at the edge, its
    rest filling the next line. A line holding nothing but the middle of a word cut before is cut again,
    as a rule; here the run reads in words only with the end between them ("teridentifikasi
    diimplementasikan anak"), "anak" a word of the language too short to count alone: the line ended it."""
    language = frozenset({"teridentifikasi", "diimplementasikan", "anak", "sosial", "kanan"})
    words = {"teridentifikasi", "diimplementasikan", "sosial", "oleh"}
    edge = LEFT + 16 * CHAR + 1
    lines = (("Teridentifikasid", False), ("iimplementasikan", False), ("anak sosial", True))
    got = joined(*lines, edge=edge, lexicon=Lexicon(words, glues=True, language=language))
    assert got == "Teridentifikasidiimplementasikan anak sosial"
    # where the letters read on only inside a word, the middle is cut again, as before
    lines = (("Teridentifikasid", False), ("iimplementasikan", False), ("akan sosial", True))
    got = joined(*lines, edge=edge, lexicon=Lexicon(words, glues=True, language=language | {"diimplementasikanakan"}))
    assert got == "Teridentifikasidiimplementasikanakan sosial"


def test_a_reduplication_filling_its_line_after_other_words_ends_there() -> None:
    """ReportLab cuts after other words: "peta hak-hak" filled to the edge, "ketidaklengkapan" opening the
    next line. Too wide together for a line, the letters might say a cut; the halves alike say a word."""
    words = {"peta", "hak", "tata"}
    edge = LEFT + len("peta hak-hak") * CHAR + 0.5
    lines = (("peta hak-hak", False), ("ketidaklengkapan tata", True))
    assert set_against(*lines, edge=edge, lexicon=Lexicon(words)) == "peta hak-hak ketidaklengkapan tata"
    # halves that differ leave it to the letters, as before
    lines = (("peta hak-hal", False), ("ketidaklengkapan tata", True))
    assert set_against(*lines, edge=edge, lexicon=Lexicon(words)) == "peta hak-halketidaklengkapan tata"


def test_an_ordinal_opening_the_next_line_is_weighed_by_its_word() -> None:
    """ReportLab: "menyampaikan" alone filling its line, "ke-6." on the next: the word before the number,
    "ke", a word of the document, ends nothing the head begins; "menyampaikan" is one of the language."""
    language = Language(frozenset({"menyampaikan"}))
    lexicon = Lexicon({"ke", "non"}, language=language)
    edge = LEFT + 12 * CHAR + 3
    lines = (("menyampaikan", False), ("ke-6. non", True))
    assert set_against(*lines, edge=edge, lexicon=lexicon) == "menyampaikan ke-6. non"


def test_a_letter_alone_after_prose_with_a_slash_is_no_word_that_follows() -> None:
    """Chromium: "Pemerintah/Pemd" filling its line, "a PPKS" on the next. The document's list markers
    ("a.") make "a" a word of it; a letter alone is as often a word's last: "Pemerintah/Pemda"."""
    words = {"a", "ppks", "pemerintah", "menjadi"}
    edge = LEFT + len("Pemerintah/Pemda") * CHAR - 0.5  # 4.5 pt left, less than the "a"; the whole fits
    lines = (("Pemerintah/Pemd", False), ("a PPKS menjadi", True))
    assert joined(*lines, edge=edge, lexicon=Lexicon(words)) == "Pemerintah/Pemda PPKS menjadi"
    # a digit alone follows as before ("…/index-202" + "1," is the URL's number, weighed elsewhere)
    lines = (("Pemerintah/Pemd", False), ("1 PPKS menjadi", True))
    assert joined(*lines, edge=edge, lexicon=Lexicon(words | {"1"})) == "Pemerintah/Pemd 1 PPKS menjadi"


def test_a_urls_piece_with_no_slash_of_its_own_filling_its_line_goes_on_as_the_url() -> None:
    """LibreOffice, hyphenating: "…/kontrak/kontrak-" + "barang-i" filling its line + "nfor-" + "masi-" +
    "jasa": the line's own piece shows no slash, but the word so far is a URL, broken anywhere."""
    edge = LEFT + 8 * CHAR + 1.0
    line, nxt = cell(("barang-i", False), ("nfor-", False), edge=edge)
    hyphenating = Lexicon({"informasi", "jasa"}, engine_hyphens=True, hyphenates_urls=True, pieces={"kontrak", "barang"})
    head = "https://www.lkpp.go.id/kontrak/kontrak-barang-i"
    assert broken_inside_word(line, nxt, LEFT, edge, hyphenating, head=head)
    assert not broken_inside_word(line, nxt, LEFT, edge, hyphenating, head="barang-i")  # prose: the engine's hyphen


def test_a_word_of_the_document_before_one_the_language_derives_ends_its_line() -> None:
    """ReportLab: "Penting per" at the edge, "mensosialisasikan" opening the next line; the language
    reads "permen" + "sosialisasikan" with the end inside a word, and "men" + "sosialisasi" + "kan" is
    one word it derives after "per", a word of the document."""
    language = Language(frozenset({"permen", "sosialisasi", "sosialisasikan", "penting"}), prefixes=("men",), suffixes=("kan",))
    lexicon = Lexicon({"penting", "per", "surat"}, cuts_after_words=True, language=language)
    edge = LEFT + len("Penting per") * CHAR + 1.0
    lines = (("Penting per", False), ("mensosialisasikan surat.", True))
    assert set_against(*lines, edge=edge, lexicon=lexicon) == "Penting per mensosialisasikan surat."
    # the two one word of the language: cut ("per" + "tanggungjawaban", "tanggungjawab" + "-an" derived too)
    spoken = Language(language | {"pertanggungjawaban", "tanggungjawab"}, prefixes=("men", "per"), suffixes=("kan", "an"))
    lexicon = Lexicon({"penting", "per", "surat"}, cuts_after_words=True, language=spoken)
    lines = (("Penting per", False), ("tanggungjawaban surat.", True))
    assert set_against(*lines, edge=edge, lexicon=lexicon) == "Penting pertanggungjawaban surat."


def test_a_word_in_lower_case_never_goes_on_into_capitals() -> None:
    """pdfLaTeX: "berdasarkan berisi" filling its line, "K/L." opening the next; "berisik" is a word of
    the language, but no word goes on from lower case into a tail in capitals only."""
    lexicon = Lexicon({"berdasarkan", "berisi", "berisikan", "namun"}, engine_hyphens=True)
    edge = LEFT + len("berdasarkan berisi") * CHAR + 1.0
    # "K/L." alone on its line, "berisik" the start of the document's "berisikan"
    lines = (("berdasarkan berisi", False), ("K/L.", False), ("Namun lain", True))
    assert set_against(*lines, edge=edge, lexicon=lexicon) == "berdasarkan berisi K/L. Namun lain"


def test_a_word_cut_twice_ends_before_a_word_of_the_language_whose_rest_is_on_the_line_after() -> None:
    """LibreOffice in LM Roman 9, a column eight letters wide: the glued run "dilegalisasikan" +
    "pengintegrasiannya" cut four times, its last piece "asiannya" filling its line alone, then "pengelol"
    filling the next and "aan" after it. A line holding only a cut word's middle rarely ends it; but
    "pengelol" + "aan" is "pengelolaan", a word of the language no word runs across the end into."""
    language = common_words("id")
    document = {"mengintegrasikandilegalisasikan", "penyelenggaraan", "transparan", "saat", "dibuka"}
    lexicon = Lexicon(document, cuts_after_words=False, language=language, glues=True)
    edge = LEFT + 8 * CHAR + 2
    lines = cell(("ngintegr", False), ("asiannya", False), ("pengelol", False), ("aan", True), edge=edge)
    head = "dilegalisasikanpengintegrasiannya"
    assert not broken_inside_word(lines[1], lines[2], LEFT, edge, lexicon, head=head, after=lines[3])
    assert broken_inside_word(lines[2], lines[3], LEFT, edge, lexicon, head="pengelol")


def test_a_url_ends_before_a_long_word_the_language_derives() -> None:
    """Chromium in Carlito: "…-index.php-jasa/d/2021/8-kontrak", the rest of a URL, on a line of its own
    with room left, then "mendiseminasikan melalui kasus". A URL goes on unless a known word follows;
    "mendiseminasikan" is in no list, but the language derives it ("men" + "diseminasi" + "kan"), and a
    word that long is no piece of a URL."""
    lines = cell(
        ("sebagai https://ogi.go.id/dokumen-", False),
        ("pengadaan-index.php-jasa/d/2021/8-kontrak", False),
        ("mendiseminasikan melalui kasus", True),
        edge=LEFT + 41 * CHAR + 10,
    )
    head = "https://ogi.go.id/dokumen-pengadaan-index.php-jasa/d/2021/8-kontrak"
    document = {"melalui", "kasus", "diseminasi", "https://data.go.id/dokumen/8-laporan"}
    deriving = Language(common_words("id"), prefixes=("men", "di"), suffixes=("kan",))
    lexicon = Lexicon(document, cuts_after_words=False, language=deriving)
    assert not broken_inside_word(lines[1], lines[2], LEFT, LEFT + 41 * CHAR + 10, lexicon, head=head)
    listed = Lexicon(document, cuts_after_words=False, language=Language(common_words("id")))
    assert broken_inside_word(lines[1], lines[2], LEFT, LEFT + 41 * CHAR + 10, listed, head=head)

