"""Re-deriving the front matter's figures from the detail records.

Pure functions over a flat view of the targets: the checks compare their results
with the published figures, and the tests call them directly. Nothing here knows
a word of the report; grades, periods and rules come from `AuditRules`.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from typing import Literal

from ..models.report import Report
from .rules import AggregationRule, AuditRules

Status = Literal["score", "na", "not_assessed", "unknown"]

_DECIMAL_ROUNDING = {
    "half_up": ROUND_HALF_UP,
    "half_even": ROUND_HALF_EVEN,
    "floor": ROUND_FLOOR,
    "ceil": ROUND_CEILING,
}


@dataclass(frozen=True)
class ScoredTarget:
    """One target row as the audit counts it."""

    id: str
    commitment: int
    implementer_id: str | None
    kind: str | None
    period: str | None
    status: Status
    value: float | None
    grade: str | None
    cocreation: str | None


def scored_targets(report: Report, rules: AuditRules) -> list[ScoredTarget]:
    """Every target with its status read from the normalised fields, else the raw score."""
    rows: list[ScoredTarget] = []
    for commitment in report.commitments:
        for block in commitment.blocks:
            match = block.implementer_match
            for target in block.targets:
                status, value = _status(target.score_value, target.score, target.grade, rules)
                if status == "score" and value is not None:
                    grade: str | None = rules.grade_of(value)
                elif status == "na":
                    grade = rules.not_available_grade
                else:
                    grade = None
                cocreation = target.cocreation or rules.normalise_cocreation(target.cocreation_label)
                rows.append(
                    ScoredTarget(
                        id=target.id,
                        commitment=commitment.number,
                        implementer_id=match.id if match else None,
                        kind=match.kind if match else None,
                        period=target.period,
                        status=status,
                        value=value,
                        grade=grade,
                        cocreation=cocreation,
                    )
                )
    return rows


def _status(
    score_value: float | None, score: str | None, grade: str | None, rules: AuditRules
) -> tuple[Status, float | None]:
    if score_value is not None:
        return "score", float(score_value)
    text = " ".join((score or "").split())
    if text:
        found = rules.percent_pattern.search(text)
        if found:
            return "score", float(found.group("value").replace(",", "."))
        if any(p.search(text) for p in rules.not_available):
            return "na", None
        if any(p.search(text) for p in rules.not_assessed):
            return "not_assessed", None
    if grade == rules.not_available_grade:
        return "na", None
    return "unknown", None


# -- percentages -----------------------------------------------------------


def percent(part: int, whole: int, decimals: int, mode: str) -> float | None:
    """part/whole as a percentage rounded the way the report prints it."""
    if whole == 0:
        return None
    exact = Decimal(part) * 100 / Decimal(whole)
    quantum = Decimal(1).scaleb(-decimals)
    rounded = exact.quantize(quantum, rounding=_DECIMAL_ROUNDING[mode])
    return int(rounded) if decimals == 0 else float(rounded)


def exact_percent(part: int, whole: int) -> float | None:
    return None if whole == 0 else part * 100 / whole


# -- tables 8 and 9 --------------------------------------------------------


def counted_grade(row: ScoredTarget, rules: AuditRules, not_assessed_as: str) -> str | None:
    """The table row a target is counted in, or None when the tables leave it out."""
    if row.status == "not_assessed":
        return rules.not_available_grade if not_assessed_as == rules.not_available_grade else None
    if row.status == "unknown":
        return None
    return row.grade


def table_cells(
    rows: Iterable[ScoredTarget], kind: str, rules: AuditRules, not_assessed_as: str
) -> dict[tuple[str | None, str], list[str]]:
    """Target ids per (grade, column) for one implementer kind; grade None is the total row.

    Columns are the edition's periods and the accumulated column.
    """
    cells: dict[tuple[str | None, str], list[str]] = {}
    for row in rows:
        if row.kind != kind or row.period is None:
            continue
        grade = counted_grade(row, rules, not_assessed_as)
        if grade is None:
            continue
        for column in (row.period, rules.accumulated_column):
            cells.setdefault((grade, column), []).append(row.id)
            cells.setdefault((None, column), []).append(row.id)
    return cells


# -- commitment grades -----------------------------------------------------


@dataclass(frozen=True)
class Aggregate:
    grade: str | None
    value: float | None
    target_ids: tuple[str, ...]


def _latest(rows: list[ScoredTarget], periods: tuple[str, ...]) -> list[ScoredTarget]:
    order = {p: i for i, p in enumerate(periods)}
    known = [r for r in rows if r.period in order]
    if not known:
        return rows
    last = max(order[r.period] for r in known if r.period is not None)
    return [r for r in known if r.period is not None and order[r.period] == last]


def _select(rows: list[ScoredTarget], rule: AggregationRule) -> list[ScoredTarget]:
    return [r for r in rows if not rule.kinds or r.kind in rule.kinds]


def admin_grade(rows: list[ScoredTarget], rule: AggregationRule, rules: AuditRules) -> Aggregate:
    """A commitment's administrative grade from its targets' scores under one rule."""
    chosen = [r for r in _select(rows, rule) if r.status == "score" or (r.status == "na" and rule.na_value is not None)]
    if rule.latest_period:
        chosen = _latest(chosen, rules.periods)
    if not chosen:
        return Aggregate(None, None, ())
    values = [r.value if r.status == "score" and r.value is not None else float(rule.na_value or 0) for r in chosen]
    if rule.statistic == "median":
        value = float(statistics.median(values))
    elif rule.statistic == "share":
        hits = sum(1 for r in chosen if r.grade == rule.share_grade)
        value = hits * 100 / len(chosen)
    else:
        value = statistics.fmean(values)
    return Aggregate(rules.grade_of(value), value, tuple(r.id for r in chosen))


def cocreation_grade(rows: list[ScoredTarget], rule: AggregationRule, rules: AuditRules) -> Aggregate:
    """A commitment's co-creation grade from its targets' labels under one rule."""
    chosen = [r for r in _select(rows, rule) if r.cocreation in rules.cocreation_values]
    if rule.latest_period:
        chosen = _latest(chosen, rules.periods)
    if not chosen:
        return Aggregate(None, None, ())
    ids = tuple(r.id for r in chosen)
    if rule.statistic == "majority":
        counts = Counter(r.cocreation for r in chosen)
        best = max(counts.values())
        tied = [label for label, n in counts.items() if n == best and label is not None]
        label = min(tied, key=lambda lab: rules.cocreation_values[lab])
        return Aggregate(label, best * 100 / len(chosen), ids)
    value = statistics.fmean(rules.cocreation_values[r.cocreation] for r in chosen if r.cocreation)
    return Aggregate(rules.cocreation_grade_of(value), value, ids)


def by_commitment(rows: Iterable[ScoredTarget]) -> dict[int, list[ScoredTarget]]:
    grouped: dict[int, list[ScoredTarget]] = {}
    for row in rows:
        grouped.setdefault(row.commitment, []).append(row)
    return grouped


# -- implementers ----------------------------------------------------------


def assessed(rows: Iterable[ScoredTarget]) -> list[ScoredTarget]:
    """Targets that carry an assessment: a score or N/A."""
    return [r for r in rows if r.status in ("score", "na")]


def active_implementers(rows: Iterable[ScoredTarget], kind: str) -> dict[str, list[str]]:
    """Implementer id to its assessed target ids, for one kind."""
    found: dict[str, list[str]] = {}
    for row in assessed(rows):
        if row.kind == kind and row.implementer_id:
            found.setdefault(row.implementer_id, []).append(row.id)
    return found


def detail_implementers(rows: Iterable[ScoredTarget]) -> dict[int, dict[str, list[str]]]:
    """Per commitment number, implementer id to the ids of its target rows."""
    found: dict[int, dict[str, list[str]]] = {}
    for row in rows:
        if row.implementer_id:
            found.setdefault(row.commitment, {}).setdefault(row.implementer_id, []).append(row.id)
    return found
