import pytest

from ogi_extract.grammar import load_grammar
from ogi_extract.grammar.normalize import cocreation, grade, score_value

G = load_grammar("monev-2021")


@pytest.mark.parametrize(
    ("raw", "value", "expected_grade"),
    [
        ("100%", 100.0, "Baik"),
        ("70%", 70.0, "Baik"),
        ("69,5%", 69.5, "Cukup"),
        ("51 %", 51.0, "Cukup"),
        ("50%", 50.0, "Kurang"),
        ("0%", 0.0, "Kurang"),
        ("N/A", None, "N/A"),
        ("-", None, None),
        ("Belum dinilai", None, None),
        (None, None, None),
    ],
)
def test_scores_and_grades(raw: str | None, value: float | None, expected_grade: str | None) -> None:
    v = score_value(raw, G)
    assert v == value
    assert grade(raw, v, G) == expected_grade


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Aktif", "Aktif"),
        ("Akif", "Aktif"),
        ("Semi Aktif", "Semi Aktif"),
        ("Semi-Aktif", "Semi Aktif"),
        ("semi  aktif", "Semi Aktif"),
        ("Pasif", "Pasif"),
        ("N/A", "N/A"),
        ("-", None),
        (None, None),
        ("Luar biasa", None),
    ],
)
def test_cocreation_labels(raw: str | None, expected: str | None) -> None:
    assert cocreation(raw, G) == expected
