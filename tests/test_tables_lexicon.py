"""The document's vocabulary and what it says about hyphens at line ends (tables/lexicon.py, tables/line_ends.py)."""

from __future__ import annotations

import pytest

from ogi_extract.layout.model import Box, Word
from ogi_extract.tables.language import Language
from ogi_extract.tables.lexicon import Lexicon, lexical, segments
from ogi_extract.tables.vocabulary import _whole_runs, build_lexicon
from ogi_extract.tables.line_ends import broken_run, drops_hyphen
from ogi_extract.tables.word_edges import CUT, boundary_ratio
from ogi_extract.tables.lines import join_lines
from ogi_extract.tables.model import TextLine
from test_tables_word_breaks import CHAR, LEFT, cell  # glyphs 5 pt wide from x = 100, lines 12 pt apart

LEXICON = Lexicon(
    {
        "informasi",
        "kementerian",
        "pembangunan",
        "masing-masing",
        "kokreasi",
        "ko-kreasi",
        "aktif",
        "semi",
        "program",
        "di",
        "kelola",
        "dikelola",
        "kegiatan",
        "lapor",
        "lembaga",
        "kemenkeu",
        "bahan",
        "lingkungan",
        "sosial",
        "ekonomi",
        "ditindaklanjuti",
        "diimplementasikan",
        "tata",
    },
    engine_hyphens=True,
    pieces={"bappenas", "index", "https", "data", "file", "publik", "id"},
)


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("in-", "formasi"),  # the joined word is the document's, the parts are not
        ("Kemente-", "rian"),
        ("Pembangu-", "nan,"),  # punctuation after the tail
        ("KEMENTE-", "RIAN"),  # all capitals: a heading hyphenated
        ("terdise-", "minasi"),  # a rare word, written nowhere else, parts no words either
        ("lingkungan-", "nya"),  # rare, its tail no word
        ("tam-", "bahan"),  # rare, its head no word
        ("infor\u00ad", "masi"),  # a soft hyphen is the producer's own statement
        ("verifi\u00ad", "kasi"),  # even for a word the document writes nowhere else
        ("di-", "kelola"),  # both parts are words too: an Indonesian prefix
        ("Kementerian/Lemba-", "ga"),  # the letters at the break decide
        ("https://pen.kemen\u2010", "keu.go.id"),  # U+2010, a CSS engine's hyphen
        ("https://ogi.bappe-", "nas.go.id/laporan"),  # "bappenas" is a piece of the document's URLs
        ("https://data.go.id/in\u2010", "dex.php/jasa"),
        ("http\u2010", "s://data.go.id"),
        ("https://keuda.kemendagri-", ".go.id/d"),  # nobody hyphenates before a dot
        ("ruang-", "/yakni"),  # or a slash
        ("ditindaklan-", "jutidiimplementasikan"),  # a run of known words, broken inside one
        ("ta-", "ta"),  # a reduplication in form, but the document writes "tata"
    ],
)
def test_the_engines_hyphen_is_dropped(head: str, tail: str) -> None:
    assert drops_hyphen(head, tail, LEXICON)


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("masing-", "masing"),  # reduplication
        ("program-", "program"),
        ("Una-", "Una"),
        ("Semi-", "Aktif"),  # a capital after the hyphen
        ("SP4N-", "LAPOR!"),  # capitals and a digit
        ("TII-", "WVI-INFID"),  # capitals, a hyphen of its own in the tail: an acronym compound
        ("ko-", "kreasi"),  # the document writes the hyphenated form itself
        ("2019-", "2021"),  # digits at the break
        ("COVID-", "19"),
        ("gotong-", "royong"),  # rhyming reduplication, unknown to the document
        ("sayur-", "mayur"),
        ("Kementerian/", "Lembaga"),  # not a hyphen at all
        ("Kemente", "rian"),
        ("program-", "kelola"),  # rare, and both parts are words: kept (the documented limit)
        ("https://antikorupsi.org/id/dokumen-adalah-", "kontrak-publik"),  # inside a URL's path
        ("https://data.go.id/publik-id-", "file"),  # "idfile" is no piece of the document
        ("https://data.go.id/file-", "file-pengadaan"),
        ("sosial-", "ekonomi"),  # a run of two known words, broken between them
        ("TII\u00ad", "WVI-INFID"),  # a soft hyphen in capitals: an acronym compound
        ("Semi\u00ad", "Aktif"),  # the author's hyphen, written U+00AD by the producer
        ("masing\u00ad", "masing"),
        ("ko\u00ad", "kreasi"),
        ("COVID\u00ad", "19"),
    ],
)
def test_the_authors_hyphen_is_kept(head: str, tail: str) -> None:
    assert not drops_hyphen(head, tail, LEXICON)


def test_a_rare_word_on_a_line_that_is_not_full_keeps_its_hyphen() -> None:
    assert drops_hyphen("terdise-", "minasi", LEXICON, full_line=True)
    assert not drops_hyphen("terdise-", "minasi", LEXICON, full_line=False)


def test_a_rare_word_keeps_its_hyphen_where_the_engine_does_not_hyphenate() -> None:
    # Word, LibreOffice, ReportLab: a hyphen at a line end is the author's
    # ("sosial-ekonomi"), unless the vocabulary knows the word whole.
    plain = Lexicon(LEXICON, engine_hyphens=False)
    assert not drops_hyphen("sosial-", "budaya", plain)
    assert drops_hyphen("sosial-", "budaya", LEXICON)  # the documented limit: "budaya" never alone
    assert drops_hyphen("in-", "formasi", plain)


