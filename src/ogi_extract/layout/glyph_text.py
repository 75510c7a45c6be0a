"""The text glyphs print, and what a font's name says: shared by the word rules of `words.py`."""

from __future__ import annotations

import re
from collections.abc import Sequence

SOFT_HYPHEN = "\u00ad"
# Code points that print as a space: a word ends at one (see `words.py`).
SPACES = frozenset([0x09, 0x0A, 0x0D, 0x20, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200C)])
_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
)
_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
_BOLD = re.compile(r"bold|black|heavy|semibold|demibold|demi\b|ultrabold|extrabold", re.IGNORECASE)


def clean_font_name(name: str) -> str:
    """Font name without the subset tag ("ABCDEF+Calibri" -> "Calibri")."""
    return _SUBSET_PREFIX.sub("", name or "")


def is_bold(font: str) -> bool:
    """Bold by the font's name, the only signal both libraries expose alike."""
    return bool(_BOLD.search(font))


def text_of(codes: Sequence[int]) -> str:
    try:
        return "".join(map(chr, codes))
    except (ValueError, OverflowError):
        return "".join(chr(c) if 0 <= c <= 0x10FFFF else "\ufffd" for c in codes)


def printed(text: str) -> str:
    """The characters as printed: ligatures spelled out, a soft hyphen inside a word as "-".

    A soft hyphen is a break the producer may use; only one ending a line is
    drawn, and there the line joining weighs it (`tables.line_ends.drops_hyphen`).
    One with more of its word after it on the same baseline was drawn as a
    hyphen: some producers write every hyphen as U+00AD once they have
    hyphenated a word (Typst: "hak\u00adhak" for "hak-hak"). A word of soft
    hyphens alone broke nothing either: it is a dash standing for a value
    (a score "-"), and neither did one after anything but a letter ("Nilai:-",
    a label and its dash set without a space; "2019-" ending a line before
    "2021"): producers hyphenate words between letters only.
    """
    text = text.translate(_LIGATURES)
    if not text.strip(SOFT_HYPHEN):
        return text.replace(SOFT_HYPHEN, "-")
    if text[-1] == SOFT_HYPHEN and not text[-2].isalpha():
        text = text[:-1] + "-"
    if SOFT_HYPHEN in text[:-1]:
        text = text[:-1].replace(SOFT_HYPHEN, "-") + text[-1]
    return text
