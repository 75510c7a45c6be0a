"""`ogi-extract convert`: one PDF (or standard input) to records in JSON, JSONL, CSV, Excel, Parquet or DuckDB."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import click

from ..errors import shown
from ..export.kinds import OUTPUT_FORMATS, is_stdout
from ..export.kinds import STORES as STORE_FORMATS
from ..export.kinds import format_of
from ..export.output import InputFiles, OutputError
from ..limits import DEFAULT_LIMITS
from .common import (
    INPUT,
    LANGUAGES,
    STDIN,
    backend_option,
    grammar_dir_option,
    grammar_option,
    max_pages_option,
    max_seconds_option,
    is_quiet,
    lang_option,
    log,
    plural,
    problems_of,
    say,
    source_of,
    write_out,
)
from .group import epilog, input_named


@click.command(epilog=epilog("convert"))
@click.argument("report", type=INPUT)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Write here instead of stdout (`-`: stdout); the extension names the format: "
    ".json .jsonl .csv .xlsx .parquet .duckdb.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(OUTPUT_FORMATS),
    default=None,
    help="The output format, whatever the extension  [default: from -o's extension; json on stdout]",
)
@click.option("--excel", is_flag=True, help="CSV: begin with the byte order mark Excel needs to read UTF-8.")
@click.option(
    "--to",
    "stores",
    multiple=True,
    type=(click.Choice(["duckdb", "parquet"]), click.Path(path_type=Path)),
    metavar="duckdb FILE|parquet DIR",
    help="Also add the report to a DuckDB file (created or updated) or write Parquet files to DIR; "
    "repeatable. With --to and no -o nothing goes to stdout.",
)
@click.option("--no-audit", is_flag=True, help="Leave the findings table of --to, .xlsx and .duckdb empty.")
@lang_option
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Read a long report's pages in this many processes (the output is the same).",
)
@backend_option
@grammar_option
@grammar_dir_option
@max_pages_option
@max_seconds_option
def convert(
    report: Path,
    output: Path | None,
    fmt: str | None,
    excel: bool,
    stores: Sequence[tuple[str, Path]],
    no_audit: bool,
    lang: str,
    jobs: int,
    backend: str,
    grammar: str | None,
    grammar_dirs: tuple[Path, ...],
    max_pages: int,
    max_seconds_per_page: float,
) -> None:
    """Convert REPORT.pdf (`-`: standard input) to JSON, JSONL, CSV, Excel, Parquet or DuckDB."""
    from ..batch import read_one
    from ..console import reading

    input_named(report)
    limits = replace(DEFAULT_LIMITS, max_pages=max_pages, max_seconds_per_page=max_seconds_per_page)
    inputs = InputFiles([] if str(report) == STDIN else [report])
    for target in [*(path for _kind, path in stores), *([] if is_stdout(output) else [output])]:
        inputs.check(target)  # before the work, not after it
    if output is not None and not is_stdout(output) and output.is_dir():
        raise OutputError(f"{shown(output)} is a directory", path=str(output))
    kind = format_of(output, fmt)  # so is a format the extension does not name
    name = shown(report.name) if str(report) != STDIN else STDIN
    source = source_of(report, limits.max_file_bytes)
    with reading(name, quiet=is_quiet()):
        result, findings = read_one(
            source,
            grammar,
            backend=backend,
            limits=limits,
            audit=(bool(stores) or kind in ("xlsx", "duckdb")) and not no_audit,
            grammar_dirs=grammar_dirs,
            jobs=jobs,
        )
    if findings is not None and lang != LANGUAGES[0]:
        from ..checks.findings import in_lang

        findings = in_lang(findings, lang)
    if stores or kind in STORE_FORMATS:
        from ..export.rows import bundle
        from ..export.store import write_store

        rows = bundle(result, findings)
        for store, path in [*stores, *([(kind, output)] if kind in STORE_FORMATS else [])]:
            write_store(store, [rows], path, inputs)
            say(f"{name}: {plural(rows.count('targets'), 'target row')} -> {store} {shown(path)}")
    if kind not in STORE_FORMATS and (output is not None or not stores):
        from ..export.kinds import encode

        write_out(output, encode(result, kind, findings, excel=excel, lang=lang), inputs)
        if not is_stdout(output):
            say(f"{name}: {plural(len(result.targets), 'target row')} -> {shown(output)}")  # type: ignore[arg-type]
    for problem in problems_of(result):
        log.warning("%s", problem)
