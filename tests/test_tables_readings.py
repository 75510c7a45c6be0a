"""A run of letters across a line end, read in the document's and the language's words."""

from ogi_extract.layout.model import Box, Word
from ogi_extract.tables.language import MIN_LETTERS, Language, common_words
from ogi_extract.tables.lexicon import SEGMENT, Lexicon
from ogi_extract.tables.lines import join_lines
from ogi_extract.tables.readings import (
    SHORTEST_HEAD,
    begun_across,
    cut_inside,
    derived_across,
    ends_derived,
    shortest_head,
    whole_after,
    whole_before,
)
from test_tables_language import DOCUMENT
from test_tables_word_breaks import CHAR, LEFT, cell, joined


def test_the_language_tells_a_cut_word_from_two_words_or_says_it_cannot() -> None:
    language = frozenset({"melaksanakan", "strategi", "permasalahan", "mengintegrasikan", "penandatanganan"})
    assert cut_inside("perma", "salahan", frozenset(), language) is True
    assert cut_inside("melaksanakan", "strategi", frozenset(), language) is False
    # a glued run of the document's and the language's words, cut inside the last
    assert cut_inside("mengintegrasikanpenan", "datanganan", frozenset(), language) is True
    assert cut_inside("kelola", "warga", frozenset(DOCUMENT), language) is False  # the document's words count too
    assert cut_inside("xyzzy", "plugh", frozenset(DOCUMENT), language) is None  # neither reading
    assert cut_inside("perma", "salahan", frozenset(), frozenset()) is None  # no language named


def test_a_word_of_the_language_after_a_head_no_word_reads_ends_the_line_between_two_words() -> None:
    # a narrow column: "restoratif" (no word of the list) alone on its line, then "sehingga"
    language = frozenset({"sehingga", "tanggungjawaban", "pertanggungjawaban", "net", "present", "mempresentasikan"})
    assert cut_inside("restoratif", "sehingga", frozenset(), language) is None  # no run reads it
    assert whole_after("restoratif", "sehingga", frozenset(), language)
    assert not whole_after("restorati", "fsehingga", frozenset(), language)  # no word whole after the end
    # a word across the end leaves it open: the head's "per" begins "pertanggungjawaban"
    assert not whole_after("penyelenggaraanper", "tanggungjawaban", frozenset(), language)
    # "nese" across it, the letters after it reading on ("hingga"); letters that read on to nothing leave
    # the word across to chance
    assert not whole_after("online", "sehingga", frozenset(), language | {"nese", "hingga"})
    assert whole_after("online", "sehingga", frozenset(), language | {"nese"})
    assert whole_after("onlin", "sehingga", frozenset(), language | {"nse"})  # three letters: chance
    # cut again past its line, a word begun before the end may go on: "mem" + "present" + "asikan"
    assert whole_after("mem", "present", frozenset(), language)
    assert not whole_after("mem", "present", frozenset(), language, goes_on=True)
    # a word of the document shorter than the list's words, after a word: "Pemerintah/Pemda" filling its
    # line, then "di uji" (Chromium); not after a head no word is, nor a piece the document never writes
    spoken = language | {"pemda", "pemerintah"}
    assert whole_after("pemda", "di", frozenset({"di", "uji"}), spoken)
    assert not whole_after("pemda", "di", frozenset({"uji"}), spoken)
    assert not whole_after("pemd", "di", frozenset({"di", "uji"}), spoken)
    assert not whole_after("pendamping", "an", frozenset({"an"}), spoken | {"pendamping", "pendampingan"})


