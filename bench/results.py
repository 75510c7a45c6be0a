"""The figures of one bench run and their Markdown (`bench/RESULTS.md`)."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from .hotspots import Profile
from .intact import Score
from .cores import Cores, core_goals
from .startup import BARE, HELP, HELP_GOAL
from .cores import render as render_cores
from .synthetic import ChildRun

NOTES = Path(__file__).resolve().parent / "notes.md"
DEFINITIONS = Path(__file__).resolve().parent / "definitions.md"

FLOOR_GOAL = 2.0  # issue 16; the goal beyond it is 1.25
PLUMBER_GOAL = 20.0
CAMELOT_GOAL = 50.0
SCALING_GOAL = 1.05  # per-page time of the large report over the small one's
RSS_GOAL_MB = 200.0
RSS_GOAL_PAGES = 1000


@dataclass(slots=True)
class Contender:
    name: str
    median: float | None
    reps: int
    error: str | None
    score: Score | None
    stages: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)  # median s, × floor
    x_floor: float | None = None  # paired ratios, see timing.paired_ratio
    x_ogi: float | None = None
    x_floor_cpu: float | None = None  # the same in CPU seconds of this process
    x_ogi_cpu: float | None = None


@dataclass(slots=True)
class Scaling:
    small_pages: int
    large_pages: int
    small_seconds: float | None = None
    large_seconds: float | None = None
    peak_rss_mb: float | None = None
    baseline_rss_mb: float | None = None
    small_intact: str = ""
    large_intact: str = ""
    reps: int = 0
    error: str | None = None

    paired: float | None = None  # median of large / mean of the small runs either side
    paired_cpu: float | None = None  # the same in CPU seconds
    large_x_floor: float | None = None  # median over the large runs of parse / floor, in the same process
    large_x_floor_cpu: float | None = None

    @classmethod
    def from_runs(cls, small_pages: int, large_pages: int, small: list[ChildRun], large: list[ChildRun]) -> Scaling:
        """`small` has one run more than `large`: small[i] and small[i + 1] were run around large[i]."""

        def intact(runs: list[ChildRun]) -> str:
            r = runs[-1]
            return f"{r.intact}/{r.total}" if r.total is not None else ""

        def paired(key: str) -> float | None:
            pairs = [
                getattr(big, key) / ((getattr(small[i], key) + getattr(small[i + 1], key)) / 2)
                for i, big in enumerate(large)
                if i + 1 < len(small)
            ]
            return statistics.median(pairs) if pairs else None

        def x_floor(key: str, floor_key: str) -> float | None:
            ratios = [getattr(r, key) / getattr(r, floor_key) for r in large if getattr(r, floor_key)]
            return statistics.median(ratios) if ratios else None

        return cls(
            small_pages,
            large_pages,
            statistics.median(r.seconds for r in small),
            statistics.median(r.seconds for r in large),
            max(r.peak_rss_mb for r in large),
            min(r.baseline_rss_mb for r in large),
            intact(small),
            intact(large),
            len(large),
            paired=paired("seconds"),
            paired_cpu=paired("cpu_seconds"),
            large_x_floor=x_floor("seconds", "floor_seconds"),
            large_x_floor_cpu=x_floor("cpu_seconds", "floor_cpu_seconds"),
        )

    @property
    def per_page_cpu_ratio(self) -> float | None:
        return self.paired_cpu / (self.large_pages / self.small_pages) if self.paired_cpu else None

    @property
    def ratio(self) -> float | None:
        if self.paired is not None:
            return self.paired
        if self.small_seconds and self.large_seconds:
            return self.large_seconds / self.small_seconds
        return None

    @property
    def per_page_ratio(self) -> float | None:
        r = self.ratio
        return r / (self.large_pages / self.small_pages) if r else None


@dataclass(slots=True)
class Results:
    machine: dict[str, object]
    pdf: Path
    pages: int
    subset: tuple[int, int] | None
    golden_rows: int
    broken_rows: list[str]
    contenders: list[Contender]
    scaling: Scaling
    profile: Profile | str
    quick: bool
    command: str
    seconds: float
    seed: int
    roles: dict[str, str] = field(default_factory=dict)  # "floor", "ogi", "plumber", "camelot" -> contender name
    cores: Cores | None = None
    load_at_end: str = ""
    startup: dict[str, float] = field(default_factory=dict)  # command -> median seconds (`startup.measure`)

    def get(self, name: str) -> Contender | None:
        return next((c for c in self.contenders if c.name == name), None)

    def role(self, role: str) -> Contender | None:
        return self.get(self.roles.get(role, ""))

    def summary(self) -> dict[str, object]:
        return {
            "machine": self.machine,
            "pdf": str(self.pdf),
            "pages": self.pages,
            "subset": self.subset,
            "contenders": {
                c.name: {
                    "median_s": c.median,
                    "reps": c.reps,
                    "error": c.error,
                    "stages": c.stages,
                    "x_floor": c.x_floor,
                    "x_ogi": c.x_ogi,
                    "intact_paired": c.score.paired if c.score else None,
                    "intact_strict": c.score.strict if c.score else None,
                }
                for c in self.contenders
            },
            "scaling": {k: getattr(self.scaling, k) for k in Scaling.__slots__},
            "startup": self.startup,
            "cores": None
            if self.cores is None
            else {
                "jobs_wall": self.cores.jobs_wall,
                "jobs_critical_path": self.cores.jobs_critical_path,
                "batch_speedup": self.cores.batch_speedup,
                "batch_cpu_speedup": self.cores.batch_cpu_speedup,
                "machine_capacity": self.cores.machine_capacity,
                "cpu_inflation": self.cores.cpu_inflation,
            },
        }


def _fmt(x: float | None, spec: str = ".2f", suffix: str = "") -> str:
    return "—" if x is None else f"{x:{spec}}{suffix}"


def _met(ok: bool | None) -> str:
    return "n/a" if ok is None else ("**met**" if ok else "**not met**")


def goals(results: Results) -> list[tuple[str, str, bool | None]]:
    ogi, plumber, camelot = results.role("ogi"), results.role("plumber"), results.role("camelot")
    rows: list[tuple[str, str, bool | None]] = []
    r = ogi.x_floor if ogi else None
    rows.append(
        (
            f"parse (one process) ≤ {FLOOR_GOAL}× the floor on the replica",
            f"{_fmt(r, '.2f', '×')} (CPU: {_fmt(ogi.x_floor_cpu if ogi else None, '.2f', '×')})",
            None if r is None else r <= FLOOR_GOAL,
        )
    )
    s = results.scaling
    r = s.large_x_floor
    rows.append(
        (
            f"parse (one process) ≤ {FLOOR_GOAL}× the floor on the {s.large_pages}-page synthetic report",
            f"{_fmt(r, '.2f', '×')} (CPU: {_fmt(s.large_x_floor_cpu, '.2f', '×')})",
            None if r is None else r <= FLOOR_GOAL,
        )
    )
    if results.cores is not None:
        rows += core_goals(results.cores)
    r = plumber.x_ogi if plumber else None
    met = None if r is None else r >= PLUMBER_GOAL
    cpu = _fmt(plumber.x_ogi_cpu if plumber else None, ".1f", "×")
    rows.append((f"≥ {PLUMBER_GOAL:.0f}× faster than pdfplumber extract_tables", f"{_fmt(r, '.1f', '×')} (CPU: {cpu})", met))
    r = camelot.x_ogi if camelot else None
    met = None if r is None else r >= CAMELOT_GOAL
    cpu = _fmt(camelot.x_ogi_cpu if camelot else None, ".1f", "×")
    rows.append((f"≥ {CAMELOT_GOAL:.0f}× faster than Camelot lattice", f"{_fmt(r, '.1f', '×')} (CPU: {cpu})", met))
    ppr = s.per_page_ratio
    rows.append(
        (
            f"per-page time at {s.large_pages} pages ≤ {SCALING_GOAL}× that at {s.small_pages}",
            f"{_fmt(s.ratio, '.2f', '×')} the time for {_fmt(s.large_pages / s.small_pages, '.2f', '×')} the pages"
            f" = {_fmt(ppr, '.2f', '×')} per page (CPU: {_fmt(s.per_page_cpu_ratio, '.2f', '×')})",
            None if ppr is None else ppr <= SCALING_GOAL,
        )
    )
    big_enough = s.large_pages >= RSS_GOAL_PAGES * 0.95
    rows.append(
        (
            f"peak RSS ≤ {RSS_GOAL_MB:.0f} MB at {RSS_GOAL_PAGES} pages",
            _fmt(s.peak_rss_mb, ".0f", f" MB at {s.large_pages} pages"),
            None if s.peak_rss_mb is None or not big_enough else s.peak_rss_mb <= RSS_GOAL_MB,
        )
    )
    helped = results.startup.get(HELP)
    bare = results.startup.get(BARE)
    rows.append(
        (
            f"`ogi-extract --help` ≤ {HELP_GOAL} s median",
            _fmt(helped, ".3f", " s") + (f" (bare `python -c pass`: {bare:.3f} s)" if bare else ""),
            None if helped is None else helped <= HELP_GOAL,
        )
    )
    return rows


def _machine(results: Results) -> list[str]:
    m = results.machine
    versions = m.get("versions", {})
    assert isinstance(versions, dict)
    lines = [
        "## Machine",
        "",
        f"- CPU: {m['cpu']}, {m['cores']} cores; memory {m.get('memory_mb') or '?'} MB; {m['os']}",
        f"- Python {m['python']}; " + ", ".join(f"{k} {v}" for k, v in versions.items()),
        f"- Load average (1 min) when the run began and ended: {m.get('load', '?')}, {results.load_at_end or '?'}"
        " — the machine is shared; above 2, the neighbours held cores and wall times are noisy",
        "",
    ]
    return lines


def _race(results: Results) -> list[str]:
    lines = [
        "## Speed and correctness on the replica",
        "",
        f"Input: `{results.pdf}`"
        + (f", pages {results.subset[0]}-{results.subset[1]} only" if results.subset else "")
        + f" ({results.pages} pages). Medians of interleaved repetitions in one process; the ratios are"
        " medians of side-by-side ratios (each sample over the reference sample taken next to it), so they"
        " need not equal the ratio of the medians. The floor and ogi-extract also run between the slow"
        " contenders, hence their larger sample counts; a slow contender's × floor is its × ogi-extract"
        " times ogi-extract's × floor."
        f" Intact rows are out of the {results.golden_rows} golden target rows (definitions below)"
        + (
            "; on a page subset, only the rows each of whose fields is found whole inside it, so rows that"
            " a page break splits are left out and the subset flatters the peers."
            if results.subset
            else "."
        ),
        "",
        "| contender | samples | median s | ms/page | × floor (CPU) | × ogi-extract (CPU) | intact (paired)"
        " | intact (strict) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for c in results.contenders:
        if c.median is None:
            lines.append(f"| {c.name} | {c.reps} | — | — | — | — | — | — |")
            continue
        per_page = c.median / results.pages * 1000
        paired = f"{c.score.paired}/{c.score.total}" if c.score else "—"
        strict = f"{c.score.strict}/{c.score.total}" if c.score else "—"
        lines.append(
            f"| {c.name} | {c.reps} | {c.median:.3f} | {per_page:.1f} | {_fmt(c.x_floor, '.2f')}"
            f" ({_fmt(c.x_floor_cpu, '.2f')}) | {_fmt(c.x_ogi, '.2f')} ({_fmt(c.x_ogi_cpu, '.2f')})"
            f" | {paired} | {strict} |"
        )
        for stage, (seconds, x_floor) in c.stages.items():
            if seconds is None:
                continue
            lines.append(
                f"| &nbsp;&nbsp;↳ {stage} | | {seconds:.3f} | {seconds / results.pages * 1000:.1f}"
                f" | {_fmt(x_floor, '.2f')} | | | |"
            )
    failed = [c for c in results.contenders if c.error]
    if failed:
        lines += ["", "Not measured:"] + [f"- {c.name}: {c.error}" for c in failed]
    lines.append("")
    return lines


def _losses(results: Results) -> list[str]:
    broken = set(results.broken_rows)
    lines = [
        "## What generic extraction loses",
        "",
        f"At least {len(broken)} of the {results.golden_rows} golden rows cross a page break"
        " (their fields are not all found whole on any one page of the full replica). Rows each"
        " contender missed, by cause:",
        "",
        "| contender | missed (paired) | of which cross a page break | on one page |",
        "|---|---:|---:|---:|",
    ]
    for c in results.contenders:
        if c.score is None:
            continue
        across = sum(1 for m in c.score.missed if m in broken)
        lines.append(f"| {c.name} | {len(c.score.missed)} | {across} | {len(c.score.missed) - across} |")
    lines += [
        "",
        "A generic extractor returns each page's table on its own, so a row that continues on the next"
        " page comes back as two partial rows, and the report's row span (the target cell spans the"
        " achievement/score sub-row and the co-creation/label sub-row) comes back as two table rows:"
        " the strict column counts rows recovered as one table row, the paired column also accepts the"
        " row below. Misses \"on one page\" are rows whose cells an extractor split, merged or bounded"
        " wrongly, or rows that the page-break test could not see as broken (a break just before a"
        " short label cell).",
        "",
    ]
    return lines


def _scaling(results: Results) -> list[str]:
    s = results.scaling
    lines = ["## Long reports (synthetic)", ""]
    if s.error:
        return lines + [f"Not measured: {s.error}", ""]
    lines += [
        f"`ogi_extract.synth.make_report({results.seed}, pages_hint=N)`, generated once into bench/.cache/."
        f" Each parse runs in a fresh interpreter after a warm-up parse of a 3-page report (imports, grammar,"
        f" compiled patterns): the small report first, then {s.reps} rounds of (large, small); the ratio is the"
        " median over the large parses of each one's time over the mean of the two small parses beside it."
        " After each parse the child times the floor on the same PDF: × floor is the median over the large"
        " parses of each one's time over that floor's (wall, and CPU in brackets)."
        " Peak RSS is the child's high-water mark"
        " (VmHWM of /proc/self/status; `ru_maxrss` would carry the forking parent's size across exec),"
        " the largest of the rounds.",
        "",
        "| report | pages | parse s (median) | ms/page | ratio (CPU) | × floor (CPU) | peak RSS MB"
        " | baseline RSS MB | intact |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| small | {s.small_pages} | {_fmt(s.small_seconds, '.2f')} |"
        f" {_fmt((s.small_seconds or 0) / s.small_pages * 1000, '.1f')} | 1 | | | | {s.small_intact} |",
        f"| large | {s.large_pages} | {_fmt(s.large_seconds, '.2f')} |"
        f" {_fmt((s.large_seconds or 0) / s.large_pages * 1000, '.1f')} | {_fmt(s.ratio, '.2f')}"
        f" ({_fmt(s.paired_cpu, '.2f')}) | {_fmt(s.large_x_floor, '.2f')} ({_fmt(s.large_x_floor_cpu, '.2f')}) |"
        f" {_fmt(s.peak_rss_mb, '.0f')} | {_fmt(s.baseline_rss_mb, '.0f')} | {s.large_intact} |",
        "",
    ]
    return lines


def _profile(results: Results) -> list[str]:
    lines = ["## Profile of `ogi_extract.parse` on the same input", ""]
    p = results.profile
    if isinstance(p, str):
        return lines + [f"Not profiled: {p}", ""]
    lines += [
        f"pyinstrument, 1 ms sampling, one parse: {p.total:.2f} s. *Own time* is the function's own code"
        " plus the library and builtin calls it makes directly (up to the next ogi_extract frame): what"
        " rewriting that one function can win back. The full call tree is in bench/.cache/profile.txt.",
        "",
        "| function | where | own s | share | mostly in |",
        "|---|---|---:|---:|---|",
    ]
    for h in p.hotspots:
        share = h.own / p.total * 100 if p.total else 0
        lines.append(f"| `{h.function}` | {h.location} | {h.own:.3f} | {share:.0f}% | {h.calls_into} |")
    lines += ["", "By module (own time summed):", "", "| module | own s |", "|---|---:|"]
    for module, seconds in p.modules[:10]:
        lines.append(f"| {module} | {seconds:.3f} |")
    lines.append("")
    return lines


def _startup(results: Results) -> list[str]:
    if not results.startup:
        return []
    bare = results.startup.get(BARE)
    lines = ["## Start-up", "", "Each command in fresh interpreters (`bench/startup.py`), medians.", "",
             "| command | median s | × bare python |", "|---|---:|---:|"]
    for name, seconds in results.startup.items():
        lines.append(f"| `{name}` | {seconds:.3f} | {_fmt(seconds / bare if bare else None, '.1f')} |")
    lines.append("")
    return lines


def render(results: Results) -> str:
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    lines = [
        "# Benchmark results",
        "",
        f"Written by `{results.command}` on {when}, in {results.seconds:.0f} s"
        + (
            " — **quick run**: a page subset and small synthetic reports; the ratios are indicative only."
            if results.quick
            else "."
        ),
        "Every figure is measured in this one run on this machine; compare ratios, not seconds, across runs.",
        "",
    ]
    lines += _machine(results)
    lines += ["## Goals", "", "| goal | measured | |", "|---|---|---|"]
    lines += [f"| {g} | {m} | {_met(ok)} |" for g, m, ok in goals(results)]
    lines.append("")
    lines += _race(results)
    lines += _losses(results)
    lines += _scaling(results)
    if results.cores is not None:
        lines += render_cores(results.cores)
    lines += _startup(results)
    lines += _profile(results)
    if NOTES.exists():
        lines += [NOTES.read_text(encoding="utf-8").rstrip(), ""]
    lines.append(DEFINITIONS.read_text(encoding="utf-8"))
    return "\n".join(lines).rstrip() + "\n"
