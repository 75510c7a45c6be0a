"""The checks: each published figure against its re-derivation.

Three families. Internal arithmetic compares printed figures with one another
(row and column sums, a percentage with its count). Detail-against-summary
compares them with what the target rows imply. Rule fits are informational:
where the report does not say how it aggregated (a commitment's grade from its
targets), every rule of the grammar is tried and the reader sees which fits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from ..models.report import Report
from ..models.summary import Figure, GradeDistribution, Summary, TargetTable
from . import derive
from .derive import Scored
from .findings import Derived, Finding, Published, Severity
from .names import Resolver, default_resolver
from .rules import AggregationRule, AuditRules, rules_for
from .titles import contained, match_titles

_RANGE = regex.compile(r"(\d+(?:[.,]\d+)?)\s*[-–]\s*(\d+(?:[.,]\d+)?)")


@dataclass
class Context:
    report: Report
    summary: Summary
    rules: AuditRules
    rows: list[Scored]
    resolve: Resolver
    titles: dict[int, list[str]] = field(default_factory=dict)

    def commitment_ids(self) -> dict[int, str]:
        return {c.number: c.id for c in self.report.commitments}


def _finding(
    check: str,
    severity: Severity,
    message: str,
    published: Published | None = None,
    derived: Derived | None = None,
) -> Finding:
    return Finding(check=check, severity=severity, message=message, published=published, derived=derived)


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


def _fmt(value: float | None) -> str:
    if value is None:
        return "nothing"
    return f"{value:.1f}".rstrip("0").rstrip(".")


# -- tables 8 and 9: internal arithmetic ----------------------------------


def _label(table: TargetTable, *parts: str) -> str:
    return " > ".join([table.table.value, *parts])


def check_table_arithmetic(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    acc = ctx.rules.accumulated_column
    for kind, table in ctx.summary.target_admin_tables.items():
        lines = list(table.rows.items()) + [("Total", table.total)]
        for row_label, cells in lines:
            periods = [col for col in cells if col != acc]
            if acc not in cells or not periods:
                continue
            derived = sum(cells[col].value for col in periods)
            if derived != cells[acc].value:
                out.append(
                    _finding(
                        "table-row-sum",
                        "error",
                        f"{table.table.value} ({kind}), row {row_label}: {' + '.join(periods)} add up to "
                        f"{derived}, but {acc} prints {cells[acc].value}.",
                        Published.of(_label(table, row_label, acc), cells[acc]),
                        Derived(value=derived, rule=" + ".join(periods)),
                    )
                )
        for column, printed in table.total.items():
            parts = [cells[column].value for cells in table.rows.values() if column in cells]
            if not parts:
                continue
            derived = sum(parts)
            if derived != printed.value:
                out.append(
                    _finding(
                        "table-column-sum",
                        "error",
                        f"{table.table.value} ({kind}), column {column}: the rows add up to {derived}, "
                        f"but Total prints {printed.value}.",
                        Published.of(_label(table, "Total", column), printed),
                        Derived(value=derived, rule="sum of the rows"),
                    )
                )
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
            where = _label(table, f"{line.percent.value}% ({line.count.value})")
            if whole is not None:
                expected = derive.percent(line.count.value, whole.value, rules.percent_decimals, rules.percent_rounding)
                if expected != line.percent.value:
                    exact = derive.exact_percent(line.count.value, whole.value)
                    out.append(
                        _finding(
                            "percent-of-count",
                            "error",
                            f"{table.table.value} ({kind}): {line.count.value} of {whole.value} targets is "
                            f"{_fmt(exact)}%, printed as {line.percent.value}%.",
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
                        "error",
                        f"{table.table.value} ({kind}): the line on {line.grade.value} counts "
                        f"{line.count.value} targets, the table's {acc} column {row[1][acc].value}.",
                        Published.of(where, line.count),
                        Derived(value=row[1][acc].value, rule=f"{table.table.value} > {row[0]} > {acc}"),
                    )
                )
    return out


# -- figures 1 and 2, tables 1-6 ------------------------------------------


def _distributions(summary: Summary) -> list[tuple[str, GradeDistribution]]:
    return [("admin", summary.commitment_admin), ("cocreation", summary.commitment_cocreation)]


_DIST_NAME = {"admin": "administrative grades", "cocreation": "co-creation grades"}


def check_distribution_arithmetic(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    rules = ctx.rules
    stated = ctx.summary.stated_counts.get("commitments")
    for name, dist in _distributions(ctx.summary):
        if not dist.published_percent and not dist.lists:
            continue
        listed = {grade: len(items) for grade, items in dist.lists.items()}
        listed_total = sum(listed.values())
        counted_total = sum(f.value for f in dist.published_count.values())
        for grade, printed in dist.published_percent.items():
            label = f"{_DIST_NAME[name]} > {grade} > percent"
            if grade in listed:
                expected = derive.percent(listed[grade], listed_total, rules.percent_decimals, rules.percent_rounding)
                if expected != printed.value:
                    out.append(
                        _finding(
                            "pie-percent-list",
                            "error",
                            f"{printed.value}% of commitments are printed as {grade}, but the list of {grade} "
                            f"commitments holds {listed[grade]} of {listed_total} ({_fmt(derive.exact_percent(listed[grade], listed_total))}%).",
                            Published.of(label, printed),
                            Derived(value=expected, rule="list length / all list lengths"),
                        )
                    )
            count = dist.published_count.get(grade)
            whole = stated.value if stated is not None else counted_total
            if count is not None:
                expected = derive.percent(count.value, whole, rules.percent_decimals, rules.percent_rounding)
                if expected != printed.value:
                    out.append(
                        _finding(
                            "pie-percent-count",
                            "error",
                            f"{printed.value}% of commitments are printed as {grade}, but the text counts "
                            f"{count.value} of {whole} ({_fmt(derive.exact_percent(count.value, whole))}%).",
                            Published.of(label, printed),
                            Derived(value=expected, rule="stated count / stated commitments"),
                        )
                    )
        for grade, count in dist.published_count.items():
            if grade in listed and listed[grade] != count.value:
                out.append(
                    _finding(
                        "count-vs-list",
                        "error",
                        f"The text counts {count.value} {grade} commitments ({_DIST_NAME[name]}), "
                        f"but their list holds {listed[grade]}.",
                        Published.of(f"{_DIST_NAME[name]} > {grade} > count", count),
                        Derived(value=listed[grade], rule="length of the list"),
                    )
                )
        if stated is not None and dist.lists and listed_total != stated.value:
            out.append(
                _finding(
                    "lists-vs-stated",
                    "error",
                    f"The lists of {_DIST_NAME[name]} hold {listed_total} commitments, "
                    f"but the text states {stated.value}.",
                    Published.of("stated count > commitments", stated),
                    Derived(value=listed_total, rule="sum of the list lengths"),
                )
            )
    return out


def _published_grades(ctx: Context, name: str, dist: GradeDistribution) -> tuple[dict[int, str], list[Finding]]:
    """Commitment number to its published grade, from the lists; and the findings on the lists."""
    out: list[Finding] = []
    grades: dict[int, str] = {}
    seen: dict[int, str] = {}
    known = ctx.commitment_ids()
    for grade, items in dist.lists.items():
        canonical = ctx.rules.normalise_grade(grade) or grade
        numbers = match_titles([p.value for p in items], ctx.titles)
        for item, number in zip(items, numbers):
            label = f"list of {grade} commitments > {item.value}"
            if number is None:
                out.append(
                    _finding(
                        "list-title-unmatched",
                        "warning",
                        f"The listed title {item.value!r} ({grade}) names no commitment of the detail.",
                        Published.of(label, item),
                    )
                )
                continue
            if number in seen:
                out.append(
                    _finding(
                        "list-duplicate",
                        "error",
                        f"Commitment {number} is listed both as {seen[number]} and as {grade}.",
                        Published.of(label, item),
                        Derived(value=number, record_ids=[known.get(number, str(number))]),
                    )
                )
                continue
            seen[number] = grade
            grades[number] = canonical
            if not contained(item.value, ctx.titles.get(number, [])):
                best = ctx.titles.get(number, [""])[0]
                out.append(
                    _finding(
                        "list-title-differs",
                        "info",
                        f"The title listed under {grade}, {item.value!r}, differs from commitment {number}'s title {best!r}.",
                        Published.of(label, item),
                        Derived(value=best, record_ids=[known.get(number, str(number))]),
                    )
                )
    if dist.lists:
        for number, cid in sorted(known.items()):
            if number not in grades and number not in seen:
                out.append(
                    _finding(
                        "list-missing",
                        "error",
                        f"Commitment {number} is in none of the lists of {_DIST_NAME[name]}.",
                        None,
                        Derived(value=number, record_ids=[cid]),
                    )
                )
    return grades, out


Aggregator = Callable[[list[Scored], AggregationRule, AuditRules], derive.Aggregate]


def check_commitment_grades(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    per_commitment = derive.by_commitment(ctx.rows)
    known = ctx.commitment_ids()
    specs: list[tuple[str, GradeDistribution, Aggregator, str]] = [
        ("admin", ctx.summary.commitment_admin, derive.admin_grade, "commitment-grade"),
        ("cocreation", ctx.summary.commitment_cocreation, derive.cocreation_grade, "cocreation-grade"),
    ]
    for name, dist, aggregate, check in specs:
        if not dist.lists:
            continue
        published, list_findings = _published_grades(ctx, name, dist)
        out.extend(list_findings)
        grade_rules = ctx.rules.admin if name == "admin" else ctx.rules.cocreation
        for rule in grade_rules.rules:
            results = {n: aggregate(per_commitment.get(n, []), rule, ctx.rules) for n in published}
            hits = sorted(n for n, g in published.items() if results[n].grade == g)
            misses = sorted(set(published) - set(hits))
            is_default = rule.id == grade_rules.default
            out.append(
                _finding(
                    "grade-rule-fit",
                    "info",
                    f"Rule {rule.id!r} ({rule.describe()}){' [default]' if is_default else ''} reproduces "
                    f"{len(hits)} of {len(published)} published {_DIST_NAME[name]}"
                    + (f"; misses commitments {', '.join(map(str, misses))}." if misses else "."),
                    None,
                    Derived(value=len(hits), record_ids=[known.get(n, str(n)) for n in hits], rule=rule.id),
                )
            )
            if not is_default:
                continue
            for number in misses:
                result = results[number]
                out.append(
                    _finding(
                        check,
                        "warning",
                        f"Commitment {number} is published as {published[number]}, but the "
                        f"{rule.describe()} of its targets is {_fmt(result.value)}, which grades "
                        f"{result.grade or 'nothing'}.",
                        Published(label=f"{_DIST_NAME[name]} > commitment {number}", value=published[number],
                                  pieces=_list_pieces(dist, number, ctx)),
                        Derived(value=result.grade, target_ids=list(result.target_ids), rule=rule.id,
                                record_ids=[known.get(number, str(number))]),
                    )
                )
    return out


def _list_pieces(dist: GradeDistribution, number: int, ctx: Context) -> list[Any]:
    for items in dist.lists.values():
        numbers = match_titles([p.value for p in items], ctx.titles)
        for item, found in zip(items, numbers):
            if found == number:
                return list(item.pieces)
    return []


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
                        "warning",
                        f"{table.table.value}: the row {label!r} matches no grade of the grammar.",
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
                what = f"{kind} targets graded {grade}" if grade else f"{kind} targets in total"
                out.append(
                    _finding(
                        "table-cell",
                        "error",
                        f"{table.table.value} prints {printed.value} {what} in column {column}; "
                        f"the detail has {len(ids)}.",
                        Published.of(_label(table, label, column), printed),
                        Derived(value=len(ids), target_ids=ids, rule=f"'-' counted as {not_assessed_as}"),
                    )
                )
        whole = cells.get((None, rules.accumulated_column), [])
        for line in table.published_percent:
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
                        "error",
                        f"{table.table.value} ({kind}) states {line.count.value} {line.grade.value} targets; "
                        f"the detail has {len(ids)}.",
                        Published.of(where, line.count),
                        Derived(value=len(ids), target_ids=ids, rule=f"'-' counted as {not_assessed_as}"),
                    )
                )
            expected = derive.percent(len(ids), len(whole), rules.percent_decimals, rules.percent_rounding)
            if expected == line.percent.value:
                hits += 1
            else:
                out.append(
                    _finding(
                        "percent-line-detail",
                        "error",
                        f"{table.table.value} ({kind}) states {line.percent.value}% {line.grade.value}; the "
                        f"detail gives {len(ids)} of {len(whole)} targets ({_fmt(derive.exact_percent(len(ids), len(whole)))}%).",
                        Published.of(where, line.percent),
                        Derived(value=expected, target_ids=ids, rule=f"'-' counted as {not_assessed_as}"),
                    )
                )
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
        out.append(
            _finding(
                "table-rule-fit",
                "info",
                f"Counting '-' scores as {choice}{' [default]' if is_default else ''} reproduces {n} of {m} "
                f"target counts of the tables and their percentage lines.",
                None,
                Derived(value=n, rule=f"'-' counted as {choice}"),
            )
        )
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
        default = " [default]" if mode == rules.percent_rounding else ""
        out.append(
            _finding(
                "rounding-fit",
                "info",
                f"Rounding {mode}{default} to {rules.percent_decimals} decimals reproduces {fits} of "
                f"{len(triples)} printed percentages from their counts.",
                None,
                Derived(value=fits, rule=mode),
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
        rule = ctx.rules.stated.get(key)
        label = f"stated count > {key}"
        if rule is None or rule.derive == "none":
            out.append(
                _finding(
                    "stated-not-derivable",
                    "info",
                    f"The stated count {key} = {printed.value} cannot be re-derived from the detail.",
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
            if tables_total and sum(tables_total) != printed.value:
                out.append(
                    _finding(
                        "stated-vs-tables",
                        "error",
                        f"The text states {printed.value} targets worked, but the tables' totals add up to {sum(tables_total)}.",
                        Published.of(label, printed),
                        Derived(value=sum(tables_total), rule="sum of the tables' accumulated totals"),
                    )
                )
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
                    "warning",
                    f"The text states {printed.value} {key}; counted in the detail as "
                    f"{_counted_as(rule.derive, rule.kind)}, there are {derived_value}.",
                    Published.of(label, printed),
                    derived,
                )
            )
    return out


# -- table 7 ---------------------------------------------------------------


def check_table7(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    rows = ctx.summary.commitment_implementers
    if not rows:
        return out
    detail = derive.detail_implementers(ctx.rows)
    known = ctx.commitment_ids()
    titles = {c.number: c.title or "" for c in ctx.report.commitments}
    listed_numbers = {row.number.value for row in rows}
    for number in sorted(set(known) - listed_numbers):
        out.append(
            _finding(
                "table7-commitment-missing",
                "error",
                f"Commitment {number} of the detail is not in the table of commitments and implementers.",
                None,
                Derived(value=number, record_ids=[known[number]]),
            )
        )
    for row in rows:
        number = row.number.value
        label = f"commitments and implementers > {number}"
        if number not in known:
            out.append(
                _finding(
                    "table7-commitment-missing",
                    "error",
                    f"Commitment {number} of the table of commitments and implementers is not in the detail.",
                    Published.of(label, row.number),
                )
            )
            continue
        title = titles.get(number, "")
        if title and not (contained(row.title.value, [title]) or contained(title, [row.title.value])):
            out.append(
                _finding(
                    "table7-title",
                    "info",
                    f"Commitment {number} is titled {row.title.value!r} in the table and {title!r} in the detail.",
                    Published.of(f"{label} > title", row.title),
                    Derived(value=title, record_ids=[known[number]]),
                )
            )
        listed: dict[str, Any] = {}
        for name in row.implementers:
            resolution = ctx.resolve(name.value)
            if resolution.status != "matched" or not resolution.id:
                out.append(
                    _finding(
                        "table7-unresolved",
                        "warning",
                        f"The implementer {name.value!r} of commitment {number} matches no known implementer.",
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
                        "warning",
                        f"{name.value!r} ({imp_id}) is listed for commitment {number} but has no target rows in its detail.",
                        Published.of(f"{label} > implementer", name),
                        Derived(value=None, record_ids=[imp_id]),
                    )
                )
        for imp_id, ids in sorted(in_detail.items()):
            if imp_id not in listed:
                out.append(
                    _finding(
                        "detail-not-in-table7",
                        "warning",
                        f"{imp_id} has target rows in commitment {number} but is not listed for it in the table.",
                        Published(label=f"{label} > implementers", value=", ".join(n.value for n in row.implementers),
                                  pieces=[p for n in row.implementers for p in n.pieces]),
                        Derived(value=imp_id, target_ids=ids, record_ids=[imp_id]),
                    )
                )
    return out


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
                    "warning",
                    f"The printed scale grades {step.range.value} as {step.grade.value}, which the grammar's "
                    f"scale does not: the audit grades scores by the grammar.",
                    Published.of("score scale", step.range),
                    Derived(value=f"{expected.min:g}-{expected.max:g}" if expected and expected.max is not None else None),
                )
            )
    if ctx.summary.score_scale:
        for grade in sorted(set(grammar) - printed_grades):
            out.append(
                _finding(
                    "score-scale",
                    "warning",
                    f"The grammar's grade {grade} is not on the printed scale.",
                    Published(label="score scale"),
                    Derived(value=grade),
                )
            )
    return out


# -- running ---------------------------------------------------------------

CHECKS: tuple[Callable[[Context], list[Finding]], ...] = (
    check_table_arithmetic,
    check_percent_lines,
    check_distribution_arithmetic,
    check_rounding_fit,
    check_stated_counts,
    check_score_scale,
    check_tables_against_detail,
    check_commitment_grades,
    check_table7,
)


def _titles(report: Report, summary: Summary) -> dict[int, list[str]]:
    titles: dict[int, list[str]] = {c.number: [c.title or ""] for c in report.commitments}
    for row in summary.commitment_implementers:
        if row.number.value in titles:
            titles[row.number.value].append(row.title.value)
    return titles


def audit(
    report: Report,
    *,
    summary: Summary | None = None,
    grammar: str | Path | dict[str, Any] | AuditRules | None = None,
    resolve: Resolver | None = None,
) -> list[Finding]:
    """Every finding on the report's front matter, in check order.

    `summary` defaults to the report's own; `grammar` to the one the report was
    parsed with; `resolve` to the project's name matcher.
    """
    summary = summary if summary is not None else report.summary
    rules = rules_for(report, grammar)
    if summary is None:
        return [_finding("summary-missing", "warning", "The report has no front matter to audit.")]
    ctx = Context(
        report=report,
        summary=summary,
        rules=rules,
        rows=derive.scored_targets(report, rules),
        resolve=resolve or default_resolver(report),
        titles=_titles(report, summary),
    )
    findings: list[Finding] = []
    for check in CHECKS:
        findings.extend(check(ctx))
    return findings