def test_a_run_cut_again_past_its_line_may_end_in_the_beginning_of_a_word() -> None:
    """LibreOffice in a column eight letters wide: "pemetaan" / "ketenaga" / "kerjaanp" / "enginteg" / ...
    The letters at the first cut ("a" + "k") begin and end many words; the language holds "ketenagakerjaan"
    whole before the "p" that goes on on the next line."""
    language = common_words("id")
    assert cut_inside("ketenaga", "kerjaanp", frozenset(), language, goes_on=True) is True
    assert cut_inside("ketenaga", "kerjaanp", frozenset(), language) is None  # "p" ends no word
    assert cut_inside("melaksanakan", "strategi", frozenset(), language, goes_on=True) is False
    document = {"pemetaan", "data", "opd", "kepada", "kota", "akan", "dalam", "kerja", "tenaga"}
    edge = LEFT + 8 * CHAR + 2
    lines = (
        ("pemetaan", True), ("ketenaga", False), ("kerjaanp", False), ("enginteg", False), ("rasianny", False), ("a OPD", True),
    )  # fmt: skip
    alone = Lexicon(document, cuts_after_words=False)
    assert joined(*lines, edge=edge, lexicon=alone) == "pemetaan ketenaga kerjaanpengintegrasiannya OPD"
    with_language = Lexicon(document, cuts_after_words=False, language=language)
    assert joined(*lines, edge=edge, lexicon=with_language) == "pemetaan ketenagakerjaanpengintegrasiannya OPD"

    # a short word of no list ("ke") before a piece cut again: the letters from the head's start begin
    # one long word of the language across the end ("ke" + "tenagakerj" + "aan", ReportLab)
    assert cut_inside("ke", "tenagakerj", frozenset(), language, goes_on=True) is True
    assert cut_inside("ke", "tenagakerj", frozenset(), language - {"ketenagakerjaan"}, goes_on=True) is None
    assert cut_inside("ke", "tenagakerj", frozenset(), language) is None  # ending on its line: no word


def test_a_run_going_on_past_its_line_reads_in_fewer_longer_words() -> None:
    """ReportLab: "memiliki perkara per" + "tanggungjawabanditi" + "ndaklanjuti uji". "per", "tanggung" and
    "jawaban" are words as well as "pertanggungjawaban": three words against one, and the one stands."""
    language = common_words("id")
    document = frozenset(DOCUMENT | {"per", "perkara", "memiliki", "uji"})
    assert cut_inside("per", "tanggungjawabanditi", document, language, goes_on=True) is True
    assert cut_inside("melaksanakan", "strategidat", document, language, goes_on=True) is False
    edge = LEFT + 20 * CHAR + 2
    lines = (("memiliki perkara per", False), ("tanggungjawabanditi", False), ("ndaklanjuti uji", True))
    lexicon = Lexicon(document, cuts_after_words=True, language=language)
    assert joined(*lines, edge=edge, lexicon=lexicon) == "memiliki perkara pertanggungjawabanditindaklanjuti uji"


def test_a_run_read_in_words_to_a_tail_that_goes_on_is_weighed_in_fewer_longer_words() -> None:
    """ReportLab in a column eight letters wide: "panduan" alone on its line, then "dikarena" filling the
    next, "kan" after it. The letters read "pandu andik arena" to the tail's last letter, the end inside
    "andik"; but the tail goes on, and "panduan dikarena(kan)" is fewer, longer words: the break stands."""
    language = common_words("id")
    assert {"pandu", "andik", "arena", "panduan", "dikarenakan"} <= language
    document = frozenset({"panduan", "dikarenakan"})
    assert cut_inside("panduan", "dikarena", document, language, goes_on=True) is False
    assert cut_inside("panduan", "dikarena", frozenset(), language, goes_on=True) is False
    # a run that reads in words only with the end inside one is cut still ("per" + "tanggungjawabanditi…")
    assert cut_inside("per", "tanggungjawabanditi", document, language, goes_on=True) is True


def test_a_word_across_the_end_counts_only_where_its_reading_takes_no_more_words() -> None:
    """Chromium in Noto Sans, a column nine letters wide: "mensosia" + "lisasikan", then "wilayah" alone.
    "kanwil" lies across the end and "ayah" reads on after it, but "mensosialisasi kanwil ayah" is three
    words where "mensosialisasikan wilayah" is two: the tail is a word of its own."""
    language = common_words("id")
    assert {"kanwil", "ayah", "wilayah"} <= language
    document = frozenset({"mensosialisasikan"})
    assert whole_after("mensosialisasikan", "wilayah", document, language)
    # a word across that takes fewer words holds the end still: "penyelenggaraan pertanggungjawaban"
    assert not whole_after("penyelenggaraanper", "tanggungjawaban", document, language)
    # a tail going on past its line is left to the letters after it
    assert not whole_after("mensosialisasikan", "wilayah", document, language, goes_on=True)


