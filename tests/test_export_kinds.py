"""Output formats: told by the extension, named by --format, and the bytes each one gives.

The Excel workbook is opened with openpyxl and pandas, the way its readers
open it; values are compared with the golden records (the transcription),
never with the parser's output.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from openpyxl import load_workbook

from ogi_extract.checks.findings import Derived, Finding, Published
from ogi_extract.errors import OgiError
from ogi_extract.export.excel import SHEETS
from ogi_extract.export.kinds import BOM, OUTPUT_FORMATS, encode, format_of
from ogi_extract.models import Piece, Report

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden" / "monev-2021.json"


@pytest.fixture(scope="module")
def golden_json() -> dict[str, Any]:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report(golden_json: dict[str, Any]) -> Report:
    out = Report.model_validate(golden_json)
    first = out.commitments[0].blocks[0].targets[0]
    first.provenance["target_text"] = [Piece(page=21, box=(1, 2, 3, 4)), Piece(page=22, box=(1, 2, 3, 4))]
    return out


FINDING = Finding(
    check="grade_counts",
    severity="error",
    message="Table 8 prints 19 targets as Baik; the detail gives 18.",
    published=Published(label="table 8, Baik", value=19, raw="19", pieces=[Piece(page=12, box=(0, 0, 1, 1))]),
    derived=Derived(value=18, target_ids=["c01-b01-t01", "c01-b01-t02"]),
)


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("a.json", "json"), ("a.JSONL", "jsonl"), ("x/a.csv", "csv"), ("a.xlsx", "xlsx"), ("a.parquet", "parquet"),
     ("a.duckdb", "duckdb")],
)
def test_the_extension_names_the_format(name: str, fmt: str) -> None:
    assert format_of(Path(name), None) == fmt


def test_format_overrides_the_extension_and_stdout_is_json() -> None:
    assert format_of(Path("a.txt"), "csv") == "csv"
    assert format_of(None, None) == "json" and format_of(Path("-"), None) == "json"
    assert format_of(Path("-"), "xlsx") == "xlsx"


@pytest.mark.parametrize("name", ["a.txt", "a", "a.xls", "report.pdf.bak"])
def test_an_unknown_extension_is_an_error_of_exit_code_2(name: str) -> None:
    with pytest.raises(OgiError, match="--format") as info:
        format_of(Path(name), None)
    assert info.value.exit_code == 2 and "\n" not in str(info.value)


def test_a_store_cannot_go_to_stdout() -> None:
    with pytest.raises(OgiError, match="standard output"):
        format_of(Path("-"), "duckdb")


def test_csv_for_excel_starts_with_the_bom_and_reads_back(report: Report, golden_json: dict[str, Any]) -> None:
    plain = encode(report, "csv")
    excel = encode(report, "csv", excel=True)
    assert not plain.startswith(BOM.encode()) and excel == BOM.encode("utf-8") + plain
    rows = list(csv.DictReader(io.StringIO(excel.decode("utf-8-sig"))))
    titles = {c["number"]: c["title"] for c in golden_json["commitments"]}
    assert rows[0]["commitment_title"] == titles[1]
    assert len(rows) == sum(len(b["targets"]) for c in golden_json["commitments"] for b in c["blocks"])


def test_xlsx_has_a_sheet_per_table_with_typed_cells(report: Report, golden_json: dict[str, Any]) -> None:
    data = encode(report, "xlsx", [FINDING])
    wb = load_workbook(io.BytesIO(data))
    assert wb.sheetnames == list(SHEETS)
    targets = wb["targets"]
    assert targets.freeze_panes == "A2"
    header = [c.value for c in targets[1]]
    assert "report_id" not in header and header.index("page") + 1 == header.index("pages")
    assert targets.column_dimensions["A"].width >= len("c01-b01-t01")
    first = dict(zip(header, [c.value for c in targets[2]], strict=True))
    truth = golden_json["commitments"][0]["blocks"][0]["targets"][0]
    assert first["target_id"] == truth["id"] and first["score_value"] == truth["score_value"]
    assert isinstance(first["commitment"], int) and (first["page"], first["pages"]) == (21, "21 22")
    findings = wb["findings"]
    f_header = [c.value for c in findings[1]]
    f_row = dict(zip(f_header, [c.value for c in findings[2]], strict=True))
    assert f_row["published_number"] == 19 and f_row["published_page"] == 12
    assert f_row["target_ids"] == "c01-b01-t01, c01-b01-t02"


def test_xlsx_reads_into_pandas_with_numbers_as_numbers(report: Report) -> None:
    frames = pd.read_excel(io.BytesIO(encode(report, "xlsx")), sheet_name=None)
    assert list(frames) == list(SHEETS)
    targets = frames["targets"]
    assert pd.api.types.is_numeric_dtype(targets["score_value"])
    assert pd.api.types.is_integer_dtype(targets["commitment"])
    assert frames["findings"].empty and list(frames["findings"].columns)[0] == "finding_no"


def test_the_same_report_gives_the_same_bytes(report: Report) -> None:
    for fmt in OUTPUT_FORMATS:
        if fmt != "duckdb":
            assert encode(report, fmt) == encode(report, fmt), fmt


def test_parquet_file_holds_the_flat_target_rows(report: Report, tmp_path: Path) -> None:
    import duckdb

    path = tmp_path / "t.parquet"
    path.write_bytes(encode(report, "parquet"))
    n = duckdb.connect().execute(f"SELECT count(*), min(commitment) FROM read_parquet('{path}')").fetchone()
    assert n == (len(report.targets), 1)
