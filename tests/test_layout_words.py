"""The shared word rules (layout/words.py), fed glyphs directly: no PDF library involved."""

from __future__ import annotations

import pytest

from ogi_extract.layout.words import (
    ASCENT,
    DESCENT,
    Glyph,
    Run,
    clean_font_name,
    is_bold,
    words_from_runs,
)

SIZE = 10.0
ADVANCE = 5.0  # every test glyph is half an em wide


def glyphs(text: str, x: float, y: float, size: float = SIZE, gaps: dict[int, float] | None = None) -> list[Glyph]:
    """Glyphs of `text` set from x on baseline y; gaps[i] adds space before glyph i."""
    out: list[Glyph] = []
    for i, ch in enumerate(text):
        x += (gaps or {}).get(i, 0.0)
        out.append((ord(ch), 0, (x, y), (x, y - 0.8 * size, x + ADVANCE * size / SIZE, y + 0.2 * size)))
        x += ADVANCE * size / SIZE
    return out


def run(text: str, x: float = 72.0, y: float = 100.0, font: str = "Helvetica", size: float = SIZE, **kw: object) -> Run:
    return Run(font, size, (1.0, 0.0), glyphs(text, x, y, size, **kw))  # type: ignore[arg-type]


def texts(runs: list[Run]) -> list[tuple[str, bool]]:
    return [(w.text, w.space_after) for w in words_from_runs(runs)]


def test_space_glyphs_split_words_and_mark_the_space() -> None:
    assert texts([run("Target B06: teks")]) == [("Target", True), ("B06:", True), ("teks", False)]


def test_trailing_space_at_line_end_is_kept() -> None:
    lines = [run("kata akhir ", y=100), run("baris baru", y=114)]
    assert texts(lines) == [("kata", True), ("akhir", True), ("baris", True), ("baru", False)]


def test_line_broken_inside_a_word_has_no_space_after() -> None:
    lines = [run("Pendamping", y=100), run("an desa", y=114)]
    assert texts(lines) == [("Pendamping", False), ("an", True), ("desa", False)]


@pytest.mark.parametrize(
    ("gap_em", "expected"),
    [
        (0.0, [("abcd", False)]),
        (0.06, [("abcd", False)]),  # kerning-sized gap: still one word
        (0.12, [("ab", True), ("cd", False)]),  # a space TeX squeezed in a justified line ("MA keluarga")
        (0.2, [("ab", True), ("cd", False)]),  # a positioned word gap: split, with a space
        (0.5, [("ab", True), ("cd", False)]),
        (1.5, [("ab", False), ("cd", False)]),  # too wide to be a space (another column)
    ],
)
def test_gap_without_space_glyph(gap_em: float, expected: list[tuple[str, bool]]) -> None:
    assert texts([run("abcd", gaps={2: gap_em * SIZE})]) == expected


def test_positioned_runs_without_spaces_split_like_spaced_text() -> None:
    x = 72.0
    runs = []
    for word in ("Kementerian", "Dalam", "Negeri"):
        runs.append(run(word, x=x))
        x += len(word) * ADVANCE + 0.28 * SIZE
    assert texts(runs) == [("Kementerian", True), ("Dalam", True), ("Negeri", False)]


def test_word_continues_across_runs_of_different_fonts() -> None:
    bold = run("Nilai", font="Arial-BoldMT")
    rest = run(": 100%", x=72.0 + 5 * ADVANCE)
    words = words_from_runs([bold, rest])
    assert [(w.text, w.font, w.bold) for w in words] == [("Nilai:", "Arial-BoldMT", True), ("100%", "Helvetica", False)]


def test_text_drawn_backwards_over_other_text_is_a_separate_word() -> None:
    first = run("penanganan")
    over = run("Pasif", x=80.0)
    words = words_from_runs([first, over])
    assert sorted(w.text for w in words) == ["Pasif", "penanganan"]


def test_overprinted_duplicate_is_kept_once() -> None:
    words = words_from_runs([run("Komitmen 1"), run("Komitmen 1", x=72.3)])
    assert [w.text for w in words] == ["Komitmen", "1"]


def test_lines_group_by_baseline_across_the_page_top_to_bottom() -> None:
    runs = [run("kanan", x=400, y=200), run("bawah", y=300), run("kiri", y=200.5), run("atas", y=100)]
    words = words_from_runs(runs)
    assert [(w.text, w.line) for w in words] == [("atas", 0), ("kiri", 1), ("kanan", 1), ("bawah", 2)]


def test_words_know_their_place_in_the_pages_drawing_order() -> None:
    # read top to bottom, left to right; drawn in another order: two texts at one place keep theirs
    runs = [run("kanan", x=400, y=200), run("bawah", y=300), run("kiri dua", y=200.5), run("atas", y=100)]
    words = words_from_runs(runs)
    order = sorted(words, key=lambda w: w.drawn)
    assert [w.text for w in order] == ["kanan", "bawah", "kiri", "dua", "atas"]
    assert len({w.drawn for w in words}) == len(words) and min(w.drawn for w in words) >= 0


