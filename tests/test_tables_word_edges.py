"""Letter statistics of the document's words at a line end the vocabulary cannot decide (`tables.word_edges`)."""

from ogi_extract.layout.model import Box, Word
from ogi_extract.tables.language import Language
from ogi_extract.tables.lexicon import Lexicon
from ogi_extract.tables.lines import group_lines, join_lines
from ogi_extract.tables.word_edges import (
    BOUNDARY,
    CUT,
    LONG_DERIVED,
    boundary_ratio,
    cut_between_letters,
    ends_between_words,
    rest_of_word,
    spoken_across,
)
from test_tables_word_breaks import joined as joined_at
from test_tables_word_breaks import CHAR, LEFT, cell  # glyphs 5 pt wide from x = 100, lines 12 pt apart


# A small report's words: many end in "an", "asi", "kan" and begin with "me", "pe", "ke";
# none of the words at the line ends below is among them.
WORDS = Lexicon(
    {
        "pelaksanaan", "pelayanan", "kegiatan", "laporan", "pendampingan", "perencanaan", "pengawasan",
        "kebijakan", "keterbukaan", "pemerintahan", "pembangunan", "penyusunan", "keuangan", "tahapan",
        "menyampaikan", "mendorong", "membangun", "mengenai", "menyusun", "melibatkan", "memastikan",
        "meningkatkan", "mengembangkan", "diharapkan", "dilaksanakan", "disampaikan", "informasi",
        "partisipasi", "evaluasi", "koordinasi", "sosialisasi", "organisasi", "verifikasi", "advokasi",
        "data", "dan", "yang", "untuk", "dengan", "dari", "pada", "oleh", "atas", "hasil", "tahun",
        "publik", "desa", "warga", "hukum", "sudah", "akses", "aktif", "menitikberatkan",
    }
)


def joined(*specs: tuple[str, bool], edge: float) -> str:
    lines = cell(*specs, edge=edge)
    return join_lines(lines, left=LEFT, right=edge, lexicon=WORDS).text


def test_letters_that_end_and_begin_many_words_mark_a_boundary() -> None:
    assert boundary_ratio("peraturan", "mendampi", WORDS) >= BOUNDARY
    assert boundary_ratio("rekapitulasi", "mengenai", WORDS) >= BOUNDARY
    # a cut inside a word: "nd" ends none of the document's words, "ak" begins few of them
    assert boundary_ratio("ditind", "aklanjuti", WORDS) < BOUNDARY


def test_a_word_alone_filling_its_line_before_a_word_cut_again_ends_there() -> None:
    # "peraturan" fills its line (2 pt left), "mendampingi", too wide for a line, is cut on its own:
    # the geometry is a cut's, the letters on each side are a line end's between words.
    edge = LEFT + 9 * CHAR + 2
    lines = (("peraturan", False), ("mendampi", False), ("ngi", True))
    assert joined(*lines, edge=edge) == "peraturan mendampingi"


def test_a_word_cut_inside_at_the_edge_still_joins() -> None:
    edge = LEFT + 6 * CHAR + 2
    assert joined(("ditind", False), ("aklanjuti", True), edge=edge) == "ditindaklanjuti"


