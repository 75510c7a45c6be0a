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
from .models import Report


def __getattr__(name: str) -> object:
    # The pipeline is imported on first use, so that `import ogi_extract.models`
    # (or the synthetic generator) does not pay for PyMuPDF and the grammar.
    if name in ("parse", "parse_document"):
        from . import parse as _parse_module

        return getattr(_parse_module, name)
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
    "parse",
    "parse_document",
]
