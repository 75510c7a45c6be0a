"""Text drawn past the rules of its cell, given back to that cell.

Producers that do not grow a row to fit its text draw the rest past the row's
bottom rule: over the row below (Chromium), or below the table's last rule
(ReportLab, WeasyPrint), sometimes over the text that follows the table. The
rest is found by where it lies (inside the cell's column and padding) and by
the pitch of the text it continues (to a fraction of a point).
"""

from __future__ import annotations

from ..layout.model import Box, Word
from .grid import TOL, Grid
from .region_rules import CROSSING_MARGIN
from .cuts import LIST_MARKER
from .lines import group_lines
from .cells_under import cells_under, through
from .over_next import over_next
from .run_in import run_in
from .run_over_lines import goes_on_off_row, off_own_lines, off_row_lines
from .overlaid import ending_text, hung_text, one_text
from .steps import (
    ALIGN_TOL,
    AT_START,
    PITCH_TOL,
    SAME_LINE,
    common_pitch,
    drawn_over,
    first_lines,
    in_space,
    ink_top,
    line_tops,
    on_step,
    own_steps,
    text_steps,
    words_box,
)
from .under_table import beside, own_line, run_over_part, runs_across

# a text of fewer lines than this shows too few of its steps to tell them from the page's
FEW_LINES = 3


