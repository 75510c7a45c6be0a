"""The panel: target rows of several reports of one action plan, in one long table.

A row is one target row of one report: (commitment, implementer, period) with the
score, grade and co-creation read for it, and where it was read (the report's file,
its sha256, the page). Rows of different reports share `commitment_key` when their
commitments were joined, and `implementer_id` when their implementers resolved to
the same registry entry. What could not be joined with certainty is never forced:
it stays apart (a key of its own, a null id) and a `JoinNote` says why, both in the
panel's list of notes and on every row it concerns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import pandas

Row = dict[str, Any]

#: The columns of the panel, in order, with what each holds.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("commitment", "commitment number as printed in this report"),
    ("commitment_key", "join key: equal across reports for a joined commitment (C05), else C05@<report>"),
    ("commitment_title", "title as printed in this report"),
    ("implementer", "implementer heading as printed"),
    ("implementer_id", "registry id (null: not resolved, the row is not joined)"),
    ("implementer_kind", "K/L or OMS"),
    ("period", "B06, B12, B18, B24"),
    ("label", "row label as printed (Target B06)"),
    ("score", "score as printed"),
    ("score_value", "score in percent"),
    ("grade", "grade of the score on the edition's scale"),
    ("cocreation", "co-creation label normalised (Aktif, Semi Aktif, Pasif, N/A)"),
    ("report", "file name of the report the row was read from"),
    ("report_sha256", "sha256 of that file"),
    ("page", "first page the row was read from"),
    ("pages", "every page the row was read from, space separated"),
    ("target_id", "id of the target row within its report"),
    ("success_measure", "number of the success measure"),
    ("target_text", "target as printed"),
    ("achievement_text", "achievement as printed"),
    ("join_notes", "the join notes that concern this row, separated by ' | '"),
)
COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _ in COLUMNS)

#: Where a period without a number sorts: after every numbered one.
LAST_RANK: tuple[int, str] = (1 << 30, "")


def period_rank(period: str) -> tuple[int, str]:
    """Periods in the order they are reported: "B06" is the 6th month of the plan, so
    the number decides, whatever the edition calls its periods."""
    digits = "".join(ch for ch in period if ch.isdigit())
    return (int(digits), period) if digits else (LAST_RANK[0], period)

NoteKind = Literal[
    "commitment-reworded",
    "commitment-retitled",
    "commitment-renumbered",
    "commitment-one-report",
    "commitment-no-title",
    "implementer-unresolved",
    "implementer-one-report",
    "implementer-some-reports",
    "implementer-left-commitment",
    "implementer-joined-commitment",
]
#: `uncertain` notes are joins that were not made; `info` notes joins that were made
#: on a fuzzy match, or presence that changed.
SEVERITY: dict[str, str] = {
    "commitment-reworded": "info",
    "commitment-retitled": "uncertain",
    "commitment-renumbered": "uncertain",
    "commitment-one-report": "uncertain",
    "commitment-no-title": "uncertain",
    "implementer-unresolved": "uncertain",
    "implementer-one-report": "uncertain",
    "implementer-some-reports": "uncertain",
    "implementer-left-commitment": "info",
    "implementer-joined-commitment": "info",
}


@dataclass(frozen=True, slots=True)
class ReportRef:
    """One report of the panel: where its rows came from."""

    file: str
    sha256: str | None
    periods: tuple[str, ...]
    targets: int

    @property
    def label(self) -> str:
        return self.file

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "sha256": self.sha256, "periods": list(self.periods), "targets": self.targets}


@dataclass(frozen=True, slots=True)
class JoinNote:
    """A join that was not made, or made on less than an exact match, and why."""

    kind: str
    message: str
    commitment: int | None = None
    implementer: str | None = None  # registry id, or the printed name when unresolved
    reports: tuple[str, ...] = ()

    @property
    def severity(self) -> str:
        return SEVERITY.get(self.kind, "uncertain")

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "severity": self.severity,
            "message": self.message,
            "commitment": self.commitment,
            "implementer": self.implementer,
            "reports": list(self.reports),
        }


@dataclass(frozen=True, slots=True)
class CommitmentJoin:
    """One commitment of the panel and how it appears in each report."""

    key: str
    number: int
    titles: dict[str, str | None]  # report file -> title as printed there

    @property
    def title(self) -> str | None:
        """The latest title it was printed under."""
        for title in reversed(list(self.titles.values())):
            if title:
                return title
        return None


@dataclass(slots=True)
class Panel:
    """Rows of several reports joined; `notes` lists every uncertain join."""

    reports: list[ReportRef]
    rows: list[Row]
    notes: list[JoinNote] = field(default_factory=list)
    commitments: list[CommitmentJoin] = field(default_factory=list)

    @property
    def periods(self) -> list[str]:
        """Every period of the panel, in the order they are reported."""
        seen: dict[str, None] = {}
        for ref in self.reports:
            for p in ref.periods:
                seen.setdefault(p, None)
        for row in self.rows:
            if row.get("period"):
                seen.setdefault(row["period"], None)
        return sorted(seen, key=period_rank)

    def uncertain(self) -> list[JoinNote]:
        return [n for n in self.notes if n.severity == "uncertain"]

    def rows_of(self, report: str) -> list[Row]:
        return [r for r in self.rows if r["report"] == report]

    def to_json(self) -> dict[str, Any]:
        return {
            "reports": [r.to_json() for r in self.reports],
            "columns": [{"name": name, "description": text} for name, text in COLUMNS],
            "notes": [n.to_json() for n in self.notes],
            "commitments": [
                {"key": c.key, "number": c.number, "titles": dict(c.titles)} for c in self.commitments
            ],
            "rows": self.rows,
        }

    def to_pandas(self) -> pandas.DataFrame:
        import pandas

        return pandas.DataFrame(self.rows, columns=list(COLUMN_NAMES))

    def notes_frame(self) -> pandas.DataFrame:
        import pandas

        return pandas.DataFrame(
            [n.to_json() | {"reports": " ".join(n.reports)} for n in self.notes],
            columns=["kind", "severity", "message", "commitment", "implementer", "reports"],
        )
