"""How completely a printed table was read: numbered throughout, and not cut at a page end.

A list of commitments or table 7 numbers its rows 1, 2, 3 ...: a number
skipped, repeated or not starting at 1 means rows were lost (a page's part not
found, two tables read as one). A table whose column rules run on past its
last row with no closing rule, and nothing after it on its page, was cut by
the page end: when no continuation was joined to it, its rest was not found.
The audit skips the checks that depend on a figure read incompletely, and
says why once.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..tables import Fragment, TextLine
from .runs import TableRun


def numbering_gap(numbers: Sequence[int]) -> str | None:
    """What is wrong with a table's row numbers, or None when they run 1, 2, ... n."""
    if not numbers:
        return "no numbered row was read"
    expected = list(range(1, len(numbers) + 1))
    if list(numbers) == expected:
        return None
    shown = ", ".join(str(n) for n in numbers[:12]) + (" ..." if len(numbers) > 12 else "")
    return f"its rows are numbered {shown}, not 1 to {len(numbers)}"


def cut_page(run: TableRun, items: Sequence[TextLine | Fragment]) -> int | None:
    """The page a table was cut at, when its last fragment has no closing rule and ends its page."""
    last = run.fragments[-1]
    if not last.open_bottom:
        return None
    after = items[run.end + 1] if run.end + 1 < len(items) else None
    page = after.page if after is not None else None
    return last.page if page is None or page > last.page else None


def reading_gap(run: TableRun, items: Sequence[TextLine | Fragment], numbers: Sequence[int] | None) -> str | None:
    """Why a table may not have been read completely (named by its caption), or None."""
    name = run.caption_name or f"the table on page {run.fragments[0].page}"
    page = cut_page(run, items)
    if page is not None:
        return f"{name} continues past page {page} and its rest was not found"
    gap = numbering_gap(numbers) if numbers is not None else None
    return f"{name}: {gap}" if gap else None
