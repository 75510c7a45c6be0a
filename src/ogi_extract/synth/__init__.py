"""Synthetic monev reports with their exact truth.

`make_report(seed)` draws a random report of the same family as the published 2021
report (commitments, success measures, implementer headings, bordered target rows
that break across pages, footers) and returns the PDF bytes with the records a
correct parser must produce. `render(spec, style)` draws given content in a given
style; `strategies` offers the same as hypothesis strategies.
"""

from __future__ import annotations

from .content import SpecParams, random_commitment, random_spec
from .layout import CellPart, RowPlacement
from .report import SynthReport, make_report, render, render_report
from .spec import BlockSpec, CommitmentSpec, MeasureSpec, Paragraph, Spec, TargetSpec, Text, text_truth
from .style import FONTS, Style, Variants, random_style

__all__ = [
    "FONTS",
    "BlockSpec",
    "CellPart",
    "CommitmentSpec",
    "MeasureSpec",
    "Paragraph",
    "RowPlacement",
    "Spec",
    "SpecParams",
    "Style",
    "SynthReport",
    "TargetSpec",
    "Text",
    "Variants",
    "make_report",
    "random_commitment",
    "random_spec",
    "random_style",
    "render",
    "render_report",
    "text_truth",
]
