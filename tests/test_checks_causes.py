"""One finding per cause: the 2021 transcription's real discrepancies, and discrepancies made on purpose.

Each case changes the transcription's front matter the way a misread or a
wrong report would (a list short of two titles, a commitment listed under
another grade, a table cell changed) and checks that the audit shows one item
for it, with the findings that follow linked under it, and that a second,
independent discrepancy stays an item of its own.
"""

from __future__ import annotations

import json

import pytest

from ogi_extract.checks import Finding, audit
from ogi_extract.checks.causes import groups, root_of, severity
from ogi_extract.checks.render import render
from ogi_extract.models.summary import Figure, Summary
from reference import reference_report, reference_summary, resolver, rules

SEVERE = ("error", "warning")


def _audit(summary: Summary | None = None) -> list[Finding]:
    return audit(reference_report(), summary=summary, grammar=rules(), resolve=resolver())


def _stated(finding: Finding) -> str:
    """The key of the stated count a finding is about (`stated count > ministries`)."""
    return finding.published.label.rpartition(" > ")[2] if finding.published else ""


def _roots(findings: list[Finding]) -> list[tuple[Finding, list[Finding]]]:
    return [(r, rest) for r, rest in groups(findings) if severity(r, rest) in SEVERE]


def _new(findings: list[Finding], baseline: list[Finding]) -> list[tuple[Finding, list[Finding]]]:
    """The severe items that the baseline audit does not have (by check and sentence of the root)."""
    known = {(r.check, r.message) for r, _ in _roots(baseline)}
    return [(r, rest) for r, rest in _roots(findings) if (r.check, r.message) not in known]


@pytest.fixture(scope="module")
def baseline() -> list[Finding]:
    return _audit()


def test_every_finding_has_an_id_and_points_at_a_root(baseline: list[Finding]) -> None:
    ids = [f.id for f in baseline]
    assert ids == [f"F{n}" for n in range(1, len(baseline) + 1)]
    by_id = {f.id: f for f in baseline}
    for f in baseline:
        if f.caused_by:
            assert by_id[f.caused_by].caused_by is None, f  # one level: consequences hang under their root
            assert root_of(f, baseline) is by_id[f.caused_by]


def test_the_real_2021_discrepancies_are_one_item_each(baseline: list[Finding]) -> None:
    by_label = {f.published.label: f for f in baseline if f.check == "table-cell" and f.published}
    # Tabel 8: one Baik target counted in B12 instead of B06 (26/33 printed, 27/32 in the detail);
    # each column's total differs by exactly its Baik cell.
    assert by_label["Tabel 8 > Total > B06"].caused_by == by_label["Tabel 8 > Baik (70-100) > B06"].id
    assert by_label["Tabel 8 > Total > B12"].caused_by == by_label["Tabel 8 > Baik (70-100) > B12"].id
    # Tabel 9: N/A 7 printed against 3 = +1 in B06 and +3 in B12; Total B06 +1 is the N/A B06 cell.
    na_b06 = by_label["Tabel 9 > Kinerja tidak dapat dinilai (N/A) > B06"]
    assert by_label["Tabel 9 > Kinerja tidak dapat dinilai (N/A) > Akumulasi"].caused_by == na_b06.id
    assert by_label["Tabel 9 > Total > B06"].caused_by == na_b06.id
    lines = [f for f in baseline if f.check == "percent-line-detail"]
    assert lines and all(f.caused_by for f in lines)  # each follows from its row's cells
    # 131 targets worked, as the tables' totals print; the detail has 130, exactly Tabel 9's total
    worked = next(f for f in baseline if f.check == "stated-count" and _stated(f) == "targets_worked")
    assert root_of(worked, baseline).check == "table-cell"
    # the grades of commitments 7 and 16 and the co-creation grades stand alone: nothing explains them
    grades = [f for f in baseline if f.check in ("commitment-grade", "cocreation-grade")]
    assert len(grades) == 6 and not any(f.caused_by for f in grades)
    assert not any(f.caused_by == g.id for g in grades for f in baseline)


def _short_list(summary: Summary, grade: str, drop: int) -> Summary:
    dist = summary.commitment_cocreation
    dist.lists[grade] = dist.lists[grade][drop:]
    return summary


def test_a_list_read_short_is_one_item_with_its_consequences(baseline: list[Finding]) -> None:
    found = _audit(_short_list(reference_summary(), "Aktif", 2))
    new = _new(found, baseline)
    assert len(new) == 1, [(r.check, r.message) for r, _ in new]
    root, rest = new[0]
    assert root.check == "count-vs-list" and "Aktif" in root.message
    checks = sorted(f.check for f in rest)
    assert checks.count("list-missing") == 2  # the two titles the list lost
    assert {"pie-percent-list", "lists-vs-stated"} <= set(checks)
    assert all(f.caused_by == root.id for f in rest)


