"""The bad-input corpus: every kind of broken, hostile or wrong PDF an auditor may be sent.

Each function derives one input from bytes the tests already have (the replica
or a synthetic report) or writes it from nothing, in memory; nothing is
downloaded. Functions are deterministic so a failing case can be rebuilt from
its name alone.
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Sequence
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parent.parent
REPLICA = ROOT / "samples" / "monev-2021" / "monev-2021.pdf"


def replica() -> bytes:
    return REPLICA.read_bytes()


def _open(data: bytes) -> pymupdf.Document:
    return pymupdf.open(stream=data, filetype="pdf")


def random_bytes(seed: int, size: int = 64 * 1024, *, header: bool = False) -> bytes:
    """Noise; with `header`, noise behind a PDF header (a download that is all garbage)."""
    body = random.Random(seed).randbytes(size)
    return b"%PDF-1.7\n" + body if header else body


def truncated(data: bytes, fraction: float) -> bytes:
    """The first `fraction` of the file: an interrupted download."""
    return data[: int(len(data) * fraction)]


def tail_cut(data: bytes, count: int = 100) -> bytes:
    """The file without its last `count` bytes (the trailer and `startxref`)."""
    return data[:-count]


def encrypted(data: bytes, user_pw: str, owner_pw: str = "pemilik") -> bytes:
    """AES-256 encrypted; an empty user password opens without asking (only permissions are set)."""
    return _open(data).tobytes(
        encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=user_pw, owner_pw=owner_pw, permissions=0
    )


def hand_written(objects: Sequence[bytes]) -> bytes:
    """A PDF of the given object bodies (object 1 is the catalog), with a correct xref table.

    For files PyMuPDF will not write, or writes too slowly to be a cheap fixture.
    """
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def zero_pages() -> bytes:
    """A well-formed PDF whose page tree is empty (PyMuPDF will not save one)."""
    return hand_written([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def many_pages(count: int) -> bytes:
    """`count` small pages, the first three with a line of text: cheap to write, costly to read."""
    text = b"BT /F1 10 Tf 20 150 Td (Halaman) Tj ET"
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
    ]
    for i in range(count):
        contents = b" /Contents 4 0 R" if i < 3 else b""
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /Font << /F1 3 0 R >> >>%s >>"
            % contents
        )
    return hand_written(objects)


def scanned(data: bytes, pages: Sequence[int], dpi: int = 40) -> bytes:
    """The given 0-based pages as pictures only: what a scanner hands back."""
    src = _open(data)
    out = pymupdf.open()
    for index in pages:
        page = src[index]
        pix = page.get_pixmap(dpi=dpi)
        new = out.new_page(width=page.rect.width, height=page.rect.height)
        new.insert_image(new.rect, pixmap=pix)
    return out.tobytes(deflate=True)


def select(data: bytes, pages: Sequence[int]) -> bytes:
    """A smaller PDF of the given 0-based pages, in that order, sharing the original's fonts."""
    doc = _open(data)
    doc.select(list(pages))
    return doc.tobytes(garbage=3, deflate=True)


def rotated(data: bytes, rotation: int, pages: Sequence[int] | None = None) -> bytes:
    """Pages turned with /Rotate (a landscape scan setting, a viewer's "rotate and save")."""
    doc = _open(data)
    for index in pages if pages is not None else range(doc.page_count):
        doc[index].set_rotation(rotation)
    return doc.tobytes()


def unrelated_tables(seed: int = 0) -> bytes:
    """A bordered-table PDF that is no monev report: a price list with numbered items."""
    rng = random.Random(seed)
    doc = pymupdf.open()
    for p in range(3):
        page = doc.new_page(width=595, height=842)
        page.insert_text((60, 60), f"Daftar Harga Barang {p + 1}", fontsize=14, fontname="hebo")
        y = 90.0
        for row in range(20):
            cells = [f"Barang {p * 20 + row + 1}", f"Rp {rng.randint(1, 999)}.000", rng.choice(["Ada", "Habis"])]
            x = 60.0
            for width, text in zip((240, 140, 100), cells):
                page.draw_rect(pymupdf.Rect(x, y, x + width, y + 28), color=(0, 0, 0), width=0.5)
                page.insert_text((x + 4, y + 18), text, fontsize=10, fontname="helv")
                x += width
            y += 28
    return doc.tobytes()


