from ogi_extract.layout.model import Box, Word
from ogi_extract.tables.lexicon import Lexicon
from ogi_extract.tables.lines import group_lines, join_lines

CHAR = 5.0


def words(line: str, y: float, x: float = 100, trailing: bool = True) -> list[Word]:
    out = []
    for i, t in enumerate(line.split()):
        last = i == len(line.split()) - 1
        out.append(Word(t, Box(x, y, x + CHAR * len(t), y + 10), "F", 10, False, int(y), trailing or not last))
        x += CHAR * (len(t) + 1)
    return out


def text(*specs: tuple[str, bool], right: float | None = None) -> str:
    ws = [w for i, (s, trailing) in enumerate(specs) for w in words(s, 100 + 12 * i, trailing=trailing)]
    return join_lines(group_lines(ws, 1), right=right).text


def test_lines_join_with_one_space() -> None:
    assert text(("Diterbitkannya", True), ("dokumen peraturan", True)) == "Diterbitkannya dokumen peraturan"


def test_hyphen_and_slash_breaks_join_without_space() -> None:
    assert text(("melalui SP4N-", False), ("LAPOR!", True)) == "melalui SP4N-LAPOR!"
    assert text(("Kementerian/", False), ("Lembaga", True)) == "Kementerian/Lembaga"


def test_a_slash_standing_alone_at_a_line_end_keeps_its_spaces() -> None:
    # "(PPN) / BAPPENAS": the author spaced the slash from the word before it, and after it
    assert text(("Nasional (PPN) /", False), ("BAPPENAS", True)) == "Nasional (PPN) / BAPPENAS"
    # a dash so set may open the next word ("aplikasi -aplikasi", as a report has it)
    assert text(("dengan aplikasi -", False), ("aplikasi lain", True)) == "dengan aplikasi -aplikasi lain"


def test_word_broken_in_a_narrow_cell_joins() -> None:
    # "Pendamping" fills the cell (right edge 150) and "an" would not fit after it
    assert text(("2. Pendamping", False), ("an pengelolaan", True), right=165) == "2. Pendampingan pengelolaan"


def test_full_line_without_trailing_space_is_still_a_word_break() -> None:
    # LibreOffice drops the space at the end of a full line: two words on it, so no join
    assert text(("Laporan Kinerja Komisi", False), ("Informasi Pusat", True), right=210) == (
        "Laporan Kinerja Komisi Informasi Pusat"
    )


def test_single_short_word_that_would_fit_is_not_joined() -> None:
    assert text(("Nilai:", False), ("100%", True), right=400) == "Nilai: 100%"


def test_offsets_point_at_words() -> None:
    ws = words("Capaian Target: Telah terbit", 100)
    joined = join_lines(group_lines(ws, 1))
    off = joined.text.index("Telah")
    assert [w.text for w in joined.words_from(off)] == ["Telah", "terbit"]


def test_lines_are_grouped_by_geometry_not_by_order() -> None:
    ws = words("b c", 100, x=200) + words("a", 101, x=100) + words("d", 120)
    lines = group_lines(ws, 1)
    assert [ln.text for ln in lines] == ["a b c", "d"]


def test_bullet_glyphs_are_written_as_the_grammar_bullet() -> None:
    ws = words("\uf0b7 Kementerian PAN RB", 100)
    assert join_lines(group_lines(ws, 1), bullets=frozenset({"\uf0b7"})).text == "• Kementerian PAN RB"


def test_vocabulary_tells_a_whole_word_from_a_broken_one() -> None:
    # a lone word that fills the line, no space after it: geometry cannot decide
    lexicon = frozenset({"meningkatkan", "pelayanan", "pendampingan"})
    a = [*words("meningkatkan", 100, trailing=False), *words("pelayanan di", 112)]
    assert join_lines(group_lines(a, 1), left=100, right=160, lexicon=lexicon).text == "meningkatkan pelayanan di"
    b = [*words("2. Pendamping", 100, trailing=False), *words("an pengelolaan", 112)]
    assert join_lines(group_lines(b, 1), left=100, right=165, lexicon=lexicon).text == "2. Pendampingan pengelolaan"


def test_a_url_longer_than_the_line_is_joined_but_a_url_after_a_word_is_not() -> None:
    a = [*words("Link https://link.kemkes.go.id/KMKDATA", 100, trailing=False), *words("SDES20 lagi", 112)]
    assert join_lines(group_lines(a, 1), left=100, right=291).text == (
        "Link https://link.kemkes.go.id/KMKDATASDES20 lagi"
    )
    b = [*words("berikut:", 100, trailing=False), *words("https://keuda.go.id", 112)]
    assert join_lines(group_lines(b, 1), left=100, right=145).text == "berikut: https://keuda.go.id"


