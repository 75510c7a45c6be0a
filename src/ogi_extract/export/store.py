"""The data stores: a DuckDB file that many reports accumulate in, and Parquet files.

DuckDB is the default because one file holds every table of every report and is
queried in place (from Python, R or the `duckdb` shell) without a server. Writing
a report replaces its earlier rows (same `report_id`), so converting the same PDF
twice, or a folder again after adding a file, never duplicates rows. Parquet is
for tools that read nothing else: one file per table, holding the reports of one
run.

Rows go through Arrow with the column types of `rows.TABLES`, so an empty table
has the same schema as a full one and both stores agree on types.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ..errors import shown
from .output import NO_INPUTS, InputFiles, OutputError
from .rows import TABLES, Bundle, Row

if TYPE_CHECKING:
    import duckdb
    import pyarrow


STORES = ("duckdb", "parquet")
_INSTALL = "install the data extra: pip install 'ogi-extract[data]'"


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise OutputError(f"pyarrow is not installed ({_INSTALL})") from exc
    return pyarrow


def _arrow_type(pa: Any, sql: str) -> Any:
    if sql.endswith("[]"):
        return pa.list_(_arrow_type(pa, sql[:-2]))
    return {
        "VARCHAR": pa.string(),
        "INTEGER": pa.int32(),
        "DOUBLE": pa.float64(),
        "BOOLEAN": pa.bool_(),
    }[sql]


def arrow_table(name: str, rows: list[Row]) -> pyarrow.Table:
    """The rows of one table as Arrow, typed by `TABLES` even when there are none."""
    pa = _pyarrow()
    schema = pa.schema([(col, _arrow_type(pa, sql)) for col, sql in TABLES[name]])
    return pa.Table.from_pylist(rows, schema=schema)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _latest(bundles: Iterable[Bundle]) -> list[Bundle]:
    """One bundle per report id, the last one written winning (as in the DuckDB store)."""
    by_id: dict[str, Bundle] = {}
    for b in bundles:
        by_id.pop(b.report_id, None)
        by_id[b.report_id] = b
    return list(by_id.values())


class DuckDBStore:
    """An open DuckDB file; `add` writes one report's rows in one transaction.

    Used as a context manager so a batch keeps one connection for all reports.
    """

    def __init__(self, path: str | os.PathLike[str], inputs: InputFiles = NO_INPUTS) -> None:
        self.path = Path(path)
        self.written: list[str] = []
        inputs.check(self.path)
        try:
            import duckdb
        except ImportError as exc:  # pragma: no cover - depends on the installation
            raise OutputError(f"duckdb is not installed ({_INSTALL})") from exc
        self._duckdb = duckdb
        if self.path.is_dir():
            raise OutputError(f"{shown(self.path)} is a directory, not a DuckDB file", path=str(self.path))
        try:
            self.con: duckdb.DuckDBPyConnection = duckdb.connect(str(self.path))
        except duckdb.Error as exc:
            message = f"cannot open {shown(self.path)} as a DuckDB file: {_first_line(exc)}"
            raise OutputError(message, path=str(self.path)) from exc
        try:
            self._create()
        except duckdb.Error as exc:
            self.con.close()
            raise OutputError(f"{shown(self.path)}: {_first_line(exc)}", path=str(self.path)) from exc
        except BaseException:
            self.con.close()
            raise

    def _create(self) -> None:
        self.con.begin()
        try:
            self._create_tables()
        except BaseException:
            self.con.rollback()
            raise
        self.con.commit()

    def _create_tables(self) -> None:
        existing = self._columns()
        for name, columns in TABLES.items():
            declared = [(col, sql) for col, sql in columns]
            if name in existing:
                if existing[name] != declared:
                    raise OutputError(
                        f"{self.path}: table {name} has other columns than this version writes; "
                        "write to a new file",
                        path=str(self.path),
                    )
                continue
            cols = ", ".join(f"{_quote(col)} {sql}" for col, sql in columns)
            self.con.execute(f"CREATE TABLE {_quote(name)} ({cols})")

    def _columns(self) -> dict[str, list[tuple[str, str]]]:
        rows = self.con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"
        ).fetchall()
        out: dict[str, list[tuple[str, str]]] = {}
        for table, column, dtype in rows:
            out.setdefault(table, []).append((column, dtype))
        return out

    def report_ids(self) -> set[str]:
        """The ids (PDF sha256) of the reports the store holds: what a resumed batch skips.

        A report is written in one transaction, so one that is here is here whole.
        """
        try:
            rows = self.con.execute("SELECT report_id FROM reports").fetchall()
        except self._duckdb.Error as exc:
            raise OutputError(f"{shown(self.path)}: {_first_line(exc)}", path=str(self.path)) from exc
        return {r[0] for r in rows}

    def add(self, bundle: Bundle) -> None:
        """Replace the rows of `bundle.report_id` in every table by the bundle's."""
        try:
            self.con.begin()
            for name in TABLES:
                self.con.execute(f"DELETE FROM {_quote(name)} WHERE report_id = ?", [bundle.report_id])
                rows = bundle.tables.get(name, [])
                if not rows:
                    continue
                incoming = arrow_table(name, rows)
                self.con.register("_incoming", incoming)
                try:
                    self.con.execute(f"INSERT INTO {_quote(name)} SELECT * FROM _incoming")
                finally:
                    self.con.unregister("_incoming")
            self.con.commit()
        except self._duckdb.Error as exc:
            # A failed write (a full disk) may have ended the transaction already.
            with contextlib.suppress(self._duckdb.Error):
                self.con.rollback()
            raise OutputError(f"{shown(self.path)}: {_first_line(exc)}", path=str(self.path)) from exc
        except BaseException:
            with contextlib.suppress(self._duckdb.Error):
                self.con.rollback()
            raise
        self.written.append(bundle.report_id)

    def close(self) -> None:
        try:
            self.con.close()
        except self._duckdb.Error as exc:  # the closing checkpoint failed: the log still holds every commit
            raise OutputError(f"{shown(self.path)}: {_first_line(exc)}", path=str(self.path)) from exc

    def __enter__(self) -> DuckDBStore:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def write_duckdb(bundles: Iterable[Bundle], path: str | os.PathLike[str], inputs: InputFiles = NO_INPUTS) -> int:
    """Add reports to a DuckDB file (created if missing); returns how many were written."""
    with DuckDBStore(path, inputs) as store:
        for b in bundles:
            store.add(b)
        return len(store.written)


