"""Checks of internal arithmetic: tables 8 and 9 add up, percentages fit their counts, rounding."""

from __future__ import annotations

from ..models.summary import Figure, TargetTable
from . import derive
from .context import TOTAL_ROW, Context, _finding, _round, tagged, term
from .distributions import _distributions
from .findings import Derived, Finding, Published, wording
from .rules import AuditRules


# -- tables 8 and 9: internal arithmetic ----------------------------------


def _label(table: TargetTable, *parts: str) -> str:
    return " > ".join([table.table.value, *parts])


def check_table_arithmetic(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    acc = ctx.rules.accumulated_column
    for kind, table in ctx.summary.target_admin_tables.items():
        lines = list(table.rows.items()) + [(TOTAL_ROW, table.total)]
        for row_label, cells in lines:
            periods = [col for col in cells if col != acc]
            if acc not in cells or not periods:
                continue
            derived = sum(cells[col].value for col in periods)
            if derived != cells[acc].value:
                out.append(
                    _finding(
                        "table-row-sum",
                        wording("table-row-sum", table=table.table.value, kind=kind, row=row_label,
                                periods=" + ".join(periods), derived=derived, column=acc, printed=cells[acc].value),
                        Published.of(_label(table, row_label, acc), cells[acc]),
                        Derived(value=derived, rule=" + ".join(periods)),
                    )
                )
                tagged(out[-1:], table=table.table.value, row=row_label, column=acc)
        for column, printed in table.total.items():
            parts = [cells[column].value for cells in table.rows.values() if column in cells]
            if not parts:
                continue
            derived = sum(parts)
            if derived != printed.value:
                out.append(
                    _finding(
                        "table-column-sum",
                        wording("table-column-sum", table=table.table.value, kind=kind, column=column,
                                derived=derived, printed=printed.value),
                        Published.of(_label(table, TOTAL_ROW, column), printed),
                        Derived(value=derived, rule="sum of the rows"),
                    )
                )
                tagged(out[-1:], table=table.table.value, row=TOTAL_ROW, column=column)
    return out


def _row_for_grade(table: TargetTable, grade: str | None, rules: AuditRules) -> tuple[str, dict[str, Figure]] | None:
    for label, cells in table.rows.items():
        if rules.row_grade(label) == grade:
            return label, cells
    return None


def check_percent_lines(ctx: Context) -> list[Finding]:
    """Each "P % (N target)" line against its own count and against its table."""
    out: list[Finding] = []
    rules = ctx.rules
    acc = rules.accumulated_column
    for kind, table in ctx.summary.target_admin_tables.items():
        whole = table.total.get(acc)
        for line in table.published_percent:
            first = len(out)
            where = _label(table, f"{line.percent.value}% ({line.count.value})")
            if whole is not None:
                expected = derive.percent(line.count.value, whole.value, rules.percent_decimals, rules.percent_rounding)
                if expected != line.percent.value:
                    exact = derive.exact_percent(line.count.value, whole.value)
                    out.append(
                        _finding(
                            "percent-of-count",
                            wording("percent-of-count", table=table.table.value, kind=kind, count=line.count.value,
                                    whole=whole.value, exact=_round(exact), printed=line.percent.value),
                            Published.of(where, line.percent),
                            Derived(value=expected, rule=f"count / total, rounded {rules.percent_rounding}"),
                        )
                    )
            grade = rules.normalise_grade(line.grade.value)
            row = _row_for_grade(table, grade, rules)
            if row is not None and acc in row[1] and row[1][acc].value != line.count.value:
                out.append(
                    _finding(
                        "percent-count-vs-table",
                        wording("percent-count-vs-table", table=table.table.value, kind=kind, grade=line.grade.value,
                                count=line.count.value, column=acc, cell=row[1][acc].value),
                        Published.of(where, line.count),
                        Derived(value=row[1][acc].value, rule=f"{table.table.value} > {row[0]} > {acc}"),
                    )
                )
            tagged(out[first:], table=table.table.value, grade=rules.normalise_grade(line.grade.value))
    return out


# -- rounding ---------------------------------------------------------------


def _percent_triples(ctx: Context) -> list[tuple[int, int, int]]:
    """(part, whole, printed percent) for every percentage whose base is printed too."""
    triples: list[tuple[int, int, int]] = []
    acc = ctx.rules.accumulated_column
    for table in ctx.summary.target_admin_tables.values():
        whole = table.total.get(acc)
        if whole is not None:
            triples += [(line.count.value, whole.value, line.percent.value) for line in table.published_percent]
    for _name, dist in _distributions(ctx.summary):
        listed = {grade: len(items) for grade, items in dist.lists.items()}
        total = sum(listed.values())
        triples += [(listed[g], total, p.value) for g, p in dist.published_percent.items() if g in listed]
    return triples


def check_rounding_fit(ctx: Context) -> list[Finding]:
    triples = _percent_triples(ctx)
    if not triples:
        return []
    out = []
    rules = ctx.rules
    for mode in (rules.percent_rounding, *rules.rounding_alternatives):
        fits = sum(1 for part, whole, printed in triples if derive.percent(part, whole, rules.percent_decimals, mode) == printed)
        default = wording("default") if mode == rules.percent_rounding else ""
        out.append(
            _finding(
                "rounding-fit",
                wording("rounding-fit", mode=term("round", mode), default=default, decimals=rules.percent_decimals,
                        fits=fits, total=len(triples)),
                None,
                Derived(value=fits, rule=mode),
            )
        )
    return out
