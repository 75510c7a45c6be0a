"""One finding per cause: findings that follow from the same discrepancy are linked to its root.

One misread or short grade list makes the text's count disagree with the list,
every pie percentage of its chart disagree with the list lengths, the lists
disagree with the stated number of commitments, and each commitment it lacks
appear "in none of the lists": a dozen alarms and one cause. `link` gives every
finding an id (F1, F2, ... in check order) and points each consequence at its
root (`Finding.caused_by`), so every format shows the root as one item with its
consequences beneath it.

Each rule below states the arithmetic that makes one finding follow from
another; a finding that a rule cannot account for in full stays a root of its
own, so a second, independent discrepancy is never hidden under the first:

* `same_figure`: several checks on one printed number (a pie wedge against its
  list and its count; a percent line against its count and the detail).
* `table_detail`: a cell of tables 8/9 per grade and period that differs from
  the detail; the row's accumulated cell, the column's total and the percent
  lines differ by exactly the sum of those differences.
* `table_sums`: a changed cell breaks its row's sum and its column's sum.
* `detail_unread`: target rows the audit cannot count (a block naming no
  known implementer, a score that cannot be read) leave table cells of their
  period short by as many rows, their commitment's grades ungraded and the
  counts of targets and active implementers short.
* `stated_targets`: the stated number of targets worked, equal to the tables'
  totals, differs from the detail exactly as the totals do.
* `stated_commitments`: a wrong number of commitments stated in the text makes
  both distributions' lists disagree with it.
* `grade_lists`: a grade list longer or shorter than its count: the pie
  percentages, the lists' total, the commitments missing from the lists and a
  commitment whose published grade is the too-long list's.
* `table7_names`: an implementer of table 7 that resolves to nothing leaves the
  detail's implementer of that commitment "not listed", and the count of
  listed implementers short.
* `table7_unlisted`: implementers with target rows that table 7 lists nowhere
  leave the count of listed implementers of their kind short by as many.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .catalogue import SEVERITY_RANK
from .context import TOTAL_ROW, Context
from .findings import Finding
from .names import fold

Rule = Callable[[list[Finding], Context], None]


def link(findings: list[Finding], ctx: Context | None) -> list[Finding]:
    """Number the findings and link each consequence to its root (no context: no summary, nothing
    to link); returns the same list."""
    for n, f in enumerate(findings, 1):
        f.id = f"F{n}"
        f.caused_by = None
    for rule in RULES if ctx is not None else ():
        rule(findings, ctx)
    for f in findings:
        f.about.clear()  # what linked them is no part of the record: a finding read back from JSON is equal
    return findings


def root_of(finding: Finding, findings: Sequence[Finding]) -> Finding:
    by_id = {f.id: f for f in findings}
    seen = {finding.id}
    while finding.caused_by and finding.caused_by in by_id and finding.caused_by not in seen:
        finding = by_id[finding.caused_by]
        seen.add(finding.id)
    return finding


def _attach(root: Finding, consequences: Sequence[Finding], findings: Sequence[Finding]) -> None:
    """`consequences` (and what already hangs under them) under `root`'s root; never a cycle."""
    top = root_of(root, findings)
    for c in consequences:
        c_top = root_of(c, findings)
        if c_top is top:
            continue
        old = c_top.id
        c_top.caused_by = top.id
        for f in findings:
            if f.caused_by == old:
                f.caused_by = top.id


def _of(findings: Sequence[Finding], *checks: str, **about: object) -> list[Finding]:
    return [f for f in findings if f.check in checks and all(f.about.get(k) == v for k, v in about.items())]


def _delta(f: Finding) -> int | None:
    """Printed minus derived, for a finding on a count."""
    if f.published is None or f.derived is None:
        return None
    if isinstance(f.published.value, int) and isinstance(f.derived.value, int):
        return f.published.value - f.derived.value
    return None


# -- the rules, in the order they apply ----------------------------------------


_ONE_FIGURE = frozenset(
    {"pie-percent-list", "pie-percent-count", "percent-of-count", "percent-line-detail", "percent-count-vs-table",
     "stated-vs-tables", "stated-count"}
)