def lift_run_over(grid: Grid, cell_words: list[list[Word]]) -> None:
    """Give back to a cell the lines its text ran over its bottom rule with.

    A producer that does not grow a row to its text draws the rest past the
    row's bottom rule, over the row below (first line and all). Those words
    follow the text above at its own line pitch, to a fraction of a point, and
    inside its column; the row below starts its lines after its rule and
    padding, at a height of its own. A line of the cell below that falls on
    the pitch is the cell above's when it is drawn over the cell's own words
    or begins above its top rule: text runs down out of a cell, never up into one.
    So is one at the text's indent and step that fills the space between two
    words of the row's line, on a top of its own or in another face
    (`in_space`): a line's words stand a space apart.
    """
    pitch = common_pitch(cell_words)
    if pitch is None:
        return
    page_steps = text_steps(cell_words, pitch)
    top_pad = _top_padding(grid, cell_words)
    for j, upper in enumerate(grid.cells):
        below = cells_under(grid, upper)
        # the text above ends on this page, or (a row continued from the page
        # before, its cell a sliver here) its run-over begins above the rule
        early = [w for k in below for w in cell_words[k] if w.box.top < upper.box.bottom - 0.5]
        # the cell's own text, not a text above run into it over its top rule (`run_in`)
        foreign = run_in(cell_words[j], upper.box.top, upper.box.top + top_pad) if top_pad is not None else []
        own = [w for w in cell_words[j] if all(w is not o for o in foreign)] if foreign else cell_words[j]
        seed = own or early
        if not seed:
            continue
        left = min(w.box.x0 for w in seed) - ALIGN_TOL
        tops = line_tops(own)
        last = tops[-1] if tops else min(w.box.top for w in early) - pitch
        # where the text's last line starts: its run-over goes on there (a list item's indent)
        last_line = [w for w in own if w.box.top >= last - 1.0]
        start = min((w.box.x0 for w in last_line), default=left + ALIGN_TOL)
        # a text set at the pitch to its last line, not two drawn over each other
        steady = len(tops) >= 2 and abs(tops[-1] - tops[-2] - pitch) <= PITCH_TOL
        # the steps the text takes (14.25 pt, and 15 now and then: `own_steps`);
        # a sliver with no line of its own steps as the page's texts do, and so
        # may a text of two lines, which shows one of its steps at most ("ke-6
        # validasi" 14.25 apart, its run-over "peta" 15 lower)
        steps = own_steps(tops, pitch) if len(tops) >= FEW_LINES else page_steps | own_steps(tops, pitch)
        # a word of the text's last line: its run-over is set in its font
        like = max((w for w in seed if w.box.top >= (tops[-1] if tops else last) - 1.0), key=lambda w: w.box.x1, default=None)
        ran_over = False  # a line of the run-over already taken from below
        like_height = like.box.height if like is not None else pitch
        # the faces the text is set in, under its first line (a label's); read when a line is chosen
        faces: frozenset[tuple[str, bool]] | None = None
        while True:
            moved: float | None = None
            # a line due under the bottom of a cell below lies in the cells under that one
            below = through(grid, below, last + min(steps, default=pitch) + like_height / 2)
            for k in below:
                words = cell_words[k]
                rule = grid.cells[k].box.top
                # where the row's own text can begin: under its rule and top padding
                own_top = rule + max(top_pad or 0.0, 0.0)
                at = [
                    w
                    for w in words
                    if (
                        any(_at_pitch(w.box.top, last + d, pitch, own_top if steady else None) for d in steps)
                        or _drawn_over_at(w, words, last, page_steps, like if ran_over else None, pitch)
                    )
                    and w.box.x1 <= upper.box.x1 + TOL
                ]
                if not any(w.box.x0 >= left for w in at):
                    continue
                # the row's other cells: where they begin their text, the row begins its own
                r0 = grid.cells[k].r0
                row = [ws for i, (gc, ws) in enumerate(zip(grid.cells, cell_words)) if i != k and gc.r0 == r0]
                # read with the row's words left of the text's column too: "B24:"
                # goes on "Target" of the label the run-over "n pelatihan" is drawn
                # over, not on "n" it lies 1.3 pt after
                if faces is None:
                    faces = frozenset((w.font, w.bold) for w in own if tops and w.box.top > tops[0] + SAME_LINE)
                line = [w for w in one_text(start, at, last + pitch, like, first_lines(row), faces=faces) if w.box.x0 >= left]
                if not line:
                    continue
                inside = [w for w in at if w.box.x0 >= left]
                # a list item goes on at its hanging indent, not at its marker (`hung_text`)
                line = ending_text(hung_text(line, inside, last_line), inside, words, steps)
                rest = [w for w in words if all(w is not o for o in line)]
                # above the rule by its em box where the line keeps the text's step exactly, by its ink where
                # it comes short of it: TeX sets a cell's first line of low glyphs ("-", the co-creation label)
                # as high as its padding lets them, 1.2 pt early, its box 2.8 pt over the rule, its ink under it
                exact = on_step(min(w.box.top for w in line), last, steps)
                above_rule = min(w.box.top if exact else ink_top(w) for w in line) < rule - _rise(top_pad, line) - 0.5
                covered = any(drawn_over(w.box, o.box) for w in line for o in rest)
                # at the text's indent and step, filling the space between words of the row's line ("." in "Target B12:")
                wedged = abs(line[0].box.x0 - start) <= AT_START and on_step(min(w.box.top for w in line), last, steps)
                wedged = wedged and all(in_space(w, rest) for w in line)
                off_own = ran_over and (
                    off_own_lines(line, rest, start, steps, last, like)
                    or off_row_lines(line, row)
                    or goes_on_off_row(line, rest, start, steps, row)
                )
                if not (above_rule or covered or wedged or off_own):
                    continue  # a line of the row below at the pitch by chance
                if not covered and line[0].box.x0 - start > 0.5 * (upper.box.x1 - upper.box.x0):
                    continue  # no line of a text begins half its cell right of where its lines do ("Semi-Aktif")
                cell_words[k] = rest
                cell_words[j].extend(line)
                top = min(w.box.top for w in line)
                if moved is None or top >= moved:
                    like = max(line, key=lambda w: w.box.x1)  # the run-over's last line now: its next goes on from it
                    if not LIST_MARKER.match(line[0].text):
                        # and begins where it began: a list item's next line at its hanging indent
                        # ("penelitian", then "ruang.", under "o Jasa")
                        start = min(w.box.x0 for w in line)
                moved = top if moved is None else max(moved, top)
            if moved is None:
                break
            last, ran_over = moved, True


