"""Every report of the corpus, rendered by real producers, parses back to its truth.

The reports are rendered once by `make corpus` and committed with their truth
(`corpus/reports/`); these tests parse them, check the corpus is fresh (every
entry of the matrix present, made from today's content and engine code), and
that every producer is installed, so a missing one fails here rather than
being skipped somewhere else. A report rendered with its front matter (`-front`)
is also read against the front matter's truth (`.front.json`): every published
figure, and an audit with no alarm, these reports carrying no injected
discrepancy. Each report is parsed once for both.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from corpus.build import MANIFEST, REPORTS, matrix, stale
from corpus.engines import ENGINES, engine
from corpus.front_score import FrontScore, false_on_truth, score_front
from corpus.score import Score
from corpus.table import parse_entry, score_entry

ENTRIES: dict[str, dict] = json.loads(MANIFEST.read_text(encoding="utf-8"))["entries"] if MANIFEST.exists() else {}

# Reports the parser does not yet read in full, each with what goes wrong
# (`python -m corpus.known` writes the file from a run). The marks are strict: a
# report that starts passing fails here until it is taken off the list.
KNOWN_FILE = Path(__file__).parent / "data" / "corpus_known.json"
KNOWN: dict[str, str] = json.loads(KNOWN_FILE.read_text(encoding="utf-8")) if KNOWN_FILE.exists() else {}


@cache
def _read(entry_id: str) -> tuple[Score, FrontScore | None]:
    """The detail's score and, for a report with front matter, the front matter's: one parse for both."""
    report = parse_entry(entry_id)
    front_truth = REPORTS / f"{entry_id}.front.json"
    if not front_truth.exists():
        return score_entry(entry_id, report), None
    truth = json.loads(front_truth.read_text(encoding="utf-8"))
    front = score_front(report, truth)
    if front.false:  # which are the reader's: the same audit given the true summary
        front.false_on_truth = false_on_truth(report, truth)
    return score_entry(entry_id, report), front


def _score(entry_id: str) -> Score:
    return _read(entry_id)[0]


def test_every_producer_is_installed() -> None:
    missing = {name: engine(name).missing() for name in ENGINES}
    assert not {k: v for k, v in missing.items() if v}, missing


def test_corpus_is_complete_and_fresh() -> None:
    entries = matrix()
    assert len(entries) >= 4 * 3 * 5
    todo = [e.id for e, _ in stale(entries)]
    assert not todo, f"{len(todo)} corpus reports missing or stale: run `make corpus` ({todo[:5]})"


def test_corpus_covers_what_the_issues_ask() -> None:
    engines = {r["engine"] for r in ENTRIES.values()}
    editions = {r["edition"] for r in ENTRIES.values()}
    assert len(engines) >= 7 and editions >= {"2021", "2022", "relabelled", "english"}
    for edition in ("relabelled", "english"):  # each by two engines or more, in two fonts or more
        assert len({r["engine"] for r in ENTRIES.values() if r["edition"] == edition}) >= 2
        assert len({r["font"] for r in ENTRIES.values() if r["edition"] == edition}) >= 2
    for name in engines:
        fonts = {r["font"] for r in ENTRIES.values() if r["engine"] == name}
        assert len(fonts) >= 2, (name, fonts)
        assert max(r["pages"] for r in ENTRIES.values() if r["engine"] == name) >= 100, name


@pytest.mark.parametrize(
    "entry_id",
    [pytest.param(e, marks=pytest.mark.xfail(reason=KNOWN[e], strict=True)) if e in KNOWN else e for e in ENTRIES],
)
def test_corpus_report_parses_to_its_truth(entry_id: str) -> None:
    assert (REPORTS / f"{entry_id}.pdf").exists()
    s = _score(entry_id)
    detail = "\n".join(s.differences[:8])
    assert s.grammar == ENTRIES[entry_id]["grammar"], f"read as edition {s.grammar}"
    assert s.rows_found == s.rows and s.extra_rows == 0, f"rows {s.rows_found}/{s.rows} (+{s.extra_rows})\n{detail}"
    assert s.categorical_right == s.categorical, detail
    assert s.field_share >= 0.995, detail
    assert s.word_share >= 0.99, detail
    assert s.unassigned == 0, f"{s.unassigned} unassigned words\n{detail}"


FRONT = [e for e, record in ENTRIES.items() if record.get("front")]


def test_front_reports_are_in_the_corpus() -> None:
    assert len(FRONT) >= 12, FRONT
    assert all((REPORTS / f"{e}.front.json").exists() for e in FRONT)
    assert len({ENTRIES[e]["engine"] for e in FRONT}) >= 5


@pytest.mark.parametrize("entry_id", FRONT)
def test_corpus_report_reads_its_front_matter(entry_id: str) -> None:
    """Every published figure read as the truth has it, and no error or warning: nothing was injected.

    Items that say what could not be read (a figure read in part, a row of no
    known implementer) are no alarm and are allowed; the figures test then
    fails on what was not read.
    """
    front = _read(entry_id)[1]
    assert front is not None
    differences = "\n".join(front.differences)
    assert front.figures_right == front.figures and front.extra == 0, (
        f"front-matter figures {front.figures_right}/{front.figures} (+{front.extra} read that are not printed)\n"
        f"{differences}\nsaid unread: {front.said_unread}"
    )
    assert not front.false, (
        f"{len(front.false)} false alarms, {len(front.false_from_reader)} of them the reader's "
        f"(absent when the audit is given the true summary):\n" + "\n".join(front.false)
    )