def test_pieces_that_may_be_a_glued_run_of_long_words_are_left_to_the_geometry() -> None:
    head = "mensosialisasikan"
    assert len(head) >= LONG_DERIVED
    # a long head before a tail that goes on past its line: two long words glued, cut between them
    lines = cell((head, False), ("pelaksana", False), ("an", True), edge=LEFT + len(head) * CHAR + 2)
    lines[1].edge = lines[1].box.x1 + 2  # a narrower cell on the next page: the tail fills its line
    assert not ends_between_words(head, "pelaksana", lines[1], WORDS)
    # measured with the next line's first piece the tail's word is short: no run of long words
    assert ends_between_words(head, "pelaksana", lines[1], WORDS, after=lines[2])
    longer = cell(("pelaksanaanpemerintahan data", True), edge=LEFT + 200)[0]
    assert not ends_between_words(head, "pelaksana", lines[1], WORDS, after=longer)
    # the same tail whole, a word after it: the letters decide
    lines = cell((head, False), ("pelaksana data", True), edge=LEFT + len(head) * CHAR + 2)
    assert ends_between_words(head, "pelaksana", lines[1], WORDS)
    # a tail of that length that goes on past its line may be a run's rest: no decision
    lines = cell(("peraturan", False), ("mengimplementasikan", False), edge=LEFT + 9 * CHAR + 2)
    lines[1].edge = lines[1].box.x1 + 2
    assert not ends_between_words("peraturan", "mengimplementasikan", lines[1], WORDS)
    # nor after a head that begins a longer word of the document the tail goes on with ("pelayan" +
    # "an…" of "pelayanan")
    lines = cell(("pelayan", False), ("anmenyampaikankegiatan", True), edge=LEFT + 7 * CHAR + 2)
    assert not ends_between_words("pelayan", "anmenyampaikankegiatan", lines[1], WORDS)
    # a tail that goes on with no such word is weighed by its letters: "transparan" +
    # "dipresentasikan…", though the document writes "transparansi"
    lines = cell(("pelayan", False), ("menyampaikankegiatan", True), edge=LEFT + 7 * CHAR + 2)
    assert ends_between_words("pelayan", "menyampaikankegiatan", lines[1], WORDS)


def test_a_long_word_ending_on_its_line_after_a_head_that_begins_no_word_is_weighed() -> None:
    # "Penyelesaian digunakan" fills its line, "dipresentasikan" (fifteen letters, too wide for
    # the line's rest) stands whole on the next, ending short of the edge: the head begins no word
    # of the document and the tail ends on its line, so no run's rest can hold a cut; "an" ends
    # many of its words and "di" begins many ("digunakan" + "dipresentasikan" in three engines)
    edge = LEFT + 22 * CHAR + 2
    lines = (("Penyelesaian digunakan", False), ("dipresentasikan", True), ("masyarakat", True))
    assert len("dipresentasikan") >= LONG_DERIVED
    assert joined(*lines, edge=edge) == "Penyelesaian digunakan dipresentasikan masyarakat"


def test_a_tail_that_is_the_rest_of_a_word_of_the_document_is_no_boundary() -> None:
    # "beratkan" ends "menitikberatkan": "menitik" + "beratkan" may be that word cut where its parts meet
    lines = cell(("menitik", False), ("beratkan data", True), edge=LEFT + 7 * CHAR + 2)
    assert not ends_between_words("menitik", "beratkan", lines[1], WORDS)


def test_a_word_that_holds_the_tail_after_other_letters_than_the_heads_proves_no_cut() -> None:
    """xhtml2pdf: "ketidaklengkapandidiseminasikan" fills its line, "masa dapat" opens the next: "masa" is
    inside "permasalahan", after "per", not after the head's "kan"; the letters decide, and they end and
    begin the document's words."""
    document = Lexicon(set(WORDS) | {"permasalahan", "masa", "dapat"})
    head = "ketidaklengkapandidiseminasikan"
    lines = cell((head, False), ("masa dapat", True), edge=LEFT + len(head) * CHAR + 2)
    assert ends_between_words(head, "masa", lines[1], document)
    # after a head that ends with the letters the word has before the tail, it may be that word's rest
    assert not ends_between_words("ketidaklengkapandidiseminasikanper", "masa", lines[1], document)


def test_a_head_no_word_that_begins_one_of_the_language_with_the_tail_after_words_was_cut() -> None:
    """ReportLab: "gungjawabanmeng" fills its line (after "pertang"), "implementasi." opens the next:
    "pertanggungjawaban" then "meng", which with "implementasi" begins the language's "mengimplementasikan"."""
    document = Lexicon(set(WORDS) | {"pertanggungjawaban", "implementasi"}, language=frozenset({"mengimplementasikan"}))
    lines = cell(("gungjawabanmeng", False), ("implementasi.", True), edge=LEFT + 15 * CHAR + 2)
    assert not ends_between_words("pertanggungjawabanmeng", "implementasi", lines[1], document)
    # a head the language writes whole ends there
    worded = Lexicon(set(document), language=frozenset({"mengimplementasikan", "pertanggungjawabanmeng"}))
    assert ends_between_words("pertanggungjawabanmeng", "implementasi", lines[1], worded)


