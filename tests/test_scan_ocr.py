"""OCR words from Tesseract's TSV, lines from geometry, and one clear error when OCR is missing."""

from __future__ import annotations

import io
import shutil

import pymupdf
import pytest
from click.testing import CliRunner
from PIL import Image, ImageDraw

from ogi_extract.cli import main
from ogi_extract.layout import open_document
from ogi_extract.layout.model import Box, Ruling, Word
from ogi_extract.layout.scan import OcrUnavailableError, ocr
from ogi_extract.layout.scan.lines import drop_overlapped, drop_rule_glyphs, drop_specks, mark_bullets, regroup
from ogi_extract.layout.scan.ocr import OcrWord

TSV = "\n".join(
    [
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
        "1\t1\t0\t0\t0\t0\t0\t0\t1654\t2339\t-1\t",
        "4\t1\t1\t1\t1\t0\t100\t200\t300\t36\t-1\t",
        "5\t1\t1\t1\t1\t1\t100\t200\t120\t30\t96.5\tNilai:",
        "5\t1\t1\t1\t1\t2\t240\t202\t80\t28\t41.0\t6O%",
        "5\t1\t1\t1\t1\t3\t330\t202\t5\t30\t95.0\t ",
        "4\t1\t1\t1\t2\t0\t100\t250\t200\t36\t-1\t",
        "5\t1\t1\t1\t2\t1\t100\t250\t200\t30\t90.0\tAktlf",
    ]
)


def test_tsv_words_in_points_with_confidence() -> None:
    words = ocr.words_from_tsv(TSV, 72 / 300)
    assert [w.text for w in words] == ["Nilai:", "6O%", "Aktlf"]  # the blank (a rule) dropped
    first = words[0]
    assert first.box.rounded() == (24.0, 48.0, 52.8, 55.2)
    assert first.confidence == 0.965 and words[1].confidence == 0.41
    assert [w.line for w in words] == [0, 0, 1]
    assert [w.space_after for w in words] == [True, False, False]
    assert first.size == pytest.approx(36 * 72 / 300 / 1.2, abs=0.01)


def _w(text: str, x0: float, top: float, x1: float, bottom: float) -> Word:
    return Word(text, Box(x0, top, x1, bottom), "F", 10.0, False, 99, True)


def test_lines_from_geometry_split_at_vertical_rules() -> None:
    rule = Ruling(Box(200, 0, 201, 500), "v", "image")
    words = [
        _w("kanan", 210, 101, 240, 111),
        _w("kiri", 100, 100, 130, 110),
        _w("satu", 135, 99.5, 160, 109.5),
        _w("bawah", 100, 114, 130, 124),
    ]
    out = regroup(words, [rule], ocr_spaces=True)
    assert [(w.text, w.line, w.space_after) for w in out] == [
        ("kiri", 0, True),
        ("satu", 0, False),
        ("kanan", 1, False),
        ("bawah", 2, False),
    ]


def test_a_bullet_read_as_a_letter_is_a_bullet_by_its_gap_or_hanging_indent() -> None:
    """Typst's "•" read "e" (gap 7 pt), WeasyPrint's (gap 3 pt, its text's next line lined up after it)."""
    wide = [_w("e", 62, 209, 66, 213), _w("Narasumber", 73, 206, 123, 215), _w("LAN.", 125, 206, 145, 215)]
    hanging = [
        _w("e", 72, 276, 75.8, 279.8), _w("https://", 79, 273.6, 109.4, 282.5),
        _w("komisiinformasi.go.id", 79, 286, 160, 295),
    ]
    words = regroup(wide + hanging, [], ocr_spaces=True)
    texts = [w.text for w in mark_bullets(words)]
    assert texts == ["•", "Narasumber", "LAN.", "•", "https://", "komisiinformasi.go.id"]
    # a letter set as a word, a space after it, and nothing lined up below: not a bullet; nor "o", a marker itself
    plain = [
        _w("e", 62, 100, 66, 104), _w("mail", 69, 97, 85, 106),
        _w("o", 62, 120, 66, 124), _w("Skor", 73, 117, 90, 126),
    ]
    assert [w.text for w in mark_bullets(regroup(plain, [], ocr_spaces=True))] == ["e", "mail", "o", "Skor"]


