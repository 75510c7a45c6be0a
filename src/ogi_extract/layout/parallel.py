"""Pages read in several processes: a long report's layout stage spread over the cores.

Reading a page (MuPDF's trace and drawings, words placed, rulings found) needs
that page alone, and it is half of a report's time; what comes after (running
heads, stitching rows, records) needs every page and stays in one process. So
`read_in_parallel` splits the pages into one contiguous range per process,
reads the first range here and the others in forked copies of this process,
and puts the ranges back together in page order. The pages are the ones one
process would read, so the report is the same byte for byte
(`tests/test_layout_parallel.py`). With `read_and_keep`, the forked copies
stay, holding their pages, for the tables stage to run there too (`kept.py`).

Choices, with their reasons:

* Forked, not spawned: the child starts with the document already opened from
  memory (no file descriptor is shared, so nothing races on a file offset) and
  every module imported; a spawned interpreter would pay the imports and the
  opening again. The child touches nothing else of the parent's (no terminal,
  no log, no progress display), so forking beside a display's thread is safe. Where `fork` is missing (Windows; macOS prefers not to), the
  pages are read in one process.
* Pages travel as tuples (`encode_pages`): pickling the slotted dataclasses
  directly costs five times as much in the child, whose time is the point.
* Only long documents are split (`MIN_PAGES_PER_PROCESS` a process): forking
  and sending pages back cost more than a short report's reading.
* A child that dies or fails unexpectedly costs nothing but time: its pages
  are read here. A typed error (a limit) is raised here as if read here.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
import warnings
from collections.abc import Callable, Sequence
from typing import Any

from ..errors import OgiError
from ..progress import _LISTENER, page_read
from .model import Box, Fill, Link, Page, Ruling, Word
from .kept import Child, PageProcesses, serve
from .pages import PagesRead

MIN_PAGES_PER_PROCESS = 24
# The first range's size relative to each other's. Measured on a 1009-page
# report: reading a page costs about 3.6 ms of CPU; taking one back from a child
# (unpickling, building its words, charging its content) about 1 ms here, and
# a forked child reads a page some 10% slower (its copied memory).
FIRST_SHARE = 0.8
# With the tables stage run in the page processes as well (`read_and_keep`),
# this process reads more: it waits for the child's pages and then for its
# tables either way, and a forked child splits a page's tables some 15% slower
# (its copied memory, and encoding its answer). Measured on the 1009-page
# report: 541 pages here, 468 there, read in 1.26 and 1.11 s of CPU, split in
# 0.50 and 0.49 s.
KEPT_FIRST_SHARE = 1.15

RangeReader = Callable[[range], PagesRead]


def page_ranges(count: int, jobs: int, first_share: float | None = None) -> list[range]:
    """`count` pages in at most `jobs` contiguous ranges of at least `MIN_PAGES_PER_PROCESS` (one if too few).

    The first range, read in this process, weighs `first_share` against each
    other's 1 (`FIRST_SHARE`, the shorter, by default: this process also
    builds the other ranges' pages again from what they send, and charges
    their content to the document's budget).
    """
    parts = max(1, min(jobs, count // MIN_PAGES_PER_PROCESS))
    if parts == 1:
        return [range(count)]
    weights = [FIRST_SHARE if first_share is None else first_share] + [1.0] * (parts - 1)
    total = sum(weights)
    bounds = [0]
    for w in weights:
        bounds.append(bounds[-1] + w)
    cuts = [round(count * b / total) for b in bounds]
    return [range(a, b) for a, b in zip(cuts, cuts[1:])]


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and os.name == "posix"


def read_in_parallel(count: int, jobs: int, read_range: RangeReader) -> PagesRead:
    """Every page, read by `read_range` over contiguous ranges in up to `jobs` processes, in page order."""
    return read_and_keep(count, jobs, read_range, keep=False)[0]


def read_and_keep(
    count: int, jobs: int, read_range: RangeReader, keep: bool = True
) -> tuple[PagesRead, PageProcesses | None]:
    """`read_in_parallel`, and (with `keep`) the processes that read the later ranges, still holding their pages.

    Work on those pages can then go back to them (`PageProcesses.send`)
    instead of being done here; the caller closes them.
    """
    share = KEPT_FIRST_SHARE if keep else FIRST_SHARE
    ranges = page_ranges(count, jobs, share) if jobs > 1 and can_fork() else [range(count)]
    if len(ranges) == 1:
        return read_range(ranges[0]), None
    ctx = multiprocessing.get_context("fork")
    children = []
    for part in ranges[1:]:
        here, there = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=_child, args=(read_range, part, there, keep), daemon=True)
        with warnings.catch_warnings():
            # Python 3.12 warns of forking beside threads (a progress display's):
            # the child touches none of their locks, only the document and its pipe.
            warnings.simplefilter("ignore", DeprecationWarning)
            proc.start()
        there.close()
        children.append(Child(part, proc, here))
    held: list[Child] = []
    try:
        results = [read_range(ranges[0])]
        for child in children:
            done, holds = _collect(child, read_range, count)
            results.append(done)
            if holds and keep:
                held.append(child)
    except BaseException:
        held = []
        raise
    finally:
        for child in children:
            if child not in held:
                child.stop()
    out = PagesRead([], {}, [])
    for done in results:
        out.pages.extend(done.pages)
        out.failed.update(done.failed)
        out.warnings.extend(done.warnings)
    return out, PageProcesses(held) if held else None


def _child(read_range: RangeReader, part: range, conn: Any, keep: bool) -> None:
    _LISTENER.set(None)  # the parent reports progress; a child writing to its terminal would garble it
    done = None
    try:
        done = read_range(part)
        message: tuple[Any, ...] = ("pages", encode_pages(done.pages), done.failed, done.warnings)
    except OgiError as exc:
        message = ("error", type(exc), str(exc), exc.path)
    except BaseException:  # noqa: BLE001 - the parent reads the range itself
        message = ("failed", traceback.format_exc(limit=3))
    conn.send(message)
    if keep and message[0] == "pages" and done is not None:
        serve(conn, done.pages)
    conn.close()


def _collect(child: Child, read_range: RangeReader, count: int) -> tuple[PagesRead, bool]:
    """The child's pages, and whether it holds them still (it read them itself)."""
    try:
        message = child.conn.recv()
    except (EOFError, OSError):  # the child died without a word (killed, out of memory)
        message = ("failed", "")
    kind = message[0]
    if kind == "pages":
        pages = decode_pages(message[1])
        for page in pages:
            page_read(page.number, count)
        return PagesRead(pages, message[2], message[3]), True
    if kind == "error":
        _kind, cls, text, path = message
        raise cls(text, path=path)
    return read_range(child.part), False


