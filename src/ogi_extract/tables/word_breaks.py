"""Whether a line end without a hyphen broke a word: the engine's break, to join without a space.

Engines break a word too long for a narrow column anywhere, with no hyphen
("Pendamping" + "an"); some fill a line's rest with part of a word even
after other words ("Kem" + "enterian"); URLs and paths break after any sign
("https:" + "//data.go.id"). The document's vocabulary (`lexicon.py`) and the
line's geometry (its room to the cell's edge, `TextLine.edge`) tell such a
break from a line that wrapped between words (a word the vocabulary never
sees whole, cut where its line was full: `cuts.cut_by_width`);
`lines.join_lines` asks `broken_inside_word` at every line end that is not
a hyphen's; what the document's vocabulary says of the two pieces is
`known_pieces`'s, what concerns a URL is `url_breaks`'s, what the case of the
letters and the quotes on each side say is `word_case`'s, what an engine that
moves words whole shows is `moved_words`'s.
"""

from __future__ import annotations

import regex

from ..layout.model import Word
from .cuts import EDGE_TOL, cut_by_width, filled, left_unfilled, space_fitted
from .language import Derived, by_length, known, reduplication_ends, reduplication_opens
from .readings import cut_inside, derived_across, whole_after
from .known_pieces import pieces_read
from .lexicon import LONG_WORD, PATH_LIKE, URL_LIKE, Lexicon, lexical
from .foot_pieces import begins_word_over_page, piece_before_page_break, word_begun_over_page
from .model import TextLine
from .lone_pieces import begun_in_three, lone_letter_ends_word
from .moved_words import fills_rest, marker, middle_filled, moved_alone, spread_room
from .url_breaks import (
    NOT_A_TAIL,
    sentence_after_url,
    slash_prose_cut,
    url_ended,
    url_goes_on,
)
from .url_room import number_cut, segment_fitted, slash_goes_on, word_after_url
from .word_case import (
    acronym_before_acronym,
    OPENERS,
    acronym_before_lower,
    acronym_hyphen_goes_on,
    closes_mark_left_open,
    closes_quote,
    lower_before_capitals,
    lower_url_before_capitals,
    number_before_lower,
    quote_left_open,
)
from .edge_room import fills_edge, runs_past
from .word_edges import cut_between_letters, ends_between_words, stub_cut

_CAPITALISED = regex.compile(r"^\p{Lu}\p{Ll}{2,}")
_CLOSING = regex.compile(r"^[.,;:!?)\]}»”’%]+$")
# A word and a number joined by a hyphen, as an ordinal is written ("ke-6."), and closing punctuation.
_ORDINAL = regex.compile(r"^(\p{L}+)-\p{N}+[.,;:!?)]*$")
# Lower-case pieces joined by two hyphens or more, as a URL's path is: "e-dokumen-article-publik.".
_HYPHENED = regex.compile(r"^[\p{Ll}\p{N}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+){2,}[.,;:]?$")
_PATH_LIKE = PATH_LIKE
# A word, a colon and a word with no space: a label and the first word of its value ("Nilai:Tidak").
_GLUED_LABEL = regex.compile(r"^\p{L}+:\p{L}+$")