def test_without_a_vocabulary_only_the_soft_hyphen_is_dropped() -> None:
    assert not drops_hyphen("in-", "formasi", None)
    assert drops_hyphen("in\u00ad", "formasi", None)


def _line(texts: list[tuple[str, bool]]) -> TextLine:
    words = [Word(t, Box(10.0 * i, 0, 10.0 * i + 8, 10), "F", 10, False, 0, sp) for i, (t, sp) in enumerate(texts)]
    return TextLine(1, words, Box(0, 0, 10.0 * len(texts), 10))


def test_the_lexicon_holds_words_no_line_break_can_have_cut() -> None:
    lines = [
        _line([("Kemente-", False)]),  # a lone piece: maybe broken
        _line([("rian", True), ("Dalam", True), ("Negeri,", False)]),  # first and unspaced last: maybe broken
        _line([("informasi", True), ("publik", True)]),  # ended by a drawn space: whole
        _line([("pelayanan", True)]),  # after a drawn space: whole
        _line([("kegiatan", True), ("penge", False)]),
        _line([("lolaan", True), ("baru", True)]),  # after a word and no space: maybe a broken word's end
    ]
    lexicon = build_lexicon(lines)
    # "informasi" opens its line after "Negeri,": a comma ends a word.
    assert lexicon == frozenset({"dalam", "publik", "informasi", "pelayanan", "kegiatan", "baru"})
    assert not lexicon.engine_hyphens
    assert lexical("(Kementerian),") == "kementerian"


def test_an_engine_that_hyphenates_is_told_by_its_breaks() -> None:
    whole = _line([("dan", True), ("informasi", True), ("kementerian", True), ("pembangunan", True), ("x", False)])
    broken = [
        _line([("oleh", True), ("in-", False)]),
        _line([("formasi", True), ("Kemente-", False)]),
        _line([("rian", True), ("pemba-", False)]),
        _line([("ngunan", True), ("dan", False)]),
    ]
    assert build_lexicon([whole, *broken]).engine_hyphens
    assert not build_lexicon([whole, *broken[:3]]).engine_hyphens  # two breaks are not enough
    authored = [_line([("masing-", False)]), _line([("masing", True), ("x", False)])] * 3
    assert not build_lexicon([whole, *authored]).engine_hyphens


def test_a_word_in_three_pieces_drops_both_hyphens() -> None:
    lexicon = Lexicon({"kepentingan", "anak"}, engine_hyphens=True)
    assert drops_hyphen("ke-", "penting-", lexicon)
    assert drops_hyphen("kepenting-", "an", lexicon)
    plain = Lexicon(lexicon, engine_hyphens=False)
    assert drops_hyphen("ke-", "penting-", plain)
    assert not drops_hyphen("ke-", "anak-", plain)  # "keanak" begins no known word


def test_long_parts_ending_alike_are_no_rhyming_reduplication() -> None:
    # "-an" ends so many Indonesian words that two long parts ending in it do not rhyme.
    assert drops_hyphen("penandatanganan-", "mengintegrasikan", LEXICON)
    assert drops_hyphen("ditindaklan-", "jutimensosialisasikan", LEXICON)
    assert not drops_hyphen("gotong-", "royong", LEXICON)


def test_a_hyphen_inside_a_host_name_is_the_engines() -> None:
    assert drops_hyphen("https://komisiinfor\u2010", "masi.go.id/8-2021", LEXICON)
    assert drops_hyphen("https://keuda.ke\u2010", "men\u2010", LEXICON)
    assert drops_hyphen("www.anti-", "korupsi.org", LEXICON)
    assert not drops_hyphen("https://data.go.id/datin-", "id", LEXICON)  # in the path: the author's


def test_a_path_piece_ended_by_a_hyphen_inside_its_line_is_whole() -> None:
    # "https://komisiinformasi.go.id/d-id-d-pengadaan" in a narrow column: "d-" + "id-d-" + "pengadaan".
    lexicon = Lexicon({"didukung"}, pieces={"https", "komisiinformasi", "go", "id", "d", "pengadaan"})
    # "id" ends at the hyphen printed inside its line: "did" would have to be a whole piece, not begin one.
    assert not drops_hyphen("https://komisiinformasi.go.id/d-", "id-d-", lexicon)
    # A tail broken again at its own line end may begin a piece ("didu-" + "kung").
    assert drops_hyphen("https://komisiinformasi.go.id/d-", "idu-", lexicon)


def test_a_hyphen_between_two_pieces_of_the_urls_before_a_tail_broken_again_is_the_authors() -> None:
    # "https://keuda.kemendagri.go.id/barang-d-id-2021/datin" in a narrow column: "barang-d-" + "id-" + "2021/…".
    # "did" begins a word of the prose ("didukung"), but "d" and "id" are each a piece of the document's URLs.
    lexicon = Lexicon({"didukung", "https://keuda.go.id/d-index"}, pieces={"barang", "datin"})
    assert not drops_hyphen("https://keuda.kemendagri.go.id/barang-d-", "id-", lexicon)
    # a tail that is no piece of them may be the rest of one ("didu-" + "kung")
    assert drops_hyphen("https://keuda.kemendagri.go.id/barang-d-", "idu-", lexicon)


def test_an_acronym_written_whole_inside_a_compound_drops_the_hyphen() -> None:
    lexicon = Lexicon({"covid-19", "pada"}, engine_hyphens=True)
    assert drops_hyphen("CO-", "VID-19", lexicon)
    assert drops_hyphen("PAN-", "RB", lexicon)  # the engine hyphenates, "PAN-RB" is written nowhere