def test_word_box_is_the_em_box_on_the_baseline() -> None:
    (word,) = words_from_runs([run("abc", x=10, y=50)])
    assert word.box.x0 == 10 and word.box.x1 == pytest.approx(10 + 3 * ADVANCE)
    assert word.box.top == pytest.approx(50 - ASCENT * SIZE)
    assert word.box.bottom == pytest.approx(50 + DESCENT * SIZE)
    assert (word.size, word.line) == (SIZE, 0)


def test_vertical_text_forms_words_of_its_own_after_horizontal_lines() -> None:
    up: list[Glyph] = []
    y = 300.0
    for ch in "ab cd":  # drawn upwards, as a label turned 90 degrees
        up.append((ord(ch), 0, (50.0, y), (42.0, y - ADVANCE, 52.0, y)))
        y -= ADVANCE
    words = words_from_runs([Run("Helvetica", SIZE, (0.0, -1.0), up), run("flat", y=500)])
    assert [(w.text, w.line, w.space_after) for w in words] == [("flat", 0, False), ("ab", 1, True), ("cd", 2, False)]
    assert words[1].box.top == pytest.approx(300 - 2 * ADVANCE)


def test_ligatures_and_font_names() -> None:
    (word,) = words_from_runs([Run("ABCDEF+Calibri-Bold", SIZE, (1.0, 0.0), glyphs("\ufb01le", 0, 20))])
    assert word.text == "file"
    assert clean_font_name("ABCDEF+Calibri-Bold") == "Calibri-Bold"
    assert is_bold("Arial,Bold") and is_bold("TimesNewRomanPS-BoldMT") and not is_bold("Calibri")


def test_unmappable_code_points_become_replacement_characters() -> None:
    bad: list[Glyph] = [
        (0x110000, 0, (0.0, 10.0), (0.0, 2.0, 5.0, 12.0)),
        (ord("x"), 0, (5.0, 10.0), (5.0, 2.0, 10.0, 12.0)),
    ]
    (word,) = words_from_runs([Run("F", SIZE, (1.0, 0.0), bad)])
    assert word.text == "\ufffdx"


def ligature_glyphs(parts: list[str], x: float, y: float, size: float = SIZE) -> list[Glyph]:
    """Glyphs as MuPDF's text trace gives them: a glyph of several characters ("ti")
    is its first character with the glyph's full box, then the others with glyph
    id -1 and no width at the same origin."""
    out: list[Glyph] = []
    for part in parts:
        width = ADVANCE * size / SIZE * (1.2 if len(part) > 1 else 1.0)
        out.append((ord(part[0]), 1, (x, y), (x, y - 0.8 * size, x + width, y + 0.2 * size)))
        for ch in part[1:]:
            out.append((ord(ch), -1, (x, y), (x, y - 0.8 * size, x, y + 0.2 * size)))
        x += width
    return out


@pytest.mark.parametrize(
    "parts",
    [
        ["A", "k", "ti", "f"],  # Carlito's "ti" (LibreOffice, Chromium, WeasyPrint)
        ["v", "e", "r", "i", "fi", "k", "a", "s", "i"],  # Latin Modern's "fi" (pdfTeX)
        ["a", "ffi", "r", "m", "a", "s", "i"],  # three characters in one glyph
        ["d", "a", "ft", "a", "r"],  # Typst's "ft"
    ],
)
def test_a_glyph_of_several_characters_is_one_piece_of_its_word(parts: list[str]) -> None:
    (word,) = words_from_runs([Run("Carlito", SIZE, (1.0, 0.0), ligature_glyphs(parts, 72.0, 100.0))])
    assert word.text == "".join(parts)
    assert word.box.x1 == pytest.approx(72.0 + sum(ADVANCE * (1.2 if len(p) > 1 else 1.0) for p in parts))


def test_the_gap_after_a_ligature_is_measured_from_its_full_box() -> None:
    # "Aktif Partisipatif": the space after a word that ends in a ligature, and a
    # positioned word gap (no space glyph) after one, are still one space.
    spaced = ligature_glyphs(["A", "k", "ti", "f", " "], 72.0, 100.0)
    x = spaced[-1][3][2]
    spaced += ligature_glyphs(["P", "a", "r", "ti"], x, 100.0)
    parti_end = spaced[-2][3][2]
    x = parti_end + 0.3 * SIZE
    spaced += ligature_glyphs(["fi", "t", "u", "r"], x, 100.0)
    words = words_from_runs([Run("Carlito", SIZE, (1.0, 0.0), spaced)])
    assert [(w.text, w.space_after) for w in words] == [("Aktif", True), ("Parti", True), ("fitur", False)]
    assert words[1].box.x1 == pytest.approx(parti_end)


