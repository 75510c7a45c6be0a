"""Bad input end to end: every kind of wrong PDF gives a typed error or a partial report that says what is missing.

The corpus is made by `badpdf` from the replica of the 2021 report. Most cases
use five of its pages (the detail heading and commitment 1: eight target rows,
no row cut at either end) so that each parse takes a fraction of a second;
the partial-result cases use the whole replica and compare with the golden
records.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from click.testing import CliRunner, Result

import badpdf as bad
import ogi_extract
from conftest import records
from ogi_extract.cli import main
from ogi_extract.errors import (
    DamagedPdfError,
    EmptyPdfError,
    EncryptedPdfError,
    LimitExceededError,
    NotAPdfError,
    NoTextLayerError,
    OgiError,
    UnknownReportError,
)
from ogi_extract.layout import open_document
from ogi_extract.limits import DEFAULT_LIMITS, MiB, Limits
from ogi_extract.models import Report

MINI_PAGES = range(21, 26)  # PDF pages 22-26
BOMB_SIZE = 200 * MiB
LOST = 41  # the page of the detail section the partial-result cases damage (1-based)


@cache
def replica() -> bytes:
    return bad.replica()


@cache
def mini() -> bytes:
    return bad.select(replica(), MINI_PAGES)


@cache
def bomb() -> bytes:
    return bad.compression_bomb(mini(), 2, BOMB_SIZE)


@pytest.fixture(scope="module")
def mini_report() -> Report:
    report = ogi_extract.parse(mini())
    assert len(report.targets) == 8 and report.warnings == [] and report.unassigned == []
    return report


def _signature(t: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(t[k] for k in ("label", "period", "target_text", "achievement_text", "score", "cocreation_text"))


def _golden_targets(golden: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
    return {t["id"]: _signature(t) for c in golden["commitments"] for b in c["blocks"] for t in b["targets"]}


def _targets(report: Report) -> Counter[tuple[Any, ...]]:
    return Counter(_signature(t.model_dump()) for t in report.targets)


def _touching(report: Report, page: int) -> set[str]:
    """Targets with a field on `page`."""
    return {t.id for t in report.targets if any(p.page == page for ps in t.provenance.values() for p in ps)}


def _balanced(report: Report) -> bool:
    """Every word of the PDF is accounted for, the set-aside ones included."""
    acc = report.accounting
    return acc.words == acc.furniture + acc.outside + acc.assigned + acc.unassigned and acc.unassigned == len(
        report.unassigned
    )


# -- not a PDF, or not one that can be read ------------------------------------


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_random_bytes_are_not_a_pdf(seed: int) -> None:
    with pytest.raises(NotAPdfError, match="no %PDF- header"):
        ogi_extract.parse(bad.random_bytes(seed))


def test_noise_behind_a_pdf_header_is_damaged() -> None:
    with pytest.raises(DamagedPdfError, match="even after repair"):
        ogi_extract.parse(bad.random_bytes(3, header=True))


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9])
def test_truncated_download_is_damaged_and_says_so(fraction: float) -> None:
    # The page tree and the fonts sit at the end of the file: no page survives.
    with pytest.raises(DamagedPdfError, match="no page could be recovered .*cut short"):
        ogi_extract.parse(bad.truncated(replica(), fraction))


def test_file_without_its_last_bytes_is_repaired_with_a_warning(mini_report: Report) -> None:
    report = ogi_extract.parse(bad.tail_cut(mini(), 100))
    assert records(report) == records(mini_report)
    assert len(report.warnings) == 1
    assert "rebuilt by scanning the file" in report.warnings[0] and "cut short" in report.warnings[0]


@pytest.mark.parametrize("damage", [bad.xref_offsets_wrong, bad.xref_deleted])
def test_broken_cross_reference_table_is_rebuilt_with_a_warning(
    damage: Callable[[bytes], bytes], mini_report: Report
) -> None:
    report = ogi_extract.parse(damage(mini()))
    assert records(report) == records(mini_report)
    assert [w for w in report.warnings if "cross-reference table was broken" in w] == report.warnings
    assert len(report.warnings) == 1 and "repeated" not in report.warnings[0]


def test_encrypted_with_a_user_password() -> None:
    with pytest.raises(EncryptedPdfError, match="needs a password"):
        ogi_extract.parse(bad.encrypted(mini(), user_pw="rahasia"))


def test_encrypted_with_an_empty_user_password_opens(mini_report: Report) -> None:
    data = bad.encrypted(mini(), user_pw="")
    assert b"/Encrypt" in data and pymupdf.open(stream=data).metadata["encryption"]
    report = ogi_extract.parse(data)
    assert records(report) == records(mini_report) and report.warnings == []


def test_zero_pages() -> None:
    with pytest.raises(EmptyPdfError, match="no pages"):
        ogi_extract.parse(bad.zero_pages())


def test_scan_has_no_text_layer() -> None:
    with pytest.raises(NoTextLayerError, match="OCR"):
        ogi_extract.parse(bad.scanned(replica(), MINI_PAGES))


def test_pdf_with_tables_that_is_no_monev_report() -> None:
    data = bad.unrelated_tables()
    with pytest.raises(UnknownReportError, match="no grammar matches"):
        ogi_extract.parse(data)
    with pytest.raises(UnknownReportError, match="headings are missing"):
        ogi_extract.parse(data, grammar="monev-2021")


def test_page_count_limit() -> None:
    data = bad.many_pages(5000)
    with pytest.raises(LimitExceededError, match="5000 pages, over the limit of 2000"):
        ogi_extract.parse(data)
    doc = open_document(data, limits=Limits(max_pages=5000))
    assert len(doc.pages) == 5000 and doc.pages[0].words[0].text == "Halaman"


# -- hostile content -----------------------------------------------------------


def test_compression_bomb_stops_at_the_decoded_size_limit() -> None:
    data = bomb()
    assert len(data) < BOMB_SIZE // 100
    for backend in ("pymupdf", "pdfplumber"):
        started = time.perf_counter()
        with pytest.raises(LimitExceededError, match=f"limit of {DEFAULT_LIMITS.max_decompressed_bytes} bytes .page 3"):
            ogi_extract.parse(data, backend=backend)
        assert time.perf_counter() - started < 10


def test_compression_bomb_costs_memory_in_chunks_not_in_full(tmp_path: Path) -> None:
    """Measured in a fresh process: peak memory grows by far less than the limit."""
    path = tmp_path / "bomb.pdf"
    path.write_bytes(bomb())
    script = (
        "import resource, sys, ogi_extract\n"
        "from ogi_extract.errors import LimitExceededError\n"
        "ogi_extract.parse(sys.argv[2])\n"  # warm: imports, grammar, caches
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "try:\n"
        "    ogi_extract.parse(sys.argv[1])\n"
        "except LimitExceededError:\n"
        "    pass\n"
        "else:\n"
        "    sys.exit('no limit error')\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)\n"
    )
    warm = tmp_path / "mini.pdf"
    warm.write_bytes(mini())
    done = subprocess.run(
        [sys.executable, "-c", script, str(path), str(warm)], capture_output=True, text=True, timeout=120, check=True
    )
    grown_mib = int(done.stdout.strip()) / 1024
    assert grown_mib < 32, f"peak memory grew by {grown_mib:.0f} MiB"


FONT_BOMB_SIZE = 1536 * MiB
PEAK_MIB = 300  # the memory any bad input may cost a reading process, imports included


@cache
def font_bomb() -> bytes:
    return bad.font_bomb(mini(), 2, FONT_BOMB_SIZE)


# Runs in a fresh process: parses each file with each backend, one line per case
# (name, error class or "report", seconds), and at the end its own peak memory.
_CORPUS_SCRIPT = """
import resource, sys, time
import ogi_extract
from ogi_extract.errors import OgiError
for path in sys.argv[1:]:
    for backend in ("pymupdf", "pdfplumber"):
        started = time.perf_counter()
        try:
            ogi_extract.parse(path, backend=backend)
            outcome = "report"
        except OgiError as exc:
            outcome = type(exc).__name__
        print(path, backend, outcome, round(time.perf_counter() - started, 2), flush=True)
