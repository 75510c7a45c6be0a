"""Page processes kept after reading: tasks run on the pages they hold; a failing one gives None, never an error."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from ogi_extract.layout import parallel
from ogi_extract.layout.model import Page
from ogi_extract.layout.pages import PagesRead

needs_fork = pytest.mark.skipif(not parallel.can_fork(), reason="pages are read in forked processes only")
PARENT = os.getpid()


def _read_range(part: range) -> PagesRead:
    # The pages say which process read them: their width is the reader's pid.
    return PagesRead([Page(i + 1, float(os.getpid()), 842) for i in part], {}, [])


def _fail_in_child(part: range) -> PagesRead:
    if os.getpid() != PARENT:
        raise RuntimeError("a bug")
    return _read_range(part)


# Tasks travel by name, so they live at module level.
def numbers_and_reader(pages: list[Page], add: int) -> tuple[list[int], int, bool]:
    return [p.number + add for p in pages], os.getpid(), all(p.width == os.getpid() for p in pages)


def raise_error(pages: list[Page], arg: object) -> None:
    raise ValueError("the task fails")


def die(pages: list[Page], arg: object) -> None:
    os._exit(3)


def unpicklable(pages: list[Page], arg: object) -> object:
    return lambda: None


@needs_fork
def test_a_kept_process_runs_tasks_on_the_pages_it_read() -> None:
    done, held = parallel.read_and_keep(60, 2, _read_range)
    assert held is not None
    with held:
        [part] = held.parts
        assert [p.number for p in done.pages] == list(range(1, 61))
        assert part.start > 0 and part.stop == 60
        for add in (0, 100):  # more than one task
            held.send(numbers_and_reader, [add])
            [(numbers, pid, own)] = held.receive()
            assert numbers == [i + 1 + add for i in part]
            assert pid != os.getpid() and own  # run there, on the pages read there
    assert not held.children[0].proc.is_alive()


@needs_fork
@pytest.mark.parametrize("task", [raise_error, die, unpicklable])
def test_a_task_that_fails_gives_none(task: object) -> None:
    _done, held = parallel.read_and_keep(60, 2, _read_range)
    assert held is not None
    with held:
        held.send(task, [None])  # type: ignore[arg-type]
        assert held.receive() == [None]
        held.send(numbers_and_reader, [0])  # a process that is gone is not asked; one that failed still answers
        [answer] = held.receive()
        assert (answer is None) == (task is die)


@needs_fork
def test_without_keep_no_process_is_left() -> None:
    done, held = parallel.read_and_keep(60, 2, _read_range, keep=False)
    assert held is None
    assert [p.number for p in done.pages] == list(range(1, 61))
    assert not multiprocessing.active_children()


@needs_fork
def test_a_child_that_failed_reading_is_not_kept() -> None:
    done, held = parallel.read_and_keep(60, 2, _fail_in_child)
    assert held is None
    assert [p.number for p in done.pages] == list(range(1, 61))
    assert all(p.width == os.getpid() for p in done.pages)  # read here
    assert not multiprocessing.active_children()


@needs_fork
def test_processes_are_stopped_when_unreferenced() -> None:
    _done, held = parallel.read_and_keep(60, 2, _read_range)
    assert held is not None
    proc = held.children[0].proc
    del held
    assert not proc.is_alive()


def test_the_kept_split_gives_this_process_more_pages() -> None:
    first, second = parallel.page_ranges(1000, 2, parallel.KEPT_FIRST_SHARE)
    assert len(first) > len(second)
    assert [i for r in (first, second) for i in r] == list(range(1000))
