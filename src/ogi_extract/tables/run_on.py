"""Text a cell of the page before ran on with, drawn over the first row at the top of a page.

A producer that does not grow a row to fit its text (Chromium, after a row
broken over pages) can draw the last lines of a cell past the page's end: they
run on at the top of the next page, from its top margin, over whatever row
begins there (a heading "Lembaga Administrasi Negara" with "hak tata" drawn
over it, "pelibatan." across its bottom rule). Nothing there is a rule of the
cell they belong to; they are told from the row's own text by geometry:

* their first line begins at the page's top margin (or under the heading row
  the producer repeats there, `_first_row`) and is drawn over a word of the
  row that begins lower (the row's own text starts below its top rule and
  padding; a text runs down out of a cell, never up into one);
* each next line lies a step of the page's texts lower, inside the same column,
  at the same indent, and is drawn over the row's words or across its rules,
  or lies over nothing off the lines of the row's own text there
  (`run_over_lines.off_own_lines`, as under a row's bottom rule).

They are taken out of the grid (`lift_run_on`) and handed to the stitching,
which gives them to the cell of the row left open on the page before
(`stitch`), when its text ran to that page's end in that column.

Where the page begins with text, not a table (a heading and the paragraph
after the table the cell belongs to), the run-on is drawn over those lines,
often at their very heights ("gan." over "Ukuran Keberhasilan 2:", one
line each): nothing on the page tells the two texts apart, the page before
does. The stitching splits them (`split_run_on`) where it knows the open
cell: the run-on is the text that begins at the indent of the cell's last
line, in its column, drawn over the other's words.
"""

from __future__ import annotations

from bisect import bisect_right

from ..layout.model import Word
from .grid import TOL, Grid
from .lines import group_lines
from .model import TextLine
from .overlaid import one_text
from .run_over_lines import off_own_lines
from .steps import ALIGN_TOL, PITCH_TOL, across_rule, common_pitch, drawn_over, text_steps, words_box


def lift_run_on(grid: Grid, cell_words: list[list[Word]]) -> list[Word]:
    """Take out of `cell_words` the lines another page's cell ran on with over the grid's top; return them.

    The caller calls it only for the page's first grid with no text above it:
    a run-on from the page before begins at the page's top.
    """
    pitch = common_pitch(cell_words)
    if pitch is None:
        return []
    row = _first_row(grid, cell_words)
    first = [k for k, gc in enumerate(grid.cells) if gc.r0 == row]
    seeds = [w for k in first for w in _over_lower_words(cell_words[k])]
    if not seeds:
        return []
    top = min(w.box.top for w in seeds)
    start = min(w.box.x0 for w in seeds if abs(w.box.top - top) <= PITCH_TOL)
    c = bisect_right(grid.xs, start) - 1
    if not 0 <= c < len(grid.xs) - 1:
        return []
    x0, x1 = grid.xs[c], grid.xs[c + 1] + TOL
    steps = text_steps(cell_words, pitch)
    rules = list(grid.ys[1:-1])
    taken: list[Word] = []
    taken_top, like = top, None  # the run-on's last line taken: its top, a word of it
    wants = [top]
    while True:
        free = [w for ws in cell_words for w in ws if all(w is not t for t in taken)]
        near = [
            w
            for w in free
            if any(abs(w.box.top - want) <= PITCH_TOL for want in wants)
            and w.box.x0 >= start - ALIGN_TOL
            and w.box.x1 <= x1
            and w.box.x0 >= x0
        ]
        line = one_text(start, near)
        if not line or abs(line[0].box.x0 - start) > ALIGN_TOL:
            break
        rest = [w for w in free if all(w is not o for o in line)]
        box = words_box(line)
        if not any(drawn_over(w.box, o.box) for w in line for o in rest) and not across_rule(box, rules):
            # a line of the row's own at the step by chance, unless it goes on the run-on over nothing, off
            # the lines of the row's own text in the column ("salah" 3 pt over "atas.", begun left of it)
            own = [w for w in rest if w.box.x0 >= x0 and w.box.x1 <= x1]
            if not (taken and off_own_lines(line, own, start, steps, taken_top, like)):
                break
        taken.extend(line)
        taken_top, like = box.top, max(line, key=lambda w: w.box.x1)
        wants = [box.top + d for d in steps]
    if not taken:
        return []
    for ws in cell_words:
        ws[:] = [w for w in ws if all(w is not t for t in taken)]
    return taken


def _first_row(grid: Grid, cell_words: list[list[Word]]) -> int:
    """The grid row a run-on from the page before is drawn over: the first, or the one under a heading row.

    A producer that repeats a table's heading row on each page (Chromium)
    draws it first and the run-on of a cell of the page before under it,
    over the first row of the page's own ("progress pihak" under "Yayasan
    TIFA", over the rest of the row cut at the break). A heading row is one
    cell across the whole table with nothing drawn over its text. A row that
    holds no text is passed over: the padding left of the row cut at the
    break, its text run on over the next ("nasional" over "Target B12:"
    under a strip 4 pt high).
    """
    heading = [k for k, gc in enumerate(grid.cells) if gc.r0 == 0]
    row = 0
    if (
        len(heading) == 1
        and len(grid.ys) > 2
        and grid.cells[heading[0]].c1 - grid.cells[heading[0]].c0 == len(grid.xs) - 1
        and not _over_lower_words(cell_words[heading[0]])
    ):
        row = 1
    while row < len(grid.ys) - 2 and not any(cell_words[k] for k, gc in enumerate(grid.cells) if gc.r0 == row):
        row += 1
    return row


def _over_lower_words(words: list[Word]) -> list[Word]:
    """The words drawn over a word of the same cell that starts lower (a line run on over the row's own).

    Only words starting between a word's top and its bottom can be drawn over
    it, so each word is compared with those alone, in order of their tops:
    a page's first row may hold a whole page of words.
    """
    ordered = sorted(words, key=lambda w: w.box.top)
    tops = [w.box.top for w in ordered]
    out: list[Word] = []
    for w in words:
        for o in ordered[bisect_right(tops, w.box.top + 1.0):]:
            if o.box.top >= w.box.bottom:
                break
            if drawn_over(w.box, o.box):
                out.append(w)
                break
    return out



def split_run_on(lines: list[TextLine], start: float, column: tuple[float, float]) -> tuple[list[Word], list[TextLine]]:
    """Split off the page's first `lines` the words a cell of the page before ran on with over them.

    `start` is where the cell's last line begins, `column` its left and right
    edges. Line by line from the page's top, the run-on is the text among a
    line's words (`one_text`) that begins at `start` and stays inside the
    column, drawn over the line's other words; the first line with no such
    text ends it. Returns the words taken and the lines left, in order.
    """
    taken: list[Word] = []
    left: list[Word] = []
    n = 0
    for ln in lines:
        text = one_text(start, ln.words)
        rest = [w for w in ln.words if all(w is not t for t in text)]
        if (
            not text
            or not rest
            or abs(text[0].box.x0 - start) > ALIGN_TOL
            or any(w.box.x0 < column[0] - 0.5 or w.box.x1 > column[1] for w in text)
            or not any(drawn_over(a.box, b.box) for a in text for b in rest)
        ):
            break
        taken.extend(text)
        left.extend(rest)
        n += 1
    if not taken:
        return [], lines
    return taken, [*group_lines(left, lines[0].page), *lines[n:]]
