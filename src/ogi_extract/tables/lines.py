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
Punctuation that opens a line joins a word too long for any line.

A URL goes on across a line end without a space wherever the engine broke it
("https:" + "//data.go.id", "https://www." + "antikorupsi.org"): see
`url_goes_on`. A hyphen at a line end is dropped when the engine added it
("in-" + "formasi" gives "informasi") and kept when the author typed it
("masing-" + "masing"): `line_ends.drops_hyphen` weighs the evidence; a soft
hyphen kept is written "-", as it was printed. A line that opens a list item
("2.", "a.", "•") never continues the line before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter

import regex

from ..layout.model import Box, Word
from .cuts import cut_by_width, full_line, slash_goes_on
from .lexicon import PATH_LIKE, SOFT_HYPHEN, Lexicon, is_prefix, lexical
from .line_ends import broken_run, drops_hyphen
from .model import TextLine

_GLUED_BREAK = regex.compile(r"[-/‐\u00ad]$")
# A list number, letter or bullet that opens a line item.
_LIST_MARKER = regex.compile(r"^(?:\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|[ivxIVX]{1,4}[.)]|\p{Co}|[•●·▪◦\-–])$")
# What opens a list item at a line start (see `opens_item`).
_BULLET = regex.compile(r"^(?:\p{Co}|[•●·▪◦])$")
_NUMBER_MARKER = regex.compile(r"^\(?\d{1,2}[.)]$")
_ITEM_MARKER = regex.compile(r"^(?:\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]|[ivxIVX]{1,4}[.)]|[\-–])$")
_PATH_LIKE = PATH_LIKE
# A URL or a file name: not prose with a slash ("Kabupaten/Kota").
_URL_LIKE = regex.compile(r"(?:://|www\.|[\p{L}\p{N}][_.][\p{L}\p{N}])")
_SCHEME = regex.compile(r"https?://", regex.IGNORECASE)
_LAST_LETTERS = regex.compile(r"\p{L}+$")
_FIRST_LETTERS = regex.compile(r"^\p{L}+")
# What a URL's rest may open with besides a letter or a digit.
_URL_GOES_ON = frozenset("/.-_?=&#%~:")
# A URL's rest that opens with the rest of a number: "1-laporan", "21/dokumen".
_DIGITS_GO_ON = regex.compile(r"^\d+[-/_.=&?#]\w")
_CAPITALISED = regex.compile(r"^\p{Lu}\p{Ll}{2,}")
_CLOSING = regex.compile(r"^[.,;:!?)\]}»”’%]+$")
# What cannot be the rest of a broken word: punctuation alone, a bullet, a URL's start.
_NOT_A_TAIL = regex.compile(r"^(?:[^\p{L}\p{N}]+$|\p{Co}|(?:https?://|www\.))", regex.IGNORECASE)


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
        x1 = max(w.box.x1 for w in ws)
        out.append(TextLine(page, ws, Box(ws[0].box.x0, top, x1, bottom)))
    out.sort(key=lambda ln: (ln.box.top, ln.box.x0))
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
    a name ("2020-" + "21.", ".../8/" + "20.", "COVID-" + "19."), nor where
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
    if _NUMBER_MARKER.match(first) or first == "o":
        return True
    # A letter with its stop, or a dash, after a letter may as well end a broken word.
    return not before[-1:].isalpha() and _ITEM_MARKER.match(first) is not None


def _marker(text: str, index: int) -> bool:
    """A list marker: a number, letter or bullet, or an "o" bullet opening its line."""
    return _LIST_MARKER.match(text) is not None or (index == 0 and text == "o")


