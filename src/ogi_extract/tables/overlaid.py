"""Two texts drawn at one place: which words are the run-over's line, and which the row's own.

A cell's text run over its row's rule, or on over the next page's first row,
is drawn over the text it meets there (the row's own, a heading, the table's
next row), often at the same height and in the same face. A line of text
never draws a word over its neighbour, so the words fall into lines; the
geometry (`steps`: where the text began its last line, the height it is due
at, its face and spaces) and, where it ties, the page's drawing order tell
which line is the run-over's. Used by `overflow.py`, `over_next.py`,
`under_table.py` and `run_on.py`.
"""

from __future__ import annotations

from ..layout.model import Word
from ..layout.words import WORD_GAP
from .cuts import LIST_MARKER, NARROWEST_SPACE
from .steps import ALIGN_TOL, AT_START, BROKEN_ENDS, PITCH_TOL, SAME_LINE, drawn_over, on_step


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
    Before any height: the page's drawing order (`Word.drawn`), where known.
    An engine draws a cell's text line after line and the row below after
    it, so of two texts begun alike the run-over is the one drawn nearest
    after `like`: "penilaian, peta" 0.75 pt under the height it is due at,
    not the row's own "miskin" drawn there (Chromium, the two texts
    justified at one pitch in one face, their lines rounded apart).
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
    if like is not None and like.drawn >= 0 and len(alike) > 1:
        # drawn after the text it goes on, the nearest: the row below is drawn after all of it
        after = [t for t in alike if t[0].drawn > like.drawn]
        alike = [min(after, key=lambda t: t[0].drawn)] if after else alike
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


def _goes_on(text: list[Word], word: Word) -> tuple[bool, bool, bool, bool, bool, int, float]:
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

    Where all that ties, a line's words are drawn one after another: a word
    goes on the line whose last word is drawn nearest before it, none drawn
    after it ("progres" of the row's "karena progres", not of the run-over's
    "responsif MA" that ends nearer before it, the two texts justified at one
    height in one face: Chromium draws the run-over with its row, before the
    row below).
    """
    last = text[-1]
    gap = word.box.x0 - last.box.x1
    return (
        gap <= WORD_GAP * word.size,
        (last.font, last.bold) != (word.font, word.bold),
        abs(last.box.top - word.box.top) > PITCH_TOL,
        not _spaced_alike(text, word),
        last.drawn > word.drawn >= 0,
        word.drawn - last.drawn if 0 <= last.drawn < word.drawn else 0,
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
