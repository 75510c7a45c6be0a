"""The scan corpus's sources: pages cut from committed PDFs, truth rows placed only where the parse agrees."""

from __future__ import annotations

import copy
import json

import pymupdf
import pytest

from corpus.scan_sources import CORPUS_SCANS, REPORTS, placed_rows, source, window


def test_a_window_is_the_pages_asked_for() -> None:
    entry, _ = CORPUS_SCANS["pdflatex"]
    path = REPORTS / f"{entry}.pdf"
    cut = window(path, 2, 3)
    with pymupdf.open(path) as whole, pymupdf.open(stream=cut, filetype="pdf") as part:
        assert part.page_count == 2
        assert part[0].get_text() == whole[1].get_text()
        assert window(cut, 2, 2) and pymupdf.open(stream=window(cut, 2, 2), filetype="pdf")[0].get_text() == whole[2].get_text()


def test_rows_are_kept_whole_and_placed_on_the_window() -> None:
    s = source("pdflatex")
    assert s.pages == 4 and len(s.targets) == 5
    for target, row in zip(s.targets, s.rows):
        assert 1 <= min(row.pages) and max(row.pages) <= 4
        for field, parts in row.cells.items():
            assert bool(parts) == bool(target[field]), field  # a printed field has its place, an empty one none
            assert all(p.x0 < p.x1 and p.top < p.bottom for p in parts)
        assert target["label"].startswith("Target")


def test_a_truth_the_parse_does_not_give_is_refused() -> None:
    entry, pages = CORPUS_SCANS["pdflatex"]
    truth = json.loads((REPORTS / f"{entry}.truth.json").read_text(encoding="utf-8"))
    wrong = copy.deepcopy(truth["commitments"])
    wrong[0]["blocks"][0]["targets"][0]["label"] = "Target B99"
    with pytest.raises(ValueError, match="not the truth's"):
        placed_rows(REPORTS / f"{entry}.pdf", wrong, 1, pages)
