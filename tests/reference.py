"""The reference data every test shares, loaded in one place.

The replica PDF and its golden records; the 2021 transcription (the figures
read off the published report by hand, `samples/monev-2021/reference/`) as a
`Report` and a `Summary`, with the grammar's audit rules and the implementer
registry. Truth comes from these files, never from the parser's own output.
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
REPLICA = ROOT / "samples" / "monev-2021" / "monev-2021.pdf"
GOLDEN = ROOT / "golden" / "monev-2021.json"
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


def golden_report() -> Report:
    """The golden records of the replica as a `Report` (a fresh copy: callers may mutate it)."""
    return Report.model_validate_json(GOLDEN.read_text(encoding="utf-8"))