def test_a_page_number_between_two_footer_lines_does_not_cut_the_second() -> None:
    """A footer read by OCR: the page number sits between the two lines, a little above the second."""
    words = [
        _w("Laporan", 57, 790.1, 79.4, 797.0),
        _w("2021", 195, 790.6, 208, 797.1),
        _w("2", 519.1, 795.6, 523.0, 801.8),
        _w("Saran", 56.7, 800.0, 71.5, 806.3),
        _w("masukan", 90.9, 798.7, 116.0, 806.4),
        _w("Government", 280.4, 798.4, 317.5, 806.7),
        _w("Indonesia", 323.6, 799.8, 351.3, 806.6),
    ]
    out = regroup(words, [], ocr_spaces=True)
    lines: dict[int, list[str]] = {}
    for w in out:
        lines.setdefault(w.line, []).append(w.text)
    assert sorted(lines.values()) == [["2"], ["Laporan", "2021"], ["Saran", "masukan", "Government", "Indonesia"]]
    assert [w.space_after for w in out if w.text in ("2021", "Indonesia", "2")] == [False, False, False]


def test_rule_read_as_a_letter_and_dust_are_dropped() -> None:
    rule = Ruling(Box(208.8, 300, 210.2, 700), "v", "image")
    words = [
        _w("|", 203.8, 427.5, 206.3, 432.6),  # beside the rule, as a layer places it
        _w("I", 100, 427, 103, 437),  # a real "I" away from rules stays
        _w("kata", 110, 427, 130, 437),
        _w(":", 120.8, 424.0, 121.1, 424.7),  # dust
        _w(":", 131, 429, 133, 437),  # a real colon, of text size
        _w("-", 140, 431, 144, 432),  # a dash: thin, but as wide as a letter
        _w("5", 108.0, 201.6, 109.2, 202.8),  # a layer's digit in a tiny box
        _w("|2", 207.5, 500, 215, 510),  # a rule glued to "2"
    ]
    words.append(OcrWord("5", Box(120, 440, 121, 441), "OCR", 8, False, 0, False, confidence=0.59))  # Tesseract's dust
    kept = drop_specks(drop_rule_glyphs(words, [rule]))
    assert [w.text for w in kept] == ["I", "kata", ":", "-", "5", "2"]  # a layer's tiny "5" box is kept


def test_a_small_flat_dash_is_a_value_and_a_round_speck_is_dust() -> None:
    words = [_w("Nilai:", 448.6, 253.2, 474.0, 261.4), *(_w("Target", 60, 250 + 12 * i, 90, 259 + 12 * i) for i in range(5))]
    dash = OcrWord("-", Box(478.3, 257.8, 481.0, 259.0), "OCR", 6.8, False, 0, False, confidence=0.93)
    speck = OcrWord("-", Box(300.0, 257.8, 301.2, 259.0), "OCR", 6.8, False, 0, False, confidence=0.93)
    colon = OcrWord(":", Box(320.0, 257.0, 321.0, 258.5), "OCR", 6.8, False, 0, False, confidence=0.93)
    kept = drop_specks([*words, dash, speck, colon])
    assert [w.text for w in kept] == ["Nilai:", *["Target"] * 5, "-"] and kept[-1] is dash


def test_the_same_ink_read_twice_keeps_the_surer_word() -> None:
    aktif = OcrWord("Aktif", Box(425.3, 745.2, 446.9, 752.6), "OCR", 8, False, 0, True, confidence=0.97)
    again = OcrWord("1", Box(441.0, 745.5, 444.0, 752.0), "OCR", 8, False, 0, False, confidence=0.63)
    apart = OcrWord("Pasif", Box(460, 745, 480, 752), "OCR", 8, False, 0, False, confidence=0.5)
    assert [w.text for w in drop_overlapped([aktif, again, apart])] == ["Aktif", "Pasif"]


def _image_pdf() -> bytes:
    im = Image.new("L", (1240, 1754), 255)
    ImageDraw.Draw(im).rectangle([100, 100, 1100, 1600], outline=0, width=3)
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_image(page.rect, stream=buf.getvalue())
    return doc.tobytes()


def test_a_scan_without_ocr_installed_is_one_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(OcrUnavailableError) as info:
        open_document(_image_pdf())
    assert info.value.exit_code == 7
    assert "apt-get install tesseract-ocr tesseract-ocr-ind" in str(info.value)
    assert "ogi-extract[ocr]" in str(info.value)
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(_image_pdf())
    result = CliRunner().invoke(main, ["convert", str(pdf)])
    assert result.exit_code == 7
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and f"{pdf}: error: " in lines[0] and "tesseract-ocr-ind" in lines[0]


def test_a_blank_scan_is_a_no_text_error() -> None:
    with pytest.raises(Exception) as info:
        open_document(_image_pdf())
    assert getattr(info.value, "exit_code", None) == 7
    assert "OCR found no text" in str(info.value)
