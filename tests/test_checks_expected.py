"""Injected errors: a correct front matter, broken one figure at a time.

`expected_summary` re-derives every figure of the 2021 front matter from the
detail records. Audited against the same records it must raise nothing above
information; each mutation below must raise exactly the findings listed (the
changed figure and the printed figures it is tied to by arithmetic), no others.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ogi_extract.checks import audit
from ogi_extract.checks.expected import expected_summary
from ogi_extract.models import Report
from ogi_extract.models.summary import Figure, Phrase, Summary, TargetTable
from reference import reference_report, reference_summary, resolver, rules

REPORT = reference_report()
CORRECT = expected_summary(REPORT, rules(), reference_summary(), resolver())


def _problems(summary: Summary, report: Report = REPORT) -> list[tuple[str, str | None]]:
    found = audit(report, summary=summary, grammar=rules(), resolve=resolver())
    return [(f.check, f.published.label if f.published else None) for f in found if f.severity != "info"]


def _t8(s: Summary) -> TargetTable:
    return s.target_admin_tables["K/L"]


def _t9(s: Summary) -> TargetTable:
    return s.target_admin_tables["OMS"]


def _bump(figure: Figure, by: int = 1) -> None:
    figure.value += by


def test_correct_summary_has_the_derived_figures() -> None:
    figures = CORRECT.figures()
    assert figures["target_admin_tables"]["K/L"]["total"] == {"B06": 36, "B12": 37, "Akumulasi": 73}
    assert figures["target_admin_tables"]["OMS"]["total"] == {"B06": 28, "B12": 29, "Akumulasi": 57}
    assert figures["commitment_admin"]["published_count"] == {"Baik": 14, "Cukup": 2, "Kurang": 2}
    assert figures["stated_counts"]["targets_worked"] == 130
    assert figures["stated_counts"]["targets_total"] == 267  # not derivable: kept as printed


def test_correct_summary_raises_nothing() -> None:
    assert _problems(CORRECT) == []


def _move_first_baik_to_cukup(s: Summary) -> None:
    s.commitment_admin.lists["Cukup"].append(s.commitment_admin.lists["Baik"].pop(0))


def _list_twice(s: Summary) -> None:
    s.commitment_admin.lists["Kurang"].append(s.commitment_admin.lists["Baik"][0].model_copy())


def _garble_title(s: Summary) -> None:
    s.commitment_admin.lists["Baik"][0] = Phrase(value="Sebuah judul yang tidak ada")


def _rescale(s: Summary) -> None:
    s.score_scale[0].range.value = "75-100"


CASES: dict[str, tuple[Callable[[Summary], None], list[tuple[str, str | None]]]] = {
    "table cell": (
        lambda s: _bump(_t8(s).rows["Baik (70-100)"]["B06"]),
        [
            ("table-row-sum", "Tabel 8 > Baik (70-100) > Akumulasi"),
            ("table-column-sum", "Tabel 8 > Total > B06"),
            ("table-cell", "Tabel 8 > Baik (70-100) > B06"),
        ],
    ),
    "table total": (
        lambda s: _bump(_t9(s).total["B12"]),
        [
            ("table-row-sum", "Tabel 9 > Total > Akumulasi"),
            ("table-column-sum", "Tabel 9 > Total > B12"),
            ("table-cell", "Tabel 9 > Total > B12"),
        ],
    ),
    "line percent": (
        lambda s: _bump(_t8(s).published_percent[0].percent, -1),
        [("percent-of-count", "Tabel 8 > 80% (59)"), ("percent-line-detail", "Tabel 8 > 80% (59)")],
    ),
    "line count": (
        # 15/57 = 26.3 -> 26, printed 25
        lambda s: _bump(_t9(s).published_percent[1].count),
        [
            ("percent-of-count", "Tabel 9 > 25% (15)"),
            ("percent-count-vs-table", "Tabel 9 > 25% (15)"),
            ("percent-line-detail", "Tabel 9 > 25% (15)"),
        ],
    ),
    "pie percent": (
        lambda s: _bump(s.commitment_admin.published_percent["Baik"], 2),
        [
            ("pie-percent-list", "administrative grades > Baik > percent"),
            ("pie-percent-count", "administrative grades > Baik > percent"),
        ],
    ),
    "stated grade count": (
        # 3/18 = 16.7 -> 17, printed 11
        lambda s: _bump(s.commitment_cocreation.published_count["Pasif"]),
        [
            ("pie-percent-count", "co-creation grades > Pasif > percent"),
            ("count-vs-list", "co-creation grades > Pasif > count"),
        ],
    ),
    "commitment in the wrong list": (
        _move_first_baik_to_cukup,
        [
            ("pie-percent-list", "administrative grades > Baik > percent"),
            ("pie-percent-list", "administrative grades > Cukup > percent"),
            ("count-vs-list", "administrative grades > Baik > count"),
            ("count-vs-list", "administrative grades > Cukup > count"),
            ("commitment-grade", "administrative grades > commitment 1"),
        ],
    ),
    "commitment in two lists": (
        # lists 14/2/3 of 19: Baik 73.7 -> 74 (78 printed), Cukup 10.5 -> 11 (fits),
        # Kurang 15.8 -> 16 (11 printed)
        _list_twice,
        [
            ("pie-percent-list", "administrative grades > Baik > percent"),
            ("pie-percent-list", "administrative grades > Kurang > percent"),
            ("count-vs-list", "administrative grades > Kurang > count"),
            ("lists-vs-stated", "stated count > commitments"),
            ("list-duplicate", "list of Kurang commitments > Keterbukaan Kontrak di Sektor Pengadaan Barang dan Jasa Pemerintah"),
        ],
    ),
    "unknown title": (
        _garble_title,
        [
            ("list-title-unmatched", "list of Baik commitments > Sebuah judul yang tidak ada"),
            ("list-missing", None),
        ],
    ),
    "stated count": (
        lambda s: _bump(s.stated_counts["ministries"]),
        [("stated-count", "stated count > ministries")],
    ),
    "stated targets worked": (
        lambda s: _bump(s.stated_counts["targets_worked"]),
        [("stated-vs-tables", "stated count > targets_worked"), ("stated-count", "stated count > targets_worked")],
    ),
    "implementer left out of table 7": (
        # Kemendagri (commitment 4's second implementer) is listed for 12 and 15 too.
        lambda s: s.commitment_implementers[3].implementers.pop(1),
        [("detail-not-in-table7", "commitments and implementers > 4 > implementers")],
    ),
    "implementer without rows": (
        lambda s: s.commitment_implementers[0].implementers.append(Phrase(value="INFID")),
        [("table7-not-in-detail", "commitments and implementers > 1 > implementer")],
    ),
    "unknown implementer": (
        lambda s: s.commitment_implementers[0].implementers.append(Phrase(value="Badan Antah Berantah")),
        [("table7-unresolved", "commitments and implementers > 1 > implementer")],
    ),
    "scale": (_rescale, [("score-scale", "score scale")]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_injected_error_is_found_and_nothing_else(case: str) -> None:
    mutate, expected = CASES[case]
    summary = CORRECT.model_copy(deep=True)
    mutate(summary)
    assert _problems(summary) == expected


def test_a_changed_detail_row_is_found_in_both_tables_cells_and_lines() -> None:
    # Commitment 1's first row (KIP, K/L, B06, 100%) re-scored 0%: one Baik target of
    # Tabel 8 becomes Kurang; the commitment's mean stays Baik (7 scores, 86 -> 71).
    report = reference_report()
    target = report.commitments[0].blocks[0].targets[0]
    target.score, target.score_value, target.grade = "0%", 0.0, "Kurang"
    assert _problems(CORRECT, report) == [
        ("table-cell", "Tabel 8 > Baik (70-100) > B06"),
        ("table-cell", "Tabel 8 > Baik (70-100) > Akumulasi"),
        ("table-cell", "Tabel 8 > Kurang (0-50) > B06"),
        ("table-cell", "Tabel 8 > Kurang (0-50) > Akumulasi"),
        ("percent-line-detail", "Tabel 8 > 81% (59)"),
        ("percent-line-detail", "Tabel 8 > 81% (59)"),
        ("percent-line-detail", "Tabel 8 > 15% (11)"),
        ("percent-line-detail", "Tabel 8 > 15% (11)"),
    ]
