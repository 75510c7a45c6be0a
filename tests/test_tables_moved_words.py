"""What a line that ended after other words shows of an engine that moves words whole, or cuts them anywhere."""

from ogi_extract.layout.model import Box, Word
from ogi_extract.tables.lexicon import Lexicon
from ogi_extract.tables.lines import group_lines, join_lines
from ogi_extract.tables.moved_words import ends_inside_word, middle_filled, moved_alone, moved_whole_words
from test_tables_word_breaks import CHAR, LEFT, cell

WORDS = {"penyidik", "menyampaikan", "penandatanganan", "pertemuan", "data"}


def test_pieces_that_look_like_words_ended_a_word_where_the_engine_moves_words_whole() -> None:
    moving = Lexicon(WORDS, cuts_after_words=False)
    assert moved_whole_words("penyidik", "menyampai", moving)  # "meny" begins a word of the document
    assert not moved_whole_words("penyidik", "ndatangan", moving)  # a cut leaves letters no word begins with
    assert not moved_whole_words("pe", "menyampai", moving)  # too short a head to say
    # "penandatanganan" + "pert…" is a glued run, the head ends inside its next word
    assert not moved_whole_words("penandatangananpert", "emuan", moving)
    # an engine the document shows cutting after other words proves nothing so
    assert not moved_whole_words("penyidik", "menyampai", Lexicon(WORDS, cuts_after_words=True))


# "mensosialisasikan" written nowhere whole, nor known to the language
SHORT = {"sebagai", "basis", "ke", "di", "menindaklanjuti"}
# the language's: "ketenagakerjaan", which a head "ke" may begin
SPOKEN = frozenset({"ketenagakerjaan", "sebagai", "menindaklanjuti"})


def test_a_short_word_after_others_is_whole_before_a_tail_no_word_runs_into_where_words_move_whole() -> None:
    moving = Lexicon(SHORT, cuts_after_words=False, language=SPOKEN)
    assert moved_alone("ke", "mensosialisasika", moving)  # "kemensos…" begins no word
    assert not moved_alone("ke", "tenagakerjaanmen", moving)  # "ketenagakerjaan" holds the end
    assert not moved_alone("pe", "mensosialisasika", moving)  # no word of the document or its language
    # a word of the language the document writes nowhere unglued: "Saat mengintegrasikan" + "pengintegrasiannya"
    spoken = Lexicon(SHORT, cuts_after_words=False, language=SPOKEN | {"mengintegrasikan"})
    assert moved_alone("mengintegrasikan", "pengintegrasiannya", spoken)
    # a word across the end by chance, its rest no word: "per|lumen|gimplementasi"; not so where it reads on
    lumen = Lexicon(SHORT | {"perlu"}, cuts_after_words=False, language=SPOKEN | {"per", "lumen", "gimnasium"})
    assert moved_alone("perlu", "mengimplementasi", lumen, goes_on=False)
    assert not moved_alone("perlu", "mengimnasium", lumen, goes_on=False)  # "lumen" + "gimnasium"
    assert not moved_alone("perlu", "mengim", lumen, goes_on=True)  # "gim" may begin "gimnasium"
    # an engine the document shows cutting after other words fills a line's rest with any word's start
    assert not moved_alone("ke", "mensosialisasika", Lexicon(SHORT, cuts_after_words=True, language=SPOKEN))


def test_a_short_word_at_the_edge_by_chance_before_a_run_set_alone_and_cut_again_ends_there() -> None:
    """fpdf2: "sebagai data ke", ragged (a text font's spaces), fills its line to the edge by chance, then
    "mensosialisasikan", too wide for any line, set alone and cut at its own edge."""
    moving = Lexicon(SHORT | {"data"}, cuts_after_words=False, language=SPOKEN | {"mensosialisasikan"})
    space = 3.0  # 0.3 em: no justified line's
    edge = LEFT + 13 * CHAR + 2 * space + 0.5  # "sebagai data ke": 13 glyphs, two spaces
    words = []
    for i, text in enumerate(("sebagai data ke", "mensosialisasi", "kan")):
        x, y = LEFT, 100 + 12 * i
        parts = text.split()
        for k, t in enumerate(parts):
            words.append(Word(t, Box(x, y, x + CHAR * len(t), y + 10), "F", 10, False, y, k < len(parts) - 1))
            x += CHAR * len(t) + space
    lines = group_lines(words, 1)
    for line in lines:
        line.edge = edge
    text = join_lines(lines, left=LEFT, right=edge - 0.5, lexicon=moving).text
    assert text == "sebagai data ke mensosialisasikan"


def test_a_head_ends_inside_a_word_when_it_begins_one_or_a_run_glued_before_one() -> None:
    assert ends_inside_word("penanda", frozenset(WORDS))
    assert ends_inside_word("penandatangananpert", frozenset(WORDS))
    assert not ends_inside_word("penyidik", frozenset(WORDS))


def test_a_line_holding_only_the_middle_of_a_cut_token_filled_to_its_last_glyph() -> None:
    edge = LEFT + 8 * CHAR + 2
    lines = cell(("(m", False), ("emiliki)", False), (".", True), edge=edge)
    assert middle_filled(lines[1], lines[2], "(memiliki)")
    assert not middle_filled(lines[1], lines[2], "emiliki)")  # the line's own word: nothing was cut before it
    roomy = cell(("(m", False), ("emiliki)", False), (".", True), edge=edge + 20)
    assert not middle_filled(roomy[1], roomy[2], "(memiliki)")


def test_a_justified_line_spreads_the_room_the_next_word_left_and_a_list_marker_is_no_word_of_it() -> None:
    from ogi_extract.layout.model import Box, Word
    from ogi_extract.tables.lines import group_lines
    from ogi_extract.tables.moved_words import marker, spread_room

    def line(*placed: tuple[str, float], y: float = 100) -> list[Word]:
        return [Word(t, Box(x, y, x + 5 * len(t), y + 10), "F", 10, False, int(y), True) for t, x in placed]

    nxt = group_lines(line(("pengintegrasiannya", 100.0), y=112), 1)[0]
    # "langkah" then "Kabupaten/Kota" 60 pt apart: room spread over the space, the next word moved whole
    justified = group_lines(line(("langkah", 100.0), ("Kabupaten/Kota", 195.0)), 1)[0]
    assert spread_room(justified, nxt)
    natural = group_lines(line(("langkah", 100.0), ("Kabupaten/Kota", 140.0)), 1)[0]
    assert not spread_room(natural, nxt)
    # the gap after a list marker is its own (`cuts.marker_spread`), not the words' spread
    assert marker("a.", 0) and marker("o", 0) and not marker("o", 1) and not marker("langkah", 0)


def test_a_head_ends_inside_a_word_after_a_word_the_document_shows_only_glued() -> None:
    # ReportLab: "SDA ketenagakerjaanmen" + "sosialisasikan", one run of "ketenagakerjaan" (a word of
    # the language the document never shows alone) and "mensosialisasikan" (the document's)
    words = frozenset({*WORDS, "mensosialisasikan"})
    language = frozenset({"ketenagakerjaan"})
    assert not ends_inside_word("ketenagakerjaanmen", words)
    assert ends_inside_word("ketenagakerjaanmen", words, language)
    assert moved_whole_words("ketenagakerjaanmen", "sosialisasikan", Lexicon({*words, "sosialisasi"}, cuts_after_words=False))
    assert not moved_whole_words(
        "ketenagakerjaanmen", "sosialisasikan", Lexicon({*words, "sosialisasi"}, cuts_after_words=False, language=language)
    )