def test_a_second_discrepancy_stays_its_own_item(baseline: list[Finding]) -> None:
    summary = _short_list(reference_summary(), "Aktif", 2)
    ministries = summary.stated_counts["ministries"]
    summary.stated_counts["ministries"] = Figure(value=ministries.value + 5)
    new = _new(_audit(summary), baseline)
    assert sorted(r.check for r, _ in new) == ["count-vs-list", "stated-count"]


def _moved(to: str) -> Summary:
    summary = reference_summary()
    lists = summary.commitment_admin.lists
    lists[to].append(lists["Baik"].pop(0))  # commitment 1, graded Baik by its targets
    return summary


def test_a_commitment_listed_under_another_grade_is_one_item(baseline: list[Finding]) -> None:
    new = _new(_audit(_moved("Kurang")), baseline)
    assert len(new) == 1, [(r.check, r.message) for r, _ in new]
    root, rest = new[0]
    assert root.check == "commitment-grade" and "Commitment 1 is published as Kurang" in root.message
    assert sorted({f.check for f in rest}) == ["count-vs-list", "pie-percent-list"]


def test_a_move_into_a_list_with_a_real_misgrade_hides_neither(baseline: list[Finding]) -> None:
    # The Cukup list holds commitment 7, misgraded in the report itself: one too many in the list, two
    # commitments whose targets do not grade Cukup, so neither is taken for the moved one.
    found = _audit(_moved("Cukup"))
    new = _new(found, baseline)
    assert sorted(r.check for r, _ in new) == ["commitment-grade", "count-vs-list"]
    seven = next(f for f in found if f.check == "commitment-grade" and f.message.startswith("Commitment 7 "))
    assert seven.caused_by is None and not any(f.caused_by == seven.id for f in found)


def test_a_changed_cell_breaks_its_row_and_column_as_one_item(baseline: list[Finding]) -> None:
    summary = reference_summary()
    table = summary.target_admin_tables["K/L"]
    row = next(label for label in table.rows if label.startswith("Cukup"))
    table.rows[row]["B06"] = Figure(value=table.rows[row]["B06"].value + 2)
    new = _new(_audit(summary), baseline)
    assert len(new) == 1, [(r.check, r.message) for r, _ in new]
    root, rest = new[0]
    assert root.check == "table-cell" and root.published is not None and root.published.label.endswith("B06")
    assert sorted(f.check for f in rest) == ["table-column-sum", "table-row-sum"]


def test_a_pie_wedge_against_its_list_and_its_count_is_one_item(baseline: list[Finding]) -> None:
    summary = reference_summary()
    summary.commitment_admin.published_percent["Baik"] = Figure(value=70)
    new = _new(_audit(summary), baseline)
    assert [(r.check, [f.check for f in rest]) for r, rest in new] == [("pie-percent-list", ["pie-percent-count"])]


def test_every_format_shows_a_cause_with_what_follows(baseline: list[Finding]) -> None:
    found = _audit(_short_list(reference_summary(), "Aktif", 2))
    lines = render(found, "text").splitlines()
    root = next(n for n, ln in enumerate(lines) if ln.startswith("error") and "count-vs-list" in ln and "Aktif" in ln)
    after = lines[root + 1 : root + 6]
    assert all(ln.startswith("  \u21b3 ") for ln in after), after
    data = json.loads(render(found, "json"))
    linked = [f for f in data["findings"] if f["caused_by"]]
    assert linked and all(any(g["id"] == f["caused_by"] for g in data["findings"]) for f in linked)
    md = render(found, "md")
    assert md.count("| \u21b3 ") == sum(1 for f in found if f.caused_by)


def test_an_implementer_table_7_lists_nowhere_shortens_the_listed_count(baseline: list[Finding]) -> None:
    # The stated number of ministries made to agree with table 7, then a ministry with target rows
    # dropped from every row of table 7: it is "not listed", and the count is one short because of it.
    summary = reference_summary()
    listed = next(f for f in baseline if f.check == "stated-count" and f.message.startswith("The text states 21 ministries"))
    assert listed.derived is not None and isinstance(listed.derived.value, int)
    summary.stated_counts["ministries"] = Figure(value=listed.derived.value)
    for row in summary.commitment_implementers:
        row.implementers = [n for n in row.implementers if not n.value.startswith("Komisi Informasi Pusat")]
    found = _audit(summary)
    unlisted = [f for f in found if f.check == "detail-not-in-table7" and f.derived and f.derived.record_ids == ["KIP"]]
    count = [f for f in found if f.check == "stated-count" and _stated(f) == "ministries"]
    assert unlisted and len(count) == 1 and root_of(count[0], found) is unlisted[0]
