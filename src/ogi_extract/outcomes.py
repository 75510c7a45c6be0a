"""What a batch run is made of: a task per PDF, its outcome, and the run's summary.

Apart from `batch.py` (the process pool) so that the sinks, which store
outcomes, and the pool, which hands outcomes to a sink, both stand on them
without either importing the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import EXIT_INTERRUPTED
from .models import Report

if TYPE_CHECKING:
    from .checks import Finding
    from .limits import Limits


@dataclass(frozen=True, slots=True)
class Task:
    path: str
    name: str  # the path shown to people and used for per-file outputs
    grammar: str | None = None  # an edition id or a grammar file; None: detect
    backend: str = "pymupdf"
    audit: bool = True
    grammar_dirs: tuple[str, ...] = ()  # folders of user grammars, searched first
    limits: Limits | None = None  # None: the defaults
    lang: str = "en"  # the language of the findings' sentences (`ogi_extract.checks.messages.LANGUAGES`)


@dataclass(slots=True)
class Outcome:
    task: Task
    report: Report | None = None
    findings: list[Finding] | None = None
    error: str | None = None
    exit_code: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(slots=True)
class BatchSummary:
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0
    total: int = 0  # PDFs the run was given
    skipped: int = 0  # already in the store (a resumed run)
    interrupted: bool = False

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]

    @property
    def converted(self) -> int:
        return sum(1 for o in self.outcomes if o.ok)

    @property
    def targets(self) -> int:
        return sum(len(o.report.targets) for o in self.outcomes if o.report is not None)

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        return 1 if self.failed else 0
