"""Typed errors: every way an input can be wrong has its own class and CLI exit code.

The CLI prints `error: <message>` on one line and exits with `exit_code`; the
library raises these and nothing else for bad input.
"""

from __future__ import annotations


class OgiError(Exception):
    """Base class of every error ogi-extract raises for bad input or limits."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class NotAPdfError(OgiError):
    exit_code = 3


class EncryptedPdfError(OgiError):
    exit_code = 4


class DamagedPdfError(OgiError):
    exit_code = 5


class EmptyPdfError(OgiError):
    exit_code = 6


class NoTextLayerError(OgiError):
    exit_code = 7


class UnknownReportError(OgiError):
    """The PDF reads fine but is not a report of any grammar we know."""

    exit_code = 8


class LimitExceededError(OgiError):
    exit_code = 9


class GrammarError(OgiError):
    """A grammar file is missing, malformed or incomplete."""

    exit_code = 10
