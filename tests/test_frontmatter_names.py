"""Implementer names run together in a table 7 cell: where one ends, the next begins, and how it is spelled.

LaTeX hyphenates names in the narrow column ("Pem-" + "bangunan") and breaks
after a mark ("(PPN) /" + "BAPPENAS"); a name is weighed as its lines join,
not as its lines side by side, or the name after a coalition's members is
taken for more members.
"""

from __future__ import annotations

from ogi_extract.frontmatter.names import registry_spelling, segment

BAPPENAS = "Kementerian Perencanaan Pembangunan Nasional (PPN) / BAPPENAS"
LINES = [
    "OMS Sektor Keadilan: LBH APIK",
    "Jakarta, IJRS, PBHI, YLBHI",
    "Kementerian Perencanaan Pem-",
    "bangunan Nasional (PPN) /",
    "BAPPENAS",
]


def _join(group: tuple[int, ...]) -> str:
    """The lines joined as the front-matter reader joins them: a line-end hyphen dropped, a "/" kept apart."""
    text = ""
    for i in group:
        line = LINES[i]
        text = text[:-1] + line if text.endswith("-") else f"{text} {line}".strip()
    return text


def test_a_hyphenated_name_after_a_coalition_is_a_name_of_its_own() -> None:
    assert segment(LINES, [False] * 4, _join) == [[0, 1], [2, 3, 4]]


def test_lines_side_by_side_hide_the_hyphenated_name() -> None:
    # "Pem- bangunan" is no registry spelling: the lines weighed side by side join the two names
    assert segment(LINES, [False] * 4) != [[0, 1], [2, 3, 4]]


def test_a_name_spelled_with_the_mark_apart_keeps_its_space() -> None:
    glued = "Kementerian Perencanaan Pembangunan Nasional (PPN) /BAPPENAS"
    assert registry_spelling(glued, LINES[2:], marked=BAPPENAS) == BAPPENAS
    assert registry_spelling(glued, LINES[2:]) == glued  # side by side, "Pem- bangunan" is no spelling either
    assert registry_spelling(BAPPENAS, LINES[2:], marked=glued) == BAPPENAS  # a spelling as joined stays