def test_a_word_whole_before_a_tail_cut_again_is_told_by_the_words_across_the_end() -> None:
    language = common_words("id")
    # "kanal" ends its line, "pengintegrasianmen" (+ "diseminasikan") fills the next: no word holds the end
    assert whole_before("kanal", "pengintegrasianmen", frozenset(), language)
    # "alpen" lies across it, but only after a "k" that is no word: no reading has it
    assert "alpen" in language
    # a word across the end, whole or begun, holds it: "penanda" + "tanganan…" is "penandatanganan"
    assert not whole_before("penanda", "tangananmenindakla", frozenset(), language)
    assert not whole_before("sensitif", "itasnyamenggarisba", frozenset({"sensitifitasnya"}), language)
    # no head that is no word, nor one shorter than the language's words
    assert not whole_before("teridentifika", "sinyamempresentasi", frozenset(), language)
    assert not whole_before("dan", "pengintegrasianmen", frozenset(), language)


def test_a_run_cut_again_is_read_in_its_fewest_words_even_where_its_last_letters_are_a_word() -> None:
    """ReportLab: "menindak" ends a line, "lanjutipenandatangan" fills the next and goes on. The letters
    read "menindak lanjuti penandatangan", the end between words, only because "penandatangan" is a word;
    "menindaklanjuti" + the beginning of "penandatanganan" is fewer, longer words: the end is inside one."""
    language = common_words("id")
    assert {"menindak", "lanjuti", "penandatangan", "menindaklanjuti"} <= language
    assert cut_inside("menindak", "lanjutipenandatangan", frozenset(), language, goes_on=True)
    # ending on its line, the tail's letters are weighed as they stand
    assert cut_inside("menindak", "lanjutipenandatangan", frozenset(), language) is False


def test_a_head_and_tail_begin_a_word_of_the_language_from_the_heads_start_or_after_words_of_it() -> None:
    document = frozenset({"pertanggungjawaban", "implementasi"})
    language = frozenset({"mengimplementasikan"})
    assert begun_across("meng", "implementasi", document, language)
    assert begun_across("pertanggungjawabanmeng", "implementasi", document, language)
    # the word must start after words: "pertanggungjawabxmeng" reads as none before "meng"
    assert not begun_across("pertanggungjawabxmeng", "implementasi", document, language)
    # nor may it start at the cut: "pertanggungjawaban" + "mengimplementasi" is two words
    assert not begun_across("pertanggungjawaban", "mengimplementasi", document, language)
    # a long word the language writes only with more letters counts as a word of the run: Chromium's
    # "mengimplementasiter" + "identifikasi" ends in "teridentifikasi"
    spoken = frozenset({"mengimplementasikan", "teridentifikasi"})
    assert begun_across("mengimplementasiter", "identifikasi", document, spoken)
    assert not begun_across("mengimplementasiter", "identifikasi", document, language)
    assert not begun_across("mengimplementasixter", "identifikasi", document, spoken)


def test_a_prefix_left_after_words_before_a_word_begins_a_derived_word_across_the_end() -> None:
    """Chromium: "menindakl" (a page's foot), "anjutimen", "diseminasi", "kan terkait": "menindaklanjuti" then
    "men", which with "diseminasi" derives "mendiseminasi", a word no list holds whole."""
    document = frozenset({"menindaklanjuti", "diseminasi"})
    language = Language(frozenset({"terkait"}), prefixes=("men", "di"))
    assert begun_across("menindaklanjutimen", "diseminasi", document, language)
    # without the language's prefixes, or before no word, or after letters no word reads: nothing begun
    assert not begun_across("menindaklanjutimen", "diseminasi", document, Language(frozenset({"terkait"})))
    assert not begun_across("menindaklanjutimen", "disemixasi", document, language)
    assert not begun_across("menindaklanjutxmen", "diseminasi", document, language)


