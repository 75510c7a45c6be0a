"""The data store: every table has its columns, several reports join, rewrites replace.

Built on the golden records of the 2021 report, so the counts checked here are
counts of the published report, computed from the golden JSON with the standard
library rather than through the code under test.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import duckdb
import pytest

from ogi_extract.export import OutputError
from ogi_extract.export.rows import TABLES, bundle, report_id
from ogi_extract.export.store import DuckDBStore, write_duckdb, write_parquet
from ogi_extract.models import Piece, Report, UnassignedWord

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden" / "monev-2021.json"
SUMMARY = ROOT / "samples" / "monev-2021" / "reference" / "monev-2021.summary.json"


@pytest.fixture(scope="module")
def golden_json() -> dict[str, Any]:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


@pytest.fixture()
def golden() -> Report:
    return Report.model_validate_json(GOLDEN.read_text(encoding="utf-8"))


def _grades(data: dict[str, Any]) -> Counter[str | None]:
    return Counter(t["grade"] for c in data["commitments"] for b in c["blocks"] for t in b["targets"])


def _second_report(golden: Report) -> Report:
    """Another edition's stand-in: the same records with every N/A score re-graded Kurang."""
    other = golden.model_copy(deep=True)
    other.source.file = "other.pdf"
    for t in other.targets:
        if t.grade == "N/A":
            t.grade = "Kurang"
    return other


def test_every_table_has_its_declared_columns(golden: Report) -> None:
    rows = bundle(golden, rid="r1")
    assert list(rows.tables) == list(TABLES)
    for name, table in rows.tables.items():
        columns = [c for c, _ in TABLES[name]]
        for row in table:
            assert list(row) == columns, name
    assert rows.count("reports") == 1
    assert rows.count("commitments") == 18
    assert rows.count("blocks") == 71
    assert rows.count("targets") == 137


def test_targets_table_keeps_every_flat_column(golden: Report) -> None:
    # if the flat rows gain a column, the store must gain it too
    flat = set(golden.target_rows()[0])
    columns = {c for c, _ in TABLES["targets"]}
    assert flat <= columns


def test_report_id_prefers_the_pdf_hash_then_the_file_name(golden: Report) -> None:
    by_content = report_id(golden)
    assert len(by_content) == 64
    assert report_id(Report.model_validate_json(GOLDEN.read_text(encoding="utf-8"))) == by_content
    golden.source.file = "monev-2021.pdf"
    assert report_id(golden) == "monev-2021.pdf"
    golden.source.sha256 = "ab" * 32
    assert report_id(golden) == "ab" * 32


def test_duckdb_counts_targets_per_grade_across_two_reports(
    tmp_path: Path, golden: Report, golden_json: dict[str, Any]
) -> None:
    path = tmp_path / "monev.duckdb"
    other = _second_report(golden)
    assert write_duckdb([bundle(golden, rid="2021"), bundle(other, rid="other")], path) == 2
    con = duckdb.connect(str(path), read_only=True)
    got = con.execute(
        "SELECT r.file, t.grade, count(*) FROM targets t JOIN reports r USING (report_id) "
        "GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    con.close()
    expected = _grades(golden_json)
    assert expected["N/A"] > 0
    moved = Counter(expected)
    moved["Kurang"] += moved.pop("N/A")
    want = sorted(
        [(None, g, n) for g, n in expected.items()] + [("other.pdf", g, n) for g, n in moved.items()],
        key=lambda r: (r[0] is None, r[0] or "", r[1] is None, r[1] or ""),
    )
    assert sorted(got, key=lambda r: (r[0] is None, r[0] or "", r[1] is None, r[1] or "")) == want


def test_writing_a_report_again_replaces_its_rows(tmp_path: Path, golden: Report) -> None:
    path = tmp_path / "store.duckdb"
    write_duckdb([bundle(golden, rid="x")], path)
    golden.commitments = golden.commitments[:2]
    write_duckdb([bundle(golden, rid="x")], path)
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*) FROM reports").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM commitments").fetchone() == (2,)
    assert con.execute("SELECT targets FROM reports").fetchone() == (len(golden.targets),)
    con.close()


def test_provenance_and_unassigned_rows(tmp_path: Path, golden: Report) -> None:
    t = golden.commitments[0].blocks[0].targets[0]
    t.provenance = {"score": [Piece(page=23, box=(442.5, 70.9, 513.4, 90.0)), Piece(page=24, box=(1, 2, 3, 4))]}
    golden.unassigned = [UnassignedWord(text="stray", page=30, box=(10.0, 20.0, 30.0, 40.0), reason="outside any cell")]
    path = tmp_path / "store.duckdb"
    write_duckdb([bundle(golden, rid="p")], path)
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT record_id, field, page, x0 FROM provenance ORDER BY page").fetchall() == [
        (t.id, "score", 23, 442.5),
        (t.id, "score", 24, 1.0),
    ]
    assert con.execute(f"SELECT pages FROM targets WHERE target_id = '{t.id}'").fetchone() == ([23, 24],)
    assert con.execute("SELECT pages FROM commitments WHERE commitment = 1").fetchone() == ([23, 24],)
    assert con.execute("SELECT text, page, reason FROM unassigned").fetchall() == [("stray", 30, "outside any cell")]
    con.close()