def test_an_acronym_hyphenated_by_the_engine_loses_the_hyphen() -> None:
    assert drops_hyphen("PATTI-", "RO.", LEXICON)
    assert drops_hyphen("SIRE-", "KAP", LEXICON)
    assert not drops_hyphen("PATTI-", "RO.", Lexicon(LEXICON, engine_hyphens=False))  # Word, LibreOffice
    assert not drops_hyphen("PAN-", "RB", Lexicon(LEXICON | {"pan-rb"}, engine_hyphens=True))  # written so
    assert not drops_hyphen("SP4N-", "LAPOR!", LEXICON)  # one letter after a digit: the author's compound
    assert not drops_hyphen("PATTI-", "RO", LEXICON, full_line=False)
    assert drops_hyphen("CO\u2010", "VID-19", LEXICON)  # a number after the tail's hyphen: no compound


def test_a_break_after_a_known_words_consonant_before_a_vowel_is_the_authors() -> None:
    # TeX and CSS hyphenate "so-si-a-le-ko-no-mi": never "sosial-" + "ekonomi".
    lexicon = Lexicon({"sosial", "informasi"}, engine_hyphens=True, glues=True)
    assert not drops_hyphen("sosial-", "ekonomi", lexicon)
    assert not drops_hyphen("Sosial-", "ekonomi.", lexicon)
    assert drops_hyphen("pemerintah-", "an", Lexicon({"pemerintah"}, engine_hyphens=True))  # a suffix
    assert drops_hyphen("in-", "formasi", lexicon)


def test_a_break_before_a_vowel_inside_a_word_the_language_derives_is_the_engines() -> None:
    # Typst, hyphenating with another language's patterns, breaks "mensosialisas-" + "ikan": the
    # head is no word, the tail one the document writes ("ikan"), but the two are "men" +
    # "sosialisasi" + "kan", a word the language derives from one the document writes; after
    # a word of a glued run too ("mengimplementasi" + "mensosialisas-" + "ikan")
    language = Language(frozenset({"kebijakan", "ekonomi"}), prefixes=("men", "meng"), suffixes=("kan",))
    document = {"ikan", "sosialisasi", "mengimplementasi", "kota", "data"}
    lexicon = Lexicon(document, engine_hyphens=True, language=language)
    assert drops_hyphen("mensosialisas\u00ad", "ikan", lexicon)
    assert drops_hyphen("mengimplementasimensosialisas\u00ad", "ikan", lexicon)
    assert drops_hyphen("mensosialisas-", "ikan", lexicon)
    # without the language's affixes the break after a consonant before a vowel is the author's, as before
    plain = Lexicon(document, engine_hyphens=True)
    assert not drops_hyphen("mensosialisas-", "ikan", plain)
    # a compound of words the language derives nothing from stays the author's ("sosial-" + "ekonomi")
    assert not drops_hyphen("sosial-", "ekonomi", Lexicon({"sosial", "ekonomi"}, engine_hyphens=True, language=language))


def test_long_parts_sharing_a_suffix_are_no_rhyming_reduplication() -> None:
    assert drops_hyphen("mengintegrasikan-", "mendiseminasikan", LEXICON)
    assert not drops_hyphen("tunggang-", "langgang", LEXICON)


def test_a_two_letter_prefix_loses_its_hyphen_even_before_a_known_word() -> None:
    # "di" and "nilai" are both words of the document, but "di" as a word is a
    # preposition written apart, never hyphenated: "di-" + "nilai" is "dinilai".
    lexicon = Lexicon({"di", "nilai", "program", "kelola"}, engine_hyphens=True)
    assert drops_hyphen("di-", "nilai", lexicon)
    assert not drops_hyphen("program-", "kelola", lexicon)


def test_a_hyphen_before_closing_punctuation_is_the_engines() -> None:
    # an engine that took ")." for part of the word "rancangan" broke it there
    lexicon = Lexicon({"rancangan", "program"}, engine_hyphens=True)
    assert drops_hyphen("(rancangan-", ").", lexicon)
    assert drops_hyphen("rancangan-", ",", Lexicon())  # whatever the engine
    assert not drops_hyphen("2019-", ")", lexicon)  # a digit: the author's range left open


def test_a_hyphen_before_one_letter_and_its_closing_mark_is_the_engines() -> None:
    """wkhtmltopdf counted the quote of "‘diaudit’" a letter of the word and left "t’" alone on the next line."""
    lexicon = Lexicon({"program", "kualitas"})
    assert drops_hyphen("‘diaudi-", "t’", lexicon)
    assert drops_hyphen("(dikaji-", "t).", lexicon)
    assert not drops_hyphen("‘diaudi-", "tr’", lexicon)  # two letters: the words decide, as anywhere
    assert not drops_hyphen("(a-", "b)", lexicon)  # one letter before the break too: a range of letters


def test_a_hyphen_after_a_slash_of_prose_is_the_engines() -> None:
    """wkhtmltopdf hyphenates "responsif/buku." after its slash: "responsif/-" fills the line, "buku."
    opens the next. No author writes "/-"; the hyphen goes and the slash compound joins without a
    space, in a document whose engine is seen to hyphenate or not."""
    edge = LEFT + len("open responsif/-") * CHAR + 2
    lines = cell(("open responsif/-", False), ("buku. dan", True), edge=edge)
    lexicon = Lexicon({"open", "responsif", "buku", "dan"})
    assert join_lines(lines, left=LEFT, right=edge, lexicon=lexicon).text == "open responsif/buku. dan"
    assert not drops_hyphen("2021/-", "22", lexicon)  # a digit after it: nothing said