def _drawn_over_at(
    word: Word, words: list[Word], last: float, steps: set[float], like: Word | None = None, pitch: float = 0.0
) -> bool:
    """Whether a word of the row below lies at a step of the page's texts (`steps`) under the text above
    and is drawn over a word of that row: the run-over, at a step its text had not shown yet.

    Chromium steps a text 14.25 pt and now and then 15; a text that showed only
    14.25 on the page ran over with 15 ("sepanjang." drawn over the row's label
    "Target B12:", 3 pt under it). A row never draws its own words over each
    other. Where no text of the page shows the step, within a quarter of the
    `pitch` of one, the page's drawing order tells, where known, once the text
    has run over by a line: the word is drawn after that line (`like`, a word
    of it, which the caller gives only then) and before the
    row's words it covers, as an engine draws a cell's lines one after another
    and the row below after them ("fitur, data" 11.25 pt under "saat format,
    hingga", over the label "Target B12:", every text of the page stepping 12).
    """
    if any(abs(word.box.top - (last + d)) <= PITCH_TOL for d in steps):
        return any(o is not word and drawn_over(word.box, o.box) for o in words)
    if like is None or not 0 <= like.drawn < word.drawn:
        return False
    if not any(abs(word.box.top - (last + d)) <= pitch / 4 for d in steps):
        return False
    over = [o for o in words if o is not word and drawn_over(word.box, o.box)]
    return bool(over) and word.drawn < min(o.drawn for o in over)


def _top_padding(grid: Grid, cell_words: list[list[Word]]) -> float | None:
    """How far under its top rule a cell of the table begins its text: the most common such offset of its cells.

    The most common, not the least: a run-over drawn over a cell's top rule
    begins above it, one drawn under it anywhere.
    """
    offsets: dict[float, int] = {}
    for gc, ws in zip(grid.cells, cell_words):
        if ws:
            d = round(min(w.box.top for w in ws) - gc.box.top, 1)
            offsets[d] = offsets.get(d, 0) + 1
    return max(offsets, key=lambda d: (offsets[d], -d)) if offsets else None


def _rise(top_pad: float | None, line: list[Word]) -> float:
    """How far above its top rule a row's own first line may begin: where the table's cells begin theirs.

    A font whose box (ascent and descent) is taller than the cells' padding
    sets every cell's first line a little above its rule (EB Garamond in
    LibreOffice: 0.5 pt, `top_pad` negative); a row's line begun there is
    its own, not a run-over of the row above drawn over the rule. Only
    within the top margin of the line's box (`CROSSING_MARGIN`), where a
    rule touches the text without crossing it: a most common offset further
    up is a run-over's own (a cell's last line drawn across the rule, 5 pt
    above it, in a table of two cells), no padding.
    """
    rise = -min(top_pad or 0.0, 0.0)
    return rise if rise <= CROSSING_MARGIN * min(w.box.height for w in line) else 0.0


def _at_pitch(top: float, want: float, pitch: float, rule: float | None) -> bool:
    """Whether a line at `top` follows the text above at its pitch, its next line being due at `want`.

    To a fraction of a point; a line that begins above the rule of the row it
    lies in, drawn over that rule, within a quarter of the pitch (Chromium sets
    the last line of a row's fragment 0.8 pt short of the pitch, across the
    rule, "juga menerima." over the row that begins "Milestone M12:"), when
    the text above runs at its pitch to its last line (`rule` given): a cell
    holding a heading and another text's run-over drawn over it has no line
    of its own to count from. `rule` is where the row's own text can begin:
    its rule and top padding. The short line may land just under the rule
    and still above that ("ian." 0.65 pt under the rule, the row's "Target
    B24:" 2.15 pt under it, in Inter); the caller keeps it only where it is
    drawn over the row's words.
    """
    if abs(top - want) <= PITCH_TOL:
        return True
    return rule is not None and top < rule - 0.5 and abs(top - want) <= pitch / 4


