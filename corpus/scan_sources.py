"""What the scan corpus scans: the producers' reports, the replica and synthetic reports, each with its truth.

A `Source` is a few born-digital pages to be scanned (`corpus.scans`), the
truth rows printed wholly on them and where each row's cells were printed
(`RowPlacement`, for the OCR text's ceiling):

* **corpus reports** (`corpus/reports/`): for each of the eight engines one
  short report, its first pages (the title page and the first target rows).
  The truth is the generator's (`<id>.truth.json`). A report of the corpus
  carries no placement, so where each row was printed is taken from the parse
  of the whole born-digital PDF (its provenance, padded to the cell's inner
  margin), and only after that parse has been checked to give the truth's
  rows, label for label; a row is kept when all its pieces lie in the window.
* **the replica** (`samples/monev-2021/monev-2021.pdf`): a few pages starting at
  a commitment's heading; the truth is the hand transcription of the
  published report (`samples/monev-2021/reference/`), placed the same way.
* **synthetic reports** (`ogi_extract.synth.make_report(seed)`): the truth and
  the placement are the generator's own.

The choice keeps OCR within a CI budget: 4-5 pages per engine, whose first is
a title page, and 6 replica pages (39 pages and 70 truth rows in all).
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pymupdf

from ogi_extract.synth.placement import CellPart, RowPlacement

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "corpus" / "reports"
REPLICA = ROOT / "samples" / "monev-2021" / "monev-2021.pdf"
TRANSCRIPTION = ROOT / "samples" / "monev-2021" / "reference" / "monev-2021.commitments.json"

# engine -> (corpus entry, pages scanned from the first): one short report per engine, both editions,
# serif, sans and TeX's own type; picked for the most rows on few pages
CORPUS_SCANS: dict[str, tuple[str, int]] = {
    "libreoffice": ("libreoffice-liberation-serif-2021-s3", 4),
    "chromium": ("chromium-liberation-serif-2022-s2", 4),
    "weasyprint": ("weasyprint-carlito-2021-s3", 4),
    "wkhtmltopdf": ("wkhtmltopdf-carlito-2021-s3", 4),
    "pdflatex": ("pdflatex-times-2021-s3", 4),
    "lualatex": ("lualatex-dejavu-sans-2021-s1", 4),
    "typst": ("typst-carlito-2021-s3", 4),
    "reportlab": ("reportlab-times-2022-s2", 5),
}
HELD_OUT: tuple[str, ...] = ("typst", "reportlab")  # not looked at while the scan path was tuned
# first and last page of the replica: each window starts at a commitment's heading
REPLICA_WINDOWS: tuple[tuple[int, int], ...] = ((40, 42), (59, 61))
PAD = 3.0  # points around the words of a field: a cell's inner margin, so OCR's boxes fall inside
TEXT_FIELDS = ("target_text", "achievement_text", "score", "cocreation_text", "cocreation_label")


@dataclass(frozen=True, slots=True)
class Source:
    """Born-digital pages to scan, the truth rows printed wholly on them, and where."""

    id: str
    group: str  # an engine's name, "replica" or "synthetic": what the result tables are cut by
    pdf: bytes
    targets: tuple[dict[str, Any], ...]  # truth rows in reading order
    rows: tuple[RowPlacement, ...]  # where each truth row was printed, pages counted in `pdf`
    seed: int  # seeds the scanner's defects

    @property
    def pages(self) -> int:
        with pymupdf.open(stream=self.pdf, filetype="pdf") as doc:
            return doc.page_count


def window(pdf: Path | bytes, first: int, last: int) -> bytes:
    """Pages `first`..`last` (1-based) of a PDF as a PDF of their own."""
    with pymupdf.open(pdf) if isinstance(pdf, Path) else pymupdf.open(stream=pdf, filetype="pdf") as src:
        out = pymupdf.open()
        out.insert_pdf(src, from_page=first - 1, to_page=last - 1)
        data = out.tobytes(deflate=True, garbage=3)
        out.close()
    return data


def _truth_rows(commitments: list[dict[str, Any]]) -> dict[tuple[int, int, int], dict[str, Any]]:
    return {
        (c["number"], bi, ti): t
        for c in commitments
        for bi, b in enumerate(c["blocks"])
        for ti, t in enumerate(b["targets"])
    }


@lru_cache(maxsize=16)
def _parsed(path: Path) -> Any:
    import ogi_extract

    return ogi_extract.parse(path)


def placed_rows(
    path: Path, commitments: list[dict[str, Any]], first: int, last: int
) -> tuple[tuple[dict[str, Any], ...], tuple[RowPlacement, ...]]:
    """The truth rows printed wholly on pages `first`..`last` of `path`, and their placement there.

    The placement is the provenance of the born-digital parse, used only where
    that parse gives the truth's row (same commitment, block, index and
    label); a window holding a row the parse gets wrong is a wrong choice of
    window and raises ValueError.
    """
    truth = _truth_rows(commitments)
    targets: list[dict[str, Any]] = []
    rows: list[RowPlacement] = []
    report = _parsed(path)
    for c in report.commitments:
        for bi, b in enumerate(c.blocks):
            for ti, t in enumerate(b.targets):
                pieces = {f: t.provenance.get(f, []) for f in TEXT_FIELDS}
                pages = {p.page for ps in t.provenance.values() for p in ps}
                if not pages or min(pages) < first or max(pages) > last:
                    continue
                want = truth.get((c.number, bi, ti))
                if want is None or " ".join(want["label"].split()) != " ".join((t.label or "").split()):
                    raise ValueError(f"{path.name} pages {first}-{last}: row {c.number}.{bi}.{ti} is not the truth's")
                cells = {
                    f: tuple(
                        CellPart(p.page - first + 1, p.box[0] - PAD, p.box[1] - PAD, p.box[2] + PAD, p.box[3] + PAD, 0)
                        for p in ps
                    )
                    for f, ps in pieces.items()
                }
                targets.append(want)
                rows.append(RowPlacement(c.number, bi, ti, cells))
    return tuple(targets), tuple(rows)


def corpus_source(engine: str) -> Source:
    """The first pages of the engine's chosen corpus report (`CORPUS_SCANS`)."""
    entry, pages = CORPUS_SCANS[engine]
    path = REPORTS / f"{entry}.pdf"
    truth = json.loads((REPORTS / f"{entry}.truth.json").read_text(encoding="utf-8"))
    targets, rows = placed_rows(path, truth["commitments"], 1, pages)
    return Source(f"{entry}-p1-{pages}", engine, window(path, 1, pages), targets, rows, zlib.crc32(entry.encode()))


