"""The lines at a page's top and foot whose first or last word a page break may have cut.

The vocabulary (`vocabulary.build_lexicon`) takes a word for whole where a
line shows it ended or began one: the line before ended with a stop or a
space, or the line ends far short of its edge. A row cut at a page break
makes both signs lie: ReportLab leaves "Implementa" alone on a page's last
line, 20 pt short of its edge, and goes on with "si/online." on the next;
a row goes on under the heading a table repeats at the page's top with
"ialisasikan", the rest of "mensos", the line before it in reading order
the heading's. The texts of a page's first rows (the first two row groups
of its first table, a repeated heading and the row under it) may begin
inside a word, those of its last row may end inside one: their first and
last lines tell nothing of the words at their edges.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from .model import Fragment, RowGroup, TextLine

# row groups at a page's top whose texts may go on a row cut at the break: a repeated heading, then the row
TOP_GROUPS = 2


def lines_at_breaks(pages: Iterable[Sequence[Fragment]]) -> tuple[frozenset[int], frozenset[int]]:
    """The ids of the lines that begin a text at a page's top, and of those that end one at its foot.

    `pages`: each page's table fragments, top to bottom.
    """
    starts: set[int] = set()
    ends: set[int] = set()
    for fragments in pages:
        if fragments:
            starts.update(id(lines[0]) for lines in _texts(fragments[0].groups[:TOP_GROUPS]))
            ends.update(id(lines[-1]) for lines in _texts(fragments[-1].groups[-1:]))
    return frozenset(starts), frozenset(ends)


def _texts(groups: Iterable[RowGroup]) -> Iterator[list[TextLine]]:
    """The lines that hold words of each cell of these row groups, for the cells that hold any."""
    for group in groups:
        for cell in group.cells:
            lines = [ln for ln in cell.lines if ln.words]
            if lines:
                yield lines
