"""One measured parse in a fresh interpreter; prints one JSON line (see `synthetic.measure_in_child`).

    python bench/child.py REPORT.pdf [--warmup SMALL.pdf] [--truth TRUTH.json] [--backend pymupdf] [--jobs N] [--floor]

The warm-up parse of a small report first pays for imports, grammar loading and
pattern compilation, so that the timed parse measures work that grows with the
document. Peak RSS is the process's high-water mark at the end (VmHWM, see
`peak_rss_mb`); the baseline is the mark just before the timed parse. CPU
seconds are this process's (`process_time`) and, with `--jobs`, its page
processes' (`RUSAGE_CHILDREN`), and the critical path by CPU (`critical.py`):
on a shared machine they say what the parse costs when wall time says mostly
how busy the machine was.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def peak_rss_mb() -> float:
    """This process's peak resident set, in MB.

    VmHWM belongs to the process's own address space, which exec replaces, so
    it starts afresh here. `ru_maxrss` does not: Linux carries the high-water
    mark of the forked copy of the parent across exec, so a child of a big
    bench process would report the parent's size.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # kilobytes on Linux


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pdf", type=Path)
    parser.add_argument("--warmup", type=Path)
    parser.add_argument("--truth", type=Path)
    parser.add_argument("--backend", default="pymupdf")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--floor", action="store_true", help="then time the floor on the same PDF (after the peak)")
    args = parser.parse_args(argv)

    from ogi_extract import parse

    if args.warmup is not None:
        parse(str(args.warmup), backend=args.backend)
    probe = None
    if args.jobs > 1:
        from bench.critical import Probe

        probe = Probe()
        probe.start()
    baseline = peak_rss_mb()
    start, cpu_start = time.perf_counter(), time.process_time()
    report = parse(str(args.pdf), backend=args.backend, jobs=args.jobs)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    critical = cpu
    if probe is not None:
        critical = probe.critical_path(cpu)
        probe.close()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = peak_rss_mb()
    floor = floor_cpu = None
    if args.floor:
        from bench.peers import floor as read_floor

        start, cpu_start = time.perf_counter(), time.process_time()
        read_floor(args.pdf)
        floor, floor_cpu = time.perf_counter() - start, time.process_time() - cpu_start
    intact = total = None
    if args.truth is not None:
        from bench.intact import Keys, load_golden, score_records

        score = score_records(load_golden(args.truth), report.targets, Keys())
        intact, total = score.strict, score.total
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu_seconds": cpu,
                "children_cpu_seconds": children.ru_utime + children.ru_stime,
                "critical_cpu_seconds": critical,
                "floor_seconds": floor,
                "floor_cpu_seconds": floor_cpu,
                "peak_rss_mb": peak,
                "baseline_rss_mb": baseline,
                "targets": len(report.targets),
                "intact": intact,
                "total": total,
            }
        )
    )


if __name__ == "__main__":
    main()
