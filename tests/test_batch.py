"""Batch runs: folders expanded, failures isolated, results in input order.

Three small synthetic reports and one file that only claims to be a PDF make
the folder; the process pool and the in-process path must write the same rows.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from ogi_extract import errors
from ogi_extract.batch import Task, find_pdfs, run
from ogi_extract.cli import main
from ogi_extract.models import Report

SEEDS = (11, 12, 13)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    synth = pytest.importorskip("ogi_extract.synth")
    root = tmp_path_factory.mktemp("reports")
    for seed in SEEDS:
        (root / f"report-{seed}.pdf").write_bytes(synth.make_report(seed, pages_hint=3).pdf)
    (root / "broken.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 64)
    (root / "notes.txt").write_text("not a report")
    return root


def test_find_pdfs(tmp_path: Path) -> None:
    for name in ("b.pdf", "A.PDF", "notes.txt", "sub/c.pdf"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"%PDF-")
    assert [name for _, name in find_pdfs([tmp_path])] == ["A.PDF", "b.pdf"]
    assert [name for _, name in find_pdfs([tmp_path], recursive=True)] == ["A.PDF", "b.pdf", "sub/c.pdf"]
    # a file named directly is taken whatever its suffix, and only once
    both = find_pdfs([tmp_path / "notes.txt", tmp_path, tmp_path / "b.pdf"])
    assert [name for _, name in both] == ["notes.txt", "A.PDF", "b.pdf"]
    with pytest.raises(errors.OgiError, match="no such file"):
        find_pdfs([tmp_path / "missing"])


def test_outcomes_keep_input_order_and_isolate_failures(folder: Path) -> None:
    tasks = [Task(str(p), name, audit=False) for p, name in find_pdfs([folder])]
    seen: list[str] = []
    outcomes = list(run(tasks, jobs=2, done=lambda o: seen.append(o.task.name)))
    assert [o.task.name for o in outcomes] == [t.name for t in tasks]
    assert sorted(seen) == sorted(t.name for t in tasks)
    failed = [o for o in outcomes if not o.ok]
    assert [o.task.name for o in failed] == ["broken.pdf"]
    assert failed[0].exit_code in {errors.DamagedPdfError.exit_code, errors.NotAPdfError.exit_code}
    assert "\n" not in (failed[0].error or "")
    assert all(o.report is not None and o.report.targets for o in outcomes if o.ok)


def test_batch_into_one_duckdb_file(tmp_path: Path, folder: Path) -> None:
    store = tmp_path / "all.duckdb"
    result = CliRunner().invoke(main, ["batch", str(folder), "--jobs", "2", "--to", "duckdb", str(store)])
    assert result.exit_code == 1, result.stderr
    errors_ = [ln for ln in result.stderr.splitlines() if ": error: " in ln]
    assert len(errors_) == 1 and errors_[0].startswith("broken.pdf: error: "), result.stderr
    assert "4 PDFs, 3 converted, 1 failed" in result.stderr

    json_dir = tmp_path / "json"
    again = CliRunner().invoke(main, ["-q", "batch", str(folder), "--jobs", "1", "--to", "json", str(json_dir)])
    assert again.exit_code == 1
    assert sorted(p.name for p in json_dir.iterdir()) == [f"report-{s}.json" for s in SEEDS]

    con = duckdb.connect(str(store), read_only=True)
    assert [r[0] for r in con.execute("SELECT file FROM reports").fetchall()] == [f"report-{s}.pdf" for s in SEEDS]
    per_report = dict(
        con.execute(
            "SELECT r.file, count(t.target_id) FROM reports r LEFT JOIN targets t USING (report_id) GROUP BY ALL"
        ).fetchall()
    )
    per_grade = con.execute(
        "SELECT grade, count(*) FROM targets GROUP BY grade ORDER BY grade NULLS LAST"
    ).fetchall()
    con.close()
    for seed in SEEDS:
        report = Report.model_validate_json((json_dir / f"report-{seed}.json").read_text(encoding="utf-8"))
        assert per_report[f"report-{seed}.pdf"] == len(report.targets) > 0
    from_json: dict[str | None, int] = {}
    for seed in SEEDS:
        data = json.loads((json_dir / f"report-{seed}.json").read_text(encoding="utf-8"))
        for c in data["commitments"]:
            for b in c["blocks"]:
                for t in b["targets"]:
                    from_json[t["grade"]] = from_json.get(t["grade"], 0) + 1
    assert dict(per_grade) == from_json


def test_batch_again_replaces_rather_than_duplicates(tmp_path: Path, folder: Path) -> None:
    store = tmp_path / "again.duckdb"
    good = [str(folder / f"report-{s}.pdf") for s in SEEDS[:2]]
    for _ in range(2):
        result = CliRunner().invoke(main, ["batch", *good, "-j", "1", "--no-audit", "--to", "duckdb", str(store)])
        assert result.exit_code == 0, result.stderr
    con = duckdb.connect(str(store), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT report_id) FROM reports").fetchone() == (2, 2)
    assert con.execute("SELECT count(*) FROM findings").fetchone() == (0,)
    con.close()


def test_batch_to_parquet(tmp_path: Path, folder: Path) -> None:
    out = tmp_path / "pq"
    one = str(folder / f"report-{SEEDS[0]}.pdf")
    result = CliRunner().invoke(main, ["batch", one, "-q", "--to", "parquet", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    con = duckdb.connect()
    got = con.execute(f"SELECT count(*) FROM read_parquet('{out / 'reports.parquet'}')").fetchone()
    con.close()
    assert got == (1,)


def test_batch_lang_writes_the_findings_in_indonesian(tmp_path: Path) -> None:
    import badpdf as bad
    from ogi_extract.checks.messages import say
    from test_checks_messages import english_words

    one = tmp_path / "front.pdf"  # the replica's front matter and two pages of detail: findings of several checks
    one.write_bytes(bad.select(bad.replica(), [1, 2, 3, 4, 21, 22]))
    stored = {}
    for lang in ("id", "en"):
        store = tmp_path / f"{lang}.duckdb"
        result = CliRunner().invoke(main, ["batch", str(one), "-q", "-j", "1", "--lang", lang, "--to", "duckdb", str(store)])
        assert result.exit_code == 0, result.stderr
        con = duckdb.connect(str(store), read_only=True)
        stored[lang] = con.execute("SELECT message, message_id, params FROM findings ORDER BY finding_no").fetchall()
        con.close()
    assert len(stored["id"]) == len(stored["en"]) >= 5
    for (id_, key, params), (en, en_key, en_params) in zip(stored["id"], stored["en"]):
        assert (key, params) == (en_key, en_params)
        assert id_ != en and english_words(id_) == [], id_
        assert say(key, json.loads(params), "en") == en  # the Indonesian store said again in English


def test_workers_fork_from_a_single_threaded_caller_only() -> None:
    """Forking beside a thread copies its locks; a fork server is the way then (see workers._context)."""
    import threading

    from ogi_extract.workers import _context

    assert threading.active_count() == 1 or _context().get_start_method() != "fork"
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()
    try:
        assert _context().get_start_method() != "fork"
    finally:
        stop.set()
        helper.join()


def test_a_pool_started_before_the_run_gives_the_same_outcomes(folder: Path) -> None:
    from ogi_extract.batch import start_workers

    tasks = [Task(str(p), name, audit=False) for p, name in find_pdfs([folder])]
    assert start_workers(1, len(tasks)) is None and start_workers(4, 1) is None
    pool = start_workers(2, len(tasks))
    assert pool is not None
    pooled = list(run(tasks, jobs=2, pool=pool))
    alone = list(run(tasks, jobs=1))
    assert [o.error is None for o in pooled] == [o.error is None for o in alone]
    assert [o.report.model_dump_json() for o in pooled if o.report] == [
        o.report.model_dump_json() for o in alone if o.report
    ]
