"""The critical path of `parse(jobs=2)` by CPU: what two free cores would take.

On this shared machine wall time says mostly how busy the neighbours were, so
a two-process parse is judged by CPU seconds. This process's CPU alone is not
the critical path: twice it waits for the page process, and what the page
process does meanwhile may take longer than what this one does.

* Reading: this process reads its own range (`read_pages`, and charges the
  later pages' content, `_charge_rest`) while the page process reads, encodes
  and sends its range.
* Tables: this process splits its own pages (`remote._split_here`) while the
  page process splits its pages (`remote.split_held`) and sends them back.

`Probe` records both sides' CPU seconds of those two steps (the page process's
through a file, since it is forked), and `Probe.critical_path` is this
process's CPU with each side-by-side step replaced by the longer side. Small
costs between them (a pipe's transfer) are not counted. `python -m
bench.jobs_path` uses it; so does `bench/child.py`.

Everything else this process does alone, after the pages are read and before
and after the tables, is the serial part: no second process shortens it, so
it bounds what any number of cores can give (`Steps.serial` names its stages,
`SERIAL`; `rest` is what none of them covers, freeing the document's objects
when the parse returns among it).
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# The serial part's stages: (module, function) wrapped, the name it is counted under.
SERIAL = (
    ("ogi_extract.layout.parallel", "_collect", "pages back"),
    ("ogi_extract.pipeline", "find_furniture", "furniture and page order"),
    ("ogi_extract.pipeline", "read_sequence", "furniture and page order"),
    ("ogi_extract.pipeline", "sort_pages", "furniture and page order"),
    ("ogi_extract.tables.remote", "decode_content", "contents back"),
    ("ogi_extract.pipeline", "detect", "grammar"),
    ("ogi_extract.pipeline", "read_front_matter", "front matter"),
    ("ogi_extract.pipeline", "build_vocabulary", "vocabulary"),
    ("ogi_extract.pipeline", "stitch", "stitching"),
    ("ogi_extract.grammar.records", "Assembler.feed", "assembler"),
)


@dataclass(slots=True)
class Steps:
    own_reading: float  # this process, its range
    own_tables: float  # this process, its pages (0 when every page is split here: then it is on the path anyway)
    their_reading: float  # the page process, up to its pages sent
    their_tables: float  # the page process, its tables task
    serial: dict[str, float] = field(default_factory=dict)  # this process alone, by stage (`SERIAL`, and "rest")


class Probe:
    """Wraps the functions of the two side-by-side steps for one parse at a time (`start`, then `steps`)."""

    def __init__(self) -> None:
        from ogi_extract.layout import parallel, pymupdf_backend
        from ogi_extract.tables import remote

        self.seconds: dict[str, float] = {}
        self._saved: list[tuple[Any, str, Any]] = []
        fd, self.path = tempfile.mkstemp(prefix="ogi-critical-", suffix=".txt")
        os.close(fd)
        self._wrap(pymupdf_backend, "read_pages", "own_reading")
        self._wrap(pymupdf_backend, "_charge_rest", "own_reading")
        self._wrap(remote, "_split_here", "own_tables")
        import importlib

        for module_name, name, key in SERIAL:
            owner: Any = importlib.import_module(module_name)
            *path, attr = name.split(".")
            for part in path:
                owner = getattr(owner, part)
            self._wrap(owner, attr, "serial:" + key)
        held = remote.split_held
        path = self.path

        def split_held(pages: Any, todo: Any) -> Any:  # runs in the page process
            with open(path, "a", encoding="utf-8") as fh:
                fh.write(f"{time.process_time()}\n")
            return held(pages, todo)

        # The task travels by name: the stand-in must be found where the original was.
        split_held.__qualname__, split_held.__module__ = held.__qualname__, held.__module__
        self._saved.append((remote, "split_held", held))
        remote.split_held = split_held  # type: ignore[assignment]

    def _wrap(self, module: Any, name: str, key: str) -> None:
        f: Callable[..., Any] = getattr(module, name)
        seconds = self.seconds
        self._saved.append((module, name, f))

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return f(*args, **kwargs)
            finally:
                seconds[key] = seconds.get(key, 0.0) + time.process_time() - start

        setattr(module, name, timed)

    def start(self) -> None:
        self.seconds.clear()
        open(self.path, "w", encoding="utf-8").close()
        self._children = _children_cpu()

    def steps(self) -> Steps:
        """The two steps of the parse since `start` (the page process has ended: its CPU is counted)."""
        theirs = _children_cpu() - self._children
        with open(self.path, encoding="utf-8") as fh:
            marks = [float(line) for line in fh if line.strip()]
        ready = marks[0] if marks else theirs  # no task: everything it did was reading
        serial = {k.removeprefix("serial:"): v for k, v in self.seconds.items() if k.startswith("serial:")}
        return Steps(
            self.seconds.get("own_reading", 0.0), self.seconds.get("own_tables", 0.0), ready, theirs - ready, serial
        )

    def critical_path(self, cpu: float) -> float:
        return critical_path(cpu, self.steps())

    def serial(self, cpu: float) -> dict[str, float]:
        """The serial part of a parse that took `cpu` seconds here, by stage, with "rest" (see the module docstring)."""
        return serial_part(cpu, self.steps())

    def close(self) -> None:
        """The functions put back, the file removed."""
        for module, name, f in reversed(self._saved):
            setattr(module, name, f)
        self._saved.clear()
        os.unlink(self.path)


def critical_path(cpu: float, s: Steps) -> float:
    """This process's `cpu` for the parse, each side-by-side step counted at its longer side."""
    return cpu - s.own_reading - s.own_tables + max(s.own_reading, s.their_reading) + max(s.own_tables, s.their_tables)


def serial_part(cpu: float, s: Steps) -> dict[str, float]:
    """What this process did alone (its `cpu` but the two side-by-side steps), by stage, "rest" for the others."""
    out = dict(s.serial)
    out["rest"] = cpu - s.own_reading - s.own_tables - sum(s.serial.values())
    return out


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime
