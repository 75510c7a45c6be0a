"""Findings as text, JSON, Markdown or HTML, in Indonesian or English (`catalogue`).

Every format lists the findings the same way: grouped by check, the groups
and the findings in them ordered by severity (errors first), so the first
screen is what most needs a look. The HTML page is where an auditor works: a
summary (how many errors and warnings, what could not be read), a filter by
severity and check (plain JavaScript, no network), each finding beside a
picture of the spot where the figure is printed, cut from the PDF page with
the rows around it, the full lists of ids, and from each id a link to its
row. Pictures are embedded (data URIs), so the file stands alone.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .messages import DEFAULT, check_title, count, text
from .findings import Finding, in_lang
from .listing import _pages, _where, cause_counts, counts, ordered, tally_line  # noqa: F401 - re-exported

if TYPE_CHECKING:
    from ..models import Report

FORMATS = ("text", "json", "md", "html")


def _derived(finding: Finding, lang: str = DEFAULT) -> str:
    if finding.derived is None:
        return ""
    parts = []
    if finding.derived.value is not None:
        parts.append(f"{text('derived', lang)}: {finding.derived.value}")
    if finding.derived.target_ids:
        ids = finding.derived.target_ids
        parts.append(f"{count('target_rows', len(ids), lang)}: {', '.join(ids)}")
    return "; ".join(parts)


# A finding that follows from the one above it: indented under its cause, in every plain format.
FOLLOWS = "\u21b3"


def render_text(findings: Sequence[Finding], lang: str = DEFAULT) -> str:
    """One line per finding; a finding that follows from another is indented under it, marked ↳."""
    lines = []
    for f in ordered(findings):
        where = _where(f, lang)
        severity = text(f"sev.{f.severity}", lang)
        head = f"  {FOLLOWS} {severity:<6}" if f.caused_by else f"{severity:<10}"
        lines.append(f"{head} {f.check:<24} {f.message}" + (f"  [{where}]" if where else ""))
    lines.append(tally_line(findings, lang))
    return "\n".join(lines) + "\n"


def render_json(findings: Sequence[Finding], lang: str = DEFAULT) -> str:
    data: dict[str, Any] = {
        "counts": counts(findings),
        "causes": cause_counts(findings),
        "lang": lang,
        "checks": {f.check: check_title(f.check, lang) for f in ordered(findings)},
        "findings": [f.model_dump(mode="json") for f in ordered(findings)],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _md_cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def render_md(findings: Sequence[Finding], lang: str = DEFAULT, title: str | None = None) -> str:
    out = [f"# {title or text('title.plain', lang)}", "", tally_line(findings, lang), ""]
    current = None
    for f in ordered(findings):
        if f.check != current:
            current = f.check
            out += ["", f"## {check_title(f.check, lang)} (`{f.check}`)", "",
                    f"| {text('filter', lang)} | | {text('printed', lang)} | {text('derived', lang)} |",
                    "| --- | --- | --- | --- |"]
        message = f"{FOLLOWS} {f.message}" if f.caused_by else f.message
        cells = (text(f"sev.{f.severity}", lang), message, _where(f, lang), _derived(f, lang))
        out.append("| " + " | ".join(_md_cell(x) for x in cells) + " |")
    return "\n".join(out) + "\n"


def render(
    findings: Sequence[Finding],
    fmt: str,
    *,
    pdf: str | Path | None = None,
    title: str | None = None,
    lang: str = DEFAULT,
    report: Report | None = None,
) -> str:
    """The findings in `fmt`, every word of them (sentences too) in `lang`."""
    findings = in_lang(findings, lang)
    if fmt == "text":
        return render_text(findings, lang)
    if fmt == "json":
        return render_json(findings, lang)
    if fmt == "md":
        return render_md(findings, lang, title)
    if fmt == "html":
        from .page import render_html

        return render_html(findings, pdf=pdf, title=title, lang=lang, report=report)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")

