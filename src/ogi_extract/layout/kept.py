"""Page processes kept after reading: later per-page work goes back to the pages they hold.

With several jobs, the processes that read a report's later page ranges
(`parallel.read_and_keep`) send their pages here and could then exit. But the
tables stage is per page too, and it needs the running heads, found only once
every page is read, so it cannot run before the pages come back. Kept alive,
each process waits with its own pages for a second task (`PageProcesses.send`:
the tables stage with each page's running-head words), runs it on the pages it
holds and answers; this process works on its own range meanwhile. The answer
must be plain values (the pages' words named by their index, not sent again):
see `ogi_extract.tables.remote`.

Choices, with their reasons:

* One task at a time, answered in order: a request and its reply never cross
  in the pipe, so neither side waits on the other's full buffer.
* A process that dies, fails the task or cannot send its answer gives None
  for it: the caller does that range's work itself, as if there were no process.
* The processes exit when closed (`close`, or the `PageProcesses` left
  unreferenced), or with this process (they are daemons).
"""

from __future__ import annotations

import traceback
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from .model import Page

Task = Callable[[list[Page], Any], Any]  # (the pages a process holds, the task's argument) -> plain values


@dataclass(eq=False, slots=True)
class Child:
    """One forked page process: the page indexes it read, the process, this side of its pipe."""

    part: range
    proc: Any  # multiprocessing.Process
    conn: Any  # multiprocessing.connection.Connection
    asked: bool = False  # a task sent, its answer not yet received
    alive: bool = True

    def stop(self) -> None:
        """End the process: it holds nothing but pages in memory, so it is killed, not asked."""
        self.alive = False
        try:
            self.conn.close()
        except OSError:
            pass
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()


def serve(conn: Any, pages: list[Page]) -> None:
    """In a page process: run each task received on `pages` and send its answer, until the pipe closes."""
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):  # closed, or the terminal's Ctrl-C: the parent decides
            return
        if message is None:
            return
        task, arg = message
        try:
            reply: tuple[str, Any] = ("done", task(pages, arg))
        except BaseException:  # noqa: BLE001 - the parent does the work itself
            reply = ("failed", traceback.format_exc(limit=3))
        try:
            conn.send(reply)
        except (OSError, KeyboardInterrupt):
            return
        except Exception:  # noqa: BLE001 - an answer that cannot be pickled: say so, in plain text
            conn.send(("failed", traceback.format_exc(limit=3)))


class PageProcesses:
    """The page processes still holding the pages they read, in page order; a context manager that closes them."""

    def __init__(self, children: Sequence[Child]) -> None:
        self.children = list(children)
        self._finalizer = weakref.finalize(self, _stop_all, self.children)

    @property
    def parts(self) -> list[range]:
        """The page indexes (0-based) each process holds."""
        return [c.part for c in self.children]

    def send(self, task: Task, args: Sequence[Any]) -> None:
        """`task(pages, args[k])` to run in process k, each on its own pages; `receive` gives the answers."""
        for child, arg in zip(self.children, args, strict=True):
            child.asked = False
            if not child.alive:
                continue
            try:
                child.conn.send((task, arg))
                child.asked = True
            except (OSError, ValueError):  # the process is gone (a broken pipe, a closed connection)
                child.alive = False

    def receive(self) -> list[Any | None]:
        """Each process's answer to the task sent, in order; None where it died or failed."""
        out: list[Any | None] = []
        for child in self.children:
            answer = None
            if child.asked:
                child.asked = False
                try:
                    kind, value = child.conn.recv()
                    answer = value if kind == "done" else None
                except (EOFError, OSError):
                    child.alive = False
            out.append(answer)
        return out

    def close(self) -> None:
        self._finalizer()

    def __enter__(self) -> PageProcesses:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _stop_all(children: list[Child]) -> None:
    for child in children:
        child.stop()
