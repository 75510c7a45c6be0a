"""What the built replica turned out like: pages, rows broken across pages, broken words.

These are the properties the replica exists for — a parser must stitch rows that
run over a page and words cut inside the narrow target column — so the build
reports them. Words are read in content order with the footer left out and
joined with all whitespace and bullet glyphs removed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pymupdf

_DROP = re.compile(r"[\s\uf0b7\uf0a7●·•]+")
_FOOTER = "Laporan Monitoring dan Evaluasi RAN OGI 2021"


@dataclass(frozen=True)
class Measures:
    pages: int
    rows: int
    broken_rows: int
    split_words: int


def normalise(text: str) -> str:
    return _DROP.sub("", unicodedata.normalize("NFC", text))


def _footer_top(page: pymupdf.Page) -> float:
    """Top of the page-number line, which sits just above the footer's text lines."""
    hits = page.search_for(_FOOTER)
    if not hits:
        return page.rect.height
    line = hits[0]
    return line.y0 - 1.6 * line.height


def _stream(pdf: pymupdf.Document) -> tuple[str, list[int]]:
    text: list[str] = []
    pages: list[int] = []
    for page in pdf:
        bottom = _footer_top(page)
        for word in page.get_text("words", sort=False):
            if word[1] >= bottom:
                continue
            chunk = normalise(word[4])
            text.append(chunk)
            pages.extend([page.number] * len(chunk))
    return "".join(text), pages


def _targets(commitments: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [t for c in commitments for b in c["blocks"] for t in b["targets"]]


def _trailers(commitments: Sequence[dict[str, Any]]) -> list[list[str]]:
    """For each row, the headings that may stand between it and the next row's label.

    After a block's last row: the next block's measure and implementer headings,
    where they change; after a commitment's last row: the follow-up heading and
    the next commitment's heading.
    """
    trailers: list[list[str]] = []
    for index, commitment in enumerate(commitments):
        blocks = commitment["blocks"]
        for position, block in enumerate(blocks):
            trailers += [[] for _ in block["targets"][:-1]]
            markers: list[str] = []
            if position + 1 < len(blocks):
                following = blocks[position + 1]
                if following["success_measure"] != block["success_measure"]:
                    markers.append(normalise(f"Ukuran Keberhasilan {following['success_measure']['number']}:"))
                if following["implementer"] != block["implementer"]:
                    markers.append(normalise(following["implementer"]))
            else:
                markers.append("TindakLanjut")
                if index + 1 < len(commitments):
                    markers.append(f"Komitmen{commitments[index + 1]['number']}")
            trailers.append(markers)
    return trailers


def broken_rows(stream: str, pages: Sequence[int], commitments: Sequence[dict[str, Any]]) -> tuple[int, int]:
    """(rows found, rows that end on a later page than their label).

    A row runs from its label to the first heading printed before the next row's
    label (each heading looked up last-first: the row's own text may hold its words).
    """
    targets = _targets(commitments)
    starts: list[int] = []
    cursor = max(stream.find("DESKRIPSICAPAIAN"), 0)
    for target in targets:
        found = stream.find(normalise(target["label"]) + ":", cursor)
        if found < 0:
            break
        starts.append(found)
        cursor = found + 1
    broken = 0
    bounds = starts[1:] + [len(stream)]
    for start, bound, markers in zip(starts, bounds, _trailers(commitments)):
        stop = min((at for m in markers if (at := stream.rfind(m, start + 1, bound)) >= 0), default=bound)
        if pages[stop - 1] > pages[start]:
            broken += 1
    return len(starts), broken


def split_words(pdf: pymupdf.Document, targets: Sequence[dict[str, Any]], column_right: float) -> int:
    """Words of the target column cut between two lines with no hyphen ("Pendamping|an")."""
    vocabulary = {w for t in targets for w in (t.get("target_text") or "").split()}
    count = 0
    for page in pdf:
        lines: dict[tuple[int, int], list[tuple[float, str]]] = {}
        for x0, _, x1, _, text, block, line, _ in page.get_text("words", sort=False):
            if x1 <= column_right:
                lines.setdefault((block, line), []).append((x0, text))
        ordered = [sorted(words) for _, words in sorted(lines.items())]
        for upper, lower in zip(ordered, ordered[1:]):
            head = upper[-1][1]
            if head.endswith(("-", "/")):
                continue  # a break the line breaker may take, not a cut
            if head + lower[0][1] in vocabulary and head not in vocabulary:
                count += 1
    return count


def measure(path: Path, commitments: Sequence[dict[str, Any]], column_right: float = 0.0) -> Measures:
    with pymupdf.open(path) as pdf:
        stream, pages = _stream(pdf)
        rows, broken = broken_rows(stream, pages, commitments)
        right = column_right or pdf[0].rect.width / 2
        return Measures(pdf.page_count, rows, broken, split_words(pdf, _targets(commitments), right))
