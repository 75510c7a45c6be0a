"""Target rows the audit cannot count: one finding each, and the disagreements they make linked under it.

The 2021 transcription with its detail damaged the way a misread page damages
it: a block heading read as a stray word (no implementer, so no table counts
its rows), two target rows read as one (two scores in one cell).
"""

from __future__ import annotations

from ogi_extract.checks import Finding, audit
from ogi_extract.checks.causes import groups, root_of
from ogi_extract.models import Report, Resolution
from reference import reference_report, resolver, rules


def _audit(report: Report) -> list[Finding]:
    return audit(report, grammar=rules(), resolve=resolver())


def test_the_transcription_has_no_unreadable_row() -> None:
    assert not [f for f in _audit(reference_report()) if f.check == "detail-unread"]


def test_a_heading_read_as_a_stray_word_is_said_once() -> None:
    report = reference_report()
    block = next(c for c in report.commitments if c.number == 5).blocks[1]  # Lakpesdam (OMS): B06 and B12, 100%
    block.implementer, block.implementer_match = "Mempelajari.", Resolution(status="unknown")
    found = _audit(report)
    unread = [f for f in found if f.check == "detail-unread"]
    assert [f.message for f in unread] == [
        f"The block “Mempelajari.” of commitment 5 names no known implementer, so no table counts its "
        f"{len(block.targets)} target rows."
    ]
    assert unread[0].derived is not None and unread[0].derived.target_ids == [t.id for t in block.targets]
    # the cells its rows are missing from, and commitment 5's grades, follow from it
    linked = [f for f in found if f.caused_by and root_of(f, found) is unread[0]]
    assert {f.check for f in linked} >= {"table-cell"}
    before = {f.message for f in _audit(reference_report()) if f.check == "table-cell"}
    new_cells = [f for f in found if f.check == "table-cell" and f.message not in before and f.caused_by is None]
    assert new_cells == []  # no new table alarm of its own


def test_two_rows_read_as_one_are_said_once_with_their_commitments_grades() -> None:
    report = reference_report()
    commitment = next(c for c in report.commitments if c.number == 3)
    block = commitment.blocks[0]
    assert [t.period for t in block.targets] == ["B06", "B12"]
    target, lost = block.targets
    block.targets = [target]  # the B12 row read into the B06 row: one row, both scores
    target.score, target.score_value, target.grade = f"{target.score} Nilai {lost.score}", None, None
    found = _audit(report)
    unread = [f for f in found if f.check == "detail-unread"]
    assert len(unread) == 1 and "Nilai" in unread[0].message and unread[0].caused_by is None
    grades = [f for f in found if f.check in ("commitment-grade", "cocreation-grade") and "Commitment 3 " in f.message]
    assert all(f.caused_by == unread[0].id for f in grades)
    assert sum(1 for root, _ in groups(found) if root.check == "detail-unread") == 1


def test_a_row_whose_label_was_not_read_is_said_once() -> None:
    report = reference_report()
    block = next(c for c in report.commitments if c.number == 5).blocks[1]  # Lakpesdam (OMS): B06 and B12, 100%
    target = block.targets[0]
    target.label, target.period = None, None
    found = _audit(report)
    unread = [f for f in found if f.check == "detail-unread"]
    assert [f.message for f in unread] == [
        f"Target row {target.id} of commitment 5 has no period (its label was not read): it counts in no table."
    ]
    # Tabel 9's Baik B06 cell, one short of the transcription's count, follows from it
    baik = [f for f in found if f.check == "table-cell" and f.published and f.published.label == "Tabel 9 > Baik (70-100) > B06"]
    assert len(baik) == 1 and root_of(baik[0], found) is unread[0]


def test_a_score_in_words_or_none_is_read_and_no_such_row() -> None:
    report = reference_report()
    first, second = next(c for c in report.commitments if c.number == 5).blocks[1].targets
    first.score, first.score_value, first.grade = "Belum dilaporkan", None, None
    second.score, second.score_value, second.grade = None, None, None
    assert not [f for f in _audit(report) if f.check == "detail-unread"]
