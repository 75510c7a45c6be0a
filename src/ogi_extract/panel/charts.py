"""Pictures of a panel: each commitment's score over the periods, and implementers × periods.

Drawn with matplotlib's object API (no pyplot state, the Agg and SVG backends, the
DejaVu fonts matplotlib ships), so they render the same with no display and no
network. matplotlib is imported inside the functions that draw: the command line
starts without it. Scores are the mean `score_value` of the targets of a period;
the bands behind the lines are the edition's grade scale, so a point's band is
its grade.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .model import Panel, Row
from .scales import Scales, scales

#: Colours of the grades, best first (green, amber, red), and of "no score".
GRADE_COLOURS: tuple[str, ...] = ("#1a9850", "#f2b134", "#d73027")
NO_SCORE = "#d9d9d9"
FORMATS = ("png", "svg")


def _mean(values: Iterable[float]) -> float | None:
    listed = list(values)
    return sum(listed) / len(listed) if listed else None


def period_scores(rows: Iterable[Row]) -> dict[str, list[float]]:
    """Numeric scores per period."""
    out: dict[str, list[float]] = defaultdict(list)
    for r in rows:
        if r.get("period") and r.get("score_value") is not None:
            out[r["period"]].append(float(r["score_value"]))
    return out


def commitment_keys(panel: Panel) -> list[str]:
    """Every commitment key, by number (a key not joined right after the joined one)."""
    keys = {r["commitment_key"]: int(r["commitment"]) for r in panel.rows}
    return sorted(keys, key=lambda k: (keys[k], k))


def _figure(width: float, height: float) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def _encode(fig: Any, fmt: str, dpi: int) -> bytes:
    if fmt not in FORMATS:
        raise ValueError(f"chart format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    import matplotlib

    buf = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "ogi-extract", "svg.fonttype": "none"}):
        metadata: dict[str, Any] = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
        fig.savefig(buf, format=fmt, dpi=dpi, metadata=metadata)
    return buf.getvalue()


def _bands(ax: Any, sc: Scales) -> None:
    top = 105.0
    for (grade, low), colour in zip(sc.grades, GRADE_COLOURS):
        ax.axhspan(low, top, color=colour, alpha=0.13, linewidth=0)
        top = low


def _draw_commitment(ax: Any, rows: list[Row], periods: list[str], sc: Scales, title: str, show_bands: bool,
                     breaks: list[float]) -> None:
    _bands(ax, sc)
    for x in breaks:  # where one report's periods end and the next one's begin
        ax.axvline(x, color="#888888", linewidth=1, linestyle=(0, (3, 3)), zorder=1)
    scores = period_scores(rows)
    xs = list(range(len(periods)))
    for x, p in zip(xs, periods):
        values = scores.get(p, [])
        if values:  # each target as a small dot, spread a little sideways
            spread = [x + (i - (len(values) - 1) / 2) * 0.04 for i in range(len(values))]
            ax.scatter(spread, values, s=9, color="#555555", alpha=0.45, linewidths=0, zorder=2)
    means = [(_mean(scores.get(p, [])), x) for x, p in zip(xs, periods)]
    seen = [(x, m) for m, x in means if m is not None]
    if seen:
        ax.plot([x for x, _ in seen], [m for _, m in seen], color="#1f3b73", linewidth=2.2, marker="o",
                markersize=6, zorder=3)
        for x, m in seen:
            ax.annotate(f"{m:.0f}", (x, m), textcoords="offset points", xytext=(0, 7), ha="center",
                        fontsize=8.5, fontweight="bold", color="#1f3b73", zorder=4)
    else:
        ax.text(0.5, 0.5, "no scores", transform=ax.transAxes, ha="center", va="center", color="#777777")
    ax.set_xlim(-0.5, len(periods) - 0.5)
    ax.set_ylim(-5, 118)
    ax.set_xticks(xs, periods, fontsize=9)
    ax.set_yticks([0, 50, 100], ["0", "50", "100%"], fontsize=8)
    ax.set_title(title, fontsize=9, loc="left", fontweight="bold")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if show_bands:
        for (grade, low), colour in zip(sc.grades, GRADE_COLOURS):
            ax.text(1.01, min(low + 3, 100), grade, transform=ax.get_yaxis_transform(), fontsize=7.5,
                    color=colour, va="bottom", fontweight="bold")


def report_breaks(panel: Panel) -> list[float]:
    """x positions between the periods of consecutive reports."""
    periods = panel.periods
    out: list[float] = []
    for ref in panel.reports[1:]:
        firsts = [periods.index(p) for p in ref.periods if p in periods]
        if firsts and min(firsts) > 0:
            out.append(min(firsts) - 0.5)
    return sorted(set(out))


def _title(key: str, rows: list[Row], width: int) -> str:
    title = next((r["commitment_title"] for r in rows if r.get("commitment_title")), "") or ""
    label = key if "@" not in key else key.replace("@", " in ")
    return "\n".join(textwrap.wrap(f"{label}  {title}", width, max_lines=2, placeholder=" …"))


def grade_chart(panel: Panel, key: str | None = None, *, fmt: str = "png", dpi: int = 110,
                grammar: str | None = None) -> bytes:
    """Score over the periods: one panel per commitment (all of them when `key` is None)."""
    sc = scales(grammar)
    periods = panel.periods
    keys = [key] if key is not None else commitment_keys(panel)
    by_key: dict[str, list[Row]] = defaultdict(list)
    for r in panel.rows:
        by_key[r["commitment_key"]].append(r)
    if key is not None:
        fig = _figure(4.6, 2.7)
        _draw_commitment(fig.add_subplot(), by_key.get(key, []), periods, sc, _title(key, by_key.get(key, []), 52),
                         True, report_breaks(panel))
        return _encode(fig, fmt, dpi)
    cols = 4 if len(keys) > 6 else max(1, min(3, len(keys)))
    lines = math.ceil(len(keys) / cols)
    fig = _figure(4.1 * cols, 2.55 * lines + 0.6)
    axes = fig.subplots(lines, cols, squeeze=False, sharey=True)
    for n, ax in enumerate(axes.flat):
        if n >= len(keys):
            ax.set_visible(False)
            continue
        k = keys[n]
        _draw_commitment(ax, by_key[k], periods, sc, _title(k, by_key[k], 44), n % cols == cols - 1,
                         report_breaks(panel))
    names = " | ".join(r.file for r in panel.reports)
    fig.suptitle(f"Mean target score per period, by commitment ({names}; dashed: next report); "
                 "dots: single targets",
                 fontsize=12, fontweight="bold")
    return _encode(fig, fmt, dpi)


def heatmap(panel: Panel, *, fmt: str = "png", dpi: int = 110, grammar: str | None = None) -> bytes:
    """Implementers × periods: the mean score of each implementer's targets in each period."""
    from matplotlib.colors import BoundaryNorm, ListedColormap

    sc = scales(grammar)
    periods = panel.periods
    kinds: dict[str, str] = {}
    cells: dict[tuple[str, str], list[float]] = defaultdict(list)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for r in panel.rows:
        entry = r.get("implementer_id")
        if not entry or not r.get("period"):
            continue
        kinds.setdefault(entry, r.get("implementer_kind") or "")
        counts[(entry, r["period"])] += 1
        if r.get("score_value") is not None:
            cells[(entry, r["period"])].append(float(r["score_value"]))
    ids = sorted(kinds, key=lambda i: (kinds[i], i.lower()))
    # one colour per grade band, read from the scale: the colour of a cell is its grade
    bounds = sorted({low for _, low in sc.grades} | {100.0001})
    colours = list(reversed(GRADE_COLOURS[: len(sc.grades)]))
    cmap = ListedColormap(colours).with_extremes(bad=NO_SCORE)
    norm = BoundaryNorm(bounds, cmap.N)
    import numpy as np

    grid = np.full((max(1, len(ids)), max(1, len(periods))), np.nan)
    for i, entry in enumerate(ids):
        for j, p in enumerate(periods):
            m = _mean(cells.get((entry, p), []))
            if m is not None:
                grid[i, j] = m
    fig = _figure(2.2 + 1.05 * len(periods), 1.3 + 0.34 * max(1, len(ids)))
    ax = fig.add_subplot()
    ax.imshow(np.ma.masked_invalid(grid), cmap=cmap, norm=norm, aspect="auto", interpolation="nearest")
    for i, entry in enumerate(ids):
        for j, p in enumerate(periods):
            n = counts.get((entry, p), 0)
            if not n:
                ax.text(j, i, "–", ha="center", va="center", fontsize=9, color="#888888")
                continue
            m = grid[i, j]
            text = "n/s" if np.isnan(m) else f"{m:.0f}"
            rank = None if np.isnan(m) else sc.grade_rank(sc.grade(float(m)))
            dark = rank is not None and rank in (0, len(sc.grades) - 1)  # green and red take white text
            ax.text(j, i, f"{text} ({n})", ha="center", va="center", fontsize=8.5,
                    color="white" if dark else "black")
    ax.set_xticks(range(len(periods)), periods, fontsize=10)
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(ids)), [f"{i} ({kinds[i]})" for i in ids], fontsize=9)
    ax.set_xticks([x - 0.5 for x in range(1, len(periods))], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, len(ids))], minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    for i in range(1, len(ids)):
        if kinds[ids[i]] != kinds[ids[i - 1]]:  # K/L above, OMS below
            ax.axhline(i - 0.5, color="black", linewidth=2)
    legend = ", ".join(f"{g} ≥ {low:g}" for g, low in sc.grades)
    ax.set_title(f"Mean score per implementer and period (number of targets)\n{legend}; n/s: no score; –: no targets",
                 fontsize=10.5, fontweight="bold")
    return _encode(fig, fmt, dpi)


def write_charts(panel: Panel, directory: str | Path, formats: Iterable[str] = FORMATS) -> list[Path]:
    """grades.<fmt> and heatmap.<fmt> in `directory`, for each format."""
    from ..export.output import write_bytes

    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for fmt in formats:
        for name, draw in (("grades", grade_chart), ("heatmap", heatmap)):
            path = target / f"{name}.{fmt}"
            write_bytes(path, draw(panel, fmt=fmt))
            written.append(path)
    return written
