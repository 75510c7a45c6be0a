"""The tables stage split between this process and the page processes that still hold their pages.

With several jobs, the later page ranges were read in forked processes that
keep their pages (`ogi_extract.layout.kept`). The tables stage needs a page
and its running-head words (found across every page, so only here), and a
fragment's number counts the fragments of every page before it. So
`split_read_pages` sends each process, per page of its range to read, the
page's word count and its running-head word indexes; the process splits those
pages (`split_held`) while this one splits its own range, and answers with
each page's content as plain values (`encode_content`). A word travels as
its index on its page: `decode_content` puts this process's own `Word` of
that page in its place, so later stages see the very objects one process
would have, and the report is the same byte for byte. A fragment number
travels counted from its page's first fragment; the page's place in the
document adds to it here.

A process that fails (or a page whose word count differs from this
process's) costs time only: those pages are split here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..layout.model import Box, Page, Word
from .model import Cell, CellPiece, Fragment, RowGroup, TextLine
from .page import PageContent, split_page

if TYPE_CHECKING:
    from ..layout.kept import PageProcesses

Read = Sequence[tuple[Page, set[int]]]  # the pages the tables stage reads, each with its running-head word indexes
Todo = dict[int, tuple[int, list[int]]]  # page number -> (its word count, its running-head word indexes)


def split_read_pages(read: Read, held: PageProcesses | None = None) -> list[PageContent]:
    """Tables and loose lines of each page read, in order, fragments numbered across the pages.

    Pages `held` by a page process are split there, the others here meanwhile.
    """
    if held is None:
        return _split_here(read, 0)
    todo: list[Todo] = [{} for _ in held.parts]
    for page, skip in read:
        for k, part in enumerate(held.parts):
            if page.number - 1 in part:
                todo[k][page.number] = (len(page.words), sorted(skip))
                break
    held.send(split_held, todo)
    sent = {number for t in todo for number in t}
    first = 0
    while first < len(read) and read[first][0].number not in sent:
        first += 1
    contents = _split_here(read[:first], 0)  # every page before the first one sent: their numbers are known
    answers: dict[int, Any] = {}
    for asked, answer in zip(todo, held.receive(), strict=True):
        if answer is not None and len(answer) == len(asked):
            answers.update(zip(asked, answer))
    ordinal = sum(len(c.fragments) for c in contents)
    for page, skip in read[first:]:
        row = answers.get(page.number)
        content = split_page(page, skip, ordinal) if row is None else decode_content(row, page.words, ordinal)
        ordinal += len(content.fragments)
        contents.append(content)
    return contents


def _split_here(read: Read, ordinal: int) -> list[PageContent]:
    contents = []
    for page, skip in read:
        content = split_page(page, skip, ordinal)
        ordinal += len(content.fragments)
        contents.append(content)
    return contents


def split_held(pages: list[Page], todo: Todo) -> list[tuple[Any, ...]]:
    """In a page process: the pages of `todo` split, each encoded, in the order of `todo`.

    A page whose word count is not the one this process was told is not the
    page the other process has: the task fails, and the pages are split there.
    """
    by_number = {p.number: p for p in pages}
    out = []
    for number, (count, skip) in todo.items():
        page = by_number[number]
        if len(page.words) != count:
            raise ValueError(f"page {number} has {len(page.words)} words here, {count} there")
        out.append(encode_content(split_page(page, set(skip), 0), page.words))
    return out


# -- a page's content as plain values ----------------------------------------------


def encode_content(content: PageContent, words: Sequence[Word]) -> tuple[Any, ...]:
    """`content` (split with its first fragment numbered 0) as tuples, each word its index in `words`.

    Raises KeyError for a word not in `words`.
    """
    index = {id(w): i for i, w in enumerate(words)}

    def line(ln: TextLine) -> tuple[Any, ...]:
        return (ln.page, [index[id(w)] for w in ln.words], _box(ln.box), ln.edge)

    def cell(c: Cell) -> tuple[Any, ...]:
        return (c.x0, c.x1, c.band, [(p.page, _box(p.box), [line(ln) for ln in p.lines]) for p in c.pieces])

    fragments = [
        (
            f.page,
            _box(f.box),
            f.columns,
            [([cell(c) for c in g.cells], g.x0, g.x1, g.pages, g.repeated) for g in f.groups],
            f.open_top,
            f.open_bottom,
            f.sided_bottom,
        )
        for f in content.fragments
    ]
    return (content.page, fragments, [line(ln) for ln in content.lines], [line(ln) for ln in content.run_on])


def decode_content(row: tuple[Any, ...], words: Sequence[Word], ordinal: int) -> PageContent:
    """The content `encode_content` made, `words` in place of the indexes, fragments numbered from `ordinal`."""

    def line(r: tuple[Any, ...]) -> TextLine:
        page, idx, box, edge = r
        return TextLine(page, [words[i] for i in idx], Box(*box), edge)

    def cell(r: tuple[Any, ...]) -> Cell:
        x0, x1, (frag, first_row), rows = r
        pieces = [CellPiece(page, Box(*box), [line(ln) for ln in lines]) for page, box, lines in rows]
        return Cell(x0, x1, (frag + ordinal, first_row), pieces)

    number, fragments, lines, run_on = row
    return PageContent(
        number,
        fragments=[
            Fragment(
                page,
                Box(*box),
                columns,
                [RowGroup([cell(c) for c in cells], x0, x1, pages, again) for cells, x0, x1, pages, again in groups],
                open_top,
                open_bottom,
                sided_bottom,
            )
            for page, box, columns, groups, open_top, open_bottom, sided_bottom in fragments
        ],
        lines=[line(ln) for ln in lines],
        run_on=[line(ln) for ln in run_on],
    )


def _box(b: Box) -> tuple[float, float, float, float]:
    return (b.x0, b.top, b.x1, b.bottom)
