"""A piece of a word alone on a line: a lone letter ending the word above, a word's middle between its head and rest."""

from ogi_extract.tables.lexicon import Lexicon
from ogi_extract.tables.lone_pieces import begun_in_three, lone_letter_ends_word
from test_tables_word_breaks import CHAR, LEFT, cell, joined


def test_a_lone_letter_opening_a_line_before_other_words_ends_the_word_above() -> None:
    """ReportLab and xhtml2pdf move a long word's last letter alone to the next line even with room
    left on the line before: "ketidaklengkapandilegalisasika" + "n koordinasi rencana". The document
    writes no one-letter word, and "ikan" ends its words ("mensosialisasikan", "didiseminasikan"),
    so the letter is the word's end; so too where the two end a word of the language
    ("dipresentasikan"). A bullet "o", a letter before a sign ("n = 30") or one the next word goes on
    from ("k oordinasi") is none."""
    document = {"koordinasi", "rencana", "mensosialisasikan", "didiseminasikan", "hukum", "sampel"}
    roomy = LEFT + 40 * CHAR  # the line before had room for several more glyphs
    lines = (("1. PN ketidaklengkapandilegalisasika", False), ("n koordinasi rencana", True))
    assert joined(*lines, edge=roomy, lexicon=Lexicon(document)) == (
        "1. PN ketidaklengkapandilegalisasikan koordinasi rencana"
    )
    language = Lexicon({"koordinasi", "rencana"}, language=frozenset({"dipresentasikan"}))
    lines = (("Menyelenggarakandipresentasika", False), ("n SDI pembangunan", True))
    assert joined(*lines, edge=roomy, lexicon=language) == "Menyelenggarakandipresentasikan SDI pembangunan"
    bullet = (("rencana hukum", False), ("o Pelaksanaan rencana", True))
    assert joined(*bullet, edge=roomy, lexicon=Lexicon(document)) == "rencana hukum o Pelaksanaan rencana"
    formula = (("jumlah sampel", False), ("n = 30", True))
    assert joined(*formula, edge=roomy, lexicon=Lexicon(document)) == "jumlah sampel n = 30"
    spaced = (("rencana", False), ("k oordinasi hukum", True))
    assert joined(*spaced, edge=roomy, lexicon=Lexicon(document | {"koordinasi"})) == "rencana k oordinasi hukum"
    # asked directly: the letter and the word above end "ikan", a word's end the document shows twice
    head, letter_line = cell(("ketidaklengkapandilegalisasika", False), ("n koordinasi rencana", True), edge=roomy)
    assert lone_letter_ends_word(head.words[-1].text, letter_line, Lexicon(document))
    assert not lone_letter_ends_word(head.words[-1].text, letter_line, None)


def test_a_word_cut_twice_its_middle_alone_on_a_line_joins_by_the_language() -> None:
    # ReportLab, Helvetica, a 44 pt column: "Bulan e", "kosiste" alone filling its line to the
    # glyph that no longer fit, then "m": "ekosistem", a word of the language the document
    # does not write whole
    lines = cell(("Bulan e", False), ("kosiste", False), ("m sampai", True), edge=LEFT + 7 * CHAR + 2)
    language = frozenset({"ekosistem", "sampai"})
    lexicon = Lexicon({"bulan"}, language=language)
    assert begun_in_three("e", lines[1], lines[2], lexicon)
    assert joined(("Bulan e", False), ("kosiste", False), ("m sampai", True), edge=LEFT + 7 * CHAR + 2, lexicon=lexicon) == (
        "Bulan ekosistem sampai"
    )
    assert not begun_in_three("e", lines[1], lines[2], Lexicon({"bulan"}))  # no word of the three
    # the middle with its rest a word: "e" is a word's end or a letter of its own
    assert not begun_in_three("e", lines[1], lines[2], Lexicon({"bulan", "kosistem"}, language=language))
    # the middle short of its edge: no cut
    loose = cell(("Bulan e", False), ("kosiste", False), ("m sampai", True), edge=LEFT + 7 * CHAR + 8)
    assert not begun_in_three("e", loose[1], loose[2], lexicon)
    # an engine that hyphenates would have marked the cuts
    assert not begun_in_three("e", lines[1], lines[2], Lexicon({"bulan"}, language=language, engine_hyphens=True))
