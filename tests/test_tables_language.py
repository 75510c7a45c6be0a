"""The language's common words, weighed where the document's own words leave a line end open."""

import pytest

from ogi_extract.errors import GrammarError
from ogi_extract.grammar import load_grammar
from ogi_extract.tables.language import (
    MIN_LETTERS,
    by_length,
    common_words,
    Derived,
    Either,
    Language,
    ending_opens,
    hyphen_by_language,
    known,
    reduplication_ends,
    reduplication_opens,
    with_enclitic,
    words_for,
    words_in,
)
from ogi_extract.tables.lexicon import Lexicon
from ogi_extract.tables.line_ends import drops_hyphen
from ogi_extract.tables.readings import cut_inside
from ogi_extract.tables.word_breaks import broken_inside_word
from test_tables_word_breaks import CHAR, LEFT, cell, joined

# A document whose words end and begin with letters other than "n" + "s" and "a" + "s": the letters
# at those line ends look like a cut (`word_edges.boundary_ratio` under `BOUNDARY`).
DOCUMENT = {
    "internal", "data", "kepada", "hanya", "mereka", "kota", "desa", "juga", "pada", "bagi", "untuk", "dalam",
    "pemilu", "lokasi", "lain", "kelola", "akses", "publik", "tata", "kerja", "warga", "regulasi", "pattiro", "hak",
}  # fmt: skip


def test_the_common_words_are_words_not_pieces() -> None:
    words = common_words("id")
    assert {"melaksanakan", "strategi", "permasalahan", "penandatanganan"} <= words
    assert min(map(len, words)) >= MIN_LETTERS - 1  # "kan", "nya", "ter" are pieces as often
    assert not {"kan", "nya", "ter"} & words
    assert words_for(None) == frozenset()
    assert words_for("id") == words
    assert words_for("id", ("nya",)) is words_for("id", ("nya",))  # one set a language: its prefixes built once
    assert words_for(None, ("nya",)).enclitics == ()  # no language, no endings of it


def test_a_word_alone_at_the_edge_before_a_word_of_the_language_ends_there() -> None:
    """"• Melaksanakan" fills its line, then "strategi social." (Chromium, LibreOffice and WeasyPrint in
    Cantarell): "melaksanakan" is written nowhere else in the document, and "n" + "s" begin and end its
    words too seldom, so the letters read a cut word. The language knows both words."""
    edge = LEFT + 12 * CHAR + 2
    lines = (("internal.", True), ("Melaksanakan", False), ("strategi data.", True))
    assert joined(*lines, edge=edge, lexicon=Lexicon(DOCUMENT)) == "internal. Melaksanakanstrategi data."
    with_language = Lexicon(DOCUMENT, language=common_words("id"))
    assert joined(*lines, edge=edge, lexicon=with_language) == "internal. Melaksanakan strategi data."


def test_a_piece_after_other_words_joins_the_next_line_into_a_word_of_the_language_where_the_engine_cuts_after_words() -> None:
    """ReportLab fills a line's rest with part of a word: "hak hanya perma" + "salahan PATTIRO"."""
    edge = LEFT + 15 * CHAR + 2
    lines = cell(("hak hanya perma", False), ("salahan PATTIRO", True), edge=edge)
    language = common_words("id")
    assert not broken_inside_word(lines[0], lines[1], None, edge, Lexicon(DOCUMENT, cuts_after_words=True))
    assert broken_inside_word(lines[0], lines[1], None, edge, Lexicon(DOCUMENT, cuts_after_words=True, language=language))
    # an engine that moves a word too wide for the line's rest never leaves part of it there
    assert not broken_inside_word(
        lines[0], lines[1], None, edge, Lexicon(DOCUMENT, cuts_after_words=False, language=language)
    )


def test_a_grammar_names_its_language_and_an_unknown_one_is_refused(tmp_path) -> None:
    assert load_grammar("monev-2021").language == "id"
    text = load_grammar("monev-2021").path.read_text(encoding="utf-8").replace('language = "id"', 'language = "xx"')
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(GrammarError, match="language"):
        load_grammar(bad)


def test_a_compound_filling_its_line_is_weighed_by_its_last_part() -> None:
    """fpdf2 in DejaVu Sans: "sosial-ekonomi" fills its line, then "sebanyak aspek". The hyphen keeps the
    head from being read as letters; its last part, "ekonomi", is a word of the language, and so is the tail."""
    edge = LEFT + 14 * CHAR + 2
    lines = (("kota", True), ("sosial-ekonomi", False), ("sebanyak data.", True))
    assert joined(*lines, edge=edge, lexicon=Lexicon(DOCUMENT)) == "kota sosial-ekonomisebanyak data."
    with_language = Lexicon(DOCUMENT, language=common_words("id"))
    assert joined(*lines, edge=edge, lexicon=with_language) == "kota sosial-ekonomi sebanyak data."


