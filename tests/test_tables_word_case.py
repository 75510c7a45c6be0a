"""The case of the letters and the quotes at a line end, weighed when a word may have been cut (`tables.word_case`).

The cells below copy the geometry of narrow justified columns where the engine
(CSS `overflow-wrap`) cut every word too wide for a line: glyphs 5 pt wide at
10 pt, each line filled to within 3 pt of its edge, so the geometry alone
takes every line end for a cut.
"""

from ogi_extract.layout.model import Box
from ogi_extract.tables.lexicon import Lexicon
from ogi_extract.tables.lines import join_lines
from ogi_extract.tables.model import TextLine
from ogi_extract.tables.word_case import (
    closes_mark_left_open,
    acronym_before_acronym,
    acronym_before_lower,
    acronym_cut,
    acronym_number,
    closes_quote,
    in_capitals,
    initial_goes_on,
    known_as_printed,
    lower_before_capitals,
    lower_url_before_capitals,
    number_before_lower,
    quote_left_open,
)
from test_tables_word_breaks import CHAR, LEFT, cell  # glyphs 5 pt wide from x = 100, lines 12 pt apart

# A document that moves words whole (no cut after other words) and knows these words.
WORDS = Lexicon(
    {"di", "korban", "sebesar", "pandemik", "pemanfaatan", "antar", "naskah", "pis", "perki", "1", "digunakan"},
    cuts_after_words=False,
    capitals={"pis", "perki"},
)
EDGE = LEFT + 7 * CHAR + 3  # a column of seven glyphs and 3 pt


def joined(lines: list[TextLine], lexicon: frozenset[str] = WORDS, edge: float = EDGE) -> str:
    return join_lines(lines, left=LEFT, right=edge, lexicon=lexicon).text


def justify_last(line: TextLine, edge: float = EDGE) -> None:
    """Push the line's last word to its edge, as a justified line with a stretched space sets it."""
    w = line.words[-1]
    w.box = Box(edge - w.box.width, w.box.top, edge, w.box.bottom)


def test_shapes() -> None:
    assert in_capitals("SIREK") and in_capitals("SP4N-LA") and not in_capitals("M") and not in_capitals("PISpema")
    assert acronym_before_lower("SIREKAP", "pandemi") and acronym_before_lower("“PIS", "pemanfaatan")
    assert not acronym_before_lower("NGO", "s") and not acronym_before_lower("KPU", "nya")
    assert not acronym_before_lower("M", "enyampaikan") and not acronym_before_lower("Pendamping", "an")
    assert acronym_cut("SIREK", "AP") and acronym_cut("SP4N-LA", "POR!")
    assert acronym_cut("SP4", "N-LAPOR!") and acronym_cut("DP2", "KBPMD")  # digits written onto a capital
    assert not acronym_cut("COVID-19", "PEN") and not acronym_cut("G20", "KTT") and not acronym_cut("2021", "KPU")
    assert not acronym_cut("Negara", "AP") and not acronym_cut("SIREK", "Ap") and not acronym_cut("K", "PU")
    # an acronym's last capital alone on the next line, its stop after it; never a word's first letter
    assert acronym_cut("DP2KBPM", "D") and acronym_cut("DP2KBPM", "D,") and acronym_cut("SIREKA", "P.")
    assert acronym_cut("PERK", "I1/2021") and acronym_cut("PERK", "I1/2021,")  # its number written onto it
    assert not acronym_cut("PERK", "I1a") and not acronym_cut("KPU", "A-1b")
    assert not acronym_cut("DP2KBPM", "Di") and not acronym_cut("Kota", "D") and not acronym_cut("M", "D")
    assert closes_quote("‘di’") and closes_quote("“data”,"[:-1]) and not closes_quote("Qur’")
    glues_digits = Lexicon({"perki"}, capitals={"perki", "p3pd"})
    assert acronym_number("PERKI", "1/2021,", glues_digits)
    assert not acronym_number("PERKI", "1/2021,", Lexicon({"perki"}, capitals={"perki"}))  # no "P3PD" written
    assert not acronym_number("PERKI", "2021", Lexicon({"perki", "2021"}, capitals={"p3pd"}))  # a number it writes
    assert not acronym_number("Perki", "1/2021,", glues_digits)


