"""How a line's last piece stands against its cell's edge: filled to it, or running on past it.

A word broken for want of room fills its line to the glyph that no longer
fits (`fills_edge`), and a piece set alone on its line and filled so may go on
on the next (`runs_past`): the geometry every reading of a line end starts
from (`word_edges`, `glued_runs`, `known_pieces`, `word_breaks`).
"""

from __future__ import annotations

from ..layout.model import Word
from .cuts import EDGE_TOL, GLYPH_SLACK
from .model import TextLine


def runs_past(nxt: TextLine | None) -> bool:
    """Whether the next line holds one piece alone, within an em of its edge with no space after: it may go on."""
    if nxt is None or len(nxt.words) != 1 or nxt.edge is None:
        return False
    only = nxt.words[0]
    return not only.space_after and nxt.edge - only.box.x1 < only.size


def fills_edge(line: TextLine, nxt: Word) -> bool:
    """Whether the line ends at its cell's edge with no room for the first glyph of `nxt`, the next line's word.

    An engine that breaks a word too long for its line (CSS `overflow-wrap`,
    LibreOffice, Typst) fills the line to the glyph that no longer fits; a
    line that wrapped between words leaves the room of a space and the next
    word, less than one glyph only now and then. The words' boxes do not give
    a glyph's width, so the room is held to an em, which no letter is wider
    than ("m" is 0.8 em in Carlito, 0.83 in Helvetica): less than the mean
    glyph would miss "dipertimbangkan" + "menggarisbawahi" with 6.7 pt left.
    Where the layout measured the glyph as drawn (`Word.advance`), the room
    is held to it as `cuts.filled` holds it: "didiseminasikan" 8.5 pt short
    of its edge, then a "d" of 6.5 pt, wrapped between two words.
    """
    if line.edge is None or not nxt.text:
        return False
    room = line.edge - line.words[-1].box.x1
    if nxt.advance > 0 and room > GLYPH_SLACK * nxt.advance + EDGE_TOL:
        return False  # the glyph, as drawn, would have fitted
    return room < nxt.size