def test_findings_table_holds_the_audit(tmp_path: Path, golden: Report) -> None:
    import ogi_extract.checks as audit
    from ogi_extract.models.summary import Summary

    golden.summary = Summary.model_validate_json(SUMMARY.read_text(encoding="utf-8"))
    golden.source.grammar = "monev-2021"
    findings = audit.audit(golden)
    assert findings
    path = tmp_path / "store.duckdb"
    write_duckdb([bundle(golden, findings, rid="a"), bundle(golden, None, rid="b")], path)
    con = duckdb.connect(str(path), read_only=True)
    by_severity = dict(
        con.execute("SELECT severity, count(*) FROM findings WHERE report_id = 'a' GROUP BY ALL").fetchall()
    )
    assert by_severity == dict(Counter(f.severity for f in findings))
    assert con.execute("SELECT report_id, audited, findings FROM reports ORDER BY report_id").fetchall() == [
        ("a", True, len(findings)),
        ("b", False, None),
    ]
    first = findings[0]
    assert con.execute("SELECT check_name, message FROM findings WHERE finding_no = 1").fetchone() == (
        first.check,
        first.message,
    )
    # one finding per cause: each consequence names its cause's id, a finding of the same report
    linked = con.execute(
        "SELECT f.finding_id, f.caused_by FROM findings f WHERE f.report_id = 'a' AND f.caused_by IS NOT NULL"
    ).fetchall()
    assert sorted(linked) == sorted((f.id, f.caused_by) for f in findings if f.caused_by)
    assert linked and con.execute(
        "SELECT count(*) FROM findings f JOIN findings c ON c.report_id = f.report_id AND c.finding_id = f.caused_by"
    ).fetchone() == (len(linked),)
    con.close()


def test_a_stored_finding_is_said_again_in_the_other_language(tmp_path: Path, golden: Report) -> None:
    """The store keeps each sentence's id and values (JSON text), so a store written in Indonesian
    is read in English without auditing again; the same findings give the same text."""
    import ogi_extract.checks as checks
    from ogi_extract.checks.findings import in_lang
    from ogi_extract.checks.messages import say
    from ogi_extract.models.summary import Summary

    golden.summary = Summary.model_validate_json(SUMMARY.read_text(encoding="utf-8"))
    golden.source.grammar = "monev-2021"
    english = checks.audit(golden)
    indonesian = in_lang(english, "id")
    path = tmp_path / "id.duckdb"
    write_duckdb([bundle(golden, indonesian, rid="a")], path)
    write_parquet([bundle(golden, indonesian, rid="a")], tmp_path / "pq")
    con = duckdb.connect(str(path), read_only=True)
    rows = con.execute("SELECT message, message_id, params FROM findings ORDER BY finding_no").fetchall()
    from_parquet = con.execute(
        f"SELECT message, message_id, params FROM '{tmp_path / 'pq' / 'findings.parquet'}' ORDER BY finding_no"
    ).fetchall()
    con.close()
    assert from_parquet == rows
    assert [r[0] for r in rows] == [f.message for f in indonesian] != [f.message for f in english]
    assert [say(r[1], json.loads(r[2]), "en") for r in rows] == [f.message for f in english]
    assert [say(r[1], json.loads(r[2]), "id") for r in rows] == [r[0] for r in rows]
    # deterministic: keys sorted, the same findings give the same text
    assert [r[2] for r in rows] == [r["params"] for r in bundle(golden, english, rid="a").tables["findings"]]
    nested = next(json.loads(r[2]) for r in rows if r[1] == "grade.differs")
    assert list(nested) == sorted(nested) and nested["how"] == {"id": "how.mean", "params": {}}


def test_empty_tables_still_have_their_types(tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    write_duckdb([], path)
    con = duckdb.connect(str(path), read_only=True)
    got = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'findings' "
        "ORDER BY ordinal_position"
    ).fetchall()
    con.close()
    assert got == list(TABLES["findings"])


def test_a_store_of_another_shape_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE targets (report_id VARCHAR, grade VARCHAR)")
    con.close()
    with pytest.raises(OutputError, match="other columns"):
        DuckDBStore(path)


def test_a_file_that_is_not_duckdb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database\n" * 200)
    with pytest.raises(OutputError):
        DuckDBStore(path)
    with pytest.raises(OutputError, match="directory"):
        DuckDBStore(tmp_path)


def test_parquet_writes_one_file_per_table(tmp_path: Path, golden: Report, golden_json: dict[str, Any]) -> None:
    out = tmp_path / "pq"
    files = write_parquet([bundle(golden, rid="a"), bundle(_second_report(golden), rid="b")], out)
    assert sorted(p.name for p in files) == sorted(f"{name}.parquet" for name in TABLES)
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM read_parquet('{out / 'targets.parquet'}') WHERE report_id = 'a'").fetchone()
    assert n == (sum(_grades(golden_json).values()),)
    types = con.execute(f"DESCRIBE SELECT * FROM read_parquet('{out / 'targets.parquet'}')").fetchall()
    assert [(row[0], row[1]) for row in types] == list(TABLES["targets"])
    assert con.execute(f"SELECT count(*) FROM read_parquet('{out / 'findings.parquet'}')").fetchone() == (0,)
    con.close()


def test_parquet_keeps_the_last_of_a_repeated_report(tmp_path: Path, golden: Report) -> None:
    short = golden.model_copy(deep=True)
    short.commitments = short.commitments[:1]
    write_parquet([bundle(golden, rid="same"), bundle(short, rid="same")], tmp_path)
    con = duckdb.connect()
    got = con.execute(f"SELECT count(*) FROM read_parquet('{tmp_path / 'commitments.parquet'}')").fetchone()
    con.close()
    assert got == (1,)
