"""End to end: reports typeset by Chromium, WeasyPrint, wkhtmltopdf and ReportLab.

Each PDF is rendered here from the text in `producers.py` and parsed; every
row and every field is compared word for word (whitespace collapsed) with the
text that went in. A producer that is missing fails the test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import ogi_extract

from producers import HEADER, PRODUCERS, Report, make_report, render

CASES = [(producer, seed, font) for producer in PRODUCERS for seed, font in ((1, "Liberation Sans"), (2, "DejaVu Serif"))]


def _ws(text: str | None) -> str | None:
    return " ".join(text.split()) if text is not None else None


@pytest.fixture(scope="module", params=CASES, ids=[f"{p}-{s}" for p, s, _ in CASES])
def parsed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, Any, Path]:
    producer, seed, font = request.param
    report = make_report(seed)
    pdf = render(producer, report, font, tmp_path_factory.mktemp(f"{producer}-{seed}"))
    return report, ogi_extract.parse(pdf), pdf


def test_every_row_and_field_as_written(parsed: tuple[Report, Any, Path]) -> None:
    truth, got, pdf = parsed
    targets = [t for c in got.commitments for b in c.blocks for t in b.targets]
    assert len(targets) == len(truth.rows), pdf
    for want, t in zip(truth.rows, targets):
        assert t.label == f"Target {want.period}"
        assert _ws(t.target_text) == want.target
        assert _ws(t.achievement_text) == " ".join(want.achievement)
        assert t.score == want.score
        assert _ws(t.cocreation_text) == want.cocreation
        assert t.cocreation_label == want.label
    [commitment] = got.commitments
    assert _ws(commitment.title) == truth.commitment
    assert _ws(commitment.follow_up) == truth.follow_up
    assert {b.implementer for b in commitment.blocks} == {truth.implementer}
    assert _ws(commitment.blocks[0].success_measure.text) == truth.measure


def test_no_word_is_left_over(parsed: tuple[Report, Any, Path]) -> None:
    _, got, pdf = parsed
    assert [u.text for u in got.unassigned] == [], pdf
    acc = got.accounting
    assert acc.words == acc.furniture + acc.outside + acc.assigned + acc.unassigned


def test_rows_broken_by_pages_keep_a_piece_per_page(parsed: tuple[Report, Any, Path]) -> None:
    # the long achievement of the second row runs over at least three pages
    _, got, _ = parsed
    targets = [t for c in got.commitments for b in c.blocks for t in b.targets]
    pages = [p.page for p in targets[1].provenance["achievement_text"]]
    assert len(pages) >= 3 and pages == sorted(pages)


# ReportLab's LongTable cannot lay this content out with repeatRows and
# splitInRow together (LayoutError on the three-page cell), so it is left out.
@pytest.mark.parametrize("producer", [p for p in PRODUCERS if p != "reportlab"])
def test_header_row_repeated_on_every_page(producer: str, tmp_path: Path) -> None:
    # the rows cut by a page go on under the header the producer repeats (wkhtmltopdf
    # prints it once); the header rows are table rows that are not target rows, each reported
    truth = make_report(3, header=True)
    got = ogi_extract.parse(render(producer, truth, "Liberation Sans", tmp_path))
    targets = [t for c in got.commitments for b in c.blocks for t in b.targets]
    assert [(t.label, _ws(t.target_text), _ws(t.achievement_text), t.score, _ws(t.cocreation_text), t.cocreation_label)
            for t in targets] == [
        (f"Target {r.period}", r.target, " ".join(r.achievement), r.score, r.cocreation, r.label) for r in truth.rows
    ]  # fmt: skip
    header_words = " ".join(HEADER).split()
    assert got.unassigned
    assert sorted(u.text for u in got.unassigned) == sorted(header_words * (len(got.unassigned) // len(header_words)))
    assert {u.reason for u in got.unassigned} == {"table row that is not a target row"}
