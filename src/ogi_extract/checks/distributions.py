"""Checks of the grade distributions (figures 1 and 2, tables 1-6): sums, lists, and each commitment's grade."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..models.summary import GradeDistribution, Summary
from . import derive
from .context import Context, _finding, _round, tagged, term
from .derive import ScoredTarget
from .findings import Derived, Finding, Published, Wording, wording
from .rules import AggregationRule, AuditRules
from .titles import contained, match_titles


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
        start = len(out)
        listed = {grade: len(items) for grade, items in dist.lists.items()}
        listed_total = sum(listed.values())
        counted_total = sum(f.value for f in dist.published_count.values())
        for grade, printed in dist.published_percent.items():
            first = len(out)
            label = f"{_DIST_NAME[name]} > {grade} > percent"
            if grade in listed:
                expected = derive.percent(listed[grade], listed_total, rules.percent_decimals, rules.percent_rounding)
                if expected != printed.value:
                    out.append(
                        _finding(
                            "pie-percent-list",
                            wording("pie-percent-list", printed=printed.value, grade=grade, listed=listed[grade],
                                    total=listed_total, exact=_round(derive.exact_percent(listed[grade], listed_total))),
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
                            wording("pie-percent-count", printed=printed.value, grade=grade, count=count.value,
                                    whole=whole, exact=_round(derive.exact_percent(count.value, whole))),
                            Published.of(label, printed),
                            Derived(value=expected, rule="stated count / stated commitments"),
                        )
                    )
            tagged(out[first:], grade=grade)
        for grade, count in dist.published_count.items():
            if grade in listed and listed[grade] != count.value:
                out.append(
                    _finding(
                        "count-vs-list",
                        wording("count-vs-list", count=count.value, grade=grade, dist=term("dist", name),
                                listed=listed[grade]),
                        Published.of(f"{_DIST_NAME[name]} > {grade} > count", count),
                        Derived(value=listed[grade], rule="length of the list"),
                    )
                )
                tagged(out[-1:], grade=grade)
        if stated is not None and dist.lists and listed_total != stated.value:
            out.append(
                _finding(
                    "lists-vs-stated",
                    wording("lists-vs-stated", dist=term("dist", name), listed=listed_total, stated=stated.value),
                    Published.of("stated count > commitments", stated),
                    Derived(value=listed_total, rule="sum of the list lengths"),
                )
            )
        tagged(out[start:], dist=name)
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
                        wording("list-title-unmatched", title=item.value, grade=grade),
                        Published.of(label, item),
                    )
                )
                continue
            if number in seen:
                out.append(
                    _finding(
                        "list-duplicate",
                        wording("list-duplicate", number=number, first=seen[number], grade=grade),
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
                        wording("list-title-differs", grade=grade, title=item.value, number=number, known=best),
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
                        wording("list-missing", number=number, dist=term("dist", name)),
                        None,
                        Derived(value=number, record_ids=[cid]),
                    )
                )
    return grades, out


Aggregator = Callable[[list[ScoredTarget], AggregationRule, AuditRules], derive.Aggregate]


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
        out.extend(tagged(list_findings, dist=name))
        grade_rules = ctx.rules.admin if name == "admin" else ctx.rules.cocreation
        for rule in grade_rules.rules:
            results = {n: aggregate(per_commitment.get(n, []), rule, ctx.rules) for n in published}
            hits = sorted(n for n, g in published.items() if results[n].grade == g)
            misses = sorted(set(published) - set(hits))
            is_default = rule.id == grade_rules.default
            out.append(
                _finding(
                    "grade-rule-fit",
                    wording("grade-rule-fit.misses" if misses else "grade-rule-fit", rule=rule.id, how=_how(rule),
                            default=wording("default") if is_default else "", fits=len(hits), total=len(published),
                            dist=term("dist", name), **({"misses": misses} if misses else {})),
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
                        _grade_words(number, published[number], rule, result),
                        Published(label=f"{_DIST_NAME[name]} > commitment {number}", value=published[number],
                                  pieces=_list_pieces(dist, number, ctx)),
                        Derived(value=result.grade, target_ids=list(result.target_ids), rule=rule.id,
                                record_ids=[known.get(number, str(number))]),
                    )
                )
                tagged(out[-1:], dist=name, commitment=number, grade=published[number])
    return out


def _how(rule: AggregationRule) -> Wording | str:
    """`rule.describe()` from the message catalogue: the statistic, then each filter around it."""
    how: Wording | str = (
        wording("how.share", grade=rule.share_grade)
        if rule.statistic == "share" and rule.share_grade
        else term("how", rule.statistic)
    )
    if rule.na_value is not None:
        how = wording("how.na", what=how, na=rule.na_value if rule.na_value % 1 else int(rule.na_value))
    if rule.kinds:
        how = wording("how.kinds", what=how, kinds="/".join(rule.kinds))
    if rule.latest_period:
        how = wording("how.latest", what=how)
    return how


def _grade_words(number: int, published: str, rule: AggregationRule, result: derive.Aggregate) -> Wording:
    """Why a commitment's published grade is not the one its targets give."""
    if result.value is None:
        return wording("grade.no-value", number=number, published=published, how=_how(rule))
    value = _round(result.value)
    if result.grade is None:
        return wording("grade.ungraded", number=number, published=published, how=_how(rule), value=value)
    return wording("grade.differs", number=number, published=published, how=_how(rule), value=value,
                   grade=result.grade)


def _list_pieces(dist: GradeDistribution, number: int, ctx: Context) -> list[Any]:
    for items in dist.lists.values():
        numbers = match_titles([p.value for p in items], ctx.titles)
        for item, found in zip(items, numbers):
            if found == number:
                return list(item.pieces)
    return []
