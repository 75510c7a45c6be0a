"""ogi-extract: structured, checked data from Open Government Indonesia monev reports.

    >>> import ogi_extract
    >>> report = ogi_extract.parse("samples/monev-2021/monev-2021.pdf")
    >>> report.targets[0].score_value
    100.0
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .errors import (
    DamagedPdfError,
    EmptyPdfError,
    EncryptedPdfError,
    GrammarError,
    LimitExceededError,
    NoTextLayerError,
    NotAPdfError,
    OgiError,
    OutputError,
    UnknownReportError,
)


if TYPE_CHECKING:
    from .checks.findings import Finding
    from .grammar import Grammar
    from .limits import Limits


def read(
    path: str | os.PathLike[str] | bytes,
    *,
    grammar: Grammar | str | os.PathLike[str] | None = None,
    grammar_dirs: Sequence[str | os.PathLike[str]] = (),
    backend: str = "pymupdf",
    limits: Limits | None = None,
    audit: bool = False,
    jobs: int = 1,
) -> Report:
    """A monev PDF read into a Report, the way every command reads it (see `ogi_extract.pipeline`).

    `jobs` above 1 reads a long report's pages in that many processes; the report is the same.
    """
    # The pipeline is imported on first use, so that `import ogi_extract.models`
    # (or the synthetic generator) does not pay for PyMuPDF and the grammar.
    from .pipeline import read as run

    return run(
        path, grammar=grammar, grammar_dirs=grammar_dirs, backend=backend, limits=limits, audit=audit, jobs=jobs
    )


def parse(
    path: str | os.PathLike[str] | bytes,
    grammar: Grammar | str | os.PathLike[str] | None = None,
    *,
    backend: str = "pymupdf",
    limits: Limits | None = None,
    grammar_dirs: Sequence[str | os.PathLike[str]] = (),
    jobs: int = 1,
) -> Report:
    """Read a monev PDF and return its records with provenance: `read` with the grammar as second argument.

    `grammar` is an edition id, a grammar file (or a loaded `Grammar`), or None
    to pick the edition the PDF is of among every known grammar; `grammar_dirs`
    are folders of user grammars searched before `OGI_EXTRACT_GRAMMARS` and the
    shipped ones. The report keeps the grammar it was read with
    (`report.grammar`), so `ogi_extract.audit(report)` uses the same one.
    `jobs` above 1 reads a long report's pages in that many processes (the
    same report, sooner on several free cores).
    """
    return read(path, grammar=grammar, grammar_dirs=grammar_dirs, backend=backend, limits=limits, jobs=jobs)


def audit(report: Report, **options: Any) -> list[Finding]:
    """The audit's findings on a report's front matter (see `ogi_extract.checks.audit`)."""
    from .checks import audit as run

    return run(report, **options)


def __getattr__(name: str) -> object:
    import importlib

    if name == "Report":
        # pydantic and the models cost a tenth of a second: `ogi-extract --help` does not pay it
        return importlib.import_module(".models", __name__).Report
    if name == "parse_document":
        return importlib.import_module(".pipeline", __name__).read_document
    if name == "panel":
        # a module that can be called like its function: `ogi_extract.panel(reports) -> Panel`
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(name)


__all__ = [
    "DamagedPdfError",
    "EmptyPdfError",
    "EncryptedPdfError",
    "GrammarError",
    "LimitExceededError",
    "NoTextLayerError",
    "NotAPdfError",
    "OgiError",
    "OutputError",
    "Report",
    "UnknownReportError",
    "audit",
    "panel",
    "parse",
    "parse_document",
    "read",
]