def test_a_line_holding_only_the_middle_of_a_cut_word_goes_on_whatever_the_letters() -> None:
    # "penandatang" fills its line, "ananlaporan" fills the next: the third line's "mendampingi"
    # would begin as the document's words do after letters that end many ("an"), but that the
    # word cut before ends exactly at this edge too is the rarer chance
    # ("penanda" + "tangananpenan" + "datanganan" in a ReportLab report)
    edge = LEFT + 11 * CHAR + 2
    lines = (("penandatang", False), ("ananlaporan", False), ("mendampingi data", True))
    assert boundary_ratio("penandatangananlaporan", "mendampingi", WORDS) >= BOUNDARY
    assert joined(*lines, edge=edge) == "penandatangananlaporanmendampingi data"


def test_a_line_holding_only_the_middle_of_a_cut_run_before_a_word_of_the_document_is_weighed_by_its_letters() -> None:
    """"Teridentifikasinya" + "mendiseminasikan" fills its line, then "per berisikan" (Chromium and
    LibreOffice, DejaVu Serif; "pertanggungjawab" + "anterintegrasikan" + "hak" in Caladea): the glued run
    ended at the edge. A next line that opens with a word of the document (of three letters: a longer one
    ends the run already) is as likely a run's end as the word cut once more, so the letters on each side
    decide, as on any line (`ends_between_words`)."""
    edge = LEFT + 11 * CHAR + 2
    lines = (("penandatang", False), ("ananlaporan", False), ("dan data", True))
    assert boundary_ratio("penandatangananlaporan", "dan", WORDS) >= BOUNDARY
    assert joined(*lines, edge=edge) == "penandatangananlaporan dan data"


# The document's words with more holding "ge" and "mb" inside ("pengembangan", "pertimbangan"),
# "mengembangkan" itself never written whole.
CUTTING = Lexicon(
    (WORDS - {"mengembangkan"})
    | {"pengembangan", "perkembangan", "dikembangkan", "pertimbangan", "pembangunan", "kembali", "pengelolaan",
       "pengetahuan", "tanggung", "menggunakan", "pertanggungjawaban"},
    cuts_after_words=True,
)


def _placed(texts: list[tuple[str, float]], y: float, space: float = 5.0) -> list[Word]:
    """Words of one line from `LEFT`, each as wide as given, the last with no space after."""
    ws, x = [], LEFT
    for k, (t, width) in enumerate(texts):
        ws.append(Word(t, Box(x, y, x + width, y + 10), "F", 10, False, int(y), k < len(texts) - 1))
        x += width + space
    return ws


def _two_lines(head: str, tail: str, extra: float, lexicon: Lexicon = CUTTING) -> str:
    """"integrasi <head>" filled to its edge, then `tail`: the two pieces `extra` pt wider than a line."""
    first = _placed([("integrasi", 45.0), (head, 25.0)], 100)
    edge = first[-1].box.x1
    second = _placed([(tail, edge - LEFT - 25.0 + extra)], 112)
    lines = group_lines(first + second, 1)
    for ln in lines:
        ln.edge = edge
    return join_lines(lines, left=LEFT, right=edge, lexicon=lexicon).text


