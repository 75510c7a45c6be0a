"""The hold-out sweep (corpus/holdout.py): unseen seeds rendered apart from the committed corpus and judged."""

from __future__ import annotations

import json
from pathlib import Path

from corpus.build import MANIFEST, REPORTS, SEEDS, Entry
from corpus.engines import engine
from corpus.holdout import entries, judge, line, table
from corpus.score import Score


def test_entries_take_every_font_and_alternate_editions_as_the_matrix_does() -> None:
    got = entries(["typst", "chromium"], [11, 12])
    fonts = [*engine("typst").FONTS, *engine("chromium").FONTS]
    assert len(got) == 2 * len(fonts)
    assert {(e.engine, e.font) for e in got} == {(n, f) for n in ("typst", "chromium") for f in engine(n).FONTS}
    assert all(e.edition == ("2021" if e.seed % 2 else "2022") for e in got)
    assert not {e.seed for e in got} & set(SEEDS)  # the seeds asked, none of the corpus's


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
