"""Checks of table 7 (commitments and implementers) against the detail, and of the printed score scale."""

from __future__ import annotations

from typing import Any

import regex
from . import derive
from .context import Context, _finding, tagged
from .findings import Derived, Finding, Published, wording
from .incomplete import TABLE7
from .names import group_members
from .titles import contained

_RANGE = regex.compile(r"(\d+(?:[.,]\d+)?)\s*[-–]\s*(\d+(?:[.,]\d+)?)")


# -- table 7 ---------------------------------------------------------------


def check_table7(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    rows = ctx.summary.commitment_implementers
    if not rows:
        return out
    detail = derive.detail_implementers(ctx.rows)
    known = ctx.commitment_ids()
    titles = {c.number: c.title or "" for c in ctx.report.commitments}
    partial = TABLE7 in ctx.partial  # read in part: its missing rows and names said once by `incomplete`
    listed_numbers = {row.number.value for row in rows}
    for number in sorted(set(known) - listed_numbers if not partial else ()):
        out.append(
            _finding(
                "table7-commitment-missing",
                wording("table7-commitment-missing.table", number=number),
                None,
                Derived(value=number, record_ids=[known[number]]),
            )
        )
    for row in rows:
        first = len(out)
        number = row.number.value
        label = f"commitments and implementers > {number}"
        if number not in known:
            out.append(
                _finding(
                    "table7-commitment-missing",
                    wording("table7-commitment-missing.detail", number=number),
                    Published.of(label, row.number),
                )
            )
            continue
        title = titles.get(number, "")
        if title and not (contained(row.title.value, [title]) or contained(title, [row.title.value])):
            out.append(
                _finding(
                    "table7-title",
                    wording("table7-title", number=number, printed=row.title.value, title=title),
                    Published.of(f"{label} > title", row.title),
                    Derived(value=title, record_ids=[known[number]]),
                )
            )
        if partial:
            continue
        listed: dict[str, Any] = {}
        members = _members(ctx, row.implementers)  # a member listed under its group counts as listed
        for name in row.implementers:
            resolution = ctx.resolve(name.value)
            if resolution.status != "matched" or not resolution.id:
                out.append(
                    _finding(
                        "table7-unresolved",
                        wording("table7-unresolved", name=name.value, number=number),
                        Published.of(f"{label} > implementer", name),
                    )
                )
                continue
            listed.setdefault(resolution.id, name)
        in_detail = detail.get(number, {})
        for imp_id, name in listed.items():
            if imp_id not in in_detail:
                out.append(
                    _finding(
                        "table7-not-in-detail",
                        wording("table7-not-in-detail", name=name.value, implementer=imp_id, number=number),
                        Published.of(f"{label} > implementer", name),
                        Derived(value=None, record_ids=[imp_id]),
                    )
                )
        for imp_id, ids in sorted(in_detail.items()):
            if imp_id not in listed and imp_id not in members:
                out.append(
                    _finding(
                        "detail-not-in-table7",
                        wording("detail-not-in-table7", implementer=imp_id, number=number),
                        Published(label=f"{label} > implementers", value=", ".join(n.value for n in row.implementers),
                                  pieces=[p for n in row.implementers for p in n.pieces]),
                        Derived(value=imp_id, target_ids=ids, record_ids=[imp_id]),
                    )
                )
        tagged(out[first:], commitment=number)
    return out


def _members(ctx: Context, names: list[Any]) -> set[str]:
    """Registry ids of the members printed after a group's name ("OMS Sektor Keadilan: IJRS, LeIP")."""
    ids: set[str] = set()
    for name in names:
        for member in group_members(name.value):
            found = ctx.resolve(member)
            if found.status == "matched" and found.id:
                ids.add(found.id)
    return ids


# -- the printed scale -----------------------------------------------------


def check_score_scale(ctx: Context) -> list[Finding]:
    """The audit grades with the grammar's scale: it must be the one the report prints."""
    out: list[Finding] = []
    rules = ctx.rules
    grammar = {step.grade: step for step in rules.score_scale}
    printed_grades: set[str] = set()
    for step in ctx.summary.score_scale:
        found = _RANGE.search(step.range.value)
        if found is None:
            continue
        grade = rules.normalise_grade(step.grade.value)
        low, high = (float(found.group(i).replace(",", ".")) for i in (1, 2))
        expected = grammar.get(grade or "")
        if expected is not None:
            printed_grades.add(expected.grade)
        if expected is None or expected.min != low or (expected.max is not None and expected.max != high):
            out.append(
                _finding(
                    "score-scale",
                    wording("score-scale.range", range=step.range.value, grade=step.grade.value),
                    Published.of("score scale", step.range),
                    Derived(value=f"{expected.min:g}-{expected.max:g}" if expected and expected.max is not None else None),
                )
            )
    if ctx.summary.score_scale:
        for grade in sorted(set(grammar) - printed_grades):
            out.append(
                _finding(
                    "score-scale",
                    wording("score-scale.missing", grade=grade),
                    Published(label="score scale"),
                    Derived(value=grade),
                )
            )
    return out