def test_letters_that_end_and_begin_no_word_mark_a_cut_after_other_words() -> None:
    # "integrasi menge" fills its line, "mbangkan" opens the next; the two pieces pass the line's
    # width by 0.3 pt, less than the geometry tells from a line that wrapped between words
    # (ReportLab). "ge" ends none of the document's words, "mb" begins none: a cut.
    assert boundary_ratio("menge", "mbangkan", CUTTING) < CUT
    assert _two_lines("menge", "mbangkan", 0.3) == "integrasi mengembangkan"
    # letters that end and begin many of its words ("asi", "pe"): two words
    assert boundary_ratio("mobilisasi", "pendukung", CUTTING) >= CUT
    assert _two_lines("mobilisasi", "pendukung", 0.3) == "integrasi mobilisasi pendukung"
    # a head of two letters the document writes as a word ("ke"): its letters say nothing against a
    # line end between words ("ke" + "dipertimbangkan…" reached 0.24), no decision
    assert boundary_ratio("ke", "mbangkan", CUTTING) < CUT
    writes_ke = Lexicon(CUTTING | {"ke"}, cuts_after_words=True)
    assert _two_lines("ke", "mbangkan", 0.3, writes_ke) == "integrasi ke mbangkan"
    # one it writes nowhere as a word is weighed as a longer one (ReportLab: "politik me" +
    # "ndiseminasikan.", "nd" beginning none of its words)
    assert _two_lines("ke", "mbangkan", 0.3) == "integrasi kembangkan"
    # the two pieces fit on one line: an engine would have moved the word whole
    assert _two_lines("menge", "mbangkan", -3.0) == "integrasi menge mbangkan"
    # an engine seen never to cut after other words (CSS, LibreOffice) moves a word whole
    first = _placed([("integrasi", 45.0), ("menge", 25.0)], 100)
    edge = first[-1].box.x1
    lines = group_lines(first + _placed([("mbangkan", edge - LEFT - 24.7)], 112), 1)
    for ln in lines:
        ln.edge = edge
    whole = Lexicon(CUTTING, cuts_after_words=False)
    assert join_lines(lines, left=LEFT, right=edge, lexicon=whole).text == "integrasi menge mbangkan"


def test_a_word_of_the_language_after_other_words_is_no_cut_by_the_documents_letters() -> None:
    """xhtml2pdf: "fasilitas maka" at its edge, then "menggarisbawahidilegalisasika" (+ "n"): "maka" is a
    common word the document writes nowhere else, and its letters say nothing against it."""
    first = _placed([("integrasi", 45.0), ("menge", 25.0)], 100)
    edge = first[-1].box.x1
    lines = group_lines(first + _placed([("mbangkan", edge - LEFT - 24.7)], 112), 1)
    for ln in lines:
        ln.edge = edge
    assert cut_between_letters(lines[0], lines[1], "menge", "mbangkan", CUTTING)
    spoken = Lexicon(CUTTING, cuts_after_words=True, language=frozenset({"menge"}))
    assert not cut_between_letters(lines[0], lines[1], "menge", "mbangkan", spoken)


def test_a_known_word_that_ends_others_opening_the_next_line_goes_on_a_head_cut_at_the_edge() -> None:
    """"menggun" fills its line to the edge, "akan" opens the next: a word of the document, but one that ends
    several of its words ("dilaksanakan", "kebijakan"), and the letters at the break ("un" + "ak") end and
    begin its words less often than its base rate: a cut. A head ending as words do ("dijalankan"), or one
    that leaves room for a glyph, stays a word."""
    words = {"akan", "dilaksanakan", "kebijakan", "mengupayakan", "diskusi", "mengadakan", "kegiatan"}
    lexicon = Lexicon(words | {"pelaksanaan", "pemerintah", "untuk", "dengan", "menggugat", "penguatan", "langkah"})
    assert rest_of_word("menggun", "akan", lexicon)
    filling = dict(edge=LEFT + 7 * CHAR + 2)  # "menggun" is 7 glyphs
    assert joined_at(("menggun", False), ("akan di", True), **filling, lexicon=lexicon) == "menggunakan di"
    assert joined_at(("dijalankan", False), ("akan di", True), edge=LEFT + 10 * CHAR + 2, lexicon=lexicon) == (
        "dijalankan akan di"
    )
    roomy = dict(edge=LEFT + 7 * CHAR + 12)
    assert joined_at(("menggun", False), ("akan di", True), **roomy, lexicon=lexicon) == "menggun akan di"
    assert not rest_of_word("menggun", "diskusi", lexicon)  # a tail that ends no other word


