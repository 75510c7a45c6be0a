"""Closing marks kerned away from their word, told by the spaces of their own line."""

from ogi_extract.layout.closers import CLOSER_SHARE, join_kerned_closers
from ogi_extract.layout.model import Box, Word

CHAR = 5.0  # every glyph 5 pt wide


def line(*parts: tuple[str, float], line_id: int = 0) -> list[Word]:
    """Words from x = 100, each followed by the gap given (the last one's is the line's end)."""
    words, x = [], 100.0
    for text, gap in parts:
        words.append(Word(text, Box(x, 92, x + CHAR * len(text), 102), "Junicode", 11, False, line_id, gap > 0))
        x += CHAR * len(text) + gap
    return words


def texts(words: list[Word]) -> list[str]:
    return [w.text for w in words]


def test_a_closing_quote_narrower_from_its_word_than_every_space_of_the_line_joins_it() -> None:
    # Junicode: "”" 1.8 pt after "f", the line's spaces 2.78 pt (0.65 of them)
    words = line(("teknis", 2.78), ("“restoratif", 1.8), ("”", 2.78), ("penegakan", 2.78), ("daerah", 0))
    joined = join_kerned_closers(words)
    assert texts(joined) == ["teknis", "“restoratif”", "penegakan", "daerah"]
    assert joined[1].box.x0 == words[1].box.x0 and joined[1].box.x1 == words[2].box.x1
    assert joined[1].space_after


def test_a_closing_mark_as_far_from_its_word_as_the_line_spaces_its_words_stays_apart() -> None:
    # TeX squeezes every space of a line alike; a justified line stretches them alike
    for space in (1.85, 2.78, 6.0):
        words = line(("teknis", space), ("restoratif", space), ("”", space), ("penegakan", space), ("daerah", 0))
        assert texts(join_kerned_closers(words)) == texts(words)
    just_under = line(("teknis", 3.0), ("restoratif", CLOSER_SHARE * 3.0 + 0.05), ("”", 3.0), ("penegakan", 3.0), ("x", 0))
    assert texts(join_kerned_closers(just_under)) == texts(just_under)


def test_a_line_with_too_few_spaces_to_show_their_width_is_left_as_drawn() -> None:
    words = line(("restoratif", 1.0), ("”", 2.78), ("daerah", 0))
    assert texts(join_kerned_closers(words)) == texts(words)


def test_only_a_closing_mark_after_a_letter_or_digit_joins() -> None:
    words = line(("teknis", 2.78), ("restoratif,", 1.0), ("”", 2.78), ("penegakan", 2.78), ("(", 1.0), ("daerah", 0))
    assert texts(join_kerned_closers(words)) == texts(words)


def test_lines_are_weighed_each_on_their_own_spaces() -> None:
    kerned = line(("teknis", 2.78), ("restoratif", 1.8), ("”", 2.78), ("penegakan", 2.78), ("daerah", 0), line_id=0)
    squeezed = line(("teknis", 1.8), ("restoratif", 1.8), ("”", 1.8), ("penegakan", 1.8), ("daerah", 0), line_id=1)
    assert texts(join_kerned_closers(kerned + squeezed)) == [
        "teknis", "restoratif”", "penegakan", "daerah", "teknis", "restoratif", "”", "penegakan", "daerah",
    ]  # fmt: skip
