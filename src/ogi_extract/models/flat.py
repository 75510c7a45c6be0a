"""The flat target row: one schema for every tabular view of a report.

pandas (`Report.to_pandas`), CSV, JSONL, Parquet and the DuckDB `targets`
table all take their columns from `TARGET_COLUMNS`, in this order, with values
of one kind each: `pages` is a list of page numbers everywhere (CSV, which has
no lists, writes it as the numbers separated by spaces). The SQL types are
DuckDB's; `export.store` maps them to Arrow for Parquet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .report import Report

TARGET_COLUMNS: tuple[tuple[str, str], ...] = (
    ("target_id", "VARCHAR"),
    ("commitment", "INTEGER"),
    ("commitment_title", "VARCHAR"),
    ("block_id", "VARCHAR"),
    ("success_measure", "INTEGER"),
    ("success_measure_text", "VARCHAR"),
    ("implementer", "VARCHAR"),
    ("implementer_id", "VARCHAR"),
    ("implementer_kind", "VARCHAR"),
    ("label", "VARCHAR"),
    ("period", "VARCHAR"),
    ("target_text", "VARCHAR"),
    ("achievement_text", "VARCHAR"),
    ("score", "VARCHAR"),
    ("score_value", "DOUBLE"),
    ("grade", "VARCHAR"),
    ("cocreation_text", "VARCHAR"),
    ("cocreation_label", "VARCHAR"),
    ("cocreation", "VARCHAR"),
    ("pages", "INTEGER[]"),
)


def target_rows(report: Report) -> list[dict[str, Any]]:
    """One flat dict per target row, with its commitment and block columns (`TARGET_COLUMNS`)."""
    rows: list[dict[str, Any]] = []
    for c in report.commitments:
        for b in c.blocks:
            sm = b.success_measure
            res = b.implementer_match
            for t in b.targets:
                rows.append(
                    {
                        "target_id": t.id,
                        "commitment": c.number,
                        "commitment_title": c.title,
                        "block_id": b.id,
                        "success_measure": sm.number if sm else None,
                        "success_measure_text": sm.text if sm else None,
                        "implementer": b.implementer,
                        "implementer_id": res.id if res else None,
                        "implementer_kind": res.kind if res else None,
                        "label": t.label,
                        "period": t.period,
                        "target_text": t.target_text,
                        "achievement_text": t.achievement_text,
                        "score": t.score,
                        "score_value": t.score_value,
                        "grade": t.grade,
                        "cocreation_text": t.cocreation_text,
                        "cocreation_label": t.cocreation_label,
                        "cocreation": t.cocreation,
                        "pages": sorted({p.page for pieces in t.provenance.values() for p in pieces}),
                    }
                )
    return rows
