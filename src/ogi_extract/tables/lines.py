"""Words to lines, and lines back to the text the author typed.

Line breaks inside a cell are the layout engine's, not the author's, so lines
are joined with one space, except where the engine broke a word: after a "-"
or "/" ("SP4N-" + "LAPOR!"), and inside a word too long for a narrow column
("Pendamping" + "an"). A line that ends with a space glyph never broke a word.
Without one, the trailing space alone proves nothing (LibreOffice drops it at
the end of every full line), so the line must be full and then the document's
own vocabulary, or failing that the width of the joined word, decides. The
vocabulary also joins a word split after other words on its line, as engines
that fill a line's rest with part of a word do ("Kem" + "enterian", even
"Pe" + "mbanguna" + "n"), when it knows the whole and neither piece.
Punctuation that opens a line joins a word too long for any line. A URL goes
on across a line end without a space wherever the engine broke it ("https:" +
"//data.go.id"). These decisions are `word_breaks.broken_inside_word`'s.

A hyphen at a line end is dropped when the engine added it
("in-" + "formasi" gives "informasi") and kept when the author typed it
("masing-" + "masing"): `line_ends.drops_hyphen` weighs the evidence; a soft
hyphen kept is written "-", as it was printed. So is every U+2010 or U+2011
left in the text: a font's one hyphen glyph serves "-" and U+2010 alike, and
the text layer names it by whichever code the subsetter kept (WeasyPrint in
Lato writes every "COVID-19" and "SP4N-LAPOR!" with U+2010); a reader
searching for "COVID-19" means the hyphen the page shows. A line that opens a list item
("2.", "a.", "•") never continues the line before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter

import regex

from ..layout.model import Box, Word
from .cuts import full_line
from .lexicon import SOFT_HYPHEN, URL_LIKE, lexical
from .line_ends import drops_hyphen
from .model import TextLine
from .word_breaks import broken_inside_word

_GLUED_BREAK = regex.compile(r"[-/‐\u00ad]$")
# hyphens a text layer may name the printed "-" by, written "-" (one character for one: `starts` hold)
_AS_PRINTED = str.maketrans({"\u2010": "-", "\u2011": "-"})
# What opens a list item at a line start (see `opens_item`).
_BULLET = regex.compile(r"^(?:\p{Co}|[•●·▪◦])$")
_NUMBER_MARKER = regex.compile(r"^\(?\d{1,2}[.)]$")
# A range of numbers ending a line: "2020-202" (see `_range_cut`).
_RANGE_END = regex.compile(r"(?<!\d)(\d+)[-–‐](\d+)$")
_ITEM_MARKER = regex.compile(r"^(?:\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]|[ivxIVX]{1,4}[.)]|[\-–])$")


# Sort keys read in C (`attrgetter`): `group_lines` sorts every cell of every page.
_top_left = attrgetter("box.top", "box.x0")
_left = attrgetter("box.x0")


def group_lines(words: Iterable[Word], page: int) -> list[TextLine]:
    """Cluster words into lines by vertical overlap, then order each line by x.

    Backends disagree on their own line ids, so lines are rebuilt from geometry:
    a word joins a line when its vertical centre lies within the line's band.
    This runs for every cell of every page, hence the plain floats.
    """
    lines: list[list[Word]] = []
    tops: list[float] = []
    bottoms: list[float] = []
    for w in sorted(words, key=_top_left):
        b = w.box
        cy = (b.top + b.bottom) * 0.5
        n = len(lines)
        for i in range(n - 1, n - 4 if n > 3 else -1, -1):
            if tops[i] <= cy <= bottoms[i]:
                lines[i].append(w)
                if b.top < tops[i]:
                    tops[i] = b.top
                if b.bottom > bottoms[i]:
                    bottoms[i] = b.bottom
                break
        else:
            lines.append([w])
            tops.append(b.top)
            bottoms.append(b.bottom)
    out: list[TextLine] = []
    for ws, top, bottom in zip(lines, tops, bottoms):
        ws.sort(key=_left)
        x1 = max([w.box.x1 for w in ws])
        out.append(TextLine(page, ws, Box(ws[0].box.x0, top, x1, bottom)))
    out.sort(key=_top_left)  # a line's box: the same keys as a word's
    return out


def opens_item(
    line: TextLine, before: str = "", bullets: frozenset[str] = frozenset(), lexicon: frozenset[str] | None = None
) -> bool:
    """Whether the line begins a list item, after a line that ended with `before`.

    Such a line never continues the last word of the line before, whatever the
    vocabulary says: LibreOffice ends a full line without a space, and "Kejaksaan."
    + "2." must not become "Kejaksaan.2.". A bullet glyph always opens an item;
    a number, letter, dash or "o" only with the item's text after it on the line
    and not after a hyphen or slash, where it is the rest of a range, a URL or
    a name ("2020-" + "21.", ".../8/" + "20.", "COVID-" + "19."), nor after a
    URL ending in digits, where it may be the rest of its number, nor after
    a range of numbers cut short ("2020-202" + "2."), nor where
    the vocabulary knows the word they would end ("keterbukaa" + "n."); a
    letter or a dash not after a letter either.
    """
    if not line.words:
        return False
    first = line.words[0].text
    if first in bullets or _BULLET.match(first):
        return True
    if len(line.words) < 2 or _GLUED_BREAK.search(before):
        return False
    if lexicon is not None and lexical(before) and lexical(before + first) in lexicon:
        return False
    if before[-1:].isdigit() and URL_LIKE.search(before) and first[:1].isdigit():
        return False  # a URL's number goes on ("…/informasi/20" + "21. Kepada"): the room decides (`url_room`)
    if first[:1].isdigit() and _range_cut(before):
        return False  # "2020-202" + "2. Masa.": the range's rest, not an item
    if _NUMBER_MARKER.match(first) or first == "o":
        return True
    # A letter with its stop, or a dash, after a letter may as well end a broken word.
    return not before[-1:].isalpha() and _ITEM_MARKER.match(first) is not None


def _range_cut(before: str) -> bool:
    """Whether a line ends with a range of numbers cut short: its last number has three digits or more, fewer
    than its first ("2020-202"), where a range is written whole ("2020-2022") or shortened to two ("2020-21")."""
    found = _RANGE_END.search(before)
    return found is not None and 3 <= len(found.group(2)) < len(found.group(1))


@dataclass(slots=True)
class JoinedText:
    """Joined text with the character offset of every word, for provenance."""

    text: str
    words: list[Word]
    starts: list[int]

    def words_from(self, offset: int) -> list[Word]:
        return [w for w, s in zip(self.words, self.starts) if s >= offset]

    def words_before(self, offset: int) -> list[Word]:
        return [w for w, s in zip(self.words, self.starts) if s < offset]


def join_lines(
    lines: list[TextLine],
    *,
    left: float | None = None,
    right: float | None = None,
    bullets: frozenset[str] = frozenset(),
    bullet: str = "•",
    lexicon: frozenset[str] | None = None,
    spaces_mark_breaks: bool = False,
    drops_crossing_spaces: bool = False,
) -> JoinedText:
    """The text of consecutive lines, joined by the rules above.

    `left` and `right` are the edges the lines were set between (a cell's inner
    edges) and `lexicon` the document's vocabulary (see `lexicon.py`); both serve to
    tell a word broken for lack of room from one the author ended;
    `spaces_mark_breaks` says the producer's trailing spaces can be trusted,
    `drops_crossing_spaces` that it leaves out those that would cross the edge.
    """
    chunks: list[str] = []
    words: list[Word] = []
    starts: list[int] = []
    pos = 0
    current = ""  # the word being written, pieces of a broken word joined
    prev: TextLine | None = None
    for n, line in enumerate(lines):
        for i, w in enumerate(line.words):
            token = bullet if w.text in bullets else w.text
            if not token:
                continue
            if chunks:
                glued = False
                broken = i == 0 and prev is not None and not prev.words[-1].space_after
                if broken and prev is not None and not opens_item(line, current, bullets, lexicon):
                    if drops_hyphen(current, token, lexicon, full_line(prev, right, w)):
                        chunks[-1] = chunks[-1][:-1]  # the engine's hyphen, not the author's
                        current = current[:-1]
                        pos -= 1
                        glued = True
                    else:
                        if current.endswith(SOFT_HYPHEN):
                            # kept: it was printed as a hyphen ("sosial-" + "ekonomi")
                            chunks[-1] = chunks[-1][:-1] + "-"
                            current = current[:-1] + "-"
                        after = next((ln for ln in lines[n + 1 :] if ln.words), None)
                        # a slash standing alone, spaced from the word before it ("(PPN) /" +
                        # "BAPPENAS"), is spaced from the word after it too; a dash so set may
                        # open the word after it ("aplikasi -" + "aplikasi" is "-aplikasi")
                        signed = _GLUED_BREAK.search(chunks[-1]) is not None and current != "/"
                        glued = signed or broken_inside_word(
                            prev, line, left, right, lexicon, spaces_mark_breaks, current, after, drops_crossing_spaces
                        )
                if not glued:
                    chunks.append(" ")
                    current = ""
                    pos += 1
            chunks.append(token)
            current += token
            words.append(w)
            starts.append(pos)
            pos += len(token)
        if line.words:
            prev = line
    return JoinedText("".join(chunks).translate(_AS_PRINTED), words, starts)


def lines_box(lines: list[TextLine]) -> Box | None:
    if not lines:
        return None
    box = lines[0].box
    for ln in lines[1:]:
        box = box.union(ln.box)
    return box
