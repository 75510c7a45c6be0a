"""The line steps of a page's texts: how far one line of a text lies below the one before.

A cell's text that runs over a rule, or on at the top of the next page, is
told from the text it is drawn over by its steps: it goes on a step of its
own text (or of the page's texts, where it has no line of its own) below its
last line, while the other text stands at its own height. Used by
`overflow.py` (text run over a row's bottom rule), `run_on.py` (text run
on over the next page's first row) and `overlaid.py` (which of two texts
drawn at one place is the run-over's line).
"""

from __future__ import annotations

from ..layout.model import Box, Word
from ..layout.words import DESCENT, WORD_GAP
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