def test_a_glued_run_ending_with_the_start_of_a_long_word_it_writes_before_goes_on() -> None:
    """ReportLab fills a line with "teridentifikasinyater" to the edge and opens the next with "identifikasi.
    Tampilan.": the tail is a word of the document, but "ter" + "identifikasi" is the "teridentifikasi" the
    run opens with, and the run ends in no word: one token cut inside its repeated word."""
    lexicon = Lexicon(WORDS | {"identifikasi", "tampilan", "kondisi", "teridentifikasinyamenyampaikan"}, glues=True)
    run = "teridentifikasinyater"
    edge = LEFT + len(run) * CHAR
    lines = cell(("kondisi", True), (run, False), ("identifikasi. Tampilan.", True), edge=edge)
    text = join_lines(lines, left=LEFT, right=edge, lexicon=lexicon).text
    assert text == "kondisi teridentifikasinyateridentifikasi. Tampilan."
    assert rest_of_word(run, "identifikasi", lexicon)
    # a run that ends in a word of its own ended there: "…nyadata" + "identifikasi"
    assert not rest_of_word("teridentifikasinyadata", "identifikasi", lexicon)


def test_a_word_before_a_long_tail_cut_again_is_weighed_when_no_word_runs_across_the_end() -> None:
    """"kanal" fills its line, "pengintegrasianmen" is set alone on the next and cut again (fpdf2):
    the tail may be a run's rest, unless the head is a word no word runs on from (`whole_before`)."""
    from ogi_extract.tables.language import common_words

    edge = LEFT + 5 * CHAR + 2
    lines = cell(("kanal", False), ("pengintegrasianmen", False), ("diseminasikan", True), edge=edge)
    lines[1].edge = lines[1].box.x1 + 2  # the tail fills its line: it goes on past it
    assert not ends_between_words("kanal", "pengintegrasianmen", lines[1], WORDS)  # the document alone: no word
    with_language = Lexicon(set(WORDS), language=common_words("id"))
    assert ends_between_words("kanal", "pengintegrasianmen", lines[1], with_language)
    # a word that runs across the end keeps the veto: "penanda" + "tangananmen…" holds "penandatanganan"
    lines = cell(("penanda", False), ("tangananmenindakla", False), ("njuti", True), edge=LEFT + 7 * CHAR + 2)
    lines[1].edge = lines[1].box.x1 + 2
    assert not ends_between_words("penanda", "tangananmenindakla", lines[1], with_language)



def test_a_short_word_before_a_tail_that_opens_with_a_long_word_ends_there() -> None:
    """"Namun. Mobile ada" ends 2.6 pt short of its edge (ReportLab), "terintegrasikandidise" fills
    the next line and goes on: "ada", three letters, begins longer words as often, but the tail opens
    with a long word of the document ("terintegrasi") and no word holds "adat…": two words."""
    words = Lexicon(set(WORDS) | {"ada", "terintegrasi"})
    edge = LEFT + 21 * CHAR + 2
    lines = cell(("ada", False), ("terintegrasikandidise", False), ("minasikan", True), edge=edge)
    lines[1].edge = lines[1].box.x1 + 2  # the tail fills its line: it goes on past it
    assert ends_between_words("ada", "terintegrasikandidise", lines[1], words)
    # a tail that opens with no long word: the short head is a word's first letters as often
    assert not ends_between_words("ada", "terintegraskandidise", lines[1], words)
    # a word that holds the end keeps the veto: "ke" + "tenagakerjaan…" is too short a head anyway,
    # "pen" + "terintegrasi…" none the document writes alone
    assert not ends_between_words("pen", "terintegrasikandidise", lines[1], words)


