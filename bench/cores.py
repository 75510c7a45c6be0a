"""Several cores: one long report with `jobs=2` against one process, and `batch` with 2 workers against 1.

Each measurement runs in a fresh interpreter (`child.py` for a parse,
`batch_child.py` for a batch), the two settings alternating round by round so
that a neighbour's burst lands on both; a ratio is the median over the rounds
of each two-process run over the mean of the one-process runs either side.

Wall time is the goal's measure, and on a shared machine it mostly says how
many cores were free: two processes are faster than one only when a second
core is idle. So the CPU seconds are reported too. For a parse they give the
*critical path*: with jobs=2 the parent reads its range, takes the child's
pages back, finds the running heads, splits its pages' tables while the child
splits its own, takes them back and does everything after. Its CPU time, with
each of the two side-by-side steps counted at the longer side (`critical.py`),
over one process's CPU time is what two free cores would give. For a batch, the total CPU of the
workers and the parent shows the cost of the pool.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .synthetic import ChildRun, measure_in_child

ROOT = Path(__file__).resolve().parent.parent
BATCH_CHILD = Path(__file__).resolve().parent / "batch_child.py"
CHILD = Path(__file__).resolve().parent / "child.py"
REPORTS = ROOT / "corpus" / "reports"
BATCH_SIZE = 20

JOBS_GOAL = 0.6  # wall time of jobs=2 over one process, one long report
BATCH_GOAL = 1.6  # speed-up of batch --jobs 2 over --jobs 1, 20 reports


@dataclass(slots=True)
class Alternation:
    """Runs of a one-process setting and a two-process one, alternated (one, two, one, ..., one)."""

    ones: list[dict[str, float]] = field(default_factory=list)
    twos: list[dict[str, float]] = field(default_factory=list)
    error: str | None = None

    def paired(self, key: str = "seconds") -> float | None:
        pairs = [
            two[key] / ((self.ones[i][key] + self.ones[i + 1][key]) / 2)
            for i, two in enumerate(self.twos)
            if i + 1 < len(self.ones) and key in two and self.ones[i].get(key) and self.ones[i + 1].get(key)
        ]
        return statistics.median(pairs) if pairs else None

    def median(self, runs: str, key: str) -> float | None:
        values = [r[key] for r in getattr(self, runs) if key in r]
        return statistics.median(values) if values else None


@dataclass(slots=True)
class Cores:
    report: str = ""
    pages: int = 0
    parse: Alternation = field(default_factory=Alternation)
    batch_files: int = 0
    batch: Alternation = field(default_factory=Alternation)
    capacity_report: str = ""
    capacity: Alternation = field(default_factory=Alternation)

    @property
    def machine_capacity(self) -> float | None:
        """Two independent parses started together: their throughput over one parse alone (2.0 on two free cores)."""
        r = self.capacity.paired("seconds")
        return 2 / r if r else None

    @property
    def cpu_inflation(self) -> float | None:
        """A parse's CPU time when another runs beside it, over its CPU time alone (1.0 on two free cores)."""
        return self.capacity.paired("cpu_seconds")

    @property
    def jobs_wall(self) -> float | None:
        return self.parse.paired("seconds")

    @property
    def jobs_critical_path(self) -> float | None:
        """The critical path by CPU with jobs=2 over one process's CPU (see the module docstring)."""
        return self.parse.paired("critical_cpu_seconds")

    @property
    def batch_speedup(self) -> float | None:
        r = self.batch.paired("seconds")
        return 1 / r if r else None

    @property
    def batch_cpu_speedup(self) -> float | None:
        """One worker's CPU over the busier of two workers' (the parent's share is added to each)."""
        r = self.batch.paired("critical_cpu_seconds")
        return 1 / r if r else None


def _parse_run(run: ChildRun) -> dict[str, float]:
    return {
        "seconds": run.seconds,
        "cpu_seconds": run.cpu_seconds,
        "children_cpu_seconds": run.children_cpu_seconds,
        "critical_cpu_seconds": run.cpu_seconds if run.critical_cpu_seconds is None else run.critical_cpu_seconds,
    }


