"""The bench code runs, and its correctness scoring says what RESULTS.md claims it says."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import intact, run  # noqa: E402
from bench.peers import ExtractedTable  # noqa: E402
from bench.timing import Staged, Task, Timing, paired_ratio, run_interleaved  # noqa: E402

ROW = intact.GoldenRow(
    "c01-b01-t01",
    {
        "target_text": "Tersedianya SP4N-LAPOR! di • daerah.",
        "achievement_text": "Telah tersedia.",
        "score": "100%",
        "cocreation_text": "Aktif berkoordinasi.",
        "cocreation_label": "Aktif",
    },
)
# How a generic extractor returns the report's row: two sub-rows, the target cell spanning both.
TOP = ("Target B06:\nTersedianya SP4N-\nLAPOR! di \uf0b7 daerah.", "Capaian Target:\nTelah\ntersedia.", "Nilai: 100%")
BOTTOM = ("", "Proses Kokreasi:\nAktif berkoordinasi.", "Aktif")


@pytest.fixture(scope="module")
def keys() -> intact.Keys:
    return intact.Keys()


def test_a_cell_holds_a_field_whatever_its_line_breaks_and_label(keys: intact.Keys) -> None:
    assert keys.cell_keys(TOP[0])["target_text"] == keys.key(ROW.fields["target_text"] or "")
    assert keys.cell_keys(TOP[2])["score"] == "100%"


def test_a_cell_with_part_of_the_text_or_more_does_not_hold_it(keys: intact.Keys) -> None:
    whole = keys.key(ROW.fields["achievement_text"] or "")
    assert keys.cell_keys("Capaian Target:\nTelah")["achievement_text"] != whole
    assert keys.cell_keys("Capaian Target: Telah tersedia. Halaman 3")["achievement_text"] != whole


def test_two_sub_rows_are_intact_paired_but_not_strict(keys: intact.Keys) -> None:
    score = intact.score_tables([ROW], [ExtractedTable(1, (TOP, BOTTOM))], keys)
    assert (score.strict, score.paired, score.missed) == (0, 1, [])


def test_one_row_holding_everything_is_intact_strict(keys: intact.Keys) -> None:
    score = intact.score_tables([ROW], [ExtractedTable(1, (TOP + BOTTOM[1:],))], keys)
    assert (score.strict, score.paired) == (1, 1)


def test_a_row_broken_by_a_page_is_not_intact(keys: intact.Keys) -> None:
    first = ExtractedTable(1, (("Target B06:\nTersedianya SP4N-", "Capaian Target:\nTelah", "Nilai: 100%"),))
    second = ExtractedTable(2, (("LAPOR! di • daerah.", "tersedia.", ""), BOTTOM))
    score = intact.score_tables([ROW], [first, second], keys)
    assert (score.paired, score.missed) == (0, ["c01-b01-t01"])


def test_one_extracted_row_serves_one_golden_row_only(keys: intact.Keys) -> None:
    twin = intact.GoldenRow("c01-b01-t02", ROW.fields)
    score = intact.score_tables([ROW, twin], [ExtractedTable(1, (TOP, BOTTOM))], keys)
    assert score.paired == 1 and score.missed == ["c01-b01-t02"]


def test_records_are_matched_on_the_required_fields(keys: intact.Keys) -> None:
    class Rec:
        def __init__(self, **fields: str | None) -> None:
            self.__dict__.update(fields)

    good = Rec(**{**ROW.fields, "target_text": "Tersedianya SP4N-LAPOR! di \uf0b7 daerah."})
    bad = Rec(**{**ROW.fields, "score": "0%"})
    assert intact.score_records([ROW], [bad], keys).strict == 0
    assert intact.score_records([ROW], [bad, good], keys).strict == 1


def test_a_row_whose_fields_share_no_page_is_broken(keys: intact.Keys) -> None:
    pages = ["Tersedianya SP4N-LAPOR! di • daerah. Telah tersedia. 100%", "Aktif berkoordinasi. Aktif"]
    assert intact.rows_broken_by_pages([ROW], pages, keys) == {"c01-b01-t01"}
    assert intact.rows_broken_by_pages([ROW], [" ".join(pages)], keys) == set()


def test_interleaving_rotates_rounds_records_stages_and_keeps_failures() -> None:
    order: list[str] = []

    def boom() -> None:
        order.append("c")
        raise ValueError("no")

    tasks = [
        Task("a", lambda: order.append("a"), 3),
        Task("b", lambda: Staged({"half": 0.0}, order.append("b")), 2),
        Task("c", boom, 3),
    ]
    timings = run_interleaved(tasks)
    assert order == ["a", "b", "c", "b", "a", "a"]
    assert len(timings["a"].samples) == 3 and len(timings["b"].stages["half"]) == 2
    assert timings["c"].error == "ValueError: no" and timings["c"].median is None


def test_the_reference_anchor_runs_beside_every_slow_sample() -> None:
    order: list[str] = []
    anchors = [Task("floor", lambda: order.append("f"), 2), Task("ref", lambda: order.append("r"), 2)]
    slow = [Task("x", lambda: order.append("x"), 1), Task("y", lambda: order.append("y"), 1)]
    timings = run_interleaved(slow, anchors=anchors)
    assert "".join(order) == "frxryrrf"
    assert len(timings["ref"].samples) == 4


def test_paired_ratio_divides_each_sample_by_its_nearest_neighbour() -> None:
    # The reference doubles in speed halfway (a neighbour's load went away); so does the contender.
    slow = Timing("slow", samples=[10.0, 5.0], at=[1.0, 100.0])
    ref = Timing("ref", samples=[2.0, 2.0, 1.0, 1.0], at=[0.0, 2.0, 99.0, 101.0])
    assert paired_ratio(slow, ref) == pytest.approx(5.0)
    assert paired_ratio(ref, slow) == pytest.approx(0.2)
    assert paired_ratio(slow, Timing("none")) is None


def test_a_tiny_run_writes_results(tmp_path: Path) -> None:
    out = tmp_path / "RESULTS.md"
    argv = ["--pages", "30-31", "--reps", "1", "--slow-reps", "1", "--camelot-reps", "0"]
    argv += ["--synth-pages", "3,4", "--synth-reps", "1", "--no-profile", "--jobs-reps", "0", "--startup-runs", "1"]
    argv += ["--out", str(out), "--cache", str(tmp_path / "cache")]
    assert run.main(argv) == 0
    text = out.read_text(encoding="utf-8")
    for heading in ("## Goals", "## Machine", "## Speed and correctness", "## Long reports", "## Start-up", "## Definitions"):
        assert heading in text
    floor_row = next(line for line in text.splitlines() if line.startswith("| floor: words + get_drawings()"))
    assert float(floor_row.split("|")[3]) > 0
    summary = json.loads((tmp_path / "cache" / "results.json").read_text())
    assert summary["contenders"]["pdfplumber extract_tables()"]["median_s"] > 0
    assert summary["startup"]["ogi-extract --help"] > 0 and "`ogi-extract --help` ≤ 0.25 s median" in text


def test_several_cores_ratios_pair_each_two_process_run_with_its_neighbours() -> None:
    from bench.cores import Alternation, Cores, core_goals, render

    alt = Alternation(
        ones=[{"seconds": 10.0, "cpu_seconds": 8.0}, {"seconds": 12.0, "cpu_seconds": 8.0}],
        twos=[{"seconds": 5.5, "cpu_seconds": 6.0}],
    )
    assert alt.paired() == pytest.approx(0.5)
    assert alt.paired("cpu_seconds") == pytest.approx(0.75)
    batch = Alternation(
        ones=[{"seconds": 4.0, "critical_cpu_seconds": 4.0}] * 2, twos=[{"seconds": 2.0, "critical_cpu_seconds": 2.5}]
    )
    c = Cores("synthetic", 1009, alt, 20, batch)
    assert c.batch_speedup == pytest.approx(2.0) and c.batch_cpu_speedup == pytest.approx(1.6)
    assert [ok for _goal, _measured, ok in core_goals(c)] == [True, True]
    assert "## Several cores" in "\n".join(render(c))
    assert [ok for _g, _m, ok in core_goals(Cores())] == [None, None]


def test_machine_capacity_is_two_parses_together_over_one_alone() -> None:
    from bench.cores import Alternation, Cores, render

    # one parse alone 1.0 s, two together 1.25 s each: 2 parses in 1.25 s = 1.6x the throughput of one
    capacity = Alternation(
        ones=[{"seconds": 1.0, "cpu_seconds": 1.0}] * 2, twos=[{"seconds": 1.25, "cpu_seconds": 1.2}]
    )
    c = Cores(capacity_report="synthetic", capacity=capacity)
    assert c.machine_capacity == pytest.approx(1.6) and c.cpu_inflation == pytest.approx(1.2)
    assert "1.60×" in "\n".join(render(c)) and Cores().machine_capacity is None


def test_the_critical_path_counts_each_side_by_side_step_at_its_longer_side() -> None:
    from bench.critical import Steps, critical_path

    # here: 10 s in all, of which 3 s reading and 1 s tables beside the page process's 4 s and 2 s
    assert critical_path(10.0, Steps(3.0, 1.0, 4.0, 2.0)) == pytest.approx(12.0)
    assert critical_path(10.0, Steps(5.0, 2.0, 4.0, 0.5)) == pytest.approx(10.0)
    from bench.cores import Alternation, Cores

    parse = Alternation(
        ones=[{"seconds": 4.0, "cpu_seconds": 4.0, "critical_cpu_seconds": 4.0}] * 2,
        twos=[{"seconds": 3.0, "cpu_seconds": 2.5, "critical_cpu_seconds": 3.0}],
    )
    assert Cores("synthetic", 1009, parse).jobs_critical_path == pytest.approx(0.75)


def test_the_serial_part_is_what_this_process_did_beside_neither_side_by_side_step() -> None:
    from bench.critical import Steps, serial_part

    # 10 s here: 3 s reading and 1 s tables beside the page process; 2.5 s in named stages, 3.5 s in none
    part = serial_part(10.0, Steps(3.0, 1.0, 4.0, 2.0, {"assembler": 2.0, "grammar": 0.5}))
    assert part == pytest.approx({"assembler": 2.0, "grammar": 0.5, "rest": 3.5})
    assert serial_part(4.0, Steps(3.0, 1.0, 0.0, 0.0)) == pytest.approx({"rest": 0.0})


@pytest.mark.skipif(os.name != "posix", reason="pages are read in forked processes only")
def test_the_probe_sees_both_processes_read_and_split(monkeypatch: pytest.MonkeyPatch) -> None:
    from bench.critical import Probe
    from ogi_extract import parse
    from ogi_extract.layout import parallel, pymupdf_backend
    from ogi_extract.grammar.records import Assembler
    from ogi_extract.tables import remote

    monkeypatch.setattr(parallel, "MIN_PAGES_PER_PROCESS", 2)
    originals = (pymupdf_backend.read_pages, remote.split_held, Assembler.feed)
    probe = Probe()
    try:
        probe.start()
        parse(str(ROOT / "corpus" / "reports" / "typst-noto-serif-2021-s3.pdf"), jobs=2)
        steps = probe.steps()
    finally:
        probe.close()
    assert min(steps.own_reading, steps.own_tables, steps.their_reading, steps.their_tables) > 0
    # the serial stages this process ran alone: the other process's pages and contents taken back, the records
    alone = ("pages back", "contents back", "furniture and page order", "vocabulary", "assembler")
    assert min(steps.serial.get(stage, 0.0) for stage in alone) > 0
    assert (pymupdf_backend.read_pages, remote.split_held, Assembler.feed) == originals
