"""The compiled grammar: one typed object every stage takes.

The parser asks it questions ("is this line a commitment heading?", "what grade
is 75%?"), the furniture finder takes its hints, the front matter reader and the
audit take its `audit_rules` and `frontmatter`; all compiled once from one
validated file (`schema.GrammarFile`) with one set of flags and one label fold.
A report keeps the object it was read with, so later steps never reload it by id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from ..errors import GrammarError
from .auditrules import AuditRules, FrontMatterPatterns, build_audit_rules, build_frontmatter
from .fold import fold_label
from .schema import FLAGS, GrammarFile


@dataclass(frozen=True, slots=True)
class GradeBand:
    grade: str
    min: float
    max: float


@dataclass(frozen=True, eq=False)
class Grammar:
    id: str
    title: str
    path: Path
    action_plan: regex.Pattern[str]
    period: regex.Pattern[str]
    periods: tuple[str, ...]
    language: str | None
    enclitics: tuple[str, ...]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    detect: tuple[regex.Pattern[str], ...]
    detect_title: regex.Pattern[str] | None
    detect_periods: tuple[str, ...]
    detail_start: regex.Pattern[str]
    detail_end: regex.Pattern[str] | None
    commitment: regex.Pattern[str]
    success_measure: regex.Pattern[str]
    follow_up: regex.Pattern[str]
    target_cell: regex.Pattern[str]
    achievement_cell: regex.Pattern[str]
    score_cell: regex.Pattern[str]
    cocreation_cell: regex.Pattern[str]
    score_percent: regex.Pattern[str]
    score_not_available: tuple[regex.Pattern[str], ...]
    score_not_assessed: tuple[regex.Pattern[str], ...]
    scale: tuple[GradeBand, ...]
    not_available_grade: str
    cocreation_labels: dict[str, str]
    bullet: str
    bullet_glyphs: frozenset[str]
    furniture_hints: tuple[regex.Pattern[str], ...]
    file: GrammarFile = field(repr=False)
    raw: dict[str, Any] = field(repr=False)
    sha256: str = ""
    origin: str = "given"
    audit_rules_: AuditRules | None = field(default=None, repr=False)
    frontmatter_: FrontMatterPatterns | None = field(default=None, repr=False)

    @property
    def cell_labels(self) -> dict[str, regex.Pattern[str]]:
        """The labels that open the cells of a target row, by field."""
        return {
            "target": self.target_cell,
            "achievement": self.achievement_cell,
            "score": self.score_cell,
            "cocreation": self.cocreation_cell,
        }

    @property
    def audit_rules(self) -> AuditRules:
        if self.audit_rules_ is None:
            raise GrammarError(f"grammar {self.id} has no [audit] section: the report cannot be audited")
        return self.audit_rules_

    @property
    def frontmatter(self) -> FrontMatterPatterns:
        if self.frontmatter_ is None:
            raise GrammarError(f"grammar {self.id} has no [audit] section: the front matter cannot be read")
        return self.frontmatter_

    def normalise_cocreation(self, printed: str | None) -> str | None:
        return None if printed is None else self.cocreation_labels.get(fold_label(printed))

    def __reduce__(self) -> Any:
        # Pickled (to a batch worker and back) as its file, rebuilt on arrival:
        # the compiled patterns are derived data.
        return (_rebuild, (self.raw, str(self.path), self.sha256, self.origin))


def _rebuild(raw: dict[str, Any], path: str, sha256: str, origin: str) -> Grammar:
    # the file was validated when first loaded: only compiled again here
    return build(GrammarFile.model_validate(raw), raw, Path(path), sha256=sha256, origin=origin)


def _pat(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, FLAGS)


def build(file: GrammarFile, raw: dict[str, Any], path: Path, *, sha256: str = "", origin: str = "given") -> Grammar:
    """The compiled grammar of a validated file."""
    detect_periods = file.detect.periods if file.detect.periods is not None else file.edition.periods
    return Grammar(
        id=file.edition.id,
        title=file.edition.title,
        path=path,
        action_plan=_pat(file.edition.action_plan),
        period=_pat(file.edition.period),
        periods=tuple(file.edition.periods),
        language=file.edition.language,
        enclitics=tuple(e.lower() for e in file.edition.enclitics),
        prefixes=tuple(p.lower() for p in file.edition.prefixes),
        suffixes=tuple(s.lower() for s in file.edition.suffixes),
        detect=tuple(_pat(p) for p in file.detect.required),
        detect_title=_pat(file.detect.title) if file.detect.title else None,
        detect_periods=tuple(detect_periods),
        detail_start=_pat(file.sections.detail_start),
        detail_end=_pat(file.sections.detail_end) if file.sections.detail_end else None,
        commitment=_pat(file.sections.commitment),
        success_measure=_pat(file.sections.success_measure),
        follow_up=_pat(file.sections.follow_up),
        target_cell=_pat(file.cells.target),
        achievement_cell=_pat(file.cells.achievement),
        score_cell=_pat(file.cells.score),
        cocreation_cell=_pat(file.cells.cocreation),
        score_percent=_pat(file.scores.percent),
        score_not_available=tuple(_pat(p) for p in file.scores.not_available),
        score_not_assessed=tuple(_pat(p) for p in file.scores.not_assessed),
        scale=tuple(GradeBand(b.grade, b.min, b.max) for b in file.scores.scale),
        not_available_grade=file.scores.not_available_grade.grade,
        cocreation_labels={fold_label(k): v for k, v in file.cocreation.labels.items()},
        bullet=file.text.bullet,
        bullet_glyphs=frozenset(file.text.bullet_glyphs),
        furniture_hints=tuple(_pat(p) for p in file.furniture.hints),
        file=file,
        raw=raw,
        sha256=sha256,
        origin=origin,
        audit_rules_=build_audit_rules(file, raw),
        frontmatter_=build_frontmatter(file),
    )
