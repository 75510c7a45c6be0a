"""Findings as text, JSON, Markdown or HTML.

The HTML puts each finding beside a picture of the spot where the figure is
printed, cut from the PDF page, so a reader can judge it without opening the
report; the picture is embedded (a data URI) so the file stands alone.
"""

from __future__ import annotations

import base64
import html
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..models.records import Piece
from .findings import Finding

FORMATS = ("text", "json", "md", "html")
_ORDER = ("error", "warning", "info")


def counts(findings: Sequence[Finding]) -> dict[str, int]:
    tally = Counter(f.severity for f in findings)
    return {severity: tally.get(severity, 0) for severity in _ORDER}


def _where(finding: Finding) -> str:
    if finding.published is None:
        return ""
    pages = sorted({p.page for p in finding.published.pieces})
    place = finding.published.label
    if pages:
        place += " (p. " + ", ".join(map(str, pages)) + ")"
    return place


def _derived(finding: Finding) -> str:
    if finding.derived is None:
        return ""
    parts = []
    if finding.derived.value is not None:
        parts.append(f"derived {finding.derived.value}")
    if finding.derived.target_ids:
        ids = finding.derived.target_ids
        shown = ", ".join(ids[:12]) + (f" … (+{len(ids) - 12})" if len(ids) > 12 else "")
        parts.append(f"from {len(ids)} target rows: {shown}")
    return "; ".join(parts)


def render_text(findings: Sequence[Finding]) -> str:
    lines = []
    for f in findings:
        where = _where(f)
        lines.append(f"{f.severity:<7} {f.check:<22} {f.message}" + (f"  [{where}]" if where else ""))
    tally = counts(findings)
    lines.append(", ".join(f"{n} {severity}{'s' if n != 1 else ''}" for severity, n in tally.items()))
    return "\n".join(lines) + "\n"


def render_json(findings: Sequence[Finding]) -> str:
    data: dict[str, Any] = {
        "counts": counts(findings),
        "findings": [f.model_dump(mode="json") for f in findings],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_md(findings: Sequence[Finding]) -> str:
    tally = counts(findings)
    out = [
        "# Audit of the front matter",
        "",
        ", ".join(f"**{n}** {severity}" for severity, n in tally.items()),
        "",
        "| severity | check | finding | printed at | derived |",
        "| --- | --- | --- | --- | --- |",
    ]
    for f in findings:
        out.append(
            "| "
            + " | ".join(_md_cell(x) for x in (f.severity, f.check, f.message, _where(f), _derived(f)))
            + " |"
        )
    return "\n".join(out) + "\n"


# -- HTML ------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,sans-serif;margin:2rem;max-width:80rem;color:#222}
section{display:flex;gap:1.5rem;border-top:1px solid #ddd;padding:1rem 0}
section .text{flex:1} section img{max-width:32rem;border:1px solid #ccc}
.sev{display:inline-block;padding:0 .5em;border-radius:.3em;color:#fff;font-size:.85em}
.error{background:#c0392b}.warning{background:#d68910}.info{background:#2e86c1}
code{background:#f4f4f4;padding:0 .2em} .ids{color:#666;font-size:.85em}
"""


def _crop(doc: Any, pieces: Sequence[Piece], dpi: int = 100) -> str | None:
    """A PNG data URI of the band of the page around the pieces, the pieces outlined.

    The band spans the page's width so a table cell is seen with its row label;
    the outline is drawn on a scratch copy of the page, never on the report.
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
            page.draw_rect(box + (-2, -1, 2, 1), color=(0.85, 0.1, 0.1), width=1.2)
        top = min(b.y0 for b in boxes) - 48
        bottom = max(b.y1 for b in boxes) + 48
        margin = page.rect.width * 0.08
        clip = pymupdf.Rect(margin, top, page.rect.width - margin, bottom) & page.rect
        if clip.is_empty:
            return None
        pixmap = page.get_pixmap(clip=clip, dpi=dpi)
        return "data:image/png;base64," + base64.b64encode(pixmap.tobytes("png")).decode("ascii")
    finally:
        scratch.close()


def render_html(findings: Sequence[Finding], pdf: str | Path | None = None, title: str = "Audit") -> str:
    doc = None
    if pdf is not None:
        import pymupdf

        doc = pymupdf.open(str(pdf))
    try:
        tally = counts(findings)
        parts = [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>",
            f"<h1>{html.escape(title)}</h1>",
            "<p>" + ", ".join(f'<span class="sev {s}">{n} {s}</span>' for s, n in tally.items()) + "</p>",
        ]
        for f in findings:
            image = _crop(doc, f.published.pieces) if doc is not None and f.published else None
            parts.append("<section>")
            parts.append('<div class="text">')
            parts.append(f'<p><span class="sev {f.severity}">{f.severity}</span> <code>{html.escape(f.check)}</code></p>')
            parts.append(f"<p>{html.escape(f.message)}</p>")
            where = _where(f)
            if where:
                printed = f.published.value if f.published else None
                parts.append(f"<p>Printed: <b>{html.escape(str(printed))}</b> at {html.escape(where)}</p>")
            derived = _derived(f)
            if derived:
                parts.append(f'<p class="ids">{html.escape(derived)}</p>')
            parts.append("</div>")
            if image:
                parts.append(f'<img alt="{html.escape(where)}" src="{image}">')
            parts.append("</section>")
        parts.append("</body></html>")
        return "\n".join(parts) + "\n"
    finally:
        if doc is not None:
            doc.close()


def render(findings: Sequence[Finding], fmt: str, *, pdf: str | Path | None = None, title: str = "Audit") -> str:
    if fmt == "text":
        return render_text(findings)
    if fmt == "json":
        return render_json(findings)
    if fmt == "md":
        return render_md(findings)
    if fmt == "html":
        return render_html(findings, pdf=pdf, title=title)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
