"""What changed between two reports of a plan: grades, implementers, co-creation.

The question a reader brings to two reports is longitudinal: which commitments
moved from Kurang to Baik, which implementers stopped reporting, did co-creation
become more active. Each report is summarised as of its own last period (the
2021 report at B12, the 2022 report at B24): a commitment, and each implementer
within it, gets the mean score of its targets in that period graded on the
edition's scale, and the mean co-creation value graded on the audit's co-creation
scale. Only joined commitments and resolved implementers are compared; what the
panel could not join is listed with its note, never paired by guess.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .model import JoinNote, Panel, ReportRef, Row, period_rank
from .scales import Scales, scales


@dataclass(frozen=True, slots=True)
class Standing:
    """A commitment or an implementer as of the last period it has rows for in one report."""

    period: str | None
    targets: int
    score: float | None
    grade: str | None
    cocreation: str | None

    def to_json(self) -> dict[str, Any]:
        return {"period": self.period, "targets": self.targets, "score": self.score,
                "grade": self.grade, "cocreation": self.cocreation}


@dataclass(frozen=True, slots=True)
class Change:
    """One commitment (implementer None) or one implementer of a commitment, before and after."""

    commitment_key: str
    commitment: int
    title: str | None
    implementer_id: str | None
    implementer: str | None  # as printed, the later spelling when both
    before: Standing | None
    after: Standing | None
    grade_change: str  # up, down, same, changed, new, missing
    cocreation_change: str

    def to_json(self) -> dict[str, Any]:
        return {
            "commitment_key": self.commitment_key,
            "commitment": self.commitment,
            "title": self.title,
            "implementer_id": self.implementer_id,
            "implementer": self.implementer,
            "before": self.before.to_json() if self.before else None,
            "after": self.after.to_json() if self.after else None,
            "grade_change": self.grade_change,
            "cocreation_change": self.cocreation_change,
        }


@dataclass(slots=True)
class Comparison:
    before: ReportRef
    after: ReportRef
    commitments: list[Change]
    implementers: list[Change]
    new_implementers: list[str]  # registry ids in the later report only
    missing_implementers: list[str]  # registry ids in the earlier report only
    notes: list[JoinNote] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "before": self.before.to_json(),
            "after": self.after.to_json(),
            "commitments": [c.to_json() for c in self.commitments],
            "implementers": [c.to_json() for c in self.implementers],
            "new_implementers": self.new_implementers,
            "missing_implementers": self.missing_implementers,
            "notes": [n.to_json() for n in self.notes],
        }

    def moved(self) -> list[Change]:
        """Commitments and implementers whose grade or co-creation changed."""
        steady = ("same",)
        return [c for c in (*self.commitments, *self.implementers)
                if c.grade_change not in steady or c.cocreation_change not in steady]


def standing(rows: Sequence[Row], sc: Scales) -> Standing | None:
    """The mean score and co-creation of `rows` in their last period."""
    if not rows:
        return None
    last = max((r["period"] for r in rows if r.get("period")), key=period_rank, default=None)
    current = [r for r in rows if r.get("period") == last]
    scores = [float(r["score_value"]) for r in current if r.get("score_value") is not None]
    score = round(sum(scores) / len(scores), 1) if scores else None
    grade = sc.grade(score)
    if grade is None and any(r.get("grade") == sc.not_available for r in current):
        grade = sc.not_available
    return Standing(last, len(current), score, grade, sc.cocreation_grade(r.get("cocreation") for r in current))


def _direction(before: str | None, after: str | None, rank: Any) -> str:
    if before == after:
        return "same"
    rb, ra = rank(before), rank(after)
    if rb is None or ra is None:
        return "changed"
    return "up" if ra < rb else "down"


def _change(key: str, number: int, title: str | None, entry_id: str | None, name: str | None,
            before: Standing | None, after: Standing | None, sc: Scales) -> Change:
    if before is None or after is None:
        grade = cocreation = "new" if before is None else "missing"
    else:
        grade = _direction(before.grade, after.grade, sc.grade_rank)
        cocreation = _direction(before.cocreation, after.cocreation, sc.cocreation_rank)
    return Change(key, number, title, entry_id, name, before, after, grade, cocreation)


def _group(rows: Iterable[Row], *fields: str) -> dict[tuple[Any, ...], list[Row]]:
    out: dict[tuple[Any, ...], list[Row]] = defaultdict(list)
    for r in rows:
        out[tuple(r[f] for f in fields)].append(r)
    return out


def compare(
    panel: Panel, before: str | None = None, after: str | None = None, *, grammar: str | None = None
) -> Comparison:
    """What changed from report `before` to report `after` of `panel` (default: its first and last)."""
    if len(panel.reports) < 2:
        raise ValueError("a comparison needs two reports")
    files = [r.file for r in panel.reports]
    a = next(r for r in panel.reports if r.file == (before or files[0]))
    b = next(r for r in panel.reports if r.file == (after or files[-1]))
    sc = scales(grammar)
    rows_a, rows_b = panel.rows_of(a.file), panel.rows_of(b.file)
    by_c_a = {k: v for (k,), v in _group(rows_a, "commitment_key").items()}
    by_c_b = {k: v for (k,), v in _group(rows_b, "commitment_key").items()}
    titles = {c.key: c for c in panel.commitments}
    commitments: list[Change] = []
    implementers: list[Change] = []
    for key in sorted(set(by_c_a) | set(by_c_b), key=lambda k: (titles[k].number if k in titles else 0, k)):
        ca, cb = by_c_a.get(key, []), by_c_b.get(key, [])
        number = (ca or cb)[0]["commitment"]
        title = (cb or ca)[0]["commitment_title"]
        commitments.append(_change(key, number, title, None, None, standing(ca, sc), standing(cb, sc), sc))
        ia = _group((r for r in ca if r["implementer_id"]), "implementer_id")
        ib = _group((r for r in cb if r["implementer_id"]), "implementer_id")
        for (entry_id,) in sorted(set(ia) | set(ib)):
            ra, rb = ia.get((entry_id,), []), ib.get((entry_id,), [])
            name = (rb or ra)[0]["implementer"]
            implementers.append(_change(key, number, title, entry_id, name, standing(ra, sc), standing(rb, sc), sc))
    ids_a = {r["implementer_id"] for r in rows_a if r["implementer_id"]}
    ids_b = {r["implementer_id"] for r in rows_b if r["implementer_id"]}
    notes = [n for n in panel.notes if not n.reports or set(n.reports) & {a.file, b.file}]
    return Comparison(a, b, commitments, implementers, sorted(ids_b - ids_a), sorted(ids_a - ids_b), notes)


_ARROW = {"up": "↑", "down": "↓", "same": "=", "changed": "≠", "new": "+", "missing": "-"}


def _cell(s: Standing | None) -> str:
    if s is None:
        return "-"
    score = "" if s.score is None else f" {s.score:g}%"
    return f"{s.grade or '?'}{score} ({s.period}, {s.cocreation or '-'})"


def to_text(cmp: Comparison) -> str:
    lines = [f"compare {cmp.before.file} ({', '.join(cmp.before.periods)}) -> {cmp.after.file} "
             f"({', '.join(cmp.after.periods)})", ""]
    lines.append("commitments (grade score (period, co-creation)):")
    for c in cmp.commitments:
        lines.append(f"  {_ARROW[c.grade_change]} {c.commitment_key:<6} {_cell(c.before)} -> {_cell(c.after)}"
                     f"  co-creation {c.cocreation_change}  {c.title or ''}")
    lines.append("")
    moved = [c for c in cmp.implementers if c.grade_change != "same" or c.cocreation_change != "same"]
    lines.append(f"implementers that changed ({len(moved)} of {len(cmp.implementers)}):")
    for c in moved:
        lines.append(f"  {_ARROW[c.grade_change]} {c.commitment_key:<6} {c.implementer_id:<12} {_cell(c.before)} -> "
                     f"{_cell(c.after)}  co-creation {c.cocreation_change}")
    lines.append("")
    lines.append("new implementers: " + (", ".join(cmp.new_implementers) or "none"))
    lines.append("missing implementers: " + (", ".join(cmp.missing_implementers) or "none"))
    lines.append("")
    lines.append(f"join notes ({len(cmp.notes)}):")
    lines.extend(f"  [{n.severity}] {n.message}" for n in cmp.notes)
    return "\n".join(lines) + "\n"


def to_json(cmp: Comparison) -> str:
    return json.dumps(cmp.to_json(), ensure_ascii=False, indent=2) + "\n"