def test_a_trailing_space_after_a_hyphen_keeps_the_space() -> None:
    a = [*words("pandemi COVID-", 100, trailing=True), *words("19 tahun", 112)]
    assert join_lines(group_lines(a, 1)).text == "pandemi COVID- 19 tahun"


VOCABULARY = frozenset({"informasi", "kementerian", "publik", "negara", "dan", "kejaksaan", "masing-masing", "aktif"})


def joined(*specs: tuple[str, bool], right: float | None = None, lexicon: frozenset[str] = VOCABULARY) -> str:
    ws = [w for i, (s, trailing) in enumerate(specs) for w in words(s, 100 + 12 * i, trailing=trailing)]
    lines = group_lines(ws, 1)
    return join_lines(lines, left=100, right=right, lexicon=lexicon).text


def test_the_engines_hyphen_at_a_line_end_is_dropped() -> None:
    assert joined(("keterbukaan in-", False), ("formasi publik", True), right=180) == "keterbukaan informasi publik"
    assert joined(("oleh Kemente-", False), ("rian Dalam", True), right=170) == "oleh Kementerian Dalam"


def test_the_authors_hyphen_at_a_line_end_is_kept() -> None:
    assert joined(("oleh masing-", False), ("masing kementerian", True), right=170) == "oleh masing-masing kementerian"
    assert joined(("label Semi-", False), ("Aktif", True), right=160) == "label Semi-Aktif"
    assert joined(("melalui SP4N-", False), ("LAPOR!", True), right=170) == "melalui SP4N-LAPOR!"


def test_a_soft_hyphen_is_dropped_even_without_a_vocabulary() -> None:
    ws = [*words("keterbukaan infor\u00ad", 100, trailing=False), *words("masi publik", 112)]
    assert join_lines(group_lines(ws, 1)).text == "keterbukaan informasi publik"


def test_a_list_item_never_continues_the_line_before() -> None:
    # "Kejaksaan." fills its line with no space after it (LibreOffice): the next
    # line opens item 2, it does not continue the word.
    assert joined(("1. Kejaksaan.", False), ("2. Kepolisian.", False), right=165) == "1. Kejaksaan. 2. Kepolisian."
    assert joined(("a. 2019-2021.", False), ("b. Ombudsman", True), right=165) == "a. 2019-2021. b. Ombudsman"
    assert joined(("pada 2019-", False), ("\u2022 Ombudsman", True), right=145) == "pada 2019- \u2022 Ombudsman"
    assert joined(("Kejaksaan", False), ("o Kepolisian", True), right=145) == "Kejaksaan o Kepolisian"
    # digits after a URL's digits may be the rest of its number ("…/informasi/20" + "21. Kepada", the
    # line full): the room decides, as for any URL's number (`url_room.number_cut`)
    url = "https://data.go.id/informasi/20"
    full = 100 + 5 * len(url) + 2
    assert joined((url, False), ("21. Kepada peta", True), right=full) == url + "21. Kepada peta"


def test_a_range_of_numbers_cut_short_goes_on_with_the_digits_that_open_the_next_line() -> None:
    """WeasyPrint: "2020-202" fills a narrow cell's line alone, "2. Masa." opens the next: a range is written
    whole ("2020-2022") or shortened to two digits ("2020-21"), so "2." is its rest, no list item."""
    from tests.test_tables_word_breaks import set_against

    words = Lexicon({"masa", "diaudit"})
    rest = ("2. Masa.", True)
    edge = 100 + 5 * len("2020-202") + 0.5
    assert set_against(("masa.", True), ("2020-202", False), rest, edge=edge, lexicon=words) == "masa. 2020-2022. Masa."
    # a range whole, or shortened to two digits, ends before an item
    edge = 100 + 5 * len("2020-2022") + 0.5
    assert set_against(("masa.", True), ("2020-2022", False), rest, edge=edge, lexicon=words) == "masa. 2020-2022 2. Masa."
    edge = 100 + 5 * len("2020-21") + 0.5
    assert set_against(("masa.", True), ("2020-21", False), rest, edge=edge, lexicon=words) == "masa. 2020-21 2. Masa."


