"""The golden file is what its builder makes from the transcription, and is right.

The spot checks below were counted by hand from the transcription, not from the
builder, so that a mistake in the builder's mapping cannot pass unseen.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from ogi_extract.models import Report

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden" / "monev-2021.json"
REFERENCE = ROOT / "samples" / "monev-2021" / "reference"
RAW_FIELDS = (
    "label",
    "period",
    "target_text",
    "achievement_text",
    "score",
    "cocreation_text",
    "cocreation_label",
)


def _load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_golden", ROOT / "golden" / "build_golden.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


builder = _load_builder()


@pytest.fixture(scope="module")
def golden() -> dict[str, Any]:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def reference() -> dict[str, Any]:
    return json.loads((REFERENCE / "monev-2021.commitments.json").read_text(encoding="utf-8"))


def _targets(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [t for c in doc["commitments"] for b in c["blocks"] for t in b["targets"]]


def test_committed_golden_is_exactly_what_the_builder_makes() -> None:
    assert GOLDEN.read_text(encoding="utf-8") == builder.build_text(), (
        "golden/monev-2021.json is stale or was edited by hand: run python golden/build_golden.py"
    )


def test_golden_loads_as_a_report(golden: dict[str, Any]) -> None:
    report = Report.model_validate(golden)
    assert len(report.targets) == 137
    assert set(golden) == {"document", "commitments"}


def test_document_info(golden: dict[str, Any]) -> None:
    assert golden["document"] == {
        "title": "Laporan Monitoring dan Evaluasi RAN OGI 2020-2022 Semester I dan II Tahun 2021",
        "action_plan": "RAN OGI 2020-2022",
        "periods": ["B06", "B12"],
    }


def test_counts_and_ids(golden: dict[str, Any]) -> None:
    commitments = golden["commitments"]
    assert [c["number"] for c in commitments] == list(range(1, 19))
    assert [c["id"] for c in commitments] == [f"c{n:02d}" for n in range(1, 19)]
    targets = _targets(golden)
    assert len(targets) == 137
    ids = [t["id"] for t in targets]
    assert len(set(ids)) == 137
    assert all(re.fullmatch(r"c\d{2}-b\d{2}-t\d{2}", i) for i in ids)
    for c in commitments:
        assert [b["id"] for b in c["blocks"]] == [f"{c['id']}-b{k:02d}" for k in range(1, len(c["blocks"]) + 1)]
        for b in c["blocks"]:
            assert [t["id"] for t in b["targets"]] == [f"{b['id']}-t{k:02d}" for k in range(1, len(b["targets"]) + 1)]
    # Commitment 1 has 7 blocks; the fifth is LKPP's first under success measure 3.
    c1 = commitments[0]
    assert len(c1["blocks"]) == 7
    assert c1["blocks"][4]["id"] == "c01-b05"
    assert c1["blocks"][4]["success_measure"]["number"] == 3


def test_raw_fields_are_the_transcription_unchanged(golden: dict[str, Any], reference: dict[str, Any]) -> None:
    for got, want in zip(_targets(golden), _targets(reference), strict=True):
        assert {k: got[k] for k in RAW_FIELDS} == {k: want[k] for k in RAW_FIELDS}
    for got_c, want_c in zip(golden["commitments"], reference["commitments"], strict=True):
        assert (got_c["title"], got_c["follow_up"]) == (want_c["title"], want_c["follow_up"])
        for got_b, want_b in zip(got_c["blocks"], want_c["blocks"], strict=True):
            assert got_b["implementer"] == want_b["implementer"]
            assert got_b["success_measure"] == want_b["success_measure"]


def test_the_akif_row_normalises_to_aktif(golden: dict[str, Any]) -> None:
    akif = [t for t in _targets(golden) if t["cocreation_label"] == "Akif"]
    assert [t["id"] for t in akif] == ["c08-b03-t02"]
    assert akif[0]["cocreation"] == "Aktif"


def test_counts_per_grade_and_cocreation(golden: dict[str, Any]) -> None:
    targets = _targets(golden)
    # 96 x 100%, 90%, 75%, 70% -> Baik; 16 x 0%, 3 x 1%, 2 x 50%, 30%, 21%, 23%, 4% -> Kurang.
    assert Counter(t["grade"] for t in targets) == {"Baik": 99, "Kurang": 25, "N/A": 6, None: 7}
    assert Counter(t["cocreation"] for t in targets) == {
        "Aktif": 87,
        "Pasif": 30,
        "Semi Aktif": 5,
        "N/A": 2,
        None: 13,
    }
    assert sum(t["score_value"] == 100.0 for t in targets) == 96
    assert all((t["score_value"] is None) == (t["score"] in ("N/A", "-")) for t in targets)


def test_dash_and_na_rows(golden: dict[str, Any]) -> None:
    by_id = {t["id"]: t for t in _targets(golden)}
    dash = by_id["c04-b01-t01"]
    assert (dash["score"], dash["score_value"], dash["grade"], dash["cocreation"]) == ("-", None, None, None)
    na = by_id["c16-b02-t01"]
    assert (na["score"], na["grade"], na["cocreation_label"], na["cocreation"]) == ("N/A", "N/A", "N/A", "N/A")


def test_implementer_matches_come_from_the_registry(golden: dict[str, Any]) -> None:
    blocks = {b["id"]: b for c in golden["commitments"] for b in c["blocks"]}
    assert len(blocks) == 71
    for b in blocks.values():
        m = b["implementer_match"]
        assert (m["status"], m["score"], m["method"], m["candidates"]) == ("matched", 100.0, "exact", [])
    assert (blocks["c01-b05"]["implementer"], blocks["c01-b05"]["implementer_match"]["id"]) == ("LKPP", "LKPP")
    assert blocks["c12-b03"]["implementer_match"] == {
        "status": "matched",
        "id": "OMS-K12",
        "kind": "OMS",
        "score": 100.0,
        "method": "exact",
        "candidates": [],
    }
    kinds = Counter(b["implementer_match"]["kind"] for b in blocks.values())
    assert kinds == {"K/L": 41, "OMS": 30}


@pytest.mark.parametrize(
    ("score", "value", "grade"),
    [
        ("100%", 100.0, "Baik"),
        ("70%", 70.0, "Baik"),
        ("69%", 69.0, "Cukup"),
        ("51%", 51.0, "Cukup"),
        ("50%", 50.0, "Kurang"),
        ("0%", 0.0, "Kurang"),
        ("12,5%", 12.5, "Kurang"),
        ("N/A", None, "N/A"),
        ("-", None, None),
        ("belum dinilai", None, None),
        (None, None, None),
    ],
)
def test_score_mapping(score: str | None, value: float | None, grade: str | None) -> None:
    assert builder.score_value(score) == value
    assert builder.grade(score) == grade


def test_unknown_values_stop_the_build() -> None:
    assert builder.cocreation("Semi-Aktif") == "Semi Aktif"
    with pytest.raises(ValueError):
        builder.cocreation("Sangat Aktif")
    with pytest.raises(ValueError):
        builder.grade("120%")
    block = {"success_measure": None, "implementer": "Kementerian Pertanian", "targets": []}
    doc = {
        "document": {"title": "t", "action_plan": "a", "periods": []},
        "commitments": [{"number": 1, "title": "x", "follow_up": None, "blocks": [block]}],
    }
    with pytest.raises(ValueError, match="not in the registry"):
        builder.build_report(doc, [])
