"""What the commands share: their common options, status lines, the input from standard input, the output.

Heavy modules are imported inside the functions that need them, so that
`ogi-extract --help` starts without them (tests/test_cli_startup.py).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import LimitExceededError, shown
from ..export.kinds import STDOUT, is_stdout
from ..export.output import InputFiles
from ..limits import DEFAULT_LIMITS

if TYPE_CHECKING:
    from ..models import Report

log = logging.getLogger("ogi_extract")

STDIN = STDOUT  # `-` names standard input as a REPORT, standard output as an output


def is_quiet() -> bool:
    """Whether --quiet was given."""
    ctx = click.get_current_context(silent=True)
    return bool(ctx is not None and ctx.meta.get("ogi_extract.quiet"))


def say(text: str) -> None:
    """A status line on stderr, unless --quiet."""
    ctx = click.get_current_context(silent=True)
    if ctx is None or not ctx.meta.get("ogi_extract.quiet"):
        click.echo(shown(text), err=True)


# Input files are checked by reading them (`layout.source`), so that a missing,
# unreadable or odd file (a pipe, a device) ends with its own error and exit
# code instead of click's usage error.
INPUT = click.Path(readable=False, path_type=Path)


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def problems_of(report: Report) -> list[str]:
    """What a person should know about a parse that did not fail.

    Lost pages come first, then the report's own warnings: those already name
    the pages whose words went unassigned (often the pages beside a lost
    one), repairs made to the file, and pages repeated or missing.
    """
    out = [f"page {p.page} lost: {p.reason}" for p in report.page_problems]
    out.extend(report.warnings)
    if report.unassigned and not any("'unassigned'" in w for w in report.warnings):
        out.append(f"{len(report.unassigned)} words could not be assigned to a field (see 'unassigned')")
    out.extend(f"implementer not resolved to the registry: {name}" for name in report.unresolved_names)
    return out


backend_option = click.option(
    "--backend", type=click.Choice(["pymupdf", "pdfplumber"]), default="pymupdf", show_default=True
)
grammar_option = click.option(
    "--grammar", metavar="ID|FILE", help="Edition id or grammar file (default: detect among every known grammar)."
)
grammar_dir_option = click.option(
    "--grammar-dir",
    "grammar_dirs",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="A folder of user grammars, searched before OGI_EXTRACT_GRAMMARS and the shipped ones; repeatable.",
)
max_pages_option = click.option(
    "--max-pages",
    type=click.IntRange(min=1),
    default=DEFAULT_LIMITS.max_pages,
    show_default=True,
    help="Refuse a PDF with more pages (exit code 9).",
)
# The languages of the audit's message catalogue (`ogi_extract.checks.messages.LANGUAGES`, which
# tests/test_cli.py holds this to), named here so that `--help` need not import the audit.
LANGUAGES = ("en", "id")
lang_option = click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default=LANGUAGES[0],
    show_default=True,
    help="Language of the findings' sentences in --to, .xlsx and .duckdb: Indonesian (id) or English (en).",
)
max_seconds_option = click.option(
    "--max-seconds-per-page",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_LIMITS.max_seconds_per_page,
    show_default=True,
    help="A page taking longer to read is left out and named as lost.",
)


def read_stdin(limit: int) -> bytes:
    """The PDF given as `-`: standard input's bytes, at most `limit` (else LimitExceededError)."""
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise LimitExceededError(f"standard input holds more than the limit of {limit} bytes", path=STDIN)
    return data


def source_of(report: Path, limit: int) -> Path | bytes:
    return read_stdin(limit) if str(report) == STDIN else report


def write_out(output: Path | None, data: bytes, inputs: InputFiles) -> None:
    """`data` to the file `output`, or to standard output for None or `-`."""
    if is_stdout(output):
        stream = sys.stdout.buffer
        stream.write(data)
        stream.flush()
    else:
        from ..export import write_bytes

        write_bytes(output, data, inputs)  # type: ignore[arg-type]
