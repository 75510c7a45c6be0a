"""A word's first letters alone on a page's last line, read with the next page's first word."""

from ogi_extract.tables.foot_pieces import begins_word_over_page, piece_before_page_break
from ogi_extract.tables.lexicon import Lexicon
from ogi_extract.tables.lines import join_lines

from tests.test_tables_word_breaks import CHAR, LEFT, cell, joined


def test_a_piece_alone_at_the_pages_foot_that_a_word_on_the_next_page_goes_on_with_is_no_suffix() -> None:
    # "partisipasi" fills its line; "m" alone on the page's last line, "engupayak" + "an." on the
    # next: "m" begins "mengupayakan", no suffix of "partisipasi"
    lexicon = Lexicon({"partisipasi", "khusus", "mengupayakan"})
    edge = LEFT + 11 * CHAR + 4
    lines = cell(("khusus", False), ("partisipasi", False), ("m", False), edge=edge)
    rest = cell(("engupayak", False), ("an. lalu", True), edge=LEFT + 9 * CHAR + 2)
    for ln in rest:
        ln.page = 2
        for w in ln.words:
            w.page = 2
    right = max(ln.box.x1 for ln in [*lines, *rest])
    text = join_lines([*lines, *rest], left=LEFT, right=right, lexicon=lexicon).text
    assert text == "khusus partisipasi mengupayakan. lalu"
    # on one page "m" under a word that fills its line is the word's last letter
    assert joined(("khusus", False), ("partisipasi", False), ("m", False), ("lalu", True), edge=edge, lexicon=lexicon) == (
        "khusus partisipasim lalu"
    )


def test_a_piece_at_the_pages_foot_after_a_long_word_in_a_document_that_glues_is_left_to_the_edge() -> None:
    # "Mempresentasikan", then "me" alone at the page's foot, "ngintegrasikan" on the next page:
    # in a document that glues long words the run may go on through "me"; the rules of the
    # line's edge decide, not the next page
    words = {"mempresentasikan", "mengintegrasikan", "khusus"}
    nxt = cell(("me", False), edge=200)[0]
    after = cell(("ngintegrasikan lalu", True), edge=200)[0]
    after.page = 2
    assert begins_word_over_page("Mempresentasikan", nxt, after, Lexicon(words))
    assert not begins_word_over_page("Mempresentasikan", nxt, after, Lexicon(words, glues=True))
    assert begins_word_over_page("khusus", nxt, after, Lexicon(words, glues=True))  # a short word ends there
    after.page = 1
    assert not begins_word_over_page("khusus", nxt, after, Lexicon(words))  # no page break: no sign


def test_a_piece_at_the_pages_foot_goes_on_with_the_first_part_of_a_slash_compound() -> None:
    # "mem" alone on a page's last line, "berikan/berka" + "la" on the next page: "memberikan/berkala"
    lexicon = Lexicon({"memberikan", "berkala", "dukungan", "korporasi"})
    nxt = cell(("berikan/berka", False), edge=200)[0]
    nxt.page = 2
    assert piece_before_page_break("mem", nxt, lexicon)
    assert not piece_before_page_break("dukungan", nxt, lexicon)  # a word of the document ends there


def test_an_acronym_at_the_pages_foot_ends_its_word_before_lower_case() -> None:
    """Chromium in Inter Black: "paralegal SOP" ends a page, "pertanggungja" (cut again) opens the next.
    The document writes neither inside a line, but an acronym does not go on in lower case."""
    lexicon = Lexicon({"paralegal", "kinerja"})
    nxt = cell(("pertanggungja", False), edge=LEFT + 13 * CHAR + 1)[0]
    nxt.page = 2
    assert not piece_before_page_break("SOP", nxt, lexicon)
    assert piece_before_page_break("sop", nxt, lexicon)  # letters in lower case: a piece, cut again
    assert piece_before_page_break("S", nxt, lexicon)  # one capital: a capitalised word cut


def test_a_word_of_the_language_at_the_pages_foot_is_no_piece() -> None:
    """Chromium: "dipresentasikan" ends a page, "penyelenggaraanpengintegr" (a glued run, cut again) opens the
    next. The document writes "dipresentasikan" nowhere else, but it is a word of its language."""
    lexicon = Lexicon({"korporasi", "itu"})
    nxt = cell(("penyelenggaraanpengintegr", False), edge=LEFT + 25 * CHAR + 1)[0]
    nxt.page = 2
    assert piece_before_page_break("dipresentasikan", nxt, lexicon)
    with_language = Lexicon({"korporasi", "itu"}, language=frozenset({"dipresentasikan", "penyelenggaraan"}))
    assert not piece_before_page_break("dipresentasikan", nxt, with_language)


