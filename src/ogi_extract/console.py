"""What the command line shows while it works: progress bars on a terminal, stage times with `-v`.

Bars go to stderr and only when stderr is a terminal (a log file or a pipe
gets no escape codes), never with `--quiet`. `convert` and `audit` show the
pages of the report as they are read; `batch` one bar for the whole run:
files done of all, pages per second and the time left. With `-v` each stage
of a read prints its time as an `info:` line (`ogi_extract.progress`). rich is
imported only when a bar is drawn.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .progress import Listener, listening

log = logging.getLogger("ogi_extract")


def on_terminal() -> bool:
    return sys.stderr.isatty()


class PageBar:
    """Pages read of the report's total, drawn with rich; stage times as log lines."""

    def __init__(self, name: str, show: bool) -> None:
        self.name = name
        self._progress: Any = None
        self._task: Any = None
        if show:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("pages"),
                TimeRemainingColumn(),
                console=Console(stderr=True, highlight=False),
                transient=True,
            )

    def __enter__(self) -> PageBar:
        if self._progress is not None:
            self._progress.start()
            self._task = self._progress.add_task(self.name, total=None)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def page(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.update(self._task, completed=done, total=total)

    def stage(self, name: str, seconds: float) -> None:
        log.info("%s: %s %.3f s", self.name, name, seconds)


@contextmanager
def reading(name: str, quiet: bool) -> Iterator[Listener]:
    """Listen to one report's read: a page bar on a terminal unless quiet, stage times always (shown with -v)."""
    with PageBar(name, show=not quiet and on_terminal()) as bar, listening(bar):
        yield bar


def batch_bar(quiet: bool) -> Any:
    """One bar for a batch: files done of all, pages per second, elapsed and time left.

    The caller adds pages with `progress.update(task, advance=1, pages=...)`;
    without a terminal (or with --quiet) the returned object draws nothing.
    """
    if quiet or not on_terminal():
        return _NoBar()
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    class PagesPerSecond(TextColumn):
        def __init__(self) -> None:
            super().__init__("")

        def render(self, task: Any) -> Any:
            from rich.text import Text

            elapsed = task.elapsed or 0.0
            pages = task.fields.get("pages", 0)
            rate = f"{pages / elapsed:.1f} pages/s" if elapsed > 0 and pages else "- pages/s"
            return Text(rate)

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files"),
        PagesPerSecond(),
        TimeElapsedColumn(),
        TextColumn("left"),
        TimeRemainingColumn(),
        console=Console(stderr=True, soft_wrap=True, highlight=False),
        transient=True,
    )


class _NoBar:
    """The batch bar where none is drawn: messages still reach stderr, as lines."""

    class _Console:
        def print(self, text: str, **_kwargs: Any) -> None:
            print(text, file=sys.stderr, flush=True)

    console = _Console()

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def add_task(self, *_args: Any, **_kwargs: Any) -> int:
        return 0

    def update(self, *_args: Any, **_kwargs: Any) -> None:
        return None

    def advance(self, *_args: Any, **_kwargs: Any) -> None:
        return None


__all__ = ["PageBar", "batch_bar", "on_terminal", "reading"]
