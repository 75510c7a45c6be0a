"""Finding which commitment a title printed in the front matter names.

Lists of commitments per grade print shortened or re-worded titles ("Keterbukaan
Kontrak ..." for "Mendorong Keterbukaan Kontrak ..."). The project's title
matcher decides; it is asked with the detail's titles first and then with every
other spelling known for the commitments (the commitments-and-implementers table).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..match import resolve_title
from .names import fold


def match_titles(entries: Sequence[str], candidates: Mapping[int, Sequence[str]]) -> list[int | None]:
    """For each entry, the number of the commitment it names, or None when no spelling
    names one unambiguously. Two entries may name the same commitment: the checks
    report that."""
    depth = max((len(titles) for titles in candidates.values()), default=0)
    result: list[int | None] = []
    for entry in entries:
        number: int | None = None
        for level in range(depth):
            spellings = {n: titles[level] for n, titles in candidates.items() if len(titles) > level and titles[level]}
            found = resolve_title(entry, spellings)
            if found.status == "matched":
                number = found.number
                break
        result.append(number)
    return result


def contained(entry: str, titles: Sequence[str]) -> bool:
    """True when the printed entry is one of the titles, or a shortening of one."""
    key = fold(entry)
    return any(key and key in fold(title) for title in titles if title)
