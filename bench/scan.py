"""Scanned reports: time per page and accuracy against the generator's truth, per dpi.

    python bench/scan.py                     # the scan corpus: 8 engines and the replica, 150/200/300 dpi
    python bench/scan.py --sources typst s14 --dpi 200 --json out.json
    python bench/scan.py --dpi 200 --layers image    # image-only scans only (read by Tesseract)

For each scan of the corpus (`corpus/scans.py`) it times `open_document` (the
layout stage, where the page images are read: rulings found, words read from
the OCR layer or by Tesseract) and `parse_document`, then scores the records
against the truth (rows found, scores and co-creation labels exact, text
fields at similarity >= 0.95) beside the ceiling of the text the layout read.
Prints a Markdown table; OCR runs one Tesseract process at a time.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from dataclasses import asdict
from types import SimpleNamespace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus.scan_sources import ALL, HELD_OUT, source  # noqa: E402
from corpus.scans import DPIS, TEXT_FIELDS, Score, layer_document, make_scan, score_report  # noqa: E402
from ogi_extract.errors import OgiError  # noqa: E402
from ogi_extract.layout import open_document  # noqa: E402
from ogi_extract.pipeline import read_document as parse_document  # noqa: E402

COLUMNS = ("rows", "scores", "labels", "texts", "ceiling_texts", "ceiling_scores", "ceiling_labels")


def _cpu() -> float:
    """CPU seconds of this process and its finished children (Tesseract): the cost on a busy machine."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def measure(name: str, dpi: int, layer: bool) -> dict[str, Any]:
    scan = make_scan(source(name), dpi, layer)
    t0, c0 = time.perf_counter(), _cpu()
    doc = open_document(scan.pdf)
    t1, c1 = time.perf_counter(), _cpu()
    error = None
    try:
        report = parse_document(doc)
    except OgiError as exc:  # a scan read as no report at all: every row missed, the reason kept
        error = f"{type(exc).__name__}: {exc}"
        report = SimpleNamespace(source=SimpleNamespace(grammar=None), commitments=[])
    t2 = time.perf_counter()
    misses: list[str] = [error] if error else []
    ceiling = layer_document(scan) if scan.layer else None
    score = score_report(report, scan.targets, doc, scan.rows, ceiling, misses)
    pages = len(doc.pages)
    return {
        "id": scan.id,
        "source": name,
        "group": scan.group,
        "dpi": dpi,
        "layer": layer,
        "pages": pages,
        "layout_s_per_page": round((t1 - t0) / pages, 2),
        "layout_cpu_s_per_page": round((c1 - c0) / pages, 2),
        "parse_s": round(t2 - t1, 3),
        "score": score,
        "misses": misses,
        "error": error,
    }


SETS = (
    ("engines tuned on", lambda r: r["group"] not in HELD_OUT and r["group"] not in ("replica", "synthetic")),
    ("engines held out", lambda r: r["group"] in HELD_OUT),
    ("replica", lambda r: r["group"] == "replica"),
    ("synthetic", lambda r: r["group"] == "synthetic"),
    ("all", lambda r: r["group"] != "synthetic"),
)


def counts(r: dict[str, Any]) -> Score:
    """A result's counts: kept in its JSON, or (for a JSON of shares only) recovered from its source's truth."""
    if isinstance(r["score"], Score):
        return r["score"]
    if "counts" in r:
        return Score(**r["counts"])
    targets = source(r["source"]).targets
    fields = sum(1 for t in targets for f in TEXT_FIELDS if " ".join((t[f] or "").split()))
    dens = {"rows": len(targets), "labelled": sum(1 for t in targets if t["cocreation_label"]), "texts": fields}
    shares = r["score"]
    return Score(
        rows=dens["rows"],
        found=round(shares["rows"] * dens["rows"]),
        scores_exact=round(shares["scores"] * dens["rows"]),
        labels_exact=round(shares["labels"] * dens["labelled"]),
        labelled=dens["labelled"],
        texts=dens["texts"],
        texts_similar=round(shares["texts"] * dens["texts"]),
        ceiling_texts=round(shares["ceiling_texts"] * dens["texts"]),
        ceiling_scores=round(shares["ceiling_scores"] * dens["rows"]),
        ceiling_labels=round(shares["ceiling_labels"] * dens["labelled"]),
    )


def table(results: list[dict[str, Any]]) -> str:
    """One line per dpi, text source and set of sources (tuned engines, held-out engines, replica, all)."""
    lines = [
        "| dpi | text from | sources | pages | rows (n) | s/page | CPU s/page | rows | scores | labels | texts"
        " | ceiling texts | ceiling scores | ceiling labels |",
        "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for dpi in sorted({r["dpi"] for r in results}):
        for layer in (True, False):
            for name, keep in SETS:
                group = [r for r in results if r["dpi"] == dpi and r["layer"] == layer and keep(r)]
                if not group:
                    continue
                total = Score()
                for r in group:
                    total.add(counts(r))
                shares = total.shares()
                pages = sum(r["pages"] for r in group)
                per_page = sum(r["layout_s_per_page"] * r["pages"] for r in group) / pages
                cpu = sum(r["layout_cpu_s_per_page"] * r["pages"] for r in group) / pages
                cells = " | ".join(f"{shares[c]:.1%}" for c in COLUMNS)
                text = "PDF's OCR layer" if layer else "Tesseract"
                lines.append(
                    f"| {dpi} | {text} | {name} | {pages} | {total.rows} | {per_page:.2f} | {cpu:.2f} | {cells} |"
                )
    return "\n".join(lines)


def per_source(results: list[dict[str, Any]]) -> str:
    """One line per scan: where the misses are."""
    lines = [
        "| scan | rows | scores | labels | texts | ceiling texts | s/page |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in sorted(results, key=lambda r: (r["dpi"], r["source"], r["layer"])):
        sh = counts(r).shares()
        cells = " | ".join(f"{sh[c]:.1%}" for c in ("rows", "scores", "labels", "texts", "ceiling_texts"))
        lines.append(f"| {r['id']} | {cells} | {r['layout_s_per_page']:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sources", nargs="+", default=list(ALL), help="engines, replica-A-B, sN (default: all)")
    ap.add_argument("--dpi", type=int, nargs="+", default=list(DPIS))
    ap.add_argument("--json", type=Path, help="write each scan's result here")
    ap.add_argument(
        "--layers", nargs="+", choices=("ocr", "image"), default=["ocr", "image"],
        help="with the PDF's OCR layer, image only (Tesseract), or both (default)",
    )
    ap.add_argument("--tables", type=Path, nargs="+", help="print the tables of earlier --json files, scan nothing")
    args = ap.parse_args(argv)
    if args.tables:
        results = [r for path in args.tables for r in json.loads(path.read_text())]
        print(table(results) + "\n\n" + per_source(results))
        return 0
    results = []
    for name in args.sources:
        for dpi in args.dpi:
            for layer in [kind == "ocr" for kind in args.layers]:
                r = measure(name, dpi, layer)
                print(r["id"], r["score"].shares(), f"{r['layout_s_per_page']} s/page, {r['layout_cpu_s_per_page']} CPU s/page", file=sys.stderr)
                for miss in r["misses"]:
                    print("   ", miss[:300], file=sys.stderr)
                results.append(r)
                if args.json:  # after each scan: a long run stopped early keeps what it measured
                    rows = [{**r, "score": r["score"].shares(), "counts": asdict(r["score"])} for r in results]
                    args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n")
    print(table(results) + "\n\n" + per_source(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
