"""Write the list of corpus reports the parser does not yet read in full.

    python -m corpus.known      # parse every report, write tests/data/corpus_known.json

Each entry says what goes wrong, in the figures of `tests/test_corpus.py`'s
thresholds and the first differences; the test marks these reports as expected
failures (strict), so the list must shrink as the parser gets better, and a
report that starts failing is never hidden.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .build import MANIFEST
from .score import Score
from .table import score_entry

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus_known.json"


def passes(s: Score, grammar: str) -> bool:
    """The thresholds of tests/test_corpus.py."""
    return (
        s.grammar == grammar
        and s.rows_found == s.rows
        and s.extra_rows == 0
        and s.categorical_right == s.categorical
        and s.field_share >= 0.995
        and s.word_share >= 0.99
        and s.unassigned == 0
    )


def reason(s: Score) -> str:
    parts = [
        f"rows {s.rows_found}/{s.rows}" + (f" (+{s.extra_rows})" if s.extra_rows else ""),
        f"fields {100 * s.field_share:.1f} %",
        f"categorical {s.categorical_right}/{s.categorical}",
        f"word for word {100 * s.word_share:.1f} %",
        f"unassigned {s.unassigned}",
    ]
    first = s.differences[0] if s.differences else ""
    return "; ".join(parts) + (f"; e.g. {first[:160]}" if first else "")


def main() -> int:
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))["entries"]
    known: dict[str, str] = {}
    for entry_id, record in manifest.items():
        try:
            s = score_entry(entry_id)
        except Exception as exc:  # a parser defect
            known[entry_id] = f"parse failed: {type(exc).__name__}: {exc}"
            continue
        if not passes(s, record["grammar"]):
            known[entry_id] = reason(s)
    OUT.write_text(json.dumps(known, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(known)} of {len(manifest)} reports not yet read in full: {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
