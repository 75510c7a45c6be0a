"""Why a table was read in part, as a phrase of the catalogue: said in the finding's language.

The front-matter reader records why a table may not have been read whole as
data (`ogi_extract.models.gaps.Gap`); the `figure-incomplete` finding nests it
as a phrase (`gap.*` entries, with the table's name as printed or, when no
caption was read, `gap.table` naming it by its page), so `Finding.in_lang` says
the whole sentence in either language and the findings' JSON keeps the reason
as data. The words are the ones the reader keeps in English as
`incomplete_reason` (`Gap.words`).
"""

from __future__ import annotations

from ..models.gaps import Gap
from .findings import Wording, wording
from .messages import DEFAULT


def gap_wording(gap: Gap) -> Wording:
    """The reason as a phrase of the catalogue."""
    table: Wording | str = gap.table or wording("gap.table", page=gap.page)
    return wording(gap.message_id, table=table, **gap.params())


def gap_reason(gap: Gap, lang: str = DEFAULT) -> str:
    """The reason in words, in `lang`."""
    return gap_wording(gap).say(lang)