def test_a_word_split_after_other_words_joins_when_the_vocabulary_knows_it() -> None:
    # An engine that fills the rest of a line with part of a word ("Kem" + "enterian").
    # "Kementerian" would fit on a line of its own: engines that break words only
    # when they must never split it so, so only the vocabulary can tell.
    assert joined(("Kami melalui Kem", False), ("enterian Dalam", True), right=185) == "Kami melalui Kementerian Dalam"
    # Two words that both fit and are both known stay apart.
    assert joined(("oleh negara", False), ("dan publik", True), right=160) == "oleh negara dan publik"


def test_the_vocabulary_is_asked_about_the_whole_word_joined_so_far() -> None:
    # "Ne" + "gara" is "Negara"; "gara" + "dan" alone would look like a broken word.
    text = joined(("tur Ne", False), ("gara", False), ("dan R", True), right=130)
    assert text == "tur Negara dan R"


def test_a_one_letter_tail_is_no_list_marker_when_the_vocabulary_knows_the_word() -> None:
    lexicon = VOCABULARY | {"keterbukaan"}
    text = joined(("• peradilan keterbukaa", False), ("n. Dalam awal", True), right=210, lexicon=lexicon)
    assert text == "• peradilan keterbukaan. Dalam awal"
    # Unknown to the vocabulary, a letter after a letter may still end the word:
    # here the producer's trailing spaces say the line broke inside one, its
    # line ending 6 pt short of its edge, room for its 5 pt space.
    ws = [*words("• Perlu peradilan keterbukaa", 100, trailing=False), *words("n. Dalam awal", 112)]
    text = join_lines(group_lines(ws, 1), left=100, right=246, lexicon=VOCABULARY, spaces_mark_breaks=True).text
    assert text == "• Perlu peradilan keterbukaan. Dalam awal"


def test_punctuation_at_a_line_end_is_no_piece_of_a_word() -> None:
    lexicon = VOCABULARY | {"yaitu", "1"}
    assert joined(("dengan OMS ,", False), ("yaitu Yayasan", True), right=165, lexicon=lexicon) == (
        "dengan OMS , yaitu Yayasan"
    )
    assert joined(("di antaranya :", False), ("(1) Litigasi", True), right=170, lexicon=lexicon) == (
        "di antaranya : (1) Litigasi"
    )


def test_two_known_words_that_would_fit_together_stay_apart() -> None:
    # The document writes "bekerjasama" too, but "sama" is a word of its own and
    # "bekerja" + "sama" would have fitted on one line.
    lexicon = VOCABULARY | {"bekerjasama", "sama"}
    assert joined(("untuk bekerja", False), ("sama dengan", True), right=170, lexicon=lexicon) == (
        "untuk bekerja sama dengan"
    )


def test_closing_punctuation_at_a_line_start_ends_a_word_too_long_for_the_line() -> None:
    # A narrow column: "kesejahteraan." is wider than a line, the engine moved its period.
    assert joined(("kesejahteraan", False), (". Pengembangan", True), right=167) == "kesejahteraan. Pengembangan"
    # LibreOffice puts an author's " :" at a line start after a word that fits.
    assert joined(("berdasarkan hasil", False), (": 1. Analisa", True), right=185) == "berdasarkan hasil : 1. Analisa"
    # A list item's hanging indent leaves less room than the cell.
    ws = [*words("• Diumumkan", 100), *words("pengaduan", 112, x=110, trailing=False), *words(".", 124, x=110)]
    assert join_lines(group_lines(ws, 1), left=100, right=158, lexicon=VOCABULARY).text == "• Diumumkan pengaduan."


def test_a_path_goes_on_at_a_slash_that_opens_the_next_line() -> None:
    # The next segment did not fit, so the line broke early, before the slash.
    a = [*words("di https://jdih.go.id/index.php", 100, trailing=False), *words("/pengadaan-kontrak. 2.", 112)]
    assert join_lines(group_lines(a, 1), left=100, right=300).text == (
        "di https://jdih.go.id/index.php/pengadaan-kontrak. 2."
    )


def test_an_o_bullet_is_no_word_of_its_line() -> None:
    # "o Pemil" + "u": a single word after the bullet, broken for lack of room.
    ws = [*words("o Pemil", 100, trailing=False), *words("u sensitifitas", 112)]
    assert join_lines(group_lines(ws, 1), left=100, right=136, lexicon=VOCABULARY).text == "o Pemilu sensitifitas"


