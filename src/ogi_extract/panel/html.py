"""Self-contained HTML pages of a panel and of a comparison, charts inline as SVG.

One file a researcher can mail or open offline: no script, no external style
sheet or font, every chart an inline `<svg>` drawn by `charts`. The page leads with
the join notes, because a reader must know which rows were not joined before
reading any trend.
"""

from __future__ import annotations

import re
from collections import defaultdict
from html import escape

from . import charts
from .compare import Change, Comparison, Standing
from .model import JoinNote, Panel, ReportRef, Row

_STYLE = """
body{font:15px/1.45 "DejaVu Sans",Arial,sans-serif;margin:24px auto;max-width:1180px;color:#1d1d1d;padding:0 16px}
h1{font-size:24px;margin:0 0 6px}h2{font-size:19px;margin:30px 0 8px;border-bottom:2px solid #1f3b73}
h3{font-size:16px;margin:20px 0 6px}
table{border-collapse:collapse;margin:6px 0 12px;font-size:13px}
th,td{border:1px solid #c9c9c9;padding:3px 7px;text-align:left;vertical-align:top}
th{background:#eef1f7}
.note-uncertain{background:#fff1e0}.note-info{background:#f3f6fb}
.g-0{background:#cfead8}.g-1{background:#fbe7bd}.g-2{background:#f6cfcb}
.up{color:#1a7f37;font-weight:bold}.down{color:#b42318;font-weight:bold}
.chart svg{max-width:100%;height:auto}.small{color:#555;font-size:12px}
.commitment{display:grid;grid-template-columns:minmax(320px,470px) 1fr;gap:16px;align-items:start}
code{font-size:12px}
"""


def inline_svg(data: bytes) -> str:
    """An SVG file's `<svg>` element, to sit inside an HTML page."""
    text = data.decode("utf-8")
    start = text.find("<svg")
    return re.sub(r"<!--.*?-->", "", text[start:], flags=re.S).strip()


def _page(title: str, body: list[str]) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def _reports_table(refs: list[ReportRef]) -> str:
    out = ["<table><tr><th>report</th><th>periods</th><th>target rows</th><th>sha256</th></tr>"]
    for ref in refs:
        out.append(
            f"<tr><td>{escape(ref.file)}</td><td>{escape(', '.join(ref.periods))}</td>"
            f"<td>{ref.targets}</td><td><code>{escape(ref.sha256 or '')}</code></td></tr>"
        )
    out.append("</table>")
    return "".join(out)


def _notes(notes: list[JoinNote]) -> str:
    if not notes:
        return "<p>Every commitment and implementer joined; no notes.</p>"
    uncertain = sum(1 for n in notes if n.severity == "uncertain")
    out = [f"<p>{uncertain} uncertain join(s), not made; {len(notes) - uncertain} note(s) on joins made.</p>",
           "<table><tr><th>severity</th><th>kind</th><th>note</th></tr>"]
    for n in notes:
        out.append(f"<tr class=\"note-{n.severity}\"><td>{n.severity}</td><td>{escape(n.kind)}</td>"
                   f"<td>{escape(n.message)}</td></tr>")
    out.append("</table>")
    return "".join(out)


def _grade_class(grade: str | None, ranks: dict[str, int]) -> str:
    return f" class=\"g-{ranks[grade]}\"" if grade in ranks else ""


