"""The audit as one self-contained HTML page, the auditor's workplace.

At the top, the summary: how many errors, warnings and notes, and what of the
report could not be read (lost pages, words no field took). Then a filter by
severity and by check, in plain JavaScript with no network access, which hides
the findings not chosen and says how many are shown. The findings come grouped
by check, errors first; each gives its sentence, the printed figure and where,
the value derived from the detail with every id it was counted from (each a
link to its row at the foot of the page), and a picture of the page around
the printed figure: the full width of the text, with room above and below to
see the table's header or the row's label.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..models.records import Piece
from .findings import Finding
from .messages import DEFAULT, check_title, count, text
from .causes import groups, severity
from .listing import _pages, _where, cause_counts, counts, ordered
from .places import how

if TYPE_CHECKING:
    from ..models import Report

CONTEXT_POINTS = 140  # above and below the figure: a table's header row or the paragraph around a number
CROP_DPI = 110

_CSS = """
body{font-family:system-ui,sans-serif;margin:2rem;max-width:84rem;color:#222}
#summary{background:#f6f6f6;border:1px solid #ddd;padding:.5rem 1rem;border-radius:.4rem}
#filter{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #ddd;z-index:1}
#filter label{margin-right:1rem}
article{display:flex;gap:1.5rem;border-top:1px solid #eee;padding:1rem 0}
article .text{flex:1} article img{max-width:40rem;border:1px solid #ccc}
.sev{display:inline-block;padding:0 .5em;border-radius:.3em;color:#fff;font-size:.85em}
.error{background:#b03a2e}.warning{background:#9a6700}.info{background:#1f618d}
code{background:#f4f4f4;padding:0 .2em} .ids{color:#444;font-size:.9em}
.ids a{margin-right:.3em} [hidden]{display:none!important}
table{border-collapse:collapse} td,th{border:1px solid #ddd;padding:.2em .5em;font-size:.9em;vertical-align:top}
tr:target{background:#fff3c4}
article{flex-wrap:wrap} details.follows{flex-basis:100%;margin-left:1.5rem}
article.consequence{border-top:1px dashed #ddd;padding:.5rem 0}
"""

_JS = """
(function(){
  var boxes=document.querySelectorAll('#filter input[type=checkbox]');
  var select=document.getElementById('check-filter');
  var findings=document.querySelectorAll('article.finding');
  var groups=document.querySelectorAll('section.check');
  var shown=document.getElementById('shown');
  function apply(){
    var on={};
    boxes.forEach(function(b){on[b.value]=b.checked;});
    var check=select.value, n=0;
    findings.forEach(function(f){
      var show=on[f.dataset.severity]&&(check===''||f.dataset.check===check);
      f.hidden=!show; if(show){n++;}
    });
    groups.forEach(function(g){g.hidden=!g.querySelector('article.finding:not([hidden])');});
    shown.textContent=String(n);
  }
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  select.addEventListener('change',apply);
  apply();
})();
"""


def crop(doc: Any, pieces: Sequence[Piece], dpi: int = CROP_DPI) -> str | None:
    """A PNG data URI of the page around the pieces, the pieces outlined.

    The band spans the page's width and `CONTEXT_POINTS` above and below, so a
    table cell is seen with its row label and its column's header; the outline
    is drawn on a scratch copy of the page, never on the report.
    """
    import pymupdf

    if not pieces:
        return None
    number = pieces[0].page
    if number < 1 or number > doc.page_count:
        return None
    boxes = [pymupdf.Rect(*p.box) for p in pieces if p.page == number]
    scratch = pymupdf.open()
    try:
        scratch.insert_pdf(doc, from_page=number - 1, to_page=number - 1)
        page = scratch[0]
        for box in boxes:
            page.draw_rect(box + (-3, -2, 3, 2), color=(0.85, 0.1, 0.1), width=1.5)
        top = min(b.y0 for b in boxes) - CONTEXT_POINTS
        bottom = max(b.y1 for b in boxes) + CONTEXT_POINTS
        margin = page.rect.width * 0.04
        clip = pymupdf.Rect(margin, top, page.rect.width - margin, bottom) & page.rect
        if clip.is_empty:
            return None
        pixmap = page.get_pixmap(clip=clip, dpi=dpi)
        return "data:image/png;base64," + base64.b64encode(pixmap.tobytes("png")).decode("ascii")
    finally:
        scratch.close()


def _e(value: object) -> str:
    return html.escape(str(value))


def row_anchor(target_id: str) -> str:
    return f"row-{target_id}"


def _summary(findings: Sequence[Finding], report: Report | None, lang: str) -> list[str]:
    tally = cause_counts(findings)
    out = ['<div id="summary">', f"<h2>{_e(text('summary', lang))}</h2>"]
    if findings:
        following = sum(1 for f in findings if f.caused_by)
        more = f" ({_e(text('follow', lang, n=following))})" if following else ""
        out.append("<p>" + ", ".join(f'<span class="sev {s}">{_e(count(s, n, lang))}</span>'
                                     for s, n in tally.items()) + more + "</p>")
    else:
        out.append(f"<p>{_e(text('summary.none', lang))}</p>")
    if report is not None:
        unread = [f"{text('page', lang)} {p.page}: {p.reason}" for p in report.page_problems]
        unread.extend(report.warnings)
        out.append(f"<h3>{_e(text('summary.unread', lang))}</h3>")
        if unread:
            out.append("<ul>" + "".join(f"<li>{_e(u)}</li>" for u in unread) + "</ul>")
        else:
            out.append(f"<p>{_e(text('summary.all_read', lang))}</p>")
    out.append("</div>")
    return out


def _filter(findings: Sequence[Finding], lang: str) -> list[str]:
    checks = list(dict.fromkeys(f.check for f in ordered(findings) if not f.caused_by))
    items = sum(1 for f in findings if not f.caused_by)
    boxes = "".join(
        f'<label><input type="checkbox" value="{s}" checked> {_e(text(f"sev.{s}", lang))}</label>' for s in counts(findings)
    )
    options = "".join(f'<option value="{_e(c)}">{_e(check_title(c, lang))}</option>' for c in checks)
    return [
        f'<div id="filter">{_e(text("filter", lang))}: {boxes}',
        f'<label>{_e(text("filter.check", lang))}: <select id="check-filter"><option value="">'
        f'{_e(text("filter.all", lang))}</option>{options}</select></label>',
        f'<span><b id="shown">{items}</b> / {items} {_e(text("filter.shown", lang))}</span></div>',
    ]


def _finding(n: int, f: Finding, doc: Any, lang: str, known_rows: set[str], shown_as: str | None = None) -> list[str]:
    """One finding as an article; a cause's article is filtered by `shown_as`, its group's worst severity."""
    image = crop(doc, f.published.pieces) if doc is not None and f.published else None
    kind = "consequence" if f.caused_by else "finding"
    out = [f'<article class="{kind}" id="finding-{n}" data-severity="{shown_as or f.severity}" data-check="{_e(f.check)}">',
           '<div class="text">',
           f'<p><span class="sev {f.severity}">{_e(text(f"sev.{f.severity}", lang))}</span> <code>{_e(f.check)}</code></p>',
           f"<p>{_e(f.message)}</p>"]
    where = _where(f, lang)
    if where and f.published is not None:
        out.append(f"<p>{_e(text('printed', lang))}: <b>{_e(f.published.value)}</b> "
                   f"{_e(text('printed.at', lang))} {_e(where)}</p>")
    if f.derived is not None:
        d = f.derived
        if d.value is not None:
            rule = f" ({_e(text('rule', lang))}: {_e(how(d.rule, lang, f.params.get('how')))})" if d.rule else ""
            out.append(f"<p>{_e(text('derived', lang))}: <b>{_e(d.value)}</b>{rule}</p>")
        if d.target_ids:
            links = " ".join(
                f'<a href="#{row_anchor(i)}">{_e(i)}</a>' if i in known_rows else f"<span>{_e(i)}</span>"
                for i in d.target_ids
            )
            out.append(f'<p class="ids">{_e(count("target_rows", len(d.target_ids), lang))}: {links}</p>')
        if d.record_ids:
            out.append(f'<p class="ids">{_e(text("records", lang))}: {_e(", ".join(d.record_ids))}</p>')
    out.append("</div>")
    if image:
        out.append(f'<img alt="{_e(where)}" title="{_e(text("crop", lang))}" src="{image}">')
    out.append("</article>")
    return out


def _findings(findings: Sequence[Finding], doc: Any, lang: str, known_rows: set[str]) -> list[str]:
    """Sections by check; each cause one article, the findings that follow from it folded inside it."""
    number = {id(f): n for n, f in enumerate(ordered(findings), 1)}
    items = groups(ordered(findings))
    parts: list[str] = []
    current = None
    for root, rest in items:
        if root.check != current:
            if current is not None:
                parts.append("</section>")
            current = root.check
            size = sum(1 for r, _ in items if r.check == root.check)
            parts.append(f'<section class="check" data-check="{_e(root.check)}">'
                         f"<h2>{_e(check_title(root.check, lang))} ({size})</h2>")
        article = _finding(number[id(root)], root, doc, lang, known_rows, severity(root, rest))
        if rest:
            inner = [f'<details class="follows"><summary>{_e(count("consequences", len(rest), lang))}</summary>']
            for f in rest:
                inner += _finding(number[id(f)], f, doc, lang, known_rows)
            inner.append("</details>")
            article[-1:-1] = inner
        parts += article
    if current is not None:
        parts.append("</section>")
    return parts


def _rows_table(findings: Sequence[Finding], report: Report, lang: str) -> list[str]:
    """The target rows the findings name, each with an anchor and links back to its findings."""
    cited: dict[str, list[int]] = {}
    for n, f in enumerate(ordered(findings), 1):
        for i in f.derived.target_ids if f.derived else []:
            cited.setdefault(i, []).append(n)
    if not cited:
        return []
    cols = ("id", "commitment", "implementer", "period", "score", "grade", "page")
    out = [f"<h2>{_e(text('rows.table', lang))}</h2>", "<table><tr>"
           + "".join(f"<th>{_e(text('col.' + c, lang))}</th>" for c in cols)
           + f"<th>{_e(text('rows.findings', lang))}</th></tr>"]
    for c in report.commitments:
        for b in c.blocks:
            for t in b.targets:
                if t.id not in cited:
                    continue
                pages = _pages([p for pieces in t.provenance.values() for p in pieces])
                back = " ".join(f'<a href="#finding-{n}">{n}</a>' for n in cited[t.id])
                cells = (t.id, c.number, b.implementer or "", t.period or "", t.score or "", t.grade or "",
                         " ".join(map(str, pages)))
                out.append(f'<tr id="{row_anchor(t.id)}">' + "".join(f"<td>{_e(x)}</td>" for x in cells)
                           + f"<td>{back}</td></tr>")
    out.append("</table>")
    return out


def render_html(
    findings: Sequence[Finding],
    pdf: str | Path | None = None,
    title: str | None = None,
    lang: str = DEFAULT,
    report: Report | None = None,
) -> str:
    title = title or text("title.plain", lang)
    doc = None
    if pdf is not None:
        import pymupdf

        doc = pymupdf.open(str(pdf))
    try:
        known_rows = {t.id for t in report.targets} if report is not None else set()
        parts = ["<!DOCTYPE html>", f'<html lang="{_e(lang)}"><head><meta charset="utf-8">',
                 f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>", f"<h1>{_e(title)}</h1>"]
        parts += _summary(findings, report, lang)
        if findings:
            parts += _filter(findings, lang)
        parts += _findings(findings, doc, lang, known_rows)
        if report is not None:
            parts += _rows_table(findings, report, lang)
        if findings:
            parts.append(f"<script>{_JS}</script>")
        parts.append("</body></html>")
        return "\n".join(parts) + "\n"
    finally:
        if doc is not None:
            doc.close()
