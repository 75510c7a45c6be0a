"""The per-page loop both backends share: each lost page named with its kind, words stamped with their page."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from ogi_extract.errors import LimitExceededError
from ogi_extract.layout.model import Box, Page, Word
from ogi_extract.layout.pages import PageLimitError, PageSteps, read_pages
from ogi_extract.limits import DEFAULT_LIMITS


def _word(text: str) -> Word:
    return Word(text, Box(10, 10, 40, 20), "F", 10, False, 0, True)


def _steps(read, messages=lambda index: []) -> PageSteps:  # type: ignore[no-untyped-def]
    return PageSteps(4, read, lambda index: Page(index + 1, 595, 842), messages, lambda exc: str(exc))


def _page(index: int) -> Page:
    if index == 1:
        raise PageLimitError("page has more than 5 characters")
    if index == 2:
        raise ValueError("cannot parse content stream")
    return Page(index + 1, 595, 842, [_word("satu"), _word("dua")])


def test_failed_pages_are_typed_by_kind_and_the_rest_read() -> None:
    done = read_pages(_steps(_page), DEFAULT_LIMITS, None)
    assert [p.number for p in done.pages] == [1, 2, 3, 4]
    assert {n: f.kind for n, f in done.failed.items()} == {2: "limit", 3: "unreadable"}
    assert done.failed[2].reason == "limit exceeded: page has more than 5 characters"
    assert done.failed[3].reason == "page cannot be read: cannot parse content stream"
    assert [w.page for p in done.pages for w in p.words] == [1, 1, 4, 4]


def test_damage_told_by_mupdf_loses_an_empty_page_and_warns_on_a_full_one() -> None:
    def read(index: int) -> Page:
        return Page(index + 1, 595, 842, [_word("kata")] if index else [])

    done = read_pages(_steps(read, lambda index: ["syntax error in content stream"]), DEFAULT_LIMITS, None)
    assert done.failed[1].kind == "unreadable" and list(done.failed) == [1]
    assert len(done.warnings) == 3 and done.warnings[0].startswith("page 2: part of its content cannot be read")


def test_a_slow_page_is_lost_to_the_limit_and_a_slow_document_stops() -> None:
    def slow(index: int) -> Page:
        time.sleep(0.03 if index == 0 else 0)
        return Page(index + 1, 595, 842, [_word("kata")])

    done = read_pages(_steps(slow), replace(DEFAULT_LIMITS, max_seconds_per_page=0.02), None)
    assert done.failed[1].kind == "limit" and done.pages[0].words == []
    with pytest.raises(LimitExceededError, match="stopped at page 1"):
        read_pages(_steps(slow), replace(DEFAULT_LIMITS, max_seconds_total=0.01), "x.pdf")
