"""A text line a producer draws on both pages of a break: read once.

A producer may draw the text line that a page's edge cuts on both pages, each
copy clipped to its page (wkhtmltopdf): the next page then begins the cell
with the same words at the same places as its last line on the page before.
`read_once` keeps one copy, the one a reader sees (`layout.clips` marks the
words a clip path cuts off), and hands back the other's words so they are
counted as read, not lost.

A producer may also draw, of the copy its clip cuts away, only the glyphs
whose ink reaches inside the clip (Chromium): the descenders of a line drawn
whole at the foot of one page show as a few letters ("p", "g", "j") above
the next page's text area, each where it stands in its word on the page
before. Such a line is the same line, only in pieces: `pieces_of` tells it.
"""

from __future__ import annotations

from ..layout.model import Box, Word
from ..layout.visibility import CUT_OFF
from .model import Cell, RowGroup, TextLine


def same_line(a: TextLine, b: TextLine, least: int = 2) -> bool:
    """The same words at the same places across the page (a line drawn on two pages).

    Two words at least: a lone word at a cell's left edge ends one page and
    opens the next by chance often enough (a repeated word wrapped alone).
    """
    return len(a.words) == len(b.words) >= least and all(
        x.text == y.text and abs(x.box.x0 - y.box.x0) <= 0.5 for x, y in zip(a.words, b.words)
    )


# Points a piece may stand past the word it is a piece of (rounding of the glyph boxes).
PIECE_TOL = 0.5


def pieces_of(cut: TextLine, whole: TextLine) -> bool:
    """Every word of `cut` is a piece of a word of `whole` drawn at the same place across the page.

    The glyphs of a line that a clip cuts away, drawn only where their ink
    reaches inside the clip, read as short words ("p", "g") each lying
    inside the word of the whole line it belongs to, its letters among that
    word's. Words in the line's order; several pieces may come of one word.
    """
    if not cut.words or not whole.words:
        return False
    k = 0
    for w in cut.words:
        while k < len(whole.words):
            x = whole.words[k]
            if w.text in x.text and x.box.x0 - PIECE_TOL <= w.box.x0 and w.box.x1 <= x.box.x1 + PIECE_TOL:
                break
            k += 1
        else:
            return False
    return True


def _cut_off(line: TextLine) -> bool:
    """Whether a clip path cuts every word of the line (see `layout.clips`)."""
    return bool(line.words) and all(w.visibility == CUT_OFF for w in line.words)


# Lines each side of a page break among which a copy and the line it copies are sought.
WINDOW = 3


def _clipped_copies(lines: list[TextLine]) -> set[int]:
    """The indexes of the lines a clip cuts off that copy a line the reader sees across the page break.

    wkhtmltopdf draws a cell's lines near a break on both pages, each copy
    clipped to its page's text area: the page's last line seen is drawn
    again above the next page's clip, and the line under its own clip is
    the next page's first one seen ("rint antar partisipasi" seen, then
    "https://www.lkp-" cut off; on the next page the other way round). So a
    cut-off line copies a line seen a line or two away, not only the one
    next to it; Chromium draws of such a copy only the glyphs whose ink
    reaches inside the clip (`pieces_of`).
    """
    out: set[int] = set()
    for i in range(1, len(lines)):
        if lines[i].page != lines[i - 1].page + 1:
            continue
        tail = [k for k in range(max(0, i - WINDOW), i) if lines[k].page == lines[i - 1].page]
        head = [k for k in range(i, min(len(lines), i + WINDOW)) if lines[k].page == lines[i].page]
        for mine, theirs in ((head, tail), (tail, head)):
            for k in mine:
                if not _cut_off(lines[k]):
                    continue
                seen = [lines[j] for j in theirs if not _cut_off(lines[j])]
                if any(same_line(lines[k], o, 1) or pieces_of(lines[k], o) for o in seen):
                    out.add(k)
    return out


