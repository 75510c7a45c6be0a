"""What a grammar file may hold: its sections and keys as a validated pydantic model.

The model is the contract between a person writing a grammar for a new edition
and the code: every key is typed, every pattern is compiled with the one set of
flags the pipeline uses (`FLAGS`) and checked for the named groups the stage
reading it needs, so a mistake is reported once, at load time, with the key that
is wrong and why (`ogi-extract schema grammar` prints the JSON Schema). The
compiled object every stage takes is built from it in `model.py`.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

import regex
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

# One set of flags for every pattern of every grammar: case-insensitive (a pattern
# opts out with `(?-i:...)`), VERSION1 semantics, and `.` crossing line breaks of
# joined text.
FLAGS = regex.IGNORECASE | regex.VERSION1 | regex.DOTALL


def _compiles(pattern: str) -> str:
    try:
        regex.compile(pattern, FLAGS)
    except regex.error as exc:
        raise ValueError(f"pattern does not compile: {exc}") from None
    return pattern


def _groups(*names: str):  # type: ignore[no-untyped-def]
    def check(pattern: str) -> str:
        have = regex.compile(pattern, FLAGS).groupindex
        missing = [n for n in names if n not in have]
        if missing:
            wanted = ", ".join(f"(?P<{n}>...)" for n in missing)
            raise ValueError(f"pattern needs the named group{'s' if len(missing) > 1 else ''} {wanted}")
        return pattern

    return AfterValidator(check)


Pattern = Annotated[str, AfterValidator(_compiles), Field(description="a Python `regex` pattern")]


def _known_language(code: str | None) -> str | None:
    from ..tables.language import known_languages  # wordfreq's list, read when a grammar names one

    if code is not None and code not in known_languages():
        raise ValueError(f"no word list for language {code!r} (known: {', '.join(sorted(known_languages()))})")
    return code


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Edition(_Section):
    """Which report this grammar reads."""

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", description="the edition id, e.g. monev-2021")
    title: str = Field("", description="the report's title as printed on its cover")
    action_plan: Pattern = Field(description="finds the action plan's name in the title or first pages")
    period: Pattern = Field(description="one period code, e.g. B06")
    periods: list[str] = Field(default_factory=list, description="the plan's periods in order")
    language: Annotated[str | None, AfterValidator(_known_language)] = Field(
        None,
        description="the report's language, an ISO 639 code of wordfreq's (e.g. id): its common words tell a word "
        "cut at a line end from two where the report's own words cannot (none: the report's words alone)",
    )
    enclitics: list[Annotated[str, Field(pattern=r"^[^\W\d_]{2,}$")]] = Field(
        default_factory=list,
        description="endings the language attaches to any word (e.g. nya): a word of the report or the language "
        "with one is a word too, where the language names them",
    )
    prefixes: list[Annotated[str, Field(pattern=r"^[^\W\d_]{2,}$")]] = Field(
        default_factory=list,
        description="prefixes the language derives words with (e.g. men): one dangling at a line end after "
        "words, before a word of the report or the language, begins a derived word cut there",
    )
    suffixes: list[Annotated[str, Field(pattern=r"^[^\W\d_]+$")]] = Field(
        default_factory=list,
        description="suffixes the language derives words with (e.g. kan): with its prefixes, a word whose stem "
        "the report or the language writes reads as a word where a run of words begun before a line end is "
        "weighed",
    )


class Detect(_Section):
    """What tells this edition from others when no grammar is named."""

    required: list[Pattern] = Field(
        default_factory=list, description="patterns that must all occur in the text for this edition to be tried"
    )
    title: Pattern | None = Field(None, description="the edition's title or year, searched in the first pages")
    periods: list[str] | None = Field(
        None, description="the periods this edition's target labels print (default: edition.periods)"
    )


class Sections(_Section):
    """Headings outside the tables of the detail section."""

    detail_start: Pattern
    detail_end: Pattern | None = None
    commitment: Annotated[Pattern, _groups("number")]
    success_measure: Annotated[Pattern, _groups("number")]
    follow_up: Pattern


class Cells(_Section):
    """Labels that open the cells of a target row."""

    target: Annotated[Pattern, _groups("label", "period")]
    achievement: Pattern
    score: Pattern
    cocreation: Pattern


class Band(_Section):
    grade: str
    min: float
    max: float


class NotAvailableGrade(_Section):
    grade: str = "N/A"


class Scores(_Section):
    """What follows the score label, and the grading scale."""

    percent: Annotated[Pattern, _groups("value")]
    not_available: list[Pattern] = Field(default_factory=list)
    not_assessed: list[Pattern] = Field(default_factory=list)
    scale: list[Band] = Field(min_length=1)
    not_available_grade: NotAvailableGrade = Field(default_factory=NotAvailableGrade)


class Cocreation(_Section):
    """Printed co-creation labels (folded: case, hyphens, dashes, spacing) to their normalised form."""

    labels: dict[str, str] = Field(default_factory=dict)


class Text(_Section):
    bullet: str = "•"
    bullet_glyphs: list[str] = Field(default_factory=list)


class Furniture(_Section):
    hints: list[Pattern] = Field(
        default_factory=list, description="lines dropped in margins when a report is too short to repeat them"
    )


Rounding = Literal["half_up", "half_even", "floor", "ceil"]


class AuditTables(_Section):
    not_assessed_counts_as: str = "none"
    not_assessed_alternatives: list[str] = Field(default_factory=list)
    accumulated_column: str
    rows: dict[str, Pattern]


class Stated(_Section):
    derive: Literal["commitments", "assessed_targets", "listed_implementers", "active_implementers", "none"]
    kind: str | None = None


class FrontMatter(_Section):
    """Where the front matter prints its figures."""

    figure: Pattern
    admin_figure: Pattern
    cocreation_figure: Pattern
    caption: Annotated[Pattern, _groups("name")]
    grade_list_header: Pattern
    implementers_header: Pattern
    score_scale_header: Pattern
    target_table_header: Pattern
    total_row: Pattern
    implementers_prefix: Annotated[Pattern, _groups("number")]
    cocreation_scale_intro: Pattern
    footnote_mark: Pattern
    table_kinds: dict[str, Pattern]
    grade_sentence: Annotated[Pattern, _groups("percent", "grade", "count")]
    percent_line: Annotated[Pattern, _groups("percent", "count", "grade")]
    list_caption: Annotated[Pattern, _groups("grade")] | None = Field(
        None,
        description="where a list caption names its grade, when not at its end "
        "(e.g. 'with\\s+(?P<grade>.+?)\\s+Administrative'); default: the caption ends with the grade",
    )
    stated: dict[str, Annotated[Pattern, _groups("value")]] = Field(default_factory=dict)


class Rule(_Section):
    id: str
    statistic: str
    kinds: list[str] = Field(default_factory=list)
    latest_period: bool = False
    na_value: float | None = None
    share_grade: str | None = None


class _Rules(_Section):
    default: str
    rules: list[Rule] = Field(min_length=1)
    statistics: ClassVar[tuple[str, ...]] = ()

    @model_validator(mode="after")
    def _known(self) -> _Rules:
        for rule in self.rules:
            if rule.statistic not in self.statistics:
                raise ValueError(
                    f"rule {rule.id!r}: unknown statistic {rule.statistic!r} (one of {', '.join(self.statistics)})"
                )
        if self.default not in [r.id for r in self.rules]:
            raise ValueError(f"default rule {self.default!r} is not among the rules")
        return self


class AdminRules(_Rules):
    statistics: ClassVar[tuple[str, ...]] = ("mean", "median", "share")


class CocreationStep(_Section):
    grade: str
    min: float
    max: float | None = None


class CocreationRules(_Rules):
    statistics: ClassVar[tuple[str, ...]] = ("mean", "majority")
    values: dict[str, float]
    scale: list[CocreationStep] = Field(min_length=1)


class Audit(_Section):
    """How the audit re-derives the front matter's figures."""

    percent_decimals: int = 0
    percent_rounding: Rounding = "half_up"
    rounding_alternatives: list[Rounding] = Field(default_factory=list)
    tables: AuditTables
    stated: dict[str, Stated] = Field(default_factory=dict)
    frontmatter: FrontMatter
    commitment_admin: AdminRules
    commitment_cocreation: CocreationRules


