"""The grading scales a panel summarises with, read from the edition's grammar.

A comparison or a chart summarises several target rows at once (a commitment's
targets in one period), so it needs the score scale (Baik from 70, Cukup from 51,
Kurang below) and the co-creation values and scale that the audit uses
(`[audit.commitment_cocreation]`). They are words of the report, so they come from
the grammar file, never from code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Scales:
    grades: tuple[tuple[str, float], ...]  # (grade, lower bound), best first
    not_available: str
    cocreation_values: dict[str, float]
    cocreation_grades: tuple[tuple[str, float], ...]  # best first

    def grade(self, value: float | None) -> str | None:
        if value is None:
            return None
        for name, low in self.grades:
            if value >= low:
                return name
        return None

    def grade_rank(self, grade: str | None) -> int | None:
        """0 for the best grade; None for a grade off the scale (N/A)."""
        names = [g for g, _ in self.grades]
        return names.index(grade) if grade in names else None

    def cocreation_grade(self, labels: Iterable[str | None]) -> str | None:
        """The mean of the labels' values graded on the co-creation scale; labels
        without a value (N/A) are left out, as the audit's default rule does."""
        listed = [label for label in labels if label]
        values = [self.cocreation_values[label] for label in listed if label in self.cocreation_values]
        if not values:
            return listed[0] if listed else None
        mean = sum(values) / len(values)
        for name, low in self.cocreation_grades:
            if mean >= low:
                return name
        return None

    def cocreation_rank(self, label: str | None) -> int | None:
        names = [g for g, _ in self.cocreation_grades]
        return names.index(label) if label in names else None


@lru_cache(maxsize=8)
def scales(grammar: str | None = None) -> Scales:
    """The scales of an edition (default: the default edition)."""
    from ..grammar.loader import load_grammar

    g = load_grammar(grammar)
    grades = tuple((band.grade, float(band.min)) for band in sorted(g.scale, key=lambda b: -b.min))
    rules = g.audit_rules
    values = {str(k): float(v) for k, v in rules.cocreation_values.items()}
    co_scale = tuple((step.grade, float(step.min)) for step in sorted(rules.cocreation_scale, key=lambda s: -s.min))
    return Scales(grades, g.not_available_grade, values, co_scale)
