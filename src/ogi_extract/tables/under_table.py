"""The lines under a table: a cell's run-over told from the text under the table, word by word.

A producer that does not grow a row to fit its text draws the rest below the
table's last rule, over the heading or paragraph that follows the table
(`overflow.py` gives it back to its cell). The two texts lie half a line or
less apart, so one line of words may hold words of both: the cell's lie a
step of its own text below its last line and begin where its lines begin
(inside the column's padding); the other text's stand at a height and a
left edge of their own (the table's edge) and run on across the column's
rule. These helpers say which words of such a line are the cell's.
"""

from __future__ import annotations

from ..layout.model import Box, Word
from .grid import TOL
from .cuts import NARROWEST_SPACE
from .overlaid import one_text
from .steps import AT_START, PITCH_TOL, drawn_over, on_step, words_box


def own_line(
    words: list[Word], last: float | None, steps: set[float], start: float, beside: list[Word] | None = None
) -> list[Word]:
    """The words of a line of the cell's text drawn over a line of other text.

    The cell's words fall a step of its own text (`own_steps`) after its last
    line; the other text's (a heading or a paragraph under the table) lie at
    their own height, over them. The other text may cover them only outside
    the column (`beside`: "RI TII" under the word "Keberhasilan" of a heading
    that begins in the column, three points lower, and ends past its rule);
    its words in the column are left out all the same. Where the other text
    lies at a step of the cell's too ("marjinal." over "Tindak Lanjut:", both
    at one top; "an." over "Ukuran", 0.75 pt apart; "antara." begun 1 pt into "1:"
    of "UK 1:", `overlaps`), the words still fall into two texts that do not overlap within themselves (`one_text`):
    the cell's is the one that begins where its last line began (`start`),
    and so where a word outside the column is drawn over one of them ("korban"
    0.2 pt after "Ukuran" of "Ukuran Keberhasilan 2:", whose "Keberhasilan"
    lies over it).
    The other text's words outside the column take part: "Kualitas" after
    the cell's "an." lies over "Keberhasilan", which follows "Ukuran" of the
    heading, so the heading's line cannot go on with it.
    """
    if last is None or not steps:
        return words
    on = [w for w in words if on_step(w.box.top, last, steps)]
    off = [w for w in words if all(w is not o for o in on)]
    if on and off and any(drawn_over(a.box, b.box) for a in on for b in [*off, *(beside or [])]):
        return on
    if not off and any(
        drawn_over(a.box, b.box) or overlaps(a.box, b.box) for i, a in enumerate(on) for b in [*on[i + 1 :], *(beside or [])]
    ):
        text = one_text(start, [*on, *(beside or [])])
        return [w for w in text if any(w is o for o in on)]
    return words


def run_over_part(
    words: list[Word],
    beside: list[Word],
    last: float,
    steps: set[float],
    start: float,
    edge: float,
    column: Box,
    ran_over: bool = False,
) -> list[Word]:
    """The cell's words of a line where its run-over is drawn over a line of the text under the table; [] if none.

    `own_line` reads the cell's steps from its own lines; a text that shows
    one of its steps only (its lines 12.75 pt apart, "an berikut" to
    "kriteria") cannot tell its other step (12 pt, "sengketa") from the
    paragraph it is drawn over, 2.25 pt lower ("Kanal. Laboratorium …", from
    the table's edge and across the column's rule). Here `steps` are the
    steps of every text of the page (`text_steps`), and a step alone does
    not decide: the cell's words lie on one of them below its last line
    (`last`) and its line begins where its last line began (`start`); the
    other text's words in the column lie on none, that text begins
    elsewhere (a paragraph's first word may start in the padding too), and
    it is a line under the table: it begins left of the padding (`edge`, the
    table's edge) or runs on across the column's rule (`beside`: its words
    at the line's height outside the column). The two are drawn over each
    other, or one begins where the other ends with no space between them
    (`abuts`), or the other is done before the cell's line begins
    (`ends_before`): a line of the cell's below the table that covers
    nothing and touches nothing, with the other text going on after it, is
    `own_line`'s to judge. `ran_over`: the run-over has taken a line under
    the table already, `last` its top (`after_gap`).
    """
    on = [w for w in words if on_step(w.box.top, last, steps)]
    off = [w for w in words if all(w is not o for o in on)]
    if on and not off and ran_over:
        return after_gap(on, beside, start, edge, column)
    if not on or not off:
        return []
    line = one_text(start, on)
    if abs(min(w.box.x0 for w in line) - start) > AT_START or abs(min(w.box.x0 for w in off) - start) <= AT_START:
        return []
    other = [*off, *beside]
    if min(w.box.x0 for w in off) >= edge and max(w.box.x1 for w in other) <= column.x1 + TOL:
        return []
    if any(drawn_over(a.box, b.box) or abuts(a, b) or abuts(b, a) for a in line for b in other):
        return line
    return line if ends_before(off, line, edge) else []


def ends_before(off: list[Word], line: list[Word], edge: float) -> bool:
    """Whether the other words in the column are a line of their own that ends before the cell's line begins.

    A line under the table begun at the table's edge (left of the padding,
    `edge`) may be short and end before the cell's line: "UK 1:", the
    run-over's "panduan." beside it 13.6 pt on and 5.25 pt lower, touching
    nothing. One line of text sets its words on one baseline; a word a point
    or more above or below every word of that line, top and bottom alike (a
    larger face on the same baseline has its top higher and its bottom
    lower), is another text's.
    """
    if min(w.box.x0 for w in off) >= edge or max(w.box.x1 for w in off) > min(w.box.x0 for w in line):
        return False
    return all(other_baseline(a.box, b.box) for a in line for b in off)


