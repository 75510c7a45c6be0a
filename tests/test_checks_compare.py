"""The audit of the 2021 report, pinned to figures worked out by hand.

The report is the reference transcription (see reference.py), not the
parser's output. "Detail" counts below were made by listing, per commitment of
commitments.json, the target rows of each kind (block heading -> implementers.json
kind), period and score grade (70-100 Baik, 51-69 Cukup, 0-50 Kurang, "N/A"),
with "-" rows not counted; the "C<n>:<k>" notes give the per-commitment tallies.
"""

from __future__ import annotations

from collections import Counter

import pytest

from ogi_extract.checks import Finding, audit
from reference import reference_report, resolver, rules


@pytest.fixture(scope="module")
def findings() -> list[Finding]:
    return audit(reference_report(), grammar=rules(), resolve=resolver())


def _of(findings: list[Finding], check: str) -> list[Finding]:
    return [f for f in findings if f.check == check]


def _cells(findings: list[Finding], check: str) -> dict[str, tuple[object, object]]:
    return {f.published.label: (f.published.value, f.derived.value) for f in _of(findings, check) if f.published and f.derived}


def test_tables_add_up_internally(findings: list[Finding]) -> None:
    # Tabel 8: 26+33=59, 0+0=0, 7+4=11, 2+1=3, 35+38=73; columns 26+0+7+2=35, 33+0+4+1=38.
    # Tabel 9: 17+22=39, 8+4=12, 4+3=7, 29+29=58; columns 17+0+8+4=29, 22+0+4+3=29.
    assert _of(findings, "table-row-sum") == []
    assert _of(findings, "table-column-sum") == []


def test_percent_lines_fit_their_counts(findings: list[Finding]) -> None:
    # 59/73 = 80.8 -> 81, 11/73 = 15.1 -> 15, 3/73 = 4.1 -> 4,
    # 39/58 = 67.2 -> 67, 12/58 = 20.7 -> 21, 7/58 = 12.1 -> 12: all as printed,
    # and each line's count is its table's Akumulasi cell.
    assert _of(findings, "percent-of-count") == []
    assert _of(findings, "percent-count-vs-table") == []


def test_pies_fit_lists_and_stated_counts(findings: list[Finding]) -> None:
    # Lists: 14/2/2 of 18 -> 77.8/11.1/11.1 -> 78/11/11; 10/4/4 of 18 -> 55.6/22.2/22.2 -> 56/22/22.
    for check in ("pie-percent-list", "pie-percent-count", "count-vs-list", "lists-vs-stated"):
        assert _of(findings, check) == []


def test_rounding_fit(findings: list[Finding]) -> None:
    # 12 percentages with a printed base (6 lines under tables 8/9, 6 pie wedges).
    # Floor misses 80.8->81, 20.7->21, 77.8->78, 55.6->56 (8 fit); ceil fits only
    # the four whose exact value rounds up: 81, 21, 78, 56.
    fits = {f.derived.rule: f.derived.value for f in _of(findings, "rounding-fit") if f.derived}
    assert fits == {"half_up": 12, "half_even": 12, "floor": 8, "ceil": 4}


def test_table_8_against_the_detail(findings: list[Finding]) -> None:
    cells = {k: v for k, v in _cells(findings, "table-cell").items() if k.startswith("Tabel 8")}
    assert cells == {
        # K/L B06 Baik: C1:2 C2:3 C3:1 C4:1 C5:1 C6:3 C7:2 C8:3 C9:2 C10:1 C11:2 C12:1 C14:1 C15:2 C16:1 C18:1 = 27
        "Tabel 8 > Baik (70-100) > B06": (26, 27),
        # K/L B12 Baik: C1:4 C2:2 C3:1 C4:1 C5:1 C6:4 C7:2 C8:3 C9:2 C10:1 C11:2 C12:2 C13:2 C14:1 C15:2 C16:1 C18:1 = 32
        "Tabel 8 > Baik (70-100) > B12": (33, 32),
        # B06: 27 Baik + 7 Kurang + 2 N/A = 36; B12: 32 + 4 + 1 = 37 (the 3+3 "-" rows of C4 left out)
        "Tabel 8 > Total > B06": (35, 36),
        "Tabel 8 > Total > B12": (38, 37),
    }
    # Akumulasi 59/0/11/3 and 73 agree: the printed B06/B12 split moves one Baik target.


