"""Exports of a parsed report: text formats (JSON, CSV, JSONL) and data stores (DuckDB, Parquet).

The stores need the `data` extra (duckdb, pyarrow); they are imported on use so
that the text formats work without it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .output import OutputError, write_bytes, write_text

if TYPE_CHECKING:
    from .formats import FORMATS, render, to_csv, to_json, to_jsonl
    from .rows import TABLES, Bundle, bundle, report_id

# The formats and rows need the models (pydantic); they load on first use, so
# that the command line starts without them.
_LAZY = {
    "FORMATS": "formats", "render": "formats", "to_csv": "formats", "to_json": "formats", "to_jsonl": "formats",
    "TABLES": "rows", "Bundle": "rows", "bundle": "rows", "report_id": "rows",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(name)
    return getattr(importlib.import_module(f".{module}", __name__), name)


__all__ = [
    "FORMATS",
    "TABLES",
    "Bundle",
    "OutputError",
    "bundle",
    "render",
    "report_id",
    "to_csv",
    "to_json",
    "to_jsonl",
    "write_bytes",
    "write_text",
]