def test_the_language_tells_the_engine_s_hyphen_from_the_author_s() -> None:
    language = common_words("id")
    assert hyphen_by_language("bagi", "an", language) is True  # "bagian"
    assert hyphen_by_language("sosial", "ekonomi", language) is False  # two words, "sosialekonomi" none
    assert hyphen_by_language("e", "mail", language) is None  # engines leave two letters before their hyphen
    assert hyphen_by_language("masing", "masing", language) is False  # a reduplication kept
    # a tail of one letter is no author's part: Qt WebKit's "platfor-" + "m." joins into a word of the language
    assert hyphen_by_language("platfor", "m", language) is True
    assert hyphen_by_language("sosial", "x", language) is None  # no word joined: nothing told
    # LibreOffice hyphenating "Bagian", where the document writes "bagi" and "an" but never "bagian"; pdfTeX
    # breaking "sosial-ekonomi" at the author's hyphen, neither part written elsewhere
    document = {"bagi", "an", "suatu", "perihal", "publikasi"}
    assert not drops_hyphen("Bagi-", "an", Lexicon(document, engine_hyphens=True))
    assert drops_hyphen("Bagi-", "an", Lexicon(document, engine_hyphens=True, language=language))
    assert drops_hyphen("sosial-", "ekonomi", Lexicon(document, engine_hyphens=True))
    assert not drops_hyphen("sosial-", "ekonomi", Lexicon(document, engine_hyphens=True, language=language))
    # an engine that never hyphenates: the document's evidence alone, as before
    assert not drops_hyphen("Bagi-", "an", Lexicon(document, language=language))
    # a tail broken again is only a word's start ("pengin" is a word of the language too)
    glued = {"ketenagakerjaan", "pengintegrasiannya"}
    assert drops_hyphen("ketenagakerjaan-", "pengin-", Lexicon(glued, engine_hyphens=True, language=language))


def test_a_head_no_word_filling_its_line_goes_on_with_the_rest_of_a_word_of_the_language() -> None:
    """"didiseminasikanter" alone fills its line, "identifikasi dasar" opens the next: "identifikasi" is a word of
    the document, but "ter" + "identifikasi" is the language's "teridentifikasi", and the head is no word."""
    document = frozenset(DOCUMENT | {"didiseminasikan", "identifikasi", "dasar", "meliputi"})
    edge = LEFT + 18 * CHAR + 2
    lines = (("meliputi data,", True), ("didiseminasikanter", False), ("identifikasi dasar", True))
    assert joined(*lines, edge=edge, lexicon=Lexicon(document)) == "meliputi data, didiseminasikanter identifikasi dasar"
    with_language = Lexicon(document, language=common_words("id"))
    assert joined(*lines, edge=edge, lexicon=with_language) == "meliputi data, didiseminasikanteridentifikasi dasar"


def test_a_known_word_alone_on_its_line_goes_on_where_only_a_run_cut_inside_a_word_reads_on() -> None:
    """LibreOffice in Liberation Sans: "1. Terintegrasi" fills its line, "kandidisemi" the next, then
    "nasikan menyampaikan.": the glued "Terintegrasikandidiseminasikan". "Terintegrasi" is a word,
    but "kandidisemi…" begins none; read with the end inside "terintegrasikan", the rest begins
    "didiseminasikan". The line did not break after a whole word."""
    document = Lexicon(
        {"terintegrasi", "terintegrasikan", "didiseminasikan", "menyampaikan", "kualitas"},
        language=common_words("id"),
    )
    edge = LEFT + 15 * CHAR + 1
    lines = (("1. Terintegrasi", False), ("kandidiseminasi", False), ("kan menyampaikan.", True))
    assert joined(*lines, edge=edge, lexicon=document) == "1. Terintegrasikandidiseminasikan menyampaikan."
    # a tail that begins a word of its own: the whole word alone on its line ended there
    lines = (("1. Terintegrasi", False), ("kualitas", False), ("menyampaikan.", True))
    assert joined(*lines, edge=edge, lexicon=document) == "1. Terintegrasi kualitas menyampaikan."


