"""How the published 2021 report printed each part of its detail section.

The transcription keeps the words; the text layer of the original keeps traces of
how they were set: a score pushed onto the line after "Nilai:", a label on the
heading's line because its cell was top-aligned, a cell heading missing or
spelled "Proses Kokreasi :", an implementer heading printed before the success
measure, a commitment starting on a fresh page, the bullet glyph of each list.
The replica reproduces those traces, so a parser tested on it meets the same
irregularities as on the original. They are located here, from the text layer,
rather than listed by hand, so that every quirk of the replica can be traced back
to a line of the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from replica_text import BULLET

# Glyphs the original used for list bullets, as its text layer shows them.
BULLET_GLYPHS = ("\uf0b7", "\uf0a7", "●", "·")

_DETAIL_START = re.compile(r"^\s*DESKRIPSI\s+CAPAIAN\s+\d+\s+KOMITMEN")
_COMMITMENT = re.compile(r"^(\s?)Komitmen\s+(\d+)\s*$")
_TARGET = re.compile(r"Target\s*(?:\(\d+\)\s*)?B\s?\d{2}\s*:?")
_MEASURE = re.compile(r"^\s*Ukuran\s+Keberhasilan\s+\d+\s*:?")
_FOLLOW_UP = re.compile(r"^\s*(Tindak\s+Lanjut\s*:?)\s*$")
_ACHIEVEMENT_HEAD = re.compile(r"(?:^\s*|:\s+)(Capaian\s+Target\s*:?)\s*(?:$|Nilai)")
_COCREATION_HEAD = re.compile(r"^\s*(Proses\s+Kokreasi\s*:?)\s*(\S.*?)?\s*$")
_SCORE_NO_COLON = re.compile(r"(?:^|\s)Nilai\s+(?:\d{1,3}\s*%|N/A|-)\s*$")
_SCORE_NEXT_LINE = re.compile(r"(?:^|\s)Nilai\s*:\s*$")


@dataclass(frozen=True)
class RowPrint:
    """How one target row was set (see the module docstring)."""

    achievement_heading: str | None
    cocreation_heading: str | None
    score_colon: bool
    score_on_next_line: bool
    label_inline: bool


@dataclass(frozen=True)
class BlockPrint:
    """Whether the block's success measure was printed, and before what."""

    measure_printed: bool
    implementer_printed: bool
    implementer_first: bool


@dataclass(frozen=True)
class CommitmentPrint:
    new_page: bool
    follow_up_heading: str
    blocks: tuple[BlockPrint, ...]
    rows: tuple[RowPrint, ...]


@dataclass(frozen=True)
class PrintPlan:
    heading: tuple[str, ...]
    commitments: tuple[CommitmentPrint, ...]
    # One glyph per "•" of the transcription's detail texts, in document order.
    bullets: tuple[str, ...]


class PlanError(ValueError):
    """The text layer and the transcription disagree on the detail section's shape."""


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _detail_lines(text_layer: str) -> tuple[list[str], int]:
    lines = text_layer.split("\n")
    for index, line in enumerate(lines):
        if _DETAIL_START.match(line):
            return lines, index
    raise PlanError("no detail section heading in the text layer")


def _find_rows(lines: Sequence[str], start: int, labels: Sequence[str]) -> list[int]:
    """Line index of every target label, matched in order against the transcription."""
    found: list[int] = []
    wanted = iter(labels)
    expected = next(wanted, None)
    for index in range(start, len(lines)):
        for match in _TARGET.finditer(lines[index]):
            if expected is None:
                raise PlanError(f"extra target label on text-layer line {index + 1}")
            printed = re.sub(r"[\s:]", "", match.group())
            if printed != expected.replace(" ", ""):
                raise PlanError(f"line {index + 1}: {printed!r}, expected {expected!r}")
            found.append(index)
            expected = next(wanted, None)
    if expected is not None:
        raise PlanError(f"target label {expected!r} not found in the text layer")
    return found


def _find_commitments(lines: Sequence[str], start: int, count: int) -> list[tuple[int, bool]]:
    """(line index, starts a page) of each "Komitmen N" heading of the detail section."""
    heads: list[tuple[int, bool]] = []
    for index in range(start, len(lines)):
        match = _COMMITMENT.match(lines[index])
        if match and int(match.group(2)) == len(heads) + 1:
            heads.append((index, match.group(1) == " "))
    if len(heads) != count:
        raise PlanError(f"{len(heads)} commitment headings in the text layer, expected {count}")
    return heads


