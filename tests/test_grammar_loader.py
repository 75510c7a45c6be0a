from pathlib import Path

import pytest

from ogi_extract.errors import GrammarError
from ogi_extract.grammar import available_grammars, load_grammar


def test_the_2021_edition_loads_and_reads_its_labels() -> None:
    g = load_grammar("monev-2021")
    assert g.id == "monev-2021"
    m = g.target_cell.match("Target  (1) B12: Sosialisasi")
    assert m and m.group("period") == "B12"
    assert g.score_cell.match("Nilai 100%") and g.score_cell.match("Nilai: 100%")
    assert g.cocreation_cell.match("Proses Kokreasi : Aktif")
    assert g.commitment.match("Komitmen 12") and not g.commitment.match("komitmen 2 dan 3")


def test_grammars_are_found_in_the_repository_folder() -> None:
    assert "monev-2021" in [p.stem for p in available_grammars()]


def test_unknown_edition_is_a_grammar_error() -> None:
    with pytest.raises(GrammarError, match="unknown grammar"):
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