def same_figure(findings: list[Finding], ctx: Context) -> None:
    """Checks on one printed number (same label, same printed value) are one item."""
    first: dict[tuple[str, str], Finding] = {}
    for f in findings:
        if f.check not in _ONE_FIGURE or f.published is None or not f.published.pieces and f.published.value is None:
            continue
        key = (f.published.label, repr(f.published.value))
        if key in first:
            _attach(first[key], [f], findings)
        else:
            first[key] = f


def table_detail(findings: list[Finding], ctx: Context) -> None:
    """Tables 8/9 against the detail: the grade-period cells are the causes, totals and percent lines follow."""
    acc = ctx.rules.accumulated_column
    for table in ctx.summary.target_admin_tables.values():
        name = table.table.value
        cells = {(f.about["row"], f.about["column"]): f for f in _of(findings, "table-cell", table=name)}
        roots = {k: f for k, f in cells.items() if k[0] != TOTAL_ROW and k[1] != acc and _delta(f) is not None}

        def delta(key: tuple[str, str]) -> int:
            found = cells.get(key)
            return (_delta(found) or 0) if found is not None else 0

        row_sums = {f.about["row"]: _delta(f) or 0 for f in _of(findings, "table-row-sum", table=name)}
        column_sums = {f.about["column"]: _delta(f) or 0 for f in _of(findings, "table-column-sum", table=name)}

        def follows(key: tuple[str, str], parts: list[tuple[str, str]], printed: int) -> None:
            """The cell `key` under a root of `parts` when it differs from the detail by exactly their
            differences plus `printed`, what its own line fails to add up by in print (a total is the
            sum of its rows in the detail, always); the root that differs as much as it does first."""
            contributing = [roots[p] for p in parts if p in roots]
            if key in cells and contributing and delta(key) == printed + sum(delta(p) for p in parts if p in roots):
                same = [r for r in contributing if _delta(r) == delta(key)]
                _attach((same or contributing)[0], [cells[key]], findings)

        rows = sorted({r for r, _ in roots})
        columns = sorted({c for _, c in roots})
        for row in rows:
            follows((row, acc), [(row, c) for c in columns], row_sums.get(row, 0))
        for column in columns:
            follows((TOTAL_ROW, column), [(r, column) for r in rows], column_sums.get(column, 0))
        printed_rows = sum(v for r, v in row_sums.items() if r != TOTAL_ROW)
        follows((TOTAL_ROW, acc), list(roots), column_sums.get(acc, 0) + printed_rows)
        labels = {ctx.rules.row_grade(label): label for label in table.rows}
        for line in _of(findings, "percent-line-detail", table=name):
            if line.caused_by or any(f.caused_by == line.id for f in findings):
                continue  # one item with another check of the same printed figure: its own cause
            row_cell = cells.get((labels.get(line.about.get("grade"), ""), acc))
            total_cell = cells.get((TOTAL_ROW, acc))
            if line.about.get("figure") == "count":
                if row_cell is not None and _delta(line) == _delta(row_cell):
                    _attach(row_cell, [line], findings)
            elif row_cell is not None or total_cell is not None:
                _attach(row_cell or total_cell, [line], findings)  # type: ignore[arg-type]


def table_sums(findings: list[Finding], ctx: Context) -> None:
    """A cell changed: its row no longer adds up and its column no longer adds up."""
    acc = ctx.rules.accumulated_column
    for table in ctx.summary.target_admin_tables.values():
        name = table.table.value
        row_sums = _of(findings, "table-row-sum", table=name)
        column_sums = [f for f in _of(findings, "table-column-sum", table=name) if f.about.get("column") != acc]
        cells = _of(findings, "table-cell", table=name)
        for row_sum in row_sums:
            for column_sum in column_sums:
                cell = next((c for c in cells if c.about.get("row") == row_sum.about.get("row")
                             and c.about.get("column") == column_sum.about.get("column")), None)
                if _delta(row_sum) is not None and _delta(row_sum) == _delta(column_sum):
                    _attach(cell or row_sum, [row_sum, column_sum], findings)


