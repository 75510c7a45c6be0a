"""The committed replica of the 2021 report (samples/monev-2021/monev-2021.pdf).

The replica stands in for the published PDF in every test of the pipeline, so it
must lose nothing of the transcription and keep the shapes the pipeline has to
cope with: rows running over pages, a footer on every page, symbol-font bullets,
link annotations. It is read here with PyMuPDF only; rebuilding it needs
LibreOffice (see build_replica.py).

Words are taken in content-stream order, footer left out, and joined with all
whitespace and bullet glyphs removed, which makes the comparison blind to line
breaking and to words cut inside the narrow target column. A target row runs from
its label to the first heading printed before the next row's label; its fields are
looked up inside that stretch. Where a row runs over a page each cell continues
after the page break, so a field may come in several pieces, but always in order.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pymupdf
import pytest

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "monev-2021"
PDF = SAMPLE / "monev-2021.pdf"
REFERENCE = SAMPLE / "reference"
FOOTER = ("Laporan Monitoring dan Evaluasi RAN OGI 2021",
          "Saran dan masukan dapat disampaikan ke Sekretariat Nasional Open Government Indonesia")
A4 = (595.3, 841.9)
_DROP = re.compile(r"[\s\uf0b7\uf0a7●·•]+")
_URL = re.compile(r"https?://\S+?(?=[.,;:)]?(?:\s|$))")


def norm(text: str) -> str:
    return _DROP.sub("", unicodedata.normalize("NFC", text))


@dataclass(frozen=True)
class Stream:
    """The page words outside the footer, normalised and joined; the page of each character."""

    text: str
    pages: list[int]


@dataclass(frozen=True)
class Row:
    """A target row's stretch of the stream, [start, stop), and the fields not found in it."""

    label: str
    start: int
    stop: int
    missing: list[str]


Word = tuple[float, float, float, float, str, int, int, int]


def footer_top(page: pymupdf.Page, words: list[Word]) -> float | None:
    """Top of the footer: the page number line right above the footer's first text line."""
    hits = page.search_for(FOOTER[0])
    if not hits:
        return None
    line = hits[-1]
    numbers = [w for w in words if w[4] == str(page.number + 1) and 0 <= line.y0 - w[3] < 3 * line.height]
    return min([line.y0] + [w[1] for w in numbers])


def read_stream(pdf: pymupdf.Document, words: list[list[Word]]) -> Stream:
    text: list[str] = []
    pages: list[int] = []
    for page, page_words in zip(pdf, words):
        bottom = footer_top(page, page_words) or page.rect.height
        for word in page_words:
            if word[1] < bottom - 0.5:
                chunk = norm(word[4])
                text.append(chunk)
                pages.extend([page.number] * len(chunk))
    return Stream("".join(text), pages)


def find_pieces(stream: str, text: str, start: int, stop: int, max_pieces: int = 8) -> tuple[int, int] | None:
    """(first, end) of `text` in stream[start:stop] as at most `max_pieces` runs in order.

    Each run is anchored at the earliest place its first characters occur (long
    anchors first, so that a stray match of a few letters is not taken), then
    extended as far as the text agrees.
    """
    if not text:
        return start, start
    done, position, first = 0, start, None
    for _ in range(max_pieces):
        rest = text[done:]
        at = -1
        for size in (24, 12, 6, 3):
            at = stream.find(rest[:size], position, stop)
            if at >= 0:
                break
        if at < 0:
            return None
        length = 0
        while done + length < len(text) and at + length < stop and stream[at + length] == text[done + length]:
            length += 1
        first = at if first is None else first
        done += length
        position = at + length
        if done == len(text):
            return first, position
    return None


@pytest.fixture(scope="module")
def pdf() -> Iterator[pymupdf.Document]:
    with pymupdf.open(PDF) as document:
        yield document


@pytest.fixture(scope="module")
def words(pdf: pymupdf.Document) -> list[list[Word]]:
    """Each page's words in content-stream order."""
    return [page.get_text("words", sort=False) for page in pdf]


@pytest.fixture(scope="module")
def stream(pdf: pymupdf.Document, words: list[list[Word]]) -> Stream:
    return read_stream(pdf, words)


