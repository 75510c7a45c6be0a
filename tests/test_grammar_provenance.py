"""A field's provenance: one box per page around its words."""

from ogi_extract.grammar.provenance import pieces_of
from ogi_extract.layout.model import Box, Word


def word(text: str, box: tuple[float, float, float, float], page: int) -> Word:
    w = Word(text, Box(*box), "F", 10, False, 0, True)
    w.page = page
    return w


def test_one_box_per_page_in_page_order() -> None:
    words = [word("b", (50, 700, 80, 710), 2), word("a", (60, 40, 90, 50), 3), word("c", (40, 720, 120, 730.004), 2)]
    pieces = pieces_of(words)
    assert [(p.page, p.box) for p in pieces] == [(2, (40, 700, 120, 730.0)), (3, (60, 40, 90, 50))]


def test_no_words_no_pieces() -> None:
    assert pieces_of([]) == []