def measure_jobs(pdf: Path, pages: int, warmup: Path, rounds: int, say) -> Alternation:  # type: ignore[no-untyped-def]
    out = Alternation()
    try:
        out.ones.append(_parse_run(measure_in_child(pdf, warmup=warmup)))
        for r in range(rounds):
            for jobs, runs in ((2, out.twos), (1, out.ones)):
                run = _parse_run(measure_in_child(pdf, warmup=warmup, jobs=jobs))
                runs.append(run)
                say(f"  round {r + 1}/{rounds} parse {pages} pages, jobs={jobs}: {run['seconds']:.2f} s")
    except Exception as exc:  # noqa: BLE001 - a failure is a result to report
        out.error = f"{type(exc).__name__}: {exc}"[:600]
    return out


def batch_inputs(count: int = BATCH_SIZE) -> list[Path]:
    """`count` corpus reports spread over the producers (every k-th of the short ones, sorted)."""
    short = sorted(
        p for p in REPORTS.glob("*.pdf") if "-long" not in p.name and "english" not in p.name and "relabel" not in p.name
    )
    step = max(1, len(short) // count)
    return short[::step][:count]


def run_batch(paths: list[Path], jobs: int, out: Path) -> dict[str, float]:
    cmd = [sys.executable, str(BATCH_CHILD), "--jobs", str(jobs), "--out", str(out), *map(str, paths)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    if done.returncode != 0:
        last = " | ".join(done.stderr.strip().splitlines()[-2:])
        raise RuntimeError(f"batch of {len(paths)} reports with {jobs} jobs failed: {last[-600:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure_batch(paths: list[Path], rounds: int, cache: Path, say) -> Alternation:  # type: ignore[no-untyped-def]
    out = Alternation()
    try:
        out.ones.append(run_batch(paths, 1, cache / "batch-1"))
        for r in range(rounds):
            for jobs, runs in ((2, out.twos), (1, out.ones)):
                run = run_batch(paths, jobs, cache / f"batch-{jobs}")
                runs.append(run)
                say(f"  round {r + 1}/{rounds} batch of {len(paths)}, jobs={jobs}: {run['seconds']:.2f} s")
    except Exception as exc:  # noqa: BLE001
        out.error = f"{type(exc).__name__}: {exc}"[:600]
    return out


def _parse_together(pdf: Path, warmup: Path, count: int) -> dict[str, float]:
    """`count` parses of `pdf` in fresh interpreters started at once: the mean of their wall and CPU seconds."""
    cmd = [sys.executable, str(CHILD), str(pdf), "--warmup", str(warmup)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
             for _ in range(count)]
    runs = []
    for proc in procs:
        out, err = proc.communicate()
        if proc.returncode != 0:
            raise RuntimeError(f"parse of {pdf.name} failed: {err.strip().splitlines()[-1:]}")
        runs.append(json.loads(out.strip().splitlines()[-1]))
    return {key: statistics.mean(r[key] for r in runs) for key in ("seconds", "cpu_seconds")}


def measure_capacity(pdf: Path, warmup: Path, rounds: int, say) -> Alternation:  # type: ignore[no-untyped-def]
    """What this machine gives two processes now: one parse alone and two at once, alternated.

    Independent parses share nothing, so whatever two of them lose against
    one alone (a neighbour on a core, two cores slower when both are busy)
    is lost by every two-process setting measured here too: it is the
    ceiling against which `jobs=2` and `batch --jobs 2` are read.
    """
    out = Alternation()
    try:
        out.ones.append(_parse_together(pdf, warmup, 1))
        for r in range(rounds):
            for count, runs in ((2, out.twos), (1, out.ones)):
                run = _parse_together(pdf, warmup, count)
                runs.append(run)
                what = "two independent parses at once" if count == 2 else "one parse alone"
                say(f"  round {r + 1}/{rounds} {what}: {run['seconds']:.2f} s each")
    except Exception as exc:  # noqa: BLE001 - a failure is a result to report
        out.error = f"{type(exc).__name__}: {exc}"[:600]
    return out


def _fmt(x: float | None, spec: str = ".2f", suffix: str = "") -> str:
    return "—" if x is None else f"{x:{spec}}{suffix}"


def render(c: Cores) -> list[str]:
    p, b = c.parse, c.batch
    lines = [
        "## Several cores",
        "",
        "Fresh interpreters, the one-process and the two-process setting alternated; each ratio is the median"
        " over the rounds of a two-process run over the mean of the one-process runs either side. Wall time"
        " is what the goals ask for, but on this shared machine it mostly measures how busy the neighbours"
        " were: a second process is faster only on a free core. The CPU columns say what two free cores"
        " would give (see `bench/cores.py`).",
        "",
        f"**This machine, now**: one parse of `{c.capacity_report}` alone, and two independent parses of it"
        " started together, alternated (each in a fresh interpreter after a warm-up parse). Two parses share"
        " nothing, so what they lose against one alone is lost by every two-process setting below: the"
        f" machine gave two processes **{_fmt(c.machine_capacity, '.2f', '×')}** the throughput of one, each"
        f" parse taking **{_fmt(c.cpu_inflation, '.2f', '×')}** its CPU time alone"
        + (f" Not measured: {c.capacity.error}" if c.capacity.error else ".")
        + " On two free cores these would be 2.00× and 1.00×.",
        "",
        f"**One report, `parse(jobs=2)`**: `{c.report}` ({c.pages} pages), after a warm-up parse.",
        "",
        "| setting | runs | wall s (median) | CPU s of this process | CPU s of the page process"
        " | critical path, CPU s |",
        "|---|---:|---:|---:|---:|---:|",
        f"| jobs=1 | {len(p.ones)} | {_fmt(p.median('ones', 'seconds'))} | {_fmt(p.median('ones', 'cpu_seconds'))}"
        f" | — | {_fmt(p.median('ones', 'critical_cpu_seconds'))} |",
        f"| jobs=2 | {len(p.twos)} | {_fmt(p.median('twos', 'seconds'))} | {_fmt(p.median('twos', 'cpu_seconds'))}"
        f" | {_fmt(p.median('twos', 'children_cpu_seconds'))} | {_fmt(p.median('twos', 'critical_cpu_seconds'))} |",
        "",
        f"Wall time, jobs=2 over jobs=1: **{_fmt(c.jobs_wall, '.2f', '×')}**; critical path (this process's CPU"
        " with each step done beside the page process counted at the longer side, jobs=2 over jobs=1):"
        f" **{_fmt(c.jobs_critical_path, '.2f', '×')}**."
        + (f" Not measured: {p.error}" if p.error else ""),
        "",
        f"**`batch`, {c.batch_files} corpus reports** (`bench/batch_child.py`: `batch.start_workers` and"
        " `convert_many` into a JSON folder, as the command does; the audit included).",
        "",
        "| setting | runs | wall s (median) | CPU s, all processes | CPU s, busiest worker + parent |",
        "|---|---:|---:|---:|---:|",
        f"| --jobs 1 | {len(b.ones)} | {_fmt(b.median('ones', 'seconds'))} | {_fmt(b.median('ones', 'cpu_seconds'))}"
        f" | {_fmt(b.median('ones', 'critical_cpu_seconds'))} |",
        f"| --jobs 2 | {len(b.twos)} | {_fmt(b.median('twos', 'seconds'))} | {_fmt(b.median('twos', 'cpu_seconds'))}"
        f" | {_fmt(b.median('twos', 'critical_cpu_seconds'))} |",
        "",
        f"Speed-up of 2 jobs, wall time: **{_fmt(c.batch_speedup, '.2f', '×')}**; by CPU (one process over the"
        f" busiest worker plus the parent): **{_fmt(c.batch_cpu_speedup, '.2f', '×')}**."
        + (f" Not measured: {b.error}" if b.error else ""),
        "",
    ]
    return lines


def core_goals(c: Cores) -> list[tuple[str, str, bool | None]]:
    """The goal rows of `RESULTS.md` that several cores decide: met by wall time, CPU shown beside."""
    jw, jc = c.jobs_wall, c.jobs_critical_path
    bw, bc = c.batch_speedup, c.batch_cpu_speedup
    ceiling = f"; the machine's two processes: {_fmt(c.machine_capacity, '.2f', '×')}"
    return [
        (
            f"`parse(jobs=2)` on one long report: wall time ≤ {JOBS_GOAL}× one process",
            f"{_fmt(jw, '.2f', '×')} (critical path by CPU: {_fmt(jc, '.2f', '×')}{ceiling})",
            None if jw is None else jw <= JOBS_GOAL,
        ),
        (
            f"`batch --jobs 2` on {c.batch_files} reports: ≥ {BATCH_GOAL}× the speed of one job",
            f"{_fmt(bw, '.2f', '×')} (by CPU: {_fmt(bc, '.2f', '×')}{ceiling})",
            None if bw is None else bw >= BATCH_GOAL,
        ),
    ]
