"""The derivations on their own: rounding, grading, aggregation, table counts."""

from __future__ import annotations

import pytest

from ogi_extract.checks import derive
from ogi_extract.checks.derive import ScoredTarget
from ogi_extract.checks.rules import AggregationRule
from reference import reference_report, rules


@pytest.mark.parametrize(
    ("part", "whole", "mode", "expected"),
    [
        (59, 73, "half_up", 81),  # 80.82
        (59, 73, "floor", 80),
        (1, 8, "half_up", 13),  # 12.5 rounds up ...
        (1, 8, "half_even", 12),  # ... or to even
        (3, 73, "ceil", 5),  # 4.11
        (0, 0, "half_up", None),
    ],
)
def test_percent(part: int, whole: int, mode: str, expected: int | None) -> None:
    assert derive.percent(part, whole, 0, mode) == expected


def test_percent_with_decimals() -> None:
    assert derive.percent(59, 73, 1, "half_up") == 80.8


def _row(i: int, value: float | None, status: str = "score", kind: str = "K/L", period: str = "B06", co: str | None = None) -> ScoredTarget:
    grade = rules().grade_of(value) if value is not None else ("N/A" if status == "na" else None)
    return ScoredTarget(f"t{i}", 1, "X", kind, period, status, value, grade, co)  # type: ignore[arg-type]


def test_grades_on_the_scale() -> None:
    r = rules()
    assert [r.grade_of(v) for v in (100, 70, 69.9, 51, 50.5, 0)] == ["Baik", "Baik", "Cukup", "Cukup", "Kurang", "Kurang"]


def test_admin_rules() -> None:
    r = rules()
    rows = [_row(1, 100), _row(2, 0, period="B12"), _row(3, None, "na"), _row(4, 100, kind="OMS", period="B12")]
    mean = derive.admin_grade(rows, AggregationRule("m", "mean"), r)
    assert (mean.value, mean.grade, mean.target_ids) == (pytest.approx(200 / 3), "Cukup", ("t1", "t2", "t4"))
    na_zero = derive.admin_grade(rows, AggregationRule("z", "mean", na_value=0), r)
    assert (na_zero.value, na_zero.grade) == (50, "Kurang")
    kl = derive.admin_grade(rows, AggregationRule("k", "mean", kinds=("K/L",)), r)
    assert kl.target_ids == ("t1", "t2")
    latest = derive.admin_grade(rows, AggregationRule("l", "mean", latest_period=True), r)
    assert (latest.value, latest.target_ids) == (50, ("t2", "t4"))
    share = derive.admin_grade(rows, AggregationRule("s", "share", share_grade="Baik"), r)
    assert share.value == pytest.approx(200 / 3)
    median = derive.admin_grade(rows, AggregationRule("d", "median"), r)
    assert median.value == 100


def test_cocreation_rules() -> None:
    r = rules()
    rows = [_row(1, 100, co="Aktif"), _row(2, 100, co="Pasif"), _row(3, 100, co="N/A"), _row(4, 100, co=None)]
    mean = derive.cocreation_grade(rows, AggregationRule("m", "mean"), r)
    assert (mean.value, mean.grade, mean.target_ids) == (50, "Semi Aktif", ("t1", "t2"))
    majority = derive.cocreation_grade(rows, AggregationRule("j", "majority"), r)
    assert majority.grade == "Pasif"  # a tie goes to the lower grade


def test_status_from_raw_scores() -> None:
    r = rules()
    assert derive._status(None, "75%", None, r) == ("score", 75.0)
    assert derive._status(None, "N/A", None, r) == ("na", None)
    assert derive._status(None, "-", None, r) == ("not_assessed", None)
    assert derive._status(None, "belum dinilai", None, r) == ("unknown", None)
    assert derive._status(40.0, "40%", "Kurang", r) == ("score", 40.0)


def test_table_cells_of_the_reference() -> None:
    r = rules()
    rows = derive.scored_targets(reference_report(), r)
    cells = derive.table_cells(rows, "K/L", r, "none")
    # 79 K/L rows, 6 of them "-": 73 counted, as Tabel 8's total prints.
    assert len(cells[(None, "Akumulasi")]) == 73
    as_na = derive.table_cells(rows, "K/L", r, "N/A")
    assert len(as_na[("N/A", "Akumulasi")]) == 3 + 6