print("peak", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def _peak_of_child(tmp_path: Path, paths: list[Path]) -> tuple[list[str], int]:
    """Lines of the child's output and its peak memory in MiB, measured by the parent (RUSAGE_CHILDREN).

    A child of its own wrapper, so that no earlier child of this test process counts.
    """
    wrapper = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run([sys.executable, '-c', sys.argv[1], *sys.argv[2:]], capture_output=True, text=True)\n"
        "sys.stdout.write(done.stdout); sys.stderr.write(done.stderr)\n"
        "print('children', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)\n"
        "sys.exit(done.returncode)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", wrapper, _CORPUS_SCRIPT, *map(str, paths)],
        capture_output=True, text=True, timeout=900, check=True,
    )
    lines = done.stdout.splitlines()
    return lines[:-2], int(lines[-1].split()[1])


def test_font_bomb_stops_with_memory_bounded(tmp_path: Path) -> None:
    """A font program that inflates to 1.5 GiB counts against the decoded-size limit before any library loads it."""
    data = font_bomb()
    assert len(data) < 2 * MiB
    for backend in ("pymupdf", "pdfplumber"):
        with pytest.raises(LimitExceededError, match=r"limit of \d+ bytes \(page \d+, a font program\)"):
            ogi_extract.parse(data, backend=backend)
    path = tmp_path / "font-bomb.pdf"
    path.write_bytes(data)
    lines, peak = _peak_of_child(tmp_path, [path])
    assert [ln.split()[2] for ln in lines] == ["LimitExceededError"] * 2
    print("peak MiB", peak)
    assert peak <= PEAK_MIB, f"peak memory {peak} MiB"