def test_a_zero_width_glyph_elsewhere_is_not_taken_for_a_ligature() -> None:
    # A glyph with no width away from the previous origin is an ordinary glyph:
    # the gap before the next one is measured from it.
    gl = glyphs("ab", 72.0, 100.0)
    gl.append((ord("c"), 3, (95.0, 100.0), (95.0, 92.0, 95.0, 102.0)))
    gl += glyphs("d", 95.5, 100.0)
    assert texts([Run("F", SIZE, (1.0, 0.0), gl)]) == [("ab", False), ("cd", False)]


def test_a_soft_hyphen_inside_a_word_was_printed_as_a_hyphen() -> None:
    # Typst writes the author's hyphens as U+00AD once it has hyphenated a word:
    # drawn inside a line, it is a "-"; ending a line it is left to the line joining.
    assert texts([run("hak\u00adhak COVID\u00ad19 infor\u00ad")]) == [
        ("hak-hak", True),
        ("COVID-19", True),
        ("infor\u00ad", False),
    ]


def test_a_soft_hyphen_standing_alone_was_printed_as_a_dash() -> None:
    # A score "-" written U+00AD by a producer that writes every hyphen so:
    # it breaks no word, so it was drawn.
    assert texts([run("Nilai: \u00ad")]) == [("Nilai:", True), ("-", False)]
    # after anything but a letter it breaks no word either: a label and its dash set without a
    # space, a range ending a line ("2019-" + "2021": the author's, as the line joining keeps it)
    assert texts([run("Nilai:\u00ad")]) == [("Nilai:-", False)]
    assert texts([run("tahun 2019\u00ad")]) == [("tahun", True), ("2019-", False)]


def test_a_line_end_hyphen_drawn_apart_still_ends_its_word() -> None:
    # LibreOffice draws its hyphen as a run of its own, 0.11 em after the word.
    assert texts([run("mendor"), run("-", x=72.0 + 6 * ADVANCE + 0.11 * SIZE)]) == [("mendor-", False)]
    # a wider gap before a hyphen is a word gap: "gap - dash"
    assert texts([run("kata"), run("-", x=72.0 + 4 * ADVANCE + 0.3 * SIZE)]) == [("kata", True), ("-", False)]



@pytest.mark.parametrize(
    ("text", "at", "gap_em", "expected"),
    [
        # TeX's squeezed space after a closing quote, kerned by Liberation Serif: "‘juga’ banyak"
        ("‘juga’banyak", 6, 0.0995, [("‘juga’", True), ("banyak", False)]),
        ("(OMS)untuk", 5, 0.07, [("(OMS)", True), ("untuk", False)]),
        # a closing mark followed by punctuation or an apostrophe's letter at kerning distance: one word
        ("“orang”.", 7, 0.01, [("“orang”.", False)]),
        ("Qur’an", 4, 0.01, [("Qur’an", False)]),
        # a closing quote kerned away from the letter before it ("inklusif’"): one word
        ("inklusif’", 8, 0.08, [("inklusif’", False)]),
        # after a letter the limit stays `WORD_GAP`
        ("abcd", 2, 0.0995, [("abcd", False)]),
    ],
)
def test_a_closing_quote_or_bracket_ends_its_word_at_a_narrower_gap(
    text: str, at: int, gap_em: float, expected: list[tuple[str, bool]]
) -> None:
    assert texts([run(text, gaps={at: gap_em * SIZE})]) == expected


@pytest.mark.parametrize(
    ("text", "gap_em", "expected"),
    [
        # Gentium kerns "f" and a closing quote 0.107 em apart, under its own space
        ("“responsif” peristiwa", 0.107, [("“responsif”", True), ("peristiwa", False)]),
        ("‘restoratif’. Lalu", 0.107, [("‘restoratif’.", True), ("Lalu", False)]),
        # two thirds of the font's space (the least TeX leaves of one) is a space
        ("abc ) def", None, [("abc", True), (")", True), ("def", False)]),
        ("kata ”x y", 0.34, [("kata", True), ("”x", True), ("y", False)]),
    ],
)
def test_a_closing_mark_kerned_away_from_its_letter_stays_in_the_word(
    text: str, gap_em: float | None, expected: list[tuple[str, bool]]
) -> None:
    """A gap before a closing mark after a letter is weighed against the font's own space.

    The space glyphs of these runs are half an em wide, so the limit is 0.3 em.
    """
    at = text.index("”" if "”" in text else "’") if gap_em is not None else 0
    assert texts([run(text, gaps={at: (gap_em or 0.0) * SIZE})]) == expected


