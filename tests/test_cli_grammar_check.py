"""`ogi-extract grammar check FILE REPORT.pdf`: what a person finishing a grammar needs to see."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from ogi_extract.cli import main
from ogi_extract.grammar import load_grammar
from ogi_extract.cli.grammar_check import check
from ogi_extract.layout import open_document
from ogi_extract.synth import make_report
from ogi_extract.synth.content import SpecParams
from ogi_extract.synth.wording import from_grammar

RELABELLED = Path(__file__).resolve().parent / "data" / "grammars" / "monev-2023.toml"


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("check") / "laporan.pdf"
    path.write_bytes(make_report(2, params=SpecParams(wording=from_grammar(RELABELLED))).pdf)
    return path


def test_a_fitting_grammar_matches_every_cell_label_and_leaves_no_word(pdf: Path) -> None:
    result = check(load_grammar(RELABELLED), open_document(pdf))
    assert result.explains and result.unseen_cells == [] and result.unassigned == 0
    uses = {u.key: u.matches for u in result.patterns}
    assert uses["cells.target"] == result.targets > 0
    assert uses["sections.commitment"] == result.commitments
    out = CliRunner().invoke(main, ["grammar", "check", str(RELABELLED), str(pdf)])
    assert out.exit_code == 0, out.output
    assert "every cell label opens at least one cell" in out.stdout and "unassigned: 0 of" in out.stdout


def test_a_wrong_label_shows_as_never_seen_with_the_words_left_over(pdf: Path, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.toml"
    wrong.write_text(
        RELABELLED.read_text(encoding="utf-8").replace("achievement = '^Realisasi", "achievement = '^Pencapaian"),
        encoding="utf-8",
    )
    result = check(load_grammar(wrong), open_document(pdf))
    assert result.unseen_cells == ["achievement"]
    out = CliRunner().invoke(main, ["grammar", "check", str(wrong), str(pdf)]).stdout
    assert "cells.achievement" in out and "never matched" in out
    assert "cell labels never seen opening a cell: achievement" in out


def test_another_editions_grammar_explains_nothing(pdf: Path) -> None:
    result = check(load_grammar("monev-2021"), open_document(pdf))
    assert not result.explains and set(result.unseen_cells) >= {"target", "achievement"}
    assert result.error and "not a monev report" in result.error
    out = CliRunner().invoke(main, ["grammar", "check", "monev-2021", str(pdf)]).stdout
    assert "does NOT explain" in out and "parse failed" in out
