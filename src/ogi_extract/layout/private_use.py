"""Words whose characters the PDF's text layer does not name: Private Use Area code points.

A font may draw glyphs that have no Unicode value of their own (tabular or
old-style figures, a list marker's alternate digits and full stop, icons). A
producer that must still give them a ToUnicode entry can map them into the
Private Use Area (U+E000-U+F8FF, and the supplementary planes 15 and 16);
Chromium does so for Inter's figures in list markers, so a printed "1." is
in the text layer as U+E072 U+E094. Nothing in the file says which characters
these are: the glyph names are bare glyph numbers and the Type 3 glyphs carry
no font program to ask. Guessing a digit from a code point would be a
hard-coded fact about one font, so such words are read as the file gives
them, and the document says so, once, with the pages and a count
(`warnings`), instead of passing printed codes off as text.

One stretch of the area is named by convention, and is left out of the
warning: a symbol font (Symbol, Wingdings) is encoded at U+F020-U+F0FF, its
code byte plus U+F000, so Word's bullets are U+F0B7 and U+F0A7 in the text
layer of every report it writes, and an edition's grammar names them as
the bullets they are (`bullet_glyphs`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Page, Word
from .visibility import page_ranges


def is_private_use(ch: str) -> bool:
    """Whether a character is a Private Use code point (BMP area or planes 15-16)."""
    code = ord(ch)
    return 0xE000 <= code <= 0xF8FF or 0xF0000 <= code <= 0x10FFFD


def symbol_font_code(ch: str) -> bool:
    """Whether a character is a symbol font's code (U+F020-U+F0FF): a code byte, named by its font."""
    return 0xF020 <= ord(ch) <= 0xF0FF


def carries_private_use(word: Word) -> bool:
    """Whether any character of the word is a Private Use code point that no convention names."""
    return any(is_private_use(ch) and not symbol_font_code(ch) for ch in word.text)


def _page_list(numbers: Sequence[int]) -> str:
    parts = [str(s[0]) if len(s) == 1 else f"{s[0]}-{s[-1]}" for s in page_ranges(numbers)]
    return ("page " if len(numbers) == 1 else "pages ") + ", ".join(parts)


def warnings(pages: Sequence[Page]) -> list[str]:
    """One line for the whole document when words it reads carry Private Use characters, else none."""
    counts = {p.number: sum(1 for w in p.words if carries_private_use(w)) for p in pages}
    found = [n for n, c in counts.items() if c]
    if not found:
        return []
    total = sum(counts.values())
    noun = "word carries" if total == 1 else "words carry"
    return [
        f"{_page_list(found)}: {total} {noun} Private Use Area characters (U+E000-U+F8FF): the PDF's text layer "
        "does not say which characters these glyphs are (a font's alternate figures or symbols, e.g. list "
        "numbers), so they are read as the codes the file gives, not as the printed text"
    ]