@pytest.fixture(scope="module")
def reference() -> dict[str, Any]:
    return json.loads((REFERENCE / "monev-2021.commitments.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def summary() -> dict[str, Any]:
    return json.loads((REFERENCE / "monev-2021.summary.json").read_text(encoding="utf-8"))


def _targets(reference: dict[str, Any]) -> list[dict[str, Any]]:
    return [t for c in reference["commitments"] for b in c["blocks"] for t in b["targets"]]


def _trailers(reference: dict[str, Any]) -> list[list[str]]:
    """For each row, what may be printed between it and the next row's label.

    After a block's last row: the next block's success-measure heading and its
    implementer heading, where they change; after a commitment's last row: the
    follow-up heading and the next commitment's heading.
    """
    trailers: list[list[str]] = []
    commitments = reference["commitments"]
    for index, commitment in enumerate(commitments):
        blocks = commitment["blocks"]
        for position, block in enumerate(blocks):
            trailers += [[] for _ in block["targets"][:-1]]
            markers: list[str] = []
            if position + 1 < len(blocks):
                following = blocks[position + 1]
                if following["success_measure"] != block["success_measure"]:
                    markers.append(norm(f"Ukuran Keberhasilan {following['success_measure']['number']}:"))
                if following["implementer"] != block["implementer"]:
                    markers.append(norm(following["implementer"]))
            else:
                markers.append("TindakLanjut")
                if index + 1 < len(commitments):
                    markers.append(f"Komitmen{commitments[index + 1]['number']}")
            trailers.append(markers)
    return trailers


def _row_stop(stream: Stream, start: int, next_start: int, markers: list[str]) -> int:
    """Where the row ends: at the first of the headings printed before the next row's label.

    Each heading is looked up last-first, as the row's own text may hold the same words.
    """
    found = [at for marker in markers if (at := stream.text.rfind(marker, start + 1, next_start)) >= 0]
    return min(found, default=next_start)


def _row(stream: Stream, target: dict[str, Any], start: int, stop: int) -> Row:
    """Every field of one target row, looked up between its label and the next row's.

    Within a row the cells need not come one after the other: a label or score cell
    beside a line of another cell may be read with that line, and where the row runs
    over a page the label can precede the end of the co-creation text.
    """
    missing: list[str] = []
    for key in ("target_text", "achievement_text", "cocreation_text"):
        if find_pieces(stream.text, norm(target.get(key) or ""), start, stop) is None:
            missing.append(key)
    if target.get("score") is not None:
        heading = re.compile("Nilai:?").search(stream.text, start, stop)
        if heading is None or stream.text.find(norm(target["score"]), heading.end(), stop) < 0:
            missing.append("score")
    if target.get("cocreation_label") and stream.text.find(norm(target["cocreation_label"]), start, stop) < 0:
        missing.append("cocreation_label")
    return Row(target["label"], start, stop, missing)


@pytest.fixture(scope="module")
def rows(stream: Stream, reference: dict[str, Any]) -> list[Row]:
    targets = _targets(reference)
    cursor = stream.text.find("DESKRIPSICAPAIAN18KOMITMEN")
    assert cursor >= 0, "detail section heading not found"
    starts: list[int] = []
    for target in targets:
        found = stream.text.find(norm(target["label"]) + ":", cursor)
        assert found >= 0, f"label {target['label']} (row {len(starts) + 1}) not found in order"
        starts.append(found)
        cursor = found + 1
    bounds = starts[1:] + [len(stream.text)]
    stops = [_row_stop(stream, s, e, m) for s, e, m in zip(starts, bounds, _trailers(reference))]
    return [_row(stream, t, s, e) for t, s, e in zip(targets, starts, stops)]


def test_every_row_field_is_present_in_order(rows: list[Row]) -> None:
    lost = [f"row {i + 1} ({row.label}): {', '.join(row.missing)}" for i, row in enumerate(rows) if row.missing]
    assert not lost, "fields missing from the replica:\n" + "\n".join(lost)


def test_headings_measures_and_follow_ups_are_present_in_order(
    stream: Stream, reference: dict[str, Any], rows: list[Row]
) -> None:
    """Titles, measures, implementer headings and follow-ups sit between the rows they frame."""
    lost: list[str] = []
    row_index = 0
    cursor = stream.text.find("DESKRIPSICAPAIAN18KOMITMEN")
    commitments = reference["commitments"]
    for commitment in commitments:
        first_row = rows[row_index]
        title = find_pieces(stream.text, norm(f"Komitmen {commitment['number']}{commitment['title']}"),
                            cursor, first_row.start)
        if title is None:
            lost.append(f"commitment {commitment['number']}: title")
        else:
            cursor = title[1]
        previous: dict[str, Any] | None = None
        for block in commitment["blocks"]:
            block_start = rows[row_index].start
            measure = block["success_measure"]
            # A measure or an implementer is printed where it changes from the block before.
            if previous is None or measure != previous["success_measure"]:
                if find_pieces(stream.text, norm(measure["text"]), cursor, block_start) is None:
                    lost.append(f"commitment {commitment['number']}: measure {measure['number']}")
            if previous is None or block["implementer"] != previous["implementer"]:
                if find_pieces(stream.text, norm(block["implementer"]), cursor, block_start) is None:
                    lost.append(f"commitment {commitment['number']}: implementer {block['implementer']}")
            row_index += len(block["targets"])
            cursor = rows[row_index - 1].stop
            previous = block
        stop = rows[row_index].start if row_index < len(rows) else len(stream.text)
        if commitment["follow_up"]:
            follow_up = find_pieces(stream.text, norm(commitment["follow_up"]), cursor, stop)
            if follow_up is None:
                lost.append(f"commitment {commitment['number']}: follow-up")
            else:
                cursor = follow_up[1]
    assert not lost, "missing from the replica:\n" + "\n".join(lost)


def test_many_rows_run_over_a_page(stream: Stream, rows: list[Row]) -> None:
    broken = [row for row in rows if stream.pages[row.stop - 1] > stream.pages[row.start]]
    assert len(rows) == 137
    assert len(broken) >= 25, f"only {len(broken)} target rows broken across pages"


def test_front_matter_tables_list_the_published_titles(stream: Stream, summary: dict[str, Any]) -> None:
    """Tables 1-6 and 7 carry the summary's titles in order, before the detail section."""
    stop = stream.text.find("DESKRIPSICAPAIAN18KOMITMEN")
    cursor = 0
    for key in ("commitment_admin", "commitment_cocreation"):
        for grade, titles in summary[key]["lists"].items():
            for title in titles:
                found = find_pieces(stream.text, norm(title), cursor, stop, max_pieces=2)
                assert found is not None, f"{key} {grade}: {title}"
                cursor = found[1]
    # Table 7, row by row: a row that runs over a page interleaves its cells.
    entries = summary["commitment_implementers"]
    starts: list[int] = []
    for entry in entries:
        cursor = stream.text.find(f"{entry['number']}Komitmen{entry['number']}:", cursor, stop)
        assert cursor >= 0, f"table 7, row {entry['number']} not found in order"
        starts.append(cursor)
    for entry, start, end in zip(entries, starts, starts[1:] + [stop]):
        for text in (entry["title"], *entry["implementers"]):
            found = find_pieces(stream.text, norm(text), start, end, max_pieces=3)
            assert found is not None, f"table 7, commitment {entry['number']}: {text}"


def test_pages_are_a4_with_a_footer(pdf: pymupdf.Document, words: list[list[Word]]) -> None:
    for page, page_words in zip(pdf, words):
        assert (round(page.rect.width, 1), round(page.rect.height, 1)) == A4, page.number + 1
        text = " ".join(w[4] for w in page_words)
        assert all(line in text for line in FOOTER), f"page {page.number + 1}: no footer"
        top = footer_top(page, page_words)
        numbers = [w for w in page_words if w[4] == str(page.number + 1) and top and w[1] >= top - 1]
        assert numbers, f"page {page.number + 1}: no page number in the footer"


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_links_bullets_and_title(pdf: pymupdf.Document, reference: dict[str, Any]) -> None:
    uris = {link["uri"] for page in pdf for link in page.get_links() if link.get("uri")}
    printed = {match.group() for text in _strings(reference) for match in _URL.finditer(text)}
    assert uris, "no link annotation"
    assert uris <= printed, f"links to addresses not in the report: {uris - printed}"
    text = "".join(page.get_text() for page in pdf)
    assert "\uf0b7" in text, "no symbol-font bullet (U+F0B7)"
    assert pdf.metadata["title"] == reference["document"]["title"]
