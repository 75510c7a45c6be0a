"""Progress of a read: pages as they are read, stage times, and bars only on a terminal.

The hook is checked on a real read (the pages reported are the PDF's pages,
in order), the bars in a child process whose stderr is a pseudo-terminal, the
way a user sees them, and with stderr a pipe, the way a log sees them.
"""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner

import badpdf as bad
from ogi_extract.cli import main
from ogi_extract.layout import open_document
from ogi_extract.progress import Clock, listening

ROOT = Path(__file__).resolve().parent.parent


@cache
def mini() -> bytes:
    return bad.select(bad.replica(), range(21, 26))


class Recorder:
    def __init__(self) -> None:
        self.pages: list[tuple[int, int]] = []
        self.stages: list[str] = []

    def page(self, done: int, total: int) -> None:
        self.pages.append((done, total))

    def stage(self, name: str, seconds: float) -> None:
        assert seconds >= 0
        self.stages.append(name)


@pytest.mark.parametrize("backend", ["pymupdf", "pdfplumber"])
def test_every_page_is_reported_in_order(backend: str) -> None:
    with listening(Recorder()) as seen:
        doc = open_document(mini(), backend=backend)
    assert seen.pages == [(n, len(doc.pages)) for n in range(1, len(doc.pages) + 1)]
    assert seen.stages == ["open", "pages"]


def test_nothing_listens_outside_the_context() -> None:
    recorder = Recorder()
    with listening(recorder):
        pass
    open_document(mini())
    Clock().lap("x")
    assert recorder.pages == [] and recorder.stages == []


def test_verbose_prints_each_stage_time(tmp_path: Path) -> None:
    pdf = tmp_path / "mini.pdf"
    pdf.write_bytes(mini())
    result = CliRunner().invoke(main, ["-v", "convert", str(pdf), "-o", str(tmp_path / "out.json")])
    assert result.exit_code == 0, result.stderr
    stages = [ln.split(": ", 2)[2] for ln in result.stderr.splitlines() if ln.startswith("info: mini.pdf: ")]
    assert [s.rsplit(" ", 2)[0] for s in stages] == ["open", "pages", "furniture and page order", "tables", "front matter", "records"]
    quiet = CliRunner().invoke(main, ["convert", str(pdf), "-o", str(tmp_path / "out.json")])
    assert "info:" not in quiet.stderr


def _on_a_terminal(*args: str, cwd: Path) -> str:
    """stderr of the command when it is a terminal."""
    master, slave = pty.openpty()
    child = subprocess.Popen(
        [sys.executable, "-c", "from ogi_extract.cli import main; main()", *args],
        stdout=subprocess.DEVNULL, stderr=slave, cwd=cwd,
        env=dict(os.environ, COLUMNS="120", TERM="xterm"),
    )
    os.close(slave)
    out = b""
    while True:
        try:
            part = os.read(master, 65536)
        except OSError:
            break
        if not part:
            break
        out += part
    child.wait(timeout=120)
    os.close(master)
    assert child.returncode == 0, out
    return out.decode("utf-8", "replace")


def test_convert_draws_pages_on_a_terminal_only(tmp_path: Path) -> None:
    pdf = tmp_path / "mini.pdf"
    pdf.write_bytes(mini())
    shown = _on_a_terminal("convert", str(pdf), "-o", "a.json", cwd=tmp_path)
    assert "5/5" in shown and "pages" in shown
    silent = _on_a_terminal("-q", "convert", str(pdf), "-o", "b.json", cwd=tmp_path)
    assert "5/5" not in silent and silent.strip() == ""
    piped = subprocess.run(
        [sys.executable, "-c", "from ogi_extract.cli import main; main()", "convert", str(pdf), "-o", "c.json"],
        capture_output=True, cwd=tmp_path, timeout=120,
    )
    assert piped.stderr.decode() == "mini.pdf: 8 target rows -> c.json\n"


def test_batch_draws_one_bar_with_files_and_pages_per_second(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"r{i}.pdf").write_bytes(mini() + b"\n%%copy %d\n" % i)
    shown = _on_a_terminal("batch", str(folder), "--to", "json", "out", "-j", "1", cwd=tmp_path)
    assert "3/3" in shown and "files" in shown and "pages/s" in shown and "left" in shown
