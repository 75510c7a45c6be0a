"""Why a table was read in part, in either language: a `Gap` as a phrase of the message catalogue.

The front-matter reader records why a table may not have been read whole as
data (`ogi_extract.models.summary.Gap`: cut at a page end, rows misnumbered,
no total row ...). Its English words for a data user (`incomplete_reason`) and
the audit's `figure-incomplete` sentence in the language asked are both said
from here, so the words of a reason live in the catalogue alone
(`gap.*` in `ogi_extract.checks.sentences`), the report's own name for a table
("Tabel 3") kept as printed.
"""

from __future__ import annotations

from ..models.summary import Gap
from .findings import Wording, wording
from .messages import DEFAULT

SHOWN = 12  # row numbers written out before " ...": enough to see where the count goes wrong


def gap_wording(gap: Gap) -> Wording:
    """The reason as a phrase of the catalogue; a table with no caption read is named by its page."""
    table: Wording | str = gap.table or wording("gap.table", page=gap.page)
    if gap.kind == "cut":
        return wording("gap.cut", table=table, page=gap.cut_at if gap.cut_at is not None else gap.page)
    if gap.kind == "numbering":
        shown = ", ".join(str(n) for n in gap.numbers[:SHOWN]) + (" ..." if len(gap.numbers) > SHOWN else "")
        return wording("gap.numbering", table=table, numbers=shown, n=len(gap.numbers))
    return wording(f"gap.{gap.kind}", table=table)


def gap_reason(gap: Gap, lang: str = DEFAULT) -> str:
    """The reason in words, in `lang` (English for the summary's `incomplete_reason`)."""
    return gap_wording(gap).say(lang)