def _broken_inside_word(
    line: TextLine,
    nxt: TextLine,
    left: float | None,
    right: float | None,
    lexicon: frozenset[str] | None,
    spaces_mark_breaks: bool = False,
    head: str | None = None,
) -> bool:
    """Whether the engine broke a word between the end of `line` and the start of `nxt`.

    `head` is the word as joined so far when `line` began with the rest of a
    word broken before it ("Ne" + "gara" is "Negara" when "dan" follows): the
    vocabulary is asked about it rather than about the line's last piece.

    Only a full line can end inside a word. The document's vocabulary decides
    first: the joined word known joins; where both pieces would have fitted on
    one line (Word and LibreOffice would have moved the word whole) only when
    neither piece is a word itself, as engines that fill a line's rest with
    part of a word do ("Kem" + "enterian", not "bekerja" + "sama"); both
    pieces known does not; the pieces so
    far beginning a known word join when the next line is that word's middle
    piece. Failing that, a word that starts after others on its line is broken
    there only when it is longer than a whole line (Word and LibreOffice move
    it whole otherwise), URLs and paths are joined, and prose only when a lone
    word continues in lower case in a document whose engine does not
    hyphenate (one that does marks its breaks with a hyphen).
    """
    if not nxt.words:
        return False
    last, first = line.words[-1], nxt.words[0]
    head = last.text if head is None else head
    if first.text.startswith("/") and _PATH_LIKE.search(head):
        return True  # a path goes on ("index.php" + "/pengadaan"), however full its line
    if slash_goes_on(line, nxt):
        return True  # "penting" + "/panduan": no author spaces before a slash
    if url_goes_on(head, first.text, lexicon):
        return True
    if head[-1] in ",;!?)" or (head[-1] in ".:" and _PATH_LIKE.search(head) is None):
        return False  # punctuation ended the word ("mekanisme," + "akomodasi.")
    if right is not None and right - last.box.x1 > last.size:  # the next glyph would not fit
        return False
    if spaces_mark_breaks:
        return True
    if _CLOSING.match(first.text) and right is not None:
        # Punctuation that opens a line ended the word before it when the two
        # would not fit on the line it opens ("kesejahteraan" + ".", a hanging
        # list indent counted); after a word that fits, it is the author's own
        # spacing ("hasil" + ":").
        return last.box.width + first.box.width > right - nxt.box.x0
    if _NOT_A_TAIL.match(first.text):
        return False
    several = sum(1 for k, w in enumerate(line.words) if not _marker(w.text, k)) > 1
    # The whole would open the next line where it starts, and end at the cell's edge.
    edge = line.right if line.right is not None else right
    start = nxt.box.x0 if left is None else max(left, nxt.box.x0)
    fits = several and left is not None and edge is not None and last.box.width + first.box.width <= edge - start
    # The tail's first part when it is prose with a slash: "pena" + "nganan/validasi".
    tail = first.text
    if "/" in tail[1:] and not _URL_LIKE.search(tail):
        tail = tail.split("/", 1)[0]
    h, t = lexical(head), lexical(tail)
    if lexicon is not None and h and t:
        h_known, t_known = h in lexicon, t in lexicon
        if lexical(head + tail) in lexicon and (not fits or not (h_known or t_known)):
            # Known whole: also after other words, as engines that fill the
            # rest of a line with part of a word do ("Kem" + "enterian").
            return True
        if "/" in head and not _PATH_LIKE.search(head.replace("/", " ")):
            # A slash compound ("terserap/persia" + "pan"): its last part decides.
            part = lexical(head.rsplit("/", 1)[1])
            if part and lexical(part + tail) in lexicon and (part not in lexicon or cut_by_width(line, nxt, head, lexicon)):
                return True  # a part that is a word itself ("Review/ke" + "pada,") when the line was filled
        if h_known and t_known:
            return False
        if h.isalpha() and t.isalpha() and broken_run(h + t, len(h), lexicon):
            # A long word glued of known ones, cut where a line ended ("penan"
            # + "datangananmenin" begins "penandatanganan" + "menindaklanjuti").
            return True
        if len(nxt.words) == 1 and not first.space_after and is_prefix(lexical(head + tail), lexicon):
            # A word in three pieces or more ("k" + "ementeria" + "n"): the
            # middle piece fills its line and the pieces so far begin a known word.
            return True
        if (
            (h_known and not several or t_known and len(t) >= 4)
            and len(h) >= 4
            and not is_prefix(lexical(head + tail), lexicon)
        ):
            # A whole word of the document alone on its line, that no known
            # word continues with the next line's start: the line broke after
            # it ("Mengimplementasi" filling its line, then "sistem"). After
            # other words a known piece proves less: engines that fill a
            # line's rest with part of a word make pieces that are words.
            # Likewise a known word of four letters or more opening the next
            # line that no known word ends with ("oratorium" + "dengan").
            return False
    if fits:
        return False
    if cut_by_width(line, nxt, head, lexicon):
        return True  # a word too wide for any line, cut where its line was full
    if _PATH_LIKE.search(last.text):
        if not (_URL_LIKE.search(head) or _slash_prose_cut(head, first.text, lexicon)):
            return False  # prose with a slash, its last part whole: "Wilayah/ini" + "menggunakan"
        # a URL or path, which engines break anywhere, unless a known word follows
        known = lexicon is not None and lexical(first.text) in lexicon
        return not known and not _CAPITALISED.match(first.text)
    if isinstance(lexicon, Lexicon) and lexicon.engine_hyphens:
        return False  # this engine breaks prose with a hyphen, and here is none
    return not several and not first.text[:1].isupper()


