"""Which reading of a run across a line end takes fewer, longer words."""

from ogi_extract.tables.fewer_words import fewer_between, open_ended, reads_between
from ogi_extract.tables.language import Either, common_words
from ogi_extract.tables.lexicon import Lexicon
from ogi_extract.tables.word_breaks import broken_inside_word
from test_tables_word_breaks import CHAR, LEFT, cell


def test_a_run_the_language_reads_in_as_few_words_with_the_end_between_two_keeps_the_break() -> None:
    """ReportLab in DejaVu Sans: "diakses, tahap antar" fills its line, "acara politik" opens the next.
    The document writes "antara" and "cara" but never "acara": to it alone, "antaracara" is a run cut
    inside "antara". The language reads "antar acara", two words either way: the break stands."""
    document = {"antar", "antara", "cara", "tahap", "politik", "diakses", "penandatanganan"}
    language = common_words("id")
    assert reads_between("antar", "acara", frozenset(document), language)
    assert not reads_between("antar", "acara", frozenset(document), frozenset())  # no language named
    # fewer, longer words win: "penandatanganan" + "menindaklanjuti", not three words
    assert not reads_between("penandatangananmenindak", "lanjuti", frozenset(document), language)
    assert not reads_between("menindak", "lanjuti", frozenset(document), language)  # one word of the language
    edge = LEFT + 20 * CHAR + 2
    lines = cell(("diakses, tahap antar", False), ("acara politik", True), edge=edge)
    assert broken_inside_word(lines[0], lines[1], None, edge, Lexicon(document, cuts_after_words=True))
    with_language = Lexicon(document, cuts_after_words=True, language=language)
    assert not broken_inside_word(lines[0], lines[1], None, edge, with_language)


def test_a_run_read_both_ways_counts_its_words_on_each_side_of_the_end() -> None:
    words = frozenset({"mensosialisasikan", "mensosialisasi", "kanwil", "ayah", "wilayah", "per", "tanggung"})
    assert fewer_between("mensosialisasikanwilayah", 17, words)  # two words against three
    assert not fewer_between("mensosialisasikanwilayah", 17, words - {"mensosialisasikan"})  # no reading between
    longer = words | {"pertanggungjawaban", "penyelenggaraan", "jawaban"}
    assert not fewer_between("penyelenggaraanpertanggungjawaban", 18, longer)  # one word across: two against four


def test_a_run_going_on_past_its_line_is_read_in_the_fewer_longer_words() -> None:
    language = common_words("id")
    document = frozenset({"per", "perkara"})
    # "per tanggung jawaban diti…" three words, "pertanggungjawaban diti…" one: the end inside a word
    assert open_ended("pertanggungjawabanditi", 3, Either(document, language), document, language) == (True, False)
    # "pandu andik arena(…)" against "panduan dikarena(…)": the break between words
    assert open_ended("panduandikarena", 7, Either(frozenset(), language), frozenset(), language) == (False, True)
