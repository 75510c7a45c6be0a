"""The audit's reading of an edition grammar: scales, vocabulary and aggregation rules.

Every word and threshold the checks depend on comes from the grammar file, so that
a later edition (or a different reading of this one) is a change of data, not of
code. This module turns the TOML tables into typed, validated objects once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from ..errors import GrammarError

_ROUNDINGS = ("half_up", "half_even", "floor", "ceil")
_ADMIN_STATISTICS = ("mean", "median", "share")
_COCREATION_STATISTICS = ("mean", "majority")
_STATED_DERIVATIONS = (
    "commitments",
    "assessed_targets",
    "listed_implementers",
    "active_implementers",
    "none",
)


@dataclass(frozen=True)
class ScaleStep:
    grade: str
    min: float
    max: float | None = None


@dataclass(frozen=True)
class AggregationRule:
    """One way of turning a commitment's targets into one grade."""

    id: str
    statistic: str
    kinds: tuple[str, ...] = ()
    latest_period: bool = False
    na_value: float | None = None
    share_grade: str | None = None

    def describe(self) -> str:
        parts = [self.statistic]
        if self.statistic == "share" and self.share_grade:
            parts.append(f"of {self.share_grade} targets")
        if self.na_value is not None:
            parts.append(f"with N/A as {self.na_value:g}")
        if self.kinds:
            parts.append("over " + "/".join(self.kinds) + " targets only")
        if self.latest_period:
            parts.append("over the latest period only")
        return " ".join(parts)


@dataclass(frozen=True)
class GradeRules:
    default: str
    rules: tuple[AggregationRule, ...]

    def rule(self, rule_id: str) -> AggregationRule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise GrammarError(f"audit rule {rule_id!r} is not declared")


@dataclass(frozen=True)
class StatedRule:
    derive: str
    kind: str | None = None


@dataclass(frozen=True)
class AuditRules:
    """Everything the audit needs to know about one edition."""

    periods: tuple[str, ...]
    score_scale: tuple[ScaleStep, ...]
    not_available_grade: str
    not_available: tuple[regex.Pattern[str], ...]
    not_assessed: tuple[regex.Pattern[str], ...]
    percent_pattern: regex.Pattern[str]
    cocreation_labels: dict[str, str]
    percent_decimals: int
    percent_rounding: str
    rounding_alternatives: tuple[str, ...]
    not_assessed_counts_as: str
    not_assessed_alternatives: tuple[str, ...]
    accumulated_column: str
    table_rows: dict[str, regex.Pattern[str]]
    stated: dict[str, StatedRule]
    admin: GradeRules
    cocreation: GradeRules
    cocreation_values: dict[str, float]
    cocreation_scale: tuple[ScaleStep, ...]
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    # -- vocabulary -------------------------------------------------------

    def grade_of(self, value: float) -> str | None:
        """The score grade of a percentage, on the edition's scale."""
        return _grade_on(self.score_scale, value)

    def cocreation_grade_of(self, value: float) -> str | None:
        return _grade_on(self.cocreation_scale, value)

    def row_grade(self, label: str) -> str | None:
        """The grade a row of tables 8/9 counts, from its printed label."""
        for grade, pattern in self.table_rows.items():
            if pattern.search(label):
                return grade
        return None

    def normalise_cocreation(self, label: str | None) -> str | None:
        if label is None:
            return None
        return self.cocreation_labels.get(_fold(label))

    def normalise_grade(self, label: str) -> str | None:
        """A grade as printed in the front matter ("Baik", "Semi-Aktif") to its canonical name."""
        folded = _fold(label)
        for step in self.score_scale:
            if _fold(step.grade) == folded:
                return step.grade
        if _fold(self.not_available_grade) == folded:
            return self.not_available_grade
        return self.cocreation_labels.get(folded)

    def grade_names(self) -> list[str]:
        return [step.grade for step in self.score_scale] + [self.not_available_grade]


def _grade_on(scale: tuple[ScaleStep, ...], value: float) -> str | None:
    """The step whose lower bound the value reaches; a mean of 69.5 falls between
    the printed integer ranges and counts in the lower one."""
    for step in sorted(scale, key=lambda s: s.min, reverse=True):
        if value >= step.min:
            return step.grade
    return None


