"""An edition's wording for the generator, built from its grammar file.

The generator draws the content; the words printed around it (headings, cell
labels, footers, co-creation labels, periods) are the edition's. Taking them from
the grammar's `[wording]` section means a test can render an edition that no code
knows, in the same words a user's grammar reads. Every printed form is checked
against the pattern that must read it, so a wording the grammar cannot read is
an error here, not a puzzling parse later.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from ..errors import GrammarError

if TYPE_CHECKING:
    from ..grammar import Grammar

_WS = regex.compile(r"\s+")
_FIRST_WORD = regex.compile(r"^[\p{L}\p{N}]+")


@dataclass(frozen=True, slots=True)
class Wording:
    """The words an edition prints around the content: headings, cell labels, footers.

    Built from a grammar's `[wording]` by `from_grammar`, so the generator renders
    editions no code knows; `DEFAULT_WORDING` is the 2021 report's. Templates take
    `{number}`, `{period}`, `{n}`, `{count}` and `{plan}`. `cocreation_labels` are
    the printed labels drawn for the co-creation cell with their weights; `avoid`
    are words never drawn into text because a line starting with them would read
    as a label.
    """

    title: str
    action_plan: str
    periods: tuple[str, ...]
    section: str
    section_sub: str
    commitment: str
    measure: str
    target: str
    target_numbered: str
    achievement: str
    score: str
    cocreation: str
    follow_up: str
    cocreation_labels: tuple[tuple[str, float], ...]
    footer: tuple[str, ...]
    avoid: frozenset[str]


def _first_word(template: str) -> str | None:
    m = _FIRST_WORD.match(template.strip())
    return m.group(0).casefold() if m else None


def from_grammar(grammar: Grammar | str) -> Wording:
    """The wording of a grammar (an id, a path or a loaded `Grammar`); its `[wording]` section is required."""
    from ..grammar import load_grammar

    g = load_grammar(grammar)
    pw = g.file.wording
    if pw is None:
        raise GrammarError(f"grammar {g.id} has no [wording] section: the generator does not know its printed words")
    plan = g.action_plan.search(g.title)
    templates = (pw.commitment, pw.success_measure, pw.target, pw.achievement, pw.score, pw.cocreation, pw.follow_up)
    w = Wording(
        title=g.title,
        action_plan=_WS.sub(" ", plan.group(0)).strip() if plan else "",
        periods=g.detect_periods or g.periods,
        section=pw.section,
        section_sub=pw.section_sub,
        commitment=pw.commitment,
        measure=pw.success_measure,
        target=pw.target,
        target_numbered=pw.target_numbered or pw.target,
        achievement=pw.achievement,
        score=pw.score,
        cocreation=pw.cocreation,
        follow_up=pw.follow_up,
        cocreation_labels=tuple(pw.cocreation_labels.items()),
        footer=tuple(pw.footer),
        avoid=frozenset(word for t in templates if (word := _first_word(t))),
    )
    problems = check(w, g)
    if problems:
        raise GrammarError(f"grammar {g.id}: its [wording] is not read by its patterns: {'; '.join(problems)}")
    return w


def check(w: Wording, g: Grammar) -> list[str]:
    """Every printed form the grammar's own patterns would not read, as 'key: why'."""
    out: list[str] = []

    def reads(key: str, pattern: regex.Pattern[str] | None, text: str, group: tuple[str, str] | None = None) -> None:
        m = pattern.match(text) if pattern is not None else None
        if m is None:
            out.append(f"wording.{key} {text!r} does not match its pattern")
        elif group is not None and _WS.sub("", m.group(group[0]) or "").upper() != group[1].upper():
            out.append(f"wording.{key} {text!r}: group {group[0]} reads {m.group(group[0])!r}, not {group[1]!r}")

    if not g.detail_start.search(w.section.format(count=3, plan=w.action_plan)):
        out.append(f"wording.section {w.section!r} does not match sections.detail_start")
    reads("commitment", g.commitment, w.commitment.format(number=7), ("number", "7"))
    reads("success_measure", g.success_measure, w.measure.format(number=2), ("number", "2"))
    for period in w.periods:
        reads("target", g.target_cell, w.target.format(period=period) + ":", ("period", period))
        reads("target_numbered", g.target_cell, w.target_numbered.format(n=2, period=period) + ":", ("period", period))
    reads("achievement", g.achievement_cell, w.achievement)
    bare = w.score.rstrip(":").rstrip()
    for form in (w.score, f"{w.score} 100%", f"{bare} 100%"):
        reads("score", g.score_cell, form)
    for form in (w.cocreation, w.cocreation.replace(":", " :")):
        reads("cocreation", g.cocreation_cell, form)
    reads("follow_up", g.follow_up, w.follow_up)
    for label, _ in w.cocreation_labels:
        if g.normalise_cocreation(label) is None and not any(p.match(label) for p in g.score_not_assessed):
            out.append(f"wording.cocreation_labels {label!r} is not in [cocreation.labels]")
    return out


# The 2021 report's wording: what the generator prints unless told another edition.
DEFAULT_WORDING = from_grammar("monev-2021")
