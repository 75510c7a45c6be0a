"""Stopping a batch cleanly: Ctrl-C between two reports, never inside one.

A batch that is interrupted must leave its store as a list of whole reports
and say how far it got. SIGINT is therefore turned into KeyboardInterrupt only
where stopping is safe: not while a report is handed to the store (`Interrupts`),
not while the worker processes start (`sigint_held`: one interrupted half way
through starting is not yet known to the pool). The workers ignore SIGINT and
finish the report in hand; the pool then stops, its waiting reports
cancelled. Ending the workers instead (terminate) would be quicker, but a
worker killed while it sends its result leaves a torn message in the pool's
pipe, and the pool then waits on it for ever.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from typing import Any


@contextlib.contextmanager
def sigint_held() -> Iterator[None]:
    """SIGINT held back (delivered when the block ends) where the platform and thread allow."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class Interrupts:
    """SIGINT turned into KeyboardInterrupt, except while a report is being stored.

    A report half handed to the sink would leave the run's account (what was
    stored, what was counted) unsure; the interrupt waits for the end of that
    step and is raised then. Only in the main thread, the one signals reach.
    """

    def __init__(self) -> None:
        self.requested = False
        self.storing = False
        self._previous: Any = None

    def __enter__(self) -> Interrupts:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)

    def _handle(self, signum: int, frame: object) -> None:
        self.requested = True
        if not self.storing:
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def storing_one(self) -> Iterator[None]:
        self.storing = True
        try:
            yield
        finally:
            self.storing = False
        if self.requested:
            raise KeyboardInterrupt