def test_the_most_frequent_words_one_letter_shorter_count_too() -> None:
    """pdfTeX: "…/laporan-article-publik-d-index.php-id" fills its line, "akan rancangan lain" opens the
    next. The document writes "akan" nowhere else, and its letters are in many of its words
    ("kebijakan"): only the language tells it is a word. One in ten thousand words of the language is
    "akan"; the pieces a frequency list holds are rarer, and stay out."""
    words = common_words("id")
    assert {"akan", "atas", "para"} <= words
    assert not {"peng", "meng", "kann"} & words  # pieces of four letters: rarer
    pieces = {"antikorupsi", "org", "article", "publik", "d", "index", "php", "id", "kebijakan"}
    url = "https://www.antikorupsi.org/laporan-article-publik-d-index.php-id"
    lines = ((url, False), ("akan rancangan lain", True))
    edge = LEFT + CHAR * len(url) + 1
    lexicon = Lexicon({"rancangan", "lain", "kebijakan"}, pieces=pieces, engine_hyphens=True, language=words)
    assert joined(*lines, edge=edge, lexicon=lexicon) == f"{url} akan rancangan lain"
    # a head of four letters is no proof of an author's compound: "para-" + "legal" stays undecided
    assert hyphen_by_language("para", "legal", words) is None
    assert hyphen_by_language("sosial", "ekonomi", words) is False


def test_a_word_reads_as_the_fewest_words_of_a_run_itself_left_out() -> None:
    document = frozenset({"teridentifikasi", "ketenagakerjaan", "teridentifikasiketenagakerjaan", "kerja"})
    language = frozenset({"dipresentasikan", "tenaga"})
    assert words_in("teridentifikasiketenagakerjaan", document, language) == 2  # seen whole, still two
    assert words_in("dipresentasikan", document, language) == 1
    assert words_in("mengimplementasi", document, language) == 1  # no word reads it: one
    # cut again at its line's edge, its last letters begin a word: "…ket" + "enagakerjaan"
    assert words_in("teridentifikasiket", document, language) == 1
    assert words_in("teridentifikasiket", document, language, goes_on=True) == 2
    assert words_in("dipresentasikante", document, language, goes_on=True) == 1  # two letters prove nothing
    assert words_in("dipresentasikannya", document | {"dipresentasikannya"}, language, goes_on=True) == 1
    # a long word holds short ones: read as words of twelve letters or more, it is one
    short = frozenset({"penanda", "tanganan", "penandatanganan"})
    assert words_in("penandatanganan", short, language) == 2
    assert words_in("penandatanganan", short, language, shortest=12) == 1
    assert words_in("teridentifikasiketenagakerjaan", document, language, shortest=12) == 2


def test_a_word_longer_than_the_languages_longest_is_a_run_of_one_word_per_that_many_letters() -> None:
    language = frozenset({"mempertanggungjawabkan", "dokumen"})  # 22 letters at most
    assert by_length("mempertanggungjawabkan", language) == 1
    assert by_length("dipresentasikanterintegrasikan", language) == 2  # 30 letters
    assert by_length("dipresentasikanterintegrasikanpenandatangananpengintegras", language) == 3
    assert by_length("apa saja", frozenset()) == 1  # no language: length tells nothing


def test_a_word_with_an_enclitic_of_the_language_is_a_word() -> None:
    # "-nya" goes on any word: "sensitifitasnya" where the document writes "sensitifitas",
    # "teridentifikasinya" where the language lists "teridentifikasi"
    language = Language(frozenset({"teridentifikasi", "sehingga"}), ("nya",))
    lexicon = Lexicon({"sensitifitas", "data"}, language=language)
    assert known("sensitifitasnya", lexicon) and known("teridentifikasinya", lexicon)
    assert not known("datanya", lexicon)  # a stem shorter than MIN_LETTERS: as often a word's piece
    assert not known("diteridentifikasinya", lexicon)
    assert not known("sensitifitasnya", Lexicon({"sensitifitas"}, language=frozenset({"sehingga"})))
    either = Either(lexicon, language)
    assert "sensitifitasnya" in either and "sehingga" in either and "sensitifitasnyaa" not in either
    assert with_enclitic("sehingganya", frozenset(), language)
    # a run read with it: "dipertimbangkan" + "sensitifitasnya", cut inside the second
    assert cut_inside("dipertimbangkansensi", "tifitasnya", Lexicon({"dipertimbangkan", "sensitifitas"}), language) is True