def detail_unread(findings: list[Finding], ctx: Context) -> None:
    """Target rows the audit cannot count (`unread`): the table cells short of exactly as many rows in
    their period, the grades of their commitments, the counts they leave short."""
    unread = _of(findings, "detail-unread")
    if not unread:
        return
    acc = ctx.rules.accumulated_column
    periods = list(ctx.rules.periods)
    fixed: dict[str | None, int] = {}
    first: dict[str | None, Finding] = {}
    for f in unread:
        for period in f.about.get("periods", []):
            # rows read as one: the row kept has the first one's period, the others the periods after it
            at = periods.index(period) if period in periods else -1
            merged = int(f.about.get("merged", 1))
            for k in range(merged):
                held = periods[at + k] if at >= 0 and at + k < len(periods) else period
                fixed[held] = fixed.get(held, 0) + 1
                first.setdefault(held, f)
    cells = [f for f in _of(findings, "table-cell") if f.about.get("row") != TOTAL_ROW and f.about.get("column") != acc
             and f.caused_by is None and (_delta(f) or 0) > 0]
    # rows of a block of no known implementer keep their grade: a cell short by no more than those of its
    # grade and period follows from them, whatever else its column lacks
    graded: dict[tuple[object, object, object], int] = {}  # (kind, grade, period); None: not known
    for f in unread:
        for period, grade in zip(f.about.get("periods", []), f.about.get("grades", [])):
            key = (f.about.get("kind"), grade, period)
            graded[key] = graded.get(key, 0) + 1
    kinds = {table.table.value: kind for kind, table in ctx.summary.target_admin_tables.items()}
    for f in cells:
        grade, column, short = ctx.rules.row_grade(str(f.about.get("row"))), f.about.get("column"), _delta(f) or 0
        kind = kinds.get(str(f.about.get("table")))
        keys = [(k, grade, p) for p in (column, None) for k in (kind, None)]
        if not 0 < short <= sum(graded.get(k, 0) for k in keys):
            continue
        left = short
        for k in keys:
            used = min(left, graded.get(k, 0))
            if used:
                graded[k] -= used
                left -= used
                if k[2] is not None:
                    fixed[column] = fixed.get(column, 0) - used
        _attach(first.get(column, first.get(None, unread[0])), [f], findings)
    cells = [f for f in cells if f.caused_by is None]
    for column in sorted({str(f.about.get("column")) for f in cells}):
        short = [f for f in cells if f.about.get("column") == column]
        if sum(_delta(f) or 0 for f in short) <= fixed.get(column, 0):
            _attach(first.get(column, unread[0]), short, findings)
    by_commitment: dict[object, Finding] = {}
    for f in unread:
        by_commitment.setdefault(f.about.get("commitment"), f)
    for f in _of(findings, "commitment-grade", "cocreation-grade", "table7-not-in-detail"):
        cause = by_commitment.get(f.about.get("commitment"))
        if cause is not None and (f.check != "table7-not-in-detail" or cause.about.get("kind", "") is None):
            _attach(cause, [f], findings)
    rows = sum(len(f.about.get("periods", [])) + int(f.about.get("merged", 1)) - 1 for f in unread)
    for f in _of(findings, "stated-count", derive="assessed_targets") + _of(findings, "stated-count",
                                                                            derive="active_implementers"):
        if 0 < (_delta(f) or 0) <= rows and f.caused_by is None:
            _attach(unread[0], [f], findings)


def stated_targets(findings: list[Finding], ctx: Context) -> None:
    """The stated number of targets worked agrees with the tables' totals, which differ from the detail:
    it differs from the detail by just as much, for the same reason."""
    acc = ctx.rules.accumulated_column
    totals = [f for f in _of(findings, "table-cell", row=TOTAL_ROW, column=acc) if _delta(f)]
    if not totals or _of(findings, "stated-vs-tables"):
        return
    for f in _of(findings, "stated-count", derive="assessed_targets"):
        if f.caused_by is None and _delta(f) == sum(_delta(t) or 0 for t in totals):
            _attach(totals[0], [f], findings)


def stated_commitments(findings: list[Finding], ctx: Context) -> None:
    """The text states a wrong number of commitments: the lists' totals disagree with it, not with the detail."""
    wrong = [f for f in _of(findings, "stated-count", derive="commitments")]
    if wrong:
        _attach(wrong[0], [f for f in _of(findings, "lists-vs-stated", "pie-percent-count") if f.caused_by is None],
                findings)


