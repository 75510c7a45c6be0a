"""Typed errors: every way an input can be wrong has its own class and CLI exit code.

The CLI prints `error: <message>` on one line and exits with `exit_code`; the
library raises these and nothing else for bad input.
"""

from __future__ import annotations

import os


# The shell's code for a command ended by SIGINT (128 + 2): `batch` after Ctrl-C.
EXIT_INTERRUPTED = 130


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


class OutputError(OgiError):
    """An output cannot be written: a directory in the way, no permission, a store
    file of another kind or from another version, a store locked by another process,
    or the output is one of the inputs."""

    exit_code = 11


def shown(text: str | os.PathLike[str] | bytes) -> str:
    """A file name or message safe to print and to write as UTF-8 (JSON, a store).

    File names on Linux are bytes; Python turns the bytes that are not UTF-8
    into lone surrogates ("surrogate escapes"), which no UTF-8 writer accepts.
    They are shown as `\\xNN`, the way Python shows bytes, so the name stays
    recognisable and two different names never print alike; the file itself is
    still opened under its real name.
    """
    if isinstance(text, os.PathLike):
        text = os.fspath(text)
    if isinstance(text, bytes):
        return text.decode("utf-8", "backslashreplace")
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that is no escaped byte
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def error_line(exc: OgiError) -> str:
    """The error as the command line shows it: one line, naming the file if the message does not."""
    message = shown(" ".join(str(exc).split()))
    if exc.path:
        path = shown(exc.path)
        if path not in message:
            message = f"{path}: {message}"
    return message