def test_an_acronym_filling_its_line_ends_before_lower_case() -> None:
    # "SIREKAP" alone 3 pt short of the edge, then "pandemi" cut before "k.": the acronym is whole
    lines = cell(("SIREKAP", False), ("pandemi", False), ("k.", True), edge=EDGE)
    assert joined(lines) == "SIREKAP pandemik."
    # a lower-case word in its place is the start of the word the engine cut
    lines = cell(("pandemi", False), ("k.", True), edge=EDGE)
    assert joined(lines) == "pandemik."


def test_an_acronym_before_lower_case_is_no_known_word_cut() -> None:
    # "PEN" filling its line, "catatan" opening the next: "pencatatan" is a word of the
    # document, but none is written in capitals to a break and in lower case after it
    knows = Lexicon({"pencatatan", "sdi", "mitra"}, capitals={"pen", "sdi"})
    lines = cell(("PEN", False), ("catatan", False), ("SDI", True), edge=LEFT + 3 * CHAR + 3)
    assert joined(lines, knows, edge=LEFT + 3 * CHAR + 3) == "PEN catatan SDI"
    # the same letters in lower case are the word cut
    lines = cell(("pen", False), ("catatan", False), ("SDI", True), edge=LEFT + 3 * CHAR + 3)
    assert joined(lines, knows, edge=LEFT + 3 * CHAR + 3) == "pencatatan SDI"


def test_an_acronym_before_one_the_document_writes_alone_is_no_glued_run_cut() -> None:
    """xhtml2pdf: "kegiatan PERKI" filling its line, "PPID" opening the next. "perkippid" reads as the
    document's "per" + "kip" + "pid" glued, but the tail is an acronym the document writes on its own."""
    knows = Lexicon({"kegiatan", "per", "kip", "pid", "ppid", "itu", "dp2kbpmd"}, capitals={"ppid", "kip", "bpmd"})
    assert acronym_before_acronym("PERKI", "PPID", knows)
    assert not acronym_before_acronym("PER", "KIP", knows)  # a suffix's length: a long acronym cut
    assert not acronym_before_acronym("DP2K", "BPMD", knows)  # the two join a word of the document
    assert not acronym_before_acronym("perki", "PPID", knows)  # lower case before capitals: `lower_before_capitals`
    edge = LEFT + 14 * CHAR + 3  # "kegiatan PERKI" is 14 glyphs
    lines = cell(("kegiatan PERKI", False), ("PPID itu", True), edge=edge)
    assert joined(lines, knows, edge=edge) == "kegiatan PERKI PPID itu"
    # a compound of acronyms, its first part one the document writes alone, however short: WeasyPrint
    # "yang OPD" at its edge, "TII-WVI-" (then "INFID") too wide for any line
    compound = Lexicon(knows | {"yang", "tii", "wvi"}, capitals={"ppid", "tii", "wvi"})
    assert acronym_before_acronym("OPD", "TII-WVI-", compound) and not acronym_before_acronym("OPD", "TII", compound)
    edge = LEFT + 8 * CHAR + 3  # "yang OPD" is 8 glyphs
    lines = cell(("yang OPD", False), ("TII-WVI-", False), ("INFID itu", True), edge=edge)
    assert joined(lines, compound, edge=edge) == "yang OPD TII-WVI-INFID itu"


def test_a_marker_and_an_acronym_pushed_to_the_edge_end_before_a_cut_word() -> None:
    # "o PIS" justified to the edge, then "pemanfaatan" cut twice
    lines = cell(("o PIS", False), ("pemanfa", False), ("atan", False), ("antar", True), edge=EDGE)
    justify_last(lines[0])
    assert joined(lines) == "o PIS pemanfaatan antar"


