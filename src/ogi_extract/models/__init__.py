"""Pydantic records of a parsed report."""

from .records import (
    Accounting,
    Block,
    Commitment,
    DocumentInfo,
    OcrReading,
    PageProblem,
    Piece,
    Provenance,
    Resolution,
    SourceInfo,
    SuccessMeasure,
    Target,
    UnassignedWord,
)
from .report import Report

__all__ = [
    "Accounting",
    "Block",
    "Commitment",
    "DocumentInfo",
    "OcrReading",
    "PageProblem",
    "Piece",
    "Provenance",
    "Report",
    "Resolution",
    "SourceInfo",
    "SuccessMeasure",
    "Target",
    "UnassignedWord",
]
