"""What the document's vocabulary says of the two pieces of a line end without a hyphen.

`word_breaks.broken_inside_word` asks here first, once the geometry and the
signs at the end have had their say: the joined word known joins, where both
pieces would have fitted on one line only when neither piece is a word
itself (engines that fill a line's rest with part of a word make pieces
that are words: "Kem" + "enterian", not "bekerja" + "sama"); a word's ending
glued to the next word's start, a slash compound's or a hyphenated
compound's last part cut, a glued run cut at its edge, a word in three
pieces join; both pieces words, or a whole word no known word continues, end
there. None where the vocabulary cannot tell: the letters and the geometry
decide (`word_breaks`, `word_edges`).
"""

from __future__ import annotations

import regex

from .cuts import cut_by_width, filled
from .glued_runs import ending_then_word, glued_at_edge
from .language import ending_opens, known
from .lexicon import PATH_LIKE, URL_LIKE, Lexicon, is_prefix, lexical
from .line_ends import broken_run
from .model import TextLine
from .moved_words import fills_rest, moved_whole_words
from .fewer_words import reads_between
from .readings import begun_across, cut_inside
from .word_case import (
    acronym_before_acronym,
    acronym_before_lower,
    acronym_number,
    closes_mark_left_open,
    initial_goes_on,
)
from .edge_room import fills_edge, runs_past
from .word_edges import SUFFIX, rest_of_word, rest_opens

# A letter and the hyphen the engine broke after: a compound's first part ("e-" + "Katalog"), no word's rest.
_LETTER_PREFIX = regex.compile(r"^\p{Ll}-$")