def _fold(text: str) -> str:
    """Case, hyphens and whitespace folded, as [cocreation.labels] is keyed."""
    return " ".join(text.replace("-", " ").casefold().split())


# -- loading ---------------------------------------------------------------


def load_rules(grammar: str | Path | dict[str, Any] | Any | None = None) -> AuditRules:
    """Read the audit rules of a grammar: an edition id or path (through the
    project's grammar loader), a loaded `Grammar`, or parsed TOML."""
    if isinstance(grammar, dict):
        data = grammar
    elif grammar is not None and hasattr(grammar, "raw"):
        data = grammar.raw
    else:
        from ..grammar import load_grammar

        data = load_grammar(grammar).raw
    try:
        return _build(data)
    except (KeyError, TypeError, ValueError, regex.error) as exc:
        raise GrammarError(f"grammar is incomplete for the audit: {exc!r}") from exc


def _compile(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, regex.IGNORECASE)


def _build(data: dict[str, Any]) -> AuditRules:
    scores = data["scores"]
    audit = data["audit"]
    tables = audit["tables"]
    rounding = audit.get("percent_rounding", "half_up")
    alternatives = tuple(audit.get("rounding_alternatives", ()))
    for mode in (rounding, *alternatives):
        if mode not in _ROUNDINGS:
            raise ValueError(f"unknown rounding {mode!r}")
    stated = {key: StatedRule(**value) for key, value in audit.get("stated", {}).items()}
    for key, rule in stated.items():
        if rule.derive not in _STATED_DERIVATIONS:
            raise ValueError(f"stated count {key!r}: unknown derivation {rule.derive!r}")
    cocreation_section = audit["commitment_cocreation"]
    return AuditRules(
        periods=tuple(data["edition"]["periods"]),
        score_scale=tuple(ScaleStep(s["grade"], float(s["min"]), float(s["max"])) for s in scores["scale"]),
        not_available_grade=scores["not_available_grade"]["grade"],
        not_available=tuple(_compile(p) for p in scores.get("not_available", ())),
        not_assessed=tuple(_compile(p) for p in scores.get("not_assessed", ())),
        percent_pattern=_compile(scores["percent"]),
        cocreation_labels={_fold(k): v for k, v in data["cocreation"]["labels"].items()},
        percent_decimals=int(audit.get("percent_decimals", 0)),
        percent_rounding=rounding,
        rounding_alternatives=alternatives,
        not_assessed_counts_as=tables.get("not_assessed_counts_as", "none"),
        not_assessed_alternatives=tuple(tables.get("not_assessed_alternatives", ())),
        accumulated_column=tables["accumulated_column"],
        table_rows={grade: _compile(p) for grade, p in tables["rows"].items()},
        stated=stated,
        admin=_grade_rules(audit["commitment_admin"], _ADMIN_STATISTICS),
        cocreation=_grade_rules(cocreation_section, _COCREATION_STATISTICS),
        cocreation_values={k: float(v) for k, v in cocreation_section["values"].items()},
        cocreation_scale=tuple(
            ScaleStep(s["grade"], float(s["min"]), s.get("max")) for s in cocreation_section["scale"]
        ),
        raw=data,
    )


def _grade_rules(section: dict[str, Any], statistics: tuple[str, ...]) -> GradeRules:
    rules = []
    for entry in section["rules"]:
        rule = AggregationRule(
            id=entry["id"],
            statistic=entry["statistic"],
            kinds=tuple(entry.get("kinds", ())),
            latest_period=bool(entry.get("latest_period", False)),
            na_value=float(entry["na_value"]) if "na_value" in entry else None,
            share_grade=entry.get("share_grade"),
        )
        if rule.statistic not in statistics:
            raise ValueError(f"rule {rule.id!r}: unknown statistic {rule.statistic!r}")
        rules.append(rule)
    grade_rules = GradeRules(default=section["default"], rules=tuple(rules))
    grade_rules.rule(grade_rules.default)
    return grade_rules