def grade_lists(findings: list[Finding], ctx: Context) -> None:
    """A grade list longer or shorter than the count the text gives it, and all that follows in its distribution."""
    for dist in ("admin", "cocreation"):
        counts = _of(findings, "count-vs-list", dist=dist)
        totals = [f for f in _of(findings, "lists-vs-stated", dist=dist) if f.caused_by is None]
        if not counts and not totals:
            unmatched = _of(findings, "list-title-unmatched", dist=dist)
            missing = _of(findings, "list-missing", dist=dist)
            if len(unmatched) == len(missing) == 1:  # a title misread: its commitment seems unlisted
                _attach(unmatched[0], missing, findings)
            continue
        long_lists = {fold(str(f.about.get("grade", ""))): -(_delta(f) or 0) for f in counts if (_delta(f) or 0) < 0}
        moved = [f for f in _of(findings, "commitment-grade", "cocreation-grade", dist=dist)
                 if fold(str(f.about.get("grade", ""))) in long_lists]
        if len(moved) != sum(long_lists.values()):
            moved = []  # more misgraded commitments in the long lists than they have too many: none is surely the one
        root = moved[0] if len(moved) == 1 else (counts or totals)[0]
        rest = counts + totals + _of(findings, "pie-percent-list", "list-missing", dist=dist) + moved
        _attach(root, [f for f in rest if f is not root], findings)


def table7_names(findings: list[Finding], ctx: Context) -> None:
    """A name of table 7 that resolves to nothing: its commitment's detail implementer seems unlisted."""
    unresolved = _of(findings, "table7-unresolved")
    for f in unresolved:
        number = f.about.get("commitment")
        _attach(f, [g for g in _of(findings, "detail-not-in-table7", commitment=number) if g.caused_by is None],
                findings)
    if unresolved:
        short = [f for f in _of(findings, "stated-count", derive="listed_implementers") if (_delta(f) or 0) > 0]
        for f in short:
            if f.caused_by is None and (_delta(f) or 0) <= len(unresolved):
                _attach(unresolved[0], [f], findings)


def table7_unlisted(findings: list[Finding], ctx: Context) -> None:
    """Implementers with target rows that table 7 lists nowhere leave the count of listed implementers of
    their kind short by as many: the count follows from the first of them."""
    listed = {r.id for row in ctx.summary.commitment_implementers for name in row.implementers
              if (r := ctx.resolve(name.value)).status == "matched"}
    kinds = {row.implementer_id: row.kind for row in ctx.rows if row.implementer_id}
    unlisted = [f for f in _of(findings, "detail-not-in-table7") if f.derived and f.derived.record_ids
                and f.derived.record_ids[0] not in listed]
    for f in _of(findings, "stated-count", derive="listed_implementers"):
        kind = f.about.get("kind")
        mine = [u for u in unlisted if kinds.get(u.derived.record_ids[0]) == kind]  # type: ignore[union-attr]
        nowhere = {u.derived.record_ids[0] for u in mine}  # type: ignore[union-attr]
        if f.caused_by is None and mine and 0 < (_delta(f) or 0) <= len(nowhere):
            _attach(mine[0], [f], findings)


RULES: tuple[Rule, ...] = (
    same_figure, table_detail, table_sums, detail_unread, stated_targets, stated_commitments, grade_lists,
    table7_names, table7_unlisted,
)


# -- groups, as the formats show them ---------------------------------------------


def groups(findings: Sequence[Finding]) -> list[tuple[Finding, list[Finding]]]:
    """Each root with its consequences, in the order given."""
    out: dict[str | None, tuple[Finding, list[Finding]]] = {}
    order: list[Finding] = []
    for f in findings:
        if not f.caused_by:
            out[f.id] = (f, [])
            order.append(f)
    for f in findings:
        if f.caused_by:
            top = root_of(f, findings)
            if top.id in out:
                out[top.id][1].append(f)
            else:  # a cause left out of `findings` (filtered): the consequence stands alone
                out[f.id] = (f, [])
                order.append(f)
    return [out[f.id] for f in order]


def severity(root: Finding, consequences: Sequence[Finding]) -> str:
    """A group is as severe as its worst finding."""
    return max((root, *consequences), key=lambda f: SEVERITY_RANK[f.severity]).severity
