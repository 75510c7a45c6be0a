"""Text run down into a cell from above, told from the cell's own.

Text runs down out of a cell, never up into one: the last cell of a table
may draw its rest on over the next table's heading row, across that row's
top rule. `overflow.py` asks which of a cell's words are such a run-in
(`run_in`) before it reads the cell's own text for a run-over of its own.
"""

from __future__ import annotations

from ..layout.model import Word
from .steps import ALIGN_TOL, SAME_LINE, drawn_over


def run_in(words: list[Word], rule: float, first: float) -> list[Word]:
    """The words of a cell that are another text's, run down into it from above; the rest are its own.

    Text runs down out of a cell, never up into one: a line begun above the
    cell's top rule (at `rule`) is the run-over of a text above it (the last
    cell of the table above, its rest drawn on over the next table's heading
    row: "tujuan," across the rule over "Kementerian PPN / BAPPENAS"). So is
    a line drawn over a line of the cell's own above it, away from the height
    `first` the cell's first line is due at (its top rule and the table's
    padding): "kebutuhan," 4.5 pt under the heading's top, the next line of
    that run-over. The cell's own text never draws a line over another of its
    own. Read as the cell's, the heading would seem to run on over the row
    below at the run-over's indent and steps, and take that row's lines
    ("masuk layer" of the list item under the label "Target B06:").
    """
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.box.top):  # as `line_tops` makes its lines
        if lines and w.box.top - lines[-1][-1].box.top <= 1.0:
            lines[-1].append(w)
        else:
            lines.append([w])
    out: list[Word] = []
    own: list[Word] = []
    for line in lines:
        top = line[0].box.top
        near = [b for b in own if b.box.bottom > top]  # only a line less than a line above can lie under it
        over = abs(top - first) > 1.0 and any(drawn_over(a.box, b.box) for a in line for b in near)
        if top < rule - 0.5 or over or _goes_on_run_in(line, out, own):
            out.extend(line)
        else:
            own.extend(line)
    return out


def _goes_on_run_in(line: list[Word], run: list[Word], own: list[Word]) -> bool:
    """Whether `line` is the next line of the text run in from above (`run`): at its indent, a line
    under its last, and off the cell's own lines ("unsur" under "berisi", which crossed the heading
    "Lakpesdam PBNU"'s top rule; the heading's own line lies 8 pt above it)."""
    if not run:
        return False
    last = max(run, key=lambda w: w.box.top)
    first = min(line, key=lambda w: w.box.x0)
    under = last.box.bottom - SAME_LINE <= first.box.top <= last.box.top + 1.5 * last.box.height
    indent = min(w.box.x0 for w in run if abs(w.box.top - last.box.top) <= SAME_LINE)
    off_own = not any(abs(w.box.top - first.box.top) <= SAME_LINE for w in own)
    return under and abs(first.box.x0 - indent) <= ALIGN_TOL and off_own