def test_table_9_against_the_detail(findings: list[Finding]) -> None:
    cells = {k: v for k, v in _cells(findings, "table-cell").items() if k.startswith("Tabel 9")}
    assert cells == {
        # OMS B12 Baik: C1:2 C3:3 C4:2 C5:1 C6:1 C7:1 C8:2 C9:2 C11:2 C12:1 C13:2 C14:1 C15:1 C17:1 C18:1 = 23
        "Tabel 9 > Baik (70-100) > B12": (22, 23),
        "Tabel 9 > Baik (70-100) > Akumulasi": (39, 17 + 23),
        # OMS B12 Kurang: C2:2 C8:1 C10:2 C16:1 = 6; B06 has 8 as printed
        "Tabel 9 > Kurang (0-50) > B12": (4, 6),
        "Tabel 9 > Kurang (0-50) > Akumulasi": (12, 8 + 6),
        # OMS N/A: B06 C1:1 C14:1 C16:1 = 3, B12 none
        "Tabel 9 > Kinerja tidak dapat dinilai (N/A) > B06": (4, 3),
        "Tabel 9 > Kinerja tidak dapat dinilai (N/A) > B12": (3, 0),
        "Tabel 9 > Kinerja tidak dapat dinilai (N/A) > Akumulasi": (7, 3),
        # B06: 17 + 8 + 3 = 28 (one "-" row of C4 left out); B12: 23 + 6 + 0 = 29 as printed
        "Tabel 9 > Total > B06": (29, 28),
        "Tabel 9 > Total > Akumulasi": (58, 57),
    }


def test_table_cells_name_their_target_rows(findings: list[Finding]) -> None:
    by_label = {f.published.label: f for f in _of(findings, "table-cell") if f.published}
    na = by_label["Tabel 9 > Kinerja tidak dapat dinilai (N/A) > B06"]
    # ICW (C1, SM 3, B06), INFID (C14, B06), OMS Sektor Keadilan (C16, B06).
    assert na.derived is not None and na.derived.target_ids == ["c1.b6.t1", "c14.b2.t1", "c16.b2.t1"]
    assert len(by_label["Tabel 8 > Baik (70-100) > B06"].derived.target_ids) == 27  # type: ignore[union-attr]


def test_percent_lines_against_the_detail(findings: list[Finding]) -> None:
    lines = [(f.published.value, f.derived.value) for f in _of(findings, "percent-line-detail") if f.published and f.derived]
    # Tabel 8's lines agree (59, 11, 3 of 73). Tabel 9, 57 counted targets:
    # Baik 40 -> 40/57 = 70.2 -> 70; Kurang 14 -> 24.6 -> 25; N/A 3 -> 5.3 -> 5.
    assert lines == [(39, 40), (67, 70), (12, 14), (21, 25), (7, 3), (12, 5)]


def test_not_assessed_rule_fit(findings: list[Finding]) -> None:
    # 42 figures: 2 tables x (5 rows x 3 columns) + 2 x 3 lines x 2 numbers.
    # Not counting "-": Tabel 8 11 of 15 cells + its 6 line figures, Tabel 9 6 of 15
    # cells and no line figure = 23.
    # "-" as N/A adds C4's 3+3 K/L rows: Tabel 8 N/A 5/4/9, totals 39/40/79, so only
    # Baik Akumulasi, Cukup and Kurang fit (7) plus the counts 59 and 11 (the
    # percentages now use 79) = 9; C4's OMS B06 row makes Tabel 9's N/A B06 4, total
    # B06 29 and total 58 fit (9 cells), its lines still none = 9. 9 + 9 = 18.
    fits = {f.derived.rule: f.derived.value for f in _of(findings, "table-rule-fit") if f.derived}
    assert fits == {"'-' counted as none": 23, "'-' counted as N/A": 18}


def test_commitment_grades(findings: list[Finding]) -> None:
    # Mean of numeric scores: C7 = (100+100+100+100+0+100)/6 = 83.3 -> Baik, published Cukup;
    # C16 = (100+100+0)/3 = 66.7 -> Cukup, published Baik. The other 16 agree.
    misses = {f.published.label: (f.published.value, f.derived.value) for f in _of(findings, "commitment-grade") if f.published and f.derived}
    assert misses == {
        "administrative grades > commitment 7": ("Cukup", "Baik"),
        "administrative grades > commitment 16": ("Baik", "Cukup"),
    }
    c7 = _of(findings, "commitment-grade")[0]
    assert c7.derived is not None and len(c7.derived.target_ids) == 6


def test_admin_rule_fits(findings: list[Finding]) -> None:
    fits = {f.derived.rule: f.derived.value for f in _of(findings, "grade-rule-fit")[:6] if f.derived}
    # median: C2 scores 100,100,100,100,0,50,100,30,0,0 -> median 75 Baik (published Cukup);
    # C16 median 100 fits. share-baik: C2 5/10 = 50% -> Kurang. K/L only: C2 (88) Baik,
    # C10 (100) Baik, C13 (50) Kurang miss besides C7.
    assert fits == {
        "mean": 16,
        "median": 16,
        "mean-na-as-zero": 16,
        "share-baik": 15,
        "mean-kl-only": 14,
        "mean-latest-period": 16,
    }


