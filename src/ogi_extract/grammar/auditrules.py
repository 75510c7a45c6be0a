"""The audit's part of a grammar, compiled: scales, vocabulary, aggregation rules, front matter places.

Built once by the grammar loader from the validated `[audit]` section (see
`schema.Audit`), so the audit and the front matter reader take the very object
the parser used, with the same flags and the same label fold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex

from ..errors import GrammarError
from .fold import fold_label
from .schema import FLAGS, Audit, GrammarFile


@dataclass(frozen=True)
class ScaleBand:
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
    score_scale: tuple[ScaleBand, ...]
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
    cocreation_scale: tuple[ScaleBand, ...]
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

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
        return self.cocreation_labels.get(fold_label(label))

    def normalise_grade(self, label: str) -> str | None:
        """A grade as printed in the front matter ("Baik", "Semi-Aktif") to its canonical name."""
        folded = fold_label(label)
        if not folded:
            return None
        for step in self.score_scale:
            if fold_label(step.grade) == folded:
                return step.grade
        if fold_label(self.not_available_grade) == folded:
            return self.not_available_grade
        for step in self.cocreation_scale:
            if fold_label(step.grade) == folded:
                return step.grade
        return self.cocreation_labels.get(folded)

    def grade_names(self) -> list[str]:
        return [step.grade for step in self.score_scale] + [self.not_available_grade]


def _grade_on(scale: tuple[ScaleBand, ...], value: float) -> str | None:
    """The step whose lower bound the value reaches; a mean of 69.5 falls between
    the printed integer ranges and counts in the lower one."""
    for step in sorted(scale, key=lambda s: s.min, reverse=True):
        if value >= step.min:
            return step.grade
    return None


@dataclass(frozen=True)
class FrontMatterPatterns:
    """The grammar's `[audit.frontmatter]` table, compiled."""

    detail_start: regex.Pattern[str]
    furniture: tuple[regex.Pattern[str], ...]
    figure: regex.Pattern[str]
    admin_figure: regex.Pattern[str]
    cocreation_figure: regex.Pattern[str]
    caption: regex.Pattern[str]
    grade_list_header: regex.Pattern[str]
    implementers_header: regex.Pattern[str]
    score_scale_header: regex.Pattern[str]
    target_table_header: regex.Pattern[str]
    total_row: regex.Pattern[str]
    implementers_prefix: regex.Pattern[str]
    cocreation_scale_intro: regex.Pattern[str]
    footnote_mark: regex.Pattern[str]
    table_kinds: dict[str, regex.Pattern[str]]
    grade_sentence: regex.Pattern[str]
    percent_line: regex.Pattern[str]
    stated: dict[str, regex.Pattern[str]]
    bullets: frozenset[str]
    bullet: str
    list_caption: regex.Pattern[str] | None = None


def _pat(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, FLAGS)


def build_audit_rules(file: GrammarFile, raw: dict[str, Any]) -> AuditRules | None:
    audit: Audit | None = file.audit
    if audit is None:
        return None
    scores = file.scores
    coc = audit.commitment_cocreation
    return AuditRules(
        periods=tuple(file.edition.periods),
        score_scale=tuple(ScaleBand(b.grade, b.min, b.max) for b in scores.scale),
        not_available_grade=scores.not_available_grade.grade,
        not_available=tuple(_pat(p) for p in scores.not_available),
        not_assessed=tuple(_pat(p) for p in scores.not_assessed),
        percent_pattern=_pat(scores.percent),
        cocreation_labels={fold_label(k): v for k, v in file.cocreation.labels.items()},
        percent_decimals=audit.percent_decimals,
        percent_rounding=audit.percent_rounding,
        rounding_alternatives=tuple(audit.rounding_alternatives),
        not_assessed_counts_as=audit.tables.not_assessed_counts_as,
        not_assessed_alternatives=tuple(audit.tables.not_assessed_alternatives),
        accumulated_column=audit.tables.accumulated_column,
        table_rows={grade: _pat(p) for grade, p in audit.tables.rows.items()},
        stated={key: StatedRule(s.derive, s.kind) for key, s in audit.stated.items()},
        admin=_grade_rules(audit.commitment_admin.default, audit.commitment_admin.rules),
        cocreation=_grade_rules(coc.default, coc.rules),
        cocreation_values=dict(coc.values),
        cocreation_scale=tuple(ScaleBand(s.grade, s.min, s.max) for s in coc.scale),
        raw=raw,
    )


def _grade_rules(default: str, rules: list[Any]) -> GradeRules:
    return GradeRules(
        default=default,
        rules=tuple(
            AggregationRule(
                id=r.id,
                statistic=r.statistic,
                kinds=tuple(r.kinds),
                latest_period=r.latest_period,
                na_value=r.na_value,
                share_grade=r.share_grade,
            )
            for r in rules
        ),
    )


def build_frontmatter(file: GrammarFile) -> FrontMatterPatterns | None:
    if file.audit is None:
        return None
    fm = file.audit.frontmatter
    plain = {
        key: _pat(getattr(fm, key))
        for key in (
            "figure", "admin_figure", "cocreation_figure", "caption", "grade_list_header",
            "implementers_header", "score_scale_header", "target_table_header", "total_row",
            "implementers_prefix", "cocreation_scale_intro", "footnote_mark", "percent_line", "grade_sentence",
        )
    }
    return FrontMatterPatterns(
        detail_start=_pat(file.sections.detail_start),
        furniture=tuple(_pat(p) for p in file.furniture.hints),
        table_kinds={kind: _pat(p) for kind, p in fm.table_kinds.items()},
        stated={key: _pat(p) for key, p in fm.stated.items()},
        bullets=frozenset(file.text.bullet_glyphs),
        bullet=file.text.bullet,
        list_caption=_pat(fm.list_caption) if fm.list_caption else None,
        **plain,
    )
