"""Scanned reports parse back to their truth: producers' reports, the replica and synthetic reports.

The scan corpus (`corpus.scan_sources`, `corpus.scans`): for each of the eight
engines the first pages of one corpus report, two three-page windows of the
replica (truth: the hand transcription), and synthetic reports, each rendered
at 150, 200 and 300 dpi with what a scanner adds (turned up to 1.5 degrees,
blurred, noisy, a dark border, JPEG) and wrapped back into PDF as image only
and with Tesseract's text layer. Scans are rendered here from the committed
PDFs (seeded: the same images on every run), not committed.

The done-when of the scan path is measured here, at 200 dpi: every target row
found, scores and co-creation labels >= 98 % exact, text fields >= 95 % at
similarity >= 0.95. The default run reads a representative few (one engine,
one replica window, one synthetic report, at 200 dpi), each scan held to the
done-when, its text fields to what its OCR text allows; the whole corpus at
every resolution runs with `-m slow` (OCR costs seconds a page: about 20
minutes of CPU), and `bench/scan.py` writes its table to bench/SCANS.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from corpus.scan_sources import ALL, CORPUS_SCANS, HELD_OUT, source
from corpus.scans import Scan, Score, layer_document, make_scan, score_report
from ogi_extract.layout import open_document
from ogi_extract.pipeline import read_document as parse_document

# Tesseract comes from scripts/system-packages.sh: a machine without it fails here, it does not skip.

SEED = 14  # a four-page synthetic report: five rows, one broken over a page, scores 0 %, 5 %, 100 % and N/A
FAST = ("libreoffice", "replica-40-42", f"s{SEED}")  # the default run: one of each kind


@pytest.fixture(scope="session")
def scans() -> dict[tuple[str, int, bool], Scan]:
    """Scans built once per session, on demand (source, dpi, with layer), kept in memory."""
    return {}


def _scan(cache: dict[tuple[str, int, bool], Scan], name: str, dpi: int, layer: bool) -> Scan:
    if (name, dpi, layer) not in cache:
        cache[(name, dpi, layer)] = make_scan(source(name), dpi, layer)
    return cache[(name, dpi, layer)]


def _read(scan: Scan) -> tuple[Any, Any, Score, list[str]]:
    doc = open_document(scan.pdf)
    report = parse_document(doc)
    misses: list[str] = []
    ceiling = layer_document(scan) if scan.layer else None
    return doc, report, score_report(report, scan.targets, doc, scan.rows, ceiling, misses), misses


def _say(scan_id: str, score: Score, misses: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print(f"\n{scan_id}: " + ", ".join(f"{k} {v:.1%}" for k, v in score.shares().items()))
        for miss in misses:
            print("    " + miss[:240])


def _done(shares: dict[str, float], reach: float | None = None) -> None:
    """The done-when of the scan path; with `reach`, text fields held to within `reach` of the OCR's ceiling.

    A single scan can hold text that OCR itself cannot read back at 0.95
    (the replica's "Tidak ada target B06." read "Tidak adatarget BO6."): there
    the table reader is held to what the OCR text allows, less `reach`.
    """
    assert shares["rows"] == 1.0
    assert shares["scores"] >= 0.98
    assert shares["labels"] >= 0.98
    floor = 0.95 if reach is None else min(0.95, shares["ceiling_texts"] - reach)
    assert shares["texts"] >= floor


@pytest.mark.parametrize("layer", [False, True], ids=["image-only", "ocr-layer"])
@pytest.mark.parametrize("name", FAST)
def test_scan_at_200_dpi_reads_back_to_the_truth(scans, name: str, layer: bool, capsys) -> None:  # type: ignore[no-untyped-def]
    if name.startswith("replica") and layer:
        # one image-only replica scan is the default run's budget; the slow run reads every source with its layer
        pytest.skip("the replica's OCR-layer scan runs in test_the_scan_corpus_at_every_resolution (-m slow)")
    scan = _scan(scans, name, 200, layer)
    doc, report, score, misses = _read(scan)
    _say(scan.id, score, misses, capsys)
    assert score.rows >= 5
    _done(score.shares(), reach=0.05)
    rulings = [r for p in doc.pages for r in p.rulings]
    assert rulings and all(r.source == "image" for r in rulings)
    targets = [t for c in report.commitments for b in c.blocks for t in b.targets]
    for t in targets:
        assert t.ocr, t.id
        assert set(t.ocr) <= set(t.provenance)
        confidences = [r.confidence for r in t.ocr.values()]
        assert all(c is None or 0 < c <= 1 for c in confidences)
        if not layer:  # words Tesseract read carry a confidence; a PDF's own OCR layer has none
            assert all(c is not None for c in confidences)
    said = " ".join(report.warnings)
    assert ("OCR text layer" in said) if layer else ("read by OCR (Tesseract)" in said)


# What the whole corpus does not yet reach, as measured (bench/SCANS.md): strict expected failures, so a
# resolution that starts passing is seen, and one that starts failing is never hidden.
KNOWN = {
    (150, False): "wkhtmltopdf at 150 dpi: 1 row of 10 found (its cells' text too small for Tesseract)",
    (150, True): "chromium 2022 and wkhtmltopdf at 150 dpi: the OCR layer's text fits no edition (exit 8/10)",
    (300, True): "chromium 2022 at 300 dpi: the OCR layer's title words out of order, both editions fit (exit 10)",
}


def _resolutions() -> list[Any]:
    out = []
    for dpi in (150, 200, 300):
        for layer in (False, True):
            reason = KNOWN.get((dpi, layer))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            out.append(pytest.param(dpi, layer, marks=marks, id=f"{dpi}-{'ocr-layer' if layer else 'image-only'}"))
    return out


@pytest.mark.slow
@pytest.mark.parametrize(("dpi", "layer"), _resolutions())
def test_the_scan_corpus_at_every_resolution(scans, dpi: int, layer: bool, capsys) -> None:  # type: ignore[no-untyped-def]
    """Every source of the corpus at one resolution: the done-when on the whole, rows found on each.

    150 dpi is below the done-when's resolution: measured and printed, held to
    rows found only. The engines held out while the scan path was tuned
    (`HELD_OUT`) are held to the same figures.
    """
    total = Score()
    for name in ALL:
        scan = _scan(scans, name, dpi, layer)
        _, _, score, misses = _read(scan)
        _say(scan.id, score, misses, capsys)
        assert score.shares()["rows"] == 1.0, scan.id
        total.add(score)
        scans.pop((name, dpi, layer))  # a few MiB each: not kept past their test
    _say(f"scan corpus at {dpi} dpi, {'OCR layer' if layer else 'image only'}", total, [], capsys)
    if dpi >= 200:
        _done(total.shares())


def test_the_scan_corpus_is_seeded_and_small(scans) -> None:  # type: ignore[no-untyped-def]
    from corpus.scans import scan_images

    a = _scan(scans, "libreoffice", 200, False)
    again, angles = scan_images(source("libreoffice").pdf, 200, source("libreoffice").seed)
    assert tuple(angles) == a.rotations and all(0 < abs(x) <= 1.5 for x in angles)
    assert len(a.pdf) < 5 * 2**20
    assert Path(__file__).name.startswith("test_scan_")


def test_every_engine_and_the_replica_are_in_the_corpus() -> None:
    """One report of each of the eight engines, two held out, and replica pages, each with rows to read."""
    assert set(CORPUS_SCANS) == {
        "libreoffice", "chromium", "weasyprint", "wkhtmltopdf", "typst", "pdflatex", "lualatex", "reportlab"
    }
    assert set(HELD_OUT) < set(CORPUS_SCANS) and len(HELD_OUT) == 2
    for name in ALL:
        s = source(name)
        assert len(s.targets) == len(s.rows) >= 4, name
        assert all(max(r.pages) <= s.pages for r in s.rows)
    replica = [n for n in ALL if n.startswith("replica")]
    assert replica and sum(len(source(n).targets) for n in replica) >= 15
