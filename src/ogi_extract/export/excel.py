"""A report as an Excel workbook: a sheet per table, for the auditors who open data in Excel.

The sheets are the store's tables (`export.rows`), so a column means the same
in Excel, DuckDB and Parquet: targets, commitments, blocks, findings and
unassigned. Numbers are written as numbers (a score of 100 sorts and sums), a
list of pages as the page numbers it holds (`21 22`, with the first one beside
it as a number in `page`, to sort and filter by), other lists as text
separated by commas. Each sheet has its header row frozen and its columns as
wide as their content (up to a limit), and the same report gives the same bytes.
The findings sheet is read, not queried: where each figure is printed and how it
was derived are in the language of its sentences (`checks.places`), where the
stores keep them as keys.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..errors import OgiError
from .rows import TABLES, Row, bundle

if TYPE_CHECKING:
    from ..checks import Finding
    from ..models import Report

SHEETS = ("targets", "commitments", "blocks", "findings", "unassigned")
MAX_WIDTH = 60  # characters; longer text wraps in the cell
_PAGES = ("pages", "published_pages")


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) if value else None
    return value


def sheet_rows(name: str, rows: Sequence[Row]) -> tuple[list[str], list[list[Any]]]:
    """The header and cell values of one sheet: `page` (the first page, a number) before each list of pages."""
    header: list[str] = []
    for column, _sql in TABLES[name]:
        if column == "report_id":
            continue
        if column in _PAGES:
            header.append("page" if column == "pages" else "published_page")
        header.append(column)
    out: list[list[Any]] = []
    for row in rows:
        cells: list[Any] = []
        for column, _sql in TABLES[name]:
            if column == "report_id":
                continue
            value = row.get(column)
            if column in _PAGES:
                pages = list(value or [])
                cells.append(pages[0] if pages else None)
                cells.append(" ".join(str(p) for p in pages) or None)
            else:
                cells.append(_cell(value))
        out.append(cells)
    return header, out


def shown_findings(rows: Sequence[Row], lang: str) -> list[Row]:
    """The findings rows with their places and rules as a reader of `lang` reads them."""
    if not rows:
        return list(rows)
    from ..checks.places import how, place

    return [
        {**row, "published_label": row["published_label"] and place(row["published_label"], lang),
         "derived_rule": row["derived_rule"] and how(row["derived_rule"], lang, json.loads(row["params"]).get("how"))}
        for row in rows
    ]


def to_xlsx(report: Report, findings: Sequence[Finding] | None = None, lang: str = "en") -> bytes:
    """The workbook's bytes; `lang` is the language the findings' sentences are in."""
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils import get_column_letter
    except ImportError as exc:  # pragma: no cover - openpyxl is a dependency
        raise OgiError("writing .xlsx needs openpyxl (pip install openpyxl)") from exc
    tables = bundle(report, findings).tables
    tables["findings"] = shown_findings(tables["findings"], lang)
    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    for name in SHEETS:
        header, rows = sheet_rows(name, tables.get(name, []))
        ws = wb.create_sheet(name)
        ws.append(header)
        for cell in ws[1]:
            cell.font = bold
        for row in rows:
            ws.append(row)
        ws.freeze_panes = "A2"
        for i, column in enumerate(header, 1):
            longest = max([len(column), *(len(str(r[i - 1])) for r in rows[:500] if r[i - 1] is not None)])
            ws.column_dimensions[get_column_letter(i)].width = min(longest + 2, MAX_WIDTH)
            if longest > MAX_WIDTH:
                for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        if rows:
            ws.auto_filter.ref = ws.dimensions
    buf = io.BytesIO()
    wb.save(buf)
    return fixed_zip(buf.getvalue())


def fixed_zip(data: bytes) -> bytes:
    """An Office file with its clock readings fixed, so the same content gives the same bytes:
    openpyxl stamps the save time in docProps/core.xml and on every zip member."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2000-01-01T00:00:00Z", content)
            dst.writestr(
                zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0)), content, compress_type=zipfile.ZIP_DEFLATED
            )
    return out.getvalue()
