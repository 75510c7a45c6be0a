"""Hyphens between capitals at a line end (`tables.acronym_hyphens`): the engine's break or the author's compound."""

from ogi_extract.tables.acronym_hyphens import engine_acronym
from ogi_extract.tables.lexicon import Lexicon

HYPHENATES = Lexicon({"terjadi", "salah"}, engine_hyphens=True, language=frozenset({"lapor"}))


def test_an_acronym_broken_where_the_engine_hyphenates_is_its_break() -> None:
    assert engine_acronym("PATTI", "RO", "patti", "ro", HYPHENATES, True)
    assert engine_acronym("DP2KBP", "MD", "kbp", "md", HYPHENATES, True)  # two letters after the digit
    # no hyphenation seen, a line with room left, a tail of one letter: no evidence of the engine
    assert not engine_acronym("PATTI", "RO", "patti", "ro", Lexicon(HYPHENATES), True)
    assert not engine_acronym("PATTI", "RO", "patti", "ro", HYPHENATES, False)
    assert not engine_acronym("DP2KBPM", "D", "kbpm", "d", HYPHENATES, True)


def test_a_tail_with_a_hyphen_and_a_letter_of_its_own_is_the_authors_compound() -> None:
    assert not engine_acronym("TII", "WVI-INFID", "tii", "wvi", HYPHENATES, True)
    assert engine_acronym("CO", "VID-19", "co", "vid", HYPHENATES, True)  # a digit after its hyphen: the engine's


def test_one_letter_after_a_digit_marks_the_authors_compound_before_a_word() -> None:
    # "SP4N-" + "LAPOR!": "lapor" a word of the language; "DP2K-" + "BPMD" (LibreOffice) none
    assert not engine_acronym("SP4N", "LAPOR!", "n", "lapor", HYPHENATES, True)
    assert engine_acronym("DP2K", "BPMD", "k", "bpmd", HYPHENATES, True)
    assert not engine_acronym("DP2K", "BPMD", "k", "bpmd", Lexicon(HYPHENATES, engine_hyphens=True, language=frozenset()), True)


def test_a_break_inside_the_last_part_of_an_authors_compound_before_a_consonant_is_the_engines() -> None:
    assert engine_acronym("SP4N-LA", "POR!", "la", "por", HYPHENATES, True)
    # a part the document writes is the author's
    pieces = Lexicon(HYPHENATES, engine_hyphens=True, language=frozenset({"lapor"}), pieces={"la"})
    assert not engine_acronym("SP4N-LA", "POR!", "la", "por", pieces, True)
    # before a vowel, the author's hyphen between two parts ("TII-WVI-" + "INFID")
    assert not engine_acronym("TII-WVI", "INFID", "wvi", "infid", HYPHENATES, True)