def test_a_tail_opening_with_an_enclitic_goes_with_the_word_before_it() -> None:
    language = Language(frozenset({"nyata", "sehingga"}), ("nya",))
    lexicon = Lexicon({"sensitifitas", "didiseminasikan"}, language=language)
    assert ending_opens("sensitifitas", "nyadidisem", lexicon)
    # the enclitic alone begins "nyata" too: a suffix's piece is the other rules' (`word_breaks`)
    assert not ending_opens("sensitifitas", "nya", lexicon)
    assert not ending_opens("sensitifitas", "nyata", lexicon)  # a word of the language opens so
    assert not ending_opens("sensitifitas", "nyat", lexicon)  # and begins one
    assert not ending_opens("sensitifita", "snyadidisem", lexicon)  # no enclitic opens it
    assert not ending_opens("xyzzyx", "nyadidisem", lexicon)  # the head no word
    assert not ending_opens("sensitifitas", "nyadidisem", Lexicon({"sensitifitas"}, language=frozenset({"nyata"})))
    # a suffix glued to a run that goes on with a word's beginning: "terintegrasi" + "kanmenggarisbawahi"
    spoken = Language(frozenset({"menggarisbawahi", "itu"}), ("nya",), (), ("kan", "an", "i"))
    suffixed = Lexicon({"terintegrasi", "ppid"}, language=spoken)
    assert ending_opens("terintegrasi", "kanmenggarisbawahi", suffixed)
    assert not ending_opens("terintegrasi", "kanxyzzy", suffixed)  # the rest begins no word
    assert not ending_opens("terintegrasi", "ituppid", suffixed)  # a word opens the tail: "itu"
    assert not ending_opens("terintegrasi", "kanmenggarisbawahi", Lexicon({"terintegrasi"}, language=Language(frozenset({"menggarisbawahi"}))))
    # a line filled with the head, then the enclitic and the rest: one word cut (LibreOffice)
    lines = cell(("sensitifitas", False), ("nyadidisem", False), ("inasikan. data", True), edge=LEFT + 12 * CHAR + 3)
    assert broken_inside_word(lines[0], lines[1], LEFT, LEFT + 12 * CHAR + 3, lexicon, after=lines[2])


def test_a_grammar_names_its_enclitics_and_a_malformed_one_is_refused(tmp_path) -> None:
    assert load_grammar("monev-2021").enclitics == ("nya", "lah", "kah")
    assert load_grammar("monev-2022").enclitics == ("nya", "lah", "kah")
    text = load_grammar("monev-2021").path.read_text(encoding="utf-8").replace('"nya",', '"-nya",')
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(GrammarError, match="enclitics"):
        load_grammar(bad)


def test_the_language_derives_words_from_stems_with_its_prefixes_and_suffixes() -> None:
    language = Language(frozenset({"implementasi"}), prefixes=("men", "meng", "di"), suffixes=("kan", "an"))
    derived = Derived(Either(frozenset({"diseminasi"}), language), language)
    assert "mendiseminasikan" in derived  # a prefix and a suffix round the report's stem
    assert "didiseminasikan" in derived and "diseminasikan" in derived and "mengimplementasi" in derived
    assert "diseminasi" in derived and "implementasi" in derived  # the words themselves
    assert "menkasi" not in derived  # a stem shorter than `MIN_LETTERS`: "kasi"
    assert "mendisemixasikan" not in derived
    # a language that names no affixes derives nothing
    plain = Language(frozenset({"implementasi"}))
    assert "mengimplementasi" not in Derived(Either(frozenset(), plain), plain)


def test_a_derived_word_may_carry_an_enclitic_after_its_suffix() -> None:
    # "pengimplementasiansensi" + "tifitasnya": "sensitif" + "-itas" + "-nya", no list holding it
    language = Language(frozenset({"sensitif"}), ("nya",), prefixes=("peng",), suffixes=("an", "itas"))
    derived = Derived(Either(frozenset({"implementasi"}), language), language)
    assert "sensitifitasnya" in derived and "sensitifitas" in derived and "pengimplementasiannya" in derived
    assert "sensitifnya" in derived  # the word with its enclitic, as `Either` holds it
    assert "sensitifitasnyanya" not in derived and "nyasensitifitas" not in derived


def test_a_grammar_names_its_suffixes_and_the_language_carries_them(tmp_path) -> None:
    for edition in ("monev-2021", "monev-2022"):
        g = load_grammar(edition)
        assert set(g.suffixes) == {"kan", "an", "i", "itas"}
        assert words_for(g.language, g.enclitics, g.prefixes, g.suffixes).suffixes == g.suffixes
    text = load_grammar("monev-2021").path.read_text(encoding="utf-8").replace('"kan",', '"-kan",')
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(GrammarError, match="suffixes"):
        load_grammar(bad)


