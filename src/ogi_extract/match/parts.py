"""The parts of a printed name: the name itself, what stands in parentheses, a list head.

"Komisi Informasi Pusat (KIP)" carries two names for one body, and each may be the one
a reader knows; "OMS Sektor Keadilan: IJRS, PBHI, ..." is a coalition named before its
members. Splitting them lets each part be looked up alone, and lets a name and its
acronym check each other ("Komisi Informasi Pusat (KPU)" names two different bodies).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_GROUP = re.compile(r"\(([^()]*)(?:\)|$)")
_DASH = re.compile(r"\s+[-\u2013\u2014]\s+")
_SPACE = re.compile(r"\s+")


def collapse(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class NameParts:
    whole: str
    main: str
    extras: tuple[str, ...]
    head: str | None


def split_name(text: str) -> NameParts:
    """Parenthesised groups (closed or not) and ' - X' tails are extras; the text
    before a colon is the head of a member list."""
    whole = collapse(text)
    extras = [collapse(m.group(1)) for m in _GROUP.finditer(whole)]
    main = collapse(_GROUP.sub(" ", whole))
    pieces = [collapse(p) for p in _DASH.split(main)]
    main, extras = pieces[0], extras + pieces[1:]
    head = collapse(main.split(":", 1)[0]) if ":" in main else None
    return NameParts(whole=whole, main=main, extras=tuple(e for e in extras if e), head=head)


def looks_like_acronym(text: str) -> bool:
    """'KIP', 'PAN RB', 'KemenPANRB': mostly capitals. Decides only the method name
    reported ('acronym' rather than 'normalized'), never whether a name matches."""
    letters = [c for c in text if c.isalpha()]
    if not letters or len(text.split()) > 2:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= 0.5