def test_a_closed_quotation_ends_its_word() -> None:
    edge = LEFT + 5 * CHAR + 3  # "korba" fills its line, "n" would not fit
    lines = cell(("o ‘di’", False), ("korba", False), ("n", False), ("sebesar.", True), edge=edge)
    justify_last(lines[0], edge)
    assert joined(lines, edge=edge) == "o ‘di’ korban sebesar."
    # punctuation after a quotation too wide to take it on one line still belongs to it
    edge = LEFT + 6 * CHAR + 3
    lines = cell(("o ‘data’", False), (".", False), ("sebesar.", True), edge=edge)
    justify_last(lines[0], edge)
    assert joined(lines, edge=edge) == "o ‘data’. sebesar."


def test_capitals_on_both_sides_of_a_filled_line_are_an_acronym_cut() -> None:
    # "SIREK" 3 pt short of its edge (an "A" would not fit), "AP" on the next line: neither a word of the document
    edge = LEFT + 5 * CHAR + 3
    lines = cell(("SIREK", False), ("AP", False), ("naskah", True), edge=edge)
    assert join_lines(lines, left=LEFT, right=edge, lexicon=WORDS).text == "SIREKAP naskah"
    # two acronyms of the document stay two
    known = Lexicon(WORDS | {"sirek", "ap"}, cuts_after_words=False)
    lines = cell(("SIREK", False), ("AP", False), ("naskah", True), edge=edge)
    assert join_lines(lines, left=LEFT, right=edge, lexicon=known).text == "SIREK AP naskah"
    # room left for the next capital: the line ended a word
    lines = cell(("SIREK", False), ("AP", False), ("naskah", True), edge=edge + 12)
    assert join_lines(lines, left=LEFT, right=edge + 12, lexicon=WORDS).text == "SIREK AP naskah"


def test_an_acronym_filling_its_line_goes_on_with_its_number_where_the_document_glues_capitals_to_digits() -> None:
    edge = LEFT + 5 * CHAR + 3
    specs = (("PERKI", False), ("1/2021", False), (",", False), ("digunakan", True))
    glues = Lexicon(WORDS, cuts_after_words=False, capitals={"perki", "p3pd"})
    assert join_lines(cell(*specs, edge=edge), left=LEFT, right=edge, lexicon=glues).text == "PERKI1/2021, digunakan"
    # a document whose acronyms hold no digit: the acronym and the number are two words
    assert join_lines(cell(*specs, edge=edge), left=LEFT, right=edge, lexicon=WORDS).text == "PERKI 1/2021, digunakan"
    # room left for the digit: the line ended a word
    wide = edge + 12
    specs = (("PERKI", False), ("1/2021, digunakan", True))
    assert join_lines(cell(*specs, edge=wide), left=LEFT, right=wide, lexicon=glues).text == "PERKI 1/2021, digunakan"


def test_an_acronym_cut_after_its_digit_after_other_words_is_joined() -> None:
    # "Ada di SP4" fills a column of ten glyphs to its edge; "N-LAPOR!" opens the next line: together they are
    # wider than a line, the engine filled the line's rest with part of the acronym (ReportLab)
    edge = LEFT + 10 * CHAR
    cutting = Lexicon({"ada", "di", "salah"}, cuts_after_words=True)
    lines = cell(("Ada di SP4", False), ("N-LAPOR! salah", True), edge=edge)
    assert join_lines(lines, left=LEFT, right=edge, lexicon=cutting).text == "Ada di SP4N-LAPOR! salah"
    # a capitalised word after the digits: the acronym ended its line
    lines = cell(("Ada di SP4", False), ("Nasional salah", True), edge=edge)
    assert join_lines(lines, left=LEFT, right=edge, lexicon=cutting).text == "Ada di SP4 Nasional salah"
    # room left for the next capital: the line ended a word
    wide = edge + 12
    lines = cell(("Ada di SP4", False), ("N-LAPOR! salah", True), edge=wide)
    assert join_lines(lines, left=LEFT, right=wide, lexicon=cutting).text == "Ada di SP4 N-LAPOR! salah"


