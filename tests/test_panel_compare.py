"""Comparing two reports of a plan: the 2021 replica and a generated 2022 report, against their truth.

The expected standings are computed from the golden records and the generator's
spec (printed scores and labels), with the scales read from the grammar file, not
from the panel's rows.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import ogi_extract
from ogi_extract.cli import main
from ogi_extract.models import Report
from ogi_extract.panel import Comparison, Panel, compare
from ogi_extract.panel.compare import Standing, to_json, to_text
from ogi_extract.panel.html import compare_html
from ogi_extract.panel.scales import scales
from panel_data import ROOT, chromium, golden, png_colours, sequel, sequel_report

EARLIER, LATER = "monev-2021.pdf", "monev-2022.pdf"
GRAMMAR = tomllib.loads((ROOT / "grammars" / "monev-2021.toml").read_text(encoding="utf-8"))
PERIODS = GRAMMAR["edition"]["periods"]


@pytest.fixture(scope="module")
def reports(replica_pymupdf: Report) -> tuple[Report, Report]:
    return replica_pymupdf, sequel_report()


@pytest.fixture(scope="module")
def panel(reports: tuple[Report, Report]) -> Panel:
    return ogi_extract.panel(list(reports))


@pytest.fixture(scope="module")
def cmp(panel: Panel) -> Comparison:
    return compare(panel)


# --- the truth, from the golden records and the generator ----------------------------------------


def _truth_rows() -> dict[str, list[dict[str, Any]]]:
    earlier = [
        {"commitment": c["number"], **t, "entry": (b.get("implementer_match") or {}).get("id")}
        for c in golden()["commitments"] for b in c["blocks"] for t in b["targets"]
    ]
    made = sequel()
    flat = [t for c in made.spec.truth()["commitments"] for b in c["blocks"] for t in b["targets"]]
    later = [{**t, "commitment": r.commitment, "entry": r.implementer_id} for r, t in zip(made.join.rows, flat)]
    return {EARLIER: earlier, LATER: later}


def _grade(value: float) -> str:
    for band in sorted(GRAMMAR["scores"]["scale"], key=lambda b: -b["min"]):
        if value >= band["min"]:
            return band["grade"]
    raise AssertionError(value)


def _expected(rows: list[dict[str, Any]]) -> tuple[str | None, float | None, str | None]:
    """(period, mean score, grade) of the last period of `rows`, from the printed scores."""
    last = max((r["period"] for r in rows), key=PERIODS.index)
    scores = []
    for r in rows:
        m = re.fullmatch(r"(\d{1,3}(?:[.,]\d+)?)\s*%", (r["score"] or "").strip())
        if r["period"] == last and m:
            scores.append(float(m.group(1).replace(",", ".")))
    if not scores:
        return last, None, None
    mean = round(sum(scores) / len(scores), 1)
    return last, mean, _grade(mean)


def _check(standing: Standing | None, rows: list[dict[str, Any]]) -> None:
    assert standing is not None
    period, score, grade = _expected(rows)
    assert (standing.period, standing.score) == (period, score)
    if grade is not None:
        assert standing.grade == grade


# --- tests ----------------------------------------------------------------------------------------


def test_commitments_compared_as_of_each_reports_last_period(cmp: Comparison) -> None:
    truth = _truth_rows()
    retitled = set(sequel().join.retitled)
    by_key = {c.commitment_key: c for c in cmp.commitments}
    for c in golden()["commitments"]:
        n = c["number"]
        before = [r for r in truth[EARLIER] if r["commitment"] == n]
        after = [r for r in truth[LATER] if r["commitment"] == n]
        if n in retitled:  # not joined: gone under its old key, new under its own
            assert by_key[f"C{n:02d}"].grade_change == "missing"
            assert by_key[f"C{n:02d}@{LATER}"].grade_change == "new"
            _check(by_key[f"C{n:02d}"].before, before)
            _check(by_key[f"C{n:02d}@{LATER}"].after, after)
            continue
        change = by_key[f"C{n:02d}"]
        _check(change.before, before)
        _check(change.after, after)
        ranks = [g for g, _ in scales().grades]
        if change.before.grade in ranks and change.after.grade in ranks:  # type: ignore[union-attr]
            a, b = ranks.index(change.before.grade), ranks.index(change.after.grade)  # type: ignore[union-attr]
            assert change.grade_change == ("same" if a == b else "up" if b < a else "down")
    assert len(cmp.commitments) == len(golden()["commitments"]) + len(retitled)


def test_implementers_compared_by_id(cmp: Comparison) -> None:
    truth = _truth_rows()
    join = sequel().join
    retitled = set(join.retitled)
    pairs = {(c.commitment_key, c.implementer_id): c for c in cmp.implementers}
    for (key, entry_id), change in pairs.items():
        n = change.commitment
        before = [r for r in truth[EARLIER] if r["commitment"] == n and r["entry"] == entry_id and "@" not in key]
        after = [r for r in truth[LATER] if r["commitment"] == n and r["entry"] == entry_id
                 and ("@" in key or n not in retitled)]
        if before:
            _check(change.before, before)
        else:
            assert change.before is None and change.grade_change == "new"
        if after:
            _check(change.after, after)
        else:
            assert change.after is None and change.grade_change == "missing"
    for n, entry_id in join.dropped:
        assert pairs[(f"C{n:02d}", entry_id)].grade_change == "missing"
    for n, entry_id in join.added:
        key = f"C{n:02d}@{LATER}" if n in retitled else f"C{n:02d}"
        assert pairs[(key, entry_id)].grade_change == "new"


def test_new_and_missing_implementers(cmp: Comparison) -> None:
    join = sequel().join
    before = {r.implementer_id for r in join.earlier_rows}
    after = {r.implementer_id for r in join.rows}
    assert cmp.new_implementers == sorted(after - before)
    assert cmp.missing_implementers == sorted(before - after)


def test_cocreation_changes(cmp: Comparison) -> None:
    values = GRAMMAR["audit"]["commitment_cocreation"]["values"]
    labels = {re.sub(r"[\s\-‐–]+", "", k.lower()): v for k, v in GRAMMAR["cocreation"]["labels"].items()}
    steps = sorted(GRAMMAR["audit"]["commitment_cocreation"]["scale"], key=lambda s: -s["min"])
    truth = _truth_rows()

    def expected(rows: list[dict[str, Any]]) -> str | None:
        last = max((r["period"] for r in rows), key=PERIODS.index)
        found = [labels.get(re.sub(r"[\s\-‐–]+", "", (r["cocreation_label"] or "").lower())) for r in rows
                 if r["period"] == last]
        scored = [values[f] for f in found if f in values]
        if not scored:
            return next((f for f in found if f), None)
        mean = sum(scored) / len(scored)
        return next(s["grade"] for s in steps if mean >= s["min"])

    checked = 0
    for change in cmp.commitments:
        if change.before and change.after:
            n = change.commitment
            before = expected([r for r in truth[EARLIER] if r["commitment"] == n])
            after = expected([r for r in truth[LATER] if r["commitment"] == n])
            assert (change.before.cocreation, change.after.cocreation) == (before, after)
            order = [s["grade"] for s in steps]
            if before in order and after in order:
                a, b = order.index(before), order.index(after)
                assert change.cocreation_change == ("same" if a == b else "up" if b < a else "down")
            checked += 1
    assert checked >= len(golden()["commitments"]) - 1


def test_text_and_json_forms(cmp: Comparison) -> None:
    text = to_text(cmp)
    assert text.startswith(f"compare {EARLIER} (B06, B12) -> {LATER} (B18, B24)")
    assert all(f" C{n:02d} " in text for n in range(1, 19))
    assert all(n.message in text for n in cmp.notes)
    data = json.loads(to_json(cmp))
    assert data["before"]["file"] == EARLIER and data["after"]["file"] == LATER
    assert len(data["commitments"]) == len(cmp.commitments)
    assert {c["grade_change"] for c in data["implementers"]} <= {"up", "down", "same", "changed", "new", "missing"}
    assert [n["message"] for n in data["notes"]] == [n.message for n in cmp.notes]


def test_html_form_opens_in_chromium(cmp: Comparison, panel: Panel, tmp_path: Path) -> None:
    page = tmp_path / "compare.html"
    page.write_text(compare_html(cmp, panel), encoding="utf-8")
    dom = chromium(page, "--dump-dom").stdout
    assert dom.count("<svg") == 2  # the grade chart of every commitment and the heat map
    assert all(f">C{n:02d}<" in dom for n in range(1, 19))
    shot = tmp_path / "shot.png"
    chromium(page, "--window-size=1280,1800", f"--screenshot={shot}")
    assert png_colours(shot.read_bytes()) > 50


def test_cli_compare(reports: tuple[Report, Report], tmp_path: Path) -> None:
    files = []
    for report in reports:
        path = tmp_path / f"{Path(report.source.file or 'x').stem}.json"
        path.write_text(report.model_dump_json(), encoding="utf-8")
        files.append(str(path))
    result = CliRunner().invoke(main, ["compare", *files, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["before"]["file"], data["after"]["file"]) == (EARLIER, LATER)
    assert "warning: commitment" in result.stderr
    out = tmp_path / "c.txt"
    result = CliRunner().invoke(main, ["compare", *files, "-o", str(out)])
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").startswith("compare ")
    # reversed: what changed from the later to the earlier report
    back = CliRunner().invoke(main, ["compare", files[1], files[0], "--format", "json"])
    assert json.loads(back.stdout)["before"]["file"] == LATER
