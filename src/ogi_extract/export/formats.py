"""Text formats of a report: JSON (the records), CSV and JSONL (one line per target row).

Deterministic by construction: field order is the models', no timestamps, and
floats are printed by Python's shortest repr, so the same PDF gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import json

from ..models import Report
from ..models.flat import TARGET_COLUMNS

FORMATS = ("json", "csv", "jsonl")


def to_json(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"


def to_jsonl(report: Report) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in report.target_rows())


def to_csv(report: Report) -> str:
    """The flat target rows; a list (`pages`) is written as its items separated by spaces."""
    rows = report.target_rows()
    buf = io.StringIO()
    if rows:
        writer = csv.DictWriter(buf, fieldnames=[name for name, _ in TARGET_COLUMNS], lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: " ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()} for row in rows)
    return buf.getvalue()


def render(report: Report, fmt: str) -> str:
    if fmt == "json":
        return to_json(report)
    if fmt == "jsonl":
        return to_jsonl(report)
    if fmt == "csv":
        return to_csv(report)
    raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
