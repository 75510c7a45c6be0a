"""What the audit reports: one finding per published figure that does not hold up.

A finding carries both sides so that a reader can check it without the tool: the
figure as published with the place it is printed, and the value re-derived with
the target rows it was counted from. Its sentence is kept as an id of the message
catalogue with the values to fill in, so it can be said in Indonesian or English.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Union

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from ..models.records import Piece
from ..models.summary import Figure, Phrase
from .catalogue import CATALOGUE, SEVERITY_RANK, Check, Severity
from .messages import DEFAULT, say



class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Published(_Model):
    """A figure as the report prints it."""

    label: str = Field(description="which figure: table, row and column, or the sentence")
    value: int | str | None = None
    raw: str | None = None
    pieces: list[Piece] = Field(default_factory=list)

    @classmethod
    def of(cls, label: str, item: Figure | Phrase | None, value: int | str | None = None) -> Published:
        if item is None:
            return cls(label=label, value=value)
        return cls(label=label, value=item.value, raw=item.raw, pieces=list(item.pieces))


class Derived(_Model):
    """The same figure worked out from the detail records (or from other printed figures)."""

    value: int | float | str | None = None
    target_ids: list[str] = Field(default_factory=list)
    record_ids: list[str] = Field(
        default_factory=list,
        description="ids of the commitments or implementers counted, where the figure counts those",
    )
    rule: str | None = Field(None, description="how it was derived, when more than one way exists")


Param = Union[int, float, str, list[int], list[str], "Wording"]


class Wording(_Model):
    """A sentence or phrase of the message catalogue (`ogi_extract.checks.messages`) with its values,
    said in any language; a value may be a phrase itself (a grade rule, a kind of implementer)."""

    id: str
    params: dict[str, Param] = Field(default_factory=dict)

    def say(self, lang: str = DEFAULT) -> str:
        return say(self.id, self.params, lang)


def wording(message_id: str, **params: Param) -> Wording:
    return Wording(id=message_id, params=params)


class Finding(_Model):
    check: str = Field(description="the id of its check in the catalogue (`ogi_extract.checks.catalogue`)")
    severity: Severity
    message: str = Field(description="the sentence, in the language the findings were written in (English unless asked)")
    message_id: str | None = Field(None, description="the sentence's id in the message catalogue (`ogi_extract.checks.messages`)")
    params: dict[str, Param] = Field(default_factory=dict, description="the values the sentence is filled with")
    published: Published | None = None
    derived: Derived | None = None
    id: str | None = Field(None, description="this finding's id in its audit (F1, F2, ...)")
    caused_by: str | None = Field(
        None,
        description="the id of the finding whose discrepancy this one follows from; such a finding is shown "
        "under its cause, as one item",
    )
    # What the finding is about, for linking findings of one cause (`causes`): the
    # distribution, table, grade, commitment. Not part of the record.
    _about: dict[str, Any] = PrivateAttr(default_factory=dict)

    @property
    def about(self) -> dict[str, Any]:
        return self._about

    @property
    def entry(self) -> Check:
        """Its check in the catalogue: what the finding means and what it compared."""
        return CATALOGUE[self.check]

    def at_least(self, severity: str) -> bool:
        return SEVERITY_RANK[self.severity] >= SEVERITY_RANK[severity]

    def in_lang(self, lang: str) -> Finding:
        """The same finding with its sentence in `lang` (one without a message id keeps its own)."""
        if self.message_id is None:
            return self
        return self.model_copy(update={"message": say(self.message_id, self.params, lang)})


def in_lang(findings: Sequence[Finding], lang: str) -> list[Finding]:
    """The findings with their sentences in `lang`: what every format writes."""
    return [f.in_lang(lang) for f in findings]
