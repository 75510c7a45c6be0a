"""A report as relational rows: the tables of the data store, with fixed columns.

Every table carries `report_id` so that the rows of many reports can sit in one
store and join: the commitments, blocks and targets of a report are only unique
within it (`c01-b01-t01` exists in every edition). The columns are declared here
once, with SQL types, so that an empty table (no findings yet, no unassigned
words) still has its full shape and a query written today keeps working on a
store filled later.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..models import Piece, Report
from ..models.flat import TARGET_COLUMNS

if TYPE_CHECKING:
    from ..checks import Finding

Row = dict[str, Any]

# Column types are DuckDB's; `export.store` maps them to Arrow for Parquet.
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "reports": (
        ("report_id", "VARCHAR"),
        ("file", "VARCHAR"),
        ("sha256", "VARCHAR"),
        ("pages", "INTEGER"),
        ("backend", "VARCHAR"),
        ("grammar", "VARCHAR"),
        ("title", "VARCHAR"),
        ("action_plan", "VARCHAR"),
        ("periods", "VARCHAR[]"),
        ("commitments", "INTEGER"),
        ("blocks", "INTEGER"),
        ("targets", "INTEGER"),
        ("words", "INTEGER"),
        ("furniture_words", "INTEGER"),
        ("outside_words", "INTEGER"),
        ("assigned_words", "INTEGER"),
        ("unassigned_words", "INTEGER"),
        ("unresolved_names", "VARCHAR[]"),
        ("page_problems", "VARCHAR[]"),
        ("warnings", "VARCHAR[]"),
        ("audited", "BOOLEAN"),
        ("findings", "INTEGER"),
    ),
    "commitments": (
        ("report_id", "VARCHAR"),
        ("commitment_id", "VARCHAR"),
        ("commitment", "INTEGER"),
        ("title", "VARCHAR"),
        ("follow_up", "VARCHAR"),
        ("blocks", "INTEGER"),
        ("targets", "INTEGER"),
        ("pages", "INTEGER[]"),
    ),
    "blocks": (
        ("report_id", "VARCHAR"),
        ("block_id", "VARCHAR"),
        ("commitment_id", "VARCHAR"),
        ("commitment", "INTEGER"),
        ("success_measure", "INTEGER"),
        ("success_measure_text", "VARCHAR"),
        ("implementer", "VARCHAR"),
        ("implementer_status", "VARCHAR"),
        ("implementer_id", "VARCHAR"),
        ("implementer_kind", "VARCHAR"),
        ("implementer_score", "DOUBLE"),
        ("implementer_method", "VARCHAR"),
        ("targets", "INTEGER"),
        ("pages", "INTEGER[]"),
    ),
    "targets": (("report_id", "VARCHAR"), *TARGET_COLUMNS),
    "provenance": (
        ("report_id", "VARCHAR"),
        ("record_id", "VARCHAR"),
        ("field", "VARCHAR"),
        ("page", "INTEGER"),
        ("x0", "DOUBLE"),
        ("top", "DOUBLE"),
        ("x1", "DOUBLE"),
        ("bottom", "DOUBLE"),
    ),
    "findings": (
        ("report_id", "VARCHAR"),
        ("finding_no", "INTEGER"),
        ("finding_id", "VARCHAR"),
        ("caused_by", "VARCHAR"),
        ("check_name", "VARCHAR"),
        ("severity", "VARCHAR"),
        ("message", "VARCHAR"),
        ("message_id", "VARCHAR"),
        ("params", "VARCHAR"),
        ("published_label", "VARCHAR"),
        ("published_value", "VARCHAR"),
        ("published_number", "DOUBLE"),
        ("published_raw", "VARCHAR"),
        ("published_pages", "INTEGER[]"),
        ("derived_value", "VARCHAR"),
        ("derived_number", "DOUBLE"),
        ("derived_rule", "VARCHAR"),
        ("target_ids", "VARCHAR[]"),
        ("record_ids", "VARCHAR[]"),
    ),
    "unassigned": (
        ("report_id", "VARCHAR"),
        ("word_no", "INTEGER"),
        ("page", "INTEGER"),
        ("text", "VARCHAR"),
        ("reason", "VARCHAR"),
        ("x0", "DOUBLE"),
        ("top", "DOUBLE"),
        ("x1", "DOUBLE"),
        ("bottom", "DOUBLE"),
    ),
}


@dataclass(slots=True)
class Bundle:
    """All rows one report contributes to the store, table by table."""

    report_id: str
    tables: dict[str, list[Row]] = field(default_factory=dict)

    def count(self, table: str) -> int:
        return len(self.tables.get(table, []))


def report_id(report: Report) -> str:
    """The key of a report's rows: the PDF's sha256, else its file name.

    A report read from JSON without either (the golden records) is keyed by the
    hash of its records, so the same records always get the same id.
    """
    if report.source.sha256:
        return report.source.sha256
    if report.source.file:
        return report.source.file
    return hashlib.sha256(report.model_dump_json().encode("utf-8")).hexdigest()


def _pages(pieces: Sequence[Piece]) -> list[int]:
    return sorted({p.page for p in pieces})


def _provenance_pages(provenance: dict[str, list[Piece]]) -> list[int]:
    return _pages([p for pieces in provenance.values() for p in pieces])


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    return None


def _text(value: object) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else repr(value)


def _report_row(report: Report, rid: str, findings: list[Finding] | None) -> Row:
    acc = report.accounting
    return {
        "report_id": rid,
        "file": report.source.file,
        "sha256": report.source.sha256,
        "pages": report.source.pages,
        "backend": report.source.backend,
        "grammar": report.source.grammar,
        "title": report.document.title,
        "action_plan": report.document.action_plan,
        "periods": list(report.document.periods),
        "commitments": len(report.commitments),
        "blocks": sum(len(c.blocks) for c in report.commitments),
        "targets": len(report.targets),
        "words": acc.words,
        "furniture_words": acc.furniture,
        "outside_words": acc.outside,
        "assigned_words": acc.assigned,
        "unassigned_words": acc.unassigned,
        "unresolved_names": list(report.unresolved_names),
        "page_problems": [f"page {p.page}: {p.reason}" for p in report.page_problems],
        "warnings": list(report.warnings),
        "audited": findings is not None,
        "findings": None if findings is None else len(findings),
    }


def _structure_rows(report: Report, rid: str) -> dict[str, list[Row]]:
    commitments: list[Row] = []
    blocks: list[Row] = []
    provenance: list[Row] = []

    def pieces(record_id: str, prov: dict[str, list[Piece]]) -> None:
        for name, items in prov.items():
            for p in items:
                x0, top, x1, bottom = p.box
                provenance.append(
                    {"report_id": rid, "record_id": record_id, "field": name, "page": p.page,
                     "x0": x0, "top": top, "x1": x1, "bottom": bottom}
                )

    for c in report.commitments:
        pieces(c.id, c.provenance)
        c_pages: set[int] = set(_provenance_pages(c.provenance))
        for b in c.blocks:
            pieces(b.id, b.provenance)
            b_pages = set(_provenance_pages(b.provenance))
            for t in b.targets:
                pieces(t.id, t.provenance)
                b_pages.update(_provenance_pages(t.provenance))
            c_pages.update(b_pages)
            sm, res = b.success_measure, b.implementer_match
            blocks.append(
                {
                    "report_id": rid,
                    "block_id": b.id,
                    "commitment_id": c.id,
                    "commitment": c.number,
                    "success_measure": sm.number if sm else None,
                    "success_measure_text": sm.text if sm else None,
                    "implementer": b.implementer,
                    "implementer_status": res.status if res else None,
                    "implementer_id": res.id if res else None,
                    "implementer_kind": res.kind if res else None,
                    "implementer_score": res.score if res else None,
                    "implementer_method": res.method if res else None,
                    "targets": len(b.targets),
                    "pages": sorted(b_pages),
                }
            )
        commitments.append(
            {
                "report_id": rid,
                "commitment_id": c.id,
                "commitment": c.number,
                "title": c.title,
                "follow_up": c.follow_up,
                "blocks": len(c.blocks),
                "targets": sum(len(b.targets) for b in c.blocks),
                "pages": sorted(c_pages),
            }
        )
    return {"commitments": commitments, "blocks": blocks, "provenance": provenance}


def _target_rows(report: Report, rid: str) -> list[Row]:
    columns = [name for name, _ in TABLES["targets"]]
    out: list[Row] = []
    for flat in report.target_rows():
        row: Row = {"report_id": rid, **flat}
        out.append({name: row.get(name) for name in columns})
    return out


def _params(finding: Finding) -> str:
    """The values of a finding's sentence as JSON text, keys sorted: the same finding, the same text.
    `messages.say(message_id, json.loads(params), lang)` says the sentence again in any language."""
    params = finding.model_dump(mode="json", include={"params"})["params"]
    return json.dumps(params, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _finding_rows(findings: Sequence[Finding], rid: str) -> list[Row]:
    out: list[Row] = []
    for n, f in enumerate(findings, 1):
        pub, der = f.published, f.derived
        out.append(
            {
                "report_id": rid,
                "finding_no": n,
                "finding_id": f.id,
                "caused_by": f.caused_by,
                "check_name": f.check,
                "severity": f.severity,
                "message": f.message,
                "message_id": f.message_id,
                "params": _params(f),
                "published_label": pub.label if pub else None,
                "published_value": _text(pub.value) if pub else None,
                "published_number": _number(pub.value) if pub else None,
                "published_raw": pub.raw if pub else None,
                "published_pages": _pages(pub.pieces) if pub else [],
                "derived_value": _text(der.value) if der else None,
                "derived_number": _number(der.value) if der else None,
                "derived_rule": der.rule if der else None,
                "target_ids": list(der.target_ids) if der else [],
                "record_ids": list(der.record_ids) if der else [],
            }
        )
    return out


def _unassigned_rows(report: Report, rid: str) -> list[Row]:
    return [
        {
            "report_id": rid,
            "word_no": n,
            "page": w.page,
            "text": w.text,
            "reason": w.reason,
            "x0": w.box[0],
            "top": w.box[1],
            "x1": w.box[2],
            "bottom": w.box[3],
        }
        for n, w in enumerate(report.unassigned, 1)
    ]


def bundle(report: Report, findings: Sequence[Finding] | None = None, *, rid: str | None = None) -> Bundle:
    """The rows of every table for one report.

    `findings` None means "not audited" (the findings table gets no rows and the
    report row says so); an empty list means audited and clean.
    """
    rid = rid or report_id(report)
    listed = None if findings is None else list(findings)
    tables: dict[str, list[Row]] = {"reports": [_report_row(report, rid, listed)]}
    tables.update(_structure_rows(report, rid))
    tables["targets"] = _target_rows(report, rid)
    tables["findings"] = _finding_rows(listed or [], rid)
    tables["unassigned"] = _unassigned_rows(report, rid)
    return Bundle(rid, {name: tables[name] for name in TABLES})
