"""Benchmark ogi-extract against the PyMuPDF floor and generic table extractors; writes RESULTS.md.

    python bench/run.py             # full run, about 6-8 minutes on 2 cores
    python bench/run.py --quick     # 10 replica pages, small synthetic reports: under a minute
    python bench/run.py --reps 7 --slow-reps 3 --camelot-reps 1 --out /tmp/RESULTS.md

All contenders run in this one process, interleaved round by round (see
`timing.py`), and are reported as medians and as ratios to each other; the
synthetic long reports are parsed in fresh processes for their peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import cores, hotspots, intact, peers, startup, synthetic  # noqa: E402
from bench.machine import machine_info  # noqa: E402
from bench.results import Contender, Results, Scaling, render  # noqa: E402
from bench.timing import Staged, Task, paired_ratio, run_interleaved  # noqa: E402

REPLICA = ROOT / "samples" / "monev-2021" / "monev-2021.pdf"
GOLDEN = ROOT / "golden" / "monev-2021.json"
CACHE = ROOT / "bench" / ".cache"
QUICK_PAGES = (22, 31)  # from the detail section's heading on, so ogi-extract has records to find

FLOOR = "floor: words + get_drawings()"
FLOOR_C = "floor: words + get_cdrawings()"
TRACE = "texttrace + get_cdrawings() (the backend's reads)"
OGI = "ogi-extract parse, pymupdf backend"
OGI_PLUMBER = "ogi-extract parse, pdfplumber backend"
PLUMBER = "pdfplumber extract_tables()"
MUPDF_TABLES = "PyMuPDF find_tables()"
CAMELOT = "Camelot lattice"
STAGE_OPEN = "layout open_document()"
STAGE_RECORDS = "parse_document()"


@dataclass(slots=True)
class Config:
    pdf: Path = REPLICA
    golden: Path = GOLDEN
    pages: tuple[int, int] | None = None
    reps: int = 5
    slow_reps: int = 3
    camelot_reps: int = 1
    camelot: bool = True
    synth_pages: tuple[int, int] = (100, 1000)
    synth_reps: int = 3
    jobs_reps: int = 3  # rounds of (jobs=2, jobs=1) on the large synthetic report, and of batch --jobs 2 / 1
    seed: int = 2021
    profile: bool = True
    out: Path = ROOT / "bench" / "RESULTS.md"
    cache: Path = CACHE
    quick: bool = False
    startup_runs: int = 11  # fresh interpreters per command for the start-up medians (0 skips them)


def _page_range(text: str) -> tuple[int, int]:
    first, _, last = text.partition("-")
    a, b = int(first), int(last or first)
    if not 1 <= a <= b:
        raise argparse.ArgumentTypeError(f"bad page range {text!r}")
    return a, b


def _pair(text: str) -> tuple[int, int]:
    small, _, large = text.partition(",")
    return int(small), int(large)


def parse_args(argv: list[str] | None = None) -> Config:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="10 replica pages, 1 slow rep, 50/500-page synthetics")
    p.add_argument("--pdf", type=Path, default=REPLICA, help="the report to race on (default: the replica)")
    p.add_argument("--golden", type=Path, default=GOLDEN, help="its golden records (golden or synthetic truth)")
    p.add_argument("--pages", type=_page_range, help="race on these pages only, e.g. 30-39")
    p.add_argument("--reps", type=int, help="repetitions of the fast contenders (floor, ogi-extract)")
    p.add_argument("--slow-reps", type=int, help="repetitions of pdfplumber-based contenders and find_tables")
    p.add_argument("--camelot-reps", type=int, help="repetitions of Camelot (0 skips it)")
    p.add_argument("--synth-pages", type=_pair, help="small,large synthetic page counts (default 100,1000)")
    p.add_argument("--synth-reps", type=int, help="fresh-process parses of each synthetic report")
    p.add_argument("--seed", type=int, default=2021, help="seed of the synthetic reports")
    p.add_argument("--no-profile", action="store_true", help="skip the pyinstrument profile")
    p.add_argument("--jobs-reps", type=int, help="rounds of the several-cores runs (0 skips them)")
    p.add_argument("--startup-runs", type=int, help="fresh interpreters per command for start-up (0 skips it)")
    p.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    p.add_argument("--cache", type=Path, default=CACHE)
    a = p.parse_args(argv)
    cfg = Config(pdf=a.pdf, golden=a.golden, seed=a.seed, out=a.out, cache=a.cache, quick=a.quick)
    if a.quick:
        cfg.pages, cfg.reps, cfg.slow_reps, cfg.camelot_reps = QUICK_PAGES, 3, 1, 1
        cfg.synth_pages, cfg.synth_reps = (50, 500), 1
    cfg.pages = a.pages or cfg.pages
    cfg.reps = a.reps if a.reps is not None else cfg.reps
    cfg.slow_reps = a.slow_reps if a.slow_reps is not None else cfg.slow_reps
    cfg.camelot_reps = a.camelot_reps if a.camelot_reps is not None else cfg.camelot_reps
    cfg.camelot = cfg.camelot_reps > 0
    cfg.synth_pages = a.synth_pages or cfg.synth_pages
    cfg.synth_reps = a.synth_reps if a.synth_reps is not None else cfg.synth_reps
    cfg.profile = not a.no_profile
    cfg.startup_runs = a.startup_runs if a.startup_runs is not None else (5 if a.quick else cfg.startup_runs)
    if a.quick:
        cfg.jobs_reps = 1
    cfg.jobs_reps = a.jobs_reps if a.jobs_reps is not None else cfg.jobs_reps
    return cfg


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def race_input(cfg: Config) -> Path:
    """The PDF every contender reads: the report itself, or the chosen pages of it."""
    if cfg.pages is None:
        return cfg.pdf
    import pymupdf

    first, last = cfg.pages
    cfg.cache.mkdir(parents=True, exist_ok=True)
    out = cfg.cache / f"{cfg.pdf.stem}-p{first}-{last}.pdf"
    with pymupdf.open(cfg.pdf) as src, pymupdf.open() as dst:
        last = min(last, src.page_count)
        dst.insert_pdf(src, from_page=first - 1, to_page=last - 1)
        dst.save(out, garbage=3, deflate=True)
    cfg.pages = (first, last)
    return out


def ogi_staged(path: Path, backend: str) -> Staged:
    """`ogi_extract.parse` spelled out as its two stages, each timed."""
    from ogi_extract.layout import open_document
    from ogi_extract.pipeline import read_document as parse_document

    t0 = time.perf_counter()
    doc = open_document(str(path), backend=backend)
    t1 = time.perf_counter()
    report = parse_document(doc, file=path.name)
    t2 = time.perf_counter()
    return Staged({STAGE_OPEN: t1 - t0, STAGE_RECORDS: t2 - t1}, report)


def tasks_for(path: Path, cfg: Config, camelot_problem: str | None) -> tuple[list[Task], list[Task]]:
    """The anchors (floor and ogi-extract, the reference last) and the slow contenders."""
    anchors = [Task(FLOOR, lambda: peers.floor(path), cfg.reps)]
    if peers.has_cdrawings():
        anchors.append(Task(FLOOR_C, lambda: peers.floor_cdrawings(path), cfg.reps))
    if peers.has_texttrace() and peers.has_cdrawings():
        anchors.append(Task(TRACE, lambda: peers.texttrace_cdrawings(path), cfg.reps))
    anchors.append(Task(OGI, lambda: ogi_staged(path, "pymupdf"), cfg.reps))
    slow = [
        Task(OGI_PLUMBER, lambda: ogi_staged(path, "pdfplumber"), max(1, cfg.slow_reps - 1)),
        Task(PLUMBER, lambda: peers.pdfplumber_tables(path), cfg.slow_reps),
        Task(MUPDF_TABLES, lambda: peers.pymupdf_tables(path), cfg.slow_reps),
    ]
    if cfg.camelot and camelot_problem is None:
        slow.append(Task(CAMELOT, lambda: peers.camelot_tables(path), cfg.camelot_reps))
    return anchors, slow


def replica_page_texts(path: Path) -> list[str]:
    import pymupdf

    with pymupdf.open(path) as doc:
        return [page.get_text() for page in doc]


def contenders(path: Path, cfg: Config, golden: list[intact.GoldenRow], keys: intact.Keys) -> list[Contender]:
    camelot_problem = peers.camelot_available() if cfg.camelot else "skipped (--camelot-reps 0)"
    anchors, slow = tasks_for(path, cfg, camelot_problem)
    timings = run_interleaved(slow, anchors=anchors, progress=_say)
    floor, ogi = timings[FLOOR], timings[OGI]
    ogi_x_floor = paired_ratio(ogi, floor)
    ogi_x_floor_cpu = paired_ratio(ogi, floor, "cpu")
    out: list[Contender] = []
    for name, t in timings.items():
        score = None
        if t.error is None and t.result is not None and not isinstance(t.result, int):
            if name in (OGI, OGI_PLUMBER):
                score = intact.score_records(golden, t.result.targets, keys)  # type: ignore[attr-defined]
            else:
                score = intact.score_tables(golden, t.result, keys)  # type: ignore[arg-type]
        x_ogi, x_ogi_cpu = paired_ratio(t, ogi), paired_ratio(t, ogi, "cpu")
        # A slow contender is measured beside ogi-extract, not beside the floor: chain the two ratios.
        if t is floor or t is ogi or name in (FLOOR_C, TRACE):
            x_floor, x_floor_cpu = paired_ratio(t, floor), paired_ratio(t, floor, "cpu")
        else:
            x_floor, x_floor_cpu = _times(x_ogi, ogi_x_floor), _times(x_ogi_cpu, ogi_x_floor_cpu)
        stages = {}
        for stage in t.stages:
            st = t.stage_timing(stage)
            st_floor = paired_ratio(st, floor) if t is ogi else _times(paired_ratio(st, ogi), ogi_x_floor)
            stages[stage] = (t.stage_median(stage), st_floor)
        out.append(
            Contender(name, t.median, len(t.samples), t.error, score, stages, x_floor, x_ogi, x_floor_cpu, x_ogi_cpu)
        )
    if camelot_problem is not None:
        out.append(Contender(CAMELOT, None, 0, camelot_problem, None))
    return out


def _times(a: float | None, b: float | None) -> float | None:
    return a * b if a is not None and b is not None else None


def scaling(cfg: Config) -> Scaling:
    small_n, large_n = cfg.synth_pages
    try:
        _say(f"synthetic reports: {small_n} and {large_n} pages (seed {cfg.seed}), cached in {cfg.cache}")
        warm = synthetic.synthetic_report(cfg.cache, cfg.seed, 3)
        small = synthetic.synthetic_report(cfg.cache, cfg.seed, small_n)
        large = synthetic.synthetic_report(cfg.cache, cfg.seed, large_n)
        # small, then (large, small) per round: each large parse has a small one on either side.
        small_runs = [synthetic.measure_in_child(small.pdf, warmup=warm.pdf, truth=small.truth, floor=True)]
        large_runs: list[synthetic.ChildRun] = []
        for r in range(cfg.synth_reps):
            for f, runs in ((large, large_runs), (small, small_runs)):
                run = synthetic.measure_in_child(f.pdf, warmup=warm.pdf, truth=f.truth, floor=True)
                runs.append(run)
                _say(f"  round {r + 1}/{cfg.synth_reps} {f.pages} pages: {run.seconds:.2f} s, {run.peak_rss_mb:.0f} MB")
    except Exception as exc:  # noqa: BLE001 - the parser failing is a result to report
        return Scaling(small_n, large_n, error=f"{type(exc).__name__}: {exc}"[:600])
    return Scaling.from_runs(small.pages, large.pages, small_runs, large_runs)


def several_cores(cfg: Config) -> cores.Cores | None:
    """`parse(jobs=2)` on the large synthetic report and `batch --jobs 2` on 20 corpus reports, against one process."""
    if cfg.jobs_reps <= 0:
        return None
    warm = synthetic.synthetic_report(cfg.cache, cfg.seed, 3)
    large = synthetic.synthetic_report(cfg.cache, cfg.seed, cfg.synth_pages[1])
    out = cores.Cores(report=f"synthetic, seed {cfg.seed}", pages=large.pages)
    small = synthetic.synthetic_report(cfg.cache, cfg.seed, cfg.synth_pages[0])
    out.capacity_report = f"synthetic, seed {cfg.seed}, {small.pages} pages"
    _say(f"several cores: the machine's capacity, one and two independent parses of {small.pages} pages")
    out.capacity = cores.measure_capacity(small.pdf, warm.pdf, cfg.jobs_reps, _say)
    _say(f"several cores: parse of {large.pages} pages with jobs=2 and 1, {cfg.jobs_reps} rounds")
    out.parse = cores.measure_jobs(large.pdf, large.pages, warm.pdf, cfg.jobs_reps, _say)
    inputs = cores.batch_inputs()
    out.batch_files = len(inputs)
    _say(f"several cores: batch of {len(inputs)} corpus reports with --jobs 2 and 1, {cfg.jobs_reps} rounds")
    out.batch = cores.measure_batch(inputs, cfg.jobs_reps, cfg.cache, _say)
    return out


def profile_parse(path: Path) -> hotspots.Profile | str:
    problem = hotspots.profiler_available()
    if problem:
        return problem
    try:
        from ogi_extract import parse

        return hotspots.profile(lambda: parse(str(path)))
    except Exception as exc:  # noqa: BLE001
        return f"profile failed: {type(exc).__name__}: {exc}"


def main(argv: list[str] | None = None) -> int:
    cfg = parse_args(argv)
    started = time.time()
    machine = machine_info()  # now: its load average is the one the run began with
    keys = intact.Keys()
    golden = intact.load_golden(cfg.golden)
    path = race_input(cfg)
    _say(f"racing on {path.name} ({'pages %d-%d' % cfg.pages if cfg.pages else 'all pages'})")
    broken = intact.rows_broken_by_pages(golden, replica_page_texts(cfg.pdf), keys)
    if cfg.pages is not None:
        # On a subset only the rows printed wholly inside it can be recovered; score those.
        golden = intact.rows_within(golden, replica_page_texts(path), keys)
    race = contenders(path, cfg, golden, keys)
    scale = scaling(cfg)
    multi = several_cores(cfg)
    _say("start-up: the commands' median times in fresh interpreters")
    started_up = startup.measure(cfg.startup_runs) if cfg.startup_runs > 0 else {}
    prof = profile_parse(path) if cfg.profile else "skipped (--no-profile)"
    if isinstance(prof, hotspots.Profile):
        cfg.cache.mkdir(parents=True, exist_ok=True)
        (cfg.cache / "profile.txt").write_text(prof.text, encoding="utf-8")
    results = Results(
        machine=machine,
        pdf=cfg.pdf.relative_to(ROOT) if cfg.pdf.is_relative_to(ROOT) else cfg.pdf,
        pages=_page_count(path),
        subset=cfg.pages,
        golden_rows=len(golden),
        broken_rows=sorted(broken & {g.id for g in golden}),
        contenders=race,
        scaling=scale,
        profile=prof,
        quick=cfg.quick,
        command=" ".join(["python bench/run.py", *(argv if argv is not None else sys.argv[1:])]),
        seconds=time.time() - started,
        seed=cfg.seed,
        roles={"floor": FLOOR, "ogi": OGI, "plumber": PLUMBER, "camelot": CAMELOT},
        cores=multi,
        load_at_end=f"{os.getloadavg()[0]:.1f}",
        startup=started_up,
    )
    cfg.out.parent.mkdir(parents=True, exist_ok=True)
    cfg.out.write_text(render(results), encoding="utf-8")
    cfg.cache.mkdir(parents=True, exist_ok=True)
    (cfg.cache / "results.json").write_text(json.dumps(results.summary(), indent=2, default=str), encoding="utf-8")
    _say(f"wrote {cfg.out} in {results.seconds:.0f} s")
    return 0


def _page_count(path: Path) -> int:
    import pymupdf

    with pymupdf.open(path) as doc:
        return doc.page_count


if __name__ == "__main__":
    raise SystemExit(main())
