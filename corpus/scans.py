"""Scanned copies of reports: page images as a scanner leaves them, back in a PDF.

    python -m corpus.scans OUT_DIR [--sources typst replica-40-42 s14] [--dpi 150 200 300]

A source (`corpus.scan_sources`: a producer's corpus report, pages of the
replica, a synthetic report) is rendered to greyscale images at a scanner's
resolution, given what a scanner adds (a small rotation, blur, sensor noise, a
darker border where the lid does not close, JPEG loss), and wrapped back into a
PDF in two forms: image only (what a copier mails), and image with an
invisible text layer (what OCR tools write: Tesseract's own PDF renderer, the
one OCRmyPDF uses, render mode 3 text over each image). The truth is the
generator's (or the replica's transcription), so a parse of the scan is scored
against what was printed, never against what OCR read.

Everything is seeded: the same source, dpi and layer give the same images, so
the scans are rendered in the tests from the committed corpus PDFs (a page in
well under a second) rather than committed (a few hundred KiB a page). The OCR
layer depends on the installed Tesseract, so it is built on demand too.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf
from PIL import Image, ImageFilter

from .scan_sources import ALL, Source, synthetic_source
from .scan_sources import source as named_source

DPIS: tuple[int, ...] = (150, 200, 300)
MAX_ROTATION = 1.5  # degrees; a sheet fed by hand sits within about this
JPEG_QUALITY = (60, 80)


@dataclass(frozen=True, slots=True)
class Scan:
    """One scanned source: the PDF, how it was made, and the truth rows printed on it."""

    source: str  # `Source.id`
    group: str  # `Source.group`: an engine, "replica" or "synthetic"
    dpi: int
    layer: bool  # an invisible OCR text layer over each page image
    pdf: bytes
    targets: tuple[dict[str, Any], ...]  # the truth rows, in reading order
    rotations: tuple[float, ...]  # degrees applied to each page, counter-clockwise
    rows: tuple[Any, ...] = ()  # where each truth row was printed (RowPlacement)

    @property
    def id(self) -> str:
        return f"scan-{self.source}-{self.dpi}dpi-{'ocr' if self.layer else 'image'}"


def degrade(image: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    """What a flatbed scanner adds to a clean greyscale page; returns the image and its rotation."""
    angle = rng.uniform(-MAX_ROTATION, MAX_ROTATION)
    out = image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.9) * image.width / 1700))
    pixels = np.asarray(out, dtype=np.float32)
    h, w = pixels.shape
    nprng = np.random.default_rng(rng.randrange(2**32))
    pixels = pixels * rng.uniform(0.9, 0.97) + nprng.normal(0.0, 6.0, size=pixels.shape)
    # a darker band along the edges, strongest at one side (the lid's shadow)
    ys = np.linspace(0.0, 1.0, h, dtype=np.float32)[:, None]
    xs = np.linspace(0.0, 1.0, w, dtype=np.float32)[None, :]
    edge = np.minimum(np.minimum(xs, 1 - xs) * w, np.minimum(ys, 1 - ys) * h) / (0.02 * max(h, w))
    shade = np.clip(1.0 - edge, 0.0, 1.0) * rng.uniform(90, 150)
    pixels = pixels - shade
    out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")
    return out, angle


def scan_images(pdf: bytes, dpi: int, seed: int, pages: int | None = None) -> tuple[list[bytes], list[float]]:
    """JPEG bytes of each page (the first `pages`), degraded, with each page's rotation."""
    rng = random.Random(seed * 1000 + dpi)
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    jpegs: list[bytes] = []
    angles: list[float] = []
    for index in range(doc.page_count if pages is None else min(pages, doc.page_count)):
        pix = doc[index].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
        clean = Image.frombytes("L", (pix.width, pix.height), pix.samples)
        scanned, angle = degrade(clean, rng)
        buf = io.BytesIO()
        scanned.save(buf, format="JPEG", quality=rng.randint(*JPEG_QUALITY), dpi=(dpi, dpi))
        jpegs.append(buf.getvalue())
        angles.append(round(angle, 3))
    doc.close()
    return jpegs, angles


def image_pdf(jpegs: list[bytes], dpi: int) -> bytes:
    """An image-only PDF: each page one image covering it, as a copier writes it."""
    out = pymupdf.open()
    for data in jpegs:
        with Image.open(io.BytesIO(data)) as im:
            width, height = im.size
        page = out.new_page(width=width * 72 / dpi, height=height * 72 / dpi)
        page.insert_image(page.rect, stream=data)
    pdf = out.tobytes(deflate=True)
    out.close()
    return pdf


