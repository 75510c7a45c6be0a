"""The line steps of a page's texts: how far one line of a text lies below the one before.

A cell's text that runs over a rule, or on at the top of the next page, is
told from the text it is drawn over by its steps: it goes on a step of its
own text (or of the page's texts, where it has no line of its own) below its
last line, while the other text stands at its own height. Used by
`overflow.py` (text run over a row's bottom rule) and `run_on.py` (text run
on over the next page's first row).
"""

from __future__ import annotations

from ..layout.model import Box, Word
from ..layout.words import DESCENT, WORD_GAP
from .cuts import LIST_MARKER, NARROWEST_SPACE
from .lexicon import LINE_END_HYPHENS

ALIGN_TOL = 2.0  # points: lines of one cell start this close to its left edge
PITCH_TOL = 0.3  # points: lines of one text follow each other at one pitch, this exactly
SAME_LINE = 1.0  # points: words whose tops lie this close stand on one line
AT_START = 0.5  # points: a run-over's line begins where the text's last line began, this exactly
CLOSE = 0.5  # of a line's height: lines nearer than this are two texts drawn over each other
# A line that ends with these ends inside a word or a path: its next line goes on with the rest.
BROKEN_ENDS = (*LINE_END_HYPHENS, "/")
# Of an em over the baseline, how high a word's ink reaches: capitals, figures, ascenders and
# brackets; the other lower-case letters; dashes and stops alone (see `ink_top`).
CAP_HEIGHT, X_HEIGHT, DASH_HEIGHT = 0.7, 0.5, 0.35
_ASCENDERS = frozenset("bdfhklt")
_LOW_MARKS = frozenset("-‐‑–—_.,:;·•~")


def ink_top(word: Word) -> float:
    """Where a word's ink begins, from its baseline and letters: its box is an em box (`layout.words`),
    taller than any glyph, and a line of low glyphs ("-") set under a rule may poke its box above it."""
    base = word.box.bottom - DESCENT * word.size
    text = word.text
    if any(c.isupper() or c.isdigit() or c in _ASCENDERS or not (c.isalpha() or c in _LOW_MARKS) for c in text):
        height = CAP_HEIGHT
    elif any(c.isalpha() for c in text):
        height = X_HEIGHT
    else:
        height = DASH_HEIGHT
    return base - height * word.size


def line_tops(words: list[Word]) -> list[float]:
    tops: list[float] = []
    for t in sorted([w.box.top for w in words]):  # a list, not a generator: sorted on every cell of every page
        if not tops or t - tops[-1] > SAME_LINE:
            tops.append(t)
    return tops


