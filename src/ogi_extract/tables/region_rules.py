"""What the rules around a region of a grid say: whether one covers a side, crosses text, or stops short.

`grid._grid` asks these of every region between its row and column rules to
join regions into cells: a side no rule covers joins its neighbour; a rule
through a line of text with nothing above it closes nothing; a column rule
that stops above blank space still parts its cells; a cell drawn short of its
row holds the side region under it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..layout.model import Box

TOL = 2.0  # points: rules closer than this are the same rule
# A rule through the middle of a word's box (this share of its height kept
# clear at the top and at the bottom) crosses the text; one in the margins of
# the box only touches it, as a cell's padding often lets a rule do.
CROSSING_MARGIN = 0.25


@dataclass(slots=True)
class Segment:
    fixed: float  # y of a horizontal rule, x of a vertical one
    lo: float
    hi: float


def covered(segs: list[Segment], fixed: float, lo: float, hi: float) -> bool:
    """Whether a rule at `fixed` covers most of [lo, hi]."""
    span = hi - lo
    if span <= 0:
        return True
    cover = 0.0
    for s in segs:
        if abs(s.fixed - fixed) <= TOL:
            cover += max(0.0, min(hi, s.hi) - max(lo, s.lo))
    return cover >= 0.5 * span


def crossed_alone(words: list[Box], y: float, above: float, lo: float, hi: float) -> bool:
    """Whether a horizontal line at `y` runs through words between x `lo` and `hi`
    and nothing else lies above it up to `above` (so the rule closes no text).

    A crossed word that begins within a line of `above` is the upper cell's
    first line run out over the rule (a row-spanning cell's text that outgrew
    its rows, Chromium), so the rule still closes that cell.
    """
    crossed = False
    for b in words:
        if b.x1 <= lo or b.x0 >= hi or b.bottom <= above or b.top >= y:
            continue
        clear = CROSSING_MARGIN * (b.bottom - b.top)
        if b.top + clear < y < b.bottom - clear:
            if y - above < b.bottom - b.top or b.top - above < b.bottom - b.top:
                # a sliver of a cell, too low for the line, or a line set at
                # the cell's top (within a line of its rule): the cell's own
                # text run out across its bottom rule, never a line of the
                # row below, which starts under that rule
                return False
            crossed = True
        elif b.bottom <= y + clear:
            return False  # text of the row above the rule: the rule closes it
    return crossed


def cell_span(xs: list[float], parted: list[bool], c: int) -> tuple[float, float]:
    """The x extent of the cell that holds column `c` in a row whose column rules `parted` says are drawn.

    A rule under a heading cell that spans the row closes that cell's text
    wherever in the cell it lies: a word of the row below drawn across the
    rule under the cell's empty right part ("Pasif" set across the rule
    under the heading "INFID") does not open the heading into that row.
    """
    lo = c
    while lo > 0 and not parted[lo - 1]:
        lo -= 1
    hi = c + 1
    while hi < len(xs) - 1 and not parted[hi - 1]:
        hi += 1
    return xs[lo], xs[hi]


def ends_above_nothing(vs: list[Segment], x: float, top: float, bottom: float, words: list[Box], lo: float, hi: float) -> bool:
    """Whether a column rule runs down from the row's top and stops where nothing lies under it.

    Cells that end before the rest of their row on a page, their bottom border
    left out at the break, leave their column rule short and blank space
    below: the rule still parts them.
    """
    for v in vs:
        if abs(v.fixed - x) <= TOL and v.lo <= top + TOL and top + TOL < v.hi < bottom - TOL:
            return not any(lo < b.cx < hi and v.hi < b.cy < bottom for b in words)
    return False


def cut_short(
    vs: list[Segment], hs: list[Segment], xs: list[float], top: float, bottom: float, c: int, above: float
) -> bool:
    """Whether the region of side column `c` between `top` and `bottom` is the cell above it, drawn short.

    Chromium draws a row-spanning cell that a page break cut, on the page
    it goes on to, short of the row's last sub-row: its border stops at the
    sub-row's top (its side rule stops past that rule, within the rules'
    tolerance), its last line runs out below it, and the region under it
    has no side rule and no bottom rule of its own, where another cell of
    the sub-row is drawn whole, its top and bottom rules. The cell above
    holds it. (A sub-row a page's end cut, its cells undrawn, is no such
    region: it begins the row the next page goes on with.) The cell above,
    from `above` to `top`, is the column's own, a rule parting it from its
    neighbour: a header row across the table, printed again on the new page,
    holds no cell of the row under it, though Chromium draws the cut cell
    there as a sliver whose side rules end past the sub-row's top too.
    """
    x, lo, hi = xs[0 if c == 0 else -1], xs[c], xs[c + 1]
    if covered(vs, x, top, bottom) or covered(hs, bottom, lo, hi):
        return False
    if not covered(vs, xs[c + 1] if c == 0 else xs[c], above, top):
        return False  # one cell across the columns above: no cell of this column to hold the region
    # its side rule ends past the sub-row's top, within the rules' tolerance: drawn short, not closed there
    if not any(abs(v.fixed - x) <= TOL and top + 0.5 < v.hi <= top + TOL for v in vs):
        return False
    others = [k for k in range(len(xs) - 1) if k != c]
    return any(covered(hs, top, xs[k], xs[k + 1]) and covered(hs, bottom, xs[k], xs[k + 1]) for k in others)
