"""Checks of the summary tables and the counts stated in the text against the detail records."""

from __future__ import annotations

from ..models.summary import Figure
from . import derive
from .arithmetic import _label
from .context import Context, _finding, _round, tagged, term
from .findings import Derived, Finding, Published, Wording, wording
from .incomplete import TABLE7, TABLES

# What each derivation of a stated count counts, in words (the grammar's `[audit.stated]`).
_DERIVED_AS = {
    "commitments": "commitments",
    "assessed_targets": "target rows with a score",
    "listed_implementers": "implementers listed for the commitments",
    "active_implementers": "implementers with at least one target row",
}
_KIND_WORDS = {"K/L": "ministries and agencies (K/L)", "OMS": "civil-society organisations (OMS)"}


def _counted_as(derivation: str, kind: str | None) -> str:
    words = _DERIVED_AS.get(derivation, derivation.replace("_", " "))
    return f"{words}, {_KIND_WORDS.get(kind, kind)} only" if kind else words


def _counted_words(derivation: str, kind: str | None) -> Wording | str:
    """`_counted_as` from the message catalogue, to say in either language."""
    what = term("counted", derivation)
    return wording("counted.kind", what=what, kind=term("kind", kind)) if kind else what


def _stated_words(key: str, value: int) -> Wording | str:
    """A stated count whose words were not kept (a summary built, not read): "21 ministries and agencies",
    from the catalogue; a key it does not know as "key = 21"."""
    what = term("stated", key)
    return wording("stated.figure", n=value, what=what) if isinstance(what, Wording) else f"{key} = {value}"


# -- tables 8 and 9 against the detail -------------------------------------


def _compare_tables(ctx: Context, not_assessed_as: str) -> tuple[int, int, list[Finding]]:
    """(cells reproduced, cells compared, findings) for one reading of "-" scores."""
    out: list[Finding] = []
    hits = compared = 0
    rules = ctx.rules
    for kind, table in ctx.summary.target_admin_tables.items():
        cells = derive.table_cells(ctx.rows, kind, rules, not_assessed_as)
        lines: list[tuple[str, str | None, dict[str, Figure]]] = [
            (label, rules.row_grade(label), row) for label, row in table.rows.items()
        ]
        lines.append(("Total", None, table.total))
        for label, grade, row in lines:
            if grade is None and label != "Total":
                out.append(
                    _finding(
                        "table-row-unknown",
                        wording("table-row-unknown", table=table.table.value, row=label),
                        Published(label=_label(table, label)),
                    )
                )
                continue
            for column, printed in row.items():
                ids = cells.get((grade, column), [])
                compared += 1
                if len(ids) == printed.value:
                    hits += 1
                    continue
                out.append(
                    _finding(
                        "table-cell",
                        wording(f"table-cell.{'grade' if grade else 'total'}", table=table.table.value,
                                printed=printed.value, kind=kind, **({"grade": grade} if grade else {}),
                                column=column, derived=len(ids)),
                        Published.of(_label(table, label, column), printed),
                        Derived(value=len(ids), target_ids=ids, rule=f"'-' counted as {not_assessed_as}"),
                    )
                )
                tagged(out[-1:], table=table.table.value, row=label, column=column)
        whole = cells.get((None, rules.accumulated_column), [])
        for line in table.published_percent:
            first = len(out)
            grade = rules.normalise_grade(line.grade.value)
            ids = cells.get((grade, rules.accumulated_column), [])
            where = _label(table, f"{line.percent.value}% ({line.count.value})")
            compared += 2
            if len(ids) == line.count.value:
                hits += 1
            else:
                out.append(
                    _finding(
                        "percent-line-detail",
                        wording("percent-line-detail.count", table=table.table.value, kind=kind,
                                count=line.count.value, grade=line.grade.value, derived=len(ids)),
                        Published.of(where, line.count),
                        Derived(value=len(ids), target_ids=ids, rule=f"'-' counted as {not_assessed_as}"),
                    )
                )
                tagged(out[-1:], figure="count")
            expected = derive.percent(len(ids), len(whole), rules.percent_decimals, rules.percent_rounding)
            if expected == line.percent.value:
                hits += 1
            else:
                out.append(
                    _finding(
                        "percent-line-detail",
                        wording("percent-line-detail.percent", table=table.table.value, kind=kind,
                                percent=line.percent.value, grade=line.grade.value, derived=len(ids), whole=len(whole),
                                exact=_round(derive.exact_percent(len(ids), len(whole)))),
                        Published.of(where, line.percent),
                        Derived(value=expected, target_ids=ids, rule=f"'-' counted as {not_assessed_as}"),
                    )
                )
                tagged(out[-1:], figure="percent")
            tagged(out[first:], table=table.table.value, grade=grade)
    return hits, compared, out


