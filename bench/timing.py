"""Interleaved repetitions, medians, and ratios of samples taken side by side.

On a shared two-core machine a neighbour's burst can slow one stretch of
seconds by half or more. Two defences:

- every contender runs once per round, rounds one after the other, so a burst
  is spread over all of them rather than landing on one;
- the quick *anchor* contenders (the floor and ogi-extract) run again right
  after each slow contender, and a ratio is the median of per-sample ratios,
  each slow sample divided by the anchor sample taken nearest to it in time.
  A ratio of two medians taken minutes apart would compare a busy minute with
  a quiet one.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(slots=True)
class Staged:
    """What a task returns when it times its own stages: the stage seconds and its output."""

    stages: dict[str, float]
    result: object = None


@dataclass(slots=True)
class Task:
    name: str
    run: Callable[[], object]
    reps: int = 3


@dataclass(slots=True)
class Timing:
    name: str
    samples: list[float] = field(default_factory=list)
    at: list[float] = field(default_factory=list)  # midpoint of each sample, perf_counter seconds
    cpu: list[float] = field(default_factory=list)  # CPU seconds of each sample (this process's)
    stages: dict[str, list[float]] = field(default_factory=dict)
    result: object = None
    error: str | None = None

    @property
    def median(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None

    def stage_median(self, stage: str) -> float | None:
        values = self.stages.get(stage)
        return statistics.median(values) if values else None

    def stage_timing(self, stage: str) -> Timing:
        """One stage as a timing of its own, at the times of the whole task's samples."""
        return Timing(f"{self.name} / {stage}", list(self.stages.get(stage, [])), list(self.at))


def paired_ratio(a: Timing, b: Timing, key: str = "samples") -> float | None:
    """a / b as the median of side-by-side ratios (of wall seconds, or with `key="cpu"` of CPU seconds).

    Each sample of the sparser of the two is paired with the sample of the
    other taken nearest to it in time (the anchors are re-run next to the
    slow contenders, so the sparser one always has a close neighbour).
    """
    sa, sb = getattr(a, key), getattr(b, key)
    if not sa or not sb or len(sa) != len(a.at) or len(sb) != len(b.at):
        return None
    sparse, dense = (a, b) if len(sa) <= len(sb) else (b, a)
    ds = getattr(dense, key)
    ratios = []
    for seconds, at in zip(getattr(sparse, key), sparse.at):
        k = min(range(len(dense.at)), key=lambda i: abs(dense.at[i] - at))
        near = ds[k]
        num, den = (seconds, near) if sparse is a else (near, seconds)
        if den > 0:
            ratios.append(num / den)
    return statistics.median(ratios) if ratios else None


def _run_once(task: Task, timing: Timing, progress: Callable[[str], None] | None, label: str) -> None:
    if timing.error is not None:
        return
    gc.collect()
    start, cpu_start = time.perf_counter(), time.process_time()
    try:
        out = task.run()
    except Exception as exc:  # noqa: BLE001 - any failure of a contender is a result
        timing.error = f"{type(exc).__name__}: {exc}"
        if progress:
            progress(f"  {task.name}: failed ({timing.error})")
        return
    end = time.perf_counter()
    timing.cpu.append(time.process_time() - cpu_start)
    timing.samples.append(end - start)
    timing.at.append((start + end) / 2)
    if isinstance(out, Staged):
        for stage, seconds in out.stages.items():
            timing.stages.setdefault(stage, []).append(seconds)
        out = out.result
    timing.result = out
    if progress:
        progress(f"  {label} {task.name}: {end - start:.3f} s")


def run_interleaved(
    tasks: list[Task],
    anchors: list[Task] | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Timing]:
    """Round after round, each task that still owes repetitions runs once.

    `anchors` run at the start of every round; the last of them (the main
    reference) runs again right after each task, so that every sample of a
    task has a reference sample beside it (see `paired_ratio`). The order
    inside a round rotates so that no task always follows the same neighbour
    (whose garbage or cache state it would inherit). A task that raises is recorded with its error and not run again:
    a failing contender must show as failing, not stop the comparison.
    """
    anchors = anchors or []
    timings = {t.name: Timing(t.name) for t in [*anchors, *tasks]}
    rounds = max((t.reps for t in [*anchors, *tasks]), default=0)
    for r in range(rounds):
        label = f"round {r + 1}/{rounds}"
        block = [a for a in anchors if a.reps > r]
        for a in block[r % len(block) :] + block[: r % len(block)] if block else []:
            _run_once(a, timings[a.name], progress, label)
        due = [t for t in tasks if t.reps > r and timings[t.name].error is None]
        for task in due[r % len(due) :] + due[: r % len(due)] if due else []:
            _run_once(task, timings[task.name], progress, label)
            if anchors:
                _run_once(anchors[-1], timings[anchors[-1].name], progress, label)
    return timings