# ems: a gap this wide, and twice the widest space of the text before it, parts two texts on one baseline
WIDE_GAP = 1.0


def after_gap(words: list[Word], beside: list[Word], start: float, edge: float, column: Box) -> list[Word]:
    """The cell's words of a line on the baseline of a short line under the table, far after it; [] if none.

    Once the run-over has gone on under the table ("pengawasan", drawn over
    "Tindak Lanjut:"), its next line may fall a step lower on the very
    baseline of the next line under the table: "minimal." 17 pt after "UK
    1:", begun at the table's edge. One line of text sets its words a space
    apart (a justified one, alike); a gap of an em or more, and twice the
    widest space before it, parts two texts. The words after the gap are the
    cell's where they begin where the run-over's line before began (`start`)
    and end its line: nothing at that height goes on past the column's rule
    (`runs_across`). The words before it begin left of the padding (`edge`).
    """
    line = one_text(start, words)
    rest = sorted((w for w in words if all(w is not o for o in line)), key=lambda w: w.box.x0)
    begins = min((w.box.x0 for w in line), default=start)
    if not rest or not line or abs(begins - start) > AT_START or rest[0].box.x0 >= edge:
        return []
    gap = begins - max(w.box.x1 for w in rest)
    spaces = [b.box.x0 - a.box.x1 for a, b in zip(rest, rest[1:])]
    wide = max(WIDE_GAP * max(w.size for w in words), 2 * max(spaces, default=0.0))
    if gap < wide or runs_across(words_box(line), column, beside, line):
        return []
    return line


def other_baseline(a: Box, b: Box) -> bool:
    """Whether two word boxes stand on baselines a point or more apart: top and bottom both moved one way."""
    up, down = a.top - b.top, a.bottom - b.bottom
    return abs(up) > 1.0 and abs(down) > 1.0 and up * down > 0


def abuts(a: Word, b: Word) -> bool:
    """Whether word `b` begins where word `a` ends, with no space between, at a height of its own: two texts.

    One line of one text sets its words a space apart on one top; the
    run-over drawn on the line of a paragraph under the table may instead
    begin where that line's words end, 0.75 pt higher ("publik" 0.17 pt
    into "UK 1:", whose next word would have stood a space further on).
    """
    gap = b.box.x0 - a.box.x1
    if not -0.2 * min(a.box.width, b.box.width) < gap < NARROWEST_SPACE * min(a.size, b.size):
        return False
    return beside(a.box, b.box) and abs(a.box.top - b.box.top) > PITCH_TOL


def overlaps(a: Box, b: Box) -> bool:
    """Whether two words at one height run into each other by more than `OVERLAP`: two texts.

    One line of one text sets its words a space apart; a run-over drawn at
    the very top of the paragraph under the table may begin inside that
    line's word: "antara." 1 pt into "1:" of "UK 1:", both at 723.0, too
    little of either for `drawn_over`.
    """
    return min(a.x1, b.x1) - max(a.x0, b.x0) > OVERLAP and beside(a, b)


def beside(word: Box, line: Box) -> bool:
    """Whether a word lies at a line's height (overlapping it by half its height or more)."""
    return min(word.bottom, line.bottom) - max(word.top, line.top) >= 0.5 * min(word.height, line.height)


# points: the spaces of one justified line are alike, to this
SPACE_TOL = 0.5
# points: how far two words of one line may run into each other (a kerned pair's rounding), no more
OVERLAP = 0.5


def runs_across(line: Box, column: Box, loose: list[Word], words: list[Word] | None = None) -> bool:
    """Whether the text line goes on past a rule of its column: a line under the table.

    It does when a word at its height straddles the rule, or stands a
    space after its first or last word; in a justified line the space may
    be wider than a word space is, and then the line's own `words` tell it
    (`_spaced_across`).
    """
    if words and _spaced_across(words, column, loose):
        return True
    for w in loose:
        b = w.box
        overlap = min(b.bottom, line.bottom) - max(b.top, line.top)
        if overlap < 0.5 * min(b.height, line.height) or (b.x0 < line.x1 and b.x1 > line.x0 - 0.1):
            continue  # not on the line, or one of its words (or drawn over them)
        gap = 0.3 * (b.bottom - b.top)
        if b.x0 < column.x1 < b.x1 or b.x0 < column.x0 < b.x1:
            return True
        if 0 <= b.x0 - line.x1 < gap or 0 <= line.x0 - b.x1 < gap:
            return True
    return False


def _spaced_across(words: list[Word], column: Box, loose: list[Word]) -> bool:
    """Whether a justified line goes on past the column's right rule with the spaces it keeps inside it.

    A paragraph under the table, set justified across the page, spaces its
    words alike, wider than a word space: "1. PIS diberikan lokus", 7 pt
    apart, then "menyampaikan PAN" past the rule, 7 pt on. The run-over of a
    cell never does so with the text beside it: the next cell's text begins
    a padding past the rule, two paddings from the run-over's end, and goes
    on at spaces of its own. So the space across the rule and the one after
    it equal the line's last space inside the column.
    """
    mine = sorted(words, key=lambda w: w.box.x0)
    if len(mine) < 2:
        return False
    box = Box(mine[0].box.x0, min(w.box.top for w in mine), mine[-1].box.x1, max(w.box.bottom for w in mine))
    space = mine[-1].box.x0 - mine[-2].box.x1
    right = sorted((w for w in loose if w.box.x0 > column.x1 and w.box.x0 >= box.x1 and beside(w.box, box)), key=lambda w: w.box.x0)
    if len(right) < 2 or space <= 0:
        return False
    gaps = (right[0].box.x0 - box.x1, right[1].box.x0 - right[0].box.x1)
    return all(abs(g - space) <= SPACE_TOL for g in gaps)