def xref_offsets_wrong(data: bytes) -> bytes:
    """Every in-use cross-reference entry pointing at byte 1."""
    return re.sub(rb"\d{10} 00000 n", b"0000000001 00000 n", data)


def xref_deleted(data: bytes) -> bytes:
    """The cross-reference table and trailer cut out, `startxref` pointing at nothing."""
    start = data.rindex(b"\nxref")
    end = data.rindex(b"startxref")
    return data[:start] + b"\n" + data[end:]


def with_javascript_and_attachment(data: bytes) -> bytes:
    """An open action and a link running JavaScript, and an attached executable."""
    doc = _open(data)
    doc.embfile_add("setup.exe", b"MZ" + b"\x90" * 512, filename="setup.exe", desc="attachment")
    catalog = doc.pdf_catalog()
    js = doc.get_new_xref()
    doc.update_object(js, "<< /Type /Action /S /JavaScript /JS (app.alert\\('boom'\\); this.exportDataObject\\({cName: 'setup.exe', nLaunch: 2}\\);) >>")
    doc.xref_set_key(catalog, "OpenAction", f"{js} 0 R")
    page = doc[1]
    page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(10, 10, 60, 30), "uri": "https://example.invalid"})
    annot = page.first_link
    if annot is not None:  # turn the link into a JavaScript link
        doc.xref_set_key(annot.xref, "A", f"{js} 0 R")
    return doc.tobytes()


def compression_bomb(data: bytes, page: int, inflated: int) -> bytes:
    """Page `page`'s content stream replaced by `inflated` bytes of spaces after one line of text.

    Compressed at level 9 the spaces shrink by about 1000:1, so 200 MiB fit in
    about 200 KiB. The stream is written raw with its /Filter so building it
    needs only the compressed bytes plus one zlib buffer.
    """
    doc = _open(data)
    target = doc[page]
    xref = target.get_contents()[0]
    head = b"BT /F1 12 Tf 72 720 Td (bom) Tj ET\n%"
    comp = zlib.compressobj(9)
    parts = [comp.compress(head)]
    chunk = b" " * (1024 * 1024)
    left = inflated
    while left > 0:
        parts.append(comp.compress(chunk[: min(left, len(chunk))]))
        left -= len(chunk)
    parts.append(comp.compress(b"\n"))
    parts.append(comp.flush())
    doc.update_stream(xref, b"".join(parts), compress=False)
    doc.xref_set_key(xref, "Filter", "/FlateDecode")
    return doc.tobytes()


def without_page(data: bytes, page: int) -> bytes:
    """A page (0-based) left out: a report printed or scanned with a sheet missing."""
    doc = _open(data)
    doc.delete_page(page)
    return doc.tobytes(garbage=1)


def with_page_twice(data: bytes, page: int) -> bytes:
    """A page (0-based) followed by a copy of itself: a sheet fed twice."""
    doc = _open(data)
    doc.fullcopy_page(page, page + 1)
    return doc.tobytes()


def garbled_page(data: bytes, page: int) -> bytes:
    """One page's content stream replaced by bytes that are no content-stream syntax."""
    doc = _open(data)
    target = doc[page]
    xrefs = target.get_contents()
    noise = random.Random(page).randbytes(4096)
    doc.update_stream(xrefs[0], b"BT /F1 12 Tf (" + noise + b" ] >> << ET Q Q Q", compress=True)
    for extra in xrefs[1:]:
        doc.update_stream(extra, b"", compress=True)
    return doc.tobytes()


def unreadable_page(data: bytes, page: int) -> bytes:
    """One page whose content stream claims Flate but holds bytes that do not inflate."""
    doc = _open(data)
    target = doc[page]
    xref = target.get_contents()[0]
    doc.update_stream(xref, b"\x00\x01not deflate data" * 64, compress=False)
    doc.xref_set_key(xref, "Filter", "/FlateDecode")
    return doc.tobytes()


