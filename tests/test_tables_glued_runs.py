"""Runs of words the author glued: whether a document glues them, and how many words its longest run holds."""

import pytest

from ogi_extract.tables.glued_runs import glued_runs, run_words
from ogi_extract.tables.lexicon import segments

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
