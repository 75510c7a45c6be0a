"""Composed pages to PDF bytes, writing content streams directly.

Each text run becomes one `Tj` (or one `TJ` when justified), so extraction sees the
line's words and its trailing space exactly as drawn. Borders are either thin filled
rectangles (as Word exports them) or stroked lines (as LibreOffice does). Fonts and
the resource dictionary are shared by all pages. Metadata is fixed and no file ID
is generated, so the same layout always gives the same bytes.
"""

from __future__ import annotations

import pymupdf

from . import fonts
from .draw import PageDraw, DrawnRun
from .style import Style

PRODUCER = "ogi-extract synth"
_FIXED_DATE = "D:20220101000000Z"


def write_pdf(pages: list[PageDraw], style: Style, title: str) -> bytes:
    doc = pymupdf.open()
    used = sorted({run.font for page in pages for run in page.runs})
    names = {key: f"F{i + 1}" for i, key in enumerate(used)}
    font_refs = " ".join(f"/{names[key]} {_font_object(doc, key)} 0 R" for key in used)
    resources = doc.get_new_xref()
    doc.update_object(resources, f"<</Font<<{font_refs}>>/ProcSet[/PDF/Text]>>")
    width, height = style.page
    for page in pages:
        pdf_page = doc.new_page(width=width, height=height)
        doc.xref_set_key(pdf_page.xref, "Resources", f"{resources} 0 R")
        content = _new_stream(doc, content_stream(page, style, names))
        doc.xref_set_key(pdf_page.xref, "Contents", f"{content} 0 R")
        for link in page.links:
            pdf_page.insert_link(
                {
                    "kind": pymupdf.LINK_URI,
                    "from": pymupdf.Rect(link.x0, link.y0, link.x1, link.y1),
                    "uri": link.uri,
                }
            )
    doc.set_metadata(
        {
            "title": title,
            "author": "Sekretariat Nasional Open Government Indonesia",
            "subject": "",
            "keywords": "",
            "creator": PRODUCER,
            "producer": PRODUCER,
            "creationDate": _FIXED_DATE,
            "modDate": _FIXED_DATE,
        }
    )
    data = bytes(doc.tobytes(garbage=1, deflate=True, no_new_id=True))
    doc.close()
    return data


def _new_stream(doc: pymupdf.Document, data: bytes, extra: str = "") -> int:
    xref = int(doc.get_new_xref())
    doc.update_object(xref, f"<<{extra}>>")
    doc.update_stream(xref, data)
    return xref


def _font_object(doc: pymupdf.Document, key: str) -> int:
    xref = int(doc.get_new_xref())
    if key != fonts.SYMBOL:
        doc.update_object(xref, fonts.base14_object(key))
        return xref
    program = fonts.symbol_font_program()
    file_xref = _new_stream(doc, program, f"/Length1 {len(program)}")
    descriptor = int(doc.get_new_xref())
    doc.update_object(
        descriptor,
        f"<</Type/FontDescriptor/FontName/{fonts.SYMBOL_NAME}/Flags 4/FontBBox[0 -250 1000 1000]"
        f"/ItalicAngle 0/Ascent 1000/Descent -250/CapHeight 700/StemV 80/FontFile2 {file_xref} 0 R>>",
    )
    to_unicode = _new_stream(doc, fonts.SYMBOL_TO_UNICODE)
    doc.update_object(
        xref,
        f"<</Type/Font/Subtype/TrueType/BaseFont/{fonts.SYMBOL_NAME}/FirstChar 32/LastChar 255"
        f"/Widths[{fonts.symbol_widths()}]/FontDescriptor {descriptor} 0 R/ToUnicode {to_unicode} 0 R>>",
    )
    return xref


def _literal(text: str, font: str) -> bytes:
    raw = fonts.encode(text, font).replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + raw + b")"


def _show(run: DrawnRun) -> bytes:
    """One `Tj`, or a `TJ` whose inner spaces carry the justification gap."""
    if run.word_gap <= 0 or " " not in run.text.rstrip(" "):
        return _literal(run.text, run.font) + b" Tj"
    words = run.text.split(" ")
    items = [w + " " for w in words[:-1]]
    if words[-1]:
        items.append(words[-1])
    shift = f" {-run.word_gap * 1000 / run.size:.1f} ".encode()
    body = shift.join(_literal(item, run.font) for item in items[:-1] if item)
    # The trailing space of the line gets no extra advance.
    return b"[" + body + shift + _literal(items[-1], run.font) + b"] TJ"


def content_stream(page: PageDraw, style: Style, names: dict[str, str]) -> bytes:
    height = style.page[1]
    out: list[bytes] = []
    for shade in page.shades:
        out.append(
            f"{shade.grey:.3f} g {shade.x0:.2f} {height - shade.y1:.2f} "
            f"{shade.x1 - shade.x0:.2f} {shade.y1 - shade.y0:.2f} re f".encode()
        )
    bw = style.border_width
    if page.segments:
        if style.border == "fill":
            out.append(b"0 g")
            for s in page.segments.values():
                x0, x1 = min(s.x0, s.x1) - bw / 2, max(s.x0, s.x1) + bw / 2
                y0, y1 = min(s.y0, s.y1) - bw / 2, max(s.y0, s.y1) + bw / 2
                out.append(f"{x0:.2f} {height - y1:.2f} {x1 - x0:.2f} {y1 - y0:.2f} re f".encode())
        else:
            out.append(f"0 G {bw:.2f} w 0 J".encode())
            for s in page.segments.values():
                out.append(f"{s.x0:.2f} {height - s.y0:.2f} m {s.x1:.2f} {height - s.y1:.2f} l S".encode())
    if page.runs:
        out.append(b"0 g BT")
        state: tuple[str, float] | None = None
        for run in page.runs:
            if state != (run.font, run.size):
                out.append(f"/{names[run.font]} {run.size:g} Tf".encode())
                state = (run.font, run.size)
            out.append(f"1 0 0 1 {run.x:.2f} {height - run.baseline:.2f} Tm ".encode() + _show(run))
        out.append(b"ET")
    return b"\n".join(out) + b"\n"
