"""Private Use Area glyphs named by the PDF's ActualText: the characters a reader sees, restored.

A font's glyphs without a Unicode value of their own (alternate figures in a
list marker) may be mapped into the Private Use Area by the ToUnicode map,
while the content stream names the printed text in a marked-content
`/Span << /ActualText (1) >>` around the glyph (Chromium does so for Inter's
"1." in list markers). The PDF standard makes ActualText the text of what it
wraps. MuPDF's text trace, which the pymupdf backend reads, gives each glyph's
ToUnicode value and ignores ActualText; its structured text (`rawdict`)
replaces a wrapped glyph by the ActualText. So on a page whose trace holds a
Private Use code point, and there only (the structured text costs two to
three times the trace), each such glyph takes the character `rawdict` places
at the same origin, when that character is no Private Use one itself. A
ligature with no Unicode value of its own ("tt", "ft" of Linux Libertine,
which Chromium maps to U+E03C and U+E039) has an ActualText of several
characters: `rawdict` gives the first the glyph's box and the rest no width
at its right edge, and the glyph takes them all, its advance shared among
them, so that no letter of "https" or "draft" is lost. A glyph with no such
counterpart (no ActualText, or one ActualText over several glyphs) keeps its
code point, and the document's warning counts it (`private_use.py`).
"""

from __future__ import annotations

from typing import Any

from .private_use import is_private_use

# Origins within this (points) of each other are the same glyph's.
SAME_ORIGIN = 0.01


def _key(x: float, y: float) -> tuple[int, int]:
    return round(x / SAME_ORIGIN), round(y / SAME_ORIGIN)


def _named(page: Any) -> dict[tuple[int, int], str]:
    """The text of the page's structured text (ActualText applied) by the origin of each glyph.

    A character with no width after another in its span is the rest of that
    glyph's ActualText (a ligature's second letter), not a glyph of its own.
    """
    out: dict[tuple[int, int], str] = {}
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", ()):
            for span in line["spans"]:
                chars = span["chars"]
                i = 0
                while i < len(chars):
                    j = i + 1
                    while j < len(chars) and chars[j]["bbox"][2] - chars[j]["bbox"][0] < SAME_ORIGIN:
                        j += 1
                    out.setdefault(_key(*chars[i]["origin"]), "".join(ch["c"] for ch in chars[i:j]))
                    i = j
    return out


def _spread(c: tuple[Any, ...], text: str) -> list[tuple[Any, ...]]:
    """Trace characters for `text` in the place of the glyph `c`, its advance shared among them."""
    (ox, oy), (x0, y0, x1, y1) = c[2], c[3]
    step = (x1 - x0) / len(text)
    return [
        (ord(ch), *c[1:2], (ox + k * step, oy), (x0 + k * step, y0, x0 + (k + 1) * step, y1), *c[4:])
        for k, ch in enumerate(text)
    ]


def restore(page: Any, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text trace `spans` with Private Use glyphs given the characters their ActualText names."""
    if not any(is_private_use(chr(c[0])) for span in spans for c in span["chars"] if 0 <= c[0] <= 0x10FFFF):
        return spans
    named = _named(page)
    for span in spans:
        chars = span["chars"]
        if not any(0 <= c[0] <= 0x10FFFF and is_private_use(chr(c[0])) for c in chars):
            continue
        fixed = []
        for c in chars:
            if 0 <= c[0] <= 0x10FFFF and is_private_use(chr(c[0])):
                text = named.get(_key(*c[2]), "")
                if text and not any(is_private_use(ch) for ch in text) and text.isprintable() and text.strip() == text:
                    fixed.extend(_spread(c, text))
                    continue
            fixed.append(c)
        span["chars"] = tuple(fixed) if isinstance(chars, tuple) else fixed
    return spans
