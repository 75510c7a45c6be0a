"""`ogi-extract audit REPORT.pdf`: the front matter checked like a linter checks code.

Exit 0 when nothing at or above `--fail-on` was found, 1 when something was, 2
for a usage error, 12 when the report has no front matter (nothing audited is
no clean bill); a PDF that cannot be read, or is not a monev report, ends
with one line `<file>: error: <message>` on stderr and the exit code of its error class,
the same as `convert` (3 to 10; 11 when the output cannot be written).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import EXIT_NO_SUMMARY, OgiError, error_line, problem_line, shown
from ..limits import Limits, command_limits
from ..checks.findings import SEVERITY_RANK, Finding
from ..checks.messages import DEFAULT, LANGUAGES, text
from ..checks.render import FORMATS, render
from .common import backend_option, grammar_dir_option, grammar_option, max_pages_option, max_seconds_option

if TYPE_CHECKING:
    from ..models import Report

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
# No front matter found: nothing was audited. Not 0 (that would read as a clean report) and not 1
# (no figure was found wrong), whatever --fail-on says: EXIT_NO_SUMMARY (12).


def nothing_audited(findings: list[Finding]) -> bool:
    return any(f.check == "summary-missing" for f in findings)


def failing(findings: list[Finding], fail_on: str) -> bool:
    if fail_on == "none":
        return False
    return any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on] for f in findings)


def run_audit(
    path: Path,
    backend: str,
    grammar: str | None,
    grammar_dirs: Sequence[str | os.PathLike[str]] = (),
    limits: Limits | None = None,
) -> list[Finding]:
    """Read the PDF as every command does (`ogi_extract.read`) and return the audit's findings."""
    return read_audit(path, backend, grammar, grammar_dirs, limits)[1]


def read_audit(
    path: Path,
    backend: str,
    grammar: str | None,
    grammar_dirs: Sequence[str | os.PathLike[str]] = (),
    limits: Limits | None = None,
) -> tuple[Report, list[Finding]]:
    """The report and its findings: the report says what could not be read, the findings what does not hold."""
    from ..pipeline import read

    report = read(path, grammar=grammar, grammar_dirs=grammar_dirs, backend=backend, limits=limits, audit=True)
    return report, list(report.findings)


@click.command("audit")
@click.argument("report", type=click.Path(readable=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here instead of stdout.")
@click.option(
    "--fail-on",
    type=click.Choice(["warning", "error", "none"]),
    default="warning",
    show_default=True,
    help="Exit 1 when a finding of this severity or worse is found.",
)
@click.option(
    "--lang", type=click.Choice(LANGUAGES), default=DEFAULT, show_default=True,
    help="Language of the report: Indonesian (id) or English (en).",
)
@backend_option
@grammar_option
@grammar_dir_option
@max_pages_option
@max_seconds_option
def audit_command(
    report: Path,
    fmt: str,
    output: Path | None,
    fail_on: str,
    lang: str,
    backend: str,
    grammar: str | None,
    grammar_dirs: tuple[Path, ...],
    max_pages: int,
    max_seconds_per_page: float,
) -> None:
    """Re-derive every figure REPORT.pdf's front matter publishes and list the differences."""
    from ..export.output import InputFiles, write_text

    try:
        inputs = InputFiles([report])
        if output is not None:
            inputs.check(output)  # before the work, not after it
        limits = command_limits(max_pages, max_seconds_per_page)
        from ..console import reading

        ctx = click.get_current_context()
        with reading(shown(report.name), quiet=bool(ctx.meta.get("ogi_extract.quiet"))):
            parsed, findings = read_audit(report, backend, grammar, grammar_dirs, limits)
        title = text("title", lang, file=shown(report.name))
        if not (nothing_audited(findings) and fmt == "text" and output is None):  # the line below says it all
            out = render(findings, fmt, pdf=report, title=title, lang=lang, report=parsed)
            if output is not None:
                write_text(output, out, inputs)
            else:
                click.echo(out, nl=False)
    except OgiError as exc:
        click.echo(error_line(exc, report), err=True)
        sys.exit(exc.exit_code)
    if nothing_audited(findings):
        click.echo(problem_line(shown(report), text("no_summary", lang)), err=True)
        sys.exit(EXIT_NO_SUMMARY)
    sys.exit(EXIT_FINDINGS if failing(findings, fail_on) else EXIT_CLEAN)