def _pivot(rows: list[Row], periods: list[str], ranks: dict[str, int]) -> str:
    """Implementers of one commitment × periods, each cell the grades of its targets."""
    cells: dict[tuple[str, str], list[str]] = defaultdict(list)
    names: dict[str, str] = {}
    for r in rows:
        who = r["implementer_id"] or f"? {r['implementer']}"
        names.setdefault(who, r["implementer"] or "")
        cells[(who, r["period"])].append(r["grade"] or "–")
    out = ["<table><tr><th>implementer</th>" + "".join(f"<th>{escape(p)}</th>" for p in periods) + "</tr>"]
    for who in sorted(names):
        out.append(f"<tr><td title=\"{escape(names[who])}\">{escape(who)}</td>")
        for p in periods:
            grades = cells.get((who, p), [])
            cls = _grade_class(grades[0], ranks) if len(set(grades)) == 1 else ""
            out.append(f"<td{cls}>{escape(', '.join(grades))}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def _ranks() -> dict[str, int]:
    from .scales import scales

    return {g: i for i, (g, _) in enumerate(scales().grades)}


def panel_html(panel: Panel) -> str:
    """The panel as a page: reports, join notes, a chart and a table per commitment, the heat map."""
    ranks = _ranks()
    periods = panel.periods
    body = [f"<h1>Panel of {len(panel.reports)} reports, {len(panel.rows)} target rows</h1>",
            _reports_table(panel.reports), "<h2>Join notes</h2>", _notes(panel.notes),
            "<h2>Implementers × periods</h2>",
            f"<div class=\"chart\" id=\"heatmap\">{inline_svg(charts.heatmap(panel, fmt='svg'))}</div>",
            "<h2>Commitments</h2>"]
    by_key: dict[str, list[Row]] = defaultdict(list)
    for r in panel.rows:
        by_key[r["commitment_key"]].append(r)
    titles = {c.key: c.titles for c in panel.commitments}
    for key in charts.commitment_keys(panel):
        rows = by_key[key]
        printed = "".join(f"<li>{escape(f)}: {escape(t or '–')}</li>" for f, t in titles.get(key, {}).items())
        body.append(
            f"<h3 id=\"{escape(key)}\">{escape(key)}</h3><div class=\"commitment\">"
            f"<div class=\"chart\">{inline_svg(charts.grade_chart(panel, key, fmt='svg'))}</div>"
            f"<div><ul class=\"small\">{printed}</ul>{_pivot(rows, periods, ranks)}</div></div>"
        )
    return _page("ogi-extract panel", body)


def _standing(s: Standing | None, ranks: dict[str, int]) -> str:
    if s is None:
        return "<td>–</td>"
    score = "" if s.score is None else f" {s.score:g}%"
    return (f"<td{_grade_class(s.grade, ranks)}>{escape(s.grade or 'no grade')}{score}"
            f" <span class=\"small\">{escape(s.period or '')} · {escape(s.cocreation or '–')}</span></td>")


def _change_rows(changes: list[Change], ranks: dict[str, int], implementers: bool) -> str:
    head = "<th>implementer</th>" if implementers else "<th>title</th>"
    out = [f"<table><tr><th>commitment</th>{head}<th>before</th><th>after</th><th>grade</th><th>co-creation</th></tr>"]
    for c in changes:
        if implementers:
            who = f"{c.implementer_id} <span class=\"small\">{escape(c.implementer or '')}</span>"
        else:
            who = escape(c.title or "")
        out.append(
            f"<tr><td>{escape(c.commitment_key)}</td><td>{who}</td>{_standing(c.before, ranks)}"
            f"{_standing(c.after, ranks)}<td class=\"{c.grade_change}\">{c.grade_change}</td>"
            f"<td class=\"{c.cocreation_change}\">{c.cocreation_change}</td></tr>"
        )
    out.append("</table>")
    return "".join(out)


def compare_html(cmp: Comparison, panel: Panel) -> str:
    """The comparison as a page: what moved, who is new or gone, the notes, the charts."""
    ranks = _ranks()
    moved = [c for c in cmp.implementers if c.grade_change != "same" or c.cocreation_change != "same"]
    body = [
        f"<h1>{escape(cmp.before.file)} → {escape(cmp.after.file)}</h1>",
        "<p class=\"small\">Each report as of its last period: mean score of the targets, graded on the "
        "edition's scale; co-creation as the mean of the labels' values.</p>",
        _reports_table([cmp.before, cmp.after]),
        "<h2>Join notes</h2>", _notes(cmp.notes),
        "<h2>Commitments</h2>", _change_rows(cmp.commitments, ranks, False),
        f"<h2>Implementers that changed ({len(moved)} of {len(cmp.implementers)})</h2>",
        _change_rows(moved, ranks, True),
        "<h2>New and missing implementers</h2>",
        f"<p>New in {escape(cmp.after.file)}: {escape(', '.join(cmp.new_implementers) or 'none')}</p>",
        f"<p>Missing from {escape(cmp.after.file)}: {escape(', '.join(cmp.missing_implementers) or 'none')}</p>",
        "<h2>Score over the periods</h2>",
        f"<div class=\"chart\" id=\"grades\">{inline_svg(charts.grade_chart(panel, fmt='svg'))}</div>",
        "<h2>Implementers × periods</h2>",
        f"<div class=\"chart\" id=\"heatmap\">{inline_svg(charts.heatmap(panel, fmt='svg'))}</div>",
    ]
    return _page(f"ogi-extract compare {cmp.before.file} {cmp.after.file}", body)
