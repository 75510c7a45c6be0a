"""The panel: the 2021 replica joined with a generated 2022 report of the same plan, against the generator's truth."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import ogi_extract
from ogi_extract.cli import main
from ogi_extract.models import Report
from ogi_extract.panel import COLUMN_NAMES, Panel
from ogi_extract.panel.charts import grade_chart, heatmap
from ogi_extract.panel.join import join, judge_title
from ogi_extract.panel.model import ReportRef
from ogi_extract.panel.sources import Side
from ogi_extract.panel.write import write_panel
from panel_data import REPLICA, chromium, golden, png_colours, png_size, sequel, sequel_pdf, sequel_report

EARLIER, LATER = "monev-2021.pdf", "monev-2022.pdf"
REQUIRED = ("commitment", "commitment_title", "implementer_id", "implementer_kind", "period", "score_value",
            "grade", "cocreation", "report", "report_sha256", "page")


@pytest.fixture(scope="module")
def reports(replica_pymupdf: Report) -> tuple[Report, Report]:
    return replica_pymupdf, sequel_report()


@pytest.fixture(scope="module")
def panel(reports: tuple[Report, Report]) -> Panel:
    return ogi_extract.panel(list(reports))


def _golden_ids() -> list[tuple[int, str | None, str]]:
    return [
        (c["number"], (b.get("implementer_match") or {}).get("id"), t["period"])
        for c in golden()["commitments"] for b in c["blocks"] for t in b["targets"]
    ]


def _notes_of(panel: Panel, kind: str) -> list[Any]:
    return [n for n in panel.notes if n.kind == kind]


# --- the join against the generator's truth -------------------------------------------------------


def test_one_row_per_target_row_of_each_report(panel: Panel, reports: tuple[Report, Report]) -> None:
    earlier, later = reports
    assert [r.file for r in panel.reports] == [EARLIER, LATER]
    assert len(panel.rows) == 137 + len(sequel().join.rows)
    for report in reports:
        rows = panel.rows_of(report.source.file or "")
        assert [r["target_id"] for r in rows] == [t.id for t in report.targets]
        assert {r["report_sha256"] for r in rows} == {report.source.sha256}
    for row in panel.rows:
        assert set(REQUIRED) <= set(row)
        assert isinstance(row["page"], int) and row["page"] >= 1
    assert list(panel.rows[0]) == list(COLUMN_NAMES)


def test_every_commitment_joined_but_the_retitled_one(panel: Panel) -> None:
    truth = sequel().join
    keys: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in panel.rows:
        keys[row["report"]][row["commitment"]].add(row["commitment_key"])
    numbers = [c["number"] for c in golden()["commitments"]]
    assert sorted(keys[EARLIER]) == sorted(keys[LATER]) == numbers
    for n in numbers:
        assert keys[EARLIER][n] == {f"C{n:02d}"}
        if n in truth.retitled:
            assert keys[LATER][n] == {f"C{n:02d}@{LATER}"}, "a title changed beyond the threshold must not join"
        else:
            assert keys[LATER][n] == {f"C{n:02d}"}
    retitled = _notes_of(panel, "commitment-retitled")
    assert [n.commitment for n in retitled] == list(truth.retitled)
    assert all(n.severity == "uncertain" for n in retitled)
    assert [n.commitment for n in _notes_of(panel, "commitment-reworded")] == list(truth.reworded)


def test_every_implementer_joined_by_id_or_listed(panel: Panel) -> None:
    truth = sequel().join
    unresolved = {(n.reports[0], n.commitment, n.implementer) for n in _notes_of(panel, "implementer-unresolved")}
    expected = {EARLIER: _golden_ids(), LATER: [(t.commitment, t.implementer_id, t.period) for t in truth.rows]}
    joined = 0
    for file, want in expected.items():
        rows = panel.rows_of(file)
        assert len(rows) == len(want)
        for row, (number, entry_id, period) in zip(rows, want):
            assert (row["commitment"], row["period"]) == (number, period)
            if row["implementer_id"] is None:
                assert (file, number, row["implementer"]) in unresolved
                assert row["join_notes"]
            else:
                assert row["implementer_id"] == entry_id
                joined += 1
    assert joined >= 0.95 * len(panel.rows)
    # the same body under different spellings carries one id
    spellings: dict[str, set[str]] = defaultdict(set)
    for row in panel.rows:
        if row["implementer_id"]:
            spellings[row["implementer_id"]].add(row["implementer"])
    assert any(len(s) > 1 for s in spellings.values())


def test_presence_changes_are_noted(panel: Panel) -> None:
    truth = sequel().join
    left = {(n.commitment, n.implementer) for n in _notes_of(panel, "implementer-left-commitment")}
    new = {(n.commitment, n.implementer) for n in _notes_of(panel, "implementer-joined-commitment")}
    assert set(truth.dropped) <= left
    assert set(truth.added) <= new
    ids = {EARLIER: {r.implementer_id for r in truth.earlier_rows}, LATER: {r.implementer_id for r in truth.rows}}
    only = {n.implementer: n.reports for n in _notes_of(panel, "implementer-one-report")}
    assert {i for i in ids[EARLIER] ^ ids[LATER]} == set(only)


def test_notes_reach_the_rows_they_concern(panel: Panel) -> None:
    for note in panel.uncertain():
        concerned = [r for r in panel.rows if r["join_notes"] and note.message in r["join_notes"]]
        assert concerned, note.message
    untouched = [r for r in panel.rows if not r["join_notes"]]
    assert len(untouched) > len(panel.rows) // 2


# --- the join on small hand-made cases ------------------------------------------------------------


def _side(
    file: str, periods: tuple[str, ...], rows: list[tuple[int, str, str | None, str]], titles: dict[int, str]
) -> Side:
    made = [
        {"commitment": c, "commitment_title": titles.get(c), "implementer": name, "implementer_id": entry,
         "implementer_kind": "K/L" if entry else None, "period": p, "score_value": 100.0, "grade": "Baik",
         "cocreation": "Aktif", "pages": [3], "target_id": f"t{i}"}
        for i, (c, name, entry, p) in enumerate(rows)
    ]
    return Side(ReportRef(file, file * 2, periods, len(made)), made, titles)


def test_join_by_number_needs_the_title_to_agree() -> None:
    a = _side("a.pdf", ("B06",), [(1, "KIP", "KIP", "B06"), (2, "KPU", "KPU", "B06"), (3, "LAN", "LAN", "B06")],
              {1: "Penguatan Portal Informasi terkait Bantuan Hukum", 2: "Jaminan Keterbukaan Ruang Kewargaan",
               3: "Evaluasi Program Pembangunan Berbasis Masyarakat"})
    b = _side("b.pdf", ("B18",), [(1, "Komisi Informasi Pusat", "KIP", "B18"), (2, "KPU", "KPU", "B18"),
                                  (3, "Lembaga X", None, "B18")],
              {1: "Penguatan Portal Informasi terkait Bantuan Hukum", 2: "Integrasi Sistem Data Kesehatan Sosial",
               3: "Program Pembangunan Berbasis Masyarakat"})
    b.rows.append({**b.rows[0], "implementer": "Komisi", "implementer_id": None, "implementer_status": "ambiguous",
                   "target_id": "t9"})
    p = join([a, b])
    keys = {(r["report"], r["commitment"]): r["commitment_key"] for r in p.rows}
    assert keys[("b.pdf", 1)] == "C01" and keys[("b.pdf", 3)] == "C03"
    assert keys[("b.pdf", 2)] == "C02@b.pdf"
    kinds = sorted(n.kind for n in p.notes)
    assert "commitment-retitled" in kinds and "commitment-reworded" in kinds
    unresolved = _notes_of(p, "implementer-unresolved")
    assert [(n.commitment, n.implementer) for n in unresolved] == [(3, "Lembaga X"), (1, "Komisi")]
    assert "not in the registry" in unresolved[0].message and "more than one" in unresolved[1].message
    assert [r["implementer_id"] for r in p.rows_of("b.pdf")] == ["KIP", "KPU", None, None]
    assert {n.implementer for n in _notes_of(p, "implementer-one-report")} == {"LAN"}


def test_judge_title_cases() -> None:
    known = {1: "Penguatan Portal Informasi terkait Bantuan Hukum", 2: "Jaminan Keterbukaan Ruang Kewargaan"}
    assert judge_title(1, "Penguatan  Portal Informasi terkait Bantuan Hukum", known, {}).kind is None
    swapped = judge_title(1, "Jaminan Keterbukaan Ruang Kewargaan", known, {1: "Jaminan Keterbukaan Ruang Kewargaan"})
    assert (swapped.joined, swapped.kind, swapped.other) == (False, "commitment-renumbered", 2)
    longer = "Penguatan Portal Informasi terkait Bantuan Hukum dan Layanan Pengaduan Masyarakat Desa"
    grown = judge_title(1, longer, known, {1: longer})
    assert grown.joined and grown.kind == "commitment-reworded"
    assert judge_title(1, None, known, {}).joined is False


# --- sources: JSON records and a DuckDB store give the same panel --------------------------------

_KEY_COLUMNS = ("commitment", "commitment_key", "implementer_id", "period", "score_value", "grade", "cocreation",
                "report", "report_sha256", "page", "target_id", "join_notes")


def _keyed(p: Panel) -> list[tuple[Any, ...]]:
    return [tuple(r[c] for c in _KEY_COLUMNS) for r in p.rows]


def test_json_records_and_duckdb_store_as_sources(panel: Panel, reports: tuple[Report, Report], tmp_path: Path) -> None:
    from ogi_extract.export.rows import bundle
    from ogi_extract.export.store import write_store

    files = []
    for report in reports:
        path = tmp_path / f"{Path(report.source.file or 'x').stem}.json"
        path.write_text(report.model_dump_json(), encoding="utf-8")
        files.append(path)
    assert _keyed(ogi_extract.panel(files)) == _keyed(panel)
    store = tmp_path / "monev.duckdb"
    write_store("duckdb", [bundle(r) for r in reports], store)
    from_store = ogi_extract.panel([store])
    assert [r.file for r in from_store.reports] == [EARLIER, LATER]
    assert _keyed(from_store) == _keyed(panel)
    assert [n.message for n in from_store.notes] == [n.message for n in panel.notes]


def test_pdf_paths_as_sources(panel: Panel) -> None:
    assert _keyed(ogi_extract.panel([sequel_pdf(), REPLICA])) == _keyed(panel)  # earliest periods first


# --- outputs ------------------------------------------------------------------------------------


def test_every_format_carries_rows_and_notes(panel: Panel, tmp_path: Path) -> None:
    uncertain = [n.message for n in panel.uncertain()]
    assert uncertain
    text = write_panel(panel, tmp_path / "p.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(panel.rows) and list(rows[0]) == list(COLUMN_NAMES)
    assert all(any(m in (r["join_notes"] or "") for r in rows) for m in uncertain)

    data = json.loads(write_panel(panel, tmp_path / "p.json").read_text(encoding="utf-8"))
    assert len(data["rows"]) == len(panel.rows)
    assert [n["message"] for n in data["notes"]] == [n.message for n in panel.notes]

    from openpyxl import load_workbook

    xlsx = write_panel(panel, tmp_path / "p.xlsx")
    with zipfile.ZipFile(xlsx) as z:  # no clock reading in the file: the same panel, the same bytes
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert b"2000-01-01T00:00:00Z" in z.read("docProps/core.xml")
    wb = load_workbook(xlsx, read_only=True)
    assert wb.sheetnames[:2] == ["panel", "join notes"]
    assert sum(1 for _ in wb["panel"].iter_rows()) == len(panel.rows) + 1
    assert [r[2] for r in wb["join notes"].iter_rows(min_row=2, values_only=True)] == [n.message for n in panel.notes]

    import pyarrow.parquet as pq

    table = pq.read_table(write_panel(panel, tmp_path / "p.parquet"))
    assert table.num_rows == len(panel.rows)
    notes = json.loads(table.schema.metadata[b"ogi_extract.notes"])
    assert [n["message"] for n in notes] == [n.message for n in panel.notes]


def test_charts_are_real_legible_images(panel: Panel) -> None:
    grid = grade_chart(panel)
    width, height = png_size(grid)
    assert 1000 <= width <= 4000 and 800 <= height <= 4000
    assert png_colours(grid) > 50
    heat = heatmap(panel)
    width, height = png_size(heat)
    assert 400 <= width <= 2000 and 600 <= height <= 4000
    assert png_colours(heat) > 20
    svg = grade_chart(panel, "C01", fmt="svg")
    assert b"<svg" in svg and b"C01" in svg
    assert grade_chart(panel, "C01", fmt="svg") == svg  # the same panel draws the same bytes


def test_html_opens_in_chromium_with_its_charts(panel: Panel, tmp_path: Path) -> None:
    page = write_panel(panel, tmp_path / "panel.html")
    dom = chromium(page, "--dump-dom").stdout
    keys = {r["commitment_key"] for r in panel.rows}
    assert dom.count("<svg") == len(keys) + 1  # a chart per commitment and the heat map
    assert "commitment-retitled" in dom
    shot = tmp_path / "shot.png"
    chromium(page, "--window-size=1280,2000", f"--screenshot={shot}")
    assert png_size(shot.read_bytes()) == (1280, 2000)
    assert png_colours(shot.read_bytes()) > 50


def test_cli_panel(reports: tuple[Report, Report], tmp_path: Path) -> None:
    files = []
    for report in reports:
        path = tmp_path / f"{Path(report.source.file or 'x').stem}.json"
        path.write_text(report.model_dump_json(), encoding="utf-8")
        files.append(str(path))
    out = tmp_path / "panel.csv"
    result = CliRunner().invoke(main, ["panel", *files, "-o", str(out), "--charts", str(tmp_path / "c"),
                                       "--chart-format", "svg"])
    assert result.exit_code == 0, result.output
    assert "warning: commitment" in result.stderr and "not joined" in result.stderr
    assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == 137 + len(sequel().join.rows)
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == ["grades.svg", "heatmap.svg"]
    bad = CliRunner().invoke(main, ["panel", *files, "-o", str(tmp_path / "panel.txt")])
    assert bad.exit_code == 2


def test_command_line_starts_without_matplotlib() -> None:
    import os
    import subprocess
    import sys

    src = str(Path(ogi_extract.__file__).resolve().parent.parent)  # this tree's package, not an installed one
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    code = (
        "import sys, ogi_extract.cli, ogi_extract.panel; "
        "print(sorted(m for m in ('matplotlib', 'openpyxl') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "[]"
