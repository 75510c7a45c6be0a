"""The worker processes of a batch: how they start, and their log lines.

Apart from `batch.py` because how a process pool starts on each platform is
its own question (fork, fork server or spawn; before or after threads).
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import threading
from concurrent.futures import ProcessPoolExecutor

from .interrupts import sigint_held

# what every worker needs, imported once in the fork server
PRELOAD = ["ogi_extract.batch", "ogi_extract.pipeline", "ogi_extract.checks", "ogi_extract.export.rows"]


class _LineFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {record.getMessage()}"


def _init_worker(level: int) -> None:
    """Worker log lines look like the command's own (`warning: ...` on stderr).

    Ctrl-C reaches every process of the terminal's group; a worker ignores it
    and leaves the stopping to the batch, which knows what was stored.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logger = logging.getLogger("ogi_extract")
    for inherited in list(logger.handlers):  # a worker forked from the command has the command's handlers
        logger.removeHandler(inherited)
    handler = logging.StreamHandler()
    handler.setFormatter(_LineFormatter())
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False


def _context() -> multiprocessing.context.BaseContext:
    """How workers start: forked from this process while it runs no other thread, else from a fork server.

    A fork copies a running thread's locks in whatever state they are (a
    progress display's, the terminal's), so a process with threads forks its
    workers from a fork server: a clean single-threaded process that pays the
    imports once. That costs the server's start and imports before the first
    report (half a second of one core, measured), which on two cores and
    twenty reports is most of what a second worker wins; a single-threaded
    caller (the command starts its workers before its progress display, see
    `start_workers`) forks them from itself, imports done.
    """
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    try:
        ctx = multiprocessing.get_context("forkserver")
    except ValueError:  # pragma: no cover - no forkserver on this platform
        return multiprocessing.get_context("spawn")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def start_workers(jobs: int, tasks: int) -> ProcessPoolExecutor | None:
    """The worker pool of a run of `tasks` reports, its processes started now (None: one job is enough).

    Call it before starting threads (see `_context`) and hand the pool to
    `run` or `convert_many`, which shut it down.
    """
    if jobs <= 1 or tasks <= 1:
        return None
    with sigint_held():
        pool = ProcessPoolExecutor(
            max_workers=min(jobs, tasks),
            mp_context=_context(),
            initializer=_init_worker,
            initargs=(logging.getLogger("ogi_extract").getEffectiveLevel(),),
        )
        pool.submit(int).result()  # the processes start on the first task
    return pool
