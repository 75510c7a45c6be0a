"""`parse(jobs=2)` against one process on one report, in this process: wall, CPU and the critical path.

    python -m bench.jobs_path REPORT.pdf [--reps 5]

A focused check of the two-process parse, much shorter than `bench/run.py`:
after a warm-up parse of each setting, the settings alternate round by round
(the order reversed every other round, so a neighbour's burst lands on each)
and the medians are printed:

* `one`: `parse(path)`;
* `pages`: `parse(path, jobs=2)` with only the pages read in the page process
  (it is not kept: the tables stage runs here, as before the page processes
  split tables);
* `tables`: `parse(path, jobs=2)`, the page process splitting its pages' tables.

The critical path is `critical.Probe`'s: this process's CPU with each step done
beside the page process counted at the longer side. Its ratio to one
process's CPU is what two free cores would give; wall time on a shared
machine says how many cores the neighbours left.

A second table splits each setting's serial part (what this process does
alone, `critical.serial_part`) by stage, and gives the bound it sets: one
process's reading and tables halved with no cost at all, plus its serial part.
No two-process parse that keeps that part in one process can do better.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SETTINGS = ("one", "pages", "tables")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pdf", type=Path)
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args(argv)

    from bench.critical import Probe
    from ogi_extract import parse, pipeline
    from ogi_extract.layout import open_and_keep

    def pages_only(*a: Any, **k: Any) -> Any:
        return open_and_keep(*a, **{**k, "keep": False})

    probe = Probe()
    runs: dict[str, list[dict[str, float]]] = {s: [] for s in SETTINGS}

    def run(setting: str) -> dict[str, float]:
        pipeline.open_and_keep = pages_only if setting == "pages" else open_and_keep  # type: ignore[assignment]
        gc.collect()
        probe.start()
        start, cpu_start = time.perf_counter(), time.process_time()
        parse(str(args.pdf), jobs=1 if setting == "one" else 2)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        steps = probe.steps()
        serial = probe.serial(cpu)
        return {
            **{"serial:" + k: v for k, v in serial.items()},
            "serial": sum(serial.values()),
            "wall": wall,
            "cpu": cpu,
            "critical": cpu if setting == "one" else probe.critical_path(cpu),
            "their": steps.their_reading + steps.their_tables,
            "own_reading": steps.own_reading,
            "their_reading": steps.their_reading,
            "own_tables": steps.own_tables,
            "their_tables": steps.their_tables,
        }

    try:
        for setting in SETTINGS:
            run(setting)  # warm-up: imports, grammar, patterns
        load = [os.getloadavg()[0]]
        for i in range(args.reps):
            for setting in SETTINGS if i % 2 == 0 else SETTINGS[::-1]:
                runs[setting].append(run(setting))
        load.append(os.getloadavg()[0])
    finally:
        probe.close()
        pipeline.open_and_keep = open_and_keep  # type: ignore[assignment]

    def med(setting: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[setting])

    one_wall, one_cpu = med("one", "wall"), med("one", "cpu")
    print(f"{args.pdf.name}: {args.reps} rounds; load average (1 min) {load[0]:.2f} before, {load[1]:.2f} after")
    print(
        "| setting | wall s | × one | CPU s here | critical path s (CPU) | × one (CPU) | CPU s of the page process"
        " | reading: here / there | tables: here / there |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for s in SETTINGS:
        sides = (
            f"{med(s, 'own_reading'):.3f} / {med(s, 'their_reading'):.3f}"
            f" | {med(s, 'own_tables'):.3f} / {med(s, 'their_tables'):.3f}"
        )
        print(
            f"| {s} | {med(s, 'wall'):.3f} | {med(s, 'wall') / one_wall:.2f} | {med(s, 'cpu'):.3f}"
            f" | {med(s, 'critical'):.3f} | {med(s, 'critical') / one_cpu:.2f} | {med(s, 'their'):.3f} | {sides} |"
        )


    print()
    stages = sorted({k for s in SETTINGS for r in runs[s] for k in r if k.startswith("serial:")}, key=_stage_order)
    print("| serial part, CPU s | " + " | ".join(SETTINGS) + " |")
    print("|---|" + "---:|" * len(SETTINGS))
    for key in [*stages, "serial"]:
        cells = " | ".join(f"{statistics.median(r.get(key, 0.0) for r in runs[s]):.3f}" for s in SETTINGS)
        print(f"| {key.removeprefix('serial:')} | {cells} |")
    halves = (med("one", "own_reading") + med("one", "own_tables")) / 2
    bound = halves + med("one", "serial")
    print(
        f"\nBound: one process's reading and tables halved at no cost ({halves:.3f} s) plus its serial part"
        f" ({med('one', 'serial'):.3f} s) = {bound:.3f} s, {bound / one_cpu:.2f}× one process's CPU."
    )


def _stage_order(key: str) -> int:
    from bench.critical import SERIAL

    names = [name for _m, _f, name in SERIAL] + ["rest"]
    return names.index(key.removeprefix("serial:"))


if __name__ == "__main__":
    main()
