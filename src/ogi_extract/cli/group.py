"""The `ogi-extract` group: exit codes, one-line errors, logging on stderr, and the commands loaded when named.

Bad input never shows a traceback: every `OgiError` becomes one line on
stderr and the error's documented exit code (see `EXIT_CODES`). A defect met
on some input also ends in one line, with exit code 1; `--debug` shows its
traceback.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import click

from ..errors import (
    EXIT_INTERRUPTED,
    EXIT_NO_SUMMARY,
    DamagedPdfError,
    EmptyPdfError,
    EncryptedPdfError,
    GrammarError,
    LimitExceededError,
    NoTextLayerError,
    NotAPdfError,
    OgiError,
    PROGRAM,
    UnknownReportError,
    error_line,
    problem_line,
    shown,
)
from ..export.output import OutputError

# What `--help` prints and the README documents; the classes own the numbers.
EXIT_CODES: tuple[tuple[int, str], ...] = (
    (0, "success"),
    (1, "audit: findings at or above --fail-on; batch: at least one PDF failed; otherwise an internal error"),
    (2, "usage error (bad option, missing argument, page out of range)"),
    (NotAPdfError.exit_code, "not a PDF, or the file cannot be read (missing, no permission, a directory, a pipe)"),
    (EncryptedPdfError.exit_code, "encrypted PDF"),
    (DamagedPdfError.exit_code, "damaged PDF"),
    (EmptyPdfError.exit_code, "PDF without pages"),
    (NoTextLayerError.exit_code, "no text layer (a scan: OCR it first)"),
    (UnknownReportError.exit_code, "not a monev report of a known edition"),
    (LimitExceededError.exit_code, "a resource limit was exceeded"),
    (GrammarError.exit_code, "grammar file missing or invalid"),
    (OutputError.exit_code, "output cannot be written (an input, a directory in the way, a store of another version)"),
    (EXIT_NO_SUMMARY, "audit: no front matter found, so nothing was audited (not a clean report)"),
    (EXIT_INTERRUPTED, "batch: interrupted by Ctrl-C (SIGINT); what was stored is whole"),
)

_ALL = tuple(range(0, 12))
_INPUT_CODES = (3, 4, 5, 6, 7, 9)
# Which codes each command returns (the README's table, held to it by tests/test_cli_codes.py).
COMMAND_CODES: dict[str, tuple[int, ...]] = {
    "convert": _ALL,
    "audit": (*_ALL, EXIT_NO_SUMMARY),
    "inspect": (0, 1, 2, *_INPUT_CODES, OutputError.exit_code),
    "batch": (0, 1, 2, NotAPdfError.exit_code, GrammarError.exit_code, OutputError.exit_code, EXIT_INTERRUPTED),
    "panel": _ALL,
    "compare": _ALL,
    "grammar check": (0, 1, 2, *_INPUT_CODES, GrammarError.exit_code),
    "grammars": (0, 1, 2),
    "match": (0, 1, 2),
    "schema": (0, 1, 2),
}


def epilog(command: str | None = None) -> str:
    """The `--help` text of exit codes: every code for the program, a command's own for a command."""
    codes = None if command is None else set(COMMAND_CODES[command])
    lines = [f"  {code:>3}  {text}" for code, text in EXIT_CODES if codes is None or code in codes]
    return "Exit codes:\n\n\b\n" + "\n".join(lines)


_EPILOG = epilog()


def _where(ctx: click.Context) -> str:
    """What an error line names when the error names no file: the command's input, else the command."""
    named = ctx.meta.get(_FILE)
    if named is not None:
        return shown(named)
    sub = ctx.invoked_subcommand
    return f"{PROGRAM} {sub}" if sub else PROGRAM


_FILE = "ogi_extract.file"