def pieces_read(
    line: TextLine,
    nxt: TextLine,
    head: str,
    tail: str,
    lexicon: frozenset[str],
    *,
    several: bool,
    fits: bool,
    edge: float | None,
    after: TextLine | None,
) -> bool | None:
    """Whether the vocabulary reads a word broken between `line`'s end and `nxt`'s start, or one ended there;
    None when it cannot tell.

    `head` is the word so far as printed (a label glued to its value left
    out), `tail` the next line's first piece (a slash compound's first part);
    `several` whether the line holds other words before the head, `fits`
    whether the two would have fitted on one line, `edge` the cell's text
    edge, `after` the line after `nxt`.
    """
    first = nxt.words[0]
    h, t = lexical(head), lexical(tail)
    h_known, t_known = h in lexicon, t in lexicon
    hyphenates = isinstance(lexicon, Lexicon) and lexicon.engine_hyphens
    if (
        lexical(head + tail) in lexicon
        and (not fits or not (h_known or t_known))
        and not acronym_before_lower(head, first.text)
    ):
        # Known whole: also after other words, as engines that fill the
        # rest of a line with part of a word do ("Kem" + "enterian"). Not
        # an acronym before a piece in lower case: "PEN" + "catatan" is no
        # "pencatatan" cut, no word is written in capitals to a break and
        # goes on in lower case.
        return True
    if not h_known and lexical(head + tail) in lexicon and closes_mark_left_open(head, first.text):
        return True  # "(hany" + "a)": a bracket the head opened closes round a known word
    if initial_goes_on(head, t, lexicon):
        return True  # "I" + "mplementasi/m": a capitalised word cut after its capital
    if (
        not hyphenates
        and first.text[:1].islower()
        and edge is not None
        and filled(line, nxt, edge)
        and ending_then_word(h, t, lexicon)
    ):
        return True  # "terintegrasi" + "kanmenind": a word's ending glued to the next word's start
    if "/" in head and not PATH_LIKE.search(head.replace("/", " ")):
        # A slash compound ("terserap/persia" + "pan"): its last part decides,
        # a word itself ("Review/ke" + "pada,") when the line was filled, or
        # the compound filling it alone ("diskusi/pendamping" + "an"), as a whole word does.
        # Where the engine fills a line's rest with part of a word, a short word of the
        # document filling the line to its edge goes on too, when the tail is no word of
        # the document and the two join one: "aspek peran/di" + "kembangkan" ("dikembangkan").
        part = lexical(head.rsplit("/", 1)[1])
        rest_filled = (
            not t_known
            and isinstance(lexicon, Lexicon)
            and lexicon.cuts_after_words
            and edge is not None
            and filled(line, nxt, edge)
        )
        if (
            part
            and lexical(part + tail) in lexicon
            and (part not in lexicon or not several or rest_filled or cut_by_width(line, nxt, head, lexicon))
        ):
            return True
    if "-" in head[1:-1] and not URL_LIKE.search(head):
        # A hyphenated compound's last part cut as "Kem" + "enterian" is, neither
        # piece a word and the two joined one: "sosial-e" + "konomi".
        part = lexical(head.rsplit("-", 1)[1])
        if part.isalpha() and t.isalpha() and not (part in lexicon or t_known) and part + t in lexicon:
            return True
    if several and moved_whole_words(h, t, lexicon):
        # An engine that moves a word too wide for its line's rest to a line
        # of its own ("coba" + "penyidikmenyampai..." would have been) ended
        # a word here, however close to the edge ("penyidik" + "menyampaikan").
        return False
    if (not several or fills_rest(line, nxt, lexicon)) and glued_at_edge(line, nxt, h, t, lexicon, after):
        return True
    if h_known and t_known:
        # Both words, unless the tail is the middle of a word in three pieces
        # ("di" + "antara" + "nya"): alone on its line and filled to its edge,
        # the pieces so far begin a known word, and the line before was cut.
        middle = (
            len(nxt.words) == 1
            and not first.space_after
            and nxt.edge is not None
            and nxt.edge - first.box.x1 < first.size
            and is_prefix(lexical(head + tail), lexicon)
        )
        return middle and cut_by_width(line, nxt, head, lexicon)
    if (
        h.isalpha()
        and t.isalpha()
        and not hyphenates
        and broken_run(h + t, len(h), lexicon)
        and not (isinstance(lexicon, Lexicon) and not runs_past(nxt) and reads_between(h, t, lexicon, lexicon.language))
        and not acronym_before_lower(head, first.text)
        and not acronym_before_acronym(head, first.text, lexicon)
    ):
        # A long word glued of known ones, cut where a line ended ("penan"
        # + "datangananmenin" begins "penandatanganan" + "menindaklanjuti").
        # Not where the engine hyphenates: it marks such a cut with a
        # hyphen, and short words of the document make runs of almost
        # anything ("pandemi" + "kpu" + "sat…" of "pandemik" + "pusat").
        # Nor where the language reads the run in as few words with the
        # end between two: "antar" + "acara" is "antara" + "cara" only to
        # a document that writes "acara" nowhere else (`reads_between`),
        # nor after an acronym: "KI" + "pada" is no "KIP" + "ada" cut, nor
        # "PERKI" + "PPID" one of "per" + "kip" + "pid".
        return True
    if len(nxt.words) == 1 and not first.space_after and is_prefix(lexical(head + tail), lexicon):
        # A word in three pieces or more ("k" + "ementeria" + "n"): the
        # middle piece fills its line and the pieces so far begin a known word.
        return True
    if not hyphenates and edge is not None and filled(line, nxt, edge) and ending_opens(h, t, lexicon):
        return True  # "sensitifitas" filling its line, then "nyadidisem": "-nya" goes with the word before it
    if (
        (h_known and not several or t_known and len(t) >= 4)
        and len(h) >= 4
        and not is_prefix(lexical(head + tail), lexicon)
        and not (isinstance(lexicon, Lexicon) and not known(h, lexicon) and begun_across(h, t, lexicon, lexicon.language))
        and not (
            not t_known
            and (len(t) <= SUFFIX and not _LETTER_PREFIX.match(first.text) or acronym_number(head, tail, lexicon))
            and (len(nxt.words) == 1 or not several and rest_opens(first.text, t, lexicon))
            and fills_edge(line, first)
        )
        and not (not (h_known or several) and fills_edge(line, first) and rest_of_word(h, t, lexicon))
        and not (isinstance(lexicon, Lexicon) and cut_inside(h, t, lexicon, lexicon.language, runs_past(nxt)))
    ):
        # A whole word of the document alone on its line, that no known
        # word continues with the next line's start: the line broke after
        # it ("Mengimplementasi" filling its line, then "sistem"). After
        # other words a known piece proves less: engines that fill a
        # line's rest with part of a word make pieces that are words.
        # Likewise a known word of four letters or more opening the next
        # line that no known word ends with ("oratorium" + "dengan").
        # Not when the line reaches its edge and the next holds a piece
        # as short as a suffix alone, no word of the document: "sedang"
        # filling a narrow column, then "kan" (in a wide one, "diumumkan"
        # at the edge, then "ada dari", is two words), or after a word that
        # fills its line alone, closing its clause or going on with other words,
        # as a suffix the document's words end with ("pendamping" + "an. Bagi",
        # "an pemetaan"; not "Rencana" + "via, informasi"). Nor when an acronym
        # fills it before a number of its own ("PERKI" + "1/2021,", see `word_case`),
        # nor when a head no word filling it goes on with a word's rest ("menggun" + "akan"),
        # nor when the two read only as a run of words with the end inside one:
        # "Terintegrasi" + "kandidisemi" (+ "nasikan") holds "terintegrasikan" whole;
        # nor when the head is no word and the two begin one of the language ("meng" +
        # "implementasi" begins "mengimplementasikan"), after words of the head too
        # ("pertanggungjawabanmeng" + "implementasi").
        return False
    return None