def test_a_head_of_derived_words_no_list_holds_before_a_prefix_and_a_word_begins_one_across_the_end() -> None:
    """ReportLab: "mendiseminasikanter" filling its line, "identifikasi," on the next. The report writes
    "diseminasi" alone, no list "mendiseminasikan": derived from it with the language's "men" and "kan",
    it reads, and "ter" after it begins "teridentifikasi" across the end."""
    document = frozenset({"diseminasi", "identifikasi"})
    language = Language(frozenset({"teridentifikasi"}), prefixes=("men", "ter"), suffixes=("kan", "an"))
    assert begun_across("mendiseminasikanter", "identifikasi", document, language)
    # without the language's suffixes "mendiseminasikan" is no word, and nothing is begun after it
    assert not begun_across("mendiseminasikanter", "identifikasi", document, Language(language, prefixes=("men", "ter")))
    # nor from a stem the report does not write
    assert not begun_across("mendisemixasikanter", "identifikasi", document, language)


def test_a_run_ending_in_a_long_word_of_the_language_begun_in_the_head_after_a_long_unread_run_was_cut() -> None:
    """xhtml2pdf: "mendiseminasikanmenyelenggar" filling its line, then "akan": "menyelenggarakan" is a
    word of the language, begun in the head after "mendiseminasikan", which no list reads."""
    document = frozenset({"akan"})
    language = Language(frozenset({"menyelenggarakan", "akan"}))
    assert begun_across("mendiseminasikanmenyelenggar", "akan", document, language)
    # a short run before it proves less: "xmenyelenggar" is no run of a long derived word and then another
    assert not begun_across("diseminasimenyelenggar", "akan", document, language)
    # the head's part a word itself: no cut needed ("menyelenggara" + "kan…" is left to the other rules)
    assert not begun_across("mendiseminasikanakan", "menyelenggarakan", document, language)


def test_two_pieces_no_word_join_into_one_the_language_derives() -> None:
    """ReportLab: "sebesar. Pengimple" at the edge, "mentasian PPKS." on the next line. No list holds
    "pengimplementasian"; the language derives it from "implementasi" with "peng" and "an"."""
    language = Language(frozenset({"implementasi", "sebesar"}), prefixes=("peng", "men"), suffixes=("kan", "an"))
    document = frozenset({"ppks"})
    assert cut_inside("pengimple", "mentasian", document, language) is None  # no reading holds
    assert derived_across("pengimple", "mentasian", document, language)
    # without the language's affixes nothing is derived; nor where a piece is a word or derived itself
    assert not derived_across("pengimple", "mentasian", document, Language(frozenset(language)))
    assert not derived_across("pengimple", "mentasian", document | {"pengimple"}, language)
    assert not derived_across("pengimplementasi", "an", document, language)
    # nor from letters no stem of either reads
    assert not derived_across("pengimple", "mentuxian", document, language)
    # begun after words of the head ("menggarisbawahi"), not after letters no word reads
    assert derived_across("menggarisbawahipengimple", "mentasian", document | {"menggarisbawahi"}, language)
    assert not derived_across("menggarisbawahxpengimple", "mentasian", document | {"menggarisbawahi"}, language)


def test_an_engine_that_cuts_after_words_cut_a_derived_word_at_the_edge() -> None:
    """The line end of the test above, read where the engine fills a line's rest with part of a word: a
    justified line, "ada" and "Pengimple" spread to the edge, the two pieces together wider than a line by
    less than half a glyph (so the geometry alone does not tell that the whole had to be cut)."""
    language = Language(frozenset({"implementasi", "ada"}), prefixes=("peng",), suffixes=("an",))
    words = {"ada", "ppks", "dan"}
    edge = LEFT + 89.0
    lines = cell(("ada Pengimple", False), ("mentasian", False), ("PPKS. dan", True), edge=edge)
    top = lines[0]
    piece = top.words[1]
    top.words[1] = Word(piece.text, Box(edge - 9 * CHAR, piece.box.top, edge, piece.box.bottom), "F", 10, False, piece.line, False)
    top.box = Box(top.box.x0, top.box.top, edge, top.box.bottom)  # the space stretched to 29 pt

    def read(language: Language) -> str:
        return join_lines(lines, left=LEFT, right=edge, lexicon=Lexicon(words, language=language)).text

    assert read(language) == "ada Pengimplementasian PPKS. dan"
    # a language that derives no word so leaves the pieces apart
    assert read(Language(frozenset(language))) == "ada Pengimple mentasian PPKS. dan"


