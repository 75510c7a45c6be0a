"""What the front matter should have printed, given the detail records.

`expected_summary` takes a published summary as a template (its tables, row
labels, columns and lists name the figures) and replaces every figure it can
re-derive by the re-derived value, under the grammar's default rules. Auditing
the result against the same report must find nothing but information, which is
how the checks are tested; it also shows a reader the corrected front matter.
"""

from __future__ import annotations

from ..models.report import Report
from ..models.summary import (
    CommitmentImplementers,
    Figure,
    GradeDistribution,
    PercentLine,
    Phrase,
    Summary,
    TargetTable,
)
from . import derive
from .derive import ScoredTarget
from .names import Resolver, default_resolver
from .rules import AuditRules
from .titles import match_titles


def expected_summary(
    report: Report, rules: AuditRules, template: Summary, resolve: Resolver | None = None
) -> Summary:
    resolve = resolve or default_resolver(report)
    rows = derive.scored_targets(report, rules)
    implementers = _implementers(report, template, rows, resolve)
    summary = Summary(
        stated_counts={},
        commitment_admin=_distribution(report, rules, template, template.commitment_admin, rows, "admin"),
        commitment_cocreation=_distribution(
            report, rules, template, template.commitment_cocreation, rows, "cocreation"
        ),
        commitment_implementers=implementers,
        score_scale=[step.model_copy(deep=True) for step in template.score_scale],
        cocreation_scale=[p.model_copy(deep=True) for p in template.cocreation_scale],
        target_admin_tables={
            kind: _table(kind, table, rows, rules) for kind, table in template.target_admin_tables.items()
        },
    )
    summary.stated_counts = _stated(report, rules, template, summary, rows, resolve)
    return summary


def _table(kind: str, template: TargetTable, rows: list[ScoredTarget], rules: AuditRules) -> TargetTable:
    cells = derive.table_cells(rows, kind, rules, rules.not_assessed_counts_as)
    acc = rules.accumulated_column

    def count(grade: str | None, column: str) -> Figure:
        return Figure(value=len(cells.get((grade, column), [])))

    table_rows = {
        label: {column: count(rules.row_grade(label), column) for column in columns}
        for label, columns in template.rows.items()
    }
    total = {column: count(None, column) for column in template.total}
    whole = len(cells.get((None, acc), []))
    lines = []
    for line in template.published_percent:
        n = len(cells.get((rules.normalise_grade(line.grade.value), acc), []))
        pct = derive.percent(n, whole, rules.percent_decimals, rules.percent_rounding)
        lines.append(PercentLine(grade=line.grade, percent=Figure(value=int(pct or 0)), count=Figure(value=n)))
    return TargetTable(table=template.table, rows=table_rows, total=total, published_percent=lines)


def _distribution(
    report: Report,
    rules: AuditRules,
    template: Summary,
    dist: GradeDistribution,
    rows: list[ScoredTarget],
    name: str,
) -> GradeDistribution:
    grade_rules = rules.admin if name == "admin" else rules.cocreation
    rule = grade_rules.rule(grade_rules.default)
    aggregate = derive.admin_grade if name == "admin" else derive.cocreation_grade
    per_commitment = derive.by_commitment(rows)
    titles = _printed_titles(report, template, dist, rules)
    keys = list(dist.lists) or list(dist.published_percent)
    lists: dict[str, list[Phrase]] = {key: [] for key in keys}
    for commitment in report.commitments:
        grade = aggregate(per_commitment.get(commitment.number, []), rule, rules).grade
        for key in keys:
            if grade is not None and (rules.normalise_grade(key) or key) == grade:
                lists[key].append(Phrase(value=titles[commitment.number]))
    total = sum(len(items) for items in lists.values())
    percents = {
        key: Figure(value=int(derive.percent(len(lists[key]), total, rules.percent_decimals, rules.percent_rounding) or 0))
        for key in dist.published_percent
    }
    counts = {key: Figure(value=len(lists[key])) for key in dist.published_count}
    return GradeDistribution(published_percent=percents, published_count=counts, lists=lists)


def _printed_titles(report: Report, template: Summary, dist: GradeDistribution, rules: AuditRules) -> dict[int, str]:
    """Each commitment's title as the template's lists print it, else as the detail does."""
    candidates = {c.number: [c.title or ""] for c in report.commitments}
    titles = {c.number: c.title or "" for c in report.commitments}
    entries = [item.value for items in dist.lists.values() for item in items]
    for entry, number in zip(entries, match_titles(entries, candidates)):
        if number is not None:
            titles[number] = entry
    return titles


def _implementers(
    report: Report, template: Summary, rows: list[ScoredTarget], resolve: Resolver
) -> list[CommitmentImplementers]:
    detail = derive.detail_implementers(rows)
    headings: dict[str, str] = {}
    for commitment in report.commitments:
        for block in commitment.blocks:
            if block.implementer_match and block.implementer_match.id and block.implementer:
                headings.setdefault(block.implementer_match.id, block.implementer)
    printed = {row.number.value: row for row in template.commitment_implementers}
    out = []
    for commitment in report.commitments:
        ids = list(detail.get(commitment.number, {}))
        row = printed.get(commitment.number)
        names: list[Phrase] = []
        kept: set[str] = set()
        for name in row.implementers if row else []:
            resolved = resolve(name.value).id
            if resolved in ids and resolved not in kept:
                names.append(Phrase(value=name.value))
                kept.add(resolved)
        names += [Phrase(value=headings[i]) for i in ids if i not in kept]
        title = row.title.value if row else commitment.title or ""
        out.append(
            CommitmentImplementers(number=Figure(value=commitment.number), title=Phrase(value=title), implementers=names)
        )
    return out


def _stated(
    report: Report,
    rules: AuditRules,
    template: Summary,
    summary: Summary,
    rows: list[ScoredTarget],
    resolve: Resolver,
) -> dict[str, Figure]:
    out: dict[str, Figure] = {}
    for key, printed in template.stated_counts.items():
        rule = rules.stated.get(key)
        derivation = rule.derive if rule else "none"
        kind = rule.kind if rule else None
        if derivation == "commitments":
            value = len(report.commitments)
        elif derivation == "assessed_targets":
            value = len(derive.assessed(rows))
        elif derivation == "listed_implementers":
            value = len(
                {
                    r.id
                    for row in summary.commitment_implementers
                    for name in row.implementers
                    if (r := resolve(name.value)).kind == kind and r.id
                }
            )
        elif derivation == "active_implementers":
            value = len(derive.active_implementers(rows, kind or ""))
        else:
            value = printed.value
        out[key] = Figure(value=value)
    return out
