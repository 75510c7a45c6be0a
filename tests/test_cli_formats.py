"""`convert` as a user meets it: the format from `-o`'s extension, `-` for standard input and output.

Runs on five pages of the replica (pages 21-25), so each case parses in well
under a second; what is checked is the command's plumbing, the records
themselves are checked elsewhere against the golden file.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from openpyxl import load_workbook

import badpdf as bad
from ogi_extract.cli import main

ROOT = Path(__file__).resolve().parent.parent


@cache
def mini() -> bytes:
    return bad.select(bad.replica(), range(21, 26))


@pytest.fixture()
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "mini.pdf"
    path.write_bytes(mini())
    return path


def _run(*args: str | Path, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], input=stdin)


def test_o_with_xlsx_writes_excel(pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    result = _run("convert", pdf, "-o", out)
    assert result.exit_code == 0, result.output
    wb = load_workbook(out)
    assert wb.sheetnames == ["targets", "commitments", "blocks", "findings", "unassigned"]
    assert wb["targets"].max_row > 1


def test_o_with_csv_writes_csv_and_excel_adds_the_bom(pdf: Path, tmp_path: Path) -> None:
    _run("convert", pdf, "-o", tmp_path / "a.csv")
    _run("convert", pdf, "-o", tmp_path / "b.csv", "--excel")
    plain, excel = (tmp_path / "a.csv").read_bytes(), (tmp_path / "b.csv").read_bytes()
    assert plain.startswith(b"target_id,") and excel == b"\xef\xbb\xbf" + plain


def test_format_overrides_the_extension(pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "rows.txt"
    assert _run("convert", pdf, "-o", out, "--format", "jsonl").exit_code == 0
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert first["target_id"].startswith("c")


def test_an_unknown_extension_exits_2_with_one_line_and_writes_nothing(pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    result = _run("convert", pdf, "-o", out)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"{out}: error: cannot tell the output format from extension '.txt' "
        "(known: .json .jsonl .csv .xlsx .parquet .duckdb); name one with --format"
    ]
    assert not out.exists()


def test_standard_input_to_standard_output_in_a_pipe(pdf: Path) -> None:
    """A real pipe, in a child process: the bytes of stdin in, JSON out, nothing else on stdout."""
    done = subprocess.run(
        [sys.executable, "-c", "from ogi_extract.cli import main; main()", "convert", "-", "-o", "-"],
        input=pdf.read_bytes(), capture_output=True, timeout=120, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["source"]["file"] == "-" and data["source"]["sha256"]
    from_file = json.loads(_run("convert", pdf).stdout)
    assert data["commitments"] == from_file["commitments"]


def test_xlsx_to_standard_output(pdf: Path) -> None:
    result = _run("convert", "-", "--format", "xlsx", stdin=pdf.read_bytes())
    assert result.exit_code == 0
    assert load_workbook(io.BytesIO(result.stdout_bytes)).sheetnames[0] == "targets"


def test_standard_input_over_the_size_limit_is_exit_9(monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    from ogi_extract.cli import convert

    monkeypatch.setattr(convert, "DEFAULT_LIMITS", replace(convert.DEFAULT_LIMITS, max_file_bytes=100))
    result = _run("convert", "-", stdin=b"%PDF-1.7\n" + b"x" * 200)
    assert result.exit_code == 9
    assert result.stderr == "-: error: standard input holds more than the limit of 100 bytes\n"


def test_parquet_dir_in_a_missing_folder_is_refused(pdf: Path, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "pq"
    result = _run("convert", pdf, "--to", "parquet", target)
    assert result.exit_code == 11, result.output
    assert not (tmp_path / "missing").exists()
    assert _run("convert", pdf, "--to", "parquet", tmp_path / "pq").exit_code == 0
    assert (tmp_path / "pq" / "targets.parquet").is_file()


def test_o_with_duckdb_adds_the_report_to_a_store(pdf: Path, tmp_path: Path) -> None:
    import duckdb

    out = tmp_path / "m.duckdb"
    assert _run("convert", pdf, "-o", out).exit_code == 0
    con = duckdb.connect(str(out), read_only=True)
    assert con.execute("SELECT count(*) FROM targets").fetchone()[0] > 0



def test_lang_says_the_findings_sheet_in_indonesian(tmp_path: Path) -> None:
    from ogi_extract.checks.messages import LANGUAGES
    from ogi_extract.cli.common import LANGUAGES as OFFERED
    from test_checks_messages import english_words

    assert OFFERED == LANGUAGES  # the option's choices are the catalogue's languages
    pdf = tmp_path / "front.pdf"  # the front matter and two pages of detail: findings of several checks
    pdf.write_bytes(bad.select(bad.replica(), [1, 2, 3, 4, 21, 22]))
    sheets = {}
    for lang in ("en", "id"):
        out = tmp_path / f"{lang}.xlsx"
        assert _run("convert", pdf, "-o", out, "--lang", lang).exit_code == 0
        rows = list(load_workbook(out)["findings"].iter_rows(values_only=True))
        sheets[lang] = [dict(zip(rows[0], row)) for row in rows[1:]]
    en, id_ = sheets["en"], sheets["id"]
    assert len({r["check_name"] for r in en}) >= 5
    assert [(r["finding_no"], r["check_name"]) for r in en] == [(r["finding_no"], r["check_name"]) for r in id_]
    for one, other in zip(en, id_):
        assert one["message"] != other["message"] and english_words(other["message"]) == [], other["message"]
    assert any(r["message"].startswith("Judul “") and "tidak menunjuk komitmen mana pun" in r["message"] for r in id_)
    # where each figure is printed and how it was derived are shown in the sheet's language too
    from test_checks_places import _english_left

    assert [(r["message_id"], r["params"]) for r in en] == [(r["message_id"], r["params"]) for r in id_]
    shown = [(one[c], other[c]) for one, other in zip(en, id_) for c in ("published_label", "derived_rule") if one[c]]
    assert len([1 for e, i in shown if e != i]) >= 5
    assert [i for _e, i in shown if _english_left(i)] == []
