"""`ogi-extract batch`: many PDFs into one output, in worker processes, with progress and a summary line."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import OgiError, problem_line, shown
from ..export.output import InputFiles
from ..limits import command_limits
from .common import (
    INPUT,
    backend_option,
    grammar_dir_option,
    grammar_option,
    lang_option,
    max_pages_option,
    max_seconds_option,
    log,
    plural,
    problems_of,
)
from .group import epilog

if TYPE_CHECKING:
    from ..batch import BatchSummary, Outcome


def _summary_line(summary: BatchSummary, kind: str, path: Path) -> str:
    skipped = f", {summary.skipped} already in the store" if summary.skipped else ""
    done = (
        f"{summary.converted} converted, {len(summary.failed)} failed{skipped}, "
        f"{plural(summary.targets, 'target row')} in {summary.seconds:.1f} s -> {kind} {path}"
    )
    if summary.interrupted:
        left = summary.total - len(summary.outcomes)
        resume = "; run again with --resume to go on" if kind == "duckdb" else ""
        return (
            f"batch: interrupted after {len(summary.outcomes)} of {plural(summary.total, 'PDF')}: {done}; "
            f"{left} not done; every report stored is whole{resume}"
        )
    return f"batch: {plural(len(summary.outcomes) + summary.skipped, 'PDF')}, {done}"


@click.command(epilog=epilog("batch"))
@click.argument("inputs", nargs=-1, required=True, type=INPUT)
@click.option(
    "--to",
    "to",
    required=True,
    type=(click.Choice(["duckdb", "parquet", "json"]), click.Path(path_type=Path)),
    metavar="duckdb FILE|parquet DIR|json DIR",
    help="Where the reports go: one DuckDB file (created or updated), Parquet files, or one JSON per PDF.",
)
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes [default: CPUs].")
@click.option("--recursive", "-r", is_flag=True, help="Also take PDFs in subfolders.")
@click.option("--no-audit", is_flag=True, help="Leave the findings table empty.")
@click.option(
    "--resume",
    is_flag=True,
    help="Leave out the PDFs the DuckDB store already holds (same sha256): go on with an interrupted run.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary; errors only.")
@lang_option
@backend_option
@grammar_option
@grammar_dir_option
@max_pages_option
@max_seconds_option
@click.pass_context
def batch(
    ctx: click.Context,
    inputs: Sequence[Path],
    to: tuple[str, Path],
    jobs: int | None,
    recursive: bool,
    no_audit: bool,
    resume: bool,
    quiet: bool,
    lang: str,
    backend: str,
    grammar: str | None,
    grammar_dirs: tuple[Path, ...],
    max_pages: int,
    max_seconds_per_page: float,
) -> None:
    """Convert every PDF in INPUTS (folders or files) into one output.

    A PDF that fails gets a one-line error and the batch goes on; the exit code
    is 1 when any failed. Ctrl-C stops it after the report being stored, with
    one line saying what was done, and exit code 130.
    """
    from ..batch import JsonSink, Task, convert_many, default_jobs, find_pdfs, open_sink, pending

    quiet = quiet or bool(ctx.meta.get("ogi_extract.quiet"))
    if quiet:
        ctx.meta["ogi_extract.quiet"] = True
        logging.getLogger("ogi_extract").setLevel(logging.ERROR)
    kind, path = to
    found = find_pdfs(list(inputs), recursive=recursive)
    if not found:
        raise OgiError(f"no PDF files in {', '.join(str(p) for p in inputs)}")
    dirs = tuple(str(d) for d in grammar_dirs)
    if grammar:
        from ..grammar import load_grammar

        # a wrong --grammar fails once, here, not once per PDF; workers get its file
        grammar = str(load_grammar(grammar, dirs).path)
    limits = command_limits(max_pages, max_seconds_per_page)
    tasks = [
        Task(str(p), name, grammar=grammar, backend=backend, audit=not no_audit, grammar_dirs=dirs, limits=limits,
             lang=lang)
        for p, name in found
    ]
    given = InputFiles([*inputs, *(p for p, _name in found)])
    sink = open_sink(kind, path, given)
    if isinstance(sink, JsonSink):
        try:
            for _p, name in found:  # every output known now: refuse before the work, not after it
                given.check(sink.target(name))
        except BaseException:
            sink.close()
            raise
    skipped = 0
    if resume:
        try:
            tasks, skipped = pending(tasks, sink.done())
        except BaseException:
            sink.close()
            raise
    from ..batch import start_workers
    from ..console import batch_bar

    pages = 0
    try:
        # Started before the progress display's thread, the workers are forked from this process (see workers._context).
        pool = start_workers(jobs or default_jobs(), len(tasks))
    except BaseException:
        sink.close()
        raise
    with batch_bar(quiet) as progress:
        bar = progress.add_task("converting", total=len(tasks), pages=0)

        def done(outcome: Outcome) -> None:
            nonlocal pages
            if outcome.report is not None:
                pages += outcome.report.source.pages or 0
            progress.update(bar, advance=1, pages=pages)
            if not outcome.ok:
                progress.console.print(problem_line(shown(outcome.task.name), outcome.error or ""), markup=False)
            elif outcome.report is not None:
                problems = problems_of(outcome.report)
                if problems:
                    log.warning("%s: %s", shown(outcome.task.name), "; ".join(problems))

        summary = convert_many(tasks, sink, jobs=jobs or default_jobs(), done=done, pool=pool)
    summary.skipped = skipped
    if summary.interrupted or not quiet:  # an interruption is said even with --quiet
        click.echo(shown(_summary_line(summary, kind, path)), err=True)
    sys.exit(summary.exit_code)
