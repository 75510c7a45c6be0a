"""Progress and timing of a read: a hook the command line listens on, silent for the library.

The stages of a parse (opening the file, reading each page, finding the
furniture, the tables, the records, the front matter) call `page_read` and
`Clock.lap` at their ends. Nobody listening costs a context-variable lookup
per call; the command line listens (`listening`) to draw a progress bar of
pages and, with `-v`, to print each stage's time. A hook rather than a return
value so that the stages keep their signatures while they move between modules.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Protocol


class Listener(Protocol):
    """What the command line is told while a report is read."""

    def page(self, done: int, total: int) -> None:
        """Page `done` of `total` has been read."""

    def stage(self, name: str, seconds: float) -> None:
        """Stage `name` ended after `seconds`."""


_LISTENER: ContextVar[Listener | None] = ContextVar("ogi_extract_progress", default=None)


@contextmanager
def listening(listener: Listener) -> Iterator[Listener]:
    """Send the progress of reads in this context to `listener`."""
    token = _LISTENER.set(listener)
    try:
        yield listener
    finally:
        _LISTENER.reset(token)


def page_read(done: int, total: int) -> None:
    listener = _LISTENER.get()
    if listener is not None:
        listener.page(done, total)


class Clock:
    """Times consecutive stages: `lap(name)` ends the stage begun at the previous lap (or at start)."""

    def __init__(self) -> None:
        self._last = time.perf_counter()

    def lap(self, name: str) -> float:
        now = time.perf_counter()
        seconds, self._last = now - self._last, now
        listener = _LISTENER.get()
        if listener is not None:
            listener.stage(name, seconds)
        return seconds
