"""Labels and values read through OCR's confusions, generic rules only."""

from __future__ import annotations

import pytest

from ogi_extract.grammar import load_grammar
from ogi_extract.grammar import tolerant
from ogi_extract.layout.model import Box, Word
from ogi_extract.layout.scan.ocr import OcrWord


@pytest.fixture(scope="module")
def g():  # type: ignore[no-untyped-def]
    return load_grammar("monev-2021")


def test_fold_digits_keeps_length_and_leaves_words_alone() -> None:
    for raw, want in [("6O%", "60%"), ("1O0%", "100%"), ("B1O", "B10"), ("Aktif", "Aktif"), ("Komitmen l2", "Komitmen 12"), ("Nilai", "Nilai")]:
        got = tolerant.fold_digits(raw)
        assert got == want and len(got) == len(raw)
    assert tolerant.fold_digits("Target BO6: Proses") == "Target B06: Proses"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("100%", 100.0),
        ("6O%", 60.0),
        ("OYs", 0.0),
        ("0Y5", 0.0),
        ("100Yc", 100.0),
        ("10072", 100.0),
        ("100746", 100.0),
        ("5096", 50.0),
        ("Oo", 0.0),
        ("75 %", 75.0),
        ("09", 0.0),
        ("1007o", 100.0),
        ("[5%", 5.0),
        ("N/A", None),
        ("-", None),
        ("Selesai", None),
    ],
)
def test_score_value_through_a_garbled_percent_sign(g, raw: str, value: float | None) -> None:  # type: ignore[no-untyped-def]
    assert tolerant.score_value(raw, g) == value


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("Aktif", "Aktif"),
        ("Aktlf", "Aktif"),
        ("Akt1f", "Aktif"),
        ("Semi-Aktlf", "Semi Aktif"),
        ("Tn Semi-Aktif", "Semi Aktif"),
        ("Pasjf", "Pasif"),
        ("Lainnya", None),
        (None, None),
    ],
)
def test_cocreation_label_by_edit_distance(g, raw: str | None, want: str | None) -> None:  # type: ignore[no-untyped-def]
    assert tolerant.cocreation(raw, g) == want


@pytest.mark.parametrize(("raw", "want"), [("B06", "B06"), ("BO6", "B06"), ("B1Z", "B12"), ("8I8", "B18"), ("B24", "B24")])
def test_period_snaps_to_the_editions_list(g, raw: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert tolerant.period(raw, g) == want


def test_labels_match_with_a_few_edits_and_keep_raw_offsets(g) -> None:  # type: ignore[no-untyped-def]
    t = tolerant.tolerant_grammar(g)
    assert t.achievement_cell.match("Capaian Targe: kegiatan")
    assert t.score_cell.match("Nila1: 60%")
    assert t.cocreation_cell.match("Proses Kokreasl: rapat")
    m = t.target_cell.match("Target BO6: Sosialisasi")
    assert m and m.group("period").replace(" ", "") == "B06"
    m = t.target_cell.match("Target B 12: x")
    assert m and m.group("period") == "B 12"
    # the strict pattern is tried first, and unrelated text does not match
    assert not t.achievement_cell.match("Kegiatan sosialisasi daring")
    assert not t.score_cell.match("Rapat koordinasi")
    assert not g.achievement_cell.match("Capaian Targe: kegiatan")


def test_only_literal_words_are_fuzzy() -> None:
    assert tolerant.fuzzy_pattern(r"^Nilai\s*:?") == r"^(?:Nilai){e<=1}\s*:?"
    assert tolerant.fuzzy_pattern(r"^Ukuran\s+Keberhasilan\s+(?P<number>\d+)") == (
        r"^(?:Ukuran){e<=1}\s+(?:Keberhasilan){e<=2}\s+(?P<number>\d+)"
    )
    assert tolerant.fuzzy_pattern(r"(?-i:Komitmen)\s+[A-Za-z]+ Targets?") == r"(?-i:(?:Komitmen){e<=1})\s+[A-Za-z]+ (?:Target){e<=1}s?"
    assert tolerant.word_errors("Keberhasilan") == 2


def test_a_fuzzy_match_never_reads_a_letter_as_a_number(g) -> None:  # type: ignore[no-untyped-def]
    t = tolerant.tolerant_grammar(g)
    m = t.success_measure.match("Ukuran Keberhasi1an 3: layanan")
    assert m and m.group("number") == "3"
    assert t.success_measure.match("Ukuran Keberhasilan I: layanan") is None
    m = t.commitment.match("Komitmen l2: Keterbukaan")
    assert m and m.group("number") == "12"


def test_readings_keep_raw_text_and_mean_confidence() -> None:
    box = Box(0, 0, 1, 1)
    ws = [OcrWord("6O%", box, "OCR", 10, False, 0, False, confidence=0.5), OcrWord("x", box, "OCR", 10, False, 0, False, confidence=0.9)]
    got = tolerant.readings({"score": ("6O% x", ws), "label": (None, [])})
    assert list(got) == ["score"]
    assert got["score"].text == "6O% x" and got["score"].confidence == 0.7
    layer = [OcrWord("Aktif", box, "GlyphLessFont", 10, False, 0, False, confidence=None)]
    assert tolerant.readings({"cocreation_label": ("Aktif", layer)})["cocreation_label"].confidence is None
    assert tolerant.is_ocr(layer) and not tolerant.is_ocr([Word("a", box, "F", 10, False, 0, True)])
