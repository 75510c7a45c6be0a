"""`ogi-extract inspect`: a page drawn with its grid, cells and the field of each word; records read back for it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import OgiError, shown
from ..export.output import InputFiles, derived_name
from ..limits import DEFAULT_LIMITS, command_limits
from .common import (
    INPUT,
    backend_option,
    grammar_dir_option,
    grammar_option,
    max_pages_option,
    max_seconds_option,
    plural,
    say,
)
from .group import epilog, input_named

if TYPE_CHECKING:
    from ..models import Report


def _load_records(path: Path) -> Report:
    from pydantic import ValidationError

    from ..layout.source import read_file
    from ..models import Report

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
        problems = plural(exc.error_count(), "problem")
        raise OgiError(
            f"{path} is not a records file written by `convert` ({problems}; first at {where}: {first['msg']})"
        ) from exc


@click.command("inspect", epilog=epilog("inspect"))
@click.argument("report", type=INPUT)
@click.option("--page", "-p", type=click.IntRange(min=1), required=True, help="1-based page number.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="PNG file (default: REPORT-pN.png here).")
@click.option(
    "--records", type=INPUT, help="Records JSON from `convert` (default: parse the PDF)."
)
@click.option("--dpi", type=click.FloatRange(18, 600), default=144, show_default=True)
@click.option("--no-legend", is_flag=True, help="Leave out the legend box.")
@click.option("--no-ids", is_flag=True, help="Leave out the record ids above each record.")
@backend_option
@grammar_option
@grammar_dir_option
@max_pages_option
@max_seconds_option
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
    from ..export import write_bytes
    from ..visual import inspect_page

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
            limits=command_limits(max_pages, max_seconds_per_page),
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
    say(
        f"page {page}: {plural(len(ov.grids), 'grid')}, {plural(ov.cells, 'cell')}, "
        f"{plural(placed, 'word')} in {plural(fields, 'field')}, {counts.get(None, 0)} in none, "
        f"{len(ov.unassigned)} unassigned -> {target}"
    )