def test_a_short_word_ending_a_page_begins_the_word_whose_middle_fills_the_next_pages_first_line() -> None:
    """ReportLab: "di" alone on a page's last line, "hasilka" filling the next page's first line, "n" after:
    "dihasilkan" is a word of the document and "hasilkan" none, so "di" is the word's first letters, not the
    preposition, however much room its line left."""
    words = {"lembaga", "open", "di", "dihasilkan", "mampu"}
    lines = cell(("lembaga", False), ("open,", False), ("di", False), edge=LEFT + 7 * CHAR + 2)

    def text(lexicon: Lexicon, middle: str = "hasilka") -> str:
        rest = cell((middle, False), ("n", False), ("mampu", True), edge=LEFT + 7 * CHAR + 2)
        for ln in rest:
            ln.page = 2
            for w in ln.words:
                w.page = 2
        right = max(ln.box.x1 for ln in [*lines, *rest])
        return join_lines([*lines, *rest], left=LEFT, right=right, lexicon=lexicon).text

    assert text(Lexicon(words)) == "lembaga open, dihasilkan mampu"
    # an engine that moves words whole leaves the preposition at the page's foot
    assert text(Lexicon(words, cuts_after_words=False)) == "lembaga open, di hasilkan mampu"
    # and a word of the document after it stays apart ("di" + "lingkunga" + "n")
    with_word = Lexicon(words | {"dilingkungan", "lingkungan"})
    assert text(with_word, "lingkunga") == "lembaga open, di lingkungan mampu"


def test_a_piece_cut_again_leaves_less_room_than_its_rests_first_glyph_as_drawn() -> None:
    """ReportLab, DejaVu Sans: "sia" ends a page, "npenandat" alone fills the next page's first line
    to 0.56 em of its edge, "anganan" follows. Half an em is too little for the "a" that no longer fit,
    0.61 em wide as "anganan" draws it: with the rest's first glyph the piece was cut again."""
    lexicon = Lexicon({"korporasi", "itu"})
    nxt, after = cell(("npenandat", False), ("anganan berkumpul", True), edge=LEFT + 9 * CHAR + 5.6)
    for ln in (nxt, after):
        ln.page = 2
    assert not piece_before_page_break("pengintegrasia", nxt, lexicon)
    after.words[0].advance = 6.1
    assert piece_before_page_break("pengintegrasia", nxt, lexicon, after)
    after.words[0].advance = 0.0  # a rest whose first glyph is not known: half an em
    assert not piece_before_page_break("pengintegrasia", nxt, lexicon, after)
    after.words[0].advance = 9.5  # no glyph counts wider than 0.7 em: a wide "m" proves no more
    assert not piece_before_page_break("pengintegrasia", cell(("npenandat", False), edge=LEFT + 9 * CHAR + 7.2)[0], lexicon, after)


def test_a_piece_that_spells_an_acronym_of_the_document_in_lower_case_is_no_word() -> None:
    """ReportLab: "pen" alone on a page's last line with room left, "guatan" on the next page: the document
    writes "PEN" in capitals only, so "pen" is no word of its prose but the first letters of "penguatan"."""
    lexicon = Lexicon({"pen", "penguatan", "awal", "kepada"}, capitals={"pen"})
    nxt = cell(("guatan kepada", True), edge=200)[0]
    nxt.page = 2
    assert piece_before_page_break("pen", nxt, lexicon)
    assert not piece_before_page_break("PEN", nxt, lexicon)  # printed in capitals, the acronym itself
    assert not piece_before_page_break("pen", nxt, Lexicon(set(lexicon)))  # a word the document writes so


def test_a_word_joined_of_pieces_at_the_pages_foot_goes_on_into_a_word_with_no_word_after_it() -> None:
    """ReportLab: "membe" + "ri" (alone on the page's last line, room left), "kan perihal" on the next page:
    "memberi" is a word, but it was joined of pieces cut before, and "memberikan" is the document's with
    "kan" no word."""
    lexicon = Lexicon({"memberi", "memberikan", "perihal", "sesuai"})
    nxt = cell(("kan perihal", True), edge=200)[0]
    nxt.page = 2
    assert piece_before_page_break("memberi", nxt, lexicon, piece="ri")
    assert not piece_before_page_break("memberi", nxt, lexicon, piece="memberi")  # the word whole on its line
    assert not piece_before_page_break("memberi", nxt, lexicon)