def _row_print(segment: Sequence[str]) -> RowPrint:
    achievement = cocreation = None
    label_inline = False
    colon = True
    next_line = False
    for line in segment:
        if _FOLLOW_UP.match(line):
            break
        if achievement is None and (match := _ACHIEVEMENT_HEAD.search(line)):
            achievement = _collapse(match.group(1))
        if cocreation is None and (match := _COCREATION_HEAD.match(line)):
            rest = match.group(2) or ""
            if not rest or rest in {"Aktif", "Semi Aktif", "Pasif", "Akif", "N/A", "-"}:
                cocreation = _collapse(match.group(1))
                label_inline = bool(rest)
        if _SCORE_NO_COLON.search(line):
            colon = False
        if _SCORE_NEXT_LINE.search(line):
            next_line = True
    return RowPrint(achievement, cocreation, colon, next_line, label_inline)


def _block_print(prelude: Sequence[str], implementer: str) -> BlockPrint:
    """Read the lines between the previous row's label and the block's first label."""
    measure_at = implementer_at = -1
    filled = [(offset, _collapse(line)) for offset, line in enumerate(prelude) if line.strip()]
    for position, (offset, line) in enumerate(filled):
        if _MEASURE.match(line):
            measure_at = offset
        # A long heading wraps; its lines joined give the heading back.
        joined = [text for _, text in filled[position : position + 3]]
        if any(" ".join(joined[:n]) == implementer for n in (1, 2, 3)):
            implementer_at = offset
    printed = measure_at >= 0
    named = implementer_at >= 0
    return BlockPrint(printed, named, printed and named and implementer_at < measure_at)


def _section_heading(lines: Sequence[str], start: int, stop: int) -> tuple[str, ...]:
    """The detail section's title lines, up to the first commitment heading."""
    return tuple(_collapse(line) for line in lines[start:stop] if line.strip())


def _follow_up_heading(lines: Sequence[str], start: int, stop: int) -> str:
    for index in range(start, stop):
        if match := _FOLLOW_UP.match(lines[index]):
            return _collapse(match.group(1))
    raise PlanError(f"no follow-up heading between text-layer lines {start + 1} and {stop}")


def detail_texts(commitment: dict[str, Any]) -> Iterator[str]:
    """The text fields of a commitment in the order the replica prints them."""
    yield commitment["title"]
    for block in commitment["blocks"]:
        measure = block.get("success_measure") or {}
        if measure.get("text"):
            yield measure["text"]
        yield block["implementer"]
        for target in block["targets"]:
            for key in ("target_text", "achievement_text", "cocreation_text"):
                if target.get(key):
                    yield target[key]
    if commitment.get("follow_up"):
        yield commitment["follow_up"]


def _bullet_glyphs(lines: Sequence[str], start: int) -> list[str]:
    glyphs: list[str] = []
    for line in lines[start:]:
        stripped = line.lstrip()
        if stripped[:1] in BULLET_GLYPHS:
            glyphs.append(stripped[0])
    return glyphs


def build_plan(text_layer: str, commitments: Sequence[dict[str, Any]]) -> PrintPlan:
    """Locate the printing traces of every commitment, block and row of the detail section."""
    lines, start = _detail_lines(text_layer)
    labels = [t["label"] for c in commitments for b in c["blocks"] for t in b["targets"]]
    row_lines = _find_rows(lines, start, labels)
    heads = _find_commitments(lines, start, len(commitments))
    planned: list[CommitmentPrint] = []
    row = 0
    for number, commitment in enumerate(commitments):
        head_line, new_page = heads[number]
        stop = heads[number + 1][0] if number + 1 < len(heads) else len(lines)
        blocks: list[BlockPrint] = []
        rows: list[RowPrint] = []
        for block in commitment["blocks"]:
            first = row_lines[row]
            previous = blocks and commitment["blocks"][len(blocks) - 1]["implementer"]
            prelude_start = row_lines[row - 1] + 1 if blocks else head_line
            printed = _block_print(lines[prelude_start:first], _collapse(block["implementer"]))
            if not printed.implementer_printed and block["implementer"] != previous:
                raise PlanError(f"implementer heading {block['implementer']!r} not in the text layer")
            blocks.append(printed)
            for _ in block["targets"]:
                end = row_lines[row + 1] if row + 1 < len(row_lines) else len(lines)
                rows.append(_row_print(lines[row_lines[row] : min(end, stop)]))
                row += 1
        follow_up = _follow_up_heading(lines, row_lines[row - 1], stop)
        planned.append(CommitmentPrint(new_page, follow_up, tuple(blocks), tuple(rows)))
    glyphs = _bullet_glyphs(lines, start)
    wanted = sum(text.count(BULLET) for c in commitments for text in detail_texts(c))
    if len(glyphs) != wanted:
        raise PlanError(f"{len(glyphs)} bullet glyphs in the text layer, {wanted} bullets in the data")
    return PrintPlan(_section_heading(lines, start, heads[0][0]), tuple(planned), tuple(glyphs))