def test_a_three_letter_prefix_that_is_a_word_too_loses_the_engines_hyphen() -> None:
    # TeX hyphenates "per-temuan"; "per" and "temuan" are both words of the
    # document and "pertemuan" is written nowhere else: a run of two words
    # counts only of longer ones, as "sosial-" + "ekonomi" is.
    lexicon = Lexicon({"per", "temuan", "sosial", "ekonomi", "program"}, engine_hyphens=True)
    assert drops_hyphen("per-", "temuan", lexicon)
    assert not drops_hyphen("sosial-", "ekonomi", lexicon)
    assert not drops_hyphen("per-", "temuan", Lexicon(lexicon))  # an engine that never hyphenates: the author's


def test_a_glued_run_of_long_derived_words_broken_between_two_loses_the_hyphen() -> None:
    lexicon = Lexicon({"ditindaklanjuti", "pengimplementasian", "informasi", "program"})
    assert drops_hyphen("menindaklanjuti-", "menindaklanjuti,", lexicon)
    assert drops_hyphen("ditindaklanjuti\u2010", "pengimplementasian", lexicon)
    assert drops_hyphen("penyelenggaraan-", "menyelenggarakan,", lexicon)  # neither written alone
    assert not drops_hyphen("penyelenggaraan-", "Menyelenggarakan", lexicon)  # a capital: the author's
    assert not drops_hyphen("informasi-", "informasi", lexicon)  # reduplication of a base word
    assert not drops_hyphen("program-", "program", lexicon)


def test_a_hyphen_the_engine_keeps_for_its_breaks_is_dropped_whatever_the_letters() -> None:
    # U+2010 ends lines only; the author's hyphen-minus is written inside lines
    whole = _line([("COVID-19", True), ("sosial-ekonomi", True), ("x", False)])
    marked = [_line([("pelaksana\u2010", False)]), _line([("an", True), ("ha\u2010", False)])]
    marked += [_line([("rus", True), ("ba\u2010", False)]), _line([("rang", True), ("x", True)])]
    lexicon = build_lexicon([whole, *marked])
    assert lexicon.engine_marks
    assert drops_hyphen("DP2K\u2010", "BPMD", lexicon)  # a digit in the head proves nothing here
    assert drops_hyphen("CO\u2010", "VID-19", lexicon)
    assert not drops_hyphen("sosial-", "ekonomi", lexicon)  # the author's, in the author's glyph
    # the author's glyph, the line broken after it, even inside a URL of an engine seen to hyphenate
    # URLs ("…/dan-view-" + "kontrak-barang", wkhtmltopdf, its own hyphens "ogi.bappe‐" + "nas")
    lexicon.hyphenates_urls = True
    assert drops_hyphen("https://ogi.bappe\u2010", "nas.go.id/dan-view-", lexicon)
    assert not drops_hyphen("https://ogi.bappenas.go.id/dan-view-", "kontrak-barang", lexicon)
    # written inside a line too, or with no hyphen-minus inside lines to tell the author's: not the engine's mark
    assert not build_lexicon([_line([("pra\u2010kondisi", True), ("x", False)]), whole, *marked]).engine_marks
    assert not build_lexicon(marked).engine_marks


def test_an_acronym_with_a_digit_hyphenated_by_the_engine_loses_the_hyphen() -> None:
    # hyphenation counts no digit as a letter and leaves two letters at least before its hyphen:
    # "DP2KBP-" + "MD" (LibreOffice) is the engine's, "SP4N-" + "LAPOR!" the author's
    assert drops_hyphen("DP2KBP-", "MD", LEXICON)
    assert drops_hyphen("DP2KBP-", "MD.", LEXICON)
    assert not drops_hyphen("SP4N-", "LAPOR!", LEXICON)
    assert not drops_hyphen("DP2KBP-", "MD", Lexicon(LEXICON, engine_hyphens=False))  # no hyphenation seen
    assert not drops_hyphen("DP2KBP-", "MD", LEXICON, full_line=False)
    assert not drops_hyphen("DP2-", "KBPMD", LEXICON)  # a digit at the break: "2019-2021", "COVID-19"
    # one letter after the digit (LibreOffice counts the digit a letter): the author's compound before a
    # word of the document or its language, the engine's before letters no word ("DP2K-" + "BPMD")
    spoken = Lexicon(LEXICON, engine_hyphens=True, language=frozenset({"lapor"}))
    assert drops_hyphen("DP2K-", "BPMD", spoken) and drops_hyphen("DP2K-", "BPMD.", spoken)
    assert not drops_hyphen("SP4N-", "LAPOR!", spoken)
    assert not drops_hyphen("DP2K-", "BPMD", LEXICON)  # no language: nothing tells the letters apart
    # two acronyms the document writes alone, the tail broken again: the author's compound ("TII-WVI-INFID")
    both = Lexicon(LEXICON | {"tii", "wvi"}, engine_hyphens=True, capitals={"tii", "wvi"})
    assert not drops_hyphen("TII-", "WVI-", both) and drops_hyphen("TII-", "WVI-", Lexicon(both, engine_hyphens=True))


def test_an_acronym_broken_at_a_soft_hyphen_is_weighed_as_at_any_hyphen() -> None:
    lexicon = Lexicon({"ikohi", "merupakan"}, engine_hyphens=True)
    assert drops_hyphen("FI\u00ad", "TRA", lexicon)
    assert not drops_hyphen("TII\u00ad", "WVI-INFID", lexicon)  # the author's compound of acronyms


