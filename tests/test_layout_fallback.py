"""Words drawn in two faces, each face's glyphs of a line a run of its own (layout/fallback.py)."""

from __future__ import annotations

from ogi_extract.layout.words import Glyph, Run, words_from_runs

SIZE = 10.0
ADVANCE = 5.0
# what the fallback face draws: the main face has no stops, digits or spaces (Karla Tamil Inclined)
FALLBACK = frozenset(". :0123456789/-!")


def split_faces(text: str, x: float, y: float) -> tuple[list[Glyph], list[Glyph]]:
    """The glyphs of `text` set from x on baseline y, parted into the fallback face's and the main face's."""
    fallback: list[Glyph] = []
    main: list[Glyph] = []
    for ch in text:
        glyph: Glyph = (ord(ch), 0, (x, y), (x, y - 0.8 * SIZE, x + ADVANCE, y + 0.2 * SIZE))
        (fallback if ch in FALLBACK else main).append(glyph)
        x += ADVANCE
    return fallback, main


def drawn_by_face(lines: list[str]) -> list[Run]:
    """Each line's fallback glyphs first, then its letters, as LibreOffice draws them."""
    runs: list[Run] = []
    for k, text in enumerate(lines):
        fallback, main = split_faces(text, 72.0, 100.0 + 15.0 * k)
        runs += [Run("KarlaTamilInclined", SIZE, (1.0, 0.0), fallback), Run("NotoSans", SIZE, (1.0, 0.0), main)]
    return runs


def texts(runs: list[Run]) -> list[tuple[str, bool]]:
    return [(w.text, w.space_after) for w in words_from_runs(runs)]


def test_a_stop_drawn_by_the_fallback_face_ends_the_word_it_touches() -> None:
    # "Progres" ends where the stop begins, and the space after the stop is the stop's
    assert texts(drawn_by_face(["Progres. Oleh lebih ", "kata"])) == [
        ("Progres.", True),
        ("Oleh", True),
        ("lebih", True),  # its space drawn with the stops: the line broke between words
        ("kata", False),
    ]


def test_digits_and_marks_between_letters_make_one_word() -> None:
    assert texts(drawn_by_face(["Target B06: SP4N-LAPOR! https://ogi.go.id/d"])) == [
        ("Target", True),
        ("B06:", True),
        ("SP4N-LAPOR!", True),
        ("https://ogi.go.id/d", False),
    ]


def test_a_line_broken_inside_a_word_keeps_no_space() -> None:
    # no space glyph after "penyan" in either face: the line broke inside the word
    assert texts(drawn_by_face(["data penyan", "dang."])) == [("data", True), ("penyan", False), ("dang.", False)]


def test_words_of_one_face_that_touch_are_not_joined() -> None:
    # one face drawn in two runs out of order (text overflowing a cell drawn before it): the
    # drawing order's word ends stand
    a = Run("NotoSans", SIZE, (1.0, 0.0), split_faces("cd", 82.0, 100.0)[1])
    b = Run("NotoSans", SIZE, (1.0, 0.0), split_faces("ab", 72.0, 100.0)[1])
    assert texts([a, b]) == [("ab", False), ("cd", False)]


def test_a_space_of_another_run_away_from_a_word_gives_it_no_space() -> None:
    # a space drawn a glyph's width after "penyan" belongs to no word end
    fallback = [(0x20, 0, (107.0, 100.0), (107.0, 92.0, 109.0, 102.0))]
    main = split_faces("penyan", 72.0, 100.0)[1] + split_faces("dang.", 72.0, 115.0)[1]
    runs = [Run("KarlaTamilInclined", SIZE, (1.0, 0.0), fallback), Run("NotoSans", SIZE, (1.0, 0.0), main)]
    assert texts(runs)[0] == ("penyan", False)


def test_a_bold_word_and_a_regular_one_that_touch_are_not_joined() -> None:
    # Chromium draws the run-over "masyarakat, fokus" over the row's bold label "Target B24:":
    # "fokus" begins 0.1 pt after "B24:" ends; a face falls back to one of its own weight
    def glyphs(text: str, x: float) -> list[Glyph]:
        return [(ord(ch), 0, (x + ADVANCE * k, 100.0), (x + ADVANCE * k, 92.0, x + ADVANCE * (k + 1), 102.0)) for k, ch in enumerate(text)]

    label = Run("LiberationSerif-Bold", SIZE, (1.0, 0.0), glyphs("B24:", 72.0))
    run_over = Run("LiberationSerif", SIZE, (1.0, 0.0), glyphs("fokus", 92.1))
    assert texts([run_over, label]) == [("B24:", False), ("fokus", False)]  # the run-over drawn first
    # the same two in faces of one weight, a fallback's, do join
    fallback = Run("NotoSans-Bold", SIZE, (1.0, 0.0), run_over.glyphs)
    assert texts([fallback, label]) == [("B24:fokus", False)]