def overflow(
    grid: Grid,
    cell_words: list[list[Word]],
    loose: list[Word],
    limit: float,
    next_words: list[list[Word]] | None = None,
    next_rules: list[float] | None = None,
    page_texts: list[list[Word]] | None = None,
) -> tuple[list[Word], float]:
    """Move the loose words that continue a bottom cell below the grid into it.

    `next_words` are the cells' words of the table below, if any, and
    `next_rules` the heights of its row rules: the text can run on over that
    table's first row too (words drawn over its words, or across its rules,
    at the text's pitch). `page_texts`: the cells' words of every table of the
    page, whose steps tell a run-over line from a paragraph line it is drawn
    over (`run_over_part`). Returns the words left loose and the new bottom of the table.
    """
    nrows = len(grid.ys) - 1
    bottom = grid.box.bottom
    taken: set[int] = set()
    # the cells' padding: how far right of its rule a cell's text begins
    pads = [min(w.box.x0 for w in ws) - gc.box.x0 for gc, ws in zip(grid.cells, cell_words) if ws]
    pad = max(min(pads), 0.0) if pads else 0.0
    # a table of one-line cells (a sliver and its heading) shows no pitch: the page's texts
    # do, not the lines under it, where its run-over and a heading lie 1.5 pt apart
    own = common_pitch(cell_words) is not None
    pitch = (None if own else common_pitch(page_texts or [])) or common_pitch([*cell_words, loose])
    page_steps: set[float] | None = None  # the steps of the page's texts, when a line asks for them

    def steps_of_page() -> set[float]:
        # the tables' texts, and the lines under them begun left of the cells'
        # padding (the paragraph's own steps, the run-over's words apart)
        nonlocal page_steps
        if page_steps is None and pitch is not None:
            under = [w for w in loose if w.box.x0 < grid.box.x0 + max(pad - ALIGN_TOL, 0.5)]
            page_steps = text_steps([*cell_words, *(next_words or []), *(page_texts or []), under], pitch)
        return page_steps or set()
    for k, gc in enumerate(grid.cells):
        if gc.r1 != nrows:
            continue
        box = gc.box
        inside = [
            w
            for w in loose
            if id(w) not in taken
            and grid.box.bottom < w.box.cy
            and w.box.cy <= limit
            and w.box.x0 >= box.x0 - 0.5
            and w.box.x1 <= box.x1 + TOL
        ]
        # the cell's text, or the run-over of the cell above drawn down into
        # it (`lift_run_over`) when that is its lowest: the rest goes on there
        dest = _lowest_owner(box, cell_words, k)
        own = [w for w in cell_words[dest] if dest == k or _within(w.box, box)]
        if not inside and not (own and next_words):
            continue
        if own:
            # only a full cell runs over: its text reaches the rule
            height = max(w.box.bottom - w.box.top for w in own)
            reach = max(w.box.bottom for w in own)
            if reach < grid.box.bottom - 1.5 * height:
                continue
        else:
            # an empty cell runs over only when it is a sliver lower than a line
            # (a row that continues from the page before, its text not grown into it)
            height = max(w.box.bottom - w.box.top for w in inside)
            if box.bottom - box.top >= height:
                continue
            reach = box.bottom
        # the rest starts inside the cell's padding, as its text does (at its
        # left edge, a list item's indent or a sub-item's); text under the
        # table starts at the table's edge or runs across the column's rules
        edge = box.x0 + max(pad - ALIGN_TOL, 0.5)
        tops = line_tops(own)
        last = tops[-1] if tops else None
        # a text of few lines shows few of its steps: its run-over steps as the page's texts do
        steps = own_steps(tops, pitch) | (steps_of_page() if len(tops) < FEW_LINES else set())
        took = False
        # where the cell's last line starts: a line drawn over a text at its own height begins there
        start = min((w.box.x0 for w in own if last is not None and w.box.top >= last - 1.0), default=edge)
        for line in group_lines(inside, 0):
            # the other words at the line's height, outside the column too: a
            # heading under the table begins in it and runs on across its rule
            by = [w for w in loose if beside(w.box, line.box) and all(w is not o for o in line.words)]
            words = own_line(line.words, last, steps, start, by)
            covered = len(words) < len(line.words)
            lb = words_box(words)
            if not covered and last is not None and pitch is not None:
                # the run-over drawn over a line under the table at a step of
                # the cell's it has not shown yet (one of the page's)
                part = run_over_part(line.words, by, last, steps | steps_of_page(), start, edge, box, took)
                if part:
                    words, covered, lb = part, True, words_box(part)
            if took and lb.top < reach - 0.3 * height:
                # drawn over the run-over's line above, a third of a line deep: a line of
                # the text under the table ("1. Dua non atas" over "marjinal."); a text's
                # own lines follow each other, never over each other. Before the table's
                # edge ends the run-over: "Ukuran Keberhasilan 2:", from that edge, half a
                # step under "merupakan", the run-over's next line half a step lower again
                continue
            # the next line of the cell's text: no wider gap than a line's own
            if lb.top > reach + 0.8 * height or lb.x0 < edge:
                break
            if not covered and runs_across(lb, box, loose, words):
                # a line of text below the table, wider than the column (the
                # text a run-over is drawn over runs across it: that is no sign)
                break
            cell_words[dest].extend(words)
            taken.update(id(w) for w in words)
            reach, took, last = max(reach, lb.bottom), True, lb.top
            # the run-over's next line begins where its line before began: "PBNU."
            # under "kali kebutuhan" at the list item's indent (not at "2." of the
            # cell's last line), over the heading "Tindak Lanjut:" begun left of it;
            # a sliver with no line of its own alike ("Adalah kebutuhan." under
            # "identifikasi", over "Ukuran Keberhasilan 2:")
            start = lb.x0
        if next_words and pitch is not None and last is not None:
            # on over the table below, from the last line taken or the cell's own
            over = over_next(cell_words[dest], next_words, last, pitch, steps or {pitch}, (edge, box.x1 + TOL), next_rules or [])
            if over:
                reach, took = max(reach, over), True
        if took:
            bottom = max(bottom, reach)
    if not taken:
        return loose, grid.box.bottom
    return [w for w in loose if id(w) not in taken], bottom


def _within(word: Box, cell: Box) -> bool:
    """Whether a word's middle lies inside a cell's box."""
    return cell.x0 <= word.cx <= cell.x1 and cell.top <= word.cy <= cell.bottom


def _lowest_owner(box: Box, cell_words: list[list[Word]], k: int) -> int:
    """The cell whose word lies lowest inside cell `k`'s box: `k`, or a cell above whose text ran over into it.

    A target text drawn past its row's rule over the row below ("ekonomi.
    Transparan," over "Target B24:", that row's target empty) and on past
    the table's last rule goes on in the cell it began in.
    """
    lowest, owner = None, k
    # `_within` inlined (every word of the grid, for every cell of its last row), the same arithmetic
    x0, top, x1, bottom = box.x0, box.top, box.x1, box.bottom
    for i in [k, *(i for i in range(len(cell_words)) if i != k)]:  # the cell's own line first on a tie
        for w in cell_words[i]:
            b = w.box
            if (
                x0 <= (b.x0 + b.x1) / 2 <= x1
                and top <= (b.top + b.bottom) / 2 <= bottom
                and (lowest is None or b.top > lowest + 1.0)
            ):
                lowest, owner = b.top, i
    return owner
