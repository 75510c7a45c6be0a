"""The installed package works on its own: a wheel in a clean environment, run outside the checkout.

An editable install or a source checkout hides what the wheel leaves out (the
grammars once lived behind a symlink out of the package, so a wheel carried
none). This builds the wheel from a copy of the sources alone, installs it into
a fresh virtual environment without the system's packages, and converts and
audits the sample from a folder that is not the checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "monev-2021" / "monev-2021.pdf"
SHIPPED = sorted(p.name for p in (ROOT / "src" / "ogi_extract" / "grammars").glob("*.toml"))


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def _checked(args: list[str], cwd: Path) -> None:
    done = _run(args, cwd)
    assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from the package's sources only (no checkout around them)."""
    src = tmp_path_factory.mktemp("sdist-tree")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(
        ROOT / "src", src / "src", symlinks=True, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    out = tmp_path_factory.mktemp("wheel")
    _checked([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(src)], src)
    (built,) = out.glob("ogi_extract-*.whl")
    return built


@pytest.fixture(scope="session")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A clean environment (no system site-packages) with the wheel and its dependencies."""
    home = tmp_path_factory.mktemp("venv")
    _checked([sys.executable, "-m", "venv", str(home)], home)
    python = home / "bin" / "python"
    _checked([str(python), "-m", "pip", "install", "--quiet", f"{wheel}[data]"], home)
    yield home / "bin"


@pytest.fixture()
def elsewhere(tmp_path: Path) -> Path:
    """A working folder outside the checkout, with an environment that does not point into it."""
    assert ROOT not in tmp_path.parents
    return tmp_path


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "OGI_EXTRACT_GRAMMARS")}
    return env


def test_the_wheel_carries_the_grammars_as_files(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
    carried = sorted(Path(n).name for n in names if n.startswith("ogi_extract/grammars/") and n.endswith(".toml"))
    assert SHIPPED and carried == SHIPPED


def test_installed_wheel_converts_and_audits_the_sample_outside_the_checkout(venv: Path, elsewhere: Path) -> None:
    pdf = elsewhere / "laporan.pdf"
    shutil.copy2(SAMPLE, pdf)
    env = _env()
    where = _run([str(venv / "python"), "-c", "import ogi_extract, sys; print(ogi_extract.__file__)"], elsewhere, env)
    assert where.returncode == 0 and str(ROOT) not in where.stdout, where.stdout + where.stderr
    done = _run([str(venv / "ogi-extract"), "convert", "laporan.pdf", "-o", "out.json"], elsewhere, env)
    assert done.returncode == 0, done.stderr
    report = json.loads((elsewhere / "out.json").read_text(encoding="utf-8"))
    targets = [t for c in report["commitments"] for b in c["blocks"] for t in b["targets"]]
    assert len(targets) == 137
    assert report["source"]["grammar"] == "monev-2021"
    audit = _run([str(venv / "ogi-extract"), "audit", "laporan.pdf", "--format", "json", "--fail-on", "none"], elsewhere, env)
    assert audit.returncode == 0, audit.stderr
    findings = json.loads(audit.stdout)["findings"]
    assert findings and all(f["check"] for f in findings)
