"""Runs of words the author glued: whether a document glues them, and how many words its longest run holds."""

import pytest

from ogi_extract.tables.glued_runs import ending_then_word, glued_runs, run_words
from ogi_extract.tables.lexicon import Lexicon, segments
from ogi_extract.tables.lines import join_lines
from test_tables_word_breaks import CHAR, LEFT, cell
from test_tables_word_edges import WORDS as EDGE_WORDS

WORDS = frozenset({"mengintegrasikan", "dipresentasikan", "integrasi", "presentasi", "di"})


@pytest.mark.parametrize(
    "word, expected",
    [
        ("mengintegrasikandipresentasikan", 2),  # two words of the lexicon glued
        ("integrasipresentasiintegrasi", 3),  # three
        ("mengintegrasikan", 0),  # one word alone is no run
        ("integrasipresentasix", 0),  # a tail that is no word
        ("diintegrasi", 0),  # "di" is shorter than a segment
    ],
)
def test_a_run_of_words_is_told_as_segments_tells_it_with_its_fewest_words(word: str, expected: int) -> None:
    longest = max(map(len, WORDS))
    assert run_words(word, WORDS, longest) == expected
    assert segments(word, 0, WORDS, whole=False)[0] is (expected > 0)


def test_the_fewest_words_read_a_run() -> None:
    # "presentasikan" + "integrasi" or "presentasi" + "kan" + ...: the fewer words win
    words = frozenset({"presentasi", "kan", "presentasikan", "integrasi", "kanintegrasi"})
    assert run_words("presentasikanintegrasi", words, 20) == 2


def test_a_document_glues_when_more_of_its_words_are_runs_than_hyphenated_and_its_longest_run_is_counted() -> None:
    assert glued_runs(WORDS | {"mengintegrasikandipresentasikan"}) == (True, 2)
    assert glued_runs(WORDS | {"mengintegrasikandipresentasikan", "integrasipresentasiintegrasi"}) == (True, 3)
    hyphened = {"integrasi-presentasi", "presentasi-integrasi", "mengintegrasikandipresentasikan"}
    assert glued_runs(WORDS | hyphened) == (False, 2)
    assert glued_runs(WORDS) == (False, 0)


def test_a_document_glues_when_one_of_its_runs_is_longer_than_any_word_of_its_language() -> None:
    # two hyphenated compounds outweigh one run, unless that run is no word of the language for its length
    hyphened = {"integrasi-presentasi", "presentasi-integrasi", "mengintegrasikandipresentasikan"}
    language = frozenset({"mempertanggungjawabkan", "presentasi"})  # 22 letters at most; the run has 31
    assert glued_runs(WORDS | hyphened, language) == (True, 2)
    assert glued_runs(WORDS | hyphened, language | {"x" * 31}) == (False, 2)


def test_a_run_longer_than_any_word_of_the_language_may_be_of_words_the_document_writes_nowhere_whole() -> None:
    # "mempresentasikandipresentasikan" (31 letters): "dipresentasikan" is the language's, seen
    # nowhere whole in the document, which writes one hyphenated compound
    words = frozenset({"mempresentasikan", "sosial-ekonomi", "sosial", "ekonomi", "mempresentasikandipresentasikan"})
    language = frozenset({"mempresentasikan", "dipresentasikan", "mempertanggungjawabkan"})
    assert glued_runs(words, language) == (True, 2)
    assert glued_runs(words, language - {"dipresentasikan"}) == (False, 0)
    # a run as long as a word of the language is no proof: it is weighed as the document's runs are
    assert glued_runs(words, language | {"x" * 31}) == (False, 0)


# A document that writes "terintegrasi" and "menindaklanjuti" whole, and many words in "-ikan" and "-snya".
ENDINGS_DOC = Lexicon(
    set(EDGE_WORDS)
    | {"terintegrasi", "menindaklanjuti", "rekapitulasi", "mensosialisasikan", "dipresentasikan"}
    | {"kapasitasnya", "kualitasnya", "sensitifitas", "menggarisbawahi"}
)


def test_a_tail_that_reads_only_as_an_ending_and_a_long_words_start_went_on_from_the_head() -> None:
    assert ending_then_word("terintegrasi", "kanmenind", ENDINGS_DOC)  # "ikan" ends words, "menind" begins one
    assert ending_then_word("sensitifitas", "nyamenggarisbawahi", ENDINGS_DOC)
    # a tail that begins a word, or is one, is read as it is
    assert not ending_then_word("terintegrasi", "menindaklanjuti", ENDINGS_DOC)
    assert not ending_then_word("terintegrasi", "kapasitasnya", ENDINGS_DOC)
    # the ending must follow the head's last letter in the document's words: "nsi" of "disampaikan" + "si…"
    assert not ending_then_word("disampaikan", "sirekapitu", ENDINGS_DOC)
    # nor a tail that is a word of the language, or an ending of one letter ("Hak" + "skor")
    one_letter = Lexicon(set(ENDINGS_DOC) | {"teks", "kompleks", "koordinasikannya"})
    assert not ending_then_word("hak", "skoordinasik", one_letter)  # "ks" ends two words, "koordinasik" begins one
    assert ending_then_word("terintegrasi", "kankoordinasik", one_letter)
    assert not ending_then_word("hak", "skor", ENDINGS_DOC)
    # the rest may begin a long word of the language the document writes nowhere whole
    assert not ending_then_word("terintegrasi", "kanpertanggungjawa", ENDINGS_DOC)
    with_language = Lexicon(set(ENDINGS_DOC), language=frozenset({"pertanggungjawaban"}))
    assert ending_then_word("terintegrasi", "kanpertanggungjawa", with_language)
    # nor a tail that begins a word of the language: "kinerja" + "diimplementas" ("diimplementasikan")
    spoken = Lexicon(set(ENDINGS_DOC) | {"menjadi", "terjadi", "implementasinya"}, language=frozenset({"diimplementasikan"}))
    assert not ending_then_word("kinerja", "diimplementas", spoken)
    assert ending_then_word("kinerja", "diimplementas", Lexicon(set(spoken)))
    # nor a rest that begins only a short word
    assert not ending_then_word("terintegrasi", "kandata", ENDINGS_DOC)


def test_a_word_whose_ending_opens_the_next_line_glued_to_a_long_word_joins_it() -> None:
    # "terintegrasi" fills a narrow column alone, "kanmenind" fills the next: the line ended inside
    # "terintegrasikan", glued to "menindaklanjuti" ("terintegrasi" + "kanmenind…" in three engines)
    edge = LEFT + 12 * CHAR + 2
    lines = cell(("terintegrasi", False), ("kanmenindakl", False), ("anjuti data", True), edge=edge)
    text = join_lines(lines, left=LEFT, right=edge, lexicon=ENDINGS_DOC).text
    assert text == "terintegrasikanmenindaklanjuti data"
    # an acronym opening the line is no word's rest
    lines = cell(("terintegrasi", False), ("KANMENIND", True), edge=edge)
    assert join_lines(lines, left=LEFT, right=edge, lexicon=ENDINGS_DOC).text == "terintegrasi KANMENIND"
