"""What the document's vocabulary says of the two pieces of a line end (`known_pieces.pieces_read`)."""

from ogi_extract.tables.known_pieces import pieces_read
from ogi_extract.tables.lexicon import Lexicon
from test_tables_word_breaks import CHAR, LEFT, cell

WORDS = {"layanan", "kementerian", "bekerja", "sama", "dengan", "pemerintah", "daerah"}


def read(first: str, second: str, lexicon: Lexicon, *, several: bool = True, fits: bool = False) -> bool | None:
    edge = LEFT + CHAR * len(first) + 0.5  # the first line filled to its edge
    lines = cell((first, False), (second, True), edge=edge)
    head, tail = lines[0].words[-1].text, lines[1].words[0].text
    return pieces_read(lines[0], lines[1], head, tail, lexicon, several=several, fits=fits, edge=edge, after=None)


def test_a_word_the_document_writes_whole_joins_across_the_end() -> None:
    lexicon = Lexicon(WORDS, cuts_after_words=True)
    assert read("layanan Kem", "enterian", lexicon) is True  # "Kementerian", neither piece a word


def test_two_words_of_the_document_end_there() -> None:
    lexicon = Lexicon(WORDS, cuts_after_words=True)
    assert read("dapat bekerja", "sama dengan", lexicon) is False


def test_pieces_that_would_have_fitted_join_only_where_neither_is_a_word() -> None:
    """Where both pieces would have fitted on the line, an engine that moves words whole would have moved
    the word: a known whole joins only from pieces that are no words ("pemerintah" + "daerah" is no cut
    though "pemerintahdaerah" is a run the document knows)."""
    lexicon = Lexicon(WORDS | {"pemerintahdaerah"}, cuts_after_words=True)
    assert read("untuk pemerintah", "daerah", lexicon, fits=True) is False
    assert read("untuk pemerintah", "daerah", lexicon, fits=False) is True


def test_pieces_the_vocabulary_knows_nothing_of_are_left_to_the_letters_and_the_geometry() -> None:
    assert read("kata xyzzy", "plugh", Lexicon(WORDS, cuts_after_words=True)) is None
