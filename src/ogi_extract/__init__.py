"""ogi-extract: structured, checked data from Open Government Indonesia monev reports.

    >>> import ogi_extract
    >>> report = ogi_extract.parse("samples/monev-2021/monev-2021.pdf")
    >>> report.targets[0].score_value
    100.0
"""

from .errors import (
    DamagedPdfError,
    EmptyPdfError,
    EncryptedPdfError,
    GrammarError,
    LimitExceededError,
    NoTextLayerError,
    NotAPdfError,
    OgiError,
    UnknownReportError,
)


def __getattr__(name: str) -> object:
    # The pipeline is imported on first use, so that `import ogi_extract.models`
    # (or the synthetic generator) does not pay for PyMuPDF and the grammar.
    import importlib

    if name == "Report":
        # pydantic and the models cost a tenth of a second: `ogi-extract --help` does not pay it
        return importlib.import_module(".models", __name__).Report
    if name == "parse_document":
        return importlib.import_module(".parse", __name__).parse_document
    if name in ("parse", "audit", "panel"):
        # all are modules that can be called like the function they are named after:
        # `ogi_extract.parse(path) -> Report`, `ogi_extract.audit(report) -> list[Finding]`,
        # `ogi_extract.panel(reports) -> Panel`
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
    "Report",
    "UnknownReportError",
    "panel",
    "parse",
    "parse_document",
]