def common_pitch(texts: list[list[Word]]) -> float | None:
    """The most common step from one line to the next in these texts: the page's line pitch.

    A step shorter than the text's lines are high is none: two texts drawn
    over each other half a line apart (a cell's run-over between the lines of
    the paragraph under its table, both at 12 pt) would make it 6 pt. Two
    texts drawn closer than that, their lines overlapping by more than half
    (`CLOSE`), take turns: each line steps to the one two on, the other
    text's line between ("Target B06:", a run-over's line 3 pt under it,
    then "CSO keadilan." 12 pt under the label: steps of 3 and 9 in turn,
    a pitch of 12).
    """
    steps: dict[float, int] = {}
    for words in texts:
        tops = line_tops(words)
        if len(tops) < 2:
            continue
        height = sorted([w.box.bottom - w.box.top for w in words])[len(words) // 2]
        close = [b - a < CLOSE * height for a, b in zip(tops, tops[1:])]
        for i, a in enumerate(tops[:-1]):
            if close[i] or i > 0 and close[i - 1]:
                if i + 2 >= len(tops):
                    continue
                b = tops[i + 2]  # two texts in turn: this one's next line is two on
            else:
                b = tops[i + 1]
            if b - a < 0.9 * height:
                continue
            step = round(b - a, 1)
            steps[step] = steps.get(step, 0) + 1
    return max(steps, key=lambda d: (steps[d], -d)) if steps else None


def one_text(
    start: float,
    words: list[Word],
    want: float | tuple[float, ...] | None = None,
    like: Word | None = None,
    theirs: tuple[float, ...] = (),
    room: float | None = None,
    faces: frozenset[tuple[str, bool]] = frozenset(),
    edge: float | None = None,
) -> list[Word]:
    """The words of the run-over's line among `words`: one line of text, none drawn over another.

    Where the run-over is drawn over the row below's first line, that line's
    words may stand at the pitch and inside the column too ("menerima." over
    "Milestone", then the row's own "M12:" after it). A line of text never
    draws a word over its neighbour: the words fall into lines so, each
    taking the next word that clears its last one, and the run-over is the
    line that begins nearest where the text above it began its last line
    (`start`: a list item's indent goes on); a word that begins there begins
    a line, whatever ends before it, and so does one more than `SAME_LINE`
    off the last word of every line it clears. Of two texts that begin there
    alike, the one nearest the height `want` the run-over's line is due at,
    when given: "pelaksanaan." one pitch under the line above, not the row's
    own "Target B24:" drawn at its place, three quarters of a point lower.
    Of two that begin there at the very height it is due at, the one set in
    the font of the text it goes on (`like`, a word of its last line):
    "transparansi." in the text's regular face, not the bold label "Target
    B24:" drawn at the same place to the hundredth of a point. Of two in that
    font too, where `like` ends inside a word or a path (a line-end hyphen, a
    slash), the one opening in lower case or a digit goes on it: "…/id-barang-"
    + "view-view-publik-index", not the row's "Tanggal, sosial-ekonomi" drawn
    at its very place (Chromium, one face, both texts at one step).
    `want` may be several heights (each step of a text that takes more than
    one): of two texts at two of them, the face decides as at one.
    `theirs`: the heights at which the row below begins its text in its other
    cells (`first_lines`). A row's cells begin their first lines at one
    height, so of two texts begun alike the one at such a height is the row's
    own and the other the run-over, whatever the step: "hanya format" 12.75 under the line
    above (the text's other step), not the row's "Target B24:" 0.8 pt lower,
    a whole pitch under it and at the height of "Capaian Target:" beside it.
    `room`: what the text's line above left before the text's right edge. An
    engine that fills lines one by one sets a word on the line where it fits
    after a space, so of two texts begun alike the one whose first word would
    have fit there is the other's: "pidana." (33.2 pt wide) would have fit the
    35.7 pt "publik" left, "terbuka," (37.5) would not; both are drawn at one
    place, to the hundredth of a point, in one face. The space is the
    narrowest of a text font's (`cuts.NARROWEST_SPACE`).
    `faces`: the faces (font, bold) the text's lines are set in under its
    first (which may hold a label). A face may come as several fonts, a few
    glyphs each (Chromium's Type3 fonts of a variable face): where neither
    text opens in `like`'s font, the one opening in a font the text uses
    goes on it ("teridentifikasimen" in a font of "provinsi", not the label
    "Target B12:" in one of the bold face, both drawn at one place).
    `edge`: the right rule of the column the run-over stays in. A cell's text
    never runs past its column's rule, so of two texts begun alike that the
    face does not tell apart, the one that does is the other's: the heading
    "OMS Sektor Keadilan", across the table below, not "Persiapan." drawn at
    its very place (one face, each in a subset of its own). Where the face
    tells, it decides: a text in the face of the text above that runs out of
    the column is no run-over, and the caller takes none.
    """
    texts: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.box.x0):
        # nor a word a line's height off its last word: "penelitian" 3.75 pt over "Target" it follows
        clear = [t for t in texts if w.box.x0 >= t[-1].box.x1 - 0.5 and abs(w.box.top - t[-1].box.top) <= SAME_LINE]
        # a word where the run-over's line is due to begin begins a line: "ditiadakan"
        # at the indent, 1.9 pt after "Via" of the row's own line "Via disediakan"
        if clear and abs(w.box.x0 - start) > AT_START:
            min(clear, key=lambda t: _goes_on(t, w)).append(w)
        else:
            texts.append([w])
    if not texts:
        return []
    near = min(abs(t[0].box.x0 - start) for t in texts)
    alike = [t for t in texts if abs(t[0].box.x0 - start) <= near + 0.5]
    if theirs and len(alike) > 1:
        mine = [t for t in alike if all(abs(min(w.box.top for w in t) - y) > PITCH_TOL for y in theirs)]
        alike = mine or alike
    if room is not None and len(alike) > 1:
        unfit = [t for t in alike if t[0].box.width + NARROWEST_SPACE * t[0].size > room]
        alike = unfit or alike
    if want is None or len(alike) == 1:
        return alike[0]
    wants = want if isinstance(want, tuple) else (want,)
    off = {id(t): min(abs(min(w.box.top for w in t) - y) for y in wants) for t in alike}
    nearest = min(off.values())
    tied = [t for t in alike if off[id(t)] <= nearest + PITCH_TOL]
    if like is not None and len(tied) > 1:
        same = [t for t in tied if (t[0].font, t[0].bold) == (like.font, like.bold)]
        if len(same) == 1:
            return same[0]
        used = [t for t in tied if (t[0].font, t[0].bold) in faces] if not same else []
        if len(used) == 1:
            return used[0]
        if like.text.endswith(BROKEN_ENDS):
            # the word cut at the line end goes on in lower case or a digit: "…/id-barang-" + "view-…"
            cut = [t for t in same or tied if _goes_on_cut(t[0].text)]
            if len(cut) == 1:
                return cut[0]
    if edge is not None and len(tied) > 1:
        tied = [t for t in tied if t[-1].box.x1 <= edge] or tied
    return min(tied, key=lambda t: off[id(t)])


