"""One way to compare printed labels: the fold every stage uses.

A label is printed as "Semi Aktif", "Semi-Aktif", "Semi‐Aktif" (U+2010),
"Semi – Aktif", "SEMI AKTIF" or "SemiAktif" depending on who typed it and which
font set it; all are one label. Folding drops case, every dash and hyphen
(Unicode's dash punctuation, the soft hyphen and the minus sign) and all spacing,
so the parser, the front matter reader and the audit agree on what a label is.
"""

from __future__ import annotations

import regex

_NOISE = regex.compile(r"[\p{Pd}\u00ad\u2212\s]+")


def fold_label(text: str) -> str:
    """The comparable form of a printed label: "Semi – Aktif" -> "semiaktif"."""
    return _NOISE.sub("", text.casefold())
