"""Odd files and odd runs on the command line: each ends with its documented exit code, nothing is lost.

Outputs onto inputs (same path, links), named pipes and devices as inputs,
file names that are not UTF-8, names too long to derive from, files without
read permission, a report of another kind given to `audit`, and `batch`
interrupted by Ctrl-C. Where a case could hang or needs another user it runs
the command in a child process with a time bound; the rest use click's runner.
The README's table of exit codes per command is read and every case is held
to it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import duckdb
import click
import pytest
from click.testing import CliRunner, Result

import badpdf as bad
import ogi_extract
from ogi_extract.cli import EXIT_CODES, main
from ogi_extract.export import to_json

ROOT = Path(__file__).resolve().parent.parent
SECONDS = 60  # a case that takes longer hangs
# Root reads any file whatever its mode; without these two capabilities it is
# held to the permission bits like any user.
AS_A_USER = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else []


@cache
def mini() -> bytes:
    return bad.select(bad.replica(), range(21, 26))


def documented_codes() -> dict[str, set[int]]:
    """The README's table of exit codes per command."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("| command | exit codes |", 1)[1].split("\n\n", 1)[0]
    out: dict[str, set[int]] = {}
    for line in table.splitlines()[2:]:
        m = re.match(r"\| `([\w ]+)` \| ([\d, ]+) \|", line)
        assert m, line
        out[m.group(1)] = {int(c) for c in m.group(2).split(",")}
    return out


def _run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def _held(command: str, code: int) -> None:
    assert code in documented_codes()[command], f"{command} exited {code}, not in the README's table"


def _one_error_line(result: Result, code: int, command: str) -> str:
    assert result.exit_code == code, (result.exit_code, result.stderr, result.exception)
    _held(command, code)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and ": error: " in lines[0], result.stderr
    assert "Traceback" not in result.output
    return lines[0]


def ogi(
    *args: str | bytes | Path, cwd: Path | None = None, as_user: bool = False, timeout: float = SECONDS
) -> subprocess.CompletedProcess[bytes]:
    """The command in a child process (bytes arguments kept as bytes); `as_user`: held to file permissions."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    cmd: list[str | bytes] = [*(AS_A_USER if as_user else []), sys.executable, "-c"]
    cmd += ["from ogi_extract.cli import main; main()", *(a if isinstance(a, bytes) else str(a) for a in args)]
    return subprocess.run(cmd, capture_output=True, cwd=cwd, env=env, timeout=timeout)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder holding the five-page report as `in.pdf`."""
    (tmp_path / "in.pdf").write_bytes(mini())
    return tmp_path


# -- 1. an output is never written onto an input ------------------------------------


def _records_file(folder: Path) -> Path:
    path = folder / "records.json"
    path.write_text(to_json(ogi_extract.parse(mini())), encoding="utf-8")
    return path


OVERWRITES: dict[str, tuple[str, Callable[[Path], list[str | Path]]]] = {
    "convert-same-path": ("convert", lambda f: ["convert", f / "in.pdf", "-o", f / "in.pdf"]),
    "convert-dotted-path": ("convert", lambda f: ["convert", f / "in.pdf", "-o", f"{f}/./in.pdf"]),
    "convert-symlink": ("convert", lambda f: ["convert", f / "in.pdf", "-o", f / "link.pdf"]),
    "convert-hard-link": ("convert", lambda f: ["convert", f / "in.pdf", "-o", f / "hard.pdf"]),
    "convert-to-duckdb": ("convert", lambda f: ["convert", f / "in.pdf", "--to", "duckdb", f / "link.pdf"]),
    "convert-to-parquet": ("convert", lambda f: ["convert", f / "pq" / "reports.parquet", "--to", "parquet", f / "pq"]),
    "audit-output": ("audit", lambda f: ["audit", f / "in.pdf", "-o", f / "hard.pdf"]),
    "inspect-output": ("inspect", lambda f: ["inspect", f / "in.pdf", "-p", "1", "-o", f / "link.pdf"]),
    "inspect-records": (
        "inspect",
        lambda f: ["inspect", f / "in.pdf", "-p", "1", "--records", _records_file(f), "-o", f / "records.json"],
    ),
    "batch-duckdb": ("batch", lambda f: ["batch", f, "--to", "duckdb", f / "in.pdf"]),
    "batch-json": ("batch", lambda f: ["batch", f / "pdf.json", "--to", "json", f]),
}


