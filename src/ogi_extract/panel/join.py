"""Join the target rows of several reports: commitments by number and title, implementers by id.

Commitments keep their numbers from one report of a plan to the next, but their
titles get reworded, and a number alone cannot tell a reworded commitment from a
replaced one. A commitment of a later report therefore joins the earlier commitment
of the same number only when the title matcher of the match stage
(`match.resolve_title`, tried both ways so that a title that grew is judged like
one that shrank) says the titles name the same commitment. Anything else keeps a
key of its own and gets a note. Implementers join by registry id, which the match
stage resolved from whatever spelling each report printed; a name that did not
resolve joins nothing and gets a note. Presence that changes (an implementer in one
report only, one that left or joined a commitment) is noted too: it is what the
join cannot confirm.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..match.parts import collapse
from ..match.titles import TitleResolution, resolve_title
from .model import COLUMN_NAMES, CommitmentJoin, JoinNote, Panel, Row
from .sources import Side


@dataclass(frozen=True, slots=True)
class TitleJoin:
    """What the title matcher said about one commitment of a later report."""

    joined: bool
    kind: str | None  # the note to write, None for an exact match
    score: float
    other: int | None = None  # the earlier commitment whose title it carries


def plain_key(number: int) -> str:
    return f"C{number:02d}"


def _titles(side: Side) -> dict[int, str | None]:
    titles = dict(side.titles)
    for row in side.rows:
        titles.setdefault(int(row["commitment"]), row.get("commitment_title"))
    return dict(sorted(titles.items()))


def judge_title(number: int, title: str | None, known: dict[int, str], later: dict[int, str]) -> TitleJoin:
    """Whether commitment `number` titled `title` is the earlier commitment `number`."""
    if not title or not known.get(number):
        return TitleJoin(False, "commitment-no-title", 0.0)
    if collapse(title) == collapse(known[number]):
        return TitleJoin(True, None, 100.0)
    forward: TitleResolution = resolve_title(title, known)
    backward: TitleResolution = resolve_title(known[number], later)
    if forward.status == "matched" and forward.number == number:
        return TitleJoin(True, None if forward.method != "fuzzy" else "commitment-reworded", forward.score)
    if backward.status == "matched" and backward.number == number and forward.status != "matched":
        return TitleJoin(True, "commitment-reworded", backward.score)
    if forward.status == "matched":
        return TitleJoin(False, "commitment-renumbered", forward.score, forward.number)
    return TitleJoin(False, "commitment-retitled", max(forward.score, backward.score))


def _assign_keys(
    sides: Sequence[Side], notes: list[JoinNote]
) -> tuple[dict[tuple[int, int], str], list[CommitmentJoin]]:
    """The commitment key of every (side, number), with notes on the joins not made."""
    keys: dict[tuple[int, int], str] = {}
    joins: dict[str, CommitmentJoin] = {}
    known: dict[int, str] = {}  # number -> the latest title the plain key was printed under
    first_file: dict[int, str] = {}
    for i, side in enumerate(sides):
        file = side.ref.file
        titles = _titles(side)
        later = {n: t for n, t in titles.items() if t}
        for number, title in titles.items():
            key = plain_key(number)
            if number in first_file and i > 0 and first_file[number] != file:
                verdict = judge_title(number, title, known, later)
                if verdict.kind is not None:
                    notes.append(_title_note(verdict, number, title, known.get(number), first_file[number], file))
                if not verdict.joined:
                    key = f"{key}@{file}"
            else:
                first_file.setdefault(number, file)
            keys[(i, number)] = key
            join = joins.setdefault(key, CommitmentJoin(key, number, {}))
            join.titles[file] = title
            if key == plain_key(number) and title:
                known[number] = title
    return keys, list(joins.values())


def _title_note(
    verdict: TitleJoin, number: int, title: str | None, before: str | None, first: str, file: str
) -> JoinNote:
    if verdict.kind == "commitment-reworded":
        message = (
            f"commitment {number}: title reworded in {file} (title match {verdict.score:.1f}); joined: "
            f"'{before}' -> '{title}'"
        )
    elif verdict.kind == "commitment-renumbered":
        message = (
            f"commitment {number} of {file} is titled like commitment {verdict.other} of the earlier report "
            f"(title match {verdict.score:.1f}); not joined: '{title}'"
        )
    elif verdict.kind == "commitment-no-title":
        message = f"commitment {number}: no title to compare in {first} or {file}; not joined on its number alone"
    else:
        message = (
            f"commitment {number}: title changed beyond the match threshold in {file} (best title match "
            f"{verdict.score:.1f}); not joined: '{before}' -> '{title}'"
        )
    return JoinNote(verdict.kind or "", message, commitment=number, reports=(first, file))


def _panel_row(row: Row, side: Side, key: str) -> Row:
    pages = [int(p) for p in row.get("pages") or []]
    out = {name: row.get(name) for name in COLUMN_NAMES}
    out.update(
        commitment=int(row["commitment"]),
        commitment_key=key,
        commitment_title=row.get("commitment_title") or side.titles.get(int(row["commitment"])),
        report=side.ref.file,
        report_sha256=side.ref.sha256,
        page=pages[0] if pages else None,
        pages=" ".join(str(p) for p in pages),
        join_notes=None,
    )
    return out


def _presence_notes(rows: list[Row], files: list[str]) -> list[tuple[JoinNote, list[int]]]:
    """Notes on implementers that are not in every report: of the plan, of a commitment."""
    out: list[tuple[JoinNote, list[int]]] = []
    by_id: dict[str, list[int]] = defaultdict(list)
    for n, row in enumerate(rows):
        if row["implementer_id"]:
            by_id[row["implementer_id"]].append(n)
    for entry_id, indices in sorted(by_id.items()):
        present = sorted({rows[n]["report"] for n in indices}, key=files.index)
        if len(files) > 1 and len(present) < len(files):
            missing = [f for f in files if f not in present]
            note = JoinNote(
                "implementer-one-report" if len(present) == 1 else "implementer-some-reports",
                f"implementer {entry_id} appears in {', '.join(present)} only, not in {', '.join(missing)}",
                implementer=entry_id,
                reports=tuple(present),
            )
            out.append((note, indices))
    by_key: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in rows:
        by_key[row["commitment_key"]][row["report"]].add(row["implementer_id"] or "")
    for key, per_report in sorted(by_key.items()):
        reports = sorted(per_report, key=files.index)
        if len(reports) < 2:
            continue
        every = set().union(*per_report.values()) - {""}
        for entry_id in sorted(every):
            have = [f for f in reports if entry_id in per_report[f]]
            if len(have) == len(reports):
                continue
            number = next(r["commitment"] for r in rows if r["commitment_key"] == key)
            left = have[-1] != reports[-1]
            kind = "implementer-left-commitment" if left else "implementer-joined-commitment"
            lacking = [f for f in reports if f not in have]
            message = (
                f"commitment {number}: implementer {entry_id} "
                + (f"no longer in {', '.join(lacking)}" if left else f"new in {', '.join(have)}")
                + (f" (only in {', '.join(have)})" if left else f" (not in {', '.join(lacking)})")
            )
            indices = [
                n for n, r in enumerate(rows) if r["commitment_key"] == key and r["implementer_id"] == entry_id
            ]
            out.append((JoinNote(kind, message, commitment=number, implementer=entry_id, reports=tuple(have)), indices))
    return out


def _unresolved_notes(rows: list[Row], status: dict[int, str | None]) -> list[tuple[JoinNote, list[int]]]:
    """A note per implementer heading without a registry id, per report and commitment."""
    groups: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    for n, row in enumerate(rows):
        if not row["implementer_id"]:
            groups[(row["report"], row["commitment"], row["implementer"] or "")].append(n)
    out = []
    for (file, number, name), indices in groups.items():
        shown = name or "(no implementer heading)"
        why = "fits more than one registry entry" if status.get(indices[0]) == "ambiguous" else "is not in the registry"
        message = (
            f"commitment {number}: implementer '{shown}' in {file} {why}; "
            f"its {len(indices)} row(s) are not joined"
        )
        note = JoinNote("implementer-unresolved", message, commitment=number, implementer=name or None, reports=(file,))
        out.append((note, indices))
    return out


def _commitment_notes(rows: list[Row], files: list[str], retitled: set[int]) -> list[tuple[JoinNote, list[int]]]:
    """A commitment key that only some reports hold (and no title note explains)."""
    out = []
    by_key: dict[str, list[int]] = defaultdict(list)
    for n, row in enumerate(rows):
        by_key[row["commitment_key"]].append(n)
    for key, indices in sorted(by_key.items()):
        number = rows[indices[0]]["commitment"]
        present = sorted({rows[n]["report"] for n in indices}, key=files.index)
        if len(files) < 2 or len(present) == len(files) or number in retitled:
            continue
        message = f"commitment {number} has target rows in {', '.join(present)} only"
        out.append((JoinNote("commitment-one-report", message, commitment=number, reports=tuple(present)), indices))
    return out


def join(sides: Sequence[Side]) -> Panel:
    """The panel of `sides` (earliest first): every row kept, joins made only when certain."""
    title_notes: list[JoinNote] = []
    keys, commitments = _assign_keys(sides, title_notes)
    rows: list[Row] = []
    status: dict[int, str | None] = {}  # row index -> how its implementer name resolved
    for i, side in enumerate(sides):
        for row in side.rows:
            status[len(rows)] = row.get("implementer_status")
            rows.append(_panel_row(row, side, keys[(i, int(row["commitment"]))]))
    files = [s.ref.file for s in sides]
    attached: list[tuple[JoinNote, list[int]]] = []
    for note in title_notes:
        indices = [
            n for n, r in enumerate(rows)
            if r["commitment"] == note.commitment and r["report"] in note.reports
        ]
        attached.append((note, indices))
    retitled = {n.commitment for n in title_notes if n.kind != "commitment-reworded" and n.commitment is not None}
    attached += _commitment_notes(rows, files, retitled)
    attached += _unresolved_notes(rows, status)
    attached += _presence_notes(rows, files)
    for note, indices in attached:
        for n in indices:
            earlier = rows[n]["join_notes"]
            rows[n]["join_notes"] = f"{earlier} | {note.message}" if earlier else note.message
    return Panel([s.ref for s in sides], rows, [note for note, _ in attached], commitments)
