"""Exports of a parsed report: text formats (JSON, CSV, JSONL) and data stores (DuckDB, Parquet).

The stores need the `data` extra (duckdb, pyarrow); they are imported on use so
that the text formats work without it.
"""

from .formats import FORMATS, render, to_csv, to_json, to_jsonl
from .output import OutputError, write_bytes, write_text
from .rows import TABLES, Bundle, bundle, report_id

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
