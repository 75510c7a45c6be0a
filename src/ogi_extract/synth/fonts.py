"""Font metrics for line breaking and the font resources written into the PDF.

Text fonts are the standard 14 PDF fonts in WinAnsi encoding, with their /Widths
written out from the same integer table the line breaker measures with: every
reader then places glyphs exactly where the layout put them. List bullets use a
tiny symbolic TrueType font whose cmap maps U+F0B7 and U+F0A7 to bullet glyphs,
the way Word embeds Symbol and Wingdings, so extraction yields U+F0B7.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from functools import lru_cache

import pymupdf

ENCODING = "cp1252"  # WinAnsiEncoding for every printable character used

# Short PyMuPDF names of the standard fonts and their PDF base font names.
BASE14: dict[str, str] = {
    "helv": "Helvetica",
    "hebo": "Helvetica-Bold",
    "tiro": "Times-Roman",
    "tibo": "Times-Bold",
    "cour": "Courier",
    "cobo": "Courier-Bold",
}
BOLD: dict[str, str] = {"helv": "hebo", "tiro": "tibo", "cour": "cobo"}
SYMBOL = "symb"  # key of the bullet font
SYMBOL_NAME = "OgiSymbol"
SYMBOL_CODES: dict[str, int] = {"\uf0b7": 0xB7, "\uf0a7": 0xA7}
_SYMBOL_ADVANCE = 460  # 1/1000 em


def _cp1252_char(code: int) -> str | None:
    try:
        return bytes([code]).decode(ENCODING)
    except UnicodeDecodeError:
        return None


@dataclass(slots=True)
class Metrics:
    """Advance widths of one font, indexed by WinAnsi byte, in 1/1000 em."""

    key: str
    widths: tuple[int, ...]
    ascender: float
    descender: float
    _cache: dict[str, int] = field(default_factory=dict)

    def width(self, text: str, size: float) -> float:
        units = self._cache.get(text)
        if units is None:
            units = sum(map(self.widths.__getitem__, encode(text, self.key)))
            if len(self._cache) < 200_000:
                self._cache[text] = units
        return units * size / 1000.0


@lru_cache(maxsize=None)
def metrics(key: str) -> Metrics:
    if key == SYMBOL:
        widths = [0] * 256
        widths[0x20] = 250
        for code in SYMBOL_CODES.values():
            widths[code] = _SYMBOL_ADVANCE
        return Metrics(key, tuple(widths), 1.0, -0.25)
    font = pymupdf.Font(key)
    table = []
    for code in range(256):
        ch = _cp1252_char(code) if code >= 32 else None
        table.append(round(font.glyph_advance(ord(ch)) * 1000) if ch is not None else 0)
    return Metrics(key, tuple(table), font.ascender, font.descender)


def encode(text: str, key: str) -> bytes:
    """The bytes a run of `text` is written with in font `key`."""
    if key == SYMBOL:
        return bytes(SYMBOL_CODES.get(ch, 0x20) for ch in text)
    return text.encode(ENCODING)


def encodable(text: str) -> bool:
    try:
        text.encode(ENCODING)
    except UnicodeEncodeError:
        return False
    return True


def base14_object(key: str) -> str:
    """PDF dictionary of a standard font with explicit widths for codes 32..255."""
    widths = " ".join(str(w) for w in metrics(key).widths[32:])
    return (
        f"<</Type/Font/Subtype/Type1/BaseFont/{BASE14[key]}/Encoding/WinAnsiEncoding"
        f"/FirstChar 32/LastChar 255/Widths[{widths}]>>"
    )


SYMBOL_TO_UNICODE = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<00> <FF>
endcodespacerange
3 beginbfchar
<20> <0020>
<A7> <F0A7>
<B7> <F0B7>
endbfchar
endcmap
CMapName currentdict /CMap defineresource pop
end
end
"""


def symbol_widths() -> str:
    return " ".join(str(w) for w in metrics(SYMBOL).widths[32:])


@lru_cache(maxsize=1)
def symbol_font_program() -> bytes:
    """A symbolic TrueType font: (3,0) cmap with U+F020, U+F0A7 and U+F0B7."""
    try:
        from fontTools.fontBuilder import FontBuilder
        from fontTools.pens.ttGlyphPen import TTGlyphPen
    except ImportError as exc:  # pragma: no cover - dev extra missing
        raise RuntimeError("the synthetic report generator needs fonttools (pip install '.[dev]')") from exc

    def box(x0: int, y0: int, x1: int, y1: int) -> object:
        pen = TTGlyphPen(None)
        pen.moveTo((x0, y0))
        pen.lineTo((x0, y1))
        pen.lineTo((x1, y1))
        pen.lineTo((x1, y0))
        pen.closePath()
        return pen.glyph()

    def disc(cx: int, cy: int, r: int) -> object:
        pen = TTGlyphPen(None)
        n = 8
        off = r / math.cos(math.pi / n)
        pen.moveTo((cx + r, cy))
        for i in range(n):
            mid = 2 * math.pi * (i + 0.5) / n
            end = 2 * math.pi * (i + 1) / n
            pen.qCurveTo(
                (round(cx + off * math.cos(mid)), round(cy + off * math.sin(mid))),
                (round(cx + r * math.cos(end)), round(cy + r * math.sin(end))),
            )
        pen.closePath()
        return pen.glyph()

    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder([".notdef", "space", "bullet", "square"])
    fb.setupCharacterMap({0xF020: "space", 0xF0B7: "bullet", 0xF0A7: "square"})
    fb.setupGlyf(
        {
            ".notdef": box(50, 0, 450, 700),
            "space": TTGlyphPen(None).glyph(),
            "bullet": disc(230, 330, 140),
            "square": box(100, 200, 360, 460),
        }
    )
    fb.setupHorizontalMetrics(
        {
            ".notdef": (500, 50),
            "space": (250, 0),
            "bullet": (_SYMBOL_ADVANCE, 90),
            "square": (_SYMBOL_ADVANCE, 100),
        }
    )
    fb.setupHorizontalHeader(ascent=1000, descent=-250)
    fb.setupNameTable({"familyName": SYMBOL_NAME, "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=1000, usWinDescent=250)
    fb.setupPost()
    cmap = fb.font["cmap"]
    # Symbol fonts carry only a (3,0) subtable: the PDF reader maps code c to 0xF000 + c.
    cmap.tables = [t for t in cmap.tables if t.platformID == 3]
    for table in cmap.tables:
        table.platEncID = 0
    # Fixed timestamps: the same bytes on every run keep the PDF deterministic.
    fb.font["head"].created = 0
    fb.font["head"].modified = 0
    fb.font.recalcTimestamp = False
    out = io.BytesIO()
    fb.save(out)
    return out.getvalue()