def _goes_on_cut(text: str) -> bool:
    """Whether a line opening with `text` may go on a word cut at a line end: it opens in lower case or a digit."""
    return text[:1].islower() or text[:1].isdigit()


def _goes_on(text: list[Word], word: Word) -> tuple[bool, bool, bool, bool, float]:
    """How `word` goes on a line of text whose words so far are `text` (`one_text`'s choice; smaller goes on better).

    The words of one line stand a space apart, wider than the layout's
    `WORD_GAP` (narrower, they would be one word); a line is set in one face,
    at one top, its spaces alike (`_spaced_alike`); and of lines that all fit,
    the one whose last word ends nearest before it: "Transparan," goes on
    from "ekonomi." it follows a space after, not from "B24:" of the label it
    was drawn over, which ends further left. Of "sedang" run over the heading
    "Tindak Lanjut:" at one top, "Lanjut:" lies 1.0 pt after "sedang" (0.09
    em, in bold) and 3.8 pt after "Tindak": it goes on the heading, and
    "berhasil" on "sedang".

    Of two justified lines drawn over each other at one top, "pencatatan"
    lies 2.0 pt after "Fitur" of the row's own line, whose words stand 20.1
    pt apart, and 21.5 pt after the run-over's "diakses,", whose line it
    ends; "Sipil" stands at the top of "ajudikasi." of its own line, 0.75 pt
    under the run-over's "diantaranya" it lies nearer after.
    """
    last = text[-1]
    gap = word.box.x0 - last.box.x1
    return (
        gap <= WORD_GAP * word.size,
        (last.font, last.bold) != (word.font, word.bold),
        abs(last.box.top - word.box.top) > PITCH_TOL,
        not _spaced_alike(text, word),
        -last.box.x1,
    )


def _spaced_alike(text: list[Word], word: Word) -> bool:
    """Whether `word` stands as far after the line's last word as that word after the one before it.

    A line set justified widens all its spaces alike, a line set ragged
    keeps them at the font's space: within a text font's narrowest space
    (`NARROWEST_SPACE`), which what the word boxes add or leave out of a
    space at a stop stays well inside. A line of one word says nothing.
    """
    if len(text) < 2:
        return True
    before = text[-1].box.x0 - text[-2].box.x1
    return abs(word.box.x0 - text[-1].box.x1 - before) <= NARROWEST_SPACE * word.size


def first_lines(cells: list[list[Word]]) -> tuple[float, ...]:
    """The heights at which these cells (a row's others) begin their text: `one_text`'s `theirs`.

    A cell whose first words are drawn over each other (a run-over of the
    cell above it and its own first line) shows no such height.
    """
    out: list[float] = []
    for words in cells:
        if not words:
            continue
        top = min(w.box.top for w in words)
        first = [w for w in words if w.box.top < top + 0.5 * w.box.height]
        if not any(drawn_over(a.box, b.box) for n, a in enumerate(first) for b in first[n + 1 :]):
            out.append(top)
    return tuple(out)


def drawn_over(a: Box, b: Box) -> bool:
    """Whether two word boxes cover each other in good part (text drawn over text)."""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    return w > 0.2 * min(a.width, b.width) and h > 0.3 * min(a.height, b.height)


def in_space(word: Word, words: list[Word]) -> bool:
    """Whether `word` fills the space between two words of another text's line among `words`.

    The words of one line stand a space apart; a word lying in that space,
    no space left before or after it, is no word of that line. On a top of
    its own (more than `PITCH_TOL` off) or in another face, it is another
    text's drawn there: a run-over's final stop, a step under its line above
    at its indent, between the bold label's "Target" and "B12:" of the row
    below, 0.75 pt higher (Chromium, Noto Sans 12 pt).
    """
    b = word.box
    gap = WORD_GAP * word.size
    before = [w for w in words if b.x0 - gap <= w.box.x1 <= b.x0 + 0.5]
    for a in before:
        after = [
            w for w in words
            if abs(w.box.top - a.box.top) <= PITCH_TOL and w.box.x0 >= a.box.x1 and b.x1 - 0.5 <= w.box.x0 <= b.x1 + gap
        ]
        other = abs(a.box.top - b.top) > PITCH_TOL or (a.font, a.bold) != (word.font, word.bold)
        shared = min(a.box.bottom, b.bottom) - max(a.box.top, b.top) > 0.5 * min(a.box.height, b.height)
        if after and other and shared:
            return True
    return False


def words_box(words: list[Word]) -> Box:
    """The box around some words (a line of a run-over, which no `TextLine` holds yet)."""
    return Box(
        min(w.box.x0 for w in words), min(w.box.top for w in words),
        max(w.box.x1 for w in words), max(w.box.bottom for w in words),
    )


