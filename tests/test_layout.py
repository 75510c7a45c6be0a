"""open_document: the page model from both backends, typed errors, limits, failed pages."""

from __future__ import annotations

import hashlib
import random
import re
import zlib
from pathlib import Path

import pymupdf
import pytest

from ogi_extract.errors import (
    DamagedPdfError,
    EmptyPdfError,
    EncryptedPdfError,
    LimitExceededError,
    NotAPdfError,
    NoTextLayerError,
    OgiError,
)
from ogi_extract.layout import BACKENDS, open_document, pymupdf_backend
from ogi_extract.layout.model import FailedPage
from ogi_extract.limits import Limits

BOTH = pytest.mark.parametrize("backend", BACKENDS)


def sample_pdf() -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 100), "Komitmen 1 ", fontsize=12, fontname="hebo")
    page.insert_text((72, 120), "Target B06: Diterbitkannya dokumen", fontsize=10, fontname="helv")
    page.draw_rect(pymupdf.Rect(60, 130, 500, 130.5), color=None, fill=(0, 0, 0))  # Word-style border
    page.draw_rect(pymupdf.Rect(60, 140, 300, 200), color=(0, 0, 0), width=0.75)  # stroked box: four rules
    page.draw_line((60, 220), (500, 220), color=(0, 0, 0), width=0.5)
    page.draw_rect(pymupdf.Rect(320, 140, 500, 200), color=None, fill=(0.85, 0.85, 0.85))  # shading
    page.insert_link(
        {"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 110, 200, 122), "uri": "https://ogi.bappenas.go.id"}
    )
    doc.set_metadata({"title": "Laporan Monitoring dan Evaluasi", "author": "Sekretariat Nasional OGI"})
    page2 = doc.new_page(width=595, height=842)
    page2.insert_text((72, 100), "Halaman dua", fontsize=10, fontname="helv")
    return doc.tobytes()


def no_text_pdf() -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 40), False)
    pix.clear_with(200)
    page.insert_image(pymupdf.Rect(50, 50, 250, 250), pixmap=pix)
    return doc.tobytes()


