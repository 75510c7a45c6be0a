"""What a generated report says, independent of how it is drawn.

The content is kept apart from the presentation (`style.Style`) so that one spec can
be drawn many ways and the truth, which depends on the content only, stays the
same: a parser must produce the same records whatever the fonts, margins, borders or
page breaks were.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .wording import DEFAULT_WORDING, Wording

# Bullet glyphs the text rules write as "•" (README of the reference data, rule 3).
BULLET_GLYPHS: frozenset[str] = frozenset({"\uf0b7", "\uf0a7", "•", "●", "·"})
BULLET = "•"

@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of a cell or section.

    `text` holds words separated by single spaces. `marker` is a list marker drawn
    in front of the first line with a hanging indent ("1.", "a.", "o", or a bullet
    glyph such as U+F0B7); `level` nests the item.
    """

    text: str
    marker: str | None = None
    level: int = 0


# A text field: its paragraphs in order; the empty tuple is a field left empty.
Text = tuple[Paragraph, ...]


@dataclass(frozen=True, slots=True)
class TargetSpec:
    label: str
    period: str
    target_text: Text
    achievement_text: Text
    score: str | None
    cocreation_text: Text
    cocreation_label: str | None


@dataclass(frozen=True, slots=True)
class MeasureSpec:
    number: int
    text: str


@dataclass(frozen=True, slots=True)
class BlockSpec:
    measure: MeasureSpec
    implementer: str
    targets: tuple[TargetSpec, ...]


@dataclass(frozen=True, slots=True)
class CommitmentSpec:
    number: int
    title: str
    blocks: tuple[BlockSpec, ...]
    follow_up: Text


@dataclass(frozen=True, slots=True)
class Spec:
    commitments: tuple[CommitmentSpec, ...]
    title: str = DEFAULT_WORDING.title
    action_plan: str = DEFAULT_WORDING.action_plan
    wording: Wording = DEFAULT_WORDING

    def truth(self) -> dict[str, Any]:
        """The records a correct parser must produce, shaped like the reference JSON."""
        used = {t.period for c in self.commitments for b in c.blocks for t in b.targets}
        return {
            "document": {
                "title": self.title,
                "action_plan": self.action_plan,
                "periods": [p for p in self.wording.periods if p in used],
            },
            "commitments": [_commitment_truth(c) for c in self.commitments],
        }

    @property
    def target_count(self) -> int:
        return sum(len(b.targets) for c in self.commitments for b in c.blocks)


def text_truth(text: Text) -> str | None:
    """A field as the text rules join it: paragraphs and their markers, one space apart."""
    parts: list[str] = []
    for para in text:
        if para.marker is not None:
            parts.append(BULLET if para.marker in BULLET_GLYPHS else para.marker)
        parts.append(para.text)
    joined = " ".join(" ".join(parts).split())
    return joined or None


def _commitment_truth(c: CommitmentSpec) -> dict[str, Any]:
    return {
        "number": c.number,
        "title": c.title,
        "blocks": [
            {
                "success_measure": {"number": b.measure.number, "text": b.measure.text},
                "implementer": b.implementer,
                "targets": [_target_truth(t) for t in b.targets],
            }
            for b in c.blocks
        ],
        "follow_up": text_truth(c.follow_up),
    }


def _target_truth(t: TargetSpec) -> dict[str, Any]:
    return {
        "label": " ".join(t.label.split()),
        "period": t.period,
        "target_text": text_truth(t.target_text),
        "achievement_text": text_truth(t.achievement_text),
        "score": t.score,
        "cocreation_text": text_truth(t.cocreation_text),
        "cocreation_label": t.cocreation_label,
    }