class Wording(_Section):
    """How the edition prints its words, which the patterns above read.

    Optional: the synthetic generator (`ogi_extract.synth.wording.from_grammar`)
    renders reports of the edition from it, and checks that every printed form
    is read by its pattern. Templates take `{number}`, `{period}`, `{n}` (the
    number of a numbered target label), `{count}` and `{plan}`.
    """

    section: str = Field(description="the detail section's heading, e.g. 'DESKRIPSI CAPAIAN {count} KOMITMEN {plan}'")
    section_sub: str = ""
    commitment: str = Field(description="e.g. 'Komitmen {number}'")
    success_measure: str = Field(description="e.g. 'Ukuran Keberhasilan {number}:'")
    target: str = Field(description="a target label without its colon, e.g. 'Target {period}'")
    target_numbered: str | None = Field(None, description="e.g. 'Target ({n}) {period}'")
    achievement: str
    score: str
    cocreation: str
    follow_up: str
    footer: list[str] = Field(default_factory=list)
    cocreation_labels: dict[str, float] = Field(
        description="printed co-creation labels and how often each is drawn", min_length=1
    )


class GrammarFile(_Section):
    """A grammar file (`<edition>.toml`): everything particular to one edition's wording."""

    model_config = ConfigDict(extra="forbid", title="ogi-extract grammar")
    edition: Edition
    detect: Detect = Field(default_factory=Detect)
    sections: Sections
    cells: Cells
    scores: Scores
    cocreation: Cocreation = Field(default_factory=Cocreation)
    text: Text = Field(default_factory=Text)
    furniture: Furniture = Field(default_factory=Furniture)
    audit: Audit | None = Field(None, description="optional: without it, records are read but not audited")
    wording: Wording | None = Field(None, description="optional: the printed forms, for the synthetic generator")


def grammar_json_schema() -> dict[str, object]:
    return GrammarFile.model_json_schema()