def test_every_bad_input_stays_within_memory_and_time(tmp_path: Path) -> None:
    """The whole corpus, both backends, in one process: its peak memory bounds every case's."""
    paths = []
    for name, data in bad.corpus(mini()).items():
        paths.append(tmp_path / f"{name}.pdf")
        paths[-1].write_bytes(data)
    lines, peak = _peak_of_child(tmp_path, paths)
    assert len(lines) == 2 * len(paths)
    slow = [ln for ln in lines if float(ln.split()[3]) > 20]
    assert slow == []
    print("peak MiB", peak)
    assert peak <= PEAK_MIB, f"peak memory {peak} MiB"


@pytest.mark.parametrize(
    "build",
    [lambda: bad.many_paths(mini(), 2, 1_000_000), lambda: bad.form_drawn_often(mini(), 2, 100_000)],
    ids=["million-paths", "form-drawn-100000-times"],
)
def test_page_too_big_to_read_is_lost_before_it_is_read(build: Callable[[], bytes], mini_report: Report) -> None:
    """Reading would hold millions of paths or glyphs (gigabytes) before counting them: the content size stops it first."""
    data = build()
    assert len(data) < len(mini()) + 100_000
    for backend in ("pymupdf", "pdfplumber"):
        started = time.perf_counter()
        report = ogi_extract.parse(data, backend=backend)
        assert time.perf_counter() - started < 10
        limit = DEFAULT_LIMITS.max_content_bytes_per_page
        assert [(p.page, p.reason) for p in report.page_problems] == [
            (3, f"limit exceeded: page content, with the forms it draws, comes to more than {limit} bytes")
        ]
        assert len(report.targets) >= len(mini_report.targets) - 3 and _balanced(report)


def test_form_drawn_a_few_times_is_read(mini_report: Report) -> None:
    data = bad.form_drawn_often(mini(), 2, 20)
    page = open_document(data).pages[2]
    # the form's glyphs were read, and set aside: the form is drawn outside the page
    assert any(w.text == "x" * 50 and w.visibility == "outside the page" for w in page.hidden)
    assert not any(w.text == "x" * 50 for w in page.words)
    report = ogi_extract.parse(data)
    assert report.page_problems == [] and len(report.targets) == len(mini_report.targets)
    assert report.warnings == [
        f"page 3: {len(page.hidden)} words of hidden text (outside the page: {len(page.hidden)}) were set aside, "
        "not read into any field (tampering, or text meant for machines only): see 'unassigned'"
    ]