@pytest.mark.parametrize("case", list(OVERWRITES))
def test_an_output_onto_an_input_is_refused(case: str, folder: Path) -> None:
    (folder / "link.pdf").symlink_to("in.pdf")
    os.link(folder / "in.pdf", folder / "hard.pdf")
    (folder / "pq").mkdir()
    (folder / "pq" / "reports.parquet").write_bytes(mini())  # a PDF that happens to bear a table's name
    (folder / "pdf.json").write_bytes(mini())
    command, args = OVERWRITES[case]
    line = _one_error_line(_run(*args(folder)), 11, command)
    assert "refusing to write" in line and "it is the input" in line
    for kept in ("in.pdf", "pq/reports.parquet", "pdf.json"):
        assert (folder / kept).read_bytes() == mini(), kept


def test_an_output_beside_the_input_is_written(folder: Path) -> None:
    result = _run("convert", folder / "in.pdf", "-o", folder / "in.json")
    assert result.exit_code == 0 and json.loads((folder / "in.json").read_text())["source"]["file"] == "in.pdf"


# -- 2. pipes and devices: refused at once, no hang -----------------------------------


@pytest.mark.parametrize("command", ["convert", "audit", "inspect"])
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "directory"])
def test_a_pipe_or_a_device_is_not_read(command: str, kind: str, folder: Path) -> None:
    if kind == "fifo":
        path = folder / "pipe.pdf"
        os.mkfifo(path)
        what = "a named pipe"
    elif kind == "dev-zero":
        path, what = Path("/dev/zero"), "a character device"
    else:
        path, what = folder, "a directory"
    extra = ["-p", "1"] if command == "inspect" else []
    started = time.monotonic()
    done = ogi(command, path, *extra, cwd=folder)
    assert time.monotonic() - started < 20
    assert done.returncode == 3, done.stderr
    _held(command, 3)
    assert done.stderr.decode().splitlines() == [f"{path}: error: cannot read {path}: it is {what}, not a file"]


def test_batch_counts_a_pipe_and_an_unreadable_pdf_as_failed(folder: Path) -> None:
    os.mkfifo(folder / "pipe.pdf")
    (folder / "gone.pdf").symlink_to("nowhere.pdf")
    (folder / "subfolder.pdf").mkdir()  # a folder so named is no file to convert
    locked = folder / "locked.pdf"
    locked.write_bytes(mini())
    locked.chmod(0)
    out = folder / "out"
    out.mkdir()
    done = ogi("batch", folder, "--to", "duckdb", out / "x.duckdb", "-j", "1", as_user=True)
    assert done.returncode == 1, done.stderr
    errors = [ln for ln in done.stderr.decode().splitlines() if ": error: " in ln]
    assert errors == [
        f"gone.pdf: error: cannot read {folder}/gone.pdf: No such file or directory",
        f"locked.pdf: error: cannot read {folder}/locked.pdf: Permission denied",
        f"pipe.pdf: error: cannot read {folder}/pipe.pdf: it is a named pipe, not a file",
    ]
    assert "batch: 4 PDFs, 1 converted, 3 failed" in done.stderr.decode()


# -- 3. file names: not UTF-8, too long ---------------------------------------------


def test_a_name_that_is_not_utf8_is_kept_and_shown_escaped(folder: Path) -> None:
    name = b"laporan-\xe9\xff.pdf"
    with open(os.fsencode(folder) + b"/" + name, "wb") as f:
        f.write(mini())
    done = ogi("convert", name, cwd=folder)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["source"]["file"] == "laporan-\\xe9\\xff.pdf"
    with open(os.fsencode(folder) + b"/bad-\xe9.pdf", "wb") as f:
        f.write(b"not a pdf at all")
    done = ogi("convert", b"bad-\xe9.pdf", cwd=folder)
    assert done.returncode == 3
    assert done.stderr.decode() == "bad-\\xe9.pdf: error: input is not a PDF (no %PDF- header)\n"
    done = ogi("batch", b".", "--to", "json", b"out", cwd=folder)
    assert done.returncode == 1  # bad-\xe9.pdf failed
    assert b"bad-\\xe9.pdf: error: input is not a PDF" in done.stderr
    assert os.path.exists(os.fsencode(folder) + b"/out/laporan-\xe9\xff.json")
    done = ogi("batch", name, "--to", "duckdb", b"x.duckdb", cwd=folder)
    assert done.returncode == 0, done.stderr
    with duckdb.connect(str(folder / "x.duckdb"), read_only=True) as con:
        assert con.execute("SELECT file FROM reports").fetchall() == [("laporan-\\xe9\\xff.pdf",)]