def test_a_line_ending_far_short_of_its_edge_ends_with_a_whole_word() -> None:
    def ending(texts: list[tuple[str, bool]], edge: float, page: int = 1) -> TextLine:
        ln = _line(texts)
        ln.edge, ln.page = edge, page
        return ln

    lines = [
        ending([("sampai", True), ("pelanggaran", False)], 100.0),  # ends at 18, two ems short and more: whole
        ending([("kepada", True), ("bantu", False)], 25.0),  # ends 7 pt short: maybe cut
        ending([("dapat", True), ("pe", False)], 100.0),  # the page's last line: maybe a piece
        ending([("ngimpleme", True), ("ah", False)], 100.0, page=2),
    ]
    lexicon = build_lexicon(lines)
    assert "pelanggaran" in lexicon and "bantu" not in lexicon and "pe" not in lexicon
    assert "ah" in lexicon  # the last line of all: it ends its cell


def test_words_written_in_capitals_only_are_told() -> None:
    lines = [_line([("oleh", True), ("PEN", True), ("dan", True), ("UK", True), ("uk", True), ("x", False)])]
    assert build_lexicon(lines).capitals == frozenset({"pen"})


def test_words_never_written_in_capitals_are_told() -> None:
    lines = [_line([("oleh", True), ("PEN", True), ("Dan", True), ("UK", True), ("uk", True), ("per", True), ("x", False)])]
    assert build_lexicon(lines).lower_only == frozenset({"dan", "per"})  # the first word may be a piece


def _at_edge(texts: list[tuple[str, bool]]) -> TextLine:
    line = _line(texts)
    line.edge = line.words[-1].box.x1 + 1.0  # filled: less than an em left
    return line


def test_an_engine_that_cuts_a_word_after_other_words_is_told_by_its_cuts() -> None:
    """ReportLab fills a line's rest with part of a word ("layanan kem" + "enterian"); CSS moves it whole."""
    whole = _line([("dan", True), ("kementerian", True), ("penandatanganan", True), ("pertanggungjawaban", True)])
    ends = _line([("x", False)])
    cut = [_at_edge([("layanan", True), ("kem", False)]), _line([("enterian", True), ("dan", True)])]
    assert build_lexicon([whole, ends, *cut]).cuts_after_words
    # inside a run of glued words, its last word going on on the line after
    glued = [_at_edge([("data", True), ("penandatangananper", False)]), _line([("tanggungja", False)])]
    assert build_lexicon([whole, ends, *glued]).cuts_after_words
    # two words that end a line at its edge and open the next: no cut
    words = [_at_edge([("layanan", True), ("penyidik", False)]), _line([("menyampaikan", True), ("dan", True)])]
    assert not build_lexicon([whole, ends, *words]).cuts_after_words
    # a piece alone on its line is no cut after other words, however it joins
    alone = [_at_edge([("kem", False)]), _line([("enterian", True), ("dan", True)])]
    assert not build_lexicon([whole, ends, *alone]).cuts_after_words
    # short of the edge: the line ended a word
    short = [_line([("layanan", True), ("kem", False)]), _line([("enterian", True), ("dan", True)])]
    short[0].edge = short[0].words[-1].box.x1 + 30.0
    assert not build_lexicon([whole, ends, *short]).cuts_after_words


def test_a_words_first_letters_alone_after_other_words_tell_an_engine_that_cuts_there() -> None:
    whole = _line([("dan", True), ("perencanaan", True)])
    ends = _line([("x", False)])
    stub = [_at_edge([("layanan", True), ("pe", False)]), _line([("merintahan", True), ("dan", True)])]
    assert build_lexicon([whole, ends, *stub]).cuts_after_words
    acronym = [_at_edge([("layanan", True), ("UU", False)]), _line([("hasil", True), ("dan", True)])]
    assert not build_lexicon([whole, ends, *acronym]).cuts_after_words
    word = [_at_edge([("layanan", True), ("di", False)]), _line([("kelola", True), ("dan", True)])]
    known_di = _line([("x", True), ("di", True), ("x", True)])  # "di" is a word of the document
    assert not build_lexicon([known_di, whole, ends, *word]).cuts_after_words
    # or one of the language's commonest, written nowhere whole in the document ("di" + "terdapat", fpdf2)
    assert build_lexicon([whole, ends, *word]).cuts_after_words
    assert not build_lexicon([whole, ends, *word], Language(shortest=frozenset({"di", "ke"}))).cuts_after_words


def test_a_url_cut_between_letters_after_other_words_tells_an_engine_that_cuts_there() -> None:
    """ReportLab begins a URL too wide for a line on the line's rest: "lihat https://drive.google.com/dati"
    at the edge, "n-informasi" opening the next, "datin" a piece of the document's URLs; so its scheme."""
    whole = _line([("dan", True), ("https://data.go.id/datin-laporan", True), ("lain", True)])
    ends = _line([("x", False)])
    url = [_at_edge([("lihat", True), ("https://drive.google.com/dati", False)]), _line([("n-informasi", True)])]
    assert build_lexicon([whole, ends, *url]).cuts_after_words
    scheme = [_at_edge([("lihat", True), ("http", False)]), _line([("s://drive.google.com", True)])]
    assert build_lexicon([whole, ends, *scheme]).cuts_after_words
    # at a sign, or between letters that join into no piece of its URLs: an engine breaks URLs there too
    for head, tail in (("https://drive.google.com/", "datin"), ("https://drive.google.com/da", "kor")):
        sign = [_at_edge([("lihat", True), (head, False)]), _line([(tail, True)])]
        assert not build_lexicon([whole, ends, *sign]).cuts_after_words, head
    # a URL alone on its line: no cut after other words
    alone = [_at_edge([("https://drive.google.com/dati", False)]), _line([("n-informasi", True)])]
    assert not build_lexicon([whole, ends, *alone]).cuts_after_words


