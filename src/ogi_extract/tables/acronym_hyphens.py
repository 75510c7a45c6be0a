"""Line-end hyphens between capitals: an acronym the engine hyphenated, or the author's compound of acronyms.

TeX and the engines that hyphenate as it does break an acronym like any
word ("PATTI-" + "RO", "SIRE-" + "KAP"), while the author joins acronyms
with hyphens of their own ("SP4N-LAPOR!", "TII-WVI-INFID") that a narrow
column breaks at. `line_ends.drops_hyphen` weighs the document's words
first; what is left between capitals is weighed here, by the shapes the
engines' rules leave (`lefthyphenmin`, digits counted as no letter, a
syllable opened with a consonant).
"""

from __future__ import annotations

import regex

from .language import known
from .lexicon import VOWELS, Lexicon, lexical

# an acronym: letters and digits, ending in a letter ("DP2KBP", "PER")
_ACRONYM = regex.compile(r"^[\p{L}\p{N}]*\p{L}$")
# a hyphen and a letter of the tail's own: a compound goes on ("TII-" + "WVI-INFID")
_COMPOUND_TAIL = regex.compile(r"[-\u2010\u00ad]\p{L}")


def engine_acronym(stem: str, tail: str, h: str, t: str, lexicon: frozenset[str], full_line: bool) -> bool:
    """Whether a break between capitals ("PER-" + "KI") is the engine's, in a document whose engine hyphenates.

    TeX hyphenates an acronym like any word. The author's compounds of
    acronyms are kept by the evidence before (the hyphenated form written
    inside a line: "TII-WVI"), by fewer than two letters after the head's
    last digit before a word of the document or its language ("SP4N-" +
    "LAPOR!": TeX leaves two letters at least before its hyphen,
    `lefthyphenmin`, and counts a digit as no letter, so "DP2KBP-" + "MD" is
    its break; LibreOffice counts it one, "DP2K-" + "BPMD", no word) and by
    a hyphen and a letter of their own in the tail ("TII-" +
    "WVI-INFID"; "CO-" + "VID-19" is the engine's). A soft hyphen is
    weighed alike ("FI\u00ad" + "TRA"): a producer that writes every hyphen
    so at a line end (Typst) tells the author's from its own no better than
    TeX's hyphen-minus does.
    """
    if not (
        full_line
        and isinstance(lexicon, Lexicon)
        and lexicon.engine_hyphens
        and len(t) >= 2
        and _COMPOUND_TAIL.search(tail) is None
    ):
        return False
    form = lexical(stem)
    if len(h) < 2:
        language = bool(lexicon.language)  # without one, no word to tell: the author's compound
        return language and any(c.isdigit() for c in form) and _ACRONYM.match(form) is not None and not known(t, lexicon)
    if _ACRONYM.match(form) is not None:
        return True
    return _COMPOUND_PART.match(form) is not None and _hyphenated_part(h, t, lexicon)


# An acronym compound of the author's, its last part all letters: "SP4N-LA" (see `_hyphenated_part`).
_COMPOUND_PART = regex.compile(r"^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*-\p{L}+$")


def _hyphenated_part(h: str, t: str, lexicon: Lexicon) -> bool:
    """Whether the break inside an author's acronym compound falls inside its last part: "SP4N-LA-" + "POR!".

    Engines that hyphenate the parts of a compound as words (Typst, CSS)
    break its last part at a syllable, before a consonant, as they open
    syllables with one ("LA-POR", "IN-FID" of "TII-WVI-INFID"); the author's
    own hyphen between two parts may fall before a vowel ("TII-WVI-" +
    "INFID", TeX hyphenating no word with a hyphen of its own). So the
    tail opens with a consonant, and neither side is a word or a piece of
    the document: a part it writes ("WVI", "INFID") is the author's.
    """
    return (
        t[0] not in VOWELS
        and not any(x in lexicon or x in lexicon.pieces for x in (h, t))
    )
