"""The tables stage split in the page processes: the same contents, with this process's own words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ogi_extract.bookkeeping import sort_pages
from ogi_extract.furniture import find_furniture
from ogi_extract.layout import open_document
from ogi_extract.layout.model import Document, Page
from ogi_extract.layout.parallel import decode_pages, encode_pages
from ogi_extract.sequence import read_sequence
from ogi_extract.tables import remote
from ogi_extract.tables.page import PageContent, split_page

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "corpus" / "reports" / "typst-noto-serif-2021-s3.pdf"


@pytest.fixture(scope="module")
def doc() -> Document:
    return open_document(str(REPORT))


def read_pages(doc: Document) -> list[tuple[Page, set[int]]]:
    furniture = find_furniture(doc)
    return sort_pages(doc, furniture, read_sequence(doc, furniture)).read


def one_process(read: list[tuple[Page, set[int]]]) -> list[PageContent]:
    """The tables stage as one process runs it: fragments numbered on across the pages."""
    out, ordinal = [], 0
    for page, skip in read:
        out.append(split_page(page, skip, ordinal))
        ordinal += len(out[-1].fragments)
    return out


def words_of(content: PageContent) -> list[Any]:
    lines = [*content.lines, *content.run_on]
    lines += [ln for f in content.fragments for g in f.groups for c in g.cells for ln in c.lines]
    return [w for ln in lines for w in ln.words]


class InProcess:
    """Page processes stood in for by copies of the pages, as a forked process holds them."""

    def __init__(self, doc: Document, parts: list[range], answers: bool | str = True) -> None:
        self.parts = parts
        self.copies = decode_pages(encode_pages(doc.pages))  # other Word objects, equal values
        self.answers = answers
        self.asked: list[Any] = []

    def send(self, task: Any, args: list[Any]) -> None:
        self.asked = [(task, arg) for arg in args]

    def receive(self) -> list[Any]:
        out = []
        for part, (task, arg) in zip(self.parts, self.asked):
            pages = [self.copies[i] for i in part]
            if self.answers == "short":
                out.append(task(pages, arg)[:-1])
            else:
                out.append(task(pages, arg) if self.answers else None)
        return out


def test_a_page_comes_back_equal_with_the_same_words(doc: Document) -> None:
    for page, skip in read_pages(doc):
        content = split_page(page, skip, 0)
        copy = decode_pages(encode_pages([page]))[0]
        row = remote.encode_content(split_page(copy, skip, 0), copy.words)
        back = remote.decode_content(row, page.words, 0)
        assert back == content
        assert all(a is b for a, b in zip(words_of(back), words_of(content), strict=True))


def test_fragment_numbers_count_from_the_ordinal_given(doc: Document) -> None:
    page, skip = next((p, s) for p, s in read_pages(doc) if split_page(p, s, 0).fragments)
    row = remote.encode_content(split_page(page, skip, 0), page.words)
    assert remote.decode_content(row, page.words, 7) == split_page(page, skip, 7)


def test_a_word_not_on_the_page_cannot_be_named(doc: Document) -> None:
    page, skip = next((p, s) for p, s in read_pages(doc) if p.words)
    with pytest.raises(KeyError):
        remote.encode_content(split_page(page, skip, 0), decode_pages(encode_pages([page]))[0].words)


@pytest.mark.parametrize("answers", [True, False, "short"])
def test_pages_split_elsewhere_are_those_one_process_splits(doc: Document, answers: bool | str) -> None:
    read = read_pages(doc)
    expected = one_process(read)
    held = InProcess(doc, [range(5, 9), range(9, len(doc.pages))], answers)
    contents = remote.split_read_pages(read, held)  # type: ignore[arg-type]
    assert contents == expected
    for got, want in zip(contents, expected, strict=True):
        assert all(a is b for a, b in zip(words_of(got), words_of(want), strict=True))
    sent = {n for _task, todo in held.asked for n in todo}
    assert sent == {p.number for p, _ in read if p.number > 5}


def test_without_processes_every_page_is_split_here(doc: Document) -> None:
    read = read_pages(doc)
    assert remote.split_read_pages(read) == one_process(read)


def test_a_page_of_another_word_count_is_refused(doc: Document) -> None:
    page = next(p for p in doc.pages if p.words)
    with pytest.raises(ValueError, match="words here"):
        remote.split_held([page], {page.number: (len(page.words) + 1, [])})