def ocr_layer_pdf(jpegs: list[bytes], dpi: int) -> bytes:
    """The images with Tesseract's invisible text layer (Indonesian model), one page each."""
    with tempfile.TemporaryDirectory(prefix="ogi-scan-") as tmp:
        names = []
        for i, data in enumerate(jpegs):
            path = Path(tmp) / f"p{i:04d}.jpg"
            path.write_bytes(data)
            names.append(str(path))
        listing = Path(tmp) / "pages.txt"
        listing.write_text("\n".join(names) + "\n")
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        subprocess.run(
            ["tesseract", str(listing), str(Path(tmp) / "out"), "-l", "ind", "--dpi", str(dpi), "pdf"],
            check=True,
            capture_output=True,
            env=env,
        )
        return (Path(tmp) / "out.pdf").read_bytes()


def make_scan(source: Source | str | int, dpi: int, layer: bool) -> Scan:
    """A scanned copy of a source (a `Source`, its name, or a synthetic report's seed), with its truth."""
    if not isinstance(source, Source):
        source = synthetic_source(source) if isinstance(source, int) else named_source(source)
    jpegs, angles = scan_images(source.pdf, dpi, source.seed)
    pdf = ocr_layer_pdf(jpegs, dpi) if layer else image_pdf(jpegs, dpi)
    return Scan(source.id, source.group, dpi, layer, pdf, source.targets, tuple(angles), source.rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--sources", nargs="+", default=list(ALL), help="engines, replica-A-B, sN (default: all)")
    ap.add_argument("--dpi", type=int, nargs="+", default=list(DPIS))
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.sources:
        source = named_source(name)
        for dpi in args.dpi:
            for layer in (False, True):
                scan = make_scan(source, dpi, layer)
                (args.out / f"{scan.id}.pdf").write_bytes(scan.pdf)
                truth = json.dumps(list(scan.targets), ensure_ascii=False, indent=1)
                (args.out / f"{scan.id}.truth.json").write_text(truth, encoding="utf-8")
                print(scan.id, f"{len(scan.pdf) // 1024} KiB", "rotations", scan.rotations)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


# -- scoring ---------------------------------------------------------------------

TEXT_FIELDS = ("target_text", "achievement_text", "cocreation_text")
SIMILAR = 0.95


def _norm(text: str | None) -> str:
    """Whitespace collapsed and case folded: how the text fields are compared."""
    return " ".join((text or "").split()).casefold()


def similarity(got: str | None, want: str | None) -> float:
    """0..1: rapidfuzz's normalised Indel similarity of the normalised texts."""
    from rapidfuzz import fuzz

    a, b = _norm(got), _norm(want)
    if a == b:
        return 1.0
    return fuzz.ratio(a, b) / 100.0


@dataclass(slots=True)
class Score:
    """How a parse of a scan compares with the generator's truth, and what its OCR text allowed."""

    rows: int = 0  # truth rows
    found: int = 0  # truth rows with a parsed row of the same label, in order
    scores_exact: int = 0
    labels_exact: int = 0
    labelled: int = 0  # truth rows with a co-creation label
    texts: int = 0  # truth text fields (non-empty)
    texts_similar: int = 0
    ceiling_texts: int = 0  # text fields the page text itself holds at SIMILAR or better
    ceiling_scores: int = 0
    ceiling_labels: int = 0

    def add(self, other: Score) -> None:
        for name in self.__slots__:  # type: ignore[attr-defined]
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def shares(self) -> dict[str, float]:
        def share(n: int, d: int) -> float:
            return round(n / d, 4) if d else 1.0

        return {
            "rows": share(self.found, self.rows),
            "scores": share(self.scores_exact, self.rows),
            "labels": share(self.labels_exact, self.labelled),
            "texts": share(self.texts_similar, self.texts),
            "ceiling_texts": share(self.ceiling_texts, self.texts),
            "ceiling_scores": share(self.ceiling_scores, self.rows),
            "ceiling_labels": share(self.ceiling_labels, self.labelled),
        }


def _cell_text(doc: Any, parts: Any) -> str:
    """The layout's words inside a truth cell (its parts on each page), in reading order."""
    words = []
    for part in parts:
        page = doc.pages[part.page - 1]
        inside = [
            w
            for w in page.words
            if part.x0 <= w.box.cx <= part.x1 and part.top <= w.box.cy <= part.bottom
        ]
        words.extend(sorted(inside, key=lambda w: (w.line, w.box.x0)))
    return " ".join(w.text for w in words)


def _contains(haystack: str, needle: str) -> float:
    from rapidfuzz import fuzz

    if not needle:
        return 1.0
    return fuzz.partial_ratio(needle, haystack) / 100.0


def layer_document(scan: Scan) -> Any:
    """The scan's own OCR layer as a layout `Document`, its words turned upright by the known rotations.

    What OCR wrote into the PDF, before anything of ours (no rulings, no second
    reading): the text a perfect table reader of the layer would start from.
    """
    from ogi_extract.layout.model import Document, Page
    from ogi_extract.layout.scan.layer import layer_words, turn_words
    from ogi_extract.layout.scan.lines import regroup

    pdf = pymupdf.open(stream=scan.pdf, filetype="pdf")
    pages = []
    for index, page in enumerate(pdf):
        words = layer_words(page)
        turn_words(words, page.rect.width, page.rect.height, scan.rotations[index])
        words = regroup(words, [], ocr_spaces=False)  # lines from geometry, for the reading order
        pages.append(Page(index + 1, page.rect.width, page.rect.height, words=words))
    pdf.close()
    return Document(pages, "layer")


def score_report(
    report: Any, targets: Any, doc: Any, rows: Any, ceiling_doc: Any = None, misses: list[str] | None = None
) -> Score:
    """Compare a parsed report with the truth rows, and the layout's text with the truth (the ceiling).

    Scores are compared as numbers (`score_value` against the truth's printed
    percentage read by the same grammar), co-creation labels in their
    normalised form, text fields by `similarity`. The ceiling is what a perfect
    table reader could get from the text the layout stage read (`doc`, after
    OCR): the words lying in each truth cell (`rows`, the generator's
    placements), a text field counting when the truth occurs in them at
    SIMILAR or better, a score or label when its printed form is one of them.
    `ceiling_doc` is the text to take the ceiling from when it is not `doc`
    (for a scan with a text layer: the layer itself, `layer_document`).
    What is missed is said in `misses` when a list is given.
    """
    said = misses if misses is not None else []
    doc_text = ceiling_doc if ceiling_doc is not None else doc
    from ogi_extract.grammar import load_grammar, normalize

    g = load_grammar(report.source.grammar or "monev-2021")
    want = list(targets)
    got = [t.model_dump() for c in report.commitments for b in c.blocks for t in b.targets]
    out = Score(rows=len(want))
    j = 0
    for i, (w, placed) in enumerate(zip(want, rows)):
        out.labelled += 1 if w["cocreation_label"] else 0
        fields = [f for f in TEXT_FIELDS if _norm(w[f])]
        out.texts += len(fields)
        out.ceiling_texts += sum(
            1 for f in fields if _contains(_norm(_cell_text(doc_text, placed.cells[f])), _norm(w[f])) >= SIMILAR
        )
        out.ceiling_scores += 1 if _norm(w["score"]) in _norm(_cell_text(doc_text, placed.cells["score"])).split() else 0
        if w["cocreation_label"]:
            cell = _norm(_cell_text(doc_text, placed.cells["cocreation_label"]))
            out.ceiling_labels += 1 if _norm(w["cocreation_label"]) in cell else 0
        if len(got) == len(want):  # row for row; a row whose label OCR lost is not found
            match = j if got[j]["period"] == w["period"] else None
            j += 1
        else:  # the next parsed row of the same period
            match = next((k for k in range(j, len(got)) if got[k]["period"] == w["period"]), None)
            j = j if match is None else match + 1
        if match is None:
            said.append(f"truth row {i + 1} ({w['label']}): not found")
            continue
        t = got[match]
        out.found += 1
        want_value = normalize.score_value(w["score"], g)
        if (want_value is not None and t["score_value"] == want_value) or (
            want_value is None and _norm(t["score"]) == _norm(w["score"])
        ):
            out.scores_exact += 1
        else:
            said.append(f"{t['id']} score: got {t['score']!r} ({t['score_value']}), want {w['score']!r}")
        if w["cocreation_label"] and t["cocreation"] == normalize.cocreation(w["cocreation_label"], g):
            out.labels_exact += 1
        elif w["cocreation_label"]:
            said.append(f"{t['id']} label: got {t['cocreation_label']!r}, want {w['cocreation_label']!r}")
        for f in fields:
            if similarity(t[f], w[f]) >= SIMILAR:
                out.texts_similar += 1
            else:
                said.append(f"{t['id']} {f} ({similarity(t[f], w[f]):.2f}): got {_norm(t[f])!r}, want {_norm(w[f])!r}")
    return out
