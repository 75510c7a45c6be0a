"""Synthetic reports of a given length, cached, and their parse measured in a fresh process.

A fresh process per measurement gives a clean peak-RSS reading (the high-water
mark of a long-lived process would carry every earlier allocation) and keeps
the large document's garbage out of the in-process timings.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = Path(__file__).resolve().parent / "child.py"


def _generator_version() -> str:
    """A digest of the generator's sources: a cached PDF is reused only while they are unchanged."""
    import ogi_extract.synth as synth

    digest = hashlib.sha256()
    for path in sorted(Path(synth.__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


@dataclass(frozen=True, slots=True)
class SynthFile:
    pdf: Path
    truth: Path
    pages: int


def synthetic_report(cache: Path, seed: int, pages_hint: int) -> SynthFile:
    """The seeded report of about `pages_hint` pages, generated once into `cache`."""
    stem = cache / f"synth-s{seed}-p{pages_hint}-{_generator_version()}"
    pdf, truth, meta = stem.with_suffix(".pdf"), stem.with_suffix(".truth.json"), stem.with_suffix(".pages")
    if not (pdf.exists() and truth.exists() and meta.exists()):
        from ogi_extract.synth import make_report

        cache.mkdir(parents=True, exist_ok=True)
        report = make_report(seed, pages_hint=pages_hint)
        tmp = stem.with_suffix(".tmp")
        tmp.write_bytes(report.pdf)
        tmp.replace(pdf)
        truth.write_text(json.dumps(report.truth, ensure_ascii=False), encoding="utf-8")
        meta.write_text(str(report.pages))
    return SynthFile(pdf, truth, int(meta.read_text()))


@dataclass(frozen=True, slots=True)
class ChildRun:
    seconds: float
    cpu_seconds: float
    children_cpu_seconds: float
    floor_seconds: float | None
    floor_cpu_seconds: float | None
    peak_rss_mb: float
    baseline_rss_mb: float
    targets: int
    intact: int | None
    total: int | None
    critical_cpu_seconds: float | None = None  # with jobs: the critical path by CPU (`critical.py`)


def measure_in_child(
    pdf: Path,
    *,
    warmup: Path | None = None,
    truth: Path | None = None,
    backend: str = "pymupdf",
    jobs: int = 1,
    floor: bool = False,
) -> ChildRun:
    """Parse `pdf` in a new interpreter: seconds of `parse()`, peak RSS, targets found and intact.

    With `floor`, the child then times the floor on the same PDF, seconds after the parse.
    """
    cmd = [sys.executable, str(CHILD), str(pdf), "--backend", backend, "--jobs", str(jobs)]
    if floor:
        cmd.append("--floor")
    if warmup is not None:
        cmd += ["--warmup", str(warmup)]
    if truth is not None:
        cmd += ["--truth", str(truth)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    if done.returncode != 0:
        last = " | ".join(done.stderr.strip().splitlines()[-2:])
        raise RuntimeError(f"parse of {pdf.name} failed in a fresh process: {last[-600:]}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return ChildRun(**data)
