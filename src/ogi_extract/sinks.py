"""Where a batch puts its reports: one DuckDB file, Parquet files, or one JSON file per PDF.

Beside `batch`, whose outcomes it takes, not in `export`, whose stores it writes
with: the export stage knows nothing of batches.

Each sink takes the outcomes of a batch in input order. The DuckDB sink writes
each report as it arrives, one transaction each, so a batch that is killed
keeps every report it stored, whole; `done()` says which (by sha256) for a run
that resumes. Every sink is told the batch's input files and never writes onto
one of them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from .errors import shown
from .export.output import NO_INPUTS, InputFiles

if TYPE_CHECKING:
    from .outcomes import Outcome
    from .export.rows import Bundle
    from .export.store import DuckDBStore

SINKS = ("duckdb", "parquet", "json")


class Sink(Protocol):
    def add(self, outcome: Outcome) -> None: ...

    def done(self) -> set[str]: ...

    def close(self) -> None: ...


class DuckDBSink:
    """Writes each report as it arrives, so an interrupted batch keeps what it did.

    Each report is one transaction: after a crash or a kill the store holds
    every report whole or not at all, and `done()` says which are there.
    """

    def __init__(self, path: Path, inputs: InputFiles = NO_INPUTS) -> None:
        from .export.store import DuckDBStore

        self.store: DuckDBStore = DuckDBStore(path, inputs)

    def done(self) -> set[str]:
        return self.store.report_ids()

    def add(self, outcome: Outcome) -> None:
        from .export.rows import bundle

        if outcome.report is not None:
            self.store.add(bundle(outcome.report, outcome.findings))

    def close(self) -> None:
        self.store.close()


class ParquetSink:
    """Parquet files are written whole, once every report is in."""

    def __init__(self, path: Path, inputs: InputFiles = NO_INPUTS) -> None:
        self.path = path
        self.inputs = inputs
        inputs.check(path)
        self.bundles: list[Bundle] = []

    def done(self) -> set[str]:
        return set()  # written whole at the end: nothing of an interrupted run is there

    def add(self, outcome: Outcome) -> None:
        from .export.rows import bundle

        if outcome.report is not None:
            self.bundles.append(bundle(outcome.report, outcome.findings))

    def close(self) -> None:
        from .export.store import write_parquet

        write_parquet(self.bundles, self.path, self.inputs)


class JsonSink:
    """One records file per PDF, at the PDF's place relative to its input folder."""

    def __init__(self, path: Path, inputs: InputFiles = NO_INPUTS) -> None:
        from .export.output import OutputError

        if path.exists() and not path.is_dir():
            raise OutputError(f"{shown(path)} exists and is not a directory", path=str(path))
        self.path = path
        self.inputs = inputs

    def done(self) -> set[str]:
        return set()  # a file per PDF name, not per content: a resumed run writes them again

    def target(self, name: str) -> Path:
        """Where the records of the PDF shown as `name` go."""
        return self.path / Path(name).with_suffix(".json")

    def add(self, outcome: Outcome) -> None:
        from .export import to_json, write_text
        from .export.output import OutputError

        if outcome.report is None:
            return
        target = self.target(outcome.task.name)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot write {shown(target.parent)}: {exc.strerror or exc}", path=str(target)) from exc
        # Written beside the target and renamed onto it: a kill leaves the old file or the new, never half of one.
        self.inputs.check(target)
        partial = target.with_name(target.name + ".partial")
        write_text(partial, to_json(outcome.report), self.inputs)
        try:
            os.replace(partial, target)
        except OSError as exc:
            raise OutputError(f"cannot write {shown(target)}: {exc.strerror or exc}", path=str(target)) from exc

    def close(self) -> None:
        return None


def open_sink(kind: str, path: Path, inputs: InputFiles = NO_INPUTS) -> Sink:
    if kind == "duckdb":
        return DuckDBSink(path, inputs)
    if kind == "parquet":
        return ParquetSink(path, inputs)
    if kind == "json":
        return JsonSink(path, inputs)
    raise ValueError(f"unknown output {kind!r} (expected one of {', '.join(SINKS)})")
