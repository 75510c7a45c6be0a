"""What a panel is made from: parsed reports, PDFs, records JSON, a DuckDB store.

Every source comes down to the same `Side`: the report's reference (file, sha256,
periods) and its target rows as flat dicts, so that the join never asks where a
report came from. A PDF is parsed; a JSON file must be the records `convert`
writes (or the golden records, which have the same shape); a DuckDB file written by
`--to duckdb` gives one side per report it holds.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

from ..errors import OgiError
from ..models import Report
from .model import LAST_RANK, ReportRef, Row, period_rank

Source = Union[Report, str, "os.PathLike[str]"]

_DUCKDB_MAGIC = b"DUCK"


@dataclass(slots=True)
class Side:
    """One report as the join sees it."""

    ref: ReportRef
    rows: list[Row]
    titles: dict[int, str | None] = field(default_factory=dict)  # every commitment, with or without rows


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def side_from_report(report: Report, fallback_name: str | None = None, fallback_sha: str | None = None) -> Side:
    """The rows of a parsed report (or of records read back from JSON)."""
    status: dict[str, str | None] = {}
    for c in report.commitments:
        for b in c.blocks:
            status[b.id] = b.implementer_match.status if b.implementer_match else None
    rows: list[Row] = []
    for flat in report.target_rows():
        row = dict(flat)
        row["implementer_status"] = status.get(flat["block_id"])
        rows.append(row)
    sha = report.source.sha256 or fallback_sha
    if sha is None:
        sha = hashlib.sha256(report.model_dump_json().encode("utf-8")).hexdigest()
    name = report.source.file or fallback_name or f"report-{sha[:12]}"
    periods = tuple(report.document.periods) or tuple(dict.fromkeys(r["period"] for r in rows if r.get("period")))
    ref = ReportRef(file=name, sha256=sha, periods=periods, targets=len(rows))
    return Side(ref, rows, {c.number: c.title for c in report.commitments})


def _read_records(path: Path) -> Report:
    from pydantic import ValidationError

    try:
        return Report.model_validate_json(path.read_bytes())
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "top level"
        raise OgiError(
            f"{path} is not a records file written by `convert` (first problem at {where}: {first['msg']})",
            path=str(path),
        ) from exc


def _duckdb_sides(path: Path) -> list[Side]:
    """One side per report of a store written by `convert --to duckdb` or `batch`."""
    try:
        import duckdb
    except ImportError as exc:  # pragma: no cover - the data extra
        raise OgiError("reading a DuckDB store needs duckdb (pip install 'ogi-extract[data]')") from exc
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        raise OgiError(f"cannot open DuckDB store {path}: {str(exc).splitlines()[0]}", path=str(path)) from exc
    try:
        reports = con.execute(
            "SELECT report_id, file, sha256, periods, targets FROM reports ORDER BY file, report_id"
        ).fetchall()
        sides: list[Side] = []
        for rid, file, sha, periods, count in reports:
            cur = con.execute(
                "SELECT t.*, b.implementer_status FROM targets t "
                "LEFT JOIN blocks b ON b.report_id = t.report_id AND b.block_id = t.block_id "
                "WHERE t.report_id = ? ORDER BY t.rowid",
                [rid],
            )
            names = [d[0] for d in cur.description]
            rows = [dict(zip(names, values)) for values in cur.fetchall()]
            for row in rows:
                row.pop("report_id", None)
                row["pages"] = list(row.get("pages") or [])
            titles = dict(
                con.execute(
                    "SELECT commitment, title FROM commitments WHERE report_id = ? ORDER BY commitment", [rid]
                ).fetchall()
            )
            ref = ReportRef(file=file or rid, sha256=sha or rid, periods=tuple(periods or ()), targets=len(rows))
            sides.append(Side(ref, rows, titles))
        return sides
    except duckdb.Error as exc:
        raise OgiError(
            f"{path} is not a store written by `convert --to duckdb` ({str(exc).splitlines()[0]})", path=str(path)
        ) from exc
    finally:
        con.close()


def _is_duckdb(path: Path) -> bool:
    if path.suffix.lower() in (".duckdb", ".ddb"):
        return True
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    return head[8:12] == _DUCKDB_MAGIC


def load_source(source: Source, **parse_options: Any) -> list[Side]:
    """The sides one source gives: one for a report, PDF or JSON; one per report of a store."""
    if isinstance(source, Report):
        return [side_from_report(source)]
    path = Path(source)
    if not path.is_file():
        from ..errors import NotAPdfError

        raise NotAPdfError(f"cannot read {path}: no such file", path=str(path))
    if path.suffix.lower() == ".json":
        return [side_from_report(_read_records(path), path.name, _sha256_file(path))]
    if _is_duckdb(path):
        return _duckdb_sides(path)
    from ..pipeline import read

    return [side_from_report(read(path, **parse_options), path.name)]


def load_sides(sources: Iterable[Source], **parse_options: Any) -> list[Side]:
    """Every side of every source, earliest periods first (input order among equals),
    with report names made unique."""
    sides = [side for source in sources for side in load_source(source, **parse_options)]
    sides = sorted(
        sides, key=lambda s: min((period_rank(p) for p in s.ref.periods), default=LAST_RANK)
    )
    return unique_names(sides)


def unique_names(sides: Sequence[Side]) -> list[Side]:
    seen: dict[str, int] = {}
    out: list[Side] = []
    for side in sides:
        name = side.ref.file
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:
            ref = side.ref
            side = Side(ReportRef(f"{name}#{seen[name]}", ref.sha256, ref.periods, ref.targets), side.rows, side.titles)
        out.append(side)
    return out
