"""One loader: a grammar file read, validated and compiled once, found on the search path."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from ogi_extract.cli import main
from ogi_extract.errors import GrammarError
from ogi_extract.grammar import ENV_VAR, SHIPPED_DIR, available_grammars, known_grammars, load_grammar
from ogi_extract.grammar.schema import FLAGS, GrammarFile

ROOT = Path(__file__).resolve().parent.parent
USER = Path(__file__).resolve().parent / "data" / "grammars"
SHIPPED = SHIPPED_DIR / "monev-2021.toml"


def test_the_2021_edition_loads_and_reads_its_labels() -> None:
    g = load_grammar("monev-2021")
    assert g.id == "monev-2021"
    m = g.target_cell.match("Target  (1) B12: Sosialisasi")
    assert m and m.group("period") == "B12"
    assert g.score_cell.match("Nilai 100%") and g.score_cell.match("Nilai: 100%")
    assert g.cocreation_cell.match("Proses Kokreasi : Aktif")
    assert g.commitment.match("Komitmen 12") and not g.commitment.match("komitmen 2 dan 3")


def test_one_object_for_every_stage_with_one_set_of_flags() -> None:
    g = load_grammar("monev-2021")
    patterns = [g.commitment, g.target_cell, *g.furniture_hints, g.audit_rules.percent_pattern,
                *g.audit_rules.table_rows.values(), g.frontmatter.caption, g.frontmatter.grade_sentence,
                *g.frontmatter.stated.values()]
    assert {p.flags & FLAGS for p in patterns} == {FLAGS}
    assert load_grammar(SHIPPED) is g  # read once, cached while the file is unchanged
    assert len(g.sha256) == 64


def test_shipped_grammars_live_in_the_package_and_the_top_level_folder_shows_them() -> None:
    assert SHIPPED_DIR == ROOT / "src" / "ogi_extract" / "grammars"
    assert not SHIPPED_DIR.is_symlink() and not SHIPPED.is_symlink()
    assert sorted(p.name for p in (ROOT / "grammars").glob("*.toml")) == sorted(p.name for p in SHIPPED_DIR.glob("*.toml"))
    assert {"monev-2021", "monev-2022"} <= {p.stem for p in available_grammars()}


def test_unknown_edition_is_a_grammar_error() -> None:
    with pytest.raises(GrammarError, match=r"unknown grammar 'monev-1999' \(known: .*monev-2021"):
        load_grammar("monev-1999")


def test_broken_grammar_file_is_a_grammar_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[edition\nid=", encoding="utf-8")
    with pytest.raises(GrammarError, match="not valid TOML"):
        load_grammar(bad)
    incomplete = tmp_path / "incomplete.toml"
    incomplete.write_text('[edition]\nid = "x"\n', encoding="utf-8")
    with pytest.raises(GrammarError, match="missing"):
        load_grammar(incomplete)


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    text = SHIPPED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "variant.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("achievement = '^Capaian", "achievment = '^Capaian", r"key 'cells.achievment' is not a key of this section \(did you mean 'achievement'\?\)"),
        ("achievement = '^Capaian\\s+Target\\s*:?'", "achievement = '^Capaian(\\s+Target'", r"key 'cells.achievement': pattern does not compile"),
        ("(?P<period>B\\s?\\d{2})", "(B\\s?\\d{2})", r"key 'cells.target': pattern needs the named group \(\?P<period>"),
        ('percent_rounding = "half_up"', 'percent_rounding = "bankers"', r"key 'audit.percent_rounding'"),
        ('{ id = "median", statistic = "median" }', '{ id = "median", statistic = "mode" }', r"key 'audit.commitment_admin': .*unknown statistic 'mode'"),
        ('[[scores.scale]]\ngrade = "Baik"\nmin = 70', '[[scores.scale]]\ngrade = "Baik"\nmin = "seventy"', r"key 'scores.scale\[0\].min'"),
    ],
)
def test_a_bad_grammar_names_the_key_and_why_and_exits_10(tmp_path: Path, old: str, new: str, message: str) -> None:
    path = _variant(tmp_path, old, new)
    with pytest.raises(GrammarError, match=message):
        load_grammar(path)
    pdf = ROOT / "samples" / "monev-2021" / "monev-2021.pdf"
    result = CliRunner().invoke(main, ["convert", str(pdf), "--grammar", str(path)])
    assert result.exit_code == GrammarError.exit_code == 10
    assert "error:" in result.output and "key '" in result.output


def test_user_folders_come_before_the_environment_and_the_shipped_grammars(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine, env = tmp_path / "mine", tmp_path / "env"
    mine.mkdir()
    env.mkdir()
    text = SHIPPED.read_text(encoding="utf-8")
    (mine / "monev-2021.toml").write_text(text.replace("Tahun 2021", "Tahun 2021 (mine)"), encoding="utf-8")
    (env / "monev-2021.toml").write_text(text.replace("Tahun 2021", "Tahun 2021 (env)"), encoding="utf-8")
    (env / "broken.toml").write_text("[edition]\n", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, f"{env}:{USER}")
    assert load_grammar("monev-2021").title.endswith("(env)")
    assert load_grammar("monev-2021", [mine]).title.endswith("(mine)")
    assert load_grammar("monev-2023").origin == "user" and load_grammar("monev-2022").origin == "shipped"
    listed = known_grammars([mine])
    origins = [(k.id, k.origin, k.shadowed_by is not None, k.error is not None) for k in listed]
    assert origins[0] == ("monev-2021", "--grammar-dir", False, False)
    assert ("monev-2021", "shipped", True, False) in origins
    assert ("broken", ENV_VAR, False, True) in origins
    result = CliRunner().invoke(main, ["grammars", "--grammar-dir", str(mine), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["id"] for r in rows if r["usable"]] == ["monev-2021", "monev-2023", "ogi-en-2019", "monev-2022"]
    text_listing = CliRunner().invoke(main, ["grammars"]).stdout
    assert "unusable" in text_listing and "hidden by" in text_listing


def test_schema_grammar_prints_the_json_schema_and_the_shipped_files_follow_it() -> None:
    result = CliRunner().invoke(main, ["schema", "grammar"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert {"edition", "detect", "sections", "cells", "scores", "audit", "wording"} <= set(schema["properties"])
    for path in [*SHIPPED_DIR.glob("*.toml"), *USER.glob("*.toml")]:
        GrammarFile.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    records = json.loads(CliRunner().invoke(main, ["schema"]).stdout)
    assert "commitments" in records["properties"]
