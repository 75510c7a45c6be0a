"""Line-end hyphens the engine set inside an author's compound (`tables.line_ends`)."""

from ogi_extract.tables.lexicon import Lexicon
from ogi_extract.tables.line_ends import drops_hyphen
from ogi_extract.tables.lines import join_lines
from test_tables_word_breaks import CHAR, LEFT, cell  # glyphs 5 pt wide from x = 100, lines 12 pt apart


def test_the_last_part_of_an_acronym_compound_hyphenated_by_the_engine_is_joined() -> None:
    # "SP4N-LAPOR!" with its last part hyphenated at a syllable, the line full to its edge
    hyphenates = Lexicon({"terjadi", "salah"}, engine_hyphens=True)
    for mark in ("\u00ad", "-"):
        lines = cell((f"Terjadi SP4N-LA{mark}", False), ("POR! salah", True), edge=LEFT + 17 * CHAR)
        text = join_lines(lines, left=LEFT, right=LEFT + 17 * CHAR, lexicon=hyphenates).text
        assert text == "Terjadi SP4N-LAPOR! salah"
    # the author's hyphen between two parts, before a vowel: "TII-WVI-" + "INFID"
    assert not drops_hyphen("TII-WVI-", "INFID", hyphenates)
    assert not drops_hyphen("TII-WVI\u00ad", "INFID", hyphenates)
    # parts the document writes are the author's
    assert not drops_hyphen("SP4N-LA\u00ad", "POR!", Lexicon(hyphenates, engine_hyphens=True, pieces={"la"}))
    # where the engine does not hyphenate, the soft hyphen before capitals is kept as a hyphen
    assert not drops_hyphen("SP4N-LA\u00ad", "POR!", Lexicon(hyphenates))


def test_a_glued_run_cut_inside_the_end_of_a_long_word_with_another_prefix_is_joined() -> None:
    """"pertanggungjawabanditindaklan" fills its line to the edge, "juti OMS harus." opens the next: the
    letters at the break end and begin many words ("…an" + "ju…"), but "juti" is no word of the document and
    "indaklanjuti", twelve letters across the break, ends its "menindaklanjuti": the run goes on
    ("ditindaklanjuti" is written nowhere whole)."""
    words = {
        "barang", "oms", "harus", "pertanggungjawaban", "pelaksanaan", "pendampingan", "kegiatan",
        "laporan", "bulan", "jalan", "jumlah", "juga", "jurnal", "jumat", "pelayanan", "ketentuan",
    }
    lexicon = Lexicon(words, glues=True, cuts_after_words=False, long_words={"menindaklanjuti"})
    run = "pertanggungjawabanditindaklan"
    edge = LEFT + len(run) * CHAR
    lines = cell(("barang", True), (run, False), ("juti OMS harus.", True), edge=edge)
    text = join_lines(lines, left=LEFT, right=edge, lexicon=lexicon).text
    assert text == "barang pertanggungjawabanditindaklanjuti OMS harus."
    # fewer than twelve letters of a long word's end across the break are no evidence
    short = "pertanggungjawabanmenlan"
    edge = LEFT + len(short) * CHAR
    lines = cell(("barang", True), (short, False), ("juti OMS harus.", True), edge=edge)
    assert join_lines(lines, left=LEFT, right=edge, lexicon=lexicon).text.split()[1] == short


def test_a_word_of_the_language_before_the_end_of_a_run_of_the_document_is_two_words() -> None:
    """fpdf2: "dilibatkan" ends a full line, "dilegalisasikan SLIP," opens the next. The document glues
    "mensosialisasikandilegalisasikan", whose end "kandilegalisasikan" holds the break, yet the head is a
    word of the language and the tail the end of that run after a word: the break fell between two words."""
    from ogi_extract.tables.line_ends import _cut_in_last_word

    words = {"warga", "uji", "slip", "bahwa", "kegiatan", "laporan"}
    runs = {"mensosialisasikandilegalisasikan"}
    spoken = Lexicon(words, glues=True, long_words=runs, language=frozenset({"dilibatkan", "mensosialisasikan"}))
    joined, cut = "dilibatkandilegalisasikan", len("dilibatkan")
    assert not _cut_in_last_word(joined, cut, spoken)
    # without the language, the run's end across the break holds it
    assert _cut_in_last_word(joined, cut, Lexicon(words, glues=True, long_words=runs))
    # nor where the tail is the run's end after no word ("sikan" is none)
    assert _cut_in_last_word("dilibatkandilegalisasikan", cut, Lexicon(words, glues=True, long_words=runs, language=frozenset({"dilibatkan"})))


def test_a_doubled_syllable_hyphenated_by_the_engine_is_no_reduplication() -> None:
    """LuaLaTeX hyphenated "tata" as "ta-" + "ta" in a narrow column: parts of two letters are syllables,
    while "masing-" + "masing" and "Una-" + "Una" are the author's reduplications."""
    hyphenates = Lexicon({"anak", "surat", "oleh"}, engine_hyphens=True)
    assert drops_hyphen("ta-", "ta", hyphenates)
    assert not drops_hyphen("masing-", "masing", hyphenates)
    assert not drops_hyphen("Una-", "Una", hyphenates)


def test_the_start_of_a_compound_the_document_writes_whole_keeps_its_hyphen_broken_again() -> None:
    # LuaLaTeX breaks "TII-WVI-INFID" at both its hyphens in a narrow cell; the document writes the
    # compound whole elsewhere, "WVI" nowhere alone: "TII-" + "WVI-" is its start, then + "INFID"
    hyphenates = Lexicon({"tii", "tii-wvi-infid", "aplikasi"}, engine_hyphens=True, capitals={"tii"})
    assert not drops_hyphen("TII-", "WVI-", hyphenates)
    assert not drops_hyphen("TII-WVI-", "INFID", hyphenates)
    # not a start the document writes: the acronym the engine hyphenated, as before
    assert drops_hyphen("TII-", "WVI-", Lexicon({"tii", "aplikasi"}, engine_hyphens=True, capitals={"tii"}))
    # a tail not broken again is weighed as ever
    assert drops_hyphen("TII-", "WVI", hyphenates)