def test_a_kerned_closing_mark_without_a_known_space_keeps_the_word_gap() -> None:
    """No space glyph in the font's runs: nothing to weigh against, `WORD_GAP` decides."""
    assert texts([run("responsif”", gaps={9: 1.07})]) == [("responsif", True), ("”", False)]


def test_two_letters_kerned_apart_under_half_the_fonts_space_stay_one_word() -> None:
    """Latin Modern Sans Quotation sets "gj" 0.104 em apart, past `WORD_GAP`, where its space is 0.33 em:
    kerning, not a space. The test font's space is half an em, so the limit is a quarter of one."""
    text = "pertanggungjawaban kata"
    at = text.index("j")
    assert texts([run(text, gaps={at: 1.04})]) == [("pertanggungjawaban", True), ("kata", False)]
    # a space squeezed to two thirds of the font's (TeX's least) is a space
    assert [t for t, _ in texts([run(text, gaps={at: 3.3})])] == ["pertanggung", "jawaban", "kata"]
    # no space glyph in the font's runs: `WORD_GAP` decides
    assert [t for t, _ in texts([run("pertanggungjawaban", gaps={at: 1.04})])] == ["pertanggung", "jawaban"]


def test_a_letter_kerned_away_from_a_slash_stays_in_the_word() -> None:
    """Junicode Expanded Semibold kerns "/" and "b" 0.11 em apart ("rapat/berat"), past `WORD_GAP`, under half
    the font's space; Chromium sets the slash and the space in one Type3 subset of the face, "berat" in another."""
    at = "rapat/berat kata".index("b")
    assert [t for t, _ in texts([run("rapat/berat kata", gaps={at: 1.1})])] == ["rapat/berat", "kata"]
    head = run("rapat/", font="T3a")
    x = 72.0 + 6 * ADVANCE + 1.1
    tail = run("berat", x=x, font="T3b")
    space = run(" kata", x=x + 5 * ADVANCE, font="T3a")
    assert [t for t, _ in texts([head, tail, space])] == ["rapat/berat", "kata"]
    # a space's width after the slash is a space
    assert [t for t, _ in texts([run("rapat/berat kata", gaps={at: 3.0})])] == ["rapat/", "berat", "kata"]


def test_a_glyph_kerned_back_under_the_one_before_stays_in_its_word() -> None:
    """Inter Display pulls a full stop 0.03 em under the closing quote before it ("‘lokus’."): a step back that
    small is kerning; a step back of a fifth of an em is a run drawn over the text, a word of its own."""
    assert texts([run("‘lokus’. data", gaps={7: -5.3})]) == [("‘lokus’.", True), ("data", False)]
    assert [t for t, _ in texts([run("‘lokus’. data", gaps={7: -7.0})])] == ["‘lokus’", ".", "data"]


def test_a_word_carries_the_advance_of_its_first_glyph_as_drawn() -> None:
    words = words_from_runs([run("ikan keadilan", size=12.0)])
    assert [w.advance for w in words] == [ADVANCE * 12.0 / SIZE] * 2


def test_a_list_marker_drawn_as_a_run_of_its_own_ends_its_word() -> None:
    """xhtml2pdf draws "1." as a run of its own, 0.095 em before its item's text: under `WORD_GAP`, yet the
    marker is a word; inside one run so close a stop is kerning as before."""
    marker = run("1.")
    item = run("Diantaranya", x=72.0 + 2 * ADVANCE + 0.95)
    assert [t for t, _ in texts([marker, item])] == ["1.", "Diantaranya"]
    assert [t for t, _ in texts([run("1.Diantaranya", gaps={2: 0.95})])] == ["1.Diantaranya"]


def test_a_bullet_is_a_word_of_its_own_however_close_its_text() -> None:
    """xhtml2pdf sets "•" against its item's first letter ("•Umum")."""
    assert [t for t, _ in texts([run("•Umum catatan")])] == ["•", "Umum", "catatan"]


def test_an_o_standing_for_a_bullet_before_a_capital_or_a_bracket_is_a_word_of_its_own() -> None:
    """xhtml2pdf in Helvetica sets the circle marker as the letter "o", against its item ("oPublikasi")."""
    assert [t for t, _ in texts([run("oPublikasi hak-hak")])] == ["o", "Publikasi", "hak-hak"]
    assert [t for t, _ in texts([run("operasional oleh")])] == ["operasional", "oleh"]
    # before an opening bracket or quote too ("o(hadir)"); not inside a word ("foto(1)")
    assert [t for t, _ in texts([run("o(hadir) website")])] == ["o", "(hadir)", "website"]
    assert [t for t, _ in texts([run("o“hadir” website")])] == ["o", "“hadir”", "website"]
    assert [t for t, _ in texts([run("foto(1) website")])] == ["foto(1)", "website"]
