"""Many reports at once: a process pool, one sink, and a failure never ends the run.

Each PDF is parsed (and audited) in a worker process, so a slow or broken file
costs one worker, not the batch; whatever goes wrong with one file becomes a
one-line `Outcome.error`. Results reach the sink in the order of the inputs
whatever order the workers finish in, so two runs over the same folder write
the same store.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import NotAPdfError, OgiError, shown
from .export.output import NO_INPUTS, InputFiles
from .sinks import SINKS, DuckDBSink, JsonSink, ParquetSink, Sink, open_sink  # the sinks, re-exported
from .interrupts import Interrupts, sigint_held
from .workers import PRELOAD, _context, _init_worker, start_workers  # noqa: F401 - start_workers re-exported
from .models import Report
from .outcomes import BatchSummary, Outcome, Task  # the run's records, re-exported

if TYPE_CHECKING:
    from .checks import Finding
    from .layout.model import Document
    from .limits import Limits

log = logging.getLogger(__name__)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _is_pdf_name(path: Path) -> bool:
    """Named *.pdf and not a folder: a pipe, a device, a dangling link or an unreadable
    file so named is taken, to fail with its reason rather than be skipped unseen."""
    if path.suffix.lower() != ".pdf":
        return False
    try:
        return not path.is_dir()
    except OSError:  # a name the system will not even look up: let reading say why
        return True


def find_pdfs(inputs: Sequence[Path], *, recursive: bool = False) -> list[tuple[Path, str]]:
    """The PDFs named or contained in `inputs`, each with its display name, sorted per folder.

    A folder contributes its `*.pdf` entries (any case of the suffix) that are
    not folders; a file is taken as given, PDF or not, so that a wrong file gets
    its own error. Raises NotAPdfError for an input that does not exist.
    """
    found: list[tuple[Path, str]] = []
    seen: set[Path] = set()
    for given in inputs:
        if given.is_dir():
            pattern = "**/*" if recursive else "*"
            members = sorted(p for p in given.glob(pattern) if _is_pdf_name(p))
            pairs = [(p, str(p.relative_to(given))) for p in members]
        elif given.exists() or given.is_symlink():
            pairs = [(given, given.name)]
        else:
            raise NotAPdfError(f"{shown(given)}: no such file or directory", path=str(given))
        for path, name in pairs:
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                found.append((path, name))
    return found


def audit_findings(report: Report, document: Document | None = None) -> list[Finding] | None:
    """The audit's findings, or None when the audit stage is not installed or cannot judge this report.

    The front matter is read from `document` when the records do not carry it.
    Imported late: the stores must work (with an empty findings table) in an
    installation without the audit, and pay for it only when asked.
    """
    try:
        from .checks import audit
        from .frontmatter import read_summary
    except ImportError as exc:
        log.info("audit unavailable (%s): the findings table stays empty", exc)
        return None
    try:
        # the grammar object the report was read with, never reloaded by id
        grammar = report.grammar or report.source.grammar
        summary = report.summary
        if summary is None and document is not None:
            summary = read_summary(document, grammar)
        return list(audit(report, summary=summary, grammar=grammar))
    except OgiError as exc:
        log.warning("%s: audit skipped: %s", report.source.file or "report", exc)
        return None


# The file name of a report read from standard input (`convert -`).
STDIN_NAME = "-"


def read_one(
    path: str | os.PathLike[str] | bytes,
    grammar: str | os.PathLike[str] | None = None,
    *,
    backend: str = "pymupdf",
    limits: Limits | None = None,
    audit: bool = True,
    grammar_dirs: Sequence[str | os.PathLike[str]] = (),
    jobs: int = 1,
) -> tuple[Report, list[Finding] | None]:
    """One PDF's records (`ogi_extract.read`) and, with `audit`, its findings (what a store row set needs).

    An audit that cannot judge the report (its grammar has no audit rules)
    leaves the findings None, with a warning, instead of failing the file.
    `jobs` above 1 reads a long report's pages in that many processes.
    """
    from .layout import open_and_keep

    document, held = open_and_keep(path, backend=backend, limits=limits, jobs=jobs)
    with held or contextlib.nullcontext():
        from .pipeline import read_opened, source_name  # after the input is known good: its errors come first

        file = STDIN_NAME if isinstance(path, bytes) else source_name(path)
        report = read_opened(document, file, grammar=grammar, grammar_dirs=grammar_dirs, limits=limits, held=held)
    return report, (audit_findings(report, document) if audit else None)


def run_one(task: Task) -> Outcome:
    """Parse and audit one PDF; every failure becomes the outcome's one-line error."""
    start = time.perf_counter()
    try:
        report, findings = read_one(
            task.path,
            task.grammar,
            backend=task.backend,
            limits=task.limits,
            audit=task.audit,
            grammar_dirs=task.grammar_dirs,
        )
    except OgiError as exc:
        return Outcome(task, error=_line(str(exc)), exit_code=exc.exit_code, seconds=time.perf_counter() - start)
    except Exception as exc:  # a defect met on one file must not end a run over hundreds
        log.debug("internal error on %s", task.name, exc_info=True)
        return Outcome(
            task,
            error=_line(f"internal error: {type(exc).__name__}: {exc}"),
            exit_code=1,
            seconds=time.perf_counter() - start,
        )
    if findings is not None and task.lang != "en":
        from .checks.findings import in_lang

        findings = in_lang(findings, task.lang)
    return Outcome(task, report=report, findings=findings, seconds=time.perf_counter() - start)


