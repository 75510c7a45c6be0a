"""The README as a new user reads it: every shell command in it runs as written, on the bundled sample.

Each ```sh block runs in order in one temporary folder that holds what a fresh
clone holds (the sample, the golden records, the grammars, the corpus), with a
`.venv` whose `activate` and `ogi-extract` are this interpreter and this
checkout, so `. .venv/bin/activate` and `.venv/bin/...` lines run as written.
`make` lines (they install, build the corpus, or run this very suite) are the
only ones left out. The figures the README quotes are checked against the sample.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SKIPPED = ("make ",)
# Commands whose exit code is a verdict (1: something is stale), not a failure to run.
VERDICTS = ("corpus.build --check",)


def shell_blocks() -> list[str]:
    return re.findall(r"^```sh\n(.*?)^```", README, re.S | re.M)


def _commands(block: str) -> list[str]:
    out = []
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#") or line.startswith(SKIPPED):
            continue
        out.append(line)
    return out


def _fresh_clone(folder: Path) -> None:
    for name in ("samples", "golden", "corpus"):
        (folder / name).symlink_to(ROOT / name)
    (folder / "grammars").symlink_to((ROOT / "grammars").resolve())
    bin_dir = folder / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    path = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    python = bin_dir / "python"
    python.write_text(f'#!/bin/sh\nPYTHONPATH={shlex.quote(path)} exec {shlex.quote(sys.executable)} "$@"\n')
    tool = bin_dir / "ogi-extract"
    tool.write_text(f'#!/bin/sh\nexec {shlex.quote(str(python))} -c "from ogi_extract.cli import main; main()" "$@"\n')
    (bin_dir / "activate").write_text(f'PATH={shlex.quote(str(bin_dir))}:"$PATH"; export PATH\n')
    for f in (python, tool):
        f.chmod(0o755)


def test_the_readme_has_shell_blocks_and_leaves_out_only_make() -> None:
    blocks = shell_blocks()
    assert len(blocks) >= 6
    left_out = [ln for b in blocks for ln in b.splitlines() if ln.startswith(SKIPPED)]
    assert all(ln.startswith("make ") for ln in left_out)


def test_every_shell_command_runs_as_written(tmp_path: Path) -> None:
    _fresh_clone(tmp_path)
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(HOME=str(home), PATH="/usr/bin:/bin")
    script = ["set -e"]
    for block in shell_blocks():
        for command in _commands(block):
            script.append(f"echo {shlex.quote('$ ' + command)} >&2")
            if any(v in command for v in VERDICTS):
                command = f"{{ {command.split('#')[0].strip()} || test $? -eq 1; }}"
            script.append(command)
    done = subprocess.run(["bash", "-c", "\n".join(script)], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    for made in ("monev-2021.xlsx", "monev.duckdb", "monev-parquet/targets.parquet", "panel.xlsx", "panel.html",
                 "monev-2021.json", "audit.html", "p23.png", "p12.png", "new.json", "bundle.json"):
        assert (tmp_path / made).exists(), made


@pytest.fixture(scope="module")
def sample():  # type: ignore[no-untyped-def]
    import ogi_extract

    return ogi_extract.parse(ROOT / "samples" / "monev-2021" / "monev-2021.pdf")


def test_the_figures_quoted_are_the_samples(sample) -> None:  # type: ignore[no-untyped-def]
    rows = int(re.search(r"len\(report\.targets\)\s+# (\d+) target rows", README).group(1))  # type: ignore[union-attr]
    page = int(re.search(r'provenance\["achievement_text"\]\s+# \[Piece\(page=(\d+)', README).group(1))  # type: ignore[union-attr]
    assert rows == len(sample.targets)
    assert page == sample.targets[0].provenance["achievement_text"][0].page
    golden = re.search(r"\((\d+) commitments, (\d+) blocks, (\d+) targets\)", README)
    assert golden is not None
    blocks = sum(len(c.blocks) for c in sample.commitments)
    assert tuple(int(g) for g in golden.groups()) == (len(sample.commitments), blocks, len(sample.targets))