def partly_garbled(data: bytes, page: int) -> bytes:
    """One page whose content stream breaks off halfway into bytes that are no content-stream syntax."""
    doc = _open(data)
    target = doc[page]
    xref = target.get_contents()[0]
    content = doc.xref_stream(xref) or b""
    cut = content.rfind(b"ET", 0, len(content) // 2) + 2
    doc.update_stream(xref, content[:cut] + b"\n] >> (unbalanced BT /F9 Tf " + bytes(range(256)), compress=True)
    return doc.tobytes()


def turned_content(data: bytes, page: int, rotate: int = 90) -> bytes:
    """One page's content drawn turned on a page of swapped size: a landscape table placed sideways."""
    src = _open(data)
    out = pymupdf.open()
    for index in range(src.page_count):
        if index == page:
            rect = src[index].rect
            new = out.new_page(width=rect.height, height=rect.width)
            new.show_pdf_page(new.rect, src, index, rotate=rotate)
        else:
            out.insert_pdf(src, from_page=index, to_page=index)
    return out.tobytes(garbage=3, deflate=True)


def many_paths(data: bytes, page: int, count: int) -> bytes:
    """One page with `count` tiny filled rectangles appended: a map drawn path by path, or a hostile page."""
    doc = _open(data)
    xref = doc[page].get_contents()[0]
    content = doc.xref_stream(xref) or b""
    doc.update_stream(xref, content + b"\nq 0 g\n" + b"0 0 1 1 re f\n" * count + b"Q\n", compress=True)
    return doc.tobytes()


def form_drawn_often(data: bytes, page: int, times: int) -> bytes:
    """A small form XObject of a thousand glyphs, drawn `times` times by one page, out of sight.

    A few bytes of content per copy: `times` of 100,000 asks for a hundred
    million glyphs from a file that grows by a few hundred kilobytes.
    """
    doc = _open(data)
    target = doc[page]
    source = pymupdf.open()
    sheet = source.new_page(width=500, height=500)
    for row in range(20):
        sheet.insert_text((10, 20 + 20 * row), "x" * 50, fontsize=8)
    target.show_pdf_page(pymupdf.Rect(-60, -60, -10, -10), source, 0)  # outside the page: draws nothing visible
    name = next(n for _x, n, invoker, _b in target.get_xobjects() if invoker == 0)
    xref = target.get_contents()[-1]
    content = doc.xref_stream(xref) or b""
    doc.update_stream(xref, content + b"\nq\n" + f"/{name} Do\n".encode() * times + b"Q\n", compress=True)
    return doc.tobytes()


def _deflated_zeros(inflated: int, head: bytes = b"") -> bytes:
    """`head` and then `inflated` zero bytes, deflated at level 9 (about 1000:1), built in 1 MiB steps."""
    comp = zlib.compressobj(9)
    parts = [comp.compress(head)]
    chunk = bytes(1024 * 1024)
    left = inflated
    while left > 0:
        parts.append(comp.compress(chunk[: min(left, len(chunk))]))
        left -= len(chunk)
    parts.append(comp.flush())
    return b"".join(parts)


def font_bomb(data: bytes, page: int, inflated: int) -> bytes:
    """The embedded font program of a font page `page` uses replaced by `inflated` bytes that deflate ~1000:1.

    A reader loads a font program whole before it draws a glyph: 1.5 GB from a
    1.5 MB file. The stream is written raw with its /Filter, so building it
    needs only the compressed bytes.
    """
    doc = _open(data)
    for font in doc[page].get_fonts(full=True):
        xref = font[0]
        for key in ("FontDescriptor/FontFile2", "FontDescriptor/FontFile", "FontDescriptor/FontFile3"):
            kind, value = doc.xref_get_key(xref, key)
            if kind == "xref":
                target = int(value.split()[0])
                doc.update_stream(target, _deflated_zeros(inflated, b"\0\1\0\0"), compress=False)
                doc.xref_set_key(target, "Filter", "/FlateDecode")
                return doc.tobytes()
    raise ValueError(f"page {page} uses no simple font with an embedded program")


def _cell_words(data: bytes, page: int) -> tuple[pymupdf.Rect, str]:
    """A place inside a table cell of page `page` (0-based) with room for a word, and its text."""
    doc = _open(data)
    words = doc[page].get_text("words")
    x0, y0, x1, y1, text = max(words[len(words) // 2 : len(words) // 2 + 40], key=lambda w: w[2] - w[0])[:5]
    return pymupdf.Rect(x0, y0, x1, y1), text


def with_hidden_text(data: bytes, page: int, how: str, text: str = "PALSU 999%") -> bytes:
    """Words a reader does not see, written over the middle of page `page` (0-based).

    `how`: "invisible" (render mode 3), "white" (white on the white page),
    "same-fill" (a grey box with text of its grey), "outside" (beyond the page
    box), "angled" (visible, but at 30 degrees: see `turned_content`).
    """
    doc = _open(data)
    target = doc[page]
    where, _ = _cell_words(data, page)
    origin = pymupdf.Point(where.x0, where.y1 + 6)
    if how == "invisible":
        target.insert_text(origin, text, fontsize=9, render_mode=3)
    elif how == "white":
        target.insert_text(origin, text, fontsize=9, color=(1, 1, 1))
    elif how == "same-fill":
        target.draw_rect(pymupdf.Rect(origin.x - 1, origin.y - 9, origin.x + 60, origin.y + 3), color=None, fill=(0.8, 0.8, 0.8))
        target.insert_text(origin, text, fontsize=9, color=(0.8, 0.8, 0.8))
    elif how == "outside":
        target.insert_text(pymupdf.Point(-200, origin.y), text, fontsize=9)
    elif how == "angled":
        target.insert_text(origin, text, fontsize=9, morph=(origin, pymupdf.Matrix(30)))
    else:
        raise ValueError(how)
    return doc.tobytes()


def ocr_layer(data: bytes, pages: Sequence[int], dpi: int = 40) -> bytes:
    """The given 0-based pages as pictures with their text laid over them invisibly: a scan made searchable.

    OCR software writes the recognised words in render mode 3 where the
    picture shows them; here the words are the original's own, at their places.
    """
    src = _open(data)
    out = pymupdf.open()
    for index in pages:
        page = src[index]
        new = out.new_page(width=page.rect.width, height=page.rect.height)
        new.insert_image(new.rect, pixmap=page.get_pixmap(dpi=dpi))
        for x0, _y0, _x1, y1, word, *_ in page.get_text("words"):
            new.insert_text(pymupdf.Point(x0, y1 - 2), word, fontsize=9, render_mode=3)
    return out.tobytes(deflate=True)


def turned_at(data: bytes, page: int, degrees: float) -> bytes:
    """One page's content drawn turned by `degrees` about its centre: a table pasted askew."""
    src = _open(data)
    out = pymupdf.open()
    for index in range(src.page_count):
        if index == page:
            rect = src[index].rect
            new = out.new_page(width=rect.width, height=rect.height)
            new.show_pdf_page(new.rect, src, index, rotate=degrees)
        else:
            out.insert_pdf(src, from_page=index, to_page=index)
    return out.tobytes(garbage=3, deflate=True)


def corpus(mini: bytes) -> dict[str, bytes]:
    """Every kind of bad input, built from a small report: what the memory and time bounds are checked on.

    The file-system cases (named pipes, devices, unreadable files, outputs
    onto inputs, names that are not UTF-8) are no bytes and live in
    `test_cli_files.py`.
    """
    mib = 1024 * 1024
    return {
        "random": random_bytes(0),
        "noise": random_bytes(3, header=True),
        "truncated": truncated(mini, 0.5),
        "tail-cut": tail_cut(mini),
        "xref-wrong": xref_offsets_wrong(mini),
        "encrypted": encrypted(mini, user_pw="rahasia"),
        "zero-pages": zero_pages(),
        "5000-pages": many_pages(5000),
        "scan": scanned(mini, [0, 1]),
        "tables": unrelated_tables(),
        "content-bomb": compression_bomb(mini, 2, 200 * mib),
        "font-bomb": font_bomb(mini, 2, 1536 * mib),
        "million-paths": many_paths(mini, 2, 1_000_000),
        "form-drawn-100000-times": form_drawn_often(mini, 2, 100_000),
        "garbled-page": garbled_page(mini, 2),
        "javascript": with_javascript_and_attachment(mini),
        "turned-90": turned_content(mini, 2),
        "turned-30": turned_at(mini, 2, 30),
        "hidden-invisible": with_hidden_text(mini, 2, "invisible"),
        "hidden-white": with_hidden_text(mini, 2, "white"),
        "hidden-same-fill": with_hidden_text(mini, 2, "same-fill"),
        "hidden-outside": with_hidden_text(mini, 2, "outside"),
        "ocr-layer": ocr_layer(mini, [0, 1]),
    }
