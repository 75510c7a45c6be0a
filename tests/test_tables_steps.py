"""The line steps of a page's texts: the geometry the run-over rules of `overflow` and `run_on` stand on."""

from ogi_extract.layout.model import Box, Word
from ogi_extract.tables.steps import (
    across_rule,
    common_pitch,
    drawn_over,
    first_lines,
    in_space,
    ink_top,
    line_tops,
    on_step,
    own_steps,
    text_steps,
)


def word(text: str, x0: float, top: float, width: float = 30.0, height: float = 12.0) -> Word:
    return Word(text, Box(x0, top, x0 + width, top + height), "F", 10, False, int(top), True)


def column(tops: list[float], x0: float = 50.0) -> list[Word]:
    return [word(f"w{k}", x0, t) for k, t in enumerate(tops)]


def test_line_tops_merge_words_of_one_line_and_the_pitch_is_the_most_common_step() -> None:
    words = [word("a", 50, 100), word("b", 90, 100.5), word("c", 50, 113.5), word("d", 50, 127)]
    assert line_tops(words) == [100, 113.5, 127]
    texts = [column([100, 113.5, 127, 140.5]), column([300, 312.75])]
    assert common_pitch(texts) == 13.5
    assert common_pitch([]) is None


def test_two_texts_drawn_half_a_line_apart_make_no_step_of_the_pitch() -> None:
    # a run-over between the lines of a paragraph (both at 14 pt, 12 pt high words), 7 pt apart,
    # read as one text: its steps of 7 are shorter than its lines, the paragraph below steps 14
    interleaved = column([100 + 7 * k for k in range(8)])
    assert common_pitch([interleaved, column([300 + 14 * k for k in range(3)])]) == 14.0
    assert common_pitch([interleaved]) is None


def test_two_texts_drawn_over_each_other_take_turns_and_each_steps_the_pitch() -> None:
    # a row's label and text (pitch 12) with a run-over drawn 3 pt under each line, words 10 pt
    # high: steps of 3 and 9 in turn; the step beside, in another cell, is 12 as well
    def high(tops: list[float]) -> list[Word]:
        return [word(f"w{k}", 50, t, height=10.0) for k, t in enumerate(tops)]

    interleaved = high([716.34, 719.34, 728.34, 731.34, 740.34])
    assert common_pitch([interleaved, high([716.34, 734.34, 746.34])]) == 12.0
    # a text stepping less than its lines are high is no pair of texts: steps of 7 under 12 pt lines
    assert common_pitch([column([100 + 7 * k for k in range(8)])]) is None


def test_a_texts_own_steps_are_those_near_the_pitch() -> None:
    # Chromium rounds line boxes: 13.5 and now and then 12.75; a paragraph gap of 20 is no line step
    assert own_steps([100, 113.5, 126.25, 146.25], 13.5) == {13.5, 12.75}
    assert own_steps([100, 113.5], None) == set()
    assert text_steps([column([100, 112.75]), column([300, 313.5])], 13.5) == {13.5, 12.75}
    assert on_step(126.4, 113.5, {13.5, 12.75}) and not on_step(126.62, 113.5, {13.5, 12.75})


def test_words_drawn_over_each_other_and_across_a_rule() -> None:
    a, b = Box(50, 100, 80, 112), Box(60, 104, 90, 116)
    assert drawn_over(a, b) and not drawn_over(a, Box(81, 100, 110, 112))
    assert across_rule(a, [106.0]) and not across_rule(a, [100.2, 112.0])


def test_the_heights_a_rows_cells_begin_at_leave_out_a_cell_drawn_over_at_its_top() -> None:
    capaian = [word("Capaian", 161.3, 605.45, 44), word("Target:", 208.6, 605.45, 38), word("Realisasi", 161.3, 618.95)]
    nilai = [word("Nilai:", 445.9, 605.45, 26)]
    # a run-over of the cell above drawn over the cell's own first line: its top says nothing
    covered = [word("sisa", 161.3, 604.7, 40), word("Proses", 161.3, 605.45, 36), word("Kokreasi:", 200.0, 605.45, 44)]
    assert first_lines([capaian, [], nilai, covered]) == (605.45, 605.45)
    assert first_lines([]) == ()


def face(text: str, x0: float, x1: float, top: float, bold: bool, size: float = 11.0) -> Word:
    return Word(text, Box(x0, top, x1, top + 11.0), "Serif-Bold" if bold else "Serif", size, bold, 0, True)


def test_a_word_filling_the_space_of_another_faces_or_heights_line_is_in_its_space() -> None:
    # the run-over's "." (regular, 0.75 pt higher) between the bold label's "Target" and "B12:"
    def face(text: str, x0: float, x1: float, top: float, bold: bool) -> Word:
        return Word(text, Box(x0, top, x1, top + 12.0), "Sans-Bold" if bold else "Sans", 12, bold, int(top), True)

    label = [face("Target", 90.49, 128.95, 221.4, True), face("B12:", 132.07, 157.28, 221.4, True)]
    assert in_space(face(".", 128.88, 132.1, 220.65, False), label)
    assert in_space(face(".", 128.88, 132.1, 221.4, False), label)  # another face at the label's height
    assert in_space(face(".", 128.88, 132.1, 220.65, True), label)  # the label's face on a top of its own
    # a word of the label's line itself, or one leaving a space either side, is not
    assert not in_space(face(".", 128.88, 132.1, 221.4, True), label)
    wide = [face("Target", 90.49, 128.95, 221.4, True), face("B12:", 140.0, 165.2, 221.4, True)]
    assert not in_space(face(".", 132.0, 135.2, 220.65, False), wide)
    # nor one a line lower, under the space
    assert not in_space(face(".", 128.88, 132.1, 235.65, False), label)


def test_a_words_ink_begins_over_its_baseline_by_its_letters() -> None:
    """An em box (10 pt, its baseline 2 pt over its bottom) is taller than any glyph: capitals, figures and
    ascenders reach 0.7 em over the baseline, other small letters 0.5, a dash or a stop alone 0.35."""
    base = 100.0 + 10.0 - 2.0
    assert ink_top(word("Nilai", 0.0, 100.0, height=10.0)) == base - 7.0
    assert ink_top(word("100%", 0.0, 100.0, height=10.0)) == base - 7.0
    assert ink_top(word("an.", 0.0, 100.0, height=10.0)) == base - 5.0
    assert ink_top(word("-", 0.0, 100.0, height=10.0)) == base - 3.5