def _table_rows(bundles: list[Bundle], name: str) -> Iterator[Row]:
    for b in bundles:
        yield from b.tables.get(name, [])


def write_parquet(
    bundles: Iterable[Bundle], directory: str | os.PathLike[str], inputs: InputFiles = NO_INPUTS
) -> list[Path]:
    """One Parquet file per table in `directory` (created; earlier files replaced).

    Only the directory itself is created: a missing folder above it is an
    error, as it is for every other output (a typo in a path should not leave
    a tree of folders behind).
    """
    out = Path(directory)
    inputs.check(out)
    if out.exists() and not out.is_dir():
        raise OutputError(f"{shown(out)} exists and is not a directory", path=str(out))
    parent = out.absolute().parent
    if not parent.is_dir():
        raise OutputError(f"cannot write {shown(out)}: No such file or directory ({shown(parent)})", path=str(out))
    for name in TABLES:
        inputs.check(out / f"{name}.parquet")
    pq = _parquet()
    latest = _latest(bundles)
    written: list[Path] = []
    try:
        out.mkdir(exist_ok=True)
        for name in TABLES:
            target = out / f"{name}.parquet"
            pq.write_table(arrow_table(name, list(_table_rows(latest, name))), target)
            written.append(target)
    except OSError as exc:
        raise OutputError(f"cannot write {shown(out)}: {exc.strerror or exc}", path=str(out)) from exc
    return written


def _parquet() -> Any:
    _pyarrow()
    import pyarrow.parquet

    return pyarrow.parquet


def write_store(
    kind: str, bundles: Iterable[Bundle], path: str | os.PathLike[str], inputs: InputFiles = NO_INPUTS
) -> None:
    if kind == "duckdb":
        write_duckdb(bundles, path, inputs)
    elif kind == "parquet":
        write_parquet(bundles, path, inputs)
    else:
        raise ValueError(f"unknown store {kind!r} (expected one of {', '.join(STORES)})")
