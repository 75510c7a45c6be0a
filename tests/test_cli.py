"""The command line: every command through click's runner, and bad input as one line.

End-to-end cases run on a small synthetic report (a few pages, known truth) so
that they stay fast; the replica of the 2021 report is parsed once, for the
store and the inspection image of a real page.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import duckdb
import pymupdf
import pytest
from click.testing import CliRunner, Result

from ogi_extract import errors
from ogi_extract.cli import EXIT_CODES, main
from ogi_extract.export import OutputError
from ogi_extract.models import Report

ROOT = Path(__file__).resolve().parent.parent
REPLICA = ROOT / "samples" / "monev-2021" / "monev-2021.pdf"
GOLDEN = ROOT / "golden" / "monev-2021.json"


def _run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def _one_error_line(result: Result, code: int) -> str:
    assert result.exit_code == code, (result.exit_code, result.stderr, result.exception)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert ": error: " in lines[0]
    assert "Traceback" not in result.output
    return lines[0]


def _table_pdf(path: Path) -> Path:
    """A one-page PDF with a bordered table: readable, but no monev report."""
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=300)
    for x in (40, 200, 360):
        page.draw_line((x, 40), (x, 200), color=(0, 0, 0), width=0.8)
    for y in (40, 120, 200):
        page.draw_line((40, y), (360, y), color=(0, 0, 0), width=0.8)
    page.insert_text((46, 60), "Target B06: alpha beta", fontsize=10)
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    synth = pytest.importorskip("ogi_extract.synth")
    path = tmp_path_factory.mktemp("synth") / "synthetic.pdf"
    path.write_bytes(synth.make_report(7, pages_hint=3).pdf)
    return path


# -- reference: schema and exit codes -------------------------------------


def test_schema_is_the_report_json_schema() -> None:
    result = _run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema == Report.model_json_schema()
    assert {"commitments", "source", "unassigned"} <= set(schema["properties"])


def test_help_documents_every_exit_code() -> None:
    documented = dict(EXIT_CODES)
    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.OgiError)]
    for cls in [*classes, OutputError]:
        assert cls.exit_code in documented, cls.__name__
    text = _run("--help").stdout
    for code, meaning in EXIT_CODES:
        assert f"{code:>2}  {meaning}" in text


# -- bad input: one line, the documented code ------------------------------


def test_missing_file(tmp_path: Path) -> None:
    line = _one_error_line(_run("convert", tmp_path / "nope.pdf"), errors.NotAPdfError.exit_code)
    assert "nope.pdf" in line


def test_directory(tmp_path: Path) -> None:
    _one_error_line(_run("convert", tmp_path), errors.NotAPdfError.exit_code)


def test_not_a_pdf(tmp_path: Path) -> None:
    notes = tmp_path / "notes.pdf"
    notes.write_text("minutes of the meeting\n")
    line = _one_error_line(_run("convert", notes), errors.NotAPdfError.exit_code)
    assert "notes.pdf" in line and "not a PDF" in line


def test_a_pdf_that_is_no_report(tmp_path: Path) -> None:
    _one_error_line(_run("convert", _table_pdf(tmp_path / "table.pdf")), errors.UnknownReportError.exit_code)


def test_output_into_a_directory(tmp_path: Path, synthetic: Path) -> None:
    _one_error_line(_run("convert", synthetic, "-o", tmp_path), OutputError.exit_code)


def test_usage_error_is_clicks() -> None:
    assert _run("convert", "--format", "xml", "x.pdf").exit_code == 2


# -- convert ----------------------------------------------------------------


def test_convert_twice_gives_the_same_bytes(tmp_path: Path, synthetic: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert _run("convert", synthetic, "-o", first).exit_code == 0
    quiet = _run("-q", "convert", synthetic, "-o", second)
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert first.read_bytes() == second.read_bytes()
    report = Report.model_validate_json(first.read_text(encoding="utf-8"))
    assert report.targets and report.source.file == "synthetic.pdf"


def test_convert_to_stdout_formats(synthetic: Path) -> None:
    as_json = _run("-q", "convert", synthetic)
    assert as_json.exit_code == 0
    n = len(Report.model_validate_json(as_json.stdout).targets)
    jsonl = _run("-q", "convert", synthetic, "--format", "jsonl").stdout.splitlines()
    csv = _run("-q", "convert", synthetic, "--format", "csv").stdout.splitlines()
    assert len(jsonl) == n and len(csv) == n + 1
    assert csv[0].startswith("target_id,")


def test_convert_to_duckdb_and_parquet(tmp_path: Path, synthetic: Path) -> None:
    store, pq = tmp_path / "monev.duckdb", tmp_path / "pq"
    result = _run("convert", synthetic, "--to", "duckdb", store, "--to", "parquet", pq)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    con = duckdb.connect(str(store), read_only=True)
    (n_rows,) = con.execute("SELECT count(*) FROM targets").fetchone() or (0,)
    (listed,) = con.execute("SELECT targets FROM reports").fetchone() or (0,)
    con.close()
    assert n_rows == listed > 0
    assert (pq / "targets.parquet").exists() and (pq / "findings.parquet").exists()


# -- inspect ----------------------------------------------------------------


def test_inspect_with_records(tmp_path: Path) -> None:
    out = tmp_path / "page.png"
    result = _run("inspect", REPLICA, "--page", "23", "--records", GOLDEN, "-o", out, "--dpi", "72")
    assert result.exit_code == 0, result.stderr
    pix = pymupdf.Pixmap(out.read_bytes())
    page = pymupdf.open(REPLICA)[22]
    assert pix.height == round(page.rect.height) and pix.width > round(page.rect.width)  # 72 dpi; the legend beside
    assert "page 23:" in result.stderr and "grid" in result.stderr


def test_inspect_page_out_of_range(tmp_path: Path) -> None:
    pdf = _table_pdf(tmp_path / "t.pdf")
    line = _one_error_line(_run("inspect", pdf, "--page", "3", "--records", GOLDEN), 2)
    assert "page 3" in line


def test_inspect_bad_records(tmp_path: Path) -> None:
    pdf = _table_pdf(tmp_path / "t.pdf")
    bad = tmp_path / "bad.json"
    bad.write_text('{"commitments": 3}')
    line = _one_error_line(_run("inspect", pdf, "--page", "1", "--records", bad), 2)
    assert "bad.json" in line


def test_inspect_of_a_pdf_that_is_no_report_draws_the_grid(tmp_path: Path) -> None:
    pdf = _table_pdf(tmp_path / "t.pdf")
    out = tmp_path / "t.png"
    result = _run("inspect", pdf, "-p", "1", "-o", out)
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")
    assert "1 grid, 4 cells" in result.stderr


# -- batch ------------------------------------------------------------------


def test_batch_without_pdfs(tmp_path: Path) -> None:
    (tmp_path / "readme.txt").write_text("nothing here")
    _one_error_line(_run("batch", tmp_path, "--to", "duckdb", tmp_path / "x.duckdb"), 2)
    _one_error_line(_run("batch", tmp_path / "nope", "--to", "duckdb", tmp_path / "x.duckdb"), 3)  # missing: as convert


def test_the_logger_is_left_as_found() -> None:
    logger = logging.getLogger("ogi_extract")
    before = (logger.level, list(logger.handlers), logger.propagate)
    assert _run("-q", "schema").exit_code == 0
    assert _run("-v", "schema").exit_code == 0
    assert (logger.level, list(logger.handlers), logger.propagate) == before
