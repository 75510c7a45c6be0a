"""Synthetic reports of the family parse back to their truth."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings

import ogi_extract
from ogi_extract.synth import make_report
from ogi_extract.synth.strategies import reports


def _truth_view(report: Any) -> dict[str, Any]:
    data = report.model_dump(mode="json", include={"commitments"})
    keep_c = ("number", "title", "follow_up")
    keep_t = ("label", "period", "target_text", "achievement_text", "score", "cocreation_text", "cocreation_label")
    return {
        "commitments": [
            {
                **{k: c[k] for k in keep_c},
                "blocks": [
                    {
                        "success_measure": b["success_measure"],
                        "implementer": b["implementer"],
                        "targets": [{k: t[k] for k in keep_t} for t in b["targets"]],
                    }
                    for b in c["blocks"]
                ],
            }
            for c in data["commitments"]
        ]
    }


def _expected(truth: dict[str, Any]) -> dict[str, Any]:
    return {"commitments": [{k: c[k] for k in ("number", "title", "follow_up", "blocks")} for c in truth["commitments"]]}


def _first_difference(got: Any, want: Any, path: str = "") -> str | None:
    if isinstance(want, dict) and isinstance(got, dict):
        for key in want:
            found = _first_difference(got.get(key), want[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(want, list) and isinstance(got, list):
        for i, (g, w) in enumerate(zip(got, want)):
            found = _first_difference(g, w, f"{path}[{i}]")
            if found:
                return found
        return None if len(got) == len(want) else f"{path}: {len(got)} items, want {len(want)}"
    return None if got == want else f"{path}:\n  got  {got!r}\n  want {want!r}"


def _check(synth: Any) -> None:
    report = ogi_extract.parse(synth.pdf)
    got, want = _truth_view(report), _expected(synth.truth)
    assert got == want, _first_difference(got, want)
    assert report.unassigned == [], report.unassigned[:10]


# Derandomized: the same 12 reports on every run, so CI reports a change of the
# parser, not the luck of the draw; the long fuzz run (`-m slow`) explores.
@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(reports())
def test_synthetic_reports_round_trip(synth: Any) -> None:
    _check(synth)


def test_rows_breaking_over_two_page_boundaries_round_trip() -> None:
    found = 0
    for seed in range(40):
        synth = make_report(seed)
        if any(len(r.pages) >= 3 for r in synth.rows):
            _check(synth)
            found += 1
            if found == 2:
                break
    assert found == 2, "the generator made no row spanning three pages in 40 seeds"
