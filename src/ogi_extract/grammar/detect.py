"""Which edition a report is: every known grammar tried, scored on what makes an edition.

Prose cannot tell editions apart: a sentence such as "terkait ukuran keberhasilan
ini" holds the words of a heading, so patterns searched anywhere in the text
(the `[detect] required` list) let one grammar claim reports it cannot read. What
makes an edition is where its words stand: its cell labels open table cells, its
headings open lines, its target labels print its periods, its cover its title.
Each grammar is scored on those; a grammar explains a report when its target label
opens cells and another of its cell labels does too. The best score wins when it is
clear; a report no grammar explains is not a report of any known edition.

Two editions of one action plan print the same labels, so on a report whose cover
names no year they score alike, and a grammar that also accepts a later edition's
periods (the 2021 one accepts B18 and B24) scores on them as much as the later
edition does. What tells them apart then is the periods each expects: of two
grammars that explain the same printed periods equally, the one expecting fewer
periods the report never prints is the report's. Only when that does not decide
either is it a tie, which names the candidates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from ..errors import GrammarError, UnknownReportError
from .model import Grammar

_WS = regex.compile(r"\s+")
# A word the engine hyphenated at a line end on the cover, its pieces now apart ("Ta‐ hun 2022"):
# a hyphen (the engine's U+2010, a soft one or the keyboard's) between a letter and a space, lower case after.
_BROKEN_WORD = regex.compile(r"(\p{L})[\u2010\u00ad-]\s+(?=\p{Ll})")
# A cover that names the edition ("... Tahun 2022") tells two editions with the
# same labels apart at once; it outweighs a few target rows.
TITLE_WEIGHT = 10


def _collapse(text: str) -> str:
    return _WS.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a report shows, independent of any grammar."""

    cell_heads: tuple[str, ...]  # the first lines of every table cell, whitespace collapsed
    lines: tuple[str, ...]  # every text line outside tables, whitespace collapsed
    text: str  # the whole text, for the `[detect] required` patterns
    front: str  # the document's title and its cover (first page), for `[detect] title`


@dataclass(slots=True)
class Fit:
    """How well one grammar explains a report."""

    grammar: Grammar
    cells: dict[str, int] = field(default_factory=dict)  # cell label -> cells it opens
    headings: int = 0  # lines opened by a commitment or success measure heading
    periods: int = 0  # target labels whose period the edition prints
    title: bool = False
    required: bool = True  # every `[detect] required` pattern occurs
    printed: set[str] = field(default_factory=set)  # the grammar's periods its target labels print

    @property
    def unprinted(self) -> tuple[str, ...]:
        """The periods this grammar expects that no target label prints."""
        return tuple(p for p in self.grammar.detect_periods if p not in self.printed)

    @property
    def explains(self) -> bool:
        others = sum(n for kind, n in self.cells.items() if kind != "target")
        return self.required and self.cells.get("target", 0) > 0 and others > 0

    @property
    def score(self) -> int:
        return sum(self.cells.values()) + self.headings + self.periods + TITLE_WEIGHT * int(self.title)

    def describe(self) -> str:
        cells = ", ".join(f"{k} {v}" for k, v in self.cells.items())
        return (
            f"{self.grammar.id}: score {self.score} (cells opened: {cells}; headings {self.headings}; "
            f"periods {self.periods}, expected and not printed {len(self.unprinted)}; "
            f"title {'yes' if self.title else 'no'})"
        )


def fit(grammar: Grammar, evidence: Evidence) -> Fit:
    out = Fit(grammar)
    out.required = all(p.search(evidence.text) for p in grammar.detect)
    for kind, pattern in grammar.cell_labels.items():
        out.cells[kind] = 0
        for head in evidence.cell_heads:
            m = pattern.match(head)
            if not m:
                continue
            out.cells[kind] += 1
            if kind == "target" and grammar.detect_periods and "period" in m.groupdict() and m.group("period"):
                period = _WS.sub("", m.group("period")).upper()
                if period in grammar.detect_periods:
                    out.periods += 1
                    out.printed.add(period)
    out.headings = sum(
        1 for line in evidence.lines if grammar.commitment.match(line) or grammar.success_measure.match(line)
    )
    if grammar.detect_title is not None:
        out.title = grammar.detect_title.search(evidence.front) is not None
    return out


def rank(grammars: Sequence[Grammar], evidence: Evidence) -> list[Fit]:
    """Every grammar's fit, best first: on equal scores, the fewer expected periods left unprinted
    first (see `closest_periods`); other ties in the order given."""
    fits = [fit(g, evidence) for g in grammars]
    return sorted(fits, key=lambda f: (not f.explains, -f.score, len(f.unprinted) if f.printed else 0))


def choose(grammars: Sequence[Grammar], evidence: Evidence) -> Grammar:
    """The grammar that explains the report clearly best."""
    fits = [f for f in rank(grammars, evidence) if f.explains]
    if not fits:
        tried = ", ".join(g.id for g in grammars) or "none"
        raise UnknownReportError(
            "not a monev report of any known edition (no grammar matches its text: "
            f"none has its cell labels opening table cells; tried {tried})"
        )
    tied = [f for f in fits if f.score == fits[0].score]
    if len(tied) == 1:
        return tied[0].grammar
    closest = closest_periods(tied)
    if closest is not None:
        return closest.grammar
    names = ", ".join(f"{f.grammar.id} ({f.grammar.path})" for f in tied)
    raise GrammarError(
        f"several grammars explain this report equally well: {names}; nothing in it (cover title, "
        "periods printed, labels) tells them apart: name one with --grammar"
    )


def closest_periods(tied: Sequence[Fit]) -> Fit | None:
    """Of grammars tied on a report, the one whose expected periods are closest to those printed.

    They must explain the same printed periods (some printed): one that expects
    fewer periods the report never prints than every other is the report's edition
    (a report printing B18 and B24 is the edition of B18 and B24, not one that
    also expects B06 and B12). None when that does not single one out.
    """
    printed = tied[0].printed
    if not printed or any(f.printed != printed for f in tied):
        return None
    fewest = min(len(f.unprinted) for f in tied)
    best = [f for f in tied if len(f.unprinted) == fewest]
    return best[0] if len(best) == 1 else None


def evidence_of(
    cell_heads: Sequence[str], lines: Sequence[str], text: str, title: str | None, cover: str = ""
) -> Evidence:
    """The evidence of a report; `title` is its metadata title, `cover` the text of its first page.

    The title is looked for there only: prose further on names other years too.
    A cover title the engine hyphenated at a line end ("Ta‐" + "hun 2022") is
    looked for with its words joined too: the front holds both readings, the
    printed one first (an author's "pra- dan pasca" stays as printed there).
    """
    front = _collapse(f"{title or ''}\n{cover}")
    joined = _BROKEN_WORD.sub(r"\1", front)
    return Evidence(
        cell_heads=tuple(_collapse(h) for h in cell_heads if h.strip()),
        lines=tuple(_collapse(t) for t in lines if t.strip()),
        text=text,
        front=front if joined == front else f"{front}\n{joined}",
    )
