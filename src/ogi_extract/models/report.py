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
from .flat import TARGET_COLUMNS, target_rows
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
        """One flat dict per target row, with its commitment and block columns (see `models.flat`)."""
        return target_rows(self)

    def to_pandas(self) -> "pandas.DataFrame":
        """The target rows as a DataFrame, columns in the order of `models.flat.TARGET_COLUMNS`."""
        import pandas

        return pandas.DataFrame(self.target_rows(), columns=[name for name, _ in TARGET_COLUMNS])