def _roomy(head: str, tail: str, room: float) -> list[TextLine]:
    """"oleh" and `head` on a line whose cell's edge is `room` past the hyphen, then `tail` (8 pt wide)
    opening the next."""
    line, nxt = _line([("oleh", True), (head, False)]), _line([(tail, True), ("x", True)])
    line.edge = line.words[-1].box.x1 + room
    return [line, nxt]


def test_an_engine_that_hyphenates_where_the_words_rest_would_fit_is_told_by_its_breaks() -> None:
    """TeX weighs a whole paragraph and hyphenates "Petu-" + "gas" with room for "gas" left; engines that fill
    lines one by one never do, so two such breaks mark the document (`Lexicon.breaks_early`)."""
    early = [*_roomy("peneliti-", "an", 20.0), *_roomy("pandu-", "an", 9.0)]
    assert build_lexicon(early).breaks_early
    assert not build_lexicon(early[:2]).breaks_early  # one break is not enough
    assert not build_lexicon([*_roomy("peneliti-", "an", 20.0), *_roomy("pandu-", "an", 7.0)]).breaks_early
    # the author's reduplication is no sign
    assert not build_lexicon([*_roomy("masing-", "masing", 20.0), *_roomy("pandu-", "an", 9.0)]).breaks_early


def test_a_rare_word_hyphenated_with_room_left_drops_its_hyphen_where_the_engine_breaks_early() -> None:
    words = {"pidana", "dasar"}
    assert drops_hyphen("Petu-", "gas", Lexicon(words, engine_hyphens=True, breaks_early=True), full_line=False)
    assert not drops_hyphen("Petu-", "gas", Lexicon(words, engine_hyphens=True), full_line=False)


def test_a_hyphen_before_a_closing_bracket_is_the_engines() -> None:
    # WebKit hyphenated "(rancangan)." before its bracket: "(rancangan-" + ")." on the next line
    assert drops_hyphen("(rancangan-", ").", LEXICON)
    assert drops_hyphen("[lampiran-", "]", LEXICON)
    assert not drops_hyphen("(2019-", ").", LEXICON)  # a digit before it: the author's range, left open


def test_prefixes_are_the_same_for_a_lexicon_and_the_equal_plain_set_and_never_stale() -> None:
    from ogi_extract.tables.lexicon import is_prefix, prefixes_of

    words = {"pendampingan", "kementerian"}
    plain, lexicon = frozenset(words), Lexicon(words)
    assert prefixes_of(plain) == prefixes_of(lexicon) == prefixes_of(lexicon)
    assert is_prefix("pendamping", lexicon) and not is_prefix("pendampingan", lexicon)
    for n in range(6):  # more lexicons than the cache holds: each is answered by its own words
        other = Lexicon({f"kata{n}lain"})
        assert is_prefix(f"kata{n}", other) and not is_prefix("pendamping", other)


def _set(texts: list[str], top: float, gap: float, edge: float, page: int = 1) -> TextLine:
    """A line of words 5 pt a glyph at 10 pt from x = 100, `gap` apart, set against `edge`, `top` down the page."""
    words, x = [], 100.0
    for t in texts:
        words.append(Word(t, Box(x, top, x + 5.0 * len(t), top + 10), "F", 10, False, int(top), False))
        x += 5.0 * len(t) + gap
    line = TextLine(page, words, Box(100.0, top, words[-1].box.x1, top + 10))
    line.edge = edge
    return line


def test_a_justified_line_with_room_spread_over_its_spaces_tells_the_long_words_next_to_it() -> None:
    """"portal penyidik aksi APBD pelanggaran" spread 38 pt over its spaces, "penandatanganan" opens the next
    line: a long word the document writes nowhere else but glued, now among its long words only."""
    justified = _set(["portal", "penyidik", "aksi", "APBD", "pelanggaran"], 100.0, 14.0, 0.0)
    justified.edge = justified.words[-1].box.x1  # a justified line reaches its edge: 4 spaces of 14 pt, 9.5 pt too wide
    below = _set(["penandatanganan", "guna", "selesai"], 112.0, 3.0, justified.edge)
    last = _set(["kali"], 124.0, 3.0, justified.edge)
    lexicon = build_lexicon([justified, below, last])
    assert "penandatanganan" in lexicon.long_words and "pelanggaran" not in lexicon.long_words  # eleven letters
    assert "penandatanganan" not in lexicon  # the vocabulary itself stays as its rules were weighed on
    # the spaces of a text font (3 pt at 10 pt), a line on another page or against another edge: nothing told
    natural = _set(["portal", "penyidik", "aksi", "APBD", "pelanggaran"], 100.0, 3.0, 0.0)
    natural.edge = natural.words[-1].box.x1
    assert "penandatanganan" not in build_lexicon([natural, below, last]).long_words
    other_page = _set(["penandatanganan", "guna", "selesai"], 112.0, 3.0, justified.edge, page=2)
    assert "penandatanganan" not in build_lexicon([justified, other_page, last]).long_words
    other_cell = _set(["penandatanganan", "guna", "selesai"], 112.0, 3.0, justified.edge + 40.0)
    assert "penandatanganan" not in build_lexicon([justified, other_cell, last]).long_words