def test_a_url_filling_its_line_ends_before_an_acronym() -> None:
    # "…/publik/dokumen" fills its line (1 pt left), "PEN dengan" opens the next: no URL segment
    # goes on from lower case into capitals; a lower-case tail no word of the document goes on
    # ("dokumen" no piece of the document's URLs seen whole, so nothing else ends the URL there)
    assert lower_before_capitals("…/dokumen", "PEN,") and lower_before_capitals("dokumen", "SP4N-LAPOR!")
    assert not lower_before_capitals("…/index=", "ABC") and not lower_before_capitals("dokumen", "Pen")
    assert not lower_before_capitals("KPU", "RI") and not lower_before_capitals("dokumen", "P")
    url = "https://ogi.bappenas.go.id/informasi/publik/dokumen"
    edge = LEFT + CHAR * len(url) + 1
    lexicon = Lexicon({"dengan", "laporan"}, pieces={"ogi", "bappenas", "informasi", "publik"})
    assert joined(cell((url, False), ("PEN dengan", True), edge=edge), lexicon, edge) == f"{url} PEN dengan"
    assert joined(cell((url, False), ("pen dengan", True), edge=edge), lexicon, edge) == f"{url}pen dengan"


def test_a_quotation_left_open_at_a_full_lines_end_closes_on_the_next_line() -> None:
    """LibreOffice breaks "“mendetailkan”" before its closing quote (Unicode leaves a break before "”"
    ambiguous): the line ends within a glyph of its edge, the quote opens the next line."""
    edge = LEFT + 24 * CHAR + 4  # "penanganan “mendetailkan" and 4 pt: the quote, 5 pt wide, would not fit
    lines = cell(("penanganan “mendetailkan", False), ("” lebih telah.", True), edge=edge)
    lexicon = Lexicon({"penanganan", "mendetailkan", "lebih", "telah"}, cuts_after_words=False)
    assert joined(lines, lexicon, edge) == "penanganan “mendetailkan” lebih telah."
    assert quote_left_open("“mendetailkan", "”") and quote_left_open("(‘di", "’),")
    # a quotation closed already, or never opened: the mark is no closing of the head's
    assert not quote_left_open("“data”", "”") and not quote_left_open("hasil", "”")


def test_a_bracket_the_head_opened_closes_round_one_known_word() -> None:
    """WeasyPrint in Cantarell: "‘barang’ (hany" fills its line, "a) pelatihan" opens the next: "(hanya)"."""
    assert closes_mark_left_open("(hany", "a)")
    assert closes_mark_left_open("“hany", "a”.")
    assert not closes_mark_left_open("(hanya)", "a)")  # closed already
    assert not closes_mark_left_open("hany", "a)")
    assert not closes_mark_left_open("(hany", "(a)")  # the tail opens its own
    lexicon = Lexicon({"barang", "hanya", "pelatihan", "a"})
    edge = LEFT + 15 * CHAR + 2
    lines = cell(("‘barang’ (hany", False), ("a) pelatihan", True), edge=edge)
    right = max(ln.box.x1 for ln in lines)
    assert join_lines(lines, left=LEFT, right=right, lexicon=lexicon).text == "‘barang’ (hanya) pelatihan"


def test_a_url_in_lower_case_ending_in_a_number_does_not_go_on_in_capitals() -> None:
    """LibreOffice: "…/jasa-8-index-2021" fills its line, "LAN peraturan." opens the next."""
    assert lower_url_before_capitals("https://komisiinformasi.go.id/barang/jasa-8-index-2021", "LAN")
    assert not lower_url_before_capitals("https://data.go.id/Laporan/index-2021", "LAN")  # capitals in the URL
    assert not lower_url_before_capitals("https://data.go.id/index-2021", "Lan")
    lexicon = Lexicon({"peraturan", "layak"}, pieces={"komisiinformasi", "go", "id", "barang", "jasa", "index"})
    url = "https://komisiinformasi.go.id/barang/jasa-8-index-2021"
    edge = LEFT + len(url) * CHAR + 2
    lines = cell((url, False), ("LAN peraturan.", True), edge=edge)
    right = max(ln.box.x1 for ln in lines)
    assert join_lines(lines, left=LEFT, right=right, lexicon=lexicon).text == f"{url} LAN peraturan."


