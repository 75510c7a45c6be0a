"""One flat target row: pandas, CSV, JSONL, Parquet and DuckDB have the same columns and kinds of value."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from ogi_extract.export import render
from ogi_extract.export.rows import TABLES, bundle
from ogi_extract.export.store import write_duckdb, write_parquet
from ogi_extract.models import Report
from ogi_extract.models.flat import TARGET_COLUMNS
from reference import golden_report

NAMES = [name for name, _ in TARGET_COLUMNS]
KIND = {"VARCHAR": str, "INTEGER": int, "DOUBLE": float, "INTEGER[]": list}


@pytest.fixture(scope="module")
def golden() -> Report:
    return golden_report()


def _kinds(rows: list[dict[str, Any]]) -> dict[str, set[type]]:
    """The Python types each column holds (None left out), list items included as `list[int]`."""
    out: dict[str, set[type]] = {name: set() for name in rows[0]}
    for row in rows:
        for name, value in row.items():
            if value is None or (isinstance(value, float) and value != value):  # pandas' missing number
                continue
            out[name].add(type(value))
            if isinstance(value, list):
                assert all(type(v) is int for v in value), (name, value)
    return out


def _plain(value: Any) -> Any:
    """A numpy scalar or array as Python's own (what pandas and Arrow hand back)."""
    if hasattr(value, "tolist"):
        return value.tolist()
    return value


def _expected(golden: Report) -> dict[str, set[type]]:
    kinds = _kinds(golden.target_rows())
    for name, sql in TARGET_COLUMNS:
        assert kinds[name] <= {KIND[sql]}, (name, kinds[name], sql)
    return kinds


def test_target_rows_follow_the_declared_columns(golden: Report) -> None:
    rows = golden.target_rows()
    assert [list(r) for r in rows[:1]] == [NAMES]
    kinds = _expected(golden)
    assert kinds["pages"] == {list} and kinds["score_value"] == {float}


def test_pandas_has_the_columns_and_kinds(golden: Report) -> None:
    pytest.importorskip("pandas")
    frame = golden.to_pandas()
    assert list(frame.columns) == NAMES
    rows = [{k: _plain(v) for k, v in r.items()} for r in frame.to_dict("records")]
    assert _kinds(rows) == _expected(golden)


def test_jsonl_has_the_columns_and_kinds(golden: Report) -> None:
    rows = [json.loads(line) for line in render(golden, "jsonl").splitlines()]
    assert list(rows[0]) == NAMES
    assert _kinds(rows) == _expected(golden)
    assert rows == golden.target_rows()


def test_csv_has_the_columns_and_pages_as_numbers(golden: Report) -> None:
    rows = list(csv.DictReader(io.StringIO(render(golden, "csv"))))
    assert list(rows[0]) == NAMES
    assert [[int(p) for p in r["pages"].split()] for r in rows] == [r["pages"] for r in golden.target_rows()]


def test_duckdb_and_parquet_targets_have_the_columns_and_kinds(golden: Report, tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    pq = pytest.importorskip("pyarrow.parquet")
    assert [name for name, _ in TABLES["targets"]] == ["report_id", *NAMES]
    rows = bundle(golden, rid="r1")
    write_duckdb([rows], tmp_path / "store.duckdb")
    write_parquet([rows], tmp_path / "parquet")
    con = duckdb.connect(str(tmp_path / "store.duckdb"), read_only=True)
    cursor = con.execute("SELECT * FROM targets ORDER BY target_id")
    names = [d[0] for d in cursor.description]
    from_duckdb = [dict(zip(names, r)) for r in cursor.fetchall()]
    con.close()
    from_parquet = pq.read_table(tmp_path / "parquet" / "targets.parquet").to_pylist()
    want = {"report_id": {str}, **_expected(golden)}
    for got in (from_duckdb, from_parquet):
        assert list(got[0]) == ["report_id", *NAMES]
        assert _kinds(got) == want
    by_id = {r["target_id"]: r for r in golden.target_rows()}
    assert all(r["pages"] == by_id[r["target_id"]]["pages"] for r in from_duckdb)
