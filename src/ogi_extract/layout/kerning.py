"""Kerning or a space: a gap between two glyphs where no space glyph is drawn, weighed against the font's own space.

A gap past `words.WORD_GAP` parts two words where the producer draws no
space, but some faces kern glyphs that far apart inside a word: Gentium
kerns "f" and a closing quote 0.107 em apart ("responsif”"), Latin Modern
Sans Quotation "gj" 0.104 em, Junicode "/" and "b" 0.11 em ("rapat/berat").
Where the font's space is known (a space glyph drawn in a run of that font
and size), such a gap is kerning while it stays under a share of that
space: `KERNED_CLOSER` before a closing mark (Junicode Two Beta Condensed
kerns "f" and "’" 0.78 of its space apart, "‘restoratif’", on a line that
holds no other space for `closers.py` to weigh it by; no author sets a
space before a closing mark, and a producer that draws its spaces widens
them to justify a line, never narrows them), `KERNED_LETTER` before a
letter (TeX squeezes a space to two thirds of its width at most). Without
a space drawn the plain gap rule of `words.py` stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .glyph_text import SPACES

if TYPE_CHECKING:
    from .words import Run

KERNED_CLOSER = 0.85  # of the font's space: the widest gap before a closing mark after a letter (Junicode: 0.78)
# of the font's space: the widest gap a kerning pair opens between two letters (Latin Modern Sans
# Quotation sets "gj" 0.104 em apart, its space 0.33 em; TeX squeezes a space to two thirds at most)
KERNED_LETTER = 0.5
_SLASH = 0x2F


def kerned(
    prev: int,
    gap: float,
    share: float,
    run: Run,
    runs: list[Run],
    spaces: dict[tuple[str, float], float],
    previous: Run | None = None,
) -> bool:
    """Whether a glyph `gap` after the glyph `prev` is kerned to it rather than spaced: closer than `share`
    of the font's space (`font_space` of `run`, or of `previous`, the run of `prev` where the glyph opens
    its own: Chromium sets one face as several Type3 subsets, "/" and " " in one, "b" in another;
    `spaces` keeps what was found, per font and size).

    Only after a letter, a digit or a slash (Junicode kerns "/" and "b" 0.11 em
    apart: "rapat/berat"), and only when the font's space is known.
    """
    if not (chr(prev).isalnum() or prev == _SLASH):
        return False
    for r in (run,) if previous is None else (run, previous):
        width = font_space(r, runs, spaces)
        if width > 0 and gap < share * width:
            return True
    return False


def font_space(run: Run, runs: list[Run], spaces: dict[tuple[str, float], float]) -> float:
    """The advance of a space glyph in this run, else in another run of the same font and size; 0 where none
    is drawn (producers that place each word). Looked up once a font and size (`spaces`)."""
    key = (run.font, run.size)
    if key not in spaces:
        spaces[key] = 0.0
        for r in (run, *runs):
            if r is not run and (r.font != run.font or r.size != run.size):
                continue
            width = next((g[3][2] - g[3][0] for g in r.glyphs if g[0] in SPACES and g[3][2] > g[3][0]), 0.0)
            if width > 0:
                spaces[key] = width
                break
    return spaces[key]
