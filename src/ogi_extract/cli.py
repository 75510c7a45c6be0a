"""The `ogi-extract` command: convert, batch, inspect, schema (and audit, match, panel, compare).

Bad input never shows a traceback: every `OgiError` becomes one line on
stderr and the error's documented exit code (see `EXIT_CODES`). A defect met
on some input also ends in one line, with exit code 1; `--debug` shows its
traceback.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .errors import (
    EXIT_INTERRUPTED,
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
from .export.kinds import OUTPUT_FORMATS, STDOUT, is_stdout
from .export.kinds import STORES as STORE_FORMATS
from .export.kinds import format_of
from .export.output import InputFiles, OutputError, derived_name
from .limits import DEFAULT_LIMITS

if TYPE_CHECKING:
    from .batch import BatchSummary, Outcome
    from .models import Report

log = logging.getLogger("ogi_extract")

STDIN = STDOUT  # `-` names standard input as a REPORT, standard output as an output

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
    (EXIT_INTERRUPTED, "batch: interrupted by Ctrl-C (SIGINT); what was stored is whole"),
)

_ALL = tuple(range(0, 12))
_INPUT_CODES = (3, 4, 5, 6, 7, 9)
# Which codes each command returns (the README's table, held to it by tests/test_cli_codes.py).
COMMAND_CODES: dict[str, tuple[int, ...]] = {
    "convert": _ALL,
    "audit": _ALL,
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


def _quiet() -> bool:
    ctx = click.get_current_context(silent=True)
    return bool(ctx is not None and ctx.meta.get("ogi_extract.quiet"))


def _say(text: str) -> None:
    """A status line on stderr, unless --quiet."""
    ctx = click.get_current_context(silent=True)
    if ctx is None or not ctx.meta.get("ogi_extract.quiet"):
        click.echo(shown(text), err=True)


# Input files are checked by reading them (`layout.source`), so that a missing,
# unreadable or odd file (a pipe, a device) ends with its own error and exit
# code instead of click's usage error.
_INPUT = click.Path(readable=False, path_type=Path)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _problems(report: Report) -> list[str]:
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


_backend = click.option(
    "--backend", type=click.Choice(["pymupdf", "pdfplumber"]), default="pymupdf", show_default=True
)
_grammar = click.option(
    "--grammar", metavar="ID|FILE", help="Edition id or grammar file (default: detect among every known grammar)."
)
_grammar_dir = click.option(
    "--grammar-dir",
    "grammar_dirs",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="A folder of user grammars, searched before OGI_EXTRACT_GRAMMARS and the shipped ones; repeatable.",
)
_max_pages = click.option(
    "--max-pages",
    type=click.IntRange(min=1),
    default=DEFAULT_LIMITS.max_pages,
    show_default=True,
    help="Refuse a PDF with more pages (exit code 9).",
)
_max_seconds = click.option(
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


def _source(report: Path, limit: int) -> Path | bytes:
    return read_stdin(limit) if str(report) == STDIN else report


def write_out(output: Path | None, data: bytes, inputs: InputFiles) -> None:
    """`data` to the file `output`, or to standard output for None or `-`."""
    if is_stdout(output):
        stream = sys.stdout.buffer
        stream.write(data)
        stream.flush()
    else:
        from .export import write_bytes

        write_bytes(output, data, inputs)  # type: ignore[arg-type]


@main.command(epilog=epilog("convert"))
@click.argument("report", type=_INPUT)
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
@_backend
@_grammar
@_grammar_dir
@_max_pages
@_max_seconds
def convert(
    report: Path,
    output: Path | None,
    fmt: str | None,
    excel: bool,
    stores: Sequence[tuple[str, Path]],
    no_audit: bool,
    backend: str,
    grammar: str | None,
    grammar_dirs: tuple[Path, ...],
    max_pages: int,
    max_seconds_per_page: float,
) -> None:
    """Convert REPORT.pdf (`-`: standard input) to JSON, JSONL, CSV, Excel, Parquet or DuckDB."""
    from .batch import read_one
    from .console import reading

    input_named(report)
    limits = replace(DEFAULT_LIMITS, max_pages=max_pages, max_seconds_per_page=max_seconds_per_page)
    inputs = InputFiles([] if str(report) == STDIN else [report])
    for target in [*(path for _kind, path in stores), *([] if is_stdout(output) else [output])]:
        inputs.check(target)  # before the work, not after it
    if output is not None and not is_stdout(output) and output.is_dir():
        raise OutputError(f"{shown(output)} is a directory", path=str(output))
    kind = format_of(output, fmt)  # so is a format the extension does not name
    name = shown(report.name) if str(report) != STDIN else STDIN
    source = _source(report, limits.max_file_bytes)
    with reading(name, quiet=_quiet()):
        result, findings = read_one(
            source,
            grammar,
            backend=backend,
            limits=limits,
            audit=(bool(stores) or kind in ("xlsx", "duckdb")) and not no_audit,
            grammar_dirs=grammar_dirs,
        )
    if stores or kind in STORE_FORMATS:
        from .export.rows import bundle
        from .export.store import write_store

        rows = bundle(result, findings)
        for store, path in [*stores, *([(kind, output)] if kind in STORE_FORMATS else [])]:
            write_store(store, [rows], path, inputs)
            _say(f"{name}: {_plural(rows.count('targets'), 'target row')} -> {store} {shown(path)}")
    if kind not in STORE_FORMATS and (output is not None or not stores):
        from .export.kinds import encode

        write_out(output, encode(result, kind, findings, excel=excel), inputs)
        if not is_stdout(output):
            _say(f"{name}: {_plural(len(result.targets), 'target row')} -> {shown(output)}")  # type: ignore[arg-type]
    for problem in _problems(result):
        log.warning("%s", problem)


@main.command(epilog=epilog("schema"))
@click.argument("what", type=click.Choice(["records", "grammar"]), default="records")
def schema(what: str) -> None:
    """Print the JSON Schema of `convert --format json` (records) or of a grammar file (grammar)."""
    if what == "grammar":
        from .grammar.schema import grammar_json_schema

        click.echo(json.dumps(grammar_json_schema(), indent=2, ensure_ascii=False))
        return
    from .models import Report

    click.echo(json.dumps(Report.model_json_schema(), indent=2, ensure_ascii=False))


def _load_records(path: Path) -> Report:
    from pydantic import ValidationError

    from .layout.source import read_file
    from .models import Report

    data = read_file(str(path), DEFAULT_LIMITS.max_file_bytes)  # a pipe or a device is refused, not waited on
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise OgiError(f"cannot read records {shown(path)}: {exc}") from exc
    try:
        return Report.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "top level"
        problems = _plural(exc.error_count(), "problem")
        raise OgiError(
            f"{path} is not a records file written by `convert` ({problems}; first at {where}: {first['msg']})"
        ) from exc


@main.command("inspect", epilog=epilog("inspect"))
@click.argument("report", type=_INPUT)
@click.option("--page", "-p", type=click.IntRange(min=1), required=True, help="1-based page number.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="PNG file (default: REPORT-pN.png here).")
@click.option(
    "--records", type=_INPUT, help="Records JSON from `convert` (default: parse the PDF)."
)
@click.option("--dpi", type=click.FloatRange(18, 600), default=144, show_default=True)
@click.option("--no-legend", is_flag=True, help="Leave out the legend box.")
@click.option("--no-ids", is_flag=True, help="Leave out the record ids above each record.")
@_backend
@_grammar
@_grammar_dir
@_max_pages
@_max_seconds
def inspect_command(
    report: Path,
    page: int,
    output: Path | None,
    records: Path | None,
    dpi: float,
    no_legend: bool,
    no_ids: bool,
    backend: str,
    grammar: str | None,
    grammar_dirs: tuple[Path, ...],
    max_pages: int,
    max_seconds_per_page: float,
) -> None:
    """Draw page N of REPORT.pdf with the table grid, the cells and the field of each word."""
    from .export import write_bytes
    from .visual import inspect_page

    input_named(report)
    inputs = InputFiles([report, *([records] if records is not None else [])])
    target = output or Path(derived_name(report.stem, f"-p{page}.png"))
    inputs.check(target)
    loaded = _load_records(records) if records is not None else None
    try:
        image = inspect_page(
            report,
            page,
            report=loaded,
            grammar=grammar,
            grammar_dirs=grammar_dirs,
            backend=backend,
            limits=replace(DEFAULT_LIMITS, max_pages=max_pages, max_seconds_per_page=max_seconds_per_page),
            dpi=dpi,
            legend=not no_legend,
            ids=not no_ids,
        )
    except ValueError as exc:
        raise OgiError(f"--page: {exc}") from exc
    write_bytes(target, image.png, inputs)
    ov = image.overlay
    counts = ov.counts()
    placed = sum(n for name, n in counts.items() if name is not None)
    fields = sum(1 for name in counts if name is not None)
    _say(
        f"page {page}: {_plural(len(ov.grids), 'grid')}, {_plural(ov.cells, 'cell')}, "
        f"{_plural(placed, 'word')} in {_plural(fields, 'field')}, {counts.get(None, 0)} in none, "
        f"{len(ov.unassigned)} unassigned -> {target}"
    )


def _summary_line(summary: BatchSummary, kind: str, path: Path) -> str:
    skipped = f", {summary.skipped} already in the store" if summary.skipped else ""
    done = (
        f"{summary.converted} converted, {len(summary.failed)} failed{skipped}, "
        f"{_plural(summary.targets, 'target row')} in {summary.seconds:.1f} s -> {kind} {path}"
    )
    if summary.interrupted:
        left = summary.total - len(summary.outcomes)
        resume = "; run again with --resume to go on" if kind == "duckdb" else ""
        return (
            f"batch: interrupted after {len(summary.outcomes)} of {_plural(summary.total, 'PDF')}: {done}; "
            f"{left} not done; every report stored is whole{resume}"
        )
    return f"batch: {_plural(len(summary.outcomes) + summary.skipped, 'PDF')}, {done}"


@main.command(epilog=epilog("batch"))
@click.argument("inputs", nargs=-1, required=True, type=_INPUT)
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
@_backend
@_grammar
@_grammar_dir
@_max_pages
@_max_seconds
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
    from .batch import JsonSink, Task, convert_many, default_jobs, find_pdfs, open_sink, pending

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
        from .grammar import load_grammar

        # a wrong --grammar fails once, here, not once per PDF; workers get its file
        grammar = str(load_grammar(grammar, dirs).path)
    limits = replace(DEFAULT_LIMITS, max_pages=max_pages, max_seconds_per_page=max_seconds_per_page)
    tasks = [
        Task(str(p), name, grammar=grammar, backend=backend, audit=not no_audit, grammar_dirs=dirs, limits=limits)
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
    from .console import batch_bar

    pages = 0
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
                problems = _problems(outcome.report)
                if problems:
                    log.warning("%s: %s", shown(outcome.task.name), "; ".join(problems))

        summary = convert_many(tasks, sink, jobs=jobs or default_jobs(), done=done)
    summary.skipped = skipped
    if summary.interrupted or not quiet:  # an interruption is said even with --quiet
        click.echo(shown(_summary_line(summary, kind, path)), err=True)
    sys.exit(summary.exit_code)


# Commands owned by other stages: loaded when named, so that `ogi-extract --help`
# and `convert --help` start without pydantic, the audit or PyMuPDF. Each with
# the line `--help` shows for it (a test holds it to the command's docstring).
LAZY_COMMANDS: dict[str, tuple[str, str, str]] = {
    "audit": (
        "ogi_extract.checks.cli", "audit_command",
        "Re-derive every figure REPORT.pdf's front matter publishes and list the differences.",
    ),
    "compare": (
        "ogi_extract.panel.cli", "compare_command",
        "What changed from report BEFORE to report AFTER: grades per commitment and implementer, new and missing "
        "implementers, co-creation.",
    ),
    "grammar": ("ogi_extract.grammar.cli", "grammar_group", "Tools for writing a grammar."),
    "grammars": (
        "ogi_extract.grammar.cli", "grammars_command",
        "List every grammar on the search path: --grammar-dir, then OGI_EXTRACT_GRAMMARS, then the shipped ones.",
    ),
    "match": ("ogi_extract.match.cli", "match_command", "Resolve implementer NAMEs against the registry of implementers."),
    "panel": (
        "ogi_extract.panel.cli", "panel_command",
        "Join reports of one action plan (PDFs, records JSON, DuckDB stores) into one long table.",
    ),
}
