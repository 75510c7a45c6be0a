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
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "monev-2021" / "monev-2021.pdf"
_ENV_VAR = "OGI_EXTRACT_GRAMMARS"
SHIPPED = sorted(p.name for p in (ROOT / "src" / "ogi_extract" / "grammars").glob("*.toml"))


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def _checked(args: list[str], cwd: Path) -> None:
    done = _run(args, cwd)
    assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"


@pytest.fixture(scope="session")
def sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package's sources alone, as an sdist holds them (no checkout around them)."""
    src = tmp_path_factory.mktemp("sdist-tree")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(
        ROOT / "src", src / "src", symlinks=True, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    return src


@pytest.fixture(scope="session")
def wheel(sources: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from the sources."""
    src = sources
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
    _checked([str(python), "-m", "pip", "install", "--quiet", str(wheel)], home)
    yield home / "bin"


@pytest.fixture()
def elsewhere(tmp_path: Path) -> Path:
    """A working folder outside the checkout, with an environment that does not point into it."""
    assert ROOT not in tmp_path.parents
    return tmp_path


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", _ENV_VAR)}
    return env


def test_the_wheel_carries_the_grammars_as_files(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
    carried = sorted(Path(n).name for n in names if n.startswith("ogi_extract/grammars/") and n.endswith(".toml"))
    assert SHIPPED and carried == SHIPPED


def test_the_sdist_carries_the_grammars_as_files(venv: Path, sources: Path, tmp_path: Path) -> None:
    python = str(venv / "python")
    _checked([python, "-m", "pip", "install", "--quiet", "setuptools>=77"], tmp_path)
    build = f"from setuptools import build_meta; print(build_meta.build_sdist({str(tmp_path)!r}))"
    _checked([python, "-c", build], sources)
    (sdist,) = tmp_path.glob("ogi_extract-*.tar.gz")
    with tarfile.open(sdist) as tf:
        members = {m.name: m for m in tf.getmembers()}
    carried = sorted(Path(n).name for n, m in members.items() if "/src/ogi_extract/grammars/" in n and n.endswith(".toml"))
    assert carried == SHIPPED
    assert all(m.isfile() for n, m in members.items() if "/grammars/" in n and n.endswith(".toml"))


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
    assert report["source"]["grammar"] == "monev-2021" and len(report["source"]["grammar_sha256"]) == 64
    audit = _run([str(venv / "ogi-extract"), "audit", "laporan.pdf", "--format", "json", "--fail-on", "none"], elsewhere, env)
    assert audit.returncode == 0, audit.stderr
    findings = json.loads(audit.stdout)["findings"]
    assert findings and all(f["check"] for f in findings)
    listed = _run([str(venv / "ogi-extract"), "grammars"], elsewhere, env)
    assert listed.returncode == 0 and "monev-2021" in listed.stdout and "monev-2022" in listed.stdout


def test_installed_wheel_reads_a_user_edition_from_a_grammar_file_alone(venv: Path, elsewhere: Path) -> None:
    """A relabelled edition: its grammar given by path, then found through OGI_EXTRACT_GRAMMARS."""
    from ogi_extract.synth import make_report
    from ogi_extract.synth.content import SpecParams
    from ogi_extract.synth.wording import from_grammar

    grammar_dir = elsewhere / "my-grammars"
    grammar_dir.mkdir()
    grammar = grammar_dir / "monev-2023.toml"
    shutil.copy2(ROOT / "tests" / "data" / "grammars" / "monev-2023.toml", grammar)
    synth = make_report(1, params=SpecParams(wording=from_grammar(grammar)))
    (elsewhere / "baru.pdf").write_bytes(synth.pdf)
    want = sum(len(b["targets"]) for c in synth.truth["commitments"] for b in c["blocks"])
    cli = str(venv / "ogi-extract")
    env = _env()
    unknown = _run([cli, "convert", "baru.pdf"], elsewhere, env)
    assert unknown.returncode == 8, unknown.stderr  # no shipped grammar reads it: never 0 rows and exit 0
    by_path = _run([cli, "convert", "baru.pdf", "--grammar", str(grammar), "-o", "a.json"], elsewhere, env)
    assert by_path.returncode == 0, by_path.stderr
    env[_ENV_VAR] = str(grammar_dir)
    detected = _run([cli, "convert", "baru.pdf", "-o", "b.json"], elsewhere, env)
    assert detected.returncode == 0, detected.stderr
    for name in ("a.json", "b.json"):
        report = json.loads((elsewhere / name).read_text(encoding="utf-8"))
        assert report["source"]["grammar"] == "monev-2023" and not report["unassigned"]
        assert sum(len(b["targets"]) for c in report["commitments"] for b in c["blocks"]) == want
    audit = _run([cli, "audit", "baru.pdf", "--format", "json"], elsewhere, env)
    # read through the user grammar; the generated report has no front matter, which is no clean bill
    assert audit.returncode == 12 and "no front matter" in audit.stderr, audit.stderr
    listed = _run([cli, "grammars"], elsewhere, env)
    assert listed.returncode == 0, listed.stderr
    assert "monev-2023" in listed.stdout and _ENV_VAR in listed.stdout and "shipped" in listed.stdout
