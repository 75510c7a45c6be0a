"""`grammar check`: how a grammar fits one report, for the person writing it.

A grammar for an edition nobody has seen is written by trial: which of its
patterns match, how often, which cell labels never open a cell, and which words
the parse could not place (and where) say what to change next.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..errors import OgiError
from ..layout.model import Document
from ..grammar.detect import Evidence, fit
from ..grammar.model import Grammar


@dataclass(slots=True)
class PatternUse:
    key: str  # the grammar key, e.g. "cells.achievement"
    pattern: str
    where: str  # "cell heads", "lines", "text"
    matches: int


@dataclass(slots=True)
class CheckResult:
    grammar: Grammar
    patterns: list[PatternUse] = field(default_factory=list)
    unseen_cells: list[str] = field(default_factory=list)
    targets: int = 0
    commitments: int = 0
    words: int = 0
    unassigned: int = 0
    unassigned_by_reason: dict[str, int] = field(default_factory=dict)
    unassigned_by_page: dict[int, int] = field(default_factory=dict)
    explains: bool = False
    score: int = 0
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def _uses(g: Grammar, ev: Evidence) -> list[PatternUse]:
    out: list[PatternUse] = []

    def on_lines(key: str, pattern, search: bool = False) -> None:  # type: ignore[no-untyped-def]
        if pattern is None:
            return
        n = sum(1 for line in ev.lines if (pattern.search(line) if search else pattern.match(line)))
        out.append(PatternUse(key, pattern.pattern, "lines", n))

    for i, p in enumerate(g.detect):
        out.append(PatternUse(f"detect.required[{i}]", p.pattern, "text", sum(1 for _ in p.finditer(ev.text))))
    if g.detect_title is not None:
        out.append(PatternUse("detect.title", g.detect_title.pattern, "title and first pages",
                              int(bool(g.detect_title.search(ev.front)))))
    on_lines("sections.detail_start", g.detail_start, search=True)
    on_lines("sections.detail_end", g.detail_end, search=True)
    on_lines("sections.commitment", g.commitment)
    on_lines("sections.success_measure", g.success_measure)
    on_lines("sections.follow_up", g.follow_up)
    for kind, pattern in g.cell_labels.items():
        n = sum(1 for head in ev.cell_heads if pattern.match(head))
        out.append(PatternUse(f"cells.{kind}", pattern.pattern, "cell heads", n))
    for i, p in enumerate(g.furniture_hints):
        on_lines(f"furniture.hints[{i}]", p, search=True)
    return out


def check(grammar: Grammar, doc: Document) -> CheckResult:
    """Every pattern's matches on the report, the cell labels never seen, and the parse's leftovers."""
    from ..pipeline import document_text, evidence, read_document
    from ..tables import split_page

    text = document_text(doc)
    contents = [split_page(page, set(), 0) for page in doc.pages]
    ev = evidence(doc, text, contents)
    result = CheckResult(grammar, patterns=_uses(grammar, ev))
    result.unseen_cells = [u.key.removeprefix("cells.") for u in result.patterns if u.key.startswith("cells.") and not u.matches]
    f = fit(grammar, ev)
    result.explains, result.score = f.explains, f.score
    try:
        report = read_document(doc, grammar)
    except OgiError as exc:
        result.error = str(exc)
        return result
    result.targets = len(report.targets)
    result.commitments = len(report.commitments)
    result.words = report.accounting.words
    result.unassigned = len(report.unassigned)
    result.unassigned_by_reason = dict(Counter(u.reason for u in report.unassigned).most_common())
    result.unassigned_by_page = dict(sorted(Counter(u.page for u in report.unassigned).items()))
    result.warnings = list(report.warnings)
    return result


def render_check(result: CheckResult) -> str:
    g = result.grammar
    lines = [f"grammar {g.id} ({g.path})", ""]
    lines.append(
        f"detection: {'explains' if result.explains else 'does NOT explain'} the report (score {result.score})"
    )
    lines.append("")
    lines.append("patterns (key, matches, where):")
    for use in result.patterns:
        flag = "  <- never matched" if not use.matches else ""
        lines.append(f"  {use.key:<28} {use.matches:>6}  {use.where}{flag}")
    lines.append("")
    if result.unseen_cells:
        lines.append("cell labels never seen opening a cell: " + ", ".join(result.unseen_cells))
    else:
        lines.append("every cell label opens at least one cell")
    if result.error:
        lines += ["", f"parse failed: {result.error}"]
        return "\n".join(lines) + "\n"
    lines += [
        "",
        f"parse: {result.commitments} commitments, {result.targets} target rows",
        f"unassigned: {result.unassigned} of {result.words} words",
    ]
    for reason, n in result.unassigned_by_reason.items():
        lines.append(f"  {n:>6}  {reason}")
    if result.unassigned_by_page:
        pages = ", ".join(f"p{p}: {n}" for p, n in list(result.unassigned_by_page.items())[:40])
        more = len(result.unassigned_by_page) - 40
        lines.append(f"  by page: {pages}{f' (+{more} pages)' if more > 0 else ''}")
    for w in result.warnings:
        lines.append(f"warning: {w}")
    return "\n".join(lines) + "\n"
