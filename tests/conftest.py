"""Shared fixtures: the replica parsed once per backend, the golden records."""

from __future__ import annotations

import json
from typing import Any

import pytest

from reference import GOLDEN, REPLICA


def records(report: Any) -> dict[str, Any]:
    """The comparable part of a report: document and commitments without provenance."""
    data = report.model_dump(mode="json", include={"document", "commitments"})
    for c in data["commitments"]:
        c["provenance"] = {}
        for b in c["blocks"]:
            b["provenance"] = {}
            for t in b["targets"]:
                t["provenance"] = {}
    return data


@pytest.fixture(scope="session")
def golden() -> dict[str, Any]:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def replica_pymupdf() -> Any:
    import ogi_extract

    return ogi_extract.parse(REPLICA)


@pytest.fixture(scope="session")
def replica_pdfplumber() -> Any:
    import ogi_extract

    return ogi_extract.parse(REPLICA, backend="pdfplumber")
