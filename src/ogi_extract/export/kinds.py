"""Which format an output is written in: named by `--format`, else told by the file's extension.

`-o out.xlsx` writing JSON would be a silent surprise, so an extension names
its format and an extension of no known format is an error (exit 2), unless
`--format` says what to write. Standard output (`-o -` or no `-o`) is JSON
unless `--format` says otherwise. Light on purpose: the command line asks it
before any heavy module is loaded, so a wrong name fails at once.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import OgiError, shown

if TYPE_CHECKING:
    from ..checks import Finding
    from ..models import Report

BY_SUFFIX: dict[str, str] = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".parquet": "parquet",
    ".duckdb": "duckdb",
}
OUTPUT_FORMATS: tuple[str, ...] = tuple(BY_SUFFIX.values())
STDOUT = "-"
# Formats that are a store updated in place, not bytes: never to standard output.
STORES = ("duckdb",)
BOM = "\ufeff"


def is_stdout(output: str | os.PathLike[str] | None) -> bool:
    return output is None or os.fspath(output) == STDOUT


def format_of(output: str | os.PathLike[str] | None, given: str | None) -> str:
    """The format to write: `given` if set, else the one the output's extension names."""
    if given is not None:
        fmt = given
    elif is_stdout(output):
        fmt = "json"
    else:
        suffix = Path(os.fspath(output)).suffix.lower()  # type: ignore[arg-type]
        if suffix not in BY_SUFFIX:
            known = " ".join(BY_SUFFIX)
            told = f"extension {suffix!r}" if suffix else "no extension"
            raise OgiError(
                f"cannot tell the output format from {told} (known: {known}); name one with --format",
                path=shown(os.fspath(output)),  # type: ignore[arg-type]
            )
        fmt = BY_SUFFIX[suffix]
    if fmt in STORES and is_stdout(output):
        raise OgiError(f"--format {fmt} is a file updated in place and cannot go to standard output; give -o FILE")
    return fmt


def encode(
    report: Report, fmt: str, findings: Sequence[Finding] | None = None, *, excel: bool = False, lang: str = "en"
) -> bytes:
    """The bytes of `report` in a file format (every format of `OUTPUT_FORMATS` but the stores).

    `excel` puts the byte order mark Excel needs to read a CSV as UTF-8 (without
    it, Excel on Windows reads the file in the local code page and breaks every
    "–" and "é"). `lang` is the language of the findings' sentences, which the
    Excel findings sheet shows its places and rules in too.
    """
    if fmt in ("json", "jsonl", "csv"):
        from .formats import render

        text = render(report, fmt)
        return ((BOM if excel and fmt == "csv" else "") + text).encode("utf-8")
    if fmt == "xlsx":
        from .excel import to_xlsx

        return to_xlsx(report, findings, lang)
    if fmt == "parquet":
        import io

        from .rows import bundle
        from .store import _parquet, arrow_table

        buf = io.BytesIO()
        _parquet().write_table(arrow_table("targets", bundle(report, findings).tables["targets"]), buf)
        return buf.getvalue()
    raise ValueError(f"unknown file format {fmt!r} (expected one of {', '.join(OUTPUT_FORMATS)})")