def copies_among(lines: list[TextLine]) -> list[TextLine]:
    """The lines a clip cuts off that copy a line the reader sees across the page break, among the lines of
    a row's cells taken together, in page order.

    The copy may fall in another cell of the row than the line it copies:
    wkhtmltopdf draws the achievement's last line ("s://ogi.bappenas.go.id/barang
    layer.") again at the next page's top, above its clip, where the row
    goes on with its co-creation cell only; cell by cell (`read_once`) it
    would be read twice.
    """
    ordered = sorted(lines, key=lambda ln: (ln.page, ln.box.top, ln.box.x0))
    return [ordered[k] for k in sorted(_clipped_copies(ordered))]


def read_once(lines: list[TextLine]) -> tuple[list[TextLine], list[Word]]:
    """A cell's lines with the copy of a line cut by a page break left out, and the copy's words.

    A producer may draw the text line that a page's edge cuts on both pages
    (each copy clipped to its page): the next page then begins the cell with
    the same words at the same places as its last line on the page before.
    Two words at least make a copy (see `same_line`); one word will do where
    a clip path cuts one of the two, and the copy the reader sees is kept
    (`_clipped_copies`, which also finds a copy a line or two from the break
    and one that holds only pieces of the line's words).
    """
    kept: list[TextLine] = []
    copies: list[Word] = []
    clipped = _clipped_copies(lines)
    for i, ln in enumerate(lines):
        if i in clipped:
            copies.extend(ln.words)
            continue
        before = kept[-1] if kept else None
        if before is None or ln.page != before.page + 1:
            kept.append(ln)
            continue
        cut_before, cut_here = _cut_off(before), _cut_off(ln)
        if same_line(before, ln, 1 if cut_before or cut_here else 2):
            if cut_before and not cut_here:
                kept[-1] = ln
                copies.extend(before.words)
            else:
                copies.extend(ln.words)
            continue
        kept.append(ln)
    return kept, copies


def shown_words(cell_words: list[Word]) -> list[str]:
    """The texts of the words a reader sees among `cell_words`: a clip's leftovers left out."""
    return [w.text for w in cell_words if w.visibility != CUT_OFF]


def hand_down_cut(header: RowGroup, below: RowGroup | None) -> None:
    """Move the clipped pieces drawn in a repeated header row to the cell under them that goes on.

    Chromium repeats a table's header row on the new page and draws the rest of
    the cut row under it; of the line the break cut, drawn whole at the old
    page's foot, it draws again only the glyphs whose ink reaches inside the
    new page's clip, above the header ("p" of "pemanfaatan", where that word
    stood). They fall in the header's cell, which then prints no longer the
    same words as the table's first row. They are the cut line's, in the column
    of the cell that goes on: placed there as its first line, `read_once` reads
    them as the pieces of the line before. Left in the header when no cell on
    that page lies under them (counted with the header's words, not lost).
    """
    if below is None:
        return
    moved: dict[int, tuple[Cell, list[Word]]] = {}
    for piece in (p for c in header.cells for p in c.pieces):
        for line in list(piece.lines):
            for w in [w for w in line.words if w.visibility == CUT_OFF]:
                home = _cell_under(below, (w.box.x0 + w.box.x1) * 0.5, piece.page)
                if home is not None:
                    moved.setdefault(id(home), (home, []))[1].append(w)
                    line.words.remove(w)
            if not line.words:
                piece.lines.remove(line)
    for home, words in moved.values():
        words.sort(key=lambda w: w.box.x0)
        first = home.pieces[0]
        box = Box(
            min(w.box.x0 for w in words), min(w.box.top for w in words),
            max(w.box.x1 for w in words), max(w.box.bottom for w in words),
        )
        first.lines.insert(0, TextLine(first.page, words, box, first.lines[0].edge))


def _cell_under(row: RowGroup, x: float, page: int) -> Cell | None:
    """The cell of `row` whose column holds `x` and whose text begins on `page`, if any."""
    return next(
        (c for c in row.cells if c.x0 <= x <= c.x1 and c.pieces and c.pieces[0].page == page and c.pieces[0].lines),
        None,
    )
