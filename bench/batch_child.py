"""One measured batch in a fresh interpreter; prints one JSON line (see `cores.run_batch`).

    python bench/batch_child.py --jobs N --out DIR REPORT.pdf ...

Times what `ogi-extract batch --to json DIR` does after its imports: the
workers started (`batch.start_workers`), every report parsed and audited, each
written to the JSON folder. CPU seconds: this process's and every worker's
(`RUSAGE_CHILDREN`, after the pool is shut down); the critical path adds this
process's to an even share of the workers' (the busiest worker's share is at
least that).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pdfs", nargs="+", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    from ogi_extract.batch import Task, convert_many, find_pdfs, open_sink, start_workers
    from ogi_extract.export.output import InputFiles

    shutil.rmtree(args.out, ignore_errors=True)
    tasks = [Task(str(p), name) for p, name in find_pdfs(args.pdfs)]
    start, cpu_start = time.perf_counter(), time.process_time()
    pool = start_workers(args.jobs, len(tasks))
    summary = convert_many(tasks, open_sink("json", args.out, InputFiles([])), jobs=args.jobs, pool=pool)
    seconds = time.perf_counter() - start
    own = time.process_time() - cpu_start
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = children.ru_utime + children.ru_stime
    if summary.failed:
        raise SystemExit(f"{len(summary.failed)} reports failed: {summary.failed[0].error}")
    # Reports are handed out as workers free up, so each worker's own share is
    # not known here: an even share is the busiest one's floor.
    busiest = workers / max(1, min(args.jobs, len(tasks))) if args.jobs > 1 else own
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu_seconds": own + workers,
                "critical_cpu_seconds": busiest + (own if args.jobs > 1 else 0.0),
                "reports": len(tasks),
            }
        )
    )


if __name__ == "__main__":
    main()