def replica_source(first: int, last: int) -> Source:
    """Pages `first`..`last` of the replica, with the transcription's rows printed on them."""
    truth = json.loads(TRANSCRIPTION.read_text(encoding="utf-8"))
    targets, rows = placed_rows(REPLICA, truth["commitments"], first, last)
    return Source(f"replica-p{first}-{last}", "replica", window(REPLICA, first, last), targets, rows, first)


def synthetic_source(seed: int, pages_hint: int | None = 3) -> Source:
    """A synthetic report of `make_report(seed)`: the generator's truth and placement."""
    from ogi_extract.synth import make_report

    synth = make_report(seed, pages_hint=pages_hint)
    targets = tuple(t for c in synth.truth["commitments"] for b in c["blocks"] for t in b["targets"])
    return Source(f"s{seed}", "synthetic", synth.pdf, targets, tuple(synth.rows), seed)


def source(name: str) -> Source:
    """A source by name: an engine of `CORPUS_SCANS`, `replica-<first>-<last>`, or `s<seed>`."""
    if name in CORPUS_SCANS:
        return corpus_source(name)
    if name.startswith("replica-"):
        first, last = name.removeprefix("replica-").split("-")
        return replica_source(int(first), int(last))
    if name.startswith("s") and name[1:].isdigit():
        return synthetic_source(int(name[1:]))
    raise ValueError(f"unknown scan source {name!r}: an engine ({', '.join(CORPUS_SCANS)}), replica-A-B or sN")


ALL: tuple[str, ...] = (*CORPUS_SCANS, *(f"replica-{a}-{b}" for a, b in REPLICA_WINDOWS))
