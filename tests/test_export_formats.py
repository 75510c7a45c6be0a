"""Text formats and the flat views: what a researcher loads is what the records say."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path

import pytest

from ogi_extract.export import FORMATS, render, to_csv, to_json, to_jsonl
from ogi_extract.models import Report

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "monev-2021.json"


@pytest.fixture(scope="module")
def golden() -> Report:
    return Report.model_validate_json(GOLDEN.read_text(encoding="utf-8"))


def _raw_targets() -> list[dict[str, object]]:
    data = json.loads(GOLDEN.read_text(encoding="utf-8"))
    return [t for c in data["commitments"] for b in c["blocks"] for t in b["targets"]]


def test_json_round_trips_and_is_stable(golden: Report) -> None:
    text = to_json(golden)
    assert Report.model_validate_json(text) == golden
    assert to_json(Report.model_validate_json(text)) == text


def test_every_format_renders_the_same_rows(golden: Report) -> None:
    raw = _raw_targets()
    rows = list(csv.DictReader(io.StringIO(to_csv(golden))))
    lines = [json.loads(line) for line in to_jsonl(golden).splitlines()]
    assert len(rows) == len(lines) == len(raw) == 137
    assert [r["target_id"] for r in rows] == [t["id"] for t in raw]
    assert [ln["target_text"] for ln in lines] == [t["target_text"] for t in raw]
    assert Counter(ln["grade"] for ln in lines) == Counter(t["grade"] for t in raw)
    for fmt in FORMATS:
        assert render(golden, fmt) == render(golden, fmt)
    with pytest.raises(ValueError):
        render(golden, "xml")


def test_targets_flat_list_and_pandas(golden: Report) -> None:
    pandas = pytest.importorskip("pandas")
    raw = _raw_targets()
    assert [t.id for t in golden.targets] == [t["id"] for t in raw]
    frame = golden.to_pandas()
    assert isinstance(frame, pandas.DataFrame)
    assert len(frame) == len(raw)
    assert list(frame.columns) == list(golden.target_rows()[0])
    per_grade = frame.groupby("grade", dropna=False).size().to_dict()
    expected = Counter(t["grade"] for t in raw)
    assert {(None if isinstance(k, float) else k): v for k, v in per_grade.items()} == dict(expected)


def test_json_schema_describes_the_records() -> None:
    schema = Report.model_json_schema()
    target = schema["$defs"]["Target"]["properties"]
    assert {"score_value", "grade", "provenance", "target_text"} <= set(target)
    assert schema["$defs"]["Target"]["additionalProperties"] is False