def test_a_grammar_names_its_prefixes_and_the_language_carries_them(tmp_path) -> None:
    for edition in ("monev-2021", "monev-2022"):
        g = load_grammar(edition)
        assert {"men", "meng", "di", "ter", "ke"} <= set(g.prefixes)
        assert words_for(g.language, g.enclitics, g.prefixes).prefixes == g.prefixes
    assert words_for(None, ("nya",), ("men",)).prefixes == ()  # no language, no prefixes of it
    text = load_grammar("monev-2021").path.read_text(encoding="utf-8").replace('"men",', '"men-",')
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(GrammarError, match="prefixes"):
        load_grammar(bad)


def test_a_whole_reduplication_opening_the_next_line_after_a_word_begins_a_word() -> None:
    """"website social pelayanan" filling its line, "hak-hak." on the next (LibreOffice, ReportLab):
    no word goes on into a reduplication, whose first half would take the head's letters ("pelayanan" a
    word of the language the document writes nowhere else)."""
    spoken = Lexicon({"social", "hak"}, language=Language(frozenset({"pelayanan", "bertahun"})))
    assert reduplication_opens("pelayanan", "hak-hak", spoken)
    edge = LEFT + CHAR * len("social pelayanan")  # filled to its last glyph, "pelayananhak-hak." wider
    cut = Lexicon(spoken, cuts_after_words=True, language=spoken.language)
    assert joined(("social pelayanan", False), ("hak-hak. yang", True), edge=edge, lexicon=cut) == (
        "social pelayanan hak-hak. yang"
    )
    # a prefix that goes on into one ("ber" + "tahun-tahun") is no word; halves that differ, a letter
    # alone, a head no word
    assert not reduplication_opens("ber", "tahun-tahun", spoken)
    assert not reduplication_opens("pelayanan", "sosial-ekonomi", spoken)
    assert not reduplication_opens("pelayanan", "a-a", spoken)
    assert not reduplication_opens("pelaya", "nan-nan", spoken)


def test_a_whole_reduplication_after_a_glued_run_ending_in_a_word_begins_a_word() -> None:
    """xhtml2pdf, Times: "dipresentasikanmensosialisasikan" filling its line alone, "hak-hak" on the next.
    The run ends in a word the language derives from "sosialisasi" ("men" + … + "kan"); the letters could
    not go on into the reduplication."""
    language = Language(frozenset({"sosialisasi"}), prefixes=("men", "di"), suffixes=("kan",))
    spoken = Lexicon({"hak"}, language=language)
    assert reduplication_opens("dipresentasikanmensosialisasikan", "hak-hak", spoken)
    assert not reduplication_opens("dipresentasikanmensosialisasikan", "hak-hak", Lexicon({"hak"}))
    assert not reduplication_opens("dipresentasikanmensosialisasi", "kan-kan", Lexicon({"hak"}))


def test_a_whole_reduplication_ends_its_word_unless_an_ending_goes_on_from_it() -> None:
    """"peta hak-hak" filling its line, "ketidaklengkapan" on the next (ReportLab): the halves alike, the
    letters could not go on without unmaking the reduplication; "hak-hak" + "nya" is "hak-haknya"."""
    spoken = Lexicon({"hak"}, language=Language(frozenset({"peta"}), enclitics=("nya",), suffixes=("kan", "an", "i")))
    assert reduplication_ends("hak-hak", "ketidaklengkapan", spoken)
    assert reduplication_ends("program/masing-masing", "kegiatan", spoken)  # after a slash too
    assert not reduplication_ends("hak-hak", "nya", spoken)
    assert not reduplication_ends("hak-hak", "annya", spoken)
    # halves that differ, a letter alone, or a hyphen ending the head: no reduplication
    assert not reduplication_ends("sosial-ekonomi", "kegiatan", spoken)
    assert not reduplication_ends("a-a", "kegiatan", spoken)
    assert not reduplication_ends("hak-", "hak", spoken)
    assert not reduplication_ends("masing-mas", "ing", spoken)


def test_the_languages_commonest_short_words_are_kept_apart() -> None:
    """Words of two letters or fewer as common as "di" and "ke"; pieces of words ("pe", "me") are rarer."""
    from ogi_extract.tables.language import shortest_words, words_for

    short = shortest_words("id")
    assert {"di", "ke"} <= short and not {"pe", "me", "ng"} & short
    assert words_for("id").shortest == short and "di" not in words_for("id")