def test_a_short_word_after_a_run_of_words_the_language_derives_ends_the_line() -> None:
    """xhtml2pdf: "dilegalisasikanmenggarisbawahi" filling its line, then "dan sudah". No list holds
    "dilegalisasikan"; the language derives it ("di" + "legalisasi" + "kan"), so the head reads as a run
    of words, and "dan", a word of the document too short to count after anything but a word, counts
    after it. "wahid" runs across the end, but "an" after it reads as nothing."""
    language = Language(frozenset({"legalisasi", "wahid", "sudah"}), prefixes=("di", "meng"), suffixes=("kan", "an", "i"))
    document = frozenset({"dan", "menggarisbawahi", "i"})
    assert whole_after("dilegalisasikanmenggarisbawahi", "dan", document, language)
    # without the affixes the head reads as nothing, and "dan" is as often a word's rest
    assert not whole_after("dilegalisasikanmenggarisbawahi", "dan", document, Language(frozenset(language)))
    # a common word of the language the document writes nowhere whole counts too: "…mengimplementasi" + "yang"
    spoken = Language(frozenset(language | {"yang", "implementasi"}), prefixes=("di", "meng"), suffixes=("kan", "an", "i"))
    assert whole_after("dipertimbangkanmengimplementasi", "yang", document | {"dipertimbangkan"}, spoken)
    assert not whole_after("dipertimbangkanmengimplementasi", "yang", document | {"dipertimbangkan"}, language)
    # an ending the language attaches is no word after the run: "menggarisbawah" + "i"
    assert not whole_after("diimplementasikanmenggarisbawah", "i", document | {"diimplementasikan", "menggaris", "bawah"}, language)


def test_a_derived_word_begun_in_the_head_and_running_to_the_end_holds_it() -> None:
    """Chromium: "pengimplementasianpengintegr" filling its line, "asian." on the next: "asian" is a word,
    but the language derives "pengintegrasian" ("peng" + "integrasi" + "an"), begun after the head's
    first word and running to the end, its letters in the head no word. Not where they are one: "di" +
    "teridentifikasinya" is a word before another, though "di" is one of the prefixes."""
    language = Language(frozenset({"implementasi", "integrasi", "asian"}), prefixes=("peng", "di"), suffixes=("an",))
    document = frozenset({"di", "teridentifikasinya"})
    assert not whole_after("pengimplementasianpengintegr", "asian", document, language)
    assert whole_after("pengimplementasianpengintegr", "asian", document, Language(frozenset(language)))
    assert whole_after("di", "teridentifikasinya", document, language)


def test_letters_across_a_break_that_end_in_a_derived_word_are_told_whatever_the_tail_is() -> None:
    # "men" + "sosialisasi" + "kan": the tail "ikan" a word itself; after a glued run's word too
    language = Language(frozenset({"kebijakan"}), prefixes=("men", "meng"), suffixes=("kan",))
    document = frozenset({"ikan", "sosialisasi", "mengimplementasi"})
    assert ends_derived("mensosialisas", "ikan", document, language)
    assert ends_derived("mengimplementasimensosialisas", "ikan", document, language)
    assert not ends_derived("sosial", "ekonomi", frozenset({"sosial", "ekonomi"}), language)
    assert not ends_derived("mensosialisas", "ikan", document, Language(frozenset({"kebijakan"})))  # no affixes


def test_a_head_may_be_shorter_before_a_tail_that_opens_with_a_long_word() -> None:
    """How short a head reads as a word of its own before a run cut again at its edge."""
    language = Language(frozenset({"implementasi", "terintegrasi"}), prefixes=("di", "ke"), suffixes=("kan",))
    document = frozenset({"didiseminasikan", "diseminasi", "implementasikan"})
    # no long word opens the tail: a word of `MIN_LETTERS` letters at least
    assert shortest_head("ada", "terintegraskandidise", document, language) == MIN_LETTERS
    # one opens it: two letters ("di" + "didiseminasikanmenyelen"), the long word having "di" for its
    # prefix already
    assert shortest_head("di", "didiseminasikanmenyelen", document, language) == SHORTEST_HEAD == 2
    # the language derives a word from the two ("diimplementasikan"): three, a two-letter head a prefix as often
    assert shortest_head("di", "implementasikanmenyelen", document, language) == SEGMENT == 3
