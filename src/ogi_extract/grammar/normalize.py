"""Normalised values beside the raw text: score as a number, grade, co-creation label."""

from __future__ import annotations

from .model import Grammar


def score_value(raw: str | None, grammar: Grammar) -> float | None:
    if raw is None:
        return None
    m = grammar.score_percent.match(raw.strip())
    if not m:
        return None
    return float(m.group("value").replace(",", "."))


def grade(raw: str | None, value: float | None, grammar: Grammar) -> str | None:
    """The scale's grade of a score: bands are read by their lower bound."""
    if value is not None:
        for band in sorted(grammar.scale, key=lambda b: -b.min):
            if value >= band.min:
                return band.grade
        return None
    if raw is not None and any(p.match(raw.strip()) for p in grammar.score_not_available):
        return grammar.not_available_grade
    return None


def is_not_assessed(raw: str | None, grammar: Grammar) -> bool:
    return raw is not None and any(p.match(raw.strip()) for p in grammar.score_not_assessed)


def cocreation(raw: str | None, grammar: Grammar) -> str | None:
    return grammar.normalise_cocreation(raw)
