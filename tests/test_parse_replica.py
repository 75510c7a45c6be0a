"""The replica of the 2021 report parses to the golden records, with both backends."""

from __future__ import annotations

from typing import Any

import pytest

import ogi_extract
from conftest import REPLICA, records

FIELDS = ("label", "period", "target_text", "achievement_text", "score", "cocreation_text", "cocreation_label")


def _diff(got: dict[str, Any], want: dict[str, Any]) -> list[str]:
    out = []
    if got["document"] != want["document"]:
        out.append(f"document: {got['document']} != {want['document']}")
    gc, wc = got["commitments"], want["commitments"]
    if len(gc) != len(wc):
        out.append(f"{len(gc)} commitments, want {len(wc)}")
    for c, w in zip(gc, wc):
        for key in ("id", "number", "title", "follow_up"):
            if c[key] != w[key]:
                out.append(f"commitment {w['number']} {key}: {c[key]!r} != {w[key]!r}")
        if len(c["blocks"]) != len(w["blocks"]):
            out.append(f"commitment {w['number']}: {len(c['blocks'])} blocks, want {len(w['blocks'])}")
        for b, wb in zip(c["blocks"], w["blocks"]):
            for key in ("id", "success_measure", "implementer", "implementer_match"):
                if b[key] != wb[key]:
                    out.append(f"{wb['id']} {key}: {b[key]!r} != {wb[key]!r}")
            if len(b["targets"]) != len(wb["targets"]):
                out.append(f"{wb['id']}: {len(b['targets'])} targets, want {len(wb['targets'])}")
            for t, wt in zip(b["targets"], wb["targets"]):
                for key in wt:
                    if t[key] != wt[key]:
                        out.append(f"{wt['id']} {key}: {t[key]!r} != {wt[key]!r}")
    return out


@pytest.mark.parametrize("backend", ["pymupdf", "pdfplumber"])
def test_replica_equals_golden(backend: str, golden: dict[str, Any], request: pytest.FixtureRequest) -> None:
    report = request.getfixturevalue(f"replica_{backend}")
    diffs = _diff(records(report), golden)
    assert not diffs, f"{len(diffs)} differences:\n" + "\n".join(diffs[:40])
    assert records(report) == golden


@pytest.mark.parametrize("backend", ["pymupdf", "pdfplumber"])
def test_nothing_is_lost(backend: str, request: pytest.FixtureRequest) -> None:
    report = request.getfixturevalue(f"replica_{backend}")
    acc = report.accounting
    assert report.unassigned == []
    assert acc.unassigned == 0
    assert acc.words == acc.furniture + acc.outside + acc.assigned + acc.unassigned
    # the detail section holds most of the report's words
    assert acc.assigned > 0.6 * acc.words


def test_both_backends_give_the_same_records(replica_pymupdf: Any, replica_pdfplumber: Any) -> None:
    assert records(replica_pymupdf) == records(replica_pdfplumber)


def test_provenance_points_at_the_pages_of_each_field(replica_pymupdf: Any) -> None:
    targets = replica_pymupdf.targets
    assert len(targets) == 137
    for t in targets:
        for field in FIELDS[2:]:
            if getattr(t, field) is not None and field != "period":
                pieces = t.provenance[field]
                assert pieces, (t.id, field)
                for p in pieces:
                    x0, top, x1, bottom = p.box
                    assert 1 <= p.page <= replica_pymupdf.source.pages and x0 < x1 and top < bottom
    broken = [t for t in targets if len({p.page for ps in t.provenance.values() for p in ps}) > 1]
    assert len(broken) >= 25


def test_same_pdf_gives_byte_identical_json(replica_pymupdf: Any) -> None:
    from ogi_extract.export import to_json

    again = ogi_extract.parse(REPLICA)
    assert to_json(again) == to_json(replica_pymupdf)