def test_javascript_and_attachments_are_ignored(
    mini_report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = bad.with_javascript_and_attachment(mini())
    doc = pymupdf.open(stream=data)
    assert doc.embfile_count() == 1 and "/JavaScript" in doc.xref_object(
        int(doc.xref_get_key(doc.pdf_catalog(), "OpenAction")[1].split()[0])
    )
    monkeypatch.chdir(tmp_path)
    for backend in ("pymupdf", "pdfplumber"):
        report = ogi_extract.parse(data, backend=backend)
        assert records(report) == records(mini_report) and report.warnings == []
    assert list(tmp_path.iterdir()) == []  # nothing exported or launched


# -- rotation --------------------------------------------------------------------


def test_rotated_pages_read_as_upright(mini_report: Report) -> None:
    """/Rotate only tells a viewer how to show the page: the records are the same, to the box."""
    data = bad.select(replica(), MINI_PAGES)
    for index, rotation in enumerate([90, 180, 270, 90, 180]):
        data = bad.rotated(data, rotation, pages=[index])
    report = ogi_extract.parse(data)
    assert [p.rotation for p in open_document(data).pages] == [90, 180, 270, 90, 180]
    assert report.warnings == []
    assert report.model_dump(exclude={"source"}) == mini_report.model_dump(exclude={"source"})


@pytest.mark.parametrize("rotate", [90, 270])
def test_content_turned_on_the_page_is_set_aside_with_a_warning(rotate: int, mini_report: Report) -> None:
    report = ogi_extract.parse(bad.turned_content(mini(), 2, rotate))
    assert report.warnings[0].startswith("page 3: its text runs sideways")
    aside = [u for u in report.unassigned if u.reason == "text runs sideways"]
    assert aside and {u.page for u in aside} == {3}
    # the row cut at its top edge loses its head: the rest of it is named, on page 4
    assert {u.page for u in report.unassigned} == {3, 4}
    assert any(w.startswith(f"{len(report.unassigned) - len(aside)} words on page 4") for w in report.warnings)
    assert _balanced(report)
    # rows off the turned page and its neighbours are all there, unchanged
    near = _touching(mini_report, 2) | _touching(mini_report, 3) | _touching(mini_report, 4)
    want = Counter(_signature(t.model_dump()) for t in mini_report.targets if t.id not in near)
    assert want and want <= _targets(report)


# -- partial results -------------------------------------------------------------


def test_missing_page_is_named_and_costs_only_its_rows(golden: dict[str, Any], replica_pymupdf: Report) -> None:
    report = ogi_extract.parse(bad.without_page(replica(), LOST - 1))
    assert report.warnings[0] == (
        f"printed page numbers jump from {LOST - 1} to {LOST + 1} between pages {LOST - 1} and {LOST}: "
        "1 page seems to be missing; rows cut there are not joined across the gap"
    )
    touched = _touching(replica_pymupdf, LOST)
    want = Counter(sig for tid, sig in _golden_targets(golden).items() if tid not in touched)
    assert want <= _targets(report)  # every row off the lost page is there, unchanged
    assert len(report.targets) == len(replica_pymupdf.targets) - 1
    # what was cut at the gap is named, on the page after it
    assert report.unassigned and {u.page for u in report.unassigned} == {LOST}
    assert report.warnings[1].startswith(f"{len(report.unassigned)} words on page {LOST} could not be assigned")
    assert _balanced(report)


def test_duplicated_page_is_set_aside_and_the_records_are_whole(
    golden: dict[str, Any], replica_pymupdf: Report
) -> None:
    report = ogi_extract.parse(bad.with_page_twice(replica(), LOST - 1))
    assert records(report) == golden
    assert report.warnings == [
        f"page {LOST + 1} repeats page {LOST} word for word (a sheet fed twice?): "
        "its words were left out of the records and are listed in 'unassigned'"
    ]
    assert {(u.page, u.reason) for u in report.unassigned} == {(LOST + 1, f"duplicate of page {LOST}")}
    acc, before = report.accounting, replica_pymupdf.accounting
    assert acc.unassigned == (acc.words - before.words) - (acc.furniture - before.furniture)
    assert _balanced(report)


@pytest.mark.parametrize("damage", [bad.garbled_page, bad.unreadable_page])
def test_page_that_cannot_be_read_loses_only_its_rows(
    damage: Callable[[bytes, int], bytes], golden: dict[str, Any], replica_pymupdf: Report
) -> None:
    report = ogi_extract.parse(damage(replica(), LOST - 1))
    assert [p.page for p in report.page_problems] == [LOST]
    assert report.page_problems[0].reason.startswith("page cannot be read: its content is damaged")
    touched = _touching(replica_pymupdf, LOST)
    want = Counter(sig for tid, sig in _golden_targets(golden).items() if tid not in touched)
    assert want <= _targets(report)
    assert {u.page for u in report.unassigned} <= {LOST + 1}
    assert all(f"page {LOST + 1} could not be assigned" in w for w in report.warnings)
    assert _balanced(report)


def test_page_read_in_part_is_kept_with_a_warning(mini_report: Report) -> None:
    report = ogi_extract.parse(bad.partly_garbled(mini(), 2))
    assert report.page_problems == []
    assert report.warnings[0].startswith("page 3: part of its content cannot be read (syntax error")
    assert report.warnings[0].endswith("its text may be incomplete")
    assert len(report.targets) == len(mini_report.targets)


# -- the command line: one line, the documented code -----------------------------


def _convert(path: Path, *options: str) -> Result:
    return CliRunner().invoke(main, ["convert", str(path), *options])


def _one_error_line(result: Result, code: int) -> str:
    assert result.exit_code == code, (result.exit_code, result.stderr, result.exception)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and ": error: " in lines[0], result.stderr
    assert "Traceback" not in result.output and result.stdout == ""
    return lines[0]


CLI_CASES: list[tuple[str, Callable[[], bytes], type[OgiError]]] = [
    ("random", lambda: bad.random_bytes(0), NotAPdfError),
    ("noise", lambda: bad.random_bytes(3, header=True), DamagedPdfError),
    ("truncated", lambda: bad.truncated(replica(), 0.5), DamagedPdfError),
    ("encrypted", lambda: bad.encrypted(mini(), user_pw="rahasia"), EncryptedPdfError),
    ("zero-pages", bad.zero_pages, EmptyPdfError),
    ("scan", lambda: bad.scanned(replica(), [21]), NoTextLayerError),
    ("tables", bad.unrelated_tables, UnknownReportError),
    ("5000-pages", lambda: bad.many_pages(5000), LimitExceededError),
    ("bomb", bomb, LimitExceededError),
    ("font-bomb", font_bomb, LimitExceededError),
]


@pytest.mark.parametrize("name, build, error", CLI_CASES, ids=[c[0] for c in CLI_CASES])
def test_convert_prints_one_error_line(
    name: str, build: Callable[[], bytes], error: type[OgiError], tmp_path: Path
) -> None:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(build())
    line = _one_error_line(_convert(path), error.exit_code)
    assert path.name in line


def test_convert_limits_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "mini.pdf"
    path.write_bytes(mini())
    line = _one_error_line(_convert(path, "--max-pages", "4"), LimitExceededError.exit_code)
    assert "5 pages, over the limit of 4" in line
    line = _one_error_line(_convert(path, "--max-seconds-per-page", "0.000001"), LimitExceededError.exit_code)
    assert "every page is over a limit" in line
    assert _convert(path, "--max-pages", "5").exit_code == 0
    assert _convert(path, "--max-pages", "0").exit_code == 2  # click's usage error


def test_convert_warns_of_a_partial_result(tmp_path: Path) -> None:
    path = tmp_path / "gap.pdf"
    path.write_bytes(bad.without_page(mini(), 2))
    result = _convert(path, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    warnings = result.stderr.splitlines()
    assert warnings[0] == (
        "warning: printed page numbers jump from 23 to 25 between pages 2 and 3: "
        "1 page seems to be missing; rows cut there are not joined across the gap"
    )
    assert any(w.startswith("warning: ") and "see 'unassigned'" in w for w in warnings[1:])
    assert result.stdout.count("\n") >= 6


def test_convert_warns_of_a_repaired_file(tmp_path: Path) -> None:
    path = tmp_path / "xref.pdf"
    path.write_bytes(bad.xref_deleted(mini()))
    result = _convert(path, "-o", str(tmp_path / "out.json"))
    assert result.exit_code == 0, result.stderr
    assert any(
        ln.startswith("warning: the PDF's cross-reference table was broken") for ln in result.stderr.splitlines()
    )


def test_batch_goes_on_past_bad_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.pdf").write_bytes(mini())
    (folder / "b-zero.pdf").write_bytes(bad.zero_pages())
    (folder / "c-locked.pdf").write_bytes(bad.encrypted(mini(), user_pw="rahasia"))
    result = CliRunner().invoke(main, ["batch", str(folder), "--to", "json", str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 1
    errors = [ln for ln in result.stderr.splitlines() if ": error: " in ln]
    assert errors == ["b-zero.pdf: error: PDF has no pages", "c-locked.pdf: error: PDF is encrypted and needs a password"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a-good.json"]


def test_console_script_prints_one_line_without_traceback(tmp_path: Path) -> None:
    """The installed command, in its own process: nothing on stderr but the error line."""
    script = Path(sys.executable).with_name("ogi-extract")
    if not script.exists():
        pytest.skip("the console script is not installed beside this interpreter")
    path = tmp_path / "scan.pdf"
    path.write_bytes(bad.scanned(replica(), [21]))
    done = subprocess.run([str(script), "convert", str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == NoTextLayerError.exit_code
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        f"{path}: error: PDF has no text layer: no page carries any text (a scan needs OCR first)"
    ]


def test_convert_names_a_lost_page_first(tmp_path: Path) -> None:
    path = tmp_path / "garbled.pdf"
    path.write_bytes(bad.garbled_page(mini(), 2))
    result = _convert(path, "-o", str(tmp_path / "out.json"))
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[1].startswith("warning: page 3 lost: page cannot be read: its content is damaged (syntax error")
    assert lines[2].startswith("warning: ") and "on page 4 could not be assigned" in lines[2]