def test_a_url_broken_across_lines_joins_without_a_space() -> None:
    # Engines break a URL where they may, without a hyphen and however short
    # the line is left: inside the scheme, after its colon, after a dot, anywhere.
    cases = [
        (("lihat https:", False), ("//data.go.id/dokumen dan", True), "lihat https://data.go.id/dokumen dan"),
        (("lihat ht", False), ("tps://data.go.id/dokumen dan", True), "lihat https://data.go.id/dokumen dan"),
        (
            ("lihat https://www.", False),
            ("antikorupsi.org/jasa dan", True),
            "lihat https://www.antikorupsi.org/jasa dan",
        ),
        (("https://www.antikoru", False), ("psi.org/index.php dan", True), "https://www.antikorupsi.org/index.php dan"),
        (
            ("https://drive.google.com/laporan", False),
            ("-datin-file/file", True),
            "https://drive.google.com/laporan-datin-file/file",
        ),
    ]
    for first, second, want in cases:
        assert joined(first, second, right=400) == want


def test_a_url_that_ends_its_line_stays_apart_from_what_follows() -> None:
    assert joined(("lihat https://data.go.id/dokumen,", False), ("dokumen/laporan ini", True), right=400) == (
        "lihat https://data.go.id/dokumen, dokumen/laporan ini"
    )
    assert joined(("lihat https://data.go.id/dokumen", False), ("https://keuda.go.id lagi", True), right=400) == (
        "lihat https://data.go.id/dokumen https://keuda.go.id lagi"
    )
    assert joined(("https://data.go.id/dokumen.", False), ("Kementerian/Lembaga ini", True), right=400) == (
        "https://data.go.id/dokumen. Kementerian/Lembaga ini"
    )


def test_a_soft_hyphen_kept_at_a_line_end_is_printed_as_a_hyphen() -> None:
    # A producer that writes every hyphen as U+00AD: the author's hyphens stay, as "-".
    lexicon = Lexicon(VOCABULARY | {"sosial-ekonomi", "tata"}, engine_hyphens=True)
    assert joined(("dampak sosial\u00ad", False), ("ekonomi warga", True), right=175, lexicon=lexicon) == (
        "dampak sosial-ekonomi warga"
    )
    assert joined(("oleh masing\u00ad", False), ("masing warga", True), right=160, lexicon=lexicon) == (
        "oleh masing-masing warga"
    )
    assert joined(("keterbukaan infor\u00ad", False), ("masi publik", True), right=185, lexicon=lexicon) == (
        "keterbukaan informasi publik"
    )


def test_a_known_word_alone_on_its_line_ends_there_when_nothing_known_continues_it() -> None:
    # "Mengimplementasi" fills its line; "sistem" opens the next. Both pieces
    # could be a word broken for lack of room, but the document knows the first
    # as a word and no word of it begins with "mengimplementasisistem".
    lexicon = Lexicon({"mengimplementasi", "mencapai", "kerja"})
    assert joined(("Mengimplementasi", False), ("sistem mencapai", True), right=180, lexicon=lexicon) == (
        "Mengimplementasi sistem mencapai"
    )
    # A known word that begins a longer known word still joins ("Pendamping" + "an").
    lexicon = Lexicon({"pendamping", "pendampingan", "desa"})
    assert joined(("Pendamping", False), ("an desa", True), right=150, lexicon=lexicon) == "Pendampingan desa"


def test_a_url_broken_between_letters_joins_where_the_documents_urls_know_the_piece() -> None:
    lexicon = Lexicon(VOCABULARY | {"dan"}, pieces={"jasa", "laporan", "kemendagri"})
    assert joined(("https://data.go.id/index.php/ja", False), ("sa dan", True), right=400, lexicon=lexicon) == (
        "https://data.go.id/index.php/jasa dan"
    )
    # a word after a URL ending its line: "dokumendan" is no piece
    assert joined(("lihat https://data.go.id/dokumen", False), ("dan publik", True), right=400, lexicon=lexicon) == (
        "lihat https://data.go.id/dokumen dan publik"
    )
    # a host cut after its dots, line by line
    assert joined(("lihat https://", False), ("keuda.", False), ("kemendagri.", False), ("go.id/d dan", True),
                  right=400, lexicon=lexicon) == "lihat https://keuda.kemendagri.go.id/d dan"


def test_a_long_glued_word_cut_after_other_words_joins_when_it_is_a_run_of_known_words() -> None:
    # An engine that fills a line's rest with part of a long word, cut anywhere.
    lexicon = Lexicon(VOCABULARY | {"penandatanganan", "menindaklanjuti", "mengetahui"})
    assert joined(("mengetahui penan", False), ("datangananmenin", False), ("daklanjuti publik", True),
                  right=180, lexicon=lexicon) == "mengetahui penandatangananmenindaklanjuti publik"


