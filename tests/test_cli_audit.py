"""`ogi-extract audit`: formats, output file and linter exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ogi_extract.checks import Finding, audit
from ogi_extract.cli import audit as audit_cli
from reference import reference_report, resolver, rules

REPLICA = Path(__file__).resolve().parents[1] / "samples" / "monev-2021" / "monev-2021.pdf"


@pytest.fixture
def fake_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    return path


def _with(monkeypatch: pytest.MonkeyPatch, findings: list[Finding]) -> None:
    monkeypatch.setattr(audit_cli, "read_audit", lambda path, backend, grammar, grammar_dirs=(), limits=None: (None, findings))


def _reference_findings() -> list[Finding]:
    return audit(reference_report(), grammar=rules(), resolve=resolver())


def test_findings_exit_1_and_json_goes_to_stdout(monkeypatch: pytest.MonkeyPatch, fake_pdf: Path) -> None:
    _with(monkeypatch, _reference_findings())
    result = CliRunner().invoke(audit_cli.audit_command, [str(fake_pdf), "--format", "json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["counts"] == {"error": 19, "warning": 12, "info": 19}


@pytest.mark.parametrize(("fail_on", "code"), [("warning", 1), ("error", 0), ("none", 0)])
def test_fail_on_threshold(monkeypatch: pytest.MonkeyPatch, fake_pdf: Path, fail_on: str, code: int) -> None:
    only_warnings = [f for f in _reference_findings() if f.severity != "error"]
    _with(monkeypatch, only_warnings)
    result = CliRunner().invoke(audit_cli.audit_command, [str(fake_pdf), "--fail-on", fail_on])
    assert result.exit_code == code


def test_clean_report_exits_0(monkeypatch: pytest.MonkeyPatch, fake_pdf: Path) -> None:
    _with(monkeypatch, [f for f in _reference_findings() if f.severity == "info"])
    result = CliRunner().invoke(audit_cli.audit_command, [str(fake_pdf)])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == "0 errors, 0 warnings, 19 infos"


def test_output_file(monkeypatch: pytest.MonkeyPatch, fake_pdf: Path, tmp_path: Path) -> None:
    _with(monkeypatch, _reference_findings())
    out = tmp_path / "audit.md"
    result = CliRunner().invoke(audit_cli.audit_command, [str(fake_pdf), "--format", "md", "-o", str(out), "--fail-on", "none"])
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("# Audit of report.pdf")


def test_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(audit_cli.audit_command, [str(tmp_path / "nope.pdf")])
    assert result.exit_code == 3  # NotAPdfError, as in convert
    assert ": error: cannot read" in result.stderr.splitlines()[0] and "No such file" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_not_a_pdf_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_text("just text", encoding="utf-8")
    result = CliRunner().invoke(audit_cli.audit_command, [str(path)])
    assert result.exit_code == 3  # NotAPdfError, as in convert
    assert ": error: " in result.stderr and len(result.stderr.splitlines()) == 1


def test_bad_option_is_a_usage_error(fake_pdf: Path) -> None:
    result = CliRunner().invoke(audit_cli.audit_command, [str(fake_pdf), "--format", "xml"])
    assert result.exit_code == 2


def test_replica_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "audit.json"
    result = CliRunner().invoke(audit_cli.audit_command, [str(REPLICA), "--format", "json", "-o", str(out)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.exception
    data = json.loads(out.read_text(encoding="utf-8"))
    cells = {
        f["published"]["label"]: (f["published"]["value"], f["derived"]["value"])
        for f in data["findings"]
        if f["check"] == "table-cell"
    }
    # the replica prints the published tables; its detail is the transcription's
    assert cells["Tabel 8 > Baik (70-100) > B06"] == (26, 27)
    assert cells["Tabel 9 > Kinerja tidak dapat dinilai (N/A) > Akumulasi"] == (7, 3)
    assert data["counts"]["error"] == 19
