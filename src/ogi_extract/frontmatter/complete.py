"""How completely a printed table was read: numbered throughout, and not cut at a page end.

A list of commitments or table 7 numbers its rows 1, 2, 3 ...: a number
skipped, repeated or not starting at 1 means rows were lost (a page's part not
found, two tables read as one). A table whose column rules run on past its
last row with no closing rule, and nothing after it on its page, was cut by
the page end: when no continuation was joined to it, its rest was not found.
The audit skips the checks that depend on a figure read incompletely, and
says why once. Why is kept as data (`Gap`) and in English words (`Gap.words`,
the summary's `incomplete_reason`); the audit says it in the language asked.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models.gaps import Gap, GapKind
from ..tables import Fragment, TextLine
from .runs import TableRun


def numbering_gap(numbers: Sequence[int]) -> GapKind | None:
    """What is wrong with a table's row numbers ("no-numbers", "numbering"), or None when they run 1, 2, ... n."""
    if not numbers:
        return "no-numbers"
    return None if list(numbers) == list(range(1, len(numbers) + 1)) else "numbering"


def cut_page(run: TableRun, items: Sequence[TextLine | Fragment]) -> int | None:
    """The page a table was cut at, when its last fragment has no closing rule and ends its page."""
    last = run.fragments[-1]
    if not last.open_bottom:
        return None
    after = items[run.end + 1] if run.end + 1 < len(items) else None
    page = after.page if after is not None else None
    return last.page if page is None or page > last.page else None


def table_gap(run: TableRun, kind: GapKind, cut_at: int | None = None, numbers: Sequence[int] = ()) -> Gap:
    """A reason `kind` for the table `run`, named by its caption as printed (None when none was read)."""
    return Gap(kind=kind, table=run.caption_name, page=run.fragments[0].page, cut_at=cut_at, numbers=list(numbers))


def reading_gap(run: TableRun, items: Sequence[TextLine | Fragment], numbers: Sequence[int] | None) -> Gap | None:
    """Why a table may not have been read completely: cut at a page end, or its `numbers` not 1..n; or None."""
    page = cut_page(run, items)
    if page is not None:
        return table_gap(run, "cut", cut_at=page)
    kind = numbering_gap(numbers) if numbers is not None else None
    return table_gap(run, kind, numbers=numbers or ()) if kind else None