def test_a_line_ending_in_punctuation_ended_its_word() -> None:
    # one word a line, no space drawn after it: a comma or a stop still ends the word
    assert joined(("mekanisme,", False), ("akomodasi.", False), right=142) == "mekanisme, akomodasi."
    assert joined(("kegiatan.", False), ("lanjut", True), right=145) == "kegiatan. lanjut"


def test_a_known_word_opening_the_next_line_is_a_word_of_its_own() -> None:
    # "oratorium" fills its line and "dengan" opens the next: no known word
    # begins with "oratoriumdengan", and "dengan" is one of the document's words.
    lexicon = Lexicon({"dengan", "laporan"})
    assert joined(("oratorium", False), ("dengan laporan", True), right=150, lexicon=lexicon) == (
        "oratorium dengan laporan"
    )


def test_a_slash_compound_broken_in_its_last_part_joins() -> None:
    lexicon = Lexicon({"persiapan", "terserap", "dan"})
    assert joined(("terserap/persia", False), ("pan dan", True), right=175, lexicon=lexicon) == "terserap/persiapan dan"


def test_a_url_cut_after_a_dot_or_inside_a_number_of_its_path_goes_on() -> None:
    lexicon = Lexicon(VOCABULARY | {"dan", "laporan"}, pieces={"index", "php", "article"})
    assert joined(("https://data.go.id/index.", False), ("php-article dan", True), right=400, lexicon=lexicon) == (
        "https://data.go.id/index.php-article dan"
    )
    # a URL ending a sentence: the next opens with a capital, or a list with a single letter
    assert joined(("https://data.go.id/index.", False), ("Dan laporan", True), right=400, lexicon=lexicon) == (
        "https://data.go.id/index. Dan laporan"
    )
    assert joined(("https://data.go.id/index.", False), ("a. laporan", True), right=400, lexicon=lexicon) == (
        "https://data.go.id/index. a. laporan"
    )
    assert joined(("https://lkpp.go.id/202", False), ("1-laporan dan", True), right=400, lexicon=lexicon) == (
        "https://lkpp.go.id/2021-laporan dan"
    )
    assert joined(("https://lkpp.go.id/202", False), ("1 laporan", True), right=400, lexicon=lexicon) == (
        "https://lkpp.go.id/202 1 laporan"
    )


def test_prose_with_a_slash_ending_its_line_is_no_url() -> None:
    # "2. Wilayah/ini" fills its line: its last part is a word of the document,
    # so the next line opens a word of its own; "hak/o" is cut inside a word.
    lexicon = Lexicon(VOCABULARY | {"ini", "gender", "operasional"})
    right = 100 + CHAR * len("2. Wilayah/ini") + 2
    assert joined(("2. Wilayah/ini", False), ("menggunakan gender", True), right=right, lexicon=lexicon) == (
        "2. Wilayah/ini menggunakan gender"
    )
    right = 100 + CHAR * len("2. hak/o") + 2
    assert joined(("2. hak/o", False), ("perasional gender", True), right=right, lexicon=lexicon) == (
        "2. hak/operasional gender"
    )
    # a known last part that begins a known word with the next line's start: cut there
    lexicon = Lexicon(lexicon | {"pen", "penyandang"})
    right = 100 + CHAR * len("2. memahami/pen") + 2
    assert joined(("2. memahami/pen", False), ("yandang gender", True), right=right, lexicon=lexicon) == (
        "2. memahami/penyandang gender"
    )
    # or a word of the language with it, which the document writes nowhere: "sosial" + "isasi"
    with_language = Lexicon(VOCABULARY | {"sosial", "gender"}, language=frozenset({"sosialisasi"}))
    right = 100 + CHAR * len("2. pembangunan/sosial") + 2
    assert joined(("2. pembangunan/sosial", False), ("isasi gender", True), right=right, lexicon=with_language) == (
        "2. pembangunan/sosialisasi gender"
    )
    assert joined(("2. pembangunan/sosial", False), ("isasi gender", True), right=right,
                  lexicon=Lexicon(with_language)) == "2. pembangunan/sosial isasi gender"  # no language, moved whole
    # where the engine hyphenates, a cut without a hyphen is no cut
    hyphenating = Lexicon(VOCABULARY | {"gender"}, engine_hyphens=True)
    right = 100 + CHAR * len("2. operasional/melakukan") + 2
    assert joined(("2. operasional/melakukan", False), ("pembelajaran gender", True), right=right,
                  lexicon=hyphenating) == "2. operasional/melakukan pembelajaran gender"