def zero_page_pdf() -> bytes:
    """A well-formed PDF whose page tree is empty (PyMuPDF refuses to save one)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 3\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


@BOTH
def test_page_model_from_a_generated_pdf(backend: str) -> None:
    data = sample_pdf()
    doc = open_document(data, backend=backend)
    assert doc.backend == backend
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.metadata["title"] == "Laporan Monitoring dan Evaluasi"
    assert doc.failed_pages == {} and doc.warnings == []
    page = doc.pages[0]
    assert (page.number, page.width, page.height, page.rotation) == (1, 595, 842, 0)
    assert [(w.text, w.bold, w.space_after) for w in page.words] == [
        ("Komitmen", True, True),
        ("1", True, True),
        ("Target", False, True),
        ("B06:", False, True),
        ("Diterbitkannya", False, True),
        ("dokumen", False, False),
    ]
    assert [w.line for w in page.words] == [0, 0, 1, 1, 1, 1]
    first = page.words[0]
    assert first.box.x0 == pytest.approx(72, abs=0.01) and first.box.bottom == pytest.approx(100 + 0.2 * 12, abs=0.01)
    assert first.font == "Helvetica-Bold" and first.size == 12
    rulings = sorted((r.orientation, r.source, r.box.rounded(1)) for r in page.rulings)
    assert rulings == [
        ("h", "fill", (60.0, 130.0, 500.0, 130.5)),
        ("h", "stroke", (60.0, 139.6, 300.0, 140.4)),
        ("h", "stroke", (60.0, 199.6, 300.0, 200.4)),
        ("h", "stroke", (60.0, 219.8, 500.0, 220.2)),
        ("v", "stroke", (59.6, 140.0, 60.4, 200.0)),
        ("v", "stroke", (299.6, 140.0, 300.4, 200.0)),
    ]
    assert [(f.box.rounded(1), f.color) for f in page.fills] == [((320.0, 140.0, 500.0, 200.0), (0.85, 0.85, 0.85))]
    assert [(link.uri, link.box.rounded(1)) for link in page.links] == [
        ("https://ogi.bappenas.go.id", (72.0, 110.0, 200.0, 122.0))
    ]
    assert [w.text for w in doc.pages[1].words] == ["Halaman", "dua"]


def test_path_and_bytes_read_the_same(tmp_path: Path) -> None:
    data = sample_pdf()
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    assert open_document(path).pages == open_document(data).pages
    assert open_document(str(path)).sha256 == open_document(data).sha256


@BOTH
@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_rotated_and_cropped_pages_keep_unrotated_coordinates(backend: str, rotation: int) -> None:
    doc = pymupdf.open()
    for rotate in (0, rotation):
        page = doc.new_page(width=400, height=600)
        page.insert_text((50, 100), "Teks di halaman", fontsize=12, fontname="helv")
        page.draw_line((50, 140), (300, 140), color=(0, 0, 0), width=1)
        page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(50, 88, 150, 104), "uri": "https://x.id"})
        page.set_cropbox(pymupdf.Rect(20, 30, 380, 580))
        page.set_rotation(rotate)
    read = open_document(doc.tobytes(), backend=backend)
    upright, turned = read.pages
    assert turned.rotation == rotation and upright.rotation == 0
    assert (turned.width, turned.height) == (upright.width, upright.height) == (360, 550)
    assert [(w.text, w.box.rounded(1)) for w in turned.words] == [(w.text, w.box.rounded(1)) for w in upright.words]
    assert upright.words[0].box.x0 == pytest.approx(30, abs=0.01)  # crop box origin subtracted
    assert [r.box.rounded(1) for r in turned.rulings] == [r.box.rounded(1) for r in upright.rulings]
    assert [link.box.rounded(1) for link in turned.links] == [(30.0, 58.0, 130.0, 74.0)]


@pytest.mark.parametrize("data", [b"", b"hello, this is not a PDF", b"\x89PNG\r\n\x1a\n" + b"\0" * 100])
def test_not_a_pdf(data: bytes) -> None:
    with pytest.raises(NotAPdfError):
        open_document(data)


def test_missing_file_is_not_a_pdf(tmp_path: Path) -> None:
    with pytest.raises(NotAPdfError, match="cannot read"):
        open_document(tmp_path / "absent.pdf")


def test_header_followed_by_garbage_is_damaged() -> None:
    with pytest.raises(DamagedPdfError):
        open_document(b"%PDF-1.7\n" + b"garbage " * 200)


@BOTH
def test_broken_xref_is_repaired_with_a_warning(backend: str) -> None:
    data = re.sub(rb"\d{10} 00000 n", b"0000000001 00000 n", sample_pdf())
    doc = open_document(data, backend=backend)
    assert [w.text for w in doc.pages[1].words] == ["Halaman", "dua"]
    assert len(doc.warnings) == 1 and "rebuilt" in doc.warnings[0]


def test_encrypted_pdf_needs_a_password() -> None:
    doc = pymupdf.open(stream=sample_pdf())
    data = doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="rahasia", owner_pw="pemilik")
    with pytest.raises(EncryptedPdfError):
        open_document(data)


@BOTH
def test_pdf_with_empty_user_password_opens(backend: str) -> None:
    doc = pymupdf.open(stream=sample_pdf())
    data = doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="", owner_pw="pemilik", permissions=0)
    assert open_document(data, backend=backend).pages[1].words[0].text == "Halaman"


def test_zero_pages() -> None:
    with pytest.raises(EmptyPdfError):
        open_document(zero_page_pdf())


@BOTH
def test_scan_without_text_layer(backend: str) -> None:
    with pytest.raises(NoTextLayerError):
        open_document(no_text_pdf(), backend=backend)


def test_page_count_and_file_size_limits() -> None:
    with pytest.raises(LimitExceededError, match="2 pages"):
        open_document(sample_pdf(), limits=Limits(max_pages=1))
    with pytest.raises(LimitExceededError, match="bytes"):
        open_document(sample_pdf(), limits=Limits(max_file_bytes=100))


@BOTH
def test_decompression_bomb_is_stopped(backend: str) -> None:
    doc = pymupdf.open(stream=sample_pdf())
    page = doc[1]
    bomb = b"BT /helv 10 Tf 72 100 Td (boom) Tj ET\n" + b"%" + b" " * (3 * 1024 * 1024) + b"\n"
    doc.update_stream(page.get_contents()[0], bomb, compress=True)
    data = doc.tobytes()
    assert len(data) < 100_000
    with pytest.raises(LimitExceededError, match="decoded content"):
        open_document(data, backend=backend, limits=Limits(max_decompressed_bytes=1024 * 1024))
    assert open_document(data, backend=backend).pages[1].words[0].text == "boom"


@BOTH
def test_page_over_a_limit_is_left_empty(backend: str) -> None:
    doc = open_document(sample_pdf(), backend=backend, limits=Limits(max_chars_per_page=20))
    assert doc.pages[0].words == [] and doc.pages[0].width == 595
    assert doc.failed_pages[1].kind == "limit" and "characters" in doc.failed_pages[1].reason
    assert [w.text for w in doc.pages[1].words] == ["Halaman", "dua"]
    with pytest.raises(LimitExceededError, match="every page"):
        open_document(sample_pdf(), backend=backend, limits=Limits(max_chars_per_page=5))


def test_page_that_fails_to_read_is_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pymupdf_backend.read_page

    def flaky(page: pymupdf.Page, limits: Limits) -> object:
        if page.number == 0:
            raise RuntimeError("cannot parse content stream")
        return real(page, limits)

    monkeypatch.setattr(pymupdf_backend, "read_page", flaky)
    doc = open_document(sample_pdf())
    assert doc.failed_pages == {1: FailedPage("unreadable", "page cannot be read: cannot parse content stream")}
    assert doc.pages[0].words == [] and [w.text for w in doc.pages[1].words] == ["Halaman", "dua"]


def test_limits_must_be_positive() -> None:
    with pytest.raises(ValueError):
        Limits(max_pages=0)


def test_unknown_backend() -> None:
    with pytest.raises(ValueError, match="unknown layout backend"):
        open_document(sample_pdf(), backend="poppler")


def test_inflate_counts_without_keeping_output() -> None:
    from ogi_extract.layout.budget import _inflated_size

    raw = zlib.compress(b"x" * 5_000_000)
    assert _inflated_size(raw, 10_000_000) == 5_000_000
    assert _inflated_size(raw, 1_000) <= 16 * 1024 * 1024 + 1_000


def test_offset_media_box_reads_the_same_in_both_backends() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=600)
    page.insert_text((50, 100), "Kotak media bergeser", fontsize=12, fontname="helv")
    page.draw_line((50, 140), (300, 140), color=(0, 0, 0), width=1)
    page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(50, 88, 150, 104), "uri": "https://x.id"})
    doc.xref_set_key(page.xref, "MediaBox", "[30 40 430 640]")
    data = doc.tobytes()
    pages = [open_document(data, backend=name).pages[0] for name in BACKENDS]
    for read in pages:
        assert (read.width, read.height) == (400, 600)
        assert read.words[0].box.x0 == pytest.approx(20, abs=0.01)  # 50 - 30: the box origin moved, the text did not
        assert [r.box.rounded(1) for r in read.rulings] == [(20.0, 179.5, 270.0, 180.5)]
        assert [link.box.rounded(1) for link in read.links] == [(20.0, 128.0, 120.0, 144.0)]
    boxes = [[w.box.rounded(2) for w in read.words] for read in pages]
    assert boxes[0] == boxes[1]


@BOTH
def test_mangled_bytes_end_in_typed_errors_or_a_document(backend: str) -> None:
    """Flipped, cut and inserted bytes: either a Document or an OgiError, never a library exception."""
    base = sample_pdf()
    rng = random.Random(2021)
    outcomes = set()
    for _ in range(40):
        data = bytearray(base)
        for _ in range(rng.randint(1, 12)):
            pos = rng.randrange(len(data))
            roll = rng.random()
            if roll < 0.4:
                data[pos] = rng.randrange(256)
            elif roll < 0.7:
                del data[pos : pos + rng.randint(1, 40)]
            else:
                data[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        try:
            open_document(bytes(data), backend=backend)
            outcomes.add("read")
        except OgiError as exc:
            outcomes.add(type(exc).__name__)
    assert "read" in outcomes and len(outcomes) > 1
