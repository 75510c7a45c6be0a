"""The later report of a plan: same commitments, later periods, other spellings, and a truth of the join."""

from __future__ import annotations

import random

import pytest

import ogi_extract
from ogi_extract.match import resolve_title
from ogi_extract.match.registry import Registry
from ogi_extract.synth import SpecParams, make_report
from ogi_extract.synth.sequel import LATER_PERIODS, make_sequel, sequel_spec, spec_from_records, spelling_ids
from panel_data import golden, sequel, sequel_report

SEEDS = (3, 11, 29, 47)


def _earlier(seed: int):
    return make_report(seed, params=SpecParams(periods=("B06", "B12"), commitments=(3, 5))).spec


def test_spec_from_golden_keeps_the_plan() -> None:
    spec = spec_from_records(golden())
    assert spec.target_count == 137
    truth = spec.truth()
    assert [c["number"] for c in truth["commitments"]] == [c["number"] for c in golden()["commitments"]]
    for got, want in zip(truth["commitments"], golden()["commitments"]):
        assert got["title"] == want["title"]
        assert [b["implementer"] for b in got["blocks"]] == [b["implementer"] for b in want["blocks"]]
        assert [t["period"] for b in got["blocks"] for t in b["targets"]] == [
            t["period"] for b in want["blocks"] for t in b["targets"]
        ]


@pytest.mark.parametrize("seed", SEEDS)
def test_sequel_keeps_commitments_and_moves_to_later_periods(seed: int) -> None:
    earlier = _earlier(seed)
    later, truth = sequel_spec(earlier, random.Random(seed))
    assert [c.number for c in later.commitments] == [c.number for c in earlier.commitments]
    periods = {t.period for c in later.commitments for b in c.blocks for t in b.targets}
    assert periods <= set(LATER_PERIODS) and periods
    assert len(truth.rows) == later.target_count
    assert len(truth.earlier_rows) == earlier.target_count
    # every measure of the later report is one of the earlier report's
    for a, b in zip(earlier.commitments, later.commitments):
        assert {blk.measure for blk in b.blocks} <= {blk.measure for blk in a.blocks}


@pytest.mark.parametrize("seed", SEEDS)
def test_sequel_titles_one_reworded_one_replaced(seed: int) -> None:
    earlier = _earlier(seed)
    later, truth = sequel_spec(earlier, random.Random(seed))
    before = {c.number: c.title for c in earlier.commitments}
    after = {c.number: c.title for c in later.commitments}
    changed = sorted(n for n in before if before[n] != after[n])
    assert sorted((*truth.reworded, *truth.retitled)) == changed
    assert len(truth.retitled) == 1
    for n in truth.reworded:
        found = resolve_title(after[n], before)
        assert (found.status, found.number) == ("matched", n)
    for n in truth.retitled:
        assert resolve_title(after[n], before).status == "unknown"


@pytest.mark.parametrize("seed", SEEDS)
def test_sequel_spells_implementers_otherwise_and_changes_who_takes_part(seed: int) -> None:
    earlier = _earlier(seed)
    later, truth = sequel_spec(earlier, random.Random(seed))
    registry = Registry.default()
    ids = spelling_ids(registry)
    # every heading of both reports is a spelling the registry holds, so the truth has an id for each row
    assert all(r.implementer_id for r in (*truth.rows, *truth.earlier_rows))

    def headings(spec):
        out: dict[tuple[int, str], set[str]] = {}
        for c in spec.commitments:
            for b in c.blocks:
                out.setdefault((c.number, ids[" ".join(b.implementer.split())]), set()).add(b.implementer)
        return out

    a, b = headings(earlier), headings(later)
    assert set(a) - set(b) == set(truth.dropped)
    assert set(b) - set(a) == set(truth.added)
    assert len(truth.dropped) == 1 and len(truth.added) == 1
    # where the registry knows another spelling, the later report uses one
    respelled = [key for key in set(a) & set(b) if len(registry[key[1]].spellings) > 1]
    assert respelled
    assert sum(1 for key in respelled if b[key] - a[key]) >= len(respelled) // 2


def test_same_seed_same_pdf() -> None:
    earlier = _earlier(5)
    first, second = make_sequel(earlier, 5), make_sequel(earlier, 5)
    assert first.report.pdf == second.report.pdf
    assert first.join == second.join


def test_sequel_of_the_sample_parses_to_its_truth() -> None:
    made = sequel()
    report = sequel_report()
    assert report.document.periods == ["B18", "B24"]
    rows = report.target_rows()
    assert len(rows) == len(made.join.rows)
    got = [(r["commitment"], r["implementer"], r["period"]) for r in rows]
    want = [(t.commitment, t.implementer, t.period) for t in made.join.rows]
    assert got == want
    assert [c.title for c in report.commitments] == [c.title for c in made.spec.commitments]


@pytest.mark.parametrize("seed", SEEDS[:2])
def test_sequel_of_a_seed_parses_to_its_truth(seed: int) -> None:
    made = make_sequel(_earlier(seed), seed)
    report = ogi_extract.parse(made.report.pdf)
    got = [(r["commitment"], r["implementer"], r["period"]) for r in report.target_rows()]
    assert got == [(t.commitment, t.implementer, t.period) for t in made.join.rows]