def test_a_word_cut_before_a_slash_compound_joins_by_the_compounds_first_part() -> None:
    # An engine that fills a line's rest with part of a word: "pena" + "nganan/validasi".
    lexicon = Lexicon(VOCABULARY | {"penanganan", "validasi", "gender"})
    assert joined(("gender pena", False), ("nganan/validasi gender", True), right=160, lexicon=lexicon) == (
        "gender penanganan/validasi gender"
    )
    # a known word before a known one: two words
    assert joined(("gender informasi", False), ("gender/validasi dan", True), right=185, lexicon=lexicon) == (
        "gender informasi gender/validasi dan"
    )


def test_a_hyphenated_line_may_end_short_of_its_edge_by_less_than_the_next_word() -> None:
    # "penanda-" ends 30 points short (three ems): "tanganan" (40) did not fit there
    hyphenating = Lexicon(engine_hyphens=True)
    ws = words("ada menyelenggarakanpenanda-", 100, trailing=False) + words("tanganan barang", 112)
    right = ws[1].box.x1 + 30
    assert join_lines(group_lines(ws, 1), right=right, lexicon=hyphenating).text == (
        "ada menyelenggarakanpenandatanganan barang"
    )
    # a line ended with room for the next word was not hyphenated by the engine
    ws = words("ada menyelenggarakanpenanda-", 100, trailing=False) + words("tang barang", 112)
    assert "penanda-tang" in join_lines(group_lines(ws, 1), right=right, lexicon=hyphenating).text
def test_a_hyphenated_line_is_full_when_the_words_rest_would_not_fit() -> None:
    # ragged right: "Diimplemen-" ends 25 pt short of the edge, but "tasikan" (35 pt) would not fit there
    lexicon = Lexicon({"pemilihan", "ditiadakan", "kepemimpinan"}, engine_hyphens=True)
    ws = [*words("pemilihan ditiadakan. Diimplemen-", 100, trailing=False), *words("tasikan kepemimpinan", 112)]
    lines = group_lines(ws, 1)
    right = lines[0].box.x1 + 25  # another line of the cell reaches 25 pt further: more than two ems
    for ln in lines:
        ln.edge = lines[0].box.x1 + 25
    assert join_lines(lines, left=100, right=right, lexicon=lexicon).text == (
        "pemilihan ditiadakan. Diimplementasikan kepemimpinan"
    )
    # with room for the rest at the cell's edge, the line ended where its author's hyphen did,
    # however short of the edge the cell's widest line ends
    for ln in lines:
        ln.edge = lines[0].box.x1 + 60
    assert join_lines(lines, left=100, right=right, lexicon=lexicon).text == (
        "pemilihan ditiadakan. Diimplemen-tasikan kepemimpinan"
    )


def test_a_hyphenated_word_alone_on_its_line_is_a_full_line() -> None:
    # TeX sets a word alone where it cannot stretch the line: "keterbatas-" + "an", far from the edge
    lexicon = Lexicon({"keterbatas", "memahami", "kesehatan"}, engine_hyphens=True)
    assert joined(("Memahami", True), ("keterbatas-", False), ("an kesehatan permasalahan", True), right=260,
                  lexicon=lexicon) == "Memahami keterbatasan kesehatan permasalahan"


def test_a_hyphen_the_text_layer_names_u2010_is_written_as_printed() -> None:
    """A font's one hyphen glyph named U+2010 by the text layer (WeasyPrint in Lato): the author's
    hyphens inside words and lines are written "-", the engine's at a line end still dropped,
    and the offsets of the words still point at them."""
    ws = [*words("hingga COVID\u201019 dan SP4N\u2011LAPOR! pada", 100), *words("e\u2010Katalog", 112)]
    got = join_lines(group_lines(ws, 1))
    assert got.text == "hingga COVID-19 dan SP4N-LAPOR! pada e-Katalog"
    assert [got.text[s : s + len(w.text)] for w, s in zip(got.words, got.starts)][1] == "COVID-19"
    lexicon = Lexicon(VOCABULARY | {"pelaksanaan"}, engine_hyphens=True)
    assert joined(("oleh pelaksana\u2010", False), ("an program", True), right=160, lexicon=lexicon) == (
        "oleh pelaksanaan program"
    )
