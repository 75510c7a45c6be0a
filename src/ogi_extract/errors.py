"""Typed errors: every way an input can be wrong has its own class and CLI exit code.

The CLI prints `<file>: error: <message>` on one line and exits with `exit_code`; the
library raises these and nothing else for bad input.
"""

from __future__ import annotations

import os


# The shell's code for a command ended by SIGINT (128 + 2): `batch` after Ctrl-C.
EXIT_INTERRUPTED = 130
# `audit` of a report with no front matter: nothing was audited, which is neither clean (0) nor failed (1).
EXIT_NO_SUMMARY = 12


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


def error_line(exc: OgiError, file: str | os.PathLike[str] | None = None) -> str:
    """The error as the command line shows it: `<file>: error: <what>`, on one line.

    The file is the one the error names (`exc.path`), else `file` (the input of
    the command), else the program's name; the way compilers and linters put it,
    so that editors and `grep` find the file at the start of the line.
    """
    where = shown(exc.path if exc.path else file if file is not None else PROGRAM)
    return problem_line(where, str(exc))


def problem_line(where: str, message: str, kind: str = "error") -> str:
    """`<where>: <kind>: <message>` with the message's whitespace collapsed to one line."""
    text = shown(" ".join(message.split()))
    if text.startswith(f"{where}: "):  # a message that already begins with the file
        text = text[len(where) + 2 :]
    return f"{where}: {kind}: {text}"


# What names the command when no file does.
PROGRAM = "ogi-extract"
