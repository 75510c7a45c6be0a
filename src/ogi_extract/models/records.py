"""The records a parsed report is made of.

Every text field keeps the name and the raw text of the reference transcription
(`target_text`, `score`, `cocreation_label` ...), normalised values sit beside it
under their own names (`score_value`, `grade`, `cocreation`), and `provenance`
maps each field name to the pieces of the page it was read from. A field that
the report leaves empty is null, never "".
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Piece(_Record):
    """One rectangle of one page: a field can span several when a row breaks."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    page: int = Field(description="1-based page number")
    box: tuple[float, float, float, float] = Field(
        description="x0, top, x1, bottom in PDF points, origin at the top-left"
    )


Provenance = dict[str, list[Piece]]


class OcrReading(_Record):
    """A field read by OCR: the words as OCR gave them, and its mean word confidence (0..1).

    `confidence` is null for text from a PDF's own OCR layer, which carries none.
    """

    text: str
    confidence: float | None = None


class SuccessMeasure(_Record):
    number: int | None = None
    text: str | None = None


class Resolution(_Record):
    """What a printed name resolved to in the registry (see `ogi_extract.match`)."""

    status: Literal["matched", "ambiguous", "unknown"]
    id: str | None = None
    kind: Literal["K/L", "OMS"] | None = None
    score: float = 0.0
    method: str = ""
    candidates: list[str] = Field(default_factory=list)


class Target(_Record):
    id: str
    label: str | None = None
    period: str | None = None
    target_text: str | None = None
    achievement_text: str | None = None
    score: str | None = None
    cocreation_text: str | None = None
    cocreation_label: str | None = None
    score_value: float | None = Field(None, description="the score as a number of percent")
    grade: str | None = Field(None, description="grade of the score on the edition's scale")
    cocreation: str | None = Field(None, description="co-creation label normalised")
    provenance: Provenance = Field(default_factory=dict)
    ocr: dict[str, OcrReading] = Field(
        default_factory=dict,
        description="fields read by OCR (a scan): the raw OCR text and confidence of each",
        exclude_if=lambda v: not v,
    )


class Block(_Record):
    """One run of target rows under one success measure and one implementer heading."""

    id: str
    success_measure: SuccessMeasure | None = None
    implementer: str | None = None
    implementer_match: Resolution | None = None
    targets: list[Target] = Field(default_factory=list)
    provenance: Provenance = Field(default_factory=dict)


class Commitment(_Record):
    id: str
    number: int
    title: str | None = None
    blocks: list[Block] = Field(default_factory=list)
    follow_up: str | None = None
    provenance: Provenance = Field(default_factory=dict)


class DocumentInfo(_Record):
    title: str | None = None
    action_plan: str | None = None
    periods: list[str] = Field(default_factory=list)


class SourceInfo(_Record):
    file: str | None = None
    sha256: str | None = None
    pages: int = 0
    backend: str | None = None
    grammar: str | None = Field(None, description="the id of the grammar the report was read with")
    grammar_sha256: str | None = Field(None, description="sha256 of that grammar file's bytes")


class UnassignedWord(_Record):
    text: str
    page: int
    box: tuple[float, float, float, float]
    reason: str


class PageProblem(_Record):
    """A page left out of the records: `kind` "limit" (over a per-page limit) or "unreadable" (damaged)."""

    page: int
    kind: Literal["limit", "unreadable"] = "unreadable"
    reason: str


class Accounting(_Record):
    """Where every word of the PDF went: the invariant is
    `words == furniture + outside + assigned + unassigned`."""

    words: int = 0
    furniture: int = 0
    outside: int = Field(0, description="words outside the detail section (front matter)")
    assigned: int = Field(0, description="words that ended in a field (labels included)")
    unassigned: int = 0
