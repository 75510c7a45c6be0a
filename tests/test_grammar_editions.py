"""A new edition with a grammar file alone: relabelled and English reports, every way in.

The reports are rendered by the synthetic generator in the words of grammars
that no code knows (tests/data/grammars/), and read back with those files alone:
given by path, found through OGI_EXTRACT_GRAMMARS or --grammar-dir, or picked by
detection among every known grammar. Truth comes from the generator.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import ogi_extract
from ogi_extract.cli import main
from ogi_extract.errors import GrammarError, UnknownReportError
from ogi_extract.grammar import ENV_VAR, load_grammar
from ogi_extract.synth import make_report, render
from ogi_extract.synth.content import SpecParams
from ogi_extract.synth.spec import Paragraph
from ogi_extract.synth.wording import from_grammar
from test_parse_synth import _expected, _first_difference, _truth_view

USER = Path(__file__).resolve().parent / "data" / "grammars"
RELABELLED = USER / "monev-2023.toml"
ENGLISH = USER / "ogi-en-2019.toml"
EDITIONS = {"monev-2023": RELABELLED, "ogi-en-2019": ENGLISH, "monev-2021": "monev-2021", "monev-2022": "monev-2022"}
SEEDS = (0, 1, 2)


@pytest.fixture(scope="module")
def reports() -> dict[tuple[str, int], Any]:
    """A few reports of each edition, rendered once."""
    out = {}
    for edition, grammar in EDITIONS.items():
        params = SpecParams(wording=from_grammar(grammar))
        for seed in SEEDS:
            out[edition, seed] = make_report(seed, params=params)
    return out


def _round_trip(report: Any, synth: Any) -> None:
    got, want = _truth_view(report), _expected(synth.truth)
    assert got == want, _first_difference(got, want)
    assert report.unassigned == []
    assert report.document.periods == synth.truth["document"]["periods"]


@pytest.mark.parametrize("edition", ["monev-2023", "ogi-en-2019"])
@pytest.mark.parametrize("seed", SEEDS)
def test_relabelled_editions_round_trip_with_the_grammar_given_by_path(
    reports: dict[tuple[str, int], Any], edition: str, seed: int
) -> None:
    synth = reports[edition, seed]
    report = ogi_extract.parse(synth.pdf, grammar=EDITIONS[edition])
    _round_trip(report, synth)
    g = load_grammar(EDITIONS[edition])
    assert report.source.grammar == edition and report.source.grammar_sha256 == g.sha256
    # grades and co-creation come out in the edition's own words
    scale = {band.grade for band in g.scale} | {g.not_available_grade}
    assert {t.grade for t in report.targets if t.grade} <= scale
    labelled = [t for t in report.targets if t.cocreation_label and t.cocreation_label != "-"]
    assert labelled and all(t.cocreation in set(g.cocreation_labels.values()) for t in labelled)


@pytest.mark.parametrize("edition", ["monev-2023", "ogi-en-2019"])
def test_found_through_the_environment_variable_by_id_and_by_detection(
    reports: dict[tuple[str, int], Any], edition: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, f"/nonexistent{':'}{USER}")
    synth = reports[edition, 1]
    _round_trip(ogi_extract.parse(synth.pdf, grammar=edition), synth)
    detected = ogi_extract.parse(synth.pdf)
    assert detected.source.grammar == edition
    _round_trip(detected, synth)


@pytest.mark.parametrize("edition", list(EDITIONS))
@pytest.mark.parametrize("seed", SEEDS)
def test_detection_picks_the_edition_among_every_known_grammar(
    reports: dict[tuple[str, int], Any], edition: str, seed: int
) -> None:
    report = ogi_extract.parse(reports[edition, seed].pdf, grammar_dirs=[USER])
    assert report.source.grammar == edition


def test_the_2021_grammar_no_longer_claims_a_relabelled_edition_through_its_prose(
    reports: dict[tuple[str, int], Any], tmp_path: Path
) -> None:
    """Prose carrying every `[detect] required` phrase of 2021 used to win it the report, with 0 rows."""
    synth = reports["monev-2023", 0]
    prose = (Paragraph("Komitmen 2 terkait ukuran keberhasilan ini dan capaian target semester lalu."),)
    first = replace(synth.spec.commitments[0], follow_up=prose)
    pdf = render(replace(synth.spec, commitments=(first, *synth.spec.commitments[1:])), synth.style)
    with pytest.raises(UnknownReportError, match="no grammar matches"):
        ogi_extract.parse(pdf)
    with pytest.raises(UnknownReportError, match="monev-2021 .none of its cell labels opens a table cell"):
        ogi_extract.parse(pdf, grammar="monev-2021")  # named, it reads no row: exit 8, not 0 rows
    assert ogi_extract.parse(pdf, grammar_dirs=[USER]).source.grammar == "monev-2023"
    (tmp_path / "new.pdf").write_bytes(pdf)
    result = CliRunner().invoke(main, ["convert", str(tmp_path / "new.pdf")])
    assert result.exit_code == UnknownReportError.exit_code, result.output


def test_a_tie_between_grammars_is_an_error_naming_them(reports: dict[tuple[str, int], Any], tmp_path: Path) -> None:
    twin = tmp_path / "twin.toml"
    twin.write_text(RELABELLED.read_text(encoding="utf-8").replace('id = "monev-2023"', 'id = "twin-2023"'), "utf-8")
    with pytest.raises(GrammarError, match=r"monev-2023.*twin-2023|twin-2023.*monev-2023"):
        ogi_extract.parse(reports["monev-2023", 0].pdf, grammar_dirs=[USER, tmp_path])


def test_python_audit_uses_the_grammar_the_report_was_read_with(
    reports: dict[tuple[str, int], Any], tmp_path: Path
) -> None:
    report = ogi_extract.parse(reports["monev-2023", 0].pdf, grammar=RELABELLED)
    assert report.grammar is not None and report.grammar.path == RELABELLED.resolve()
    findings = ogi_extract.audit(report)
    assert findings == ogi_extract.audit(report, grammar=RELABELLED)
    from ogi_extract.batch import read_one

    pdf = tmp_path / "laporan.pdf"
    pdf.write_bytes(reports["monev-2023", 0].pdf)
    _, stored = read_one(pdf, str(RELABELLED))
    assert stored is not None  # audited for the store, not skipped
    # the grammar object is not part of the records: the JSON is what it was
    assert "_grammar" not in report.model_dump_json() and json.loads(report.model_dump_json())["source"]["grammar"]


@pytest.mark.parametrize("how", ["path", "env", "dir"])
def test_convert_and_batch_to_duckdb_with_a_user_grammar(
    reports: dict[tuple[str, int], Any], how: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    duckdb = pytest.importorskip("duckdb")
    synth = reports["monev-2023", 2]
    pdf = tmp_path / "in" / "laporan.pdf"
    pdf.parent.mkdir()
    pdf.write_bytes(synth.pdf)
    if how == "path":
        options = ["--grammar", str(RELABELLED)]
    elif how == "env":
        monkeypatch.setenv(ENV_VAR, str(USER))
        options = ["--grammar", "monev-2023"]
    else:
        options = ["--grammar-dir", str(USER)]  # and detection
    runner = CliRunner()
    one = runner.invoke(main, ["convert", str(pdf), "--to", "duckdb", str(tmp_path / "one.duckdb"), *options])
    assert one.exit_code == 0, one.output
    assert "audit skipped" not in one.output and "unknown grammar" not in one.output
    many = runner.invoke(main, ["batch", str(pdf.parent), "--to", "duckdb", str(tmp_path / "many.duckdb"), "-j", "1", *options])
    assert many.exit_code == 0, many.output
    assert "audit skipped" not in many.output
    for store in ("one.duckdb", "many.duckdb"):
        con = duckdb.connect(str(tmp_path / store), read_only=True)
        try:
            assert con.execute("SELECT grammar FROM reports").fetchall() == [("monev-2023",)]
            assert con.execute("SELECT count(*) FROM targets").fetchall() == [(_targets(synth),)]
        finally:
            con.close()


def _targets(synth: Any) -> int:
    return sum(len(b["targets"]) for c in synth.truth["commitments"] for b in c["blocks"])


def test_audit_command_and_inspect_take_a_user_grammar(reports: dict[tuple[str, int], Any], tmp_path: Path) -> None:
    pdf = tmp_path / "laporan.pdf"
    pdf.write_bytes(reports["ogi-en-2019", 0].pdf)
    runner = CliRunner()
    audit = runner.invoke(main, ["audit", str(pdf), "--grammar", str(ENGLISH), "--format", "json", "--fail-on", "none"])
    # read through the English grammar; the generated report has no front matter: exit 12, never a clean bill
    assert audit.exit_code == 12 and "no front matter" in audit.stderr, audit.output
    assert json.loads(audit.stdout)["counts"] is not None
    shown = runner.invoke(
        main, ["inspect", str(pdf), "--page", "3", "-o", str(tmp_path / "p3.png"), "--grammar-dir", str(USER)]
    )
    assert shown.exit_code == 0, shown.output
    assert "no records" not in shown.output and (tmp_path / "p3.png").stat().st_size > 0
