"""Writing a panel: CSV, Excel, Parquet, JSON or HTML, chosen by the file's suffix.

Every format carries the join notes, because a row that was not joined looks like
any other row: CSV in the `join_notes` column of each row concerned; Excel in that
column and on a sheet of its own; Parquet in the column and in the file's
metadata (`ogi_extract.notes`); JSON and HTML as a list beside the rows.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

from ..errors import OgiError
from ..export.output import write_bytes, write_text
from .model import COLUMN_NAMES, COLUMNS, Panel


def to_csv(panel: Panel) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(COLUMN_NAMES), lineterminator="\n")
    writer.writeheader()
    writer.writerows(panel.rows)
    return buf.getvalue()


def to_json(panel: Panel) -> str:
    return json.dumps(panel.to_json(), ensure_ascii=False, indent=2) + "\n"


def to_xlsx(panel: Panel) -> bytes:
    try:
        from openpyxl import Workbook
    except ImportError as exc:  # pragma: no cover - the panel extra
        raise OgiError("writing .xlsx needs openpyxl (pip install 'ogi-extract[panel]')") from exc
    wb = Workbook()
    rows = wb.active
    rows.title = "panel"
    rows.append(list(COLUMN_NAMES))
    for row in panel.rows:
        rows.append([row.get(name) for name in COLUMN_NAMES])
    rows.freeze_panes = "A2"
    notes = wb.create_sheet("join notes")
    notes.append(["severity", "kind", "message", "commitment", "implementer", "reports"])
    for n in panel.notes:
        notes.append([n.severity, n.kind, n.message, n.commitment, n.implementer, " ".join(n.reports)])
    reports = wb.create_sheet("reports")
    reports.append(["file", "sha256", "periods", "target rows"])
    for ref in panel.reports:
        reports.append([ref.file, ref.sha256, " ".join(ref.periods), ref.targets])
    columns = wb.create_sheet("columns")
    columns.append(["column", "description"])
    for name, text in COLUMNS:
        columns.append([name, text])
    buf = io.BytesIO()
    wb.save(buf)
    from ..export.excel import fixed_zip

    return fixed_zip(buf.getvalue())


def to_parquet(panel: Panel) -> bytes:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - the data extra
        raise OgiError("writing .parquet needs pyarrow (pip install 'ogi-extract[data]')") from exc
    types = {"commitment": pa.int32(), "score_value": pa.float64(), "page": pa.int32(), "success_measure": pa.int32()}
    schema = pa.schema([(name, types.get(name, pa.string())) for name in COLUMN_NAMES])
    table = pa.Table.from_pylist([{k: row.get(k) for k in COLUMN_NAMES} for row in panel.rows], schema=schema)
    table = table.replace_schema_metadata({
        "ogi_extract.notes": json.dumps([n.to_json() for n in panel.notes], ensure_ascii=False),
        "ogi_extract.reports": json.dumps([r.to_json() for r in panel.reports], ensure_ascii=False),
    })
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


def to_html(panel: Panel) -> str:
    from .html import panel_html

    return panel_html(panel)


WRITERS: dict[str, Callable[[Panel], str | bytes]] = {
    ".csv": to_csv,
    ".json": to_json,
    ".xlsx": to_xlsx,
    ".parquet": to_parquet,
    ".html": to_html,
}


def write_panel(panel: Panel, path: str | Path) -> Path:
    """Write `panel` in the format its suffix names."""
    target = Path(path)
    writer = WRITERS.get(target.suffix.lower())
    if writer is None:
        known = ", ".join(WRITERS)
        raise OgiError(f"cannot tell the format of {target}: its suffix must be one of {known}", path=str(target))
    data = writer(panel)
    if isinstance(data, bytes):
        write_bytes(target, data)
    else:
        write_text(target, data)
    return target
