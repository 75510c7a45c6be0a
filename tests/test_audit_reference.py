"""The audit's test fixture: the reference transcription as a `Report`.

The audit's tests must not depend on the parser, so the report is built straight
from the hand transcription (commitments.json + the implementers registry +
summary.json). Ids follow the pattern c<commitment>.b<block>.t<target>, 1-based
in document order. The tests below pin the fixture itself.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from ogi_extract.checks.names import Resolver, registry_resolver
from ogi_extract.checks.rules import AuditRules, load_rules
from ogi_extract.models import Block, Commitment, Report, Resolution, SuccessMeasure, Target
from ogi_extract.models.summary import Summary

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "samples" / "monev-2021" / "reference"
GRAMMAR = ROOT / "grammars" / "monev-2021.toml"


def _json(name: str) -> Any:
    return json.loads((REFERENCE / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def rules() -> AuditRules:
    return load_rules(GRAMMAR)


def registry() -> list[dict[str, Any]]:
    return list(_json("implementers.json"))


def resolver() -> Resolver:
    return registry_resolver(registry())


def reference_summary() -> Summary:
    return Summary.model_validate(_json("monev-2021.summary.json"))


def _target(raw: dict[str, Any], target_id: str, audit_rules: AuditRules) -> Target:
    score = raw.get("score")
    value: float | None = None
    grade: str | None = None
    if score:
        found = audit_rules.percent_pattern.search(score)
        if found:
            value = float(found.group("value").replace(",", "."))
            grade = audit_rules.grade_of(value)
        elif any(p.search(score) for p in audit_rules.not_available):
            grade = audit_rules.not_available_grade
    return Target(
        id=target_id,
        **raw,
        score_value=value,
        grade=grade,
        cocreation=audit_rules.normalise_cocreation(raw.get("cocreation_label")),
    )


def reference_report(with_summary: bool = True) -> Report:
    """A fresh Report of the 2021 transcription (callers may mutate it)."""
    audit_rules = rules()
    resolve = resolver()
    data = _json("monev-2021.commitments.json")
    commitments = []
    for c in data["commitments"]:
        cid = f"c{c['number']}"
        blocks = []
        for bi, b in enumerate(c["blocks"], start=1):
            bid = f"{cid}.b{bi}"
            match: Resolution = resolve(b["implementer"])
            targets = [_target(t, f"{bid}.t{ti}", audit_rules) for ti, t in enumerate(b["targets"], start=1)]
            sm = b.get("success_measure")
            blocks.append(
                Block(
                    id=bid,
                    success_measure=SuccessMeasure(**sm) if sm else None,
                    implementer=b["implementer"],
                    implementer_match=match,
                    targets=targets,
                )
            )
        commitments.append(
            Commitment(id=cid, number=c["number"], title=c["title"], blocks=blocks, follow_up=c.get("follow_up"))
        )
    report = Report(commitments=commitments, summary=reference_summary() if with_summary else None)
    report.document.title = data["document"]["title"]
    report.document.periods = list(data["document"]["periods"])
    report.source.grammar = str(GRAMMAR)
    return report


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