def test_cocreation_grades(findings: list[Finding]) -> None:
    # Aktif=100, Semi Aktif=50, Pasif=0, grade >= 66.67 Aktif, >= 33.34 Semi Aktif:
    # C11 labels 5 Aktif + 3 Pasif -> 62.5 Semi (published Aktif); C13 4 A + 2 S + 2 P
    # -> 62.5 Semi (Pasif); C14 2 A + 1 P -> 66.67 just under -> Semi (Pasif);
    # C16 2 Aktif (2 N/A left out) -> 100 Aktif (Semi Aktif).
    misses = {f.published.label: (f.published.value, f.derived.value) for f in _of(findings, "cocreation-grade") if f.published and f.derived}
    assert misses == {
        "co-creation grades > commitment 11": ("Aktif", "Semi Aktif"),
        "co-creation grades > commitment 13": ("Pasif", "Semi Aktif"),
        "co-creation grades > commitment 14": ("Pasif", "Semi Aktif"),
        "co-creation grades > commitment 16": ("Semi Aktif", "Aktif"),
    }
    fits = [f.derived.value for f in _of(findings, "grade-rule-fit")[6:] if f.derived]
    assert fits == [14, 12, 14, 15]  # mean, majority, mean-kl-only, mean-latest-period


def test_list_titles(findings: list[Finding]) -> None:
    # Every list entry names a commitment; one title is re-worded ("Kesehatan" for
    # "Kesejahteraan", commitment 11), printed in tables 1 and 4.
    assert _of(findings, "list-title-unmatched") == []
    assert _of(findings, "list-missing") == []
    assert _of(findings, "list-duplicate") == []
    differs = _of(findings, "list-title-differs")
    assert [f.derived.record_ids for f in differs if f.derived] == [["c11"], ["c11"]]


def test_stated_counts(findings: list[Finding]) -> None:
    stated = {f.published.label.split(" > ")[1]: (f.published.value, f.derived.value) for f in _of(findings, "stated-count") if f.published and f.derived}
    assert stated == {
        # K/L listed in table 7: KIP LKPP KemenPANRB Bappenas KemendesPDTT Kemendagri LAN MA
        # Kejagung DitjenPAS Polri BPHN Kemensos KPU Kemenkes Kemenkeu Kemenkumham StranasPK = 18
        "ministries": (21, 18),
        # OMS listed: ICW PATTIRO FITRA Medialink PWYP TII TIFA Lakpesdam OMS-SK OMS-K12 Perludem INFID = 12
        # (coalitions count once; their members have no registry entry)
        "csos": (24, 12),
        # 137 rows - 7 "-" = 130 assessed (tables 8 + 9 print 73 + 58 = 131)
        "targets_worked": (131, 130),
        # every one of the 18 K/L and 12 OMS has an assessed row
        "active_ministries": (20, 18),
        "active_csos": (13, 12),
    }
    assert [f.published.value for f in _of(findings, "stated-not-derivable") if f.published] == [267]
    assert _of(findings, "stated-vs-tables") == []  # 73 + 58 = 131 as stated


def test_table7_against_the_detail(findings: list[Finding]) -> None:
    # Seknas FITRA is listed for commitment 2 but commitment 2's detail has only
    # Kementerian PAN RB and PATTIRO rows.
    missing = _of(findings, "table7-not-in-detail")
    assert [(f.published.value, f.derived.record_ids) for f in missing if f.published and f.derived] == [("Seknas FITRA", ["FITRA"])]
    assert _of(findings, "detail-not-in-table7") == []
    assert _of(findings, "table7-unresolved") == []
    assert _of(findings, "table7-commitment-missing") == []


def test_scale_matches_the_grammar(findings: list[Finding]) -> None:
    assert _of(findings, "score-scale") == []


def test_severity_totals(findings: list[Finding]) -> None:
    # errors: 13 table cells + 6 percent-line figures; warnings: 5 stated counts,
    # 2 + 4 grades, 1 table 7 entry.
    assert Counter(f.severity for f in findings if f.severity != "info") == {"error": 19, "warning": 12}


def test_audit_is_deterministic() -> None:
    first = [f.model_dump() for f in audit(reference_report(), grammar=rules(), resolve=resolver())]
    second = [f.model_dump() for f in audit(reference_report(), grammar=rules(), resolve=resolver())]
    assert first == second


def test_missing_summary_is_one_warning() -> None:
    found = audit(reference_report(with_summary=False), grammar=rules(), resolve=resolver())
    assert [(f.check, f.severity) for f in found] == [("summary-missing", "warning")]
