"""A cell's text run on over the table below it, given back to that cell.

Chromium draws the rest of a cell that does not fit its row past the table's
last rule and on over the next table of the page: its heading row, and the
rows below. `overflow.py` takes the lines drawn under the table; the lines
drawn over the next table's words or across its rules are taken here, by the
steps of the text they go on (`steps.py`).
"""

from __future__ import annotations

from ..layout.model import Word
from .overlaid import one_text
from .steps import ALIGN_TOL, AT_START, PITCH_TOL, SAME_LINE, across_rule, drawn_over, off_line, on_step

# how much wider than the widest space of a text's lines a gap on its line may be and still be a space
SPACE_SLACK = 1.5


def over_next(
    cell: list[Word],
    next_words: list[list[Word]],
    last: float,
    pitch: float,
    steps: set[float],
    column: tuple[float, float],
    rules: list[float],
) -> float:
    """Take into `cell` its lines drawn over the words or rules of the table below; return how far they reach.

    `pitch` is the page's line pitch, `steps` the steps of the cell's own
    text (`own_steps`): its run-over steps as its lines do, 12.75 pt after a
    text that steps 13.5 and 12.75.
    A line drawn across a row rule of the table below (`rules`) at such a
    step is the run-over too, drawn over nothing: a cell's own text begins
    below its top rule and ends above its bottom one ("restoratif" between
    the heading "OMS Sektor Keadilan" and the label "Target B06:").
    """
    reach = 0.0
    x0, x1 = column
    while True:
        # drawn over the table's words (those of any of its cells: a line the
        # table's heading row took, drawn over its first target label), a line
        # lower (a gap between paragraphs may add to the pitch): the nearest
        # such line, at a step of the text if one is
        others = [w for ws in next_words for w in ws]
        indent = min((w.box.x0 for w in cell if w.box.top >= last - 1.0), default=x0)
        over = [
            w
            for w in others
            if last + min(steps) - PITCH_TOL <= w.box.top <= last + 1.5 * pitch and w.box.x0 >= x0 and w.box.x1 <= x1
            and (
                any(o is not w and drawn_over(w.box, o.box) for o in others)
                or (on_step(w.box.top, last, steps) and (across_rule(w.box, rules) or _between_lines(w, others, column)))
                or (reach > 0.0 and on_step(w.box.top, last, steps) and _at_run_indent(w, others, indent, column))
            )
        ]
        if not over:
            return reach
        at_pitch = [w for w in over if on_step(w.box.top, last, steps)]
        pool = at_pitch or over
        nearest = min(w.box.top for w in pool)
        # the whole line: its words drawn over nothing too ("anak," past the
        # end of the heading "Stranas PK" it is drawn over), none over another.
        # Of two texts drawn over each other at one height ("ur" over the
        # heading "Lakpesdam NU", both at one top), the run-over's begins where
        # the cell's last line does (a list item's indent), the other's at its
        # own place; so too when they stand less than half a line apart, both
        # at a step of the text ("elektronik" 13.5 under the item's last line,
        # the heading "PATTIRO" from the table's edge 0.8 pt higher, at 12.75)
        close = [w for w in pool if w.box.top - nearest < 0.5 * w.box.height]
        start = min((w.box.x0 for w in close), key=lambda x: (abs(x - indent), x))
        top = min(w.box.top for w in close if w.box.x0 == start)
        # the room the text's line above left before its edge (the widest of its lines):
        # a word that would have fit there is no first word of its next line
        last_line = [w for w in cell if abs(w.box.top - last) <= 1.0]
        room = max(w.box.x1 for w in cell) - max(w.box.x1 for w in last_line) if last_line else None
        # of two texts begun there at a step of the text, the one in the face of its
        # last line (`like`): "marjinal." in the target's regular face, not the bold
        # heading "Stranas PK" drawn at its very place; "bawahi" 13.5 under the line
        # above, not the heading "Kejaksaan" 12.75 under it (Chromium's two steps)
        due = tuple(sorted(last + d for d in steps))
        like = max(last_line, key=lambda w: w.box.x1, default=None)
        # the words at its height past the column too: "Lembaga" of the heading
        # the run-over "hak tata" is drawn over goes on with "Administrasi", right
        # of the column's rule, and leaves "tata" to "hak"
        near = [
            w
            for w in others
            if abs(w.box.top - top) <= PITCH_TOL
            or on_step(w.box.top, last, steps) and abs(w.box.top - top) < 0.5 * w.box.height
        ]
        line = [w for w in one_text(start, near, want=due, like=like, room=room, edge=x1) if w.box.x0 >= x0 and w.box.x1 <= x1]
        if not line:
            return reach  # the line found runs out of the column: no run-over of its
        for ws in next_words:
            ws[:] = [w for w in ws if all(w is not o for o in line)]
        cell.extend(line)
        reach = max(reach, *(w.box.bottom for w in line))
        last = min(w.box.top for w in line)


def _at_run_indent(word: Word, others: list[Word], indent: float, column: tuple[float, float]) -> bool:
    """Whether a word after a line taken goes on the run-over over nothing: at the run-over's indent,
    under lines of the table's own that begin left of it, with none of them beside it on its height
    ("sasaran." under "integrasi", which was drawn over the label "Target B06:" begun at the cell's edge).

    A word of the table's own beside it counts only a space of that text's away: its lines above
    set their words a space apart (the widest of them), and a line's words stand no wider apart
    ("pingan." 12.1 pt after the row's "pilot", whose lines set words 2.9 pt apart: Chromium).
    """
    x0, x1 = column
    if abs(word.box.x0 - indent) > AT_START:
        return False
    # the table's words that reach into the column: its lines may begin left of it, in a wider cell
    column_words = [o for o in others if o is not word and o.box.x1 > x0 and o.box.x0 < x1]
    above = [o for o in column_words if o.box.top < word.box.top - SAME_LINE]
    beside = [o for o in column_words if abs(o.box.top - word.box.top) <= SAME_LINE and o.box.x0 < word.box.x0]
    space = _widest_space(above)
    if space is not None:
        beside = [o for o in beside if word.box.x0 - o.box.x1 <= SPACE_SLACK * space + 0.5]
    starts = [min(o.box.x0 for o in above if abs(o.box.top - a.box.top) <= SAME_LINE) for a in above]
    return bool(above) and all(x < indent - ALIGN_TOL for x in starts) and not beside


def _widest_space(words: list[Word]) -> float | None:
    """The widest gap between neighbours on one line among `words` (none drawn over the next), or None
    where no line holds two."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.box.top):
        if lines and w.box.top - lines[-1][0].box.top <= SAME_LINE:
            lines[-1].append(w)
        else:
            lines.append([w])
    gaps: list[float] = []
    for line in lines:
        line.sort(key=lambda w: w.box.x0)
        gaps.extend(b.box.x0 - a.box.x1 for a, b in zip(line, line[1:]) if b.box.x0 > a.box.x1)
    return max(gaps, default=None)


def _between_lines(word: Word, others: list[Word], column: tuple[float, float]) -> bool:
    """Whether a word shares most of a line's height with a word of its column at another height.

    The lines of one cell lie a step apart and the words of one line at one
    height: a word 3 pt above a line of the cell's own, beside it ("ng." left
    of "FGD" of the row's list item, the rest of the URL run on over the next
    table), is no line of that cell's text, whatever it covers.
    """
    x0, x1 = column
    return any(
        o is not word and x0 <= o.box.x0 and o.box.x1 <= x1 and off_line(word.box, o.box) for o in others
    )