def test_inspect_shortens_a_default_output_name_that_would_be_too_long(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stem = ("laporan-monitoring-dan-evaluasi-" * 8)[:250]  # the longest name a .pdf may have: 254 bytes
    shutil.copy(folder / "in.pdf", folder / f"{stem}.pdf")
    monkeypatch.chdir(folder)
    result = _run("inspect", f"{stem}.pdf", "-p", "1")
    assert result.exit_code == 0, result.stderr
    made = [p.name for p in folder.glob("*.png")]
    assert len(made) == 1 and made[0].endswith("-p1.png") and len(made[0].encode()) <= 255
    assert made[0].startswith(stem[:200])


# -- 4. exit codes ------------------------------------------------------------------


@pytest.mark.parametrize("command", ["convert", "audit", "inspect"])
def test_an_unreadable_file_exits_3(command: str, folder: Path) -> None:
    locked = folder / "locked.pdf"
    locked.write_bytes(mini())
    locked.chmod(0)
    extra = ["-p", "1"] if command == "inspect" else []
    done = ogi(command, locked, *extra, cwd=folder, as_user=True)
    assert done.returncode == 3, done.stderr
    _held(command, 3)
    assert done.stderr.decode() == f"{locked}: error: cannot read {locked}: Permission denied\n"


def test_audit_of_a_pdf_that_is_no_monev_report_exits_8_like_convert(tmp_path: Path) -> None:
    path = tmp_path / "prices.pdf"
    path.write_bytes(bad.unrelated_tables())
    for command in ("convert", "audit"):
        line = _one_error_line(_run(command, path), 8, command)
        assert "not a monev report" in line


def test_every_documented_code_is_a_known_one() -> None:
    table = documented_codes()
    assert set(table) == set(main.list_commands(click.Context(main))) - {"grammar"} | {"grammar check"}
    assert set().union(*table.values()) == {code for code, _ in EXIT_CODES}


@pytest.fixture
def many(tmp_path: Path) -> Iterator[Path]:
    """60 distinct copies of the small report, each cut short so that it is repaired with a warning.

    The warning is printed as each file is done: the test knows how far the
    batch got without reading the store that the batch holds open.
    """
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(60):
        (folder / f"r{i:03d}.pdf").write_bytes(bad.tail_cut(mini(), 100) + b"\n%%copy %d\n" % i)
    yield folder


def _stored(path: Path) -> list[tuple[str, int]]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(
            "SELECT r.report_id, count(t.report_id) FROM reports r LEFT JOIN targets t USING (report_id) "
            "GROUP BY r.report_id"
        ).fetchall()


def test_batch_interrupted_by_ctrl_c_exits_130_with_a_whole_store(many: Path, tmp_path: Path) -> None:
    store = tmp_path / "store.duckdb"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    cmd = [sys.executable, "-c", "from ogi_extract.cli import main; main()", "batch", str(many), "--to", "duckdb"]
    child = subprocess.Popen([*cmd, str(store), "-j", "2"], stderr=subprocess.PIPE, env=env, text=True)
    assert child.stderr is not None
    seen = 0
    for line in child.stderr:  # a warning per file done
        seen += line.startswith("warning: r")
        if seen == 5:
            break
    child.send_signal(signal.SIGINT)
    _, rest = child.communicate(timeout=SECONDS)
    assert child.returncode == 130, rest
    _held("batch", 130)
    lines = [ln for ln in rest.splitlines() if ln.strip() and not ln.startswith("warning: r")]
    assert len(lines) == 1 and lines[0].startswith("batch: interrupted after "), lines
    m = re.match(r"batch: interrupted after (\d+) of 60 PDFs: (\d+) converted, 0 failed", lines[0])
    assert m, lines[0]
    done = int(m.group(2))
    stored = _stored(store)
    assert 0 < len(stored) == done < 60
    assert all(targets == 8 for _id, targets in stored)  # every stored report whole
    # and the run goes on where it stopped
    resumed = subprocess.run([*cmd, str(store), "-j", "2", "--resume"], capture_output=True, env=env, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{done} already in the store" in resumed.stderr.decode()
    stored = _stored(store)
    assert len(stored) == 60 and all(targets == 8 for _id, targets in stored)


def test_permissions_hold_in_the_child_process(tmp_path: Path) -> None:
    """The unreadable-file cases need a child that the permission bits stop, root or not."""
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")
    locked.chmod(0)
    done = subprocess.run(
        [*AS_A_USER, sys.executable, "-c", f"open({str(locked)!r}).read()"], capture_output=True, timeout=SECONDS
    )
    assert done.returncode != 0 and b"PermissionError" in done.stderr


# -- every command held to the README's table -------------------------------------

SWEEP: list[tuple[str, Callable[[Path], list[str | Path]], dict[str, int]]] = [
    ("random", lambda p: [p], {"convert": 3, "audit": 3, "inspect": 3}),
    ("missing", lambda p: [p.with_name("nowhere.pdf")], {"convert": 3, "audit": 3, "inspect": 3}),
    ("noise", lambda p: [p], {"convert": 5, "audit": 5, "inspect": 5}),
    ("encrypted", lambda p: [p], {"convert": 4, "audit": 4, "inspect": 4}),
    ("zero-pages", lambda p: [p], {"convert": 6, "audit": 6, "inspect": 6}),
    ("scan", lambda p: [p], {"convert": 7, "audit": 7, "inspect": 7}),
    ("tables", lambda p: [p], {"convert": 8, "audit": 8, "inspect": 0}),
    ("5000-pages", lambda p: [p], {"convert": 9, "audit": 9, "inspect": 9}),
    ("mini", lambda p: [p, "--grammar", "nosuch"], {"convert": 10, "audit": 10, "inspect": 0}),
    ("mini", lambda p: [p, "--format", "nosuch"], {"convert": 2, "audit": 2}),
    ("mini", lambda p: [p, "-o", p.parent], {"convert": 11, "audit": 11, "inspect": 11}),
]
BUILD: dict[str, Callable[[], bytes]] = {
    "random": lambda: bad.random_bytes(0),
    "missing": lambda: b"",
    "noise": lambda: bad.random_bytes(3, header=True),
    "encrypted": lambda: bad.encrypted(mini(), user_pw="rahasia"),
    "zero-pages": bad.zero_pages,
    "scan": lambda: bad.scanned(mini(), [0]),
    "tables": bad.unrelated_tables,
    "5000-pages": lambda: bad.many_pages(5000),
    "mini": mini,
}


@pytest.mark.parametrize("index", range(len(SWEEP)), ids=[f"{c[0]}-{i}" for i, c in enumerate(SWEEP)])
def test_each_command_exits_with_a_code_of_its_row_in_the_table(
    index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # where inspect writes its image
    name, args, codes = SWEEP[index]
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(BUILD[name]())
    for command, code in codes.items():
        extra = ["-p", "1"] if command == "inspect" else []
        result = _run(command, *args(path), *extra)
        assert result.exit_code == code, (command, result.exit_code, result.stderr, result.exception)
        _held(command, code)
        if code not in (0, 2):
            assert result.stderr.splitlines()[-1].find(": error: ") > 0 and "Traceback" not in result.output


def test_match_and_schema_are_held_to_the_table(tmp_path: Path) -> None:
    assert _run("schema").exit_code == 0
    assert _run("match", "KIP").exit_code == 0
    broken = tmp_path / "registry.json"
    broken.write_text("{}")
    codes = {_run("match", "KIP", "--registry", broken).exit_code, _run("match").exit_code}
    assert codes == {2}
    for code in (0, 2):
        _held("match", code)
    _held("schema", 0)


def test_a_records_file_that_is_a_pipe_is_refused(folder: Path) -> None:
    os.mkfifo(folder / "records.json")
    done = ogi("inspect", folder / "in.pdf", "-p", "1", "--records", folder / "records.json", cwd=folder)
    assert done.returncode == 3
    assert done.stderr.decode().splitlines() == [f"{folder}/records.json: error: cannot read {folder}/records.json: it is a named pipe, not a file"]
