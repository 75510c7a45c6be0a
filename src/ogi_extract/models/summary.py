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

from .gaps import Gap
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


# How completely a figure was read: a check that depends on an incomplete
# figure does not run, and the reason is reported once instead.
def _complete() -> Any:
    return Field(True, description="every part of the figure was read: a list numbered 1..n throughout, "
                 "a table ended by its closing rule or continued where it was cut")


def _incomplete_reason() -> Any:
    return Field(None, description="why the figure may not have been read completely, in English words "
                 "(the words of `incomplete_gap`)")


def _incomplete_gap() -> Any:
    return Field(None, description="why the figure may not have been read completely, as data the audit says "
                 "in either language")


class GradeDistribution(_Record):
    """Commitment-level grades: a pie chart, counts in the text and one list per grade.

    `complete` is False when one of the lists was not read completely (its
    numbers skip, or it was cut at a page end and its rest not found).
    """

    published_percent: dict[str, Figure] = Field(default_factory=dict)
    published_count: dict[str, Figure] = Field(default_factory=dict)
    lists: dict[str, list[Phrase]] = Field(default_factory=dict)
    complete: bool = _complete()
    incomplete_reason: str | None = _incomplete_reason()
    incomplete_gap: Gap | None = _incomplete_gap()


class CommitmentImplementers(_Record):
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


class TargetTable(_Record):
    """Targets per grade and period for one kind of implementer, with totals."""

    table: Phrase
    rows: dict[str, dict[str, Figure]] = Field(default_factory=dict)
    total: dict[str, Figure] = Field(default_factory=dict)
    published_percent: list[PercentLine] = Field(default_factory=list)
    complete: bool = _complete()
    incomplete_reason: str | None = _incomplete_reason()
    incomplete_gap: Gap | None = _incomplete_gap()


class Summary(_Record):
    stated_counts: dict[str, Figure] = Field(default_factory=dict)
    commitment_admin: GradeDistribution = Field(default_factory=GradeDistribution)
    commitment_cocreation: GradeDistribution = Field(default_factory=GradeDistribution)
    commitment_implementers: list[CommitmentImplementers] = Field(default_factory=list)
    score_scale: list[ScaleStep] = Field(default_factory=list)
    cocreation_scale: list[Phrase] = Field(default_factory=list)
    target_admin_tables: dict[str, TargetTable] = Field(default_factory=dict)
    # table 7 (commitments and their implementers) is a list of rows: how completely it was read
    implementers_complete: bool = _complete()
    implementers_incomplete_reason: str | None = _incomplete_reason()
    implementers_incomplete_gap: Gap | None = _incomplete_gap()

    def figures(self) -> dict[str, Any]:
        """The published values alone, in the shape of the reference transcription."""
        return _strip(self.model_dump(mode="json"))

    def incomplete(self) -> dict[str, str]:
        """Every figure not read completely, by its place in the summary, with the reason in words."""
        return {place: reason or "" for place, (reason, _gap) in self._unread().items()}

    def incomplete_gaps(self) -> dict[str, Gap | None]:
        """Every figure not read completely, by its place as `incomplete()` names it, with the reason as data
        (None when only words are known, as from a transcription)."""
        return {place: gap for place, (_reason, gap) in self._unread().items()}

    def _unread(self) -> dict[str, tuple[str | None, Gap | None]]:
        out: dict[str, tuple[str | None, Gap | None]] = {}
        for key in ("commitment_admin", "commitment_cocreation"):
            dist: GradeDistribution = getattr(self, key)
            if not dist.complete:
                out[key] = (dist.incomplete_reason, dist.incomplete_gap)
        if not self.implementers_complete:
            out["commitment_implementers"] = (self.implementers_incomplete_reason, self.implementers_incomplete_gap)
        for kind, table in self.target_admin_tables.items():
            if not table.complete:
                out[f"target_admin_tables/{kind}"] = (table.incomplete_reason, table.incomplete_gap)
        return out


# How a figure was read, not what the report publishes: left out of `figures()`.
_READING = frozenset({"complete", "incomplete_reason", "incomplete_gap", "implementers_complete",
                      "implementers_incomplete_reason", "implementers_incomplete_gap"})


def _strip(node: Any) -> Any:
    """Replace every figure/phrase object by its bare value; leave out how figures were read."""
    if isinstance(node, dict):
        if "value" in node and "pieces" in node:
            return node["value"]
        return {key: _strip(value) for key, value in node.items() if key not in _READING}
    if isinstance(node, list):
        return [_strip(item) for item in node]
    return node