def _slash_prose_cut(head: str, tail: str, lexicon: frozenset[str] | None) -> bool:
    """Whether prose with a slash ending a line may go on, as engines that cut words anywhere do ("hak/o").

    Not when its last part is a word of the document ("Wilayah/ini" +
    "menggunakan": moved whole) and does not begin one with the tail
    ("memahami/pen" + "yandang" is "penyandang"), nor where the engine hyphenates (it would
    have marked a cut with a hyphen: "operasional/melakukan" + "pembelajaran").
    """
    if lexicon is None:
        return True
    if isinstance(lexicon, Lexicon) and lexicon.engine_hyphens:
        return False
    part = lexical(head.rsplit("/", 1)[-1])
    return len(part) < 2 or part not in lexicon or lexical(part + tail) in lexicon


def url_goes_on(head: str, tail: str, lexicon: frozenset[str] | None = None) -> bool:
    """Whether `tail`, opening a line, is the rest of the URL `head` ended the line before with.

    Engines break a URL wherever they may, with no hyphen and however short its
    line is left (a long path after "www." moves whole): after "https:",
    inside the scheme ("ht" + "tps://"), after a dot ("https://www." +
    "antikorupsi.org") or anywhere in TeX's `url` ("antikoru" + "psi.org/").
    The scheme cut in two is certain; otherwise the head must be a URL not
    closed by a comma, a semicolon or a bracket, and the tail open with lower
    case, a digit or a URL's sign, never a new URL. Then the URL goes on when
    the tail holds a dot, a slash or an underscore ("go.id/dokumen"), when the
    head ends with a sign no sentence ends with ("/", "-", "_", "=") or with a
    dot inside the host ("https://keuda." + "kemendagri."), or when the letters
    on both sides of the break join into a piece of the document's URLs
    ("index.php/ja" + "sa", "lapo" + "ran": see `Lexicon.pieces`), when a
    number in the path is cut ("/202" + "1-laporan": the tail's digits go on
    with a URL's sign), or after a dot in the path when the tail's letters are
    a piece of the document's URLs and no word of its prose ("index." +
    "php-article"; a URL ending a sentence is followed by prose).
    """
    if not head or not tail:
        return False
    cut = len(head)
    if any(m.start() < cut < m.end() for m in _SCHEME.finditer(head + tail)):
        return True  # "https:" + "//data.go.id", "ht" + "tps://"
    if _NOT_A_TAIL.match(tail) or head[-1] in ",;)]}»”’":
        return False
    scheme = head.find("://")
    if scheme < 0 and not head.lower().startswith("www."):
        return False
    opens = tail[0]
    if not (opens.islower() or opens.isdigit() or opens in _URL_GOES_ON):
        return False
    if opens in _URL_GOES_ON or _PATH_LIKE.search(tail) is not None or head[-1] in "/-_=&?":
        return True
    if head[-1] == "." and "/" not in head[scheme + 3 :]:
        return True  # the host is not complete: "https://keuda." + "kemendagri."
    if head[-1].isdigit() and _DIGITS_GO_ON.match(tail):
        return True  # a number cut in the path: "go.id/202" + "1-laporan"
    before, after = _LAST_LETTERS.search(head), _FIRST_LETTERS.match(tail)
    pieces = lexicon.pieces if isinstance(lexicon, Lexicon) else lexicon
    if head[-1] == "." and after is not None and isinstance(lexicon, Lexicon):
        # a file name cut after its dot: "index." + "php-article", when "php"
        # is a piece of the document's URLs and no word of its prose
        word = after.group(0).lower()
        return word in lexicon.pieces and word not in lexicon
    return (
        pieces is not None
        and before is not None
        and after is not None
        and (before.group(0) + after.group(0)).lower() in pieces
    )


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
) -> JoinedText:
    """The text of consecutive lines, joined by the rules above.

    `left` and `right` are the edges the lines were set between (a cell's inner
    edges) and `lexicon` the document's vocabulary (see `lexicon.py`); both serve to
    tell a word broken for lack of room from one the author ended;
    `spaces_mark_breaks` says the producer's trailing spaces can be trusted.
    """
    chunks: list[str] = []
    words: list[Word] = []
    starts: list[int] = []
    pos = 0
    current = ""  # the word being written, pieces of a broken word joined
    prev: TextLine | None = None
    for line in lines:
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
                        glued = _GLUED_BREAK.search(chunks[-1]) is not None or _broken_inside_word(
                            prev, line, left, right, lexicon, spaces_mark_breaks, current
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
    return JoinedText("".join(chunks), words, starts)


def lines_box(lines: list[TextLine]) -> Box | None:
    if not lines:
        return None
    box = lines[0].box
    for ln in lines[1:]:
        box = box.union(ln.box)
    return box
