"""The `ogi-extract` command: convert, audit, match, schema.

Bad input never shows a traceback: every `OgiError` becomes one line on
stderr and the error's documented exit code.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from .errors import OgiError

log = logging.getLogger("ogi_extract")


def _fail(exc: OgiError) -> None:
    click.echo(f"error: {exc}", err=True)
    sys.exit(exc.exit_code)


class _Group(click.Group):
    """Turns library errors into one-line messages with their exit codes."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except OgiError as exc:
            _fail(exc)
        return None


@click.group(cls=_Group)
@click.version_option(package_name="ogi-extract")
@click.option("--quiet", "-q", is_flag=True, help="Only errors on stderr.")
def main(quiet: bool) -> None:
    """Structured, checked data from OGI monev reports."""
    logging.basicConfig(
        level=logging.ERROR if quiet else logging.WARNING,
        format="%(levelname)s: %(message)s",
        stream=sys.stderr,
    )


@main.command()
@click.argument("report", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "jsonl"]), default="json", show_default=True)
@click.option("--backend", type=click.Choice(["pymupdf", "pdfplumber"]), default="pymupdf", show_default=True)
@click.option("--grammar", help="Edition id or grammar file (default: detect).")
def convert(report: Path, output: Path | None, fmt: str, backend: str, grammar: str | None) -> None:
    """Convert REPORT.pdf to JSON, CSV or JSONL."""
    from .export import render
    from .parse import parse

    if not report.exists():
        raise click.BadParameter(f"no such file: {report}", param_hint="REPORT")
    result = parse(report, grammar, backend=backend)
    text = render(result, fmt)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"{report.name}: {len(result.targets)} target rows -> {output}", err=True)
    if result.unassigned:
        log.warning("%d words could not be assigned to a field (see 'unassigned')", len(result.unassigned))
    for name in result.unresolved_names:
        log.warning("implementer not resolved to the registry: %s", name)
    for problem in result.page_problems:
        log.warning("page %d lost: %s", problem.page, problem.reason)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the output of `convert --format json`."""
    from .models import Report

    click.echo(json.dumps(Report.model_json_schema(), indent=2, ensure_ascii=False))


def _attach() -> None:
    """Commands owned by other stages register here."""
    try:
        from .match.cli import match_command
    except ImportError:  # pragma: no cover
        pass
    else:
        main.add_command(match_command, "match")
    try:
        from .audit.cli import audit_command
    except ImportError:  # pragma: no cover
        pass
    else:
        main.add_command(audit_command, "audit")


_attach()
