"""Soak: `batch` over many generated reports with faults injected, then resumed to the end.

Faults: the batch and its workers killed with SIGKILL at random points, a
disk that fills up (the store's file size capped with RLIMIT_FSIZE, as a
full disk stops writes), and damaged PDFs among the good ones. After the last
run the DuckDB store must hold every good report exactly once, each whole (as
many target rows as the generator's truth), and nothing of the damaged ones.

The default run takes 30 reports and one fault of each kind; the slow run
(`-m slow`) takes 500 and kills the batch five times.
"""

from __future__ import annotations

import contextlib
import os
import random
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

import badpdf as bad
from ogi_extract.synth import make_report

ROOT = Path(__file__).resolve().parent.parent
DAMAGED = 3
PER_REPORT = 20_000  # about what a small report adds to the store's log, in bytes
FULL_AFTER = 100_000  # the disk is full this many bytes after the store's largest file


def _truth_targets(truth: dict) -> int:
    return sum(len(b["targets"]) for c in truth["commitments"] for b in c["blocks"])


def _folder(tmp_path: Path, count: int) -> dict[str, int]:
    """`count` small reports and `DAMAGED` damaged ones in tmp_path/in; file name -> target rows (-1: damaged)."""
    folder = tmp_path / "in"
    folder.mkdir()
    expected: dict[str, int] = {}
    for seed in range(count):
        report = make_report(seed, pages_hint=2)
        name = f"r{seed:04d}.pdf"
        (folder / name).write_bytes(report.pdf)
        expected[name] = _truth_targets(report.truth)
    for k in range(DAMAGED):
        name = f"r{k * count // DAMAGED:04d}-damaged.pdf"
        damaged = [bad.random_bytes(k, header=True), make_report(k, pages_hint=2).pdf[:200], b""][k % 3]
        (folder / name).write_bytes(damaged)  # noise behind a header, a download cut at 200 bytes, an empty file
        expected[name] = -1
    return expected


def _batch(tmp_path: Path, *, cap: int | None = None) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))

    def limits() -> None:
        if cap is not None:  # writes past the cap fail with EFBIG, as on a full disk
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (cap, cap))

    cmd = [sys.executable, "-c", "from ogi_extract.cli import main; main()", "batch", str(tmp_path / "in")]
    cmd += ["--to", "duckdb", str(tmp_path / "store.duckdb"), "-j", "2", "--resume", "-q"]
    return subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, preexec_fn=limits
    )


def _written(tmp_path: Path) -> int:
    """Bytes of the store and its log: they grow with every report committed."""
    return sum(p.stat().st_size for p in tmp_path.glob("store.duckdb*"))


def _kill_at_random(tmp_path: Path, rng: random.Random, per_report: int) -> bool:
    """Start the batch and kill it, workers and all, once a random number of reports more is written."""
    start = _written(tmp_path)
    goal = start + rng.randint(2, 12) * per_report
    child = _batch(tmp_path)
    deadline = time.monotonic() + 600
    while child.poll() is None and _written(tmp_path) < goal and time.monotonic() < deadline:
        time.sleep(0.02)
    running = child.poll() is None
    with contextlib.suppress(ProcessLookupError):
        os.killpg(child.pid, signal.SIGKILL)  # the batch, its workers and their fork server
    child.communicate(timeout=60)
    return running


def _stored(store: Path) -> tuple[dict[str, int], int, int]:
    """file -> target rows, and the counts of all and of distinct target rows."""
    with duckdb.connect(str(store), read_only=True) as con:
        per_file = dict(
            con.execute(
                "SELECT r.file, count(t.report_id) FROM reports r LEFT JOIN targets t USING (report_id) GROUP BY r.file"
            ).fetchall()
        )
        rows, distinct = con.execute(
            "SELECT count(*), count(DISTINCT (report_id, target_id)) FROM targets"
        ).fetchone()
        reports, ids = con.execute("SELECT count(*), count(DISTINCT report_id) FROM reports").fetchone()
        assert reports == ids
    return per_file, rows, distinct


def soak(tmp_path: Path, count: int, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    expected = _folder(tmp_path, count)
    store = tmp_path / "store.duckdb"
    for _ in range(kills):
        assert _kill_at_random(tmp_path, rng, PER_REPORT), "the batch ended before it was killed"
        done = len(_stored(store)[0])
        assert 0 < done < count
    # a full disk: the batch stops with one error line and exit code 11, what it stored whole
    cap = max([p.stat().st_size for p in tmp_path.glob("store.duckdb*")] or [0]) + FULL_AFTER
    full = _batch(tmp_path, cap=cap)
    _, err = full.communicate(timeout=1800)
    assert full.returncode == 11, err
    assert [ln for ln in err.decode().splitlines() if "store.duckdb" in ln and "File too large" in ln], err
    last = _batch(tmp_path)
    _, err = last.communicate(timeout=1800)
    assert last.returncode == 1, err  # the damaged PDFs failed
    failed = sorted(ln.split(": error: ")[0].strip() for ln in err.decode().splitlines() if ": error: " in ln)
    assert failed == sorted(name for name, n in expected.items() if n < 0)
    per_file, rows, distinct = _stored(store)
    assert per_file == {name: n for name, n in expected.items() if n >= 0}
    assert rows == distinct == sum(n for n in expected.values() if n >= 0)


def test_batch_survives_kills_a_full_disk_and_damaged_files(tmp_path: Path) -> None:
    soak(tmp_path, count=30, kills=1, seed=1)


@pytest.mark.slow
def test_batch_soak_500_reports(tmp_path: Path) -> None:
    soak(tmp_path, count=500, kills=5, seed=2)
