"""Kerning or a space (layout/kerning.py): a gap weighed against the font's own space, fed runs directly."""

from ogi_extract.layout.kerning import KERNED_LETTER, font_space, kerned
from ogi_extract.layout.words import Glyph, Run

SIZE = 10.0


def _run(text: str, font: str = "F", x: float = 72.0, advance: float = 5.0) -> Run:
    glyphs: list[Glyph] = []
    for ch in text:
        glyphs.append((ord(ch), 0, (x, 100.0), (x, 92.0, x + advance, 102.0)))
        x += advance
    return Run(font, SIZE, (1.0, 0.0), glyphs)


def test_the_fonts_space_is_found_in_the_run_or_another_of_its_font_and_size() -> None:
    spaced, plain, other = _run("a b"), _run("ab"), _run("c d", font="G", advance=3.0)
    assert font_space(spaced, [spaced], {}) == 5.0
    assert font_space(plain, [plain, spaced], {}) == 5.0  # a run of the same font and size draws one
    assert font_space(plain, [plain, other], {}) == 0.0  # another font's space tells nothing
    spaces: dict[tuple[str, float], float] = {}
    font_space(plain, [plain], spaces)
    assert spaces == {("F", SIZE): 0.0}  # looked up once a font and size


def test_a_gap_under_a_share_of_the_space_after_a_letter_digit_or_slash_is_kerning() -> None:
    run = _run("a b")
    for prev in "g7/":
        assert kerned(ord(prev), 2.4, KERNED_LETTER, run, [run], {})
        assert not kerned(ord(prev), 2.6, KERNED_LETTER, run, [run], {})  # half the 5 pt space or more: a space
    assert not kerned(ord("."), 1.1, KERNED_LETTER, run, [run], {})  # after a stop: the plain gap rule
    plain = _run("ab")
    assert not kerned(ord("g"), 1.1, KERNED_LETTER, plain, [plain], {})  # no space drawn: nothing to weigh


def test_a_closing_quote_kerned_three_quarters_of_the_space_after_a_letter_joins_its_word() -> None:
    # Junicode Two Beta Condensed Medium (Chromium, WeasyPrint) kerns "f" and "’" 1.84 pt apart at
    # 10.5 pt, its space 2.36 pt: "‘restoratif’", the line holding no other space to weigh it by
    from ogi_extract.layout.kerning import KERNED_CLOSER

    run = _run("a b", advance=2.36)
    assert kerned(ord("f"), 1.84, KERNED_CLOSER, run, [run], {})
    assert not kerned(ord("f"), 2.3, KERNED_CLOSER, run, [run], {})  # a space's width: a space