def input_named(path: str | Path) -> None:
    """Record the command's input, the file its error lines name."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.meta[_FILE] = path


def _fail(ctx: click.Context, exc: OgiError) -> None:
    click.echo(error_line(exc, _where(ctx)), err=True)
    sys.exit(exc.exit_code)


def _internal(ctx: click.Context, exc: Exception) -> None:
    text = f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)"
    click.echo(problem_line(_where(ctx), text), err=True)
    sys.exit(1)


def _subcommands(name: str, command: click.Command) -> list[tuple[str, click.Command]]:
    if isinstance(command, click.Group):
        return [(f"{name} {sub}", c) for sub, c in command.commands.items()]
    return []


class _Group(click.Group):
    """Turns library errors into one-line messages with their exit codes; loads `LAZY_COMMANDS` when named."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in LAZY_COMMANDS:
            import importlib

            module, attr, _help = LAZY_COMMANDS[cmd_name]
            command = getattr(importlib.import_module(module), attr)
            for name, sub in [(cmd_name, command), *_subcommands(cmd_name, command)]:
                if name in COMMAND_CODES:
                    sub.epilog = epilog(name)
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list from the table, without importing the lazy commands."""
        rows: list[tuple[str, str]] = []
        width = formatter.width - 6 - max(len(name) for name in self.list_commands(ctx))
        for name in self.list_commands(ctx):
            if name in self.commands:
                rows.append((name, self.commands[name].get_short_help_str(width)))
            else:
                rows.append((name, click.Command(name, help=LAZY_COMMANDS[name][2]).get_short_help_str(width)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except OgiError as exc:
            _fail(ctx, exc)
        except (click.exceptions.ClickException, click.exceptions.Abort, click.exceptions.Exit):
            raise
        except Exception as exc:
            if ctx.meta.get("ogi_extract.debug"):
                raise
            _internal(ctx, exc)
        return None

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        """Usage errors as one line too, `ogi-extract convert: error: ...`, with exit code 2."""
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except click.ClickException as exc:
            ctx = exc.ctx if isinstance(exc, click.UsageError) else None
            where = ctx.command_path if ctx is not None else PROGRAM
            hint = f" (see {where} --help)" if ctx is not None else ""
            click.echo(problem_line(where, exc.format_message() + hint), err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo(problem_line(PROGRAM, "aborted"), err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


class _EchoHandler(logging.Handler):
    """Log records as `warning: ...` lines on whatever stderr is current."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"{record.levelname.lower()}: {shown(record.getMessage())}", err=True)


def _setup_logging(ctx: click.Context, level: int) -> None:
    """Log lines on stderr for the length of this command, then the logger as it was.

    Restoring matters when the command runs inside a longer-lived process (a
    test session, a notebook): its level and handlers must not leak out.
    """
    logger = logging.getLogger("ogi_extract")
    handler = _EchoHandler()
    saved = (logger.level, logger.propagate)
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False

    def restore() -> None:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]

    ctx.call_on_close(restore)


@click.group(name=PROGRAM, cls=_Group, epilog=_EPILOG)
@click.version_option(package_name="ogi-extract")
@click.option("--quiet", "-q", is_flag=True, help="Only errors on stderr.")
@click.option("--verbose", "-v", is_flag=True, help="Also progress notes on stderr.")
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error.")
@click.pass_context
def main(ctx: click.Context, quiet: bool, verbose: bool, debug: bool) -> None:
    """Structured, checked data from OGI monev reports."""
    ctx.meta["ogi_extract.debug"] = debug
    ctx.meta["ogi_extract.quiet"] = quiet
    _setup_logging(ctx, logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING)


# Commands owned by other stages: loaded when named, so that `ogi-extract --help`
# and `convert --help` start without pydantic, the audit or PyMuPDF. Each with
# the line `--help` shows for it (a test holds it to the command's docstring).
LAZY_COMMANDS: dict[str, tuple[str, str, str]] = {
    "audit": (
        "ogi_extract.cli.audit", "audit_command",
        "Re-derive every figure REPORT.pdf's front matter publishes and list the differences.",
    ),
    "compare": (
        "ogi_extract.panel.cli", "compare_command",
        "What changed from report BEFORE to report AFTER: grades per commitment and implementer, new and missing "
        "implementers, co-creation.",
    ),
    "grammar": ("ogi_extract.cli.grammar", "grammar_group", "Tools for writing a grammar."),
    "grammars": (
        "ogi_extract.cli.grammar", "grammars_command",
        "List every grammar on the search path: --grammar-dir, then OGI_EXTRACT_GRAMMARS, then the shipped ones.",
    ),
    "match": ("ogi_extract.match.cli", "match_command", "Resolve implementer NAMEs against the registry of implementers."),
    "panel": (
        "ogi_extract.panel.cli", "panel_command",
        "Join reports of one action plan (PDFs, records JSON, DuckDB stores) into one long table.",
    ),
}