def broken_inside_word(
    line: TextLine,
    nxt: TextLine,
    left: float | None,
    right: float | None,
    lexicon: frozenset[str] | None,
    spaces_mark_breaks: bool = False,
    head: str | None = None,
    after: TextLine | None = None,
    drops_crossing_spaces: bool = False,
) -> bool:
    """Whether the engine broke a word between the end of `line` and the start of `nxt`.

    `head` is the word as joined so far when `line` began with the rest of a
    word broken before it ("Ne" + "gara" is "Negara" when "dan" follows): the
    vocabulary is asked about it rather than about the line's last piece.
    `after` is the line after `nxt`: a piece alone on a page's last line that
    begins a word going on over the break ("m" + "engupayak") is no suffix of
    the word before it.

    Only a full line can end inside a word. The document's vocabulary decides
    first (`known_pieces.pieces_read`): the joined word known joins; where both pieces would have fitted on
    one line (Word and LibreOffice would have moved the word whole) only when
    neither piece is a word itself, as engines that fill a line's rest with
    part of a word do ("Kem" + "enterian", not "bekerja" + "sama"); both
    pieces known does not; the pieces so
    far beginning a known word join when the next line is that word's middle
    piece. Failing that, a word that starts after others on its line is broken
    there only when it is longer than a whole line (Word and LibreOffice move
    it whole otherwise), URLs and paths are joined, and prose only when a lone
    word continues in lower case in a document whose engine does not
    hyphenate (one that does marks its breaks with a hyphen). Where the
    vocabulary knows neither piece, the letters at the break weigh in
    (`word_edges`): letters that end and begin the document's words mark a
    boundary, letters that end and begin almost none a cut.
    """
    if not nxt.words:
        return False
    last, first = line.words[-1], nxt.words[0]
    head = last.text if head is None else head
    if first.text.startswith("/") and _PATH_LIKE.search(head):
        return True  # a path goes on ("index.php" + "/pengadaan"), however full its line
    if slash_goes_on(line, nxt):
        return True  # "penting" + "/panduan": no author spaces before a slash
    if acronym_hyphen_goes_on(head, first.text):
        return True  # "TII" + "-WVI-INFID": nor before a compound's hyphen
    alone = len(nxt.words) == 1 and not first.space_after
    # An engine that hyphenates weighs whole paragraphs (TeX, Typst) and leaves
    # room at any break, a URL's too ("dan-da" + "n-jasa"): room proves nothing there.
    greedy = not (isinstance(lexicon, Lexicon) and lexicon.weighs_paragraphs)
    if url_goes_on(head, first.text, lexicon, alone) and not (greedy and segment_fitted(line, first, right, lexicon)):
        return True
    if _CLOSING.match(first.text) and middle_filled(line, nxt, head):
        return True  # "(m" + "emiliki)" filling its line alone + ".": one token cut twice
    if head[-1] in ",;!?" or (head[-1] in ".:" and _PATH_LIKE.search(head) is None):
        return False  # punctuation ended the word ("mekanisme," + "akomodasi.")
    if head[-1] == ")" and not _CLOSING.match(first.text):
        # A closing bracket ended the word; before the stop that closes the
        # bracket's sentence it weighs as a word's end does (`_CLOSING` below):
        # "(permohonan)" filling its line alone, "." too wide to go with it.
        return False
    if closes_quote(head) and first.text[:1].isalnum():
        return False  # a quotation closed ended its word ("‘di’" + "korba"; "‘petugas’" + "." is `_CLOSING`'s)
    if not last.text.strip(OPENERS) and first.text[:1].isalnum() and fills_rest(line, nxt, lexicon) and fills_edge(line, first):
        # "pemilihan (" at the edge, "pelaksanaa" + "n)": an engine that fills a line's rest with part of
        # a word cut "(pelaksanaan)" after its bracket; one that moves words whole ended the line at the
        # author's space ("PC-PEN (" + "https://pen…")
        return True
    if line.page != nxt.page and piece_before_page_break(head, nxt, lexicon, after, last.text):
        return True  # "pe" on a page's last line, "ngimpleme" opening the next page
    if line.page != nxt.page and word_begun_over_page(head, nxt, after, lexicon):
        return True  # "di" ending a page, "hasilka" filling the next page's first line, then "n"
    if after is not None and len(nxt.words) == 1 and begins_word_over_page(head, nxt, after, lexicon):
        return False  # "partisipasi", then "m" alone at the page's foot, "engupayak" on the next page
    if lone_letter_ends_word(head, nxt, lexicon):
        return True  # "…dipresentasika" + "n SDI": a letter alone ends the word, whatever room was left
    if right is not None and right - last.box.x1 > last.size:  # the next glyph would not fit
        return False
    if spaces_mark_breaks and not (drops_crossing_spaces and not space_fitted(line, right)):
        return True  # no space where the producer writes one (and it would have fitted): a cut
    if _CLOSING.match(first.text) and (quote_left_open(head, first.text) or closes_mark_left_open(head, first.text)):
        return True  # "“mendetailkan" + "”", "(perumusan" + ")": the mark the head opened closes on the next line
    if _CLOSING.match(first.text) and right is not None:
        # Punctuation that opens a line ended the word before it when the two
        # would not fit on the line it opens ("kesejahteraan" + ".", a hanging
        # list indent counted); after a word that fits, it is the author's own
        # spacing ("hasil" + ":"). Within the producer's rounding of the edge
        # they did not fit: LibreOffice moved Garuda's "." of "perkembangan."
        # to the next line where the two would have left 0.04 pt.
        return last.box.width + first.box.width > right - nxt.box.x0 - EDGE_TOL
    if NOT_A_TAIL.match(first.text):
        return False
    several = sum(1 for k, w in enumerate(line.words) if not marker(w.text, k)) > 1
    # The whole would open the next line where it starts, and end at the cell's edge.
    edge = line.edge if line.edge is not None else right
    start = nxt.box.x0 if left is None else max(left, nxt.box.x0)
    # (not a tail cut again at its own edge alone on its line: the word is wider than that: "2020-2022 i" +
    # "nformasi/disediaka" + "n.")
    fits = several and left is not None and edge is not None and last.box.width + first.box.width <= edge - start
    fits = fits and not (len(nxt.words) == 1 and runs_past(nxt))
    # The tail's first part when it is prose with a slash: "pena" + "nganan/validasi";
    # a number with one ("1/2021,") is one token.
    tail = first.text
    if "/" in tail[1:] and not URL_LIKE.search(tail) and not tail[:1].isdigit():
        tail = tail.split("/", 1)[0]
    ordinal = _ORDINAL.match(tail)
    if ordinal:
        tail = ordinal.group(1)  # "ke-6.": the word before its number ("menyampaikan" + "ke")
    if _GLUED_LABEL.match(head):
        head = head.split(":", 1)[1]  # a label printed glued to its value: "Nilai:Tidak" ends with "Tidak"
    h, t = lexical(head), lexical(tail)
    if isinstance(lexicon, Lexicon) and (h + t).isalpha() and 0 < lexicon.longest_run < by_length(h + t, lexicon.language):
        return False  # more words than the document's runs glue: "…terintegrasikan" + "penandatangan…", 57 letters
    if reduplication_ends(h, t, lexicon):
        return False  # "peta hak-hak" at the edge, then "ketidaklengkapan": the halves alike, whole
    if lexicon is not None and reduplication_opens(h, t, lexicon):
        return False  # "social pelayanan" at the edge, then "hak-hak.": no word goes on into one
    if lower_before_capitals(head, first.text):
        return False  # "berdasarkan berisi" + "K/L.": no word goes on from lower case into capitals ("berisik")
    if lexicon is not None and h and t:
        read = pieces_read(line, nxt, head, tail, lexicon, several=several, fits=fits, edge=edge, after=after)
        if read is not None:
            return read
    if URL_LIKE.search(head) and edge is not None and _HYPHENED.match(first.text) and filled(line, nxt, edge):
        # A URL filling its line to the last glyph goes on with pieces joined by
        # hyphens, as a URL's path is written and prose seldom is: "…/datin-2021-articl"
        # + "e-dokumen-article-publik.", however short the pieces (the engine breaks a URL anywhere).
        return True
    if lexicon is not None and stub_cut(line, nxt, h, t, lexicon):
        return True  # "kasi pr" + "ovinsi": a word's first two letters filling the line after other words
    if begun_in_three(head, nxt, after, lexicon):
        return True  # "Bulan e" + "kosiste" + "m": "ekosistem" cut twice, its middle alone on a line
    if fits:
        return False
    if lexicon is not None and cut_between_letters(line, nxt, h, t, lexicon):
        return True  # "integrasi menge" + "mbangkan": letters that end and begin no word of the document
    rest = after.words[0].text if after is not None and after.words and runs_past(nxt) else ""
    if URL_LIKE.search(head) and url_ended(head, first.text, lexicon, rest):
        return False  # "…/view-index/laporan" filling its line, then the prose's "hal"
    if cut_by_width(line, nxt, head, lexicon):
        if lexicon is not None and acronym_before_acronym(head, first.text, lexicon):
            return False  # "yang OPD" + "TII-WVI-", the document writing "TII" alone: two acronyms
        # A word too wide for any line, cut where its line was full, unless the
        # letters on each side end and begin the document's words as a line
        # that wrapped between words shows them ("peraturan" + "mendampi"). Not
        # on a line holding nothing but the middle of a word cut before it
        # ("penanda" + "tangananpenan" + "datanganan"): that the word ends
        # exactly at this line's edge too is the rarer chance, unless the
        # next line opens with a word of the document, or of its language that
        # no word runs across the end into, its piece on the line after counted
        # where it goes on ("…enyelenggaraan" + "progress,"; "…asiannya" +
        # "pengelol" + "aan";
        # "…npertanggung" + "jawaban" is "pertanggungjawaban"), or with one cut again at its own
        # edge ("lementasi" + "difokuska" + "n"): "mendiseminasikan" the
        # end of "Teridentifikasinya" + "mendiseminasikan", then "per", is a
        # glued run that ended at the edge as often, and the letters decide; so they do where the
        # run reads in words only with the end between two ("Teridentifikasid" + "iimplementasikan"
        # + "anak", too short a word to count alone).
        # Prose with a slash ends in its last part, whole on this line when the slash is
        # ("menjelas" + "kan/satu" + "kesepak"): that part's letters are weighed.
        word = head.rsplit("/", 1)[1] if "/" in head and not _PATH_LIKE.search(head.replace("/", " ")) else head
        middle = (
            len(line.words) == 1
            and head != line.words[0].text
            and not line.words[0].text.endswith("/" + word)
            and not (lexicon is not None and (lexical(tail) in lexicon or bool(rest) and lexical(tail + rest) in lexicon))
            and not (
                isinstance(lexicon, Lexicon)
                and any(
                    whole_after(lexical(word), lexical(t), lexicon, lexicon.language)
                    for t in ((tail, tail + rest) if rest else (tail,))
                )
            )
            and not (
                isinstance(lexicon, Lexicon)
                and cut_inside(lexical(word), lexical(tail), lexicon, lexicon.language, runs_past(nxt)) is False
            )
        )
        if lexicon is None or middle:
            return True
        # One word of the language across the end outweighs two on its sides: the geometry forced a
        # cut ("pertanggung" + "jawaban", too wide together for the line, is "pertanggungjawaban").
        if known(lexical(word) + lexical(tail), lexicon):
            return True
        if several and moved_alone(lexical(word), lexical(tail), lexicon, runs_past(nxt)):
            return False  # "basis ke" at its edge by chance, "mensosialisasika" set alone: words moved whole
        return not ends_between_words(lexical(word), lexical(tail), nxt, lexicon, after)
    if URL_LIKE.search(head) and number_cut(head, line, first, edge):
        return True  # "…/index-202" filling its line, "1" on the next
    # a URL's piece with no slash of its own too, where the engine hyphenates URLs as words: it breaks
    # them between letters only for want of room ("…-barang-i" + "nfor-" + "masi-jasa", LibreOffice)
    if _PATH_LIKE.search(last.text) or URL_LIKE.search(head) and isinstance(lexicon, Lexicon) and lexicon.hyphenates_urls:
        if not (URL_LIKE.search(head) or slash_prose_cut(head, first.text, lexicon) and not spread_room(line, nxt)):
            # prose with a slash, its last part whole ("Wilayah/ini" + "menggunakan"), or justified with
            # the room spread over its spaces ("Kabupaten/Kota" + "pengintegrasiannya…" moved whole)
            return False
        if first.text and first.text[0] in OPENERS:
            return False  # "…/datin-d-barang." + "(orang).": an opening bracket or quote opens prose
        marks_cuts = isinstance(lexicon, Lexicon) and lexicon.engine_marks and not lexicon.breaks_early
        if marks_cuts and edge is not None and head[-1:].isalpha() and first.text[:1].isalpha() and not filled(line, nxt, edge):
            # An engine that marks its own breaks (U+2010), in URLs too ("…/kontrak/la‐" + "poran"),
            # breaks between letters without its mark only for want of room: with room left for the
            # next glyph the URL ended ("…/datin-publik-id" 2.9 pt short, then "internal").
            return False
        # a URL or path, which engines break anywhere, unless a known word follows (the
        # document's, or a common word of its language: "…/datin" + "khususnya,"), a letter alone
        # none: it is as often a word's last ("Pemerintah/Pemd" + "a", where the document's list
        # markers make "a" a word)
        t_first = lexical(first.text)
        word_after = lexicon is not None and known(t_first, lexicon) and not (len(t_first) == 1 and t_first.isalpha())
        if not word_after and isinstance(lexicon, Lexicon) and len(t_first) >= LONG_WORD and lexicon.language:
            # a long word the language derives, which no URL's piece is: "…/8-kontrak" + "mendiseminasikan"
            word_after = t_first in Derived.of(lexicon)
        followed = word_after or word_after_url(line, nxt, edge, lexicon)
        return (
            not followed
            and not _CAPITALISED.match(first.text)
            and not lower_before_capitals(head, first.text)  # "…/dokumen" + "PEN": an acronym of the prose
            and not (URL_LIKE.search(head) and lower_url_before_capitals(head, first.text))  # "…-2021" + "LAN"
            and not sentence_after_url(head, first.text, lexicon)
        )
    if isinstance(lexicon, Lexicon) and lexicon.engine_hyphens:
        return False  # this engine breaks prose with a hyphen, and here is none
    if URL_LIKE.search(head) and word_after_url(line, nxt, edge, lexicon):
        return False
    if edge is not None and not filled(line, nxt, edge, strict=True) and edge - last.box.x1 > 0.5 * last.size:
        # Room left for the next glyph, and half an em at least (the estimate of a
        # narrow glyph is not that close): an engine that breaks a word for lack of
        # room fills the line to the glyph that no longer fits ("partisipasi" 9.5 pt
        # short of the edge, then "ke minoritas", where "k" takes 6 pt).
        return False
    if left_unfilled(line, nxt):
        return False  # "c.      Akhir" justified to the edge: the engine moved the next word whole
    if lexicon is not None and ends_between_words(h, t, nxt, lexicon, after):
        return False  # the letters end and begin the document's words: "permohonan" + "tertinggi"
    if several and isinstance(lexicon, Lexicon) and lexicon.cuts_after_words:
        inside = cut_inside(h, t, lexicon, lexicon.language, runs_past(nxt))
        if inside and known(h, lexicon) and not known(h + t, lexicon) and t in Derived.of(lexicon):
            # a word before one the language derives, the two no word: "Penting per" + "mensosialisasikan",
            # no "permen" ("per" + "tanggungjawaban" is "pertanggungjawaban", "Ke" + "menterian" "Kementerian")
            inside = None
        if inside or inside is None and derived_across(h, t, lexicon, lexicon.language):
            # an engine that cuts after other words, and a word of the language: "hanya perma" +
            # "salahan"; "perkara per" + "tanggungjawabanditi" + "ndaklanjuti", a run going on;
            # or one it derives, no list holding it: "sebesar. Pengimple" + "mentasian"
            return True
    # An acronym does not go on in lower case ("SIREKAP" + "pandemi", see `word_case`), nor a word in
    # lower case with digits ("catatan/kepentingan" filling its line, then "2020-2022,"): the document's
    # letters and digits meet in its codes, in capitals ("PERKI1/2021"), and in URLs, read above.
    return (
        not several
        and not first.text[:1].isupper()
        and not (head[-1:].islower() and first.text[:1].isdigit())
        and not acronym_before_lower(head, first.text)
        and not number_before_lower(head, first.text)  # "COVID-19" + "penyampa"
    )

