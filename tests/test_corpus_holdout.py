"""The hold-out sweep (corpus/holdout.py): unseen seeds rendered apart from the committed corpus and judged."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from corpus.build import MANIFEST, REPORTS, SEEDS, Entry
from corpus.engines import ENGINES, engine
from corpus.holdout import entries, font_pair, judge, line, main, table
from corpus.look import FAMILIES
from corpus.score import Score


def test_entries_take_every_font_and_alternate_editions_as_the_matrix_does() -> None:
    got = entries(["typst", "chromium"], [11, 12])
    fonts = [*engine("typst").FONTS, *engine("chromium").FONTS]
    assert len(got) == 2 * len(fonts)
    assert {(e.engine, e.font) for e in got} == {(n, f) for n in ("typst", "chromium") for f in engine(n).FONTS}
    assert all(e.edition == ("2021" if e.seed % 2 else "2022") for e in got)
    assert not {e.seed for e in got} & set(SEEDS)  # the seeds asked, none of the corpus's


def test_fonts_given_replace_each_engines_own_and_a_font_no_report_has_is_among_them() -> None:
    got = entries(["typst"], [11, 12], [("chromium", "dejavu-serif"), ("typst", "dejavu-sans")])
    assert [(e.engine, e.font, e.seed) for e in got] == [
        ("chromium", "dejavu-serif", 11), ("chromium", "dejavu-serif", 12),
        ("typst", "dejavu-sans", 11), ("typst", "dejavu-sans", 12)]
    # the font left out: no engine renders a corpus report in it
    assert "dejavu-serif" in FAMILIES and all("dejavu-serif" not in engine(n).FONTS for n in ENGINES)


def test_a_font_pair_is_checked_against_the_engines_and_families() -> None:
    assert font_pair("wkhtmltopdf:noto-serif") == ("wkhtmltopdf", "noto-serif")
    for bad in ("chromium", "chromium:comic-sans", "word:carlito"):
        with pytest.raises(argparse.ArgumentTypeError, match="ENGINE:FONT"):
            font_pair(bad)


def test_a_family_fontconfig_does_not_know_is_refused_not_set_in_a_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    import corpus.holdout as holdout

    monkeypatch.setitem(holdout.FAMILIES, "nope-sans", "Nope Sans Nowhere")
    assert holdout.uninstalled([("chromium", "nope-sans"), ("chromium", "carlito")]) == ["Nope Sans Nowhere"]
    with pytest.raises(SystemExit, match="fonts not installed: Nope Sans Nowhere"):
        holdout.main(["--font", "chromium:nope-sans", "--seeds", "11"])


def test_an_engine_that_embeds_only_its_own_fonts_skips_another(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ReportLab maps three faces: a font it has not is said skipped, never scored; nothing judged is no pass."""
    code = main(["--font", "reportlab:liberation-sans", "--seeds", "11", "--out", str(tmp_path), "--jobs", "1"])
    out = capsys.readouterr()
    assert code == 1 and "SKIP reportlab-liberation-sans-2021-s11: cannot render" in out.out
    assert "0 of 0 reports pass" in out.err


def test_the_table_sums_per_engine_and_font_and_counts_passes() -> None:
    ok = Score(rows=4, rows_found=4, fields=10, fields_right=10, texts=5, texts_word_for_word=5, grammar="monev-2021")
    bad = Score(rows=4, rows_found=3, fields=10, fields_right=8, texts=5, texts_word_for_word=4, unassigned=2,
                grammar="monev-2021")
    record = {"engine": "typst", "font": "carlito", "grammar": "monev-2021", "pages": 3}
    text = table({"a": (record, ok), "b": (record, bad)}, "python -m corpus.holdout --seeds 11")
    assert "`python -m corpus.holdout --seeds 11`" in text
    assert "| typst | carlito | 2 | 1 | 7/8 | 90.0 % | 100 % | 90.0 % | 2 |" in text
    assert line("b", record, bad).startswith("FAIL b:")
    assert line("a", record, ok).startswith("pass a:")


def test_a_report_is_rendered_apart_parsed_and_scored(tmp_path: Path) -> None:
    """One unseen Typst report: written to the folder given, never to corpus/reports or its manifest."""
    before = MANIFEST.read_bytes() if MANIFEST.exists() else b""
    entry = Entry("typst", "liberation-sans", "2022", 12)
    record, s = judge(entry, tmp_path)
    assert (tmp_path / f"{entry.id}.pdf").exists() and not (REPORTS / f"{entry.id}.pdf").exists()
    assert (MANIFEST.read_bytes() if MANIFEST.exists() else b"") == before
    truth = json.loads((tmp_path / f"{entry.id}.truth.json").read_text(encoding="utf-8"))
    assert s.rows == sum(len(b["targets"]) for c in truth["commitments"] for b in c["blocks"]) > 0
    assert s.grammar == record["grammar"] and s.rows_found == s.rows
    # a second run reuses the PDF made from the same inputs
    pdf = (tmp_path / f"{entry.id}.pdf").stat().st_mtime_ns
    judge(entry, tmp_path)
    assert (tmp_path / f"{entry.id}.pdf").stat().st_mtime_ns == pdf