def test_a_ragged_line_ending_two_ems_short_of_its_edge_tells_the_long_word_opening_the_next() -> None:
    """WeasyPrint: "kesehatan" ends its line 44 pt short of the edge, "penandatangananpertanggungjawaban" opens
    the next, moved whole, ending short of its own edge: a glued run the document writes, so it glues."""
    edge = 100.0 + 5.0 * 40
    short = _set(["kesehatan"], 100.0, 3.0, edge)
    run = _set(["penandatangananpertanggungjawaban"], 112.0, 3.0, edge)
    last = _set(["kali"], 124.0, 3.0, edge)
    words = ["kesehatan", "penandatanganan", "pertanggungjawaban", "dan", "kali"]
    inside = _set(words, 136.0, 3.0, edge + 400)  # the run's words seen inside a line of their own
    lexicon = build_lexicon([inside, short, run, last])
    assert "penandatangananpertanggungjawaban" in lexicon.long_words and lexicon.glues
    # a line that filled its edge tells nothing of the next line's first word: it may be a piece
    full = _set(["kesehatan", "data", "dan", "kali", "dua"], 100.0, 3.0, 0.0)
    full.edge = full.words[-1].box.x1 + 2
    run.edge = last.edge = full.edge
    lexicon = build_lexicon([inside, full, run, last])
    assert "penandatangananpertanggungjawaban" not in lexicon.long_words and not lexicon.glues


def test_a_glued_run_cut_inside_its_last_long_word_is_joined() -> None:
    """"Mendiseminasikanpenan" fills its line, "datanganan berbasis" opens the next: neither piece is a word,
    the run ends in "penandatanganan", and the cut falls inside it. Cut exactly between its words, or
    where the tail is a word, it stays ambiguous."""
    lexicon = Lexicon({"berbasis", "penanganan", "dan"}, long_words={"penandatanganan"}, glues=True)
    assert broken_run("mendiseminasikanpenandatanganan", 21, lexicon)
    assert not broken_run("mendiseminasikanpenandatanganan", 16, lexicon)  # between the words
    assert not broken_run("mendiseminasikanpenandatanganan", 29, lexicon)  # "an" is no piece of three letters
    assert not broken_run("mendiseminasikanpenandatangananx", 21, lexicon)  # the run goes on past the word
    edge = LEFT + CHAR * len("Mendiseminasikanpenan") + 3  # 3 pt left: no room for a glyph
    lines = cell(("Mendiseminasikanpenan", False), ("datanganan berbasis", True), edge=edge)
    text = join_lines(lines, left=LEFT, right=edge, lexicon=lexicon).text
    assert text == "Mendiseminasikanpenandatanganan berbasis"


def test_a_glued_run_cut_inside_a_long_word_of_the_language_is_joined() -> None:
    """xhtml2pdf: "mengimplementasipenan" fills its line, "datanganan pengaduan" opens the next. The
    document writes "penandatanganan" nowhere whole; the language does, and neither piece is a word of either."""
    language = frozenset({"penandatanganan", "pengaduan", "penanganan"})
    lexicon = Lexicon({"pengaduan", "yakni"}, glues=True, language=language)
    assert broken_run("mengimplementasipenandatanganan", 21, lexicon)
    assert not broken_run("mengimplementasipenandatanganan", 21, Lexicon(lexicon, glues=True))  # no language
    assert not broken_run("mengimplementasipenandatanganan", 16, lexicon)  # between the words
    # a piece that is a word of the language: the break may fall between two words
    worded = Lexicon(lexicon, glues=True, language=language | {"datanganan"})
    assert not broken_run("mengimplementasipenandatanganan", 21, worded)


def test_glued_runs_seen_next_to_a_justified_line_tell_a_document_that_glues() -> None:
    """A narrow column shows its glued runs of long words mostly at line ends: "pengintegrasianmenggarisbawahi"
    opens a line after one that spread its room over its spaces, and counts with the words seen inside lines."""
    words = _set(["oleh", "pengintegrasian", "menggarisbawahi", "x"], 88.0, 3.0, 0.0)
    words.edge = 1000.0
    justified = _set(["portal", "penyidik", "aksi", "APBD", "pelanggaran"], 100.0, 14.0, 0.0)
    justified.edge = justified.words[-1].box.x1
    glued = _set(["pengintegrasianmenggarisbawahi", "guna"], 112.0, 3.0, justified.edge)
    last = _set(["kali"], 124.0, 3.0, justified.edge)
    assert build_lexicon([words, justified, glued, last]).glues
    natural = _set(["portal", "penyidik", "aksi", "APBD", "pelanggaran"], 100.0, 3.0, 0.0)
    natural.edge = natural.words[-1].box.x1  # the spaces of a text font: the line may have been cut
    assert not build_lexicon([words, natural, glued, last]).glues


def _cells(*texts: tuple[str, str], room: float) -> list:
    """One cell per pair: a line with no space after it, `room` pt short of its edge, and the next line."""
    from ogi_extract.tables.model import Cell, CellPiece

    out = []
    for head, tail in texts:
        edge = LEFT + CHAR * len(head) + room
        lines = cell((head, False), (tail, True), edge=edge)
        out.append(Cell(LEFT, edge, (0, 0), [CellPiece(1, Box(LEFT, 90, edge, 200), lines)]))
    return out


def test_a_producer_leaving_out_spaces_that_would_cross_the_edge_is_told_by_words_it_ends_lines_with() -> None:
    """Full lines with no room for their space, ending on a word of the document before another: the producer
    left the space out (LibreOffice); a line with room for it, or a producer that never shows it, says nothing."""
    from ogi_extract.tables.vocabulary import _drops_crossing_spaces

    known = frozenset({"penilaian", "dalam", "strategi", "awal", "sampai", "penanganan"})
    pairs = (("berekspresi penilaian", "dalam segera"), ("revisi strategi", "awal meliputi"))
    assert _drops_crossing_spaces(_cells(*pairs, room=2), known)  # 2 pt: less than a 5 pt space
    assert not _drops_crossing_spaces(_cells(*pairs, room=7), known)  # room for the space: a cut, not a drop
    assert not _drops_crossing_spaces(_cells(pairs[0], room=2), known)  # one such line is chance
    assert not _drops_crossing_spaces(_cells(*pairs, room=2), known | {"penilaiandalam", "strategiawal"})


