"""The front matter of a report: every figure it publishes, with where it is printed.

The audit compares these figures with what the detail records imply, so each one
keeps the raw text it was read from and the pieces of the page it sits on: a
finding must be able to point at the printed number. Read from a transcription
(`Summary.model_validate(json)`), a figure may be a bare number or string; the
validators below lift it into a `Figure`/`Phrase` with no provenance, and
`Summary.figures()` gives the plain shape back for comparison.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, model_validator

from .records import Piece, _Record


class Figure(_Record):
    """One published number."""

    value: int
    raw: str | None = Field(None, description="the printed text the number was read from")
    pieces: list[Piece] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _lift(cls, data: Any) -> Any:
        if isinstance(data, bool):
            raise ValueError("a figure is a number, not a boolean")
        if isinstance(data, int):
            return {"value": data}
        return data


class Phrase(_Record):
    """One published piece of text (a title, an implementer, a grade label)."""

    value: str
    raw: str | None = None
    pieces: list[Piece] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _lift(cls, data: Any) -> Any:
        if isinstance(data, str):
            return {"value": data}
        return data


class Completeness(_Record):
    """Whether a figure was read whole: a table cut at a page end with no continuation found is not.

    The audit skips the checks that depend on a figure read in part and says so
    in one finding, instead of reporting every row it lacks as a discrepancy.
    """

    complete: bool = True
    incomplete_reason: str | None = Field(None, description="what was not found, when `complete` is false")


class GradeDistribution(Completeness):
    """Commitment-level grades: a pie chart, counts in the text and one list per grade."""

    published_percent: dict[str, Figure] = Field(default_factory=dict)
    published_count: dict[str, Figure] = Field(default_factory=dict)
    lists: dict[str, list[Phrase]] = Field(default_factory=dict)


class CommitmentImplementers(Completeness):
    """One row of the table that lists each commitment with its implementers."""

    number: Figure
    title: Phrase
    implementers: list[Phrase] = Field(default_factory=list)


class ScaleStep(_Record):
    range: Phrase
    grade: Phrase


class PercentLine(_Record):
    """"81 % (59 target) ...": a percentage stated with the count it stands for."""

    grade: Phrase
    percent: Figure
    count: Figure


class TargetTable(Completeness):
    """Targets per grade and period for one kind of implementer, with totals."""

    table: Phrase
    rows: dict[str, dict[str, Figure]] = Field(default_factory=dict)
    total: dict[str, Figure] = Field(default_factory=dict)
    published_percent: list[PercentLine] = Field(default_factory=list)


class Summary(_Record):
    stated_counts: dict[str, Figure] = Field(default_factory=dict)
    commitment_admin: GradeDistribution = Field(default_factory=GradeDistribution)
    commitment_cocreation: GradeDistribution = Field(default_factory=GradeDistribution)
    commitment_implementers: list[CommitmentImplementers] = Field(default_factory=list)
    score_scale: list[ScaleStep] = Field(default_factory=list)
    cocreation_scale: list[Phrase] = Field(default_factory=list)
    target_admin_tables: dict[str, TargetTable] = Field(default_factory=dict)

    def figures(self) -> dict[str, Any]:
        """The published values alone, in the shape of the reference transcription."""
        return _strip(self.model_dump(mode="json"))


_READING = frozenset(Completeness.model_fields)  # how a figure was read, not what it publishes


def _strip(node: Any) -> Any:
    """Replace every figure/phrase object by its bare value; leave out how complete the reading was."""
    if isinstance(node, dict):
        if "value" in node and "pieces" in node:
            return node["value"]
        return {key: _strip(value) for key, value in node.items() if key not in _READING}
    if isinstance(node, list):
        return [_strip(item) for item in node]
    return node
