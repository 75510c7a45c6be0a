"""Every way in reads a report the same way: `convert`, `batch`, `audit`, `inspect` and the Python API.

Each goes through `ogi_extract.pipeline`; the reports they make from one PDF
under one set of limits must agree on the source recorded (the file name, not
its folder), the limits, the rows and the front matter's summary.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import ogi_extract
from ogi_extract import pipeline
from ogi_extract.cli import main
from ogi_extract.limits import DEFAULT_LIMITS
from ogi_extract.models import Report
from reference import REPLICA

LIMITS = replace(DEFAULT_LIMITS, max_pages=500, max_seconds_per_page=30.0)
LIMIT_OPTIONS = ["--max-pages", "500", "--max-seconds-per-page", "30"]


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("in") / "laporan monev.pdf"
    shutil.copyfile(REPLICA, path)
    return path


@pytest.fixture(scope="module")
def api(pdf: Path) -> Report:
    return ogi_extract.read(pdf, limits=LIMITS, audit=True)


def _read_by(monkeypatch: pytest.MonkeyPatch, args: list[str]) -> list[Report]:
    """The reports the pipeline made while the command ran (the command itself must succeed)."""
    made: list[Report] = []
    real = pipeline.read_opened

    def spy(*a: Any, **k: Any) -> Report:
        report = real(*a, **k)
        made.append(report)
        return report

    monkeypatch.setattr(pipeline, "read_opened", spy)
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output  # audit: 1 means findings
    return made


def _same(got: Report, want: Report) -> None:
    assert got.source == want.source
    assert got.source.file == "laporan monev.pdf"
    assert got.limits == want.limits == LIMITS
    assert got.target_rows() == want.target_rows()
    assert got.summary == want.summary and want.summary is not None
    assert got.accounting == want.accounting


def test_api_parse_is_read(pdf: Path, api: Report) -> None:
    parsed = ogi_extract.parse(pdf, limits=LIMITS)
    assert parsed.findings is None and api.findings
    assert parsed.model_dump_json() == api.model_dump_json()
    assert ogi_extract.audit(parsed) == api.findings


def test_convert(monkeypatch: pytest.MonkeyPatch, pdf: Path, api: Report, tmp_path: Path) -> None:
    out = tmp_path / "records.json"
    [report] = _read_by(monkeypatch, ["convert", str(pdf), "-o", str(out), *LIMIT_OPTIONS])
    _same(report, api)
    assert Report.model_validate_json(out.read_text(encoding="utf-8")).model_dump() == api.model_dump()


def test_batch(monkeypatch: pytest.MonkeyPatch, pdf: Path, api: Report, tmp_path: Path) -> None:
    out = tmp_path / "json"
    [report] = _read_by(monkeypatch, ["batch", str(pdf), "--to", "json", str(out), "--jobs", "1", "-q", *LIMIT_OPTIONS])
    _same(report, api)
    [written] = out.glob("*.json")
    assert Report.model_validate_json(written.read_text(encoding="utf-8")).model_dump() == api.model_dump()


def test_audit(monkeypatch: pytest.MonkeyPatch, pdf: Path, api: Report, tmp_path: Path) -> None:
    out = tmp_path / "audit.json"
    [report] = _read_by(monkeypatch, ["audit", str(pdf), "--format", "json", "-o", str(out), *LIMIT_OPTIONS])
    _same(report, api)
    assert report.findings == api.findings
    counts = json.loads(out.read_text(encoding="utf-8"))["counts"]
    assert sum(counts.values()) == len(api.findings)


def test_inspect(monkeypatch: pytest.MonkeyPatch, pdf: Path, api: Report, tmp_path: Path) -> None:
    out = tmp_path / "page.png"
    [report] = _read_by(monkeypatch, ["inspect", str(pdf), "-p", "20", "-o", str(out), *LIMIT_OPTIONS])
    _same(report, api)
    assert out.read_bytes().startswith(b"\x89PNG")


def test_limits_reach_every_command(monkeypatch: pytest.MonkeyPatch, pdf: Path, tmp_path: Path) -> None:
    """A page limit below the PDF's length refuses it in each command with the limit's exit code (9)."""
    small = ["--max-pages", "5"]
    runs = {
        "convert": ["convert", str(pdf), "-o", str(tmp_path / "r.json"), *small],
        "audit": ["audit", str(pdf), *small],
        "inspect": ["inspect", str(pdf), "-p", "1", "-o", str(tmp_path / "p.png"), *small],
    }
    for name, args in runs.items():
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 9, (name, result.output)
    result = CliRunner().invoke(main, ["batch", str(pdf), "--to", "json", str(tmp_path / "j"), "-j", "1", "-q", *small])
    assert result.exit_code == 1 and "pages" in result.output
