"""The generator's wording comes from a grammar; the 2021 wording is the default, byte for byte."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest

from ogi_extract.errors import GrammarError
from ogi_extract.grammar import load_grammar
from ogi_extract.synth import make_report
from ogi_extract.synth.content import SpecParams
from ogi_extract.synth.wording import check, from_grammar

USER = Path(__file__).resolve().parent / "data" / "grammars"
SHIPPED = load_grammar("monev-2021").path


def test_the_2021_grammar_gives_the_default_wording_and_the_same_bytes() -> None:
    w = from_grammar("monev-2021")
    for seed in (0, 3):
        assert make_report(seed, params=SpecParams(wording=w)).pdf == make_report(seed).pdf
    # pinned: the 2021 wording draws what it drew before it came from a grammar
    assert hashlib.sha256(make_report(0).pdf).hexdigest()[:16] == "809d820938342ab0"


def test_an_editions_words_are_printed_and_its_label_words_kept_out_of_the_text() -> None:
    w = from_grammar(USER / "ogi-en-2019.toml")
    assert w.periods == ("M6", "M12", "M18", "M24") and w.action_plan == "Action Plan 2018-2020"
    assert {"commitment", "success", "milestone", "achievement", "score", "co", "follow"} <= w.avoid
    synth = make_report(4, params=SpecParams(wording=w))
    import pymupdf

    text = " ".join(page.get_text() for page in pymupdf.open(stream=synth.pdf))
    assert "Success Indicator 1:" in text and "Co-creation:" in text and "Milestone M" in text
    assert "Komitmen" not in text and "Capaian" not in text
    labels = [t["label"] for c in synth.truth["commitments"] for b in c["blocks"] for t in b["targets"]]
    assert labels and all(label.startswith("Milestone ") for label in labels)
    assert synth.truth["document"]["title"].endswith("Implementation Report 2019")


def test_a_wording_its_own_grammar_cannot_read_is_an_error(tmp_path: Path) -> None:
    text = (USER / "monev-2023.toml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace('achievement = "Realisasi:"', 'achievement = "Realisasi Fisik:"').replace(
        '"Penuh" = 0.45', '"Penuh" = 0.45, "Lengkap" = 0.1'), encoding="utf-8")
    with pytest.raises(GrammarError, match="Lengkap"):
        from_grammar(bad)
    problems = check(replace(from_grammar(USER / "monev-2023.toml"), score="Nilai:"), load_grammar(USER / "monev-2023.toml"))
    assert problems and all(p.startswith("wording.score") for p in problems)


def test_a_grammar_without_wording_cannot_be_rendered(tmp_path: Path) -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    bare = tmp_path / "bare.toml"
    bare.write_text(text[: text.index("\n[wording]")], encoding="utf-8")
    with pytest.raises(GrammarError, match=r"no \[wording\]"):
        from_grammar(bare)
