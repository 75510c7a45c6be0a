"""The two backends must read the same page model from the same PDF.

Compared: every word (text, space flag, line, font, bold; box within a point,
size within a tenth), rulings and fills (same count, boxes within a point),
links and metadata. Run on the generated benchmark document, on synthetic
reports in both border styles, and on the sample report replica when present.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from ogi_extract.layout import open_document
from bench.layout import build_table_document
from ogi_extract.layout.model import Box, Document, Page

SAMPLE = Path(__file__).resolve().parents[1] / "samples/monev-2021/monev-2021.pdf"
TOLERANCE = 1.0


def close(a: Box, b: Box) -> bool:
    return all(abs(p - q) <= TOLERANCE for p, q in zip(a.rounded(3), b.rounded(3)))


def page_differences(a: Page, b: Page) -> list[str]:
    out: list[str] = []
    if (a.width, a.height, a.rotation) != (b.width, b.height, b.rotation):
        out.append(f"page size {a.width}x{a.height} vs {b.width}x{b.height}")
    key = [(w.text, w.space_after, w.line, w.font, w.bold) for w in a.words]
    other = [(w.text, w.space_after, w.line, w.font, w.bold) for w in b.words]
    if key != other:
        first = next((i for i, (x, y) in enumerate(zip(key, other)) if x != y), min(len(key), len(other)))
        out.append(f"words differ from #{first}: {key[first : first + 3]} vs {other[first : first + 3]}")
    else:
        for wa, wb in zip(a.words, b.words):
            if not close(wa.box, wb.box) or abs(wa.size - wb.size) > 0.1:
                out.append(f"word {wa.text!r}: {wa.box.rounded(1)} {wa.size} vs {wb.box.rounded(1)} {wb.size}")
                break
    for name, xs, ys in (
        ("rulings", sorted(a.rulings, key=_ruling_order), sorted(b.rulings, key=_ruling_order)),
        ("fills", a.fills, b.fills),
        ("links", a.links, b.links),
    ):
        if len(xs) != len(ys) or not all(close(x.box, y.box) for x, y in zip(xs, ys)):
            out.append(f"{name}: {len(xs)} vs {len(ys)}")
    if [r.orientation for r in sorted(a.rulings, key=_ruling_order)] != [
        r.orientation for r in sorted(b.rulings, key=_ruling_order)
    ]:
        out.append("ruling orientations differ")
    if [link.uri for link in a.links] != [link.uri for link in b.links]:
        out.append("link targets differ")
    return out


def _ruling_order(r: object) -> tuple[str, float, float]:
    box = r.box  # type: ignore[attr-defined]
    return (r.orientation, round(box.cy), round(box.cx))  # type: ignore[attr-defined]


def differences(a: Document, b: Document) -> list[str]:
    out = [] if a.metadata == b.metadata else [f"metadata {a.metadata} vs {b.metadata}"]
    if len(a.pages) != len(b.pages):
        return [*out, f"{len(a.pages)} vs {len(b.pages)} pages"]
    for pa, pb in zip(a.pages, b.pages):
        out += [f"page {pa.number}: {d}" for d in page_differences(pa, pb)]
    return out


def both(data: bytes) -> tuple[Document, Document]:
    return open_document(data, backend="pymupdf"), open_document(data, backend="pdfplumber")


def pages_of(data: bytes, numbers: list[int]) -> bytes:
    """A PDF of some pages of `data` (0-based), to keep the slower backend's share of the test small."""
    src = pymupdf.open(stream=data)
    out = pymupdf.open()
    for n in numbers:
        if n < src.page_count:
            out.insert_pdf(src, from_page=n, to_page=n)
    out.set_metadata(src.metadata)
    return out.tobytes()


def test_generated_table_document() -> None:
    a, b = both(build_table_document(pages=2))
    assert sum(len(p.words) for p in a.pages) > 700 and sum(len(p.rulings) for p in a.pages) > 60
    assert differences(a, b) == []


@pytest.mark.parametrize(("seed", "border"), [(3, "fill"), (8, "stroke")])
def test_synthetic_reports(seed: int, border: str) -> None:
    synth = pytest.importorskip("ogi_extract.synth")
    params = synth.SpecParams(commitments=(2, 2), measures=(1, 2), implementers=(1, 2), targets=(1, 3))
    style = synth.Style(border=border, footer="some")
    report = synth.make_report(seed, style=style, params=params)
    a, b = both(pages_of(report.pdf, list(range(6))))
    assert any(p.rulings for p in a.pages)
    assert differences(a, b) == []


def test_sample_report() -> None:
    data = SAMPLE.read_bytes()
    count = pymupdf.open(stream=data).page_count
    a, b = both(pages_of(data, list(range(0, count, max(1, count // 8)))))
    assert sum(len(p.words) for p in a.pages) > 500
    assert differences(a, b) == []
