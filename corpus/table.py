"""The corpus table: per producer and font, how much of the truth the parser reads.

    python -m corpus.table            # parse every corpus report, write bench/CORPUS.md

Columns as the producers issue asks: target rows found, fields right (whitespace
removed), categorical fields right, text fields right word for word (whitespace
collapsed), and words left unassigned.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from .build import MANIFEST, REPORTS
from .score import Score, score
from .wording import USER_GRAMMARS

OUT = Path(__file__).resolve().parent.parent / "bench" / "CORPUS.md"


def parse_entry(entry_id: str) -> Any:
    """The corpus report parsed as a user would: every known grammar competes, the user editions' among them
    (see corpus.wording)."""
    import ogi_extract

    return ogi_extract.parse(REPORTS / f"{entry_id}.pdf", grammar_dirs=[USER_GRAMMARS])


def score_entry(entry_id: str, report: Any = None) -> Score:
    """The detail of a corpus report (parsed here unless given) against its truth."""
    truth = json.loads((REPORTS / f"{entry_id}.truth.json").read_text(encoding="utf-8"))
    return score(report if report is not None else parse_entry(entry_id), truth)


def _pct(right: int, total: int) -> str:
    return "100 %" if right == total else f"{100.0 * right / total:.1f} %"


def table(scores: dict[str, tuple[dict[str, Any], Score]]) -> str:
    groups: dict[tuple[str, str], list[tuple[dict[str, Any], Score]]] = defaultdict(list)
    for record, s in scores.values():
        groups[(record["engine"], record["font"])].append((record, s))
    lines = [
        "# Corpus: what the parser reads of reports by real producers",
        "",
        "Made by `python -m corpus.table` from the reports in `corpus/reports/` (see `corpus/__init__.py`);",
        "truth is what the generator wrote. Fields compare with whitespace removed, word for word with",
        "whitespace collapsed.",
        "",
        "| producer | font | reports | pages | rows | fields | categorical | word for word | unassigned words |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for (eng, font), items in sorted(groups.items()):
        s = Score()
        for _, one in items:
            for name in ("rows", "rows_found", "extra_rows", "fields", "fields_right", "texts",
                         "texts_word_for_word", "categorical", "categorical_right", "unassigned"):
                setattr(s, name, getattr(s, name) + getattr(one, name))
        pages = sum(r["pages"] for r, _ in items)
        extra = f" (+{s.extra_rows})" if s.extra_rows else ""
        lines.append(
            f"| {eng} | {font} | {len(items)} | {pages} | {s.rows_found}/{s.rows}{extra} | "
            f"{_pct(s.fields_right, s.fields)} | {_pct(s.categorical_right, s.categorical)} | "
            f"{_pct(s.texts_word_for_word, s.texts)} | {s.unassigned} |"
        )
    return "\n".join(lines) + "\n"


def main() -> int:
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))["entries"]
    scores = {}
    for entry_id, record in manifest.items():
        try:
            scores[entry_id] = (record, score_entry(entry_id))
        except Exception as exc:  # a parser defect: the report counts as read not at all
            print(f"{entry_id}: parse failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            truth = json.loads((REPORTS / f"{entry_id}.truth.json").read_text(encoding="utf-8"))
            scores[entry_id] = (record, score({"commitments": []}, truth))
        s = scores[entry_id][1]
        if not s.perfect:
            print(f"{entry_id}: rows {s.rows_found}/{s.rows} (+{s.extra_rows}) fields {s.field_share:.3f} "
                  f"words {s.word_share:.3f} unassigned {s.unassigned}", file=sys.stderr)
            for d in s.differences[:3]:
                print(f"    {d[:200]}", file=sys.stderr)
    OUT.write_text(table(scores), encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
