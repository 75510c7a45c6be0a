"""How many of the golden target rows an extractor recovers intact.

Definitions (the same for every contender; RESULTS.md repeats them):

- A target row has five fields: target text, achievement text, score,
  co-creation text and co-creation label. A field that the report leaves empty
  (null in the golden file) is not required.
- Text is compared by its *key*: bullet glyphs mapped to the grammar's bullet,
  then every whitespace character removed. So line breaks, collapsed spaces and
  a word or token broken over two lines ("SP4N-" + "LAPOR!",
  "Pendamping" + "an") compare equal to the transcription's joined form, and
  nothing else does.
- A cell *holds* a field when the cell's key equals the field's key after the
  cell's own leading label is removed ("Target B06:", "Capaian Target:",
  "Nilai:", "Proses Kokreasi:", as the edition grammar defines them). A cell
  holding more than the field (a neighbour's text, a page footer) or less (the
  part before a page break) does not hold it.
- **Strict**: a golden row is intact when one extracted table row has, for each
  required field, a distinct cell holding it.
- **Paired** (the fair measure for generic extractors): the same, but the cells
  may come from one table row and the row directly below it in the same table,
  since the report's layout puts co-creation and its label in a second sub-row
  under a target cell that spans both.
- For ogi-extract, whose output is records rather than table rows, a golden
  row is intact when one target record has every required field with the same
  key.
- Matching is one-to-one in document order: a cell (or record) that served one
  golden row cannot serve another, so identical rows are not counted twice.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import regex

from ogi_extract.grammar import Grammar, load_grammar

from .peers import ExtractedTable

FIELDS = ("target_text", "achievement_text", "score", "cocreation_text", "cocreation_label")
_WHITESPACE = regex.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class GoldenRow:
    id: str
    fields: dict[str, str | None]

    def required(self) -> list[str]:
        return [f for f in FIELDS if self.fields.get(f) is not None]


@dataclass(slots=True)
class Score:
    total: int
    strict: int
    paired: int
    missed: list[str] = field(default_factory=list)  # golden ids not intact even paired


def load_golden(path: str | Path) -> list[GoldenRow]:
    """The target rows of a golden (or synthetic truth) file, in document order."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    rows: list[GoldenRow] = []
    for c in data["commitments"]:
        for b in c["blocks"]:
            for t in b["targets"]:
                rows.append(GoldenRow(str(t.get("id", len(rows))), {f: t.get(f) for f in FIELDS}))
    return rows


class Keys:
    """Text keys and label stripping, by the edition grammar."""

    def __init__(self, grammar: Grammar | None = None) -> None:
        self.grammar = grammar or load_grammar()
        self._bullets = str.maketrans({g: self.grammar.bullet for g in self.grammar.bullet_glyphs})
        self._labels: dict[str, regex.Pattern[str] | None] = {
            "target_text": self.grammar.target_cell,
            "achievement_text": self.grammar.achievement_cell,
            "score": self.grammar.score_cell,
            "cocreation_text": self.grammar.cocreation_cell,
            "cocreation_label": None,
        }

    def key(self, text: str) -> str:
        return _WHITESPACE.sub("", text.translate(self._bullets))

    def cell_keys(self, cell: str) -> dict[str, str]:
        """The key the cell would have as each field (its label removed where it has one)."""
        collapsed = " ".join(cell.translate(self._bullets).split())
        out: dict[str, str] = {}
        for name, label in self._labels.items():
            body = collapsed
            if label is not None and (m := label.match(collapsed)):
                body = collapsed[m.end() :]
            out[name] = self.key(body)
        return out

    def row_keys(self, row: GoldenRow) -> dict[str, str]:
        return {f: self.key(v) for f, v in row.fields.items() if v is not None}


def _assign(wanted: dict[str, str], cells: Sequence[tuple[int, dict[str, str]]], used: set[int]) -> list[int] | None:
    """Distinct unused cells holding each wanted field, or None (greedy in field order)."""
    taken: list[int] = []
    for name, key in wanted.items():
        hit = next((cid for cid, keys in cells if cid not in used and cid not in taken and keys[name] == key), None)
        if hit is None:
            return None
        taken.append(hit)
    return taken


def score_tables(golden: list[GoldenRow], tables: Iterable[ExtractedTable], keys: Keys) -> Score:
    """Strict and paired intact counts of `golden` in the tables one extractor returned."""
    grid: list[list[list[tuple[int, dict[str, str]]]]] = []  # table -> row -> cells
    by_target: dict[str, list[tuple[int, int]]] = {}  # target key -> (table, row) holding it
    cid = 0
    for t, table in enumerate(tables):
        rows: list[list[tuple[int, dict[str, str]]]] = []
        for r, row in enumerate(table.rows):
            cells = []
            for cell in row:
                ck = keys.cell_keys(cell)
                cells.append((cid, ck))
                by_target.setdefault(ck["target_text"], []).append((t, r))
                cid += 1
            rows.append(cells)
        grid.append(rows)
    result = Score(total=len(golden), strict=0, paired=0)
    used_strict: set[int] = set()
    used_paired: set[int] = set()
    for g in golden:
        wanted = keys.row_keys(g)
        places = by_target.get(wanted.get("target_text", ""), [])
        strict = paired = None
        for t, r in places:
            if strict is None:
                strict = _assign(wanted, grid[t][r], used_strict)
            if paired is None:
                below = grid[t][r + 1] if r + 1 < len(grid[t]) else []
                paired = _assign(wanted, grid[t][r] + below, used_paired)
        if strict is not None:
            result.strict += 1
            used_strict.update(strict)
        if paired is not None:
            result.paired += 1
            used_paired.update(paired)
        else:
            result.missed.append(g.id)
    return result


def score_records(golden: list[GoldenRow], records: Iterable[object], keys: Keys) -> Score:
    """Intact counts for an extractor that returns target records (ogi-extract's `Target`s)."""
    pool = [
        {f: keys.key(v) for f in FIELDS if isinstance(v := getattr(rec, f, None), str)} for rec in records
    ]
    free = [True] * len(pool)
    result = Score(total=len(golden), strict=0, paired=0)
    for g in golden:
        wanted = keys.row_keys(g)
        hit = next(
            (i for i, rec in enumerate(pool) if free[i] and all(rec.get(f) == k for f, k in wanted.items())),
            None,
        )
        if hit is None:
            result.missed.append(g.id)
            continue
        free[hit] = False
        result.strict += 1
        result.paired += 1
    return result


def rows_broken_by_pages(golden: list[GoldenRow], page_texts: Sequence[str], keys: Keys) -> set[str]:
    """Golden rows whose fields are not all found whole on one single page: they cross a page break.

    `page_texts` are the pages' texts; a cell's lines are contiguous in them
    for this report's producer, so a field printed on one page is a substring
    of that page's key. (A short label such as "Aktif" is found on many pages,
    so a row broken just before its label cell can pass for an unbroken one:
    the count is a lower bound.)
    """
    page_keys = [keys.key(text) for text in page_texts]
    broken: set[str] = set()
    for g in golden:
        wanted = list(keys.row_keys(g).values())
        if not any(all(k in pk for k in wanted) for pk in page_keys):
            broken.add(g.id)
    return broken


def rows_within(golden: list[GoldenRow], page_texts: Sequence[str], keys: Keys) -> list[GoldenRow]:
    """The golden rows printed wholly inside the given pages (for a run on a page subset)."""
    joined = "".join(keys.key(text) for text in page_texts)
    return [g for g in golden if all(k in joined for k in keys.row_keys(g).values())]