def test_a_word_of_two_letters_before_a_tail_that_opens_with_a_long_word_ends_there() -> None:
    """"karena UU, di" ends 2.5 pt short of its edge (ReportLab), "didiseminasikanmenyelen" fills the next
    line and goes on: "di", a word of the document, is too short for its letters to weigh, but the tail
    opens with a long word of it ("didiseminasikan"), which already has "di" for its prefix: two words."""
    language = Language(frozenset({"implementasi"}), prefixes=("di", "men"), suffixes=("kan",))
    words = Lexicon(set(WORDS) | {"di", "didiseminasikan", "diseminasi"}, language=language)
    edge = LEFT + 23 * CHAR + 2
    lines = cell(("di", False), ("didiseminasikanmenyelen", False), ("ggarakan", True), edge=edge)
    lines[1].edge = lines[1].box.x1 + 2  # the tail fills its line: it goes on past it
    assert ends_between_words("di", "didiseminasikanmenyelen", lines[1], words)
    # the language derives a word from the two: "diimplementasikan" may be cut after its prefix
    implementing = Lexicon(set(words) | {"implementasikan"}, language=language)
    assert not ends_between_words("di", "implementasikanmenyelen", lines[1], implementing)
    # two letters the document writes nowhere as a word
    assert not ends_between_words("ke", "didiseminasikanmenyelen", lines[1], words)


def test_a_head_no_word_that_goes_on_into_a_long_word_of_the_language_was_cut_inside_it() -> None:
    # ReportLab fills "seksual menitik" to the edge and "beratkandidise" the next line (then "minasikan"):
    # "menitik" is no word of the document or the language, "menitikberatkan" is the language's; the
    # document's words end in "k" and begin with "b" often, so the letters read a boundary
    document = set(WORDS) - {"menitikberatkan"} | {"politik", "teknik", "baik", "batik", "berita", "bersama"}
    document |= {"bekerja", "berbagai", "berkas"}
    spoken = Lexicon(document, language=frozenset({"menitikberatkan", "beratkan", "kegiatan"}))
    lines = cell(("menitik", False), ("beratkandidise", False), ("minasikan data", True), edge=LEFT + 7 * CHAR + 2)
    lines[1].edge = lines[1].box.x1 + 2
    assert not ends_between_words("menitik", "beratkandidise", lines[1], spoken, after=lines[2])
    # the language without that word: the letters decide
    unspoken = Lexicon(document, language=frozenset({"beratkan", "kegiatan"}))
    assert not spoken_across("menitik", "beratkandidise", unspoken)
    assert ends_between_words("menitik", "beratkandidise", lines[1], unspoken, after=lines[2])
    # a head that is a word of the language ends there, whatever word the two begin
    worded = Lexicon(document, language=frozenset({"menitikberatkan", "menitik"}))
    assert not spoken_across("menitik", "beratkandidise", worded)
    assert spoken_across("menitik", "beratkandidise", spoken)


def test_a_head_no_word_that_ends_in_a_derived_word_with_the_tail_after_words_was_cut() -> None:
    """xhtml2pdf: "menggarisbawahipengimple" alone and filling its line, "mentasian" opening the next. No
    list holds "pengimplementasian"; the language derives it from "implementasi" with "peng" and "an",
    begun after "menggarisbawahi": no boundary, whatever the letters."""
    language = Language(frozenset({"implementasi", "menggarisbawahi"}), prefixes=("peng", "men"), suffixes=("an", "kan"))
    document = Lexicon(set(WORDS) | {"menggarisbawahi"}, language=language)
    lines = cell(("menggarisbawahipengimple", False), ("mentasian reakreditasi", True), edge=LEFT + 24 * CHAR + 2)
    assert not ends_between_words("menggarisbawahipengimple", "mentasian", lines[1], document)
    # without the affixes nothing is derived, and the letters decide as before
    plain = Lexicon(set(document), language=Language(frozenset(language)))
    assert ends_between_words("menggarisbawahipengimple", "mentasian", lines[1], plain) == (
        boundary_ratio("menggarisbawahipengimple", "mentasian", plain) >= BOUNDARY
    )