def check_tables_against_detail(ctx: Context) -> list[Finding]:
    if not ctx.summary.target_admin_tables:
        return []
    default = ctx.rules.not_assessed_counts_as
    hits, compared, out = _compare_tables(ctx, default)
    fits = [(default, hits, compared, True)]
    for alternative in ctx.rules.not_assessed_alternatives:
        alt_hits, alt_compared, _ = _compare_tables(ctx, alternative)
        fits.append((alternative, alt_hits, alt_compared, False))
    for choice, n, m, is_default in fits:
        mark = wording("default") if is_default else ""
        out.append(
            _finding(
                "table-rule-fit",
                wording("table-rule-fit.none", default=mark, fits=n, total=m)
                if choice == "none"
                else wording("table-rule-fit", choice=choice, default=mark, fits=n, total=m),
                None,
                Derived(value=n, rule=f"'-' counted as {choice}"),
            )
        )
    return out


# -- counts stated in the text ---------------------------------------------


def _listed_by_kind(ctx: Context, kind: str) -> list[str]:
    ids: set[str] = set()
    for row in ctx.summary.commitment_implementers:
        for name in row.implementers:
            resolution = ctx.resolve(name.value)
            if resolution.status == "matched" and resolution.kind == kind and resolution.id:
                ids.add(resolution.id)
    return sorted(ids)


def check_stated_counts(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    acc = ctx.rules.accumulated_column
    for key, printed in ctx.summary.stated_counts.items():
        first = len(out)
        rule = ctx.rules.stated.get(key)
        label = f"stated count > {key}"
        if rule is None or rule.derive == "none":
            out.append(
                _finding(
                    "stated-not-derivable",
                    wording("stated-not-derivable", stated=printed.raw)
                    if printed.raw
                    else wording("stated-not-derivable.figure", stated=_stated_words(key, printed.value)),
                    Published.of(label, printed),
                )
            )
            continue
        derived_value: int
        derived = Derived(rule=_counted_as(rule.derive, rule.kind))
        if rule.derive == "commitments":
            derived.record_ids = [c.id for c in ctx.report.commitments]
            derived_value = len(derived.record_ids)
        elif rule.derive == "assessed_targets":
            derived.target_ids = [r.id for r in derive.assessed(ctx.rows)]
            derived_value = len(derived.target_ids)
            tables_total = [t.total[acc].value for t in ctx.summary.target_admin_tables.values() if acc in t.total]
            if tables_total and TABLES not in ctx.partial and sum(tables_total) != printed.value:
                out.append(
                    _finding(
                        "stated-vs-tables",
                        wording("stated-vs-tables", printed=printed.value, derived=sum(tables_total)),
                        Published.of(label, printed),
                        Derived(value=sum(tables_total), rule="sum of the tables' accumulated totals"),
                    )
                )
        elif rule.derive == "listed_implementers" and TABLE7 in ctx.partial:
            continue  # a row of table 7 read in part: said once by `incomplete`
        elif rule.derive == "listed_implementers":
            derived.record_ids = _listed_by_kind(ctx, rule.kind or "")
            derived_value = len(derived.record_ids)
        else:
            active = derive.active_implementers(ctx.rows, rule.kind or "")
            derived.record_ids = sorted(active)
            derived.target_ids = sorted(i for ids in active.values() for i in ids)
            derived_value = len(active)
        derived.value = derived_value
        if derived_value != printed.value:
            out.append(
                _finding(
                    "stated-count",
                    wording("stated-count" if printed.raw else "stated-count.figure",
                            stated=printed.raw or _stated_words(key, printed.value),
                            counted=_counted_words(rule.derive, rule.kind), derived=derived_value),
                    Published.of(label, printed),
                    derived,
                )
            )
        tagged(out[first:], derive=rule.derive, kind=rule.kind)
    return out
