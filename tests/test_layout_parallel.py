"""Pages read in several processes: the same report as one process, whatever a child does."""

from __future__ import annotations

import multiprocessing
import os
from dataclasses import replace
from pathlib import Path

import pytest

from ogi_extract import parse
from ogi_extract.errors import LimitExceededError
from ogi_extract.export.kinds import encode
from ogi_extract.layout import open_document, parallel
from ogi_extract.layout.model import Page
from ogi_extract.layout.pages import PagesRead
from ogi_extract.limits import DEFAULT_LIMITS

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "corpus" / "reports"
needs_fork = pytest.mark.skipif(not parallel.can_fork(), reason="pages are read in forked processes only")


def test_ranges_cover_every_page_once_in_order() -> None:
    for count in (1, 23, 47, 48, 100, 1009):
        for jobs in (1, 2, 3, 8):
            ranges = parallel.page_ranges(count, jobs)
            assert [i for r in ranges for i in r] == list(range(count))
            assert len(ranges) <= jobs
            assert len(ranges) == 1 or min(len(r) for r in ranges[1:]) >= parallel.MIN_PAGES_PER_PROCESS


def test_a_short_report_stays_in_one_process() -> None:
    assert parallel.page_ranges(2 * parallel.MIN_PAGES_PER_PROCESS - 1, 4) == [
        range(2 * parallel.MIN_PAGES_PER_PROCESS - 1)
    ]


def test_the_first_range_is_the_shorter() -> None:
    first, second = parallel.page_ranges(1000, 2)
    assert len(first) < len(second)


def test_pages_come_back_equal_from_their_tuples() -> None:
    doc = open_document(str(REPORTS / "typst-noto-serif-2021-s3.pdf"))
    back = parallel.decode_pages(parallel.encode_pages(doc.pages))
    assert back == doc.pages
    assert [w.page for p in back for w in p.words] == [p.number for p in doc.pages for _ in p.words]


@needs_fork
@pytest.mark.parametrize("name", ["typst-noto-serif-2021-s3", "libreoffice-liberation-serif-2021-s3"])
@pytest.mark.parametrize("jobs", [2, 3])
def test_the_json_is_byte_identical_to_one_process(monkeypatch: pytest.MonkeyPatch, name: str, jobs: int) -> None:
    monkeypatch.setattr(parallel, "MIN_PAGES_PER_PROCESS", 2)  # split a short report too
    path = str(REPORTS / f"{name}.pdf")
    one = parse(path)
    several = parse(path, jobs=jobs)
    assert encode(several, "json") == encode(one, "json")


@needs_fork
def test_a_long_report_is_byte_identical_with_two_jobs() -> None:
    path = str(REPORTS / "reportlab-helvetica-2021-long.pdf")
    assert encode(parse(path, jobs=2), "json") == encode(parse(path), "json")


def _fake_reader(child_does: str):  # type: ignore[no-untyped-def]
    parent = os.getpid()

    def read_range(part: range) -> PagesRead:
        if os.getpid() != parent:
            if child_does == "die":
                os._exit(3)
            if child_does == "limit":
                raise LimitExceededError("decoded content over the limit (page 40)", path="x.pdf")
            if child_does == "fail":
                raise RuntimeError("a bug")
        return PagesRead([Page(i + 1, 595, 842) for i in part], {}, [])

    return read_range


@needs_fork
@pytest.mark.parametrize("child_does", ["die", "fail"])
def test_pages_of_a_child_that_fails_are_read_here(child_does: str) -> None:
    done = parallel.read_in_parallel(60, 2, _fake_reader(child_does))
    assert [p.number for p in done.pages] == list(range(1, 61))


@needs_fork
def test_a_limit_a_child_meets_is_raised_here() -> None:
    with pytest.raises(LimitExceededError, match="page 40") as caught:
        parallel.read_in_parallel(60, 2, _fake_reader("limit"))
    assert caught.value.path == "x.pdf"


@needs_fork
def test_the_document_budget_counts_every_page_with_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The decoded-content limit is the whole document's: splitting the pages must not split it."""
    monkeypatch.setattr(parallel, "MIN_PAGES_PER_PROCESS", 2)
    path = str(REPORTS / "typst-noto-serif-2021-s3.pdf")
    with pytest.raises(LimitExceededError) as one:
        open_document(path, limits=replace(DEFAULT_LIMITS, max_decompressed_bytes=400_000))
    with pytest.raises(LimitExceededError) as two:
        open_document(path, limits=replace(DEFAULT_LIMITS, max_decompressed_bytes=400_000), jobs=2)
    assert "(page 16" in str(one.value)  # in the second range: charged here after the first
    assert str(two.value) == str(one.value)


@needs_fork
def test_convert_jobs_writes_the_same_json(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from ogi_extract.cli import main

    monkeypatch.setattr(parallel, "MIN_PAGES_PER_PROCESS", 2)
    pdf = str(REPORTS / "typst-noto-serif-2021-s3.pdf")
    for jobs in ("1", "2"):
        result = CliRunner().invoke(main, ["-q", "convert", pdf, "--jobs", jobs, "-o", str(tmp_path / f"{jobs}.json")])
        assert result.exit_code == 0, result.output
    assert (tmp_path / "2.json").read_bytes() == (tmp_path / "1.json").read_bytes()


def refuse(pages: list[Page], todo: object) -> None:
    raise RuntimeError("a bug in the page process")


@needs_fork
@pytest.mark.parametrize("child_does", ["split", "fail"])
def test_tables_split_in_the_page_process_give_the_same_json(monkeypatch: pytest.MonkeyPatch, child_does: str) -> None:
    """The tables stage runs in the page process that read the pages; a failure there costs time only."""
    from ogi_extract.layout import kept
    from ogi_extract.tables import remote

    monkeypatch.setattr(parallel, "MIN_PAGES_PER_PROCESS", 2)
    if child_does == "fail":
        monkeypatch.setattr(remote, "split_held", refuse)
    answers: list[list[object]] = []
    receive = kept.PageProcesses.receive

    def counted(self: kept.PageProcesses) -> list[object]:
        answers.append(receive(self))
        return answers[-1]

    monkeypatch.setattr(kept.PageProcesses, "receive", counted)
    path = str(REPORTS / "typst-noto-serif-2021-s3.pdf")
    one = parse(path)
    assert encode(parse(path, jobs=2), "json") == encode(one, "json")
    assert len(answers) == 1 and len(answers[0]) == 1
    assert (answers[0][0] is None) == (child_does == "fail")
    assert not multiprocessing.active_children()  # closed once the report is read