def test_a_word_seen_begun_in_one_place_and_ended_in_another_is_whole() -> None:
    """A small report prints many words only next to a line's break: "Segera membantu" ends a line with no
    space (its end unknown), "membantu." opens one after a cut (its start unknown). Both sides seen, the word
    is the document's; a cut piece is seen on one side only ("penge" + "lolaan"), and short ones on both
    ("kan") are left out."""
    lines = [
        _line([("Segera", True), ("membantu", False)]),  # begun after a word, not ended
        _line([("membantu.", True), ("Warga", True), ("penge", False)]),  # ended by its space, not begun
        _line([("lolaan", True), ("baru", True), ("kan", False)]),
        _line([("kan", True), ("dan", True), ("x", False)]),
    ]
    lexicon = build_lexicon(lines)
    assert "membantu" in lexicon
    assert not {"penge", "lolaan", "pengelolaan", "kan"} & lexicon
    assert "membantu" not in build_lexicon(lines[:1] + lines[2:])  # one side only


def test_a_url_cut_at_a_line_end_after_a_sign_shows_its_last_run_whole() -> None:
    """Typst cuts "https://komisiinformasi.go.id/…" after its dot in one cell and as "https://ko" + "misiinform"
    + "asi.go.id/d-" in a narrow one: the first URL shows its host whole before the dot, so the letters of the
    second's pieces begin a piece of the document's URLs."""
    lines = [
        _line([("kepada", True), ("https://komisiinformasi.", False)]),
        _line([("go.id/dan-file", True), ("dan", True), ("https://www.lkp-", False)]),
        _line([("p.go.id/barang", True), ("dan", True)]),
    ]
    lexicon = build_lexicon(lines)
    pieces = lexicon.pieces
    assert {"komisiinformasi", "https", "www", "dan", "file"} <= pieces
    # the runs of their hosts, as far as the lines show them (`Lexicon.hosts`), and not a path's
    assert {"komisiinformasi", "www", "lkp"} <= lexicon.hosts and "file" not in lexicon.hosts
    # a run the cut may have split is no piece: before a hyphen (maybe the engine's), at a line's start
    assert "lkp" not in pieces and "p" not in pieces
    assert _whole_runs("laporan/dokumen-lap", True, True) == ["dokumen"]
    # a line that opens with a sign of the URL opens its first run whole
    assert _whole_runs("/dokumen-laporan", True, True) == ["dokumen"]
    assert _whole_runs("/dokumen-laporan.", True, True) == ["dokumen", "laporan"]


def test_a_compound_whose_head_is_written_nowhere_else_keeps_its_hyphen_before_a_vowel() -> None:
    # LuaLaTeX sets "Sosial-ekonomi" at a line's end, "sosial" written nowhere else in a document that
    # glues words: TeX opens a syllable with the consonant before a vowel ("so-si-a-le-ko-no-mi"), so the
    # break after "sosial", before the known "ekonomi", is the author's hyphen. A prefix is no compound.
    lexicon = Lexicon({"ekonomi", "awasan", "kegiatan", "ditindaklanjuti", "diimplementasikan",
                       "ditindaklanjutidiimplementasikan"}, engine_hyphens=True, glues=True)
    assert not drops_hyphen("Sosial-", "ekonomi", lexicon)
    assert drops_hyphen("peng-", "awasan", lexicon)  # "peng" is no longer than a prefix
    assert drops_hyphen("kegiat-", "an", lexicon)  # a suffix


def test_letters_no_line_end_between_words_shows_tell_an_engine_that_cuts_after_words() -> None:
    """ReportLab cuts "ketenagakerjaan" after "perbaikan kete", a word the document writes nowhere whole:
    no known word joins the pieces, but "te" ends and "na" begins the document's words far less often
    than they sit inside them, which no line end between two words shows. A list marker before the
    piece is no word: Chromium cuts "Pengintegrasian" on a line of its own after its "o" bullet."""
    vocabulary = ["keterbukaan", "ketentuan", "peternakan", "antena", "kenapa", "penanganan", "menanam",
                  "pertemuan", "ditetapkan", "bantuan", "kegiatan", "laporan", "perbaikan", "dan", "pada",
                  "sistem", "hukum", "data", "mitra", "warga", "rapat", "akses", "umum", "pusat", "rumah"]
    whole = _line([(w, True) for w in vocabulary])
    ends = _line([("x", False)])
    known = build_lexicon([whole, ends])
    assert boundary_ratio("kete", "nagakerjaan", known) < CUT
    cut = [_at_edge([("perbaikan", True), ("kete", False)]), _line([("nagakerjaan", True), ("dan", True)])]
    assert build_lexicon([whole, ends, *cut]).cuts_after_words
    bullet = [_at_edge([("o", True), ("kete", False)]), _line([("nagakerjaan", True), ("dan", True)])]
    assert not build_lexicon([whole, ends, *bullet]).cuts_after_words
    # two words of the language the document writes nowhere whole: no sign of a cut, whatever their letters
    # ("adanya" + "anggaran", xhtml2pdf)
    assert boundary_ratio("kete", "nagakerjaan", known) < CUT
    spoken = Language(frozenset({"kete", "nagakerjaan"}))
    assert not build_lexicon([whole, ends, *cut], spoken).cuts_after_words
    assert build_lexicon([whole, ends, *cut], Language(frozenset({"perbaikan"}))).cuts_after_words