def _line(text: str) -> str:
    """Messages from PDF libraries can span lines; a batch log wants one per file."""
    return " ".join(text.split())


def _lost(task: Task, exc: BaseException) -> Outcome:
    return Outcome(task, error=_line(f"worker process failed: {type(exc).__name__}: {exc}"), exit_code=1)


def run(
    tasks: Sequence[Task],
    *,
    jobs: int = 1,
    done: Callable[[Outcome], None] | None = None,
    pool: ProcessPoolExecutor | None = None,
) -> Iterator[Outcome]:
    """Outcomes in the order of `tasks`; `done` is told of each as soon as it finishes.

    With one job (or one task) everything runs in this process. Workers are
    forked from the caller only while it runs no other thread (a progress
    display's locks would be copied in whatever state they are; see
    `_context`); `pool` is a pool from `start_workers`, started before such
    threads, and is shut down here. As with any such pool, a script calling
    this with several jobs needs the `if __name__ == "__main__":` guard.
    """
    notify = done or (lambda outcome: None)
    if pool is None and (jobs <= 1 or len(tasks) <= 1):
        for task in tasks:
            outcome = run_one(task)
            notify(outcome)
            yield outcome
        return
    futures: dict[Future[Outcome], int] = {}
    finished: dict[int, Outcome] = {}
    # Ctrl-C waits while the workers start: a worker interrupted half way
    # through starting is not yet known to the pool, which could not stop it.
    with sigint_held():
        if pool is None:
            pool = ProcessPoolExecutor(
                max_workers=min(jobs, len(tasks)),
                mp_context=_context(),
                initializer=_init_worker,
                initargs=(logging.getLogger("ogi_extract").getEffectiveLevel(),),
            )
        for i, task in enumerate(tasks):
            try:
                futures[pool.submit(run_one, task)] = i
            except BrokenProcessPool as exc:  # workers died before every file was handed out
                for j in range(i, len(tasks)):
                    finished[j] = _lost(tasks[j], exc)
                    notify(finished[j])
                break
    try:
        upto = 0
        for future in as_completed(futures):
            i = futures[future]
            try:
                outcome = future.result()
            except Exception as exc:  # the worker died (a crash in native code, memory)
                outcome = _lost(tasks[i], exc)
            notify(outcome)
            finished[i] = outcome
            while upto in finished:
                yield finished.pop(upto)
                upto += 1
        while upto in finished:
            yield finished.pop(upto)
            upto += 1
    finally:  # interrupted or done: the reports in hand are finished, the waiting ones cancelled
        pool.shutdown(wait=True, cancel_futures=True)


def pending(tasks: Sequence[Task], stored: set[str]) -> tuple[list[Task], int]:
    """The tasks whose PDF (by sha256) is not in `stored`, and how many were left out.

    A file that cannot be read stays in, to fail with its reason.
    """
    if not stored:
        return list(tasks), 0
    import hashlib

    from .layout.source import read_file
    from .limits import DEFAULT_LIMITS

    out: list[Task] = []
    for task in tasks:
        try:
            digest = hashlib.sha256(read_file(task.path, DEFAULT_LIMITS.max_file_bytes)).hexdigest()
        except OgiError:
            digest = None
        if digest not in stored:
            out.append(task)
    return out, len(tasks) - len(out)


def convert_many(
    tasks: Sequence[Task],
    sink: Sink,
    *,
    jobs: int = 1,
    done: Callable[[Outcome], None] | None = None,
    pool: ProcessPoolExecutor | None = None,
) -> BatchSummary:
    """Run every task and hand each report to the sink; the sink is closed at the end.

    SIGINT (Ctrl-C) stops the run between two reports: the workers finish the
    reports in hand, the others are not started, the sink is closed with every
    report handed to it whole, and the summary says `interrupted` (exit code 130).
    """
    start = time.perf_counter()
    summary = BatchSummary(total=len(tasks))
    outcomes = run(tasks, jobs=jobs, done=done, pool=pool)
    with Interrupts() as interrupts:
        failing = True
        try:
            for outcome in outcomes:
                with interrupts.storing_one():
                    sink.add(outcome)
                    summary.outcomes.append(outcome)
            failing = False
        except KeyboardInterrupt:
            summary.interrupted = True
            failing = False
        finally:
            interrupts.storing = True  # closing the sink writes what is done: not to be cut short
            outcomes.close()
            if failing:  # the error on its way out is the one to report, not a second one on closing
                with contextlib.suppress(Exception):
                    sink.close()
            else:
                sink.close()
    summary.interrupted = summary.interrupted or interrupts.requested
    summary.seconds = time.perf_counter() - start
    return summary