def off_line(a: Box, b: Box) -> bool:
    """Whether two word boxes share most of a line's height at heights a point apart or more: lines of two texts."""
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    return h > 0.3 * min(a.height, b.height) and abs(a.top - b.top) > 1.0


def on_step(top: float, last: float, steps: set[float]) -> bool:
    """Whether a line at `top` is a step of the text after its line at `last`, to a fraction of a point."""
    return any(abs(top - (last + d)) <= PITCH_TOL for d in steps)


def across_rule(box: Box, rules: list[float]) -> bool:
    """Whether a word's box is cut by one of the row rules at heights `rules` (text drawn over a rule)."""
    return any(box.top < y - 0.5 and box.bottom > y + 0.5 for y in rules)


def text_steps(texts: list[list[Word]], pitch: float) -> set[float]:
    """The steps from line to line of every text of the page near its pitch (`own_steps` of each).

    A cell continued from the page before as a sliver has no line of its own
    to count from; its run-over steps as the page's texts do (Chromium's 13.5
    and 12.75 pt, the page's pitch being either).
    """
    out = {pitch}
    for words in texts:
        out |= own_steps(line_tops(words), pitch)
    return out


def own_steps(tops: list[float], pitch: float | None) -> set[float]:
    """The steps from line to line of the cell's own text: the page's pitch and those near it.

    Chromium rounds its line boxes to its layout unit, so one text may step
    14.25 pt and now and then 15 pt, or 13.5 and 12.75 (the page's most common
    step being either); its run-over steps the same.
    """
    if pitch is None:
        return set()
    own = {round(b - a, 2) for a, b in zip(tops, tops[1:])}
    return {pitch, *(d for d in own if pitch * 0.9 <= d <= pitch * 1.1)}


def ending_text(line: list[Word], words: list[Word], cell: list[Word], steps: set[float]) -> list[Word]:
    """Of a run-over's line and the row's own drawn over it, both begun at one place, the one no line goes on from.

    `line` is the run-over's line as `one_text` chose it among `words` (those
    due at a step of the text), `cell` the words of the cell below it lies in.
    Chromium draws the run-over at a step of the text above (12.75 pt, and 12
    now and then, in Roboto at 10.5 pt); the row's own text steps the same, so
    its line may lie 0.75 pt off, at the same indent (a list item's under the
    run-over's), both due at a step. The row's own text goes on below, a step
    under its line ("kepemimpinan", then "seksual draft" 12.75 lower); where only
    one of the two is so followed, the other is the run-over's ("basis zoom.",
    0.75 pt higher, 13.5 above "seksual": no step of the text).
    """
    others = [w for w in words if all(w is not o for o in line)]
    other = one_text(line[0].box.x0, others) if others else []
    if not other or abs(other[0].box.x0 - line[0].box.x0) > AT_START:
        return line
    if not any(drawn_over(a.box, b.box) for a in line for b in other):
        return line
    rest = [w for w in cell if all(w is not o for o in line) and all(w is not o for o in other)]

    def followed(text: list[Word]) -> bool:
        top = min(w.box.top for w in text)
        return any(on_step(w.box.top, top, steps) for w in rest)

    return other if followed(line) and not followed(other) else line


def hung_text(line: list[Word], words: list[Word], last_line: list[Word]) -> list[Word]:
    """Of a run-over's line begun at the list marker of the text's last line, and another drawn over it, the one at the item's hanging indent.

    `line` is the run-over's line as `one_text` chose it among `words` (those
    due at a step of the text), by where the text's last line begins. When
    that line is a list item's first ("2. Seksual lembaga via"), the item's
    next line begins at its hanging indent, under the word after the marker
    (79.5, the item's text at 78.3: Chromium sets the lines after the first
    1.2 pt further right), never at the marker's place: a line begun there is
    a new item (a marker of its own) or another text. So where the line chosen
    begins at the marker's place with no marker, and another line at the
    hanging indent is drawn over it ("review, konsep, responsif." over the
    next row's label "Target B24:", begun at the cell's edge), that other line
    is the run-over's and the chosen one the row's own.
    """
    ordered = sorted(last_line, key=lambda w: w.box.x0)
    if len(ordered) < 2 or not LIST_MARKER.match(ordered[0].text) or not line:
        return line
    if abs(line[0].box.x0 - ordered[0].box.x0) > AT_START or LIST_MARKER.match(line[0].text):
        return line
    hang = ordered[1].box.x0
    others = [w for w in words if all(w is not o for o in line)]
    other = one_text(hang, others) if others else []
    if not other or abs(other[0].box.x0 - hang) > ALIGN_TOL:
        return line
    if not any(drawn_over(a.box, b.box) for a in line for b in other):
        return line
    return other