def test_an_acronym_goes_on_with_a_hyphen_opening_the_next_line() -> None:
    from ogi_extract.tables.word_case import acronym_hyphen_goes_on

    assert acronym_hyphen_goes_on("TII", "-WVI-INFID")  # ReportLab broke the compound before its hyphen
    assert acronym_hyphen_goes_on("PAN", "-RB")
    # a word in lower case, a dash alone or before a space, a hyphen before lower case: no compound cut
    assert not acronym_hyphen_goes_on("peradilan", "-WVI")
    assert not acronym_hyphen_goes_on("TII", "-")
    assert not acronym_hyphen_goes_on("TII", "-nya")


def test_a_capital_alone_at_a_line_end_begins_the_word_its_lower_case_rest_opens_the_next_line_with() -> None:
    """ReportLab: "tertinggi tech. I" filling its line, "mplementasi/m" the next, then "engetahui": the
    capital with the piece would have fitted on the next line, but the piece is no word and the two are."""
    words = Lexicon({"tertinggi", "tech", "implementasi", "i", "mengetahui"}, language=frozenset({"implementasi"}))
    assert initial_goes_on("I", "mplementasi", words)
    assert not initial_goes_on("I", "implementasi", words)  # the tail a word: "I" stands alone
    assert not initial_goes_on("I", "mplementas", words)  # the two no word
    assert not initial_goes_on("i", "mplementasi", words)  # no capital
    assert not initial_goes_on("IM", "plementasi", words)  # an acronym's shape, `acronym_before_lower`'s
    edge = LEFT + 17 * CHAR + 2
    lines = cell(("tech. I", False), ("mplementasi/m", False), ("engetahui data", True), edge=edge)
    lines[0].words[-1].box = Box(edge - 2 - CHAR, lines[0].box.top, edge - 2, lines[0].box.bottom)
    text = join_lines(lines, left=LEFT, right=edge, lexicon=words).text
    assert text.startswith("tech. Implementasi/m")


def test_a_word_the_document_writes_in_capitals_only_is_known_only_printed_so() -> None:
    lexicon = Lexicon({"pen", "awal"}, capitals={"pen"}, language=frozenset({"kepada"}))
    assert known_as_printed("PEN", lexicon) and known_as_printed("PEN,", lexicon)
    assert not known_as_printed("pen", lexicon) and not known_as_printed("Pen", lexicon)
    assert known_as_printed("awal", lexicon) and known_as_printed("kepada", lexicon)
    # the language writing it in lower case makes it a word again
    spoken = Lexicon({"pen", "awal"}, capitals={"pen"}, language=frozenset({"pen"}))
    assert known_as_printed("pen", spoken)


def test_no_word_goes_on_from_digits_into_lower_case() -> None:
    """Chromium in Noto Sans, a column eight letters wide: "COVID-19" alone on its line, then "penyampa" +
    "ian SP4N-". The line before ends in digits, the next opens in lower case: two words, however full
    the line, as no word goes on from lower case into digits either."""
    assert number_before_lower("COVID-19", "penyampa") and number_before_lower("2020-2022", "laporan,")
    assert not number_before_lower("2000", "an") and not number_before_lower("COVID-19", "PEN")
    assert not number_before_lower("SIREKAP", "pandemi")  # an acronym's own rule (`acronym_before_lower`)
    lines = cell(("COVID-19", False), ("penyampa", False), ("ian SP4N-", False), ("LAPOR!", True), edge=LEFT + 8 * CHAR + 2)
    right = max(ln.box.x1 for ln in lines)
    text = join_lines(lines, left=LEFT, right=right, lexicon=Lexicon({"penyampaian", "asesmen"}, cuts_after_words=False)).text
    assert text == "COVID-19 penyampaian SP4N-LAPOR!"