# -- pages as plain tuples -------------------------------------------------------


def _word(w: Word) -> tuple[Any, ...]:
    b = w.box
    return (w.text, b.x0, b.top, b.x1, b.bottom, w.font, w.size, w.bold, w.line, w.space_after, w.visibility, w.page, w.advance, w.drawn)


def _words(words: Sequence[Word]) -> list[Any]:
    # A word of a subclass (an OCR word with its confidence) travels as itself.
    return [_word(w) if type(w) is Word else w for w in words]


def _unwords(rows: list[Any]) -> list[Word]:
    return [
        Word(r[0], Box(r[1], r[2], r[3], r[4]), r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13]) if type(r) is tuple else r
        for r in rows
    ]


def _box(b: Box) -> tuple[float, float, float, float]:
    return (b.x0, b.top, b.x1, b.bottom)


def encode_pages(pages: Sequence[Page]) -> list[tuple[Any, ...]]:
    """Pages as tuples of plain values, cheap to pickle; `decode_pages` builds them again."""
    return [
        (
            p.number,
            p.width,
            p.height,
            _words(p.words),
            [(_box(r.box), r.orientation, r.source) for r in p.rulings],
            [(_box(f.box), f.color) for f in p.fills],
            [(_box(k.box), k.uri) for k in p.links],
            p.rotation,
            _words(p.hidden),
        )
        for p in pages
    ]


def decode_pages(rows: list[tuple[Any, ...]]) -> list[Page]:
    pages = []
    for number, width, height, words, rulings, fills, links, rotation, hidden in rows:
        page = Page(
            number,
            width,
            height,
            rotation=rotation,
            rulings=[Ruling(Box(*b), o, s) for b, o, s in rulings],
            fills=[Fill(Box(*b), c) for b, c in fills],
            links=[Link(Box(*b), u) for b, u in links],
        )
        # Set after construction: the words already carry their page, and
        # `Page.__post_init__` stamps only what it is built with.
        page.words = _unwords(words)
        page.hidden = _unwords(hidden)
        pages.append(page)
    return pages
