"""Whether a line under a cell's bottom rule, at the pitch of the text run over it, is that run-over's.

After a line of the run-over drawn over the row below (`overflow.lift_run_over`),
its next line may fall where the row's own text could go on: under a label the
run-over was drawn over, or a step under the cell's own line. The row's own
lines begin at the cell's edge and lie at its other cells' heights; the
run-over's go on at its own indent and pitch.
"""

from __future__ import annotations

from ..layout.model import Word
from .cuts import LIST_MARKER
from .steps import ALIGN_TOL, AT_START, PITCH_TOL, SAME_LINE, on_step


def off_own_lines(
    line: list[Word], rest: list[Word], start: float, steps: set[float], last: float, like: Word | None = None
) -> bool:
    """Whether a line of the run-over goes on over the cell below where that cell has no line of its own.

    After a line drawn over the cell's words, the run-over's next line may
    fall under them, over nothing ("PAS." under a target label the run-over
    "progress" was drawn over). It is the run-over's when it starts at the
    run-over's own indent (`start`), left of which the cell below's lines
    begin (or it lies less than a line under the cell's last line, which no
    line of that text does), and lies no step of that cell's text below its
    line above it: the cell's own next line would be a step lower than its
    last. A line that lies no step under the cell's last line is no line of
    that cell's text wherever it begins: "responsif." 15.75 pt under the
    label "Target B12:" it starts at the edge of, a step (13.5) under the
    run-over's "diverifikasi" drawn over that label (Gentium Plus, 12 pt).
    `last` is the top of the run-over's line above, `like` a word of it.
    Where the two lines above lie at one height, the page's drawing order
    (`Word.drawn`), where known, decides first: an engine draws a text's
    lines one after another, so the line goes on the one of them drawn
    nearest before it ("Itu melalui", drawn after the row's own "•
    Merupakan." that was drawn after the run-over's "sekretariat.", both at
    one height; Chromium, the item's first line justified, its word after
    the marker pushed off the hanging indent).
    """
    top = min(w.box.top for w in line)
    own = [w for w in rest if w.box.top < top - 1.0]
    if not own or abs(line[0].box.x0 - start) > 0.5:
        return False
    if any(abs(w.box.top - top) <= SAME_LINE and w.box.x1 <= line[0].box.x0 + 0.5 for w in rest):
        return False  # the cell's own line begun left of it, at a list marker: "1." of "1. Masih"
    above = max(w.box.top for w in own)
    # less than a line under the cell's last line, it is no next line of that cell's
    # text, wherever that text begins ("Khususnya." 7.5 pt under "diverifikasi", both at the edge)
    if not any(abs(top - (above + d)) <= PITCH_TOL for d in steps):
        return True
    close = top - above < 0.9 * min(w.box.height for w in line)
    if not close and start - min(w.box.x0 for w in own) <= ALIGN_TOL:
        return False
    if abs(above - last) > SAME_LINE:
        return False
    # the run-over's line above lies on the cell's own line ("ekonomi." over
    # "Target B24:", the same height; "sensitifitas" 0.75 pt under "mekanisme
    # antara.", a line's words apart): a step below is as much the one text's
    # as the other's. At the run-over's indent with nothing of the cell left
    # of it (no list marker) it is the run-over's: the cell's own text goes on
    # at that indent only after a line of its own there (a list item's), never
    # after one begun at the cell's edge (a label, its target text empty). Begun
    # there: its first word, or the word after its list marker; a word of a line
    # begun further left only lies there ("(2)" of "Target (2) B06:", 0.46 pt
    # right of the indent "sama mengenai", then "ajudikasi resiko", run over it)
    # right of the word after a list marker (Chromium sets "Secara" of "1. Secara" 1.2 pt left of
    # its item's next lines, "Strategi." at the run-over's indent), within a cell's alignment
    line_above = sorted((w for w in own if abs(w.box.top - above) <= 1.0), key=lambda w: w.box.x0)
    if like is not None and line_above and 0 <= like.drawn and line[0].drawn >= 0:
        drawn = max(w.drawn for w in line_above)
        if like.drawn < drawn < line[0].drawn:
            return False  # drawn after the cell's own line, itself drawn after the run-over's
        if like.drawn < line[0].drawn < drawn:
            return True  # drawn after the run-over's line, before the cell's own
    if line_above and LIST_MARKER.match(line_above[0].text):
        return not any(-0.5 <= start - w.box.x0 <= ALIGN_TOL for w in line_above[1:2])
    return not any(abs(w.box.x0 - start) <= 0.5 for w in line_above[:1])


def off_row_lines(line: list[Word], row: list[list[Word]]) -> bool:
    """Whether a run-over's next line lies beside a line of the row's other cells, but off it.

    A row sets its cells' lines at one height (Chromium: "Capaian Target:"
    beside "Target B24:", "Pandemi." 13.5 pt under both); the cell's own next
    line lies where theirs do. A line at the run-over's pitch 0.75 pt above
    the other cells' second line ("pembahasan." at 128.25, "Pandemi." at
    129.0) is the run-over's, though the steps the page's texts take (13.5 and
    12.75) put it a step under the cell's label as well.
    """
    top = min(w.box.top for w in line)
    near = [w.box.top for ws in row for w in ws if abs(w.box.top - top) <= SAME_LINE]
    return bool(near) and all(abs(t - top) > PITCH_TOL for t in near)


def goes_on_off_row(line: list[Word], rest: list[Word], start: float, steps: set[float], row: list[list[Word]]) -> bool:
    """Whether the line a step of the run-over under `line`, begun at its indent, lies off the row's lines.

    A run-over line that lies a step under both its own line above and the
    cell's label, at the height of the row's own next line, is either text's
    ("integrasikan" 13.5 under "teridentifikasimeng", drawn over "Target
    B12:", and 12.7 under that label, beside the row's "Tech"); the line after
    it tells: "potensi akademik." a step under it and 0.7 pt off the row's own
    line (`off_row_lines`) is the run-over's, and a text runs on line by line,
    so the one between is too. `rest` is the cell's words but `line`.
    """
    top = min(w.box.top for w in line)
    firsts = [w for w in rest if abs(w.box.x0 - start) <= AT_START and w.box.top > top + SAME_LINE and on_step(w.box.top, top, steps)]
    if not firsts:
        return False
    t = min(w.box.top for w in firsts)
    after = [w for w in rest if abs(w.box.top - t) <= SAME_LINE]
    return off_row_lines(after, row)
