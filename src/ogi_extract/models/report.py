"""The report: the root record, with the flat views researchers ask for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import Field, PrivateAttr

from .records import (
    Accounting,
    Commitment,
    DocumentInfo,
    PageProblem,
    SourceInfo,
    Target,
    UnassignedWord,
    _Record,
)
from .summary import Summary

if TYPE_CHECKING:
    import pandas


class Report(_Record):
    document: DocumentInfo = Field(default_factory=DocumentInfo)
    source: SourceInfo = Field(default_factory=SourceInfo)
    commitments: list[Commitment] = Field(default_factory=list)
    summary: Summary | None = None
    unassigned: list[UnassignedWord] = Field(default_factory=list)
    accounting: Accounting = Field(default_factory=Accounting)
    unresolved_names: list[str] = Field(default_factory=list)
    page_problems: list[PageProblem] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    # The grammar object the report was read with (not part of the JSON): the
    # audit and the stores use it instead of reloading a grammar by id.
    _grammar: Any = PrivateAttr(default=None)

    @property
    def grammar(self) -> Any:
        """The `ogi_extract.grammar.Grammar` the report was read with; None for records loaded from JSON."""
        return self._grammar

    @grammar.setter
    def grammar(self, value: Any) -> None:
        self._grammar = value

    # How it was read (not part of the JSON): the limits it was read under, and
    # the audit's findings when `ogi_extract.read(..., audit=True)` asked for them.
    _limits: Any = PrivateAttr(default=None)
    _findings: Any = PrivateAttr(default=None)

    @property
    def limits(self) -> Any:
        """The `ogi_extract.limits.Limits` the PDF was read under; None for records loaded from JSON."""
        return self._limits

    @limits.setter
    def limits(self, value: Any) -> None:
        self._limits = value

    @property
    def findings(self) -> Any:
        """The audit's findings when the report was read with `audit=True`, else None."""
        return self._findings

    @findings.setter
    def findings(self, value: Any) -> None:
        self._findings = value

    @property
    def targets(self) -> list[Target]:
        return [t for c in self.commitments for b in c.blocks for t in b.targets]

    def target_rows(self) -> list[dict[str, Any]]:
        """One flat dict per target row, with its commitment and block columns."""
        rows: list[dict[str, Any]] = []
        for c in self.commitments:
            for b in c.blocks:
                sm = b.success_measure
                res = b.implementer_match
                for t in b.targets:
                    pages = sorted({p.page for pieces in t.provenance.values() for p in pieces})
                    rows.append(
                        {
                            "target_id": t.id,
                            "commitment": c.number,
                            "commitment_title": c.title,
                            "block_id": b.id,
                            "success_measure": sm.number if sm else None,
                            "success_measure_text": sm.text if sm else None,
                            "implementer": b.implementer,
                            "implementer_id": res.id if res else None,
                            "implementer_kind": res.kind if res else None,
                            "label": t.label,
                            "period": t.period,
                            "target_text": t.target_text,
                            "achievement_text": t.achievement_text,
                            "score": t.score,
                            "score_value": t.score_value,
                            "grade": t.grade,
                            "cocreation_text": t.cocreation_text,
                            "cocreation_label": t.cocreation_label,
                            "cocreation": t.cocreation,
                            "pages": " ".join(str(p) for p in pages),
                        }
                    )
        return rows

    def to_pandas(self) -> "pandas.DataFrame":
        import pandas

        return pandas.DataFrame(self.target_rows())
