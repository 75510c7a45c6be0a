"""Layout speed against the bare PyMuPDF floor, on a generated table document.

    python -m bench.layout [--pages 50] [--repeat 3]

The floor is what any MuPDF-based reader pays at least: `get_text("words")`
plus `get_drawings()` on every page. Both backends are timed end to end
through `open_document` (hashing, preflight and limits included) and reported
per page (CPU time) and as a multiple of the floor. The document imitates a Word-made
monev report: bordered tables drawn as thin filled rectangles, cell text set
line by line with trailing spaces, bold cell labels, a running footer.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

import pymupdf

from ogi_extract.layout import open_document

_VOCABULARY = (
    "pemerintah daerah keterbukaan informasi publik kementerian lembaga dokumen peraturan telah terbit "
    "pelaksanaan kegiatan masyarakat sipil koordinasi rencana aksi nasional data terbuka pengadaan "
    "kontrak layanan pengaduan partisipasi anggaran desa"
).split()
_LABELS = ("Target B06:", "Capaian Target:", "Nilai: 100%", "Proses Kokreasi:")
_COLUMNS = (56.0, 220.0, 430.0, 540.0)
_FONT_SIZE = 9.0
_LEADING = 11.0


def _cell_lines(rnd: random.Random, width: float, count: int) -> list[str]:
    font = pymupdf.Font("helv")
    lines: list[str] = []
    for _ in range(count):
        line = ""
        while True:
            word = rnd.choice(_VOCABULARY)
            if font.text_length(line + word, fontsize=_FONT_SIZE) > width:
                break
            line += word + " "
        lines.append(line)
    return lines


def _rule(shape: pymupdf.Shape, rect: pymupdf.Rect) -> None:
    shape.draw_rect(rect)
    shape.finish(color=None, fill=(0, 0, 0))


def build_table_document(pages: int = 50, seed: int = 7) -> bytes:
    """A deterministic multi-page document of bordered tables with a page footer."""
    rnd = random.Random(seed)
    doc = pymupdf.open()
    for n in range(pages):
        page = doc.new_page(width=595, height=842)
        shape = page.new_shape()
        y = 72.0
        while y < 720:
            nlines = rnd.randint(3, 6)
            height = min(nlines * _LEADING + 8, 760 - y)
            _rule(shape, pymupdf.Rect(_COLUMNS[0], y, _COLUMNS[-1], y + 0.5))
            for x in _COLUMNS:
                _rule(shape, pymupdf.Rect(x, y, x + 0.5, y + height))
            for c in range(len(_COLUMNS) - 1):
                x0, x1 = _COLUMNS[c] + 4, _COLUMNS[c + 1] - 4
                label = _LABELS[(c + n) % len(_LABELS)]
                page.insert_text((x0, y + 12), label, fontsize=_FONT_SIZE, fontname="hebo")
                for k, line in enumerate(_cell_lines(rnd, x1 - x0, int((height - 8) // _LEADING) - 1)):
                    page.insert_text((x0, y + 12 + _LEADING * (k + 1)), line, fontsize=_FONT_SIZE, fontname="helv")
            y += height
        _rule(shape, pymupdf.Rect(_COLUMNS[0], y, _COLUMNS[-1], y + 0.5))
        shape.commit()
        page.insert_text((56, 800), "Laporan Monitoring dan Evaluasi RAN OGI 2021", fontsize=8, fontname="helv")
        page.insert_text((530, 800), str(n + 1), fontsize=8, fontname="helv")
    return bytes(doc.tobytes(deflate=True, garbage=3, clean=True))


def _floor(data: bytes) -> None:
    doc = pymupdf.open(stream=data, filetype="pdf")
    for index in range(doc.page_count):
        page = doc.load_page(index)
        page.get_text("words")
        page.get_drawings()
    doc.close()


def measure(pages: int = 50, repeat: int = 3) -> dict[str, float]:
    """Best-of-`repeat` CPU seconds per page for the floor and each backend.

    CPU time of this process, and the three measured in turn within each
    round, so that other work on the machine disturbs the ratios as little as
    possible.
    """
    data = build_table_document(pages)
    runs: dict[str, Callable[[], object]] = {
        "floor (words + drawings)": lambda: _floor(data),
        "pymupdf backend": lambda: open_document(data, backend="pymupdf"),
        "pdfplumber backend": lambda: open_document(data, backend="pdfplumber"),
    }
    best = dict.fromkeys(runs, float("inf"))
    for round_ in range(repeat):
        for name, run in runs.items():
            if name == "pdfplumber backend" and round_ > 0:
                continue  # ten times slower; one round is enough for its ratio
            t0 = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - t0)
    return {name: seconds / pages for name, seconds in best.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    times = measure(args.pages, args.repeat)
    floor = times["floor (words + drawings)"]
    for name, seconds in times.items():
        print(f"{name:28s} {seconds * 1000:8.2f} ms/page  {seconds / floor:6.2f}x floor")


if __name__ == "__main__":
    main()
