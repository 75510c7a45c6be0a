"""The 2021 transcription loads into a complete reference report (see `reference.py`)."""

from __future__ import annotations

from reference import reference_report


def test_fixture_has_every_target_row() -> None:
    report = reference_report()
    assert len(report.commitments) == 18
    assert len(report.targets) == 137


def test_fixture_resolves_every_heading() -> None:
    report = reference_report()
    kinds = [b.implementer_match.kind for c in report.commitments for b in c.blocks if b.implementer_match]
    assert len(kinds) == sum(len(c.blocks) for c in report.commitments)
    # 137 rows: 79 under K/L headings, 58 under OMS headings (counted from commitments.json).
    per_kind = {k: 0 for k in ("K/L", "OMS")}
    for c in report.commitments:
        for b in c.blocks:
            assert b.implementer_match is not None and b.implementer_match.kind is not None
            per_kind[b.implementer_match.kind] += len(b.targets)
    assert per_kind == {"K/L": 79, "OMS": 58}


def test_fixture_normalises_scores() -> None:
    targets = reference_report().targets
    # 96 rows "100%", 16 "0%", 6 "N/A", 7 "-", 12 other percentages.
    assert sum(t.score_value == 100 for t in targets) == 96
    assert sum(t.grade == "N/A" for t in targets) == 6
    assert sum(t.score_value is None and t.grade is None for t in targets) == 7
