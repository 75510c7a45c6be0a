"""`ogi-extract panel` and `ogi-extract compare`: several reports of a plan as one dataset.

Registered by `ogi_extract.cli._attach`. Data goes to the output file (or stdout),
status and every uncertain join to stderr as `warning:` lines, so that a join
that was not made is seen even by someone who never opens the notes.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import click

from ..errors import OgiError

log = logging.getLogger("ogi_extract")

_backend = click.option(
    "--backend", type=click.Choice(["pymupdf", "pdfplumber"]), default="pymupdf", show_default=True
)
_grammar = click.option("--grammar", help="Edition id or grammar file for the PDFs (default: detect).")


def _say(text: str) -> None:
    ctx = click.get_current_context(silent=True)
    if ctx is None or not ctx.meta.get("ogi_extract.quiet"):
        click.echo(text, err=True)


def _options(backend: str, grammar: str | None) -> dict[str, object]:
    return {"backend": backend, "grammar": grammar}


def _warn_notes(notes: Sequence[object]) -> None:
    for note in notes:
        if getattr(note, "severity", "") == "uncertain":
            log.warning("%s", note.message)  # type: ignore[attr-defined]


@click.command("panel")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o", "--output", type=click.Path(path_type=Path),
    help="panel.csv, .xlsx, .parquet, .json or .html (the suffix decides); default: CSV on stdout.",
)
@click.option("--charts", "charts_dir", type=click.Path(path_type=Path),
              help="Also write grades.png/.svg (score per period, a panel per commitment) and heatmap.png/.svg here.")
@click.option("--chart-format", "chart_formats", multiple=True, type=click.Choice(["png", "svg"]),
              help="Formats of --charts (repeatable) [default: png and svg].")
@_backend
@_grammar
def panel_command(
    inputs: Sequence[Path], output: Path | None, charts_dir: Path | None, chart_formats: Sequence[str],
    backend: str, grammar: str | None,
) -> None:
    """Join reports of one action plan (PDFs, records JSON, DuckDB stores) into one long table.

    One row per target row of every report. Commitments join by number when their
    titles match; implementers by registry id; every join that is not certain is
    listed as a join note (stderr, the `join_notes` column, and the notes of
    every format).
    """
    from .write import WRITERS, to_csv, write_panel

    if output is not None and output.suffix.lower() not in WRITERS:
        raise click.BadParameter(f"the suffix must be one of {', '.join(WRITERS)}", param_hint="-o/--output")
    from . import panel

    result = panel(inputs, **_options(backend, grammar))
    if output is None:
        click.echo(to_csv(result), nl=False)
    else:
        write_panel(result, output)
    keys = {r["commitment_key"] for r in result.rows}
    uncertain = result.uncertain()
    _say(
        f"panel: {len(result.reports)} reports, {len(result.rows)} target rows, {len(keys)} commitments, "
        f"{len(result.notes)} join notes ({len(uncertain)} uncertain)" + (f" -> {output}" if output else "")
    )
    if charts_dir is not None:
        from .charts import write_charts

        written = write_charts(result, charts_dir, chart_formats or ("png", "svg"))
        _say(f"charts: {', '.join(str(p) for p in written)}")
    _warn_notes(uncertain)


@click.command("compare")
@click.argument("before", type=click.Path(path_type=Path))
@click.argument("after", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here instead of stdout.")
@_backend
@_grammar
def compare_command(
    before: Path, after: Path, fmt: str, output: Path | None, backend: str, grammar: str | None
) -> None:
    """What changed from report BEFORE to report AFTER: grades per commitment and
    implementer, new and missing implementers, co-creation."""
    from ..export.output import write_text
    from .compare import compare, to_json, to_text
    from .join import join
    from .sources import unique_names, load_source

    options = _options(backend, grammar)
    sides_a, sides_b = load_source(before, **options), load_source(after, **options)
    if len(sides_a) != 1 or len(sides_b) != 1:
        raise OgiError("compare takes two reports: a store holding several cannot stand for one side")
    result = join(unique_names([*sides_a, *sides_b]))
    cmp = compare(result)
    if fmt == "json":
        text = to_json(cmp)
    elif fmt == "html":
        from .html import compare_html

        text = compare_html(cmp, result)
    else:
        text = to_text(cmp)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_text(output, text)
        _say(f"compare: {len(cmp.moved())} changes, {len(cmp.notes)} join notes -> {output}")
    _warn_notes(cmp.notes)
