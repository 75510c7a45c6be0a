"""A figure read in part: one finding that says so, and the checks that depend on it skipped.

The 2021 transcription's front matter with one figure marked as the reader
marks a table cut at a page end (`complete=False`): the audit must say it once,
with the reader's reason and the checks skipped, and give none of the findings
the cut figure would otherwise set off; the rest of the summary is still checked.
"""

from __future__ import annotations

from ogi_extract.checks import Finding, audit
from ogi_extract.models.gaps import Gap
from ogi_extract.models.summary import Summary
from reference import reference_report, reference_summary, resolver, rules


def _audit(summary: Summary) -> list[Finding]:
    return audit(reference_report(), summary=summary, grammar=rules(), resolve=resolver())


def _checks(findings: list[Finding]) -> set[str]:
    return {f.check for f in findings}


def test_a_grade_list_cut_short_is_one_finding_and_its_checks_skipped() -> None:
    summary = reference_summary()
    dist = summary.commitment_cocreation
    dist.lists["Aktif"] = dist.lists["Aktif"][3:]  # what a list cut at a page end would give
    dist.complete = False
    dist.incomplete_reason = "table 4 continues past page 9 and its rest was not found"
    found = _audit(summary)
    said = [f for f in found if f.check == "figure-incomplete"]
    assert [f.message for f in said] == [
        "Checks on co-creation grades skipped: “table 4 continues past page 9 and its rest was not found”."
    ]
    assert said[0].in_lang("id").message == ("Pemeriksaan kategori ko-kreasi dilewati: “table 4 continues past page 9 "
                                             "and its rest was not found”.")  # a reason known in words only
    assert said[0].severity == "warning"
    cocreation = [f for f in found if f.check in ("cocreation-grade", "list-missing", "count-vs-list", "pie-percent-list",
                                                  "lists-vs-stated")]
    assert cocreation == []  # the four real co-creation misgrades go unchecked too: they depend on the list
    assert "commitment-grade" in _checks(found)  # the administrative grades are still checked


def test_the_readers_reason_is_said_in_the_language_of_the_finding() -> None:
    summary = reference_summary()
    dist = summary.commitment_admin
    dist.lists["Baik"] = dist.lists["Baik"][:-1]
    dist.complete = False
    dist.incomplete_gap = Gap(kind="numbering", table="Tabel 2", page=5, numbers=[1, 2, 4])
    dist.incomplete_reason = "Tabel 2: its rows are numbered 1, 2, 4, not 1 to 3"
    table = summary.target_admin_tables["OMS"]
    table.complete, table.incomplete_gap = False, Gap(kind="no-total", table=None, page=20)
    table.incomplete_reason = "the table on page 20 has no total row"
    summary.implementers_complete = False
    summary.implementers_incomplete_gap = Gap(kind="cut", table="Tabel 7", page=11, cut_at=12)
    summary.implementers_incomplete_reason = "Tabel 7 continues past page 12 and its rest was not found"
    said = [f for f in _audit(summary) if f.check == "figure-incomplete"]
    assert [f.message for f in said] == [
        "Checks on administrative grades skipped: “Tabel 2: its rows are numbered 1, 2, 4, not 1 to 3”.",
        "Checks on the implementers of table 7 and the stated numbers of implementers skipped: “Tabel 7 continues "
        "past page 12 and its rest was not found”.",
        "Checks on Tabel 9 and the stated number of targets skipped: “the table on page 20 has no total row”.",
    ]
    assert [f.in_lang("id").message for f in said] == [
        "Pemeriksaan kategori capaian administratif dilewati: “Tabel 2: barisnya bernomor 1, 2, 4, bukan 1 "
        "sampai 3”.",
        "Pemeriksaan pelaksana di tabel 7 dan jumlah pelaksana yang dinyatakan dilewati: “Tabel 7 berlanjut melewati "
        "halaman 12, tetapi lanjutannya tidak ditemukan”.",
        "Pemeriksaan Tabel 9 dan jumlah target yang dinyatakan dilewati: “tabel di halaman 20 tidak memiliki baris "
        "Total”.",
    ]
    kept = said[0].model_dump(mode="json")["params"]["reason"]  # the findings' JSON keeps the reason as data
    assert kept == {"id": "gap.numbering", "params": {"table": "Tabel 2", "numbers": "1, 2, 4", "n": 3}}


def test_a_cut_figure_without_a_reason_is_named() -> None:
    summary = reference_summary()
    summary.commitment_admin.complete = False
    found = [f.message for f in _audit(summary) if f.check == "figure-incomplete"]
    assert found == ["Checks on administrative grades skipped: the lists of administrative grades could not be read "
                     "completely."]


def test_a_target_table_cut_short_skips_its_cells_and_the_stated_total() -> None:
    summary = reference_summary()
    table = summary.target_admin_tables["OMS"]
    table.complete = False
    table.incomplete_reason = "Tabel 9 ends at the foot of page 20 without its total row"
    found = _audit(summary)
    assert [f.message for f in found if f.check == "figure-incomplete"] == [
        "Checks on Tabel 9 and the stated number of targets skipped: “Tabel 9 ends at the foot of page 20 without "
        "its total row”."
    ]
    labels = [f.published.label for f in found if f.published and f.check in ("table-cell", "percent-line-detail")]
    assert labels and all(label.startswith("Tabel 8") for label in labels)
    assert "stated-vs-tables" not in _checks(found)


def test_table_7_cut_short_skips_its_implementers() -> None:
    summary = reference_summary()
    summary.commitment_implementers = summary.commitment_implementers[:-2]  # its last rows lost at a page end
    row = next(r for r in summary.commitment_implementers if r.number.value == 2)
    row.implementers = row.implementers[:1]
    summary.implementers_complete = False
    summary.implementers_incomplete_reason = "Tabel 7 continues past page 12 and its rest was not found"
    found = _audit(summary)
    assert [f.message for f in found if f.check == "figure-incomplete"] == [
        "Checks on the implementers of table 7 and the stated numbers of implementers skipped: “Tabel 7 continues "
        "past page 12 and its rest was not found”."
    ]
    implementers = [f for f in found if f.check in ("table7-not-in-detail", "detail-not-in-table7", "table7-unresolved",
                                                    "table7-commitment-missing")]
    assert implementers == []  # FITRA listed for 2 without target rows was a real finding: skipped with the table
    stated = [f.derived.rule for f in found if f.check == "stated-count" and f.derived]
    assert stated and not any("listed" in (rule or "") for rule in stated)  # listed implementers not counted


def test_a_complete_summary_gives_no_such_finding() -> None:
    assert "figure-incomplete" not in _checks(_audit(reference_summary()))


def test_how_complete_a_reading_was_is_no_published_figure() -> None:
    summary = reference_summary()
    summary.commitment_admin.complete = False
    assert summary.figures() == reference_summary().figures()
    assert "complete" not in str(summary.figures())
