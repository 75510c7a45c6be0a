"""A URL at a line end: where it ended, read against the document's URLs, its prose and the line's edge."""

from ogi_extract.layout.model import Box, Word
from ogi_extract.tables.lexicon import Lexicon
from ogi_extract.tables.lines import join_lines
from ogi_extract.tables.model import TextLine
from ogi_extract.tables.url_breaks import (
    digits_before_prose,
    prose_after_url,
    unknown_segment_goes_on,
    url_ended,
    url_goes_on,
    url_pieces,
)
from ogi_extract.tables.url_prose import piece_after_dot


def line_of(text: str, x1: float, size: float = 10.0) -> TextLine:
    w = Word(text, Box(x1 - 5 * len(text), 100, x1, 110), "F", size, False, 100, False)
    return TextLine(1, [w], w.box)


def set_lines(rows: tuple[list[str], ...], left: float, edge: float, size: float, char: float) -> list[TextLine]:
    """Lines of words `char` wide a letter, a space apart, 14 pt a line, the last word of each with no space."""
    lines = []
    for i, texts in enumerate(rows):
        ws, x, y = [], left, 100.0 + 14 * i
        for k, t in enumerate(texts):
            ws.append(Word(t, Box(x, y, x + char * len(t), y + size), "F", size, False, int(y), k < len(texts) - 1))
            x += char * (len(t) + 1)
        lines.append(TextLine(1, ws, Box(left, y, ws[-1].box.x1, y + size), edge))
    return lines


def test_a_url_ends_before_a_word_of_the_prose_when_its_last_segment_is_whole() -> None:
    lexicon = Lexicon({"hal", "antara"}, pieces={"view", "index", "laporan", "datin"})
    assert url_ended("https://data.go.id/view-index/laporan", "hal", lexicon)
    assert url_ended("https://data.go.id/view-index/laporan", "hal,", lexicon)
    # a segment cut short, a tail that is no word of the prose, or one in capitals: no sign
    assert not url_ended("https://data.go.id/view-index/lapo", "hal", lexicon)
    assert not url_ended("https://data.go.id/view-index/laporan", "dex", lexicon)
    assert not url_ended("https://data.go.id/view-index/laporan", "Hal", lexicon)
    # the letters joining into a piece of the document's URLs: the URL goes on
    assert url_goes_on("https://data.go.id/view-index/lapo", "ran", lexicon)
    assert not url_ended("https://data.go.id/view-index/lapo", "ran", Lexicon({"ran"}, pieces={"laporan"}))


def test_a_url_ends_before_a_rare_word_that_no_url_of_the_document_shows() -> None:
    """"…/pengadaan" fills its line, "kanal" (written nowhere else) opens the next: no URL of the document
    shows those letters, whole or as a piece's start or end, so the prose goes on there."""
    lexicon = Lexicon({"proyek", "penyelesaian"}, pieces={"view", "index", "pengadaan", "dokumen"})
    assert url_ended("https://data.go.id/view/pengadaan", "kanal", lexicon)
    # letters that end or begin a piece of the document's URLs may be its rest
    assert not url_ended("https://data.go.id/view/pengadaan", "dex", lexicon)
    assert not url_ended("https://data.go.id/view/pengadaan", "vie", lexicon)
    # a host goes on anywhere: "ke" is a word and a piece, "mendag" shown by no URL of the document
    assert not url_ended("https://keuda.ke", "mendag", Lexicon({"ke"}, pieces={"keuda", "go", "id"}))
    # a segment of one letter proves little: "barang-l" + "aporan"
    assert not url_ended("https://data.go.id/barang-l", "aporan", Lexicon({"l"}, pieces={"barang"}))


def test_a_url_path_ends_before_letters_only_a_host_of_the_document_begins() -> None:
    """pdfLaTeX: "…/8-barang-publik-index.php-8-view" fills its line, "ke." opens the next. "ke" begins
    "keuda" and "kemendagri", runs of a host of the document's URLs, but a path goes on with the rest of a
    path's piece, never of a host behind it."""
    hosts = {"keuda", "kemendagri", "go", "id"}
    lexicon = Lexicon({"operasional"}, pieces={"barang", "publik", "index", "php", "view"} | hosts, hosts=hosts)
    assert url_ended("https://ogi.bappenas.go.id/8-barang-publik-index.php-8-view", "ke.", lexicon)
    # letters that begin a path's piece may be its rest
    paths = Lexicon({"operasional"}, pieces={"barang", "publik", "index", "php", "view", "kegiatan"} | hosts, hosts=hosts)
    assert not url_ended("https://ogi.bappenas.go.id/8-barang-publik-index.php-8-view", "ke.", paths)


def test_a_url_ends_before_a_prose_word_hyphenated_at_its_own_line_end() -> None:
    """"…/dokumen", then "penyelesai-" alone on a narrow line: the start of "penyelesaian", broken with a
    hyphen no engine adds inside a URL."""
    lexicon = Lexicon({"proyek", "penyelesaian"}, pieces={"view", "index", "dokumen"})
    assert url_ended("https://data.go.id/view/dokumen", "penyelesai-", lexicon)
    # without the hyphen, letters that begin a piece of the document's URLs may be the URL's rest: no sign
    urls = Lexicon({"proyek", "penyelesaian", "https://data.go.id/penyelesaian"}, pieces={"view", "index", "dokumen"})
    assert not url_ended("https://data.go.id/view/dokumen", "penyelesai", urls)
    # letters that begin only a word of the prose do not continue a whole segment (`prose_after_url`)
    assert url_ended("https://data.go.id/view/dokumen", "penyelesai", lexicon)


def test_a_number_in_a_url_goes_on_with_digits_that_open_with_a_zero() -> None:
    """"…/datin-dan-2" ends a line with room left, "021" opens the next: no number of prose opens with a zero."""
    head = "https://keuda.go.id/2021-d-index.php-8-2021/datin-dan-2"
    assert url_goes_on(head, "021", Lexicon())
    assert url_goes_on(head, "0", Lexicon())
    # a number of the prose after a URL that ends with digits stays apart
    assert not url_goes_on(head, "21", Lexicon())
    assert not url_goes_on("https://keuda.go.id/datin-dan", "021", Lexicon())  # no digit before the break


def test_letters_alone_on_their_line_that_begin_a_piece_of_the_documents_urls_go_on() -> None:
    """TeX's `url` breaks anywhere: "https://komi" + "siinform" + "asi.go.id/", the middle piece alone on its line."""
    lexicon = Lexicon({"antar", "portal"}, pieces={"komisiinformasi", "go", "id", "article"})
    assert url_goes_on("https://komi", "siinform", lexicon, alone=True)
    # not alone on its line, or no piece begun, or a word of the prose: no sign (once the host has
    # a dot: before it, the host is cut whatever follows, see below)
    assert url_goes_on("https://ppid.komi", "siinform", lexicon, alone=True)
    assert not url_goes_on("https://ppid.komi", "siinform", lexicon, alone=False)
    assert not url_goes_on("https://ppid.komi", "portalx", lexicon, alone=True)
    assert not url_goes_on("https://komisiinformasi.go.id/article", "portal", Lexicon({"portal"}, pieces={"articleportalx"}), alone=True)


def test_the_urls_own_pieces_leave_out_the_words_of_the_prose() -> None:
    lexicon = Lexicon({"pendampingan", "https://data.go.id/index.php"}, pieces={"datin", "pendampingan"})
    assert url_pieces(lexicon) == {"https", "data", "go", "id", "index", "php", "datin"}


def test_a_url_whose_last_segment_is_whole_ends_before_prose_its_urls_never_show() -> None:
    """"…/dokumen-view/index" fills its line, "pendamping" (the start of "pendampingan", never written whole
    where a break cannot have cut it) opens the next; "…-id", then "mensosialisasikan", written nowhere else
    whole; "…/pengadaan/d", then the acronym "DP2KBPMD"."""
    lexicon = Lexicon(
        {"pendampingan", "hal", "https://www.antikorupsi.org/id/datin-index"},
        pieces={"view", "dokumen", "index", "pengadaan", "d", "laporan", "kontrak"},
    )
    assert prose_after_url("https://jdih.go.id/dokumen-view/index", "pendamping", lexicon)
    assert prose_after_url("https://www.antikorupsi.org/id/datin-file-pengadaan-id", "mensosialisasikan", lexicon)
    assert prose_after_url("https://drive.google.com/jasa/pengadaan/d", "DP2KBPMD", lexicon)
    # the rest of a segment cut short: the letters end a piece of the URLs ("aporan" of "laporan")
    assert not prose_after_url("https://data.go.id/barang-d", "aporan", lexicon)
    # a segment no piece of the URLs, cut anywhere ("kontra" + "k"), or in the host: no sign
    assert not prose_after_url("https://data.go.id/view/kontra", "kasus", lexicon)
    assert not prose_after_url("https://index", "pendamping", lexicon)
    # joined, the letters begin a piece ("d" + "okumen"); a word of two letters proves little
    assert not prose_after_url("https://data.go.id/view/d", "okumen", lexicon)
    assert not prose_after_url("https://data.go.id/view/index", "ha", lexicon)
    # a segment in capitals goes on in capitals ("…/KMKDATA" + "SDES20"), a word after a sign is a URL's
    assert not prose_after_url("https://link.kemkes.go.id/KMKDATA", "SDES20", lexicon)
    assert not prose_after_url("https://data.go.id/view/index", "pendamping/dokumen", lexicon)


def test_a_urls_letter_segment_goes_on_with_letters_that_make_a_word_of_the_language() -> None:
    """xhtml2pdf: "…-8-datin/d" fills its line, "okumen" opens the next. No URL of the report holds
    "dokumen", nor does its prose; the language writes it, and "okumen" is no word: the URL goes on."""
    lexicon = Lexicon(
        {"hal", "https://www.antikorupsi.org/dan-index.php-pengadaan-index-id/d-kontrak"},
        pieces={"d", "datin", "kontrak", "barang"},
        language=frozenset({"dokumen", "pendampingan"}),
    )
    assert not prose_after_url("https://www.antikorupsi.org/d-kontrak-barang-8-datin/d", "okumen", lexicon)
    # a language that does not write the two joined leaves the letters to the prose, as before; after
    # a segment of one letter, fewer than five letters no word shows may be a piece's rest the
    # document never writes whole ("…/d" + "atin"); after a longer segment they are prose
    plain = Lexicon(set(lexicon), pieces=lexicon.pieces, language=frozenset({"pendampingan"}))
    assert prose_after_url("https://www.antikorupsi.org/d-kontrak-barang-8-datin/d", "okumen", plain)
    assert not prose_after_url("https://www.antikorupsi.org/barang-publik-jasa-8-dan-file/d", "amal", plain)
    assert prose_after_url("https://www.antikorupsi.org/barang-publik-jasa-8-dan-file/kontrak", "amal", plain)


def test_a_scheme_cut_in_two_goes_on_and_a_line_end_with_no_url_does_not() -> None:
    assert url_goes_on("lihat ht", "tps://data.go.id")  # "ht" + "tps://": the colon is the tail's
    assert url_goes_on("https:", "//data.go.id")
    assert not url_goes_on("Kementerian", "dalam")
    assert not url_goes_on("data.go.", "id")  # no scheme and no "www.": no URL before the break
    assert url_goes_on("www.data.go.", "id")


def test_a_urls_last_segment_no_word_goes_on_with_letters_no_word_in_a_paragraph_engine() -> None:
    tex = Lexicon({"jasa", "kanal"}, pieces={"jdih", "bphn", "go", "id", "index"}, engine_hyphens=True)
    assert unknown_segment_goes_on("https://jdih.bphn.go.id/jasa/lap", "oran", tex)
    assert unknown_segment_goes_on("https://jdih.bphn.go.id/jasa/l", "aporan", Lexicon(tex, pieces=tex.pieces, breaks_early=True))
    # a prose word after it, a last segment that is a piece of the URLs or a word, capitals: the URL ended
    assert not unknown_segment_goes_on("https://jdih.bphn.go.id/jasa/lap", "kanal", tex)
    assert not unknown_segment_goes_on("https://jdih.bphn.go.id/jasa/index", "oran", tex)
    assert not unknown_segment_goes_on("https://jdih.bphn.go.id/jasa", "oran", tex)
    assert not unknown_segment_goes_on("https://jdih.bphn.go.id/jasa/lap", "Oran", tex)
    # a word the document writes in capitals only is none of its prose in lower case (LibreOffice:
    # "…-dan-lapo" + "ran para,", the document's "RAN")
    acronym = Lexicon({"jasa", "ran"}, pieces={"jdih", "bphn", "go", "id", "index"}, engine_hyphens=True, capitals={"ran"})
    assert unknown_segment_goes_on("https://jdih.bphn.go.id/jasa-barang-dan-lapo", "ran", acronym)
    prose = Lexicon({"jasa", "ran"}, pieces={"jdih", "bphn", "go", "id", "index"}, engine_hyphens=True)
    assert not unknown_segment_goes_on("https://jdih.bphn.go.id/jasa-barang-dan-lapo", "ran", prose)
    # an engine that fills each line in turn: room and fit decide there, not this
    assert not unknown_segment_goes_on("https://jdih.bphn.go.id/jasa/lap", "oran", Lexicon(tex, pieces=tex.pieces))
    # the letters joined by hyphens to more of the path (LuaLaTeX: "…-infor" + "masi-datin."),
    # not where the first of them is a word of the prose ("kanal-kanal")
    assert unknown_segment_goes_on("https://jdih.bphn.go.id/jasa/2021-laporan-infor", "masi-datin.", tex)
    assert not unknown_segment_goes_on("https://jdih.bphn.go.id/jasa/2021-laporan-infor", "kanal-kanal.", tex)
    # and ending in the slash after which the path goes on (LuaLaTeX: "…-pengadaan-la" + "poran-informasi/")
    assert unknown_segment_goes_on("https://jdih.bphn.go.id/d-id-file-pengadaan-la", "poran-informasi/", tex)
    assert not unknown_segment_goes_on("https://jdih.bphn.go.id/d-id-file-pengadaan-la", "kanal-kanal/", tex)
    assert not unknown_segment_goes_on("https://jdih.bphn.go.id/d-id-file-pengadaan-la", "poran/informasi", tex)
    # two common words of the language that join into none: the URL ended ("…/laporan" + "periode.")
    spoken = Lexicon(tex, pieces=tex.pieces, engine_hyphens=True, language=frozenset({"laporan", "periode", "lap"}))
    assert not unknown_segment_goes_on("https://jdih.bphn.go.id/jasa/2021/laporan", "periode.", spoken)
    assert unknown_segment_goes_on("https://jdih.bphn.go.id/jasa/2021/laporan", "periode.", tex)
    assert unknown_segment_goes_on("https://jdih.bphn.go.id/jasa/lap", "oran", spoken)  # "oran" is no word
    # a common word after a segment that is none ("…-index-view" + "namun.", pdfLaTeX): the URL ended;
    # not where the two join into a word ("…/pe" + "riode"), nor after a word shorter than the language's
    spoken = Lexicon(tex, pieces=tex.pieces, engine_hyphens=True, language=frozenset({"namun", "periode", "pelaporan", "laporan"}))
    assert not unknown_segment_goes_on("https://drive.google.com/index.php-article-index-view", "namun.", spoken)
    assert unknown_segment_goes_on("https://drive.google.com/index.php-article-index-view", "namun.", tex)
    assert unknown_segment_goes_on("https://jdih.bphn.go.id/jasa/pe", "laporan", spoken)
    # a segment that is a common word, before a word the language lacks that it joins into none
    # ("…/laporan" + "pengintegrasian", pdfLaTeX): the URL ended; a short word may be its rest
    assert not unknown_segment_goes_on("https://keuda.kemendagri.go.id/laporan", "pengintegrasian", spoken)
    assert unknown_segment_goes_on("https://keuda.kemendagri.go.id/laporan", "pengintegrasian", tex)
    assert unknown_segment_goes_on("https://keuda.kemendagri.go.id/laporan", "nya", spoken)


def test_a_url_ending_in_digits_ends_before_a_word_of_letters_when_no_url_glues_letters_to_digits() -> None:
    lexicon = Lexicon({"https://www.lkpp.go.id/2021-index.php-pengadaan", "dan"}, pieces={"lkpp", "index", "php"})
    head = "https://www.lkpp.go.id/2021-index.php-pengadaan/8"
    assert digits_before_prose(head, "dikumpulkan,", lexicon)
    assert url_ended(head, "dikumpulkan,", lexicon)
    # a letter or two, digits, a capital or a sign: no sign of prose
    assert not digits_before_prose(head, "ab", lexicon)
    assert not digits_before_prose(head, "a", lexicon)
    # two letters the document writes as a word: its prose ("…/dokumen-8", then "di BPD,")
    assert digits_before_prose(head, "dan", lexicon) and digits_before_prose(head, "di", Lexicon(lexicon | {"di"}))
    assert not digits_before_prose(head, "21", lexicon)
    assert not digits_before_prose(head, "-laporan", lexicon)
    # the document's URLs glue letters to digits themselves: nothing is decided
    glued = Lexicon(set(lexicon) | {"https://data.go.id/v2laporan"}, pieces=lexicon.pieces)
    assert not digits_before_prose(head, "dikumpulkan,", glued)
    # digits in the host, not the path
    assert not digits_before_prose("https://www.lkpp8", "dikumpulkan,", lexicon)


def test_a_url_ending_in_digits_ends_before_words_joined_by_a_slash() -> None:
    # ReportLab: "…/index.php-2021-2021" fills its line, "penelitian/kepemimpinan" opens the next;
    # the slash makes it look like a path, but the URL would run its digits into letters
    lexicon = Lexicon({"https://data.go.id/d/index.php-2021", "pusat"}, pieces={"data", "index", "php"})
    head = "https://data.go.id/d/index.php-index.php-2021-2021"
    assert digits_before_prose(head, "penelitian/kepemimpinan", lexicon)
    assert not url_goes_on(head, "penelitian/kepemimpinan", lexicon)
    assert url_goes_on(head, "-laporan/kepemimpinan", lexicon)  # a sign goes on the path
    assert url_goes_on(head, "laporan/index.php", lexicon)  # a file name: no words alone
    glued = Lexicon(set(lexicon) | {"https://data.go.id/v2laporan"}, pieces=lexicon.pieces)
    assert url_goes_on(head, "penelitian/kepemimpinan", glued)  # URLs that run digits into letters


def test_a_paths_run_of_hyphened_pieces_alone_on_its_line_and_broken_again_goes_on() -> None:
    head = "https://ogi.bappenas.go.id/pengadaan-dan-dokumen-vie"
    assert url_goes_on(head, "w-pengadaan-", Lexicon({"dan"}), alone=True)
    # not after other words on its line, nor a run that ends there, nor in capitals
    assert not url_goes_on(head, "w-pengadaan-", Lexicon({"dan"}), alone=False)
    assert not url_goes_on(head, "Hak-hak-", Lexicon({"dan"}), alone=True)


def test_a_paths_run_alone_on_its_line_cut_again_inside_a_piece_goes_on() -> None:
    # pdfTeX's `url` breaks anywhere: "…/dokumen/in" + "formasi-dokume" + "n-pengadaan-da"; no
    # line holds "informasi" inside it, but "dokume" is no piece of the document's, it begins "dokumen"
    lexicon = Lexicon({"dokumen", "pengadaan", "sosial", "ekonomi"})
    head = "https://www.antikorupsi.org/dokumen/in"
    assert url_goes_on(head, "formasi-dokume", lexicon, alone=True)
    # not after other words on its line, nor where the run's last piece is whole or begins nothing
    assert not url_goes_on(head, "formasi-dokume", lexicon, alone=False)
    assert not url_goes_on("https://www.antikorupsi.org/dokumen", "sosial-ekonomi", lexicon, alone=True)
    assert not url_goes_on(head, "formasi-gabra", lexicon, alone=True)


def test_a_url_cut_after_a_dot_goes_on_with_a_file_name_it_writes_itself() -> None:
    """Typst ends "…/laporan-index.php-datin-informasi-index." 21 pt short of a 10.5 pt line's edge (it weighs
    whole paragraphs) and opens the next line with "php pada": the vocabulary took "php" for a word (a line's
    first word after a full stop is read as whole), yet "index.php" is written by the URL itself, and a
    sentence after a URL would open with a capital."""
    size, char = 10.5, 2.7
    head = "https://keuda.kemendagri.go.id/jasa/laporan-index.php-datin-informasi-index."
    lexicon = Lexicon(
        {"php", "pada", "terlaksana", "peta"}, pieces={"keuda", "kemendagri", "go", "id", "jasa", "laporan", "index"}
    )
    left, edge = 100.0, 169.4
    url = (["https://keuda.kemendagri."], ["go.id/jasa/laporan-"], ["index.php-datin-"], ["informasi-index."])
    lines = set_lines((*url, ["php", "pada", "peta."]), left, edge, size, char)
    assert edge - lines[3].box.x1 > 2 * size  # room left: the geometry proves nothing here
    text = join_lines(lines, left=left, right=edge, lexicon=lexicon).text
    assert text.split()[0] == head + "php"
    assert url_goes_on(head, "php", lexicon)
    # a capital opening a sentence: the URL ended (lower case after a dot in the path goes on even where
    # the document's URLs never write the name whole: see the test of `piece_after_dot` below)
    assert not url_goes_on(head, "Php", lexicon)
    assert not url_goes_on("https://keuda.kemendagri.go.id/jasa/laporan-informasi-index.", "Php", lexicon)


def test_a_paths_run_alone_on_its_line_goes_on_a_url_cut_after_a_dot() -> None:
    """Typst cuts "https://data.go.id/laporan-index.php-article-datin-…" after "index." and again after
    "datin-": the vocabulary took "php" for a word (a line's first word after a full stop), and the document
    writes "index.php" in no URL on one line, yet a run of pieces joined by hyphens alone on its line and
    broken again is no sentence, which would open with a capital."""
    lexicon = Lexicon({"php", "dan", "pertemuan"}, pieces={"data", "go", "id", "laporan", "index"})
    head = "https://data.go.id/laporan-index."
    assert url_goes_on(head, "php-article-datin-", lexicon, alone=True)
    assert url_goes_on("https://data.go.id/index.", "php-publik-", lexicon, alone=True)
    # one piece and its hyphen alone on its line after the dot ("…/informasi-view-index." + "php-" +
    # "laporan-"): the same run, cut after its first piece; not after a dot that ends no URL
    # (a document whose URLs show "php" nowhere else, and whose prose writes no such word)
    plain = Lexicon({"dan", "pertemuan"}, pieces={"data", "go", "id"})
    assert url_goes_on("https://drive.google.com/file/informasi-view-index.", "php-", plain, alone=True)
    assert not url_goes_on("laporan.", "hak-", plain, alone=True)
    # in capitals, or after a dot that ends no URL: no run of the path (with words after it on its line it
    # goes on too, lower case after the URL's dot: `piece_after_dot`)
    assert not url_goes_on(head, "Hak-hak-", lexicon, alone=True)
    assert not url_goes_on(head, "Hak-hak-", lexicon, alone=False)
    assert not url_goes_on("laporan.", "hak-hak-", lexicon, alone=True)


def test_a_url_cut_before_any_dot_of_its_host_goes_on() -> None:
    """Typst cuts "https://komisiinformasi.go.id/…" in a narrow column as "https://komi" + "siinformasi." +
    "go.id/…", and the document shows the host whole nowhere: a host has a dot, so the URL goes on."""
    lexicon = Lexicon({"peningkatan", "integrasi"}, pieces={"informasi", "komitmen"})
    assert url_goes_on("https://komi", "siinformasi.", lexicon, alone=True)
    assert url_goes_on("https://komis", "iinformasi.", lexicon, alone=True)
    # once the host has its dot, or a path begun, the letters decide as before
    assert not url_goes_on("https://komisi.go", "integrasi", lexicon)
    assert not url_goes_on("https://komi", "Integrasi", lexicon)


def test_a_url_cut_after_a_dot_in_its_path_goes_on_with_lower_case_letters() -> None:
    """Typst ends "…/8-datin-index." well short of its edge (it weighs whole paragraphs) and opens the next
    line with "php aplikasi": the vocabulary took "php" for a word (a line's first word after a full stop),
    and no URL of the document writes "index.php" whole, yet a sentence after a URL would open with a
    capital: lower-case letters after a dot in a URL's path are its rest."""
    size, char = 10.5, 2.7
    lexicon = Lexicon(
        {"php", "aplikasi", "peta", "menerima", "pandemi", "a"},
        pieces={"jdih", "bphn", "go", "id", "dan", "file", "datin", "index", "jasa", "article", "laporan"},
    )
    left, edge = 100.0, 169.4
    rows = (["https://jdih.bphn.go.id/dan/"], ["id-8-id-file/8-datin-"], ["index."], ["php", "aplikasi", "peta."])
    lines = set_lines(rows, left, edge, size, char)
    assert edge - lines[2].box.x1 > 2 * size  # room left: the geometry proves nothing here
    text = join_lines(lines, left=left, right=edge, lexicon=lexicon).text
    assert text.split()[:2] == ["https://jdih.bphn.go.id/dan/id-8-id-file/8-datin-index.php", "aplikasi"]
    head = "https://jdih.bphn.go.id/2021-index/d/datin/index."
    assert url_goes_on(head, "php-jasa-article-2021-laporan.", lexicon)
    # a sentence after the URL opens with a capital; a list with a single letter; no dot, or a dot in the host
    assert not url_goes_on("https://jdih.bphn.go.id/dan/datin.", "Menerima", lexicon)
    assert not url_goes_on("https://jdih.bphn.go.id/dan/datin.", "a.", lexicon)
    assert not url_goes_on("https://jdih.bphn.go.id/dan/datin", "pandemi", lexicon)
    assert not url_goes_on("https://jdih.bphn.go.id/dan/datin.", "Php", lexicon)
    # a document whose URLs show "php" nowhere else: letters no word is, nor begins, are the URL's rest too
    # ("…/index-datin/index." + "php pidana", Typst); a word of the language alone, or its start, is not
    plain = Lexicon({"pidana", "peta"}, pieces={"data", "go", "id", "index", "datin"}, language=frozenset({"pemilu"}))
    assert piece_after_dot("https://data.go.id/index-datin/index.", "php", plain)
    assert not piece_after_dot("https://data.go.id/index-datin/index.", "pemilu", plain)
    assert not piece_after_dot("https://data.go.id/index-datin/index.", "pemi", plain)


def test_a_url_ends_before_a_prose_word_cut_at_its_own_line_end() -> None:
    """Chromium in a column eight letters wide: "…-dokumen", then "pengguna" filling its line, then "an.".
    The URL's last segment is whole, and "pengguna" with the next line's piece is the prose's "penggunaan"
    (which a URL of the document's path writes too: the letters alone may be the URL's rest)."""
    words = {"penggunaan", "bantuan", "dokumen", "https://data.go.id/penggunaan-index"}
    lexicon = Lexicon(words, pieces={"view", "index", "php", "dokumen", "penggunaan", "bantuan"})
    url = "https://ogi.bappenas.go.id/view-2021-index.php-dokumen"
    assert not url_ended(url, "pengguna", lexicon)  # letters that begin a piece may be the URL's rest
    assert url_ended(url, "pengguna", lexicon, rest="an.")
    assert not url_ended(url, "pengguna", lexicon, rest="xy.")


def test_a_url_whose_hyphens_are_printed_as_u2010_goes_on_as_with_hyphen_minus() -> None:
    """WeasyPrint in Garuda writes every "-" as U+2010: "…/jasa‐8‐20" + "21‐pub‐" is a number cut in the path."""
    lexicon = Lexicon({"publik"}, pieces={"antikorupsi", "org", "jasa", "publik"})
    assert url_goes_on("https://www.antikorupsi.org/jasa\u20108\u201020", "21\u2010pub\u2010", lexicon)
    assert url_goes_on("https://www.antikorupsi.org/jasa-8-20", "21-pub-", lexicon)


def test_a_url_ends_before_words_of_the_prose_joined_by_a_hyphen() -> None:
    """fpdf2: "…-informasi/laporan" fills its line, "sosial-ekonomi melibatkan" opens the next. A path
    parts its pieces with signs, and "laporansosial" is none: the compound is the prose's."""
    lexicon = Lexicon({"sosial", "ekonomi"}, pieces={"datin", "laporan", "jasa", "informasi"})
    head = "https://drive.google.com/index.php-dokumen-view-pengadaan/datin-laporan-jasa-publik-informasi/laporan"
    assert url_ended(head, "sosial-ekonomi", lexicon)
    assert url_ended(head, "sosial-ekonomi.", lexicon)
    # a part the document and its language do not know, or letters that join the segment into a piece
    assert not url_ended(head, "sosial-xq", lexicon)
    assert not url_ended(head, "sosial-ekonomi", Lexicon({"sosial", "ekonomi"}, pieces={"laporan", "laporansosial"}))
    # the language's words count as the document's
    language = frozenset({"sosial", "ekonomi"})
    assert url_ended(head, "sosial-ekonomi", Lexicon(set(), pieces={"laporan"}, language=language))
    assert not url_ended(head, "sosial-ekonomi", Lexicon(set(), pieces={"laporan"}))


def test_a_url_ends_before_words_of_the_prose_joined_by_a_slash() -> None:
    """WeasyPrint in Noto Serif: "…-2021-id-file" fills its line, "kebutuhan/lainnya." opens the next. The
    document's vocabulary holds "lainnya" as a path's piece (the slash reads as one), but both parts are
    words of the language, and "filekebutuhan" is no piece: the prose's alternatives, not the URL's path."""
    language = frozenset({"kebutuhan", "lainnya"})
    lexicon = Lexicon(set(), pieces={"jasa", "kontrak", "laporan", "id", "file", "lainnya"}, language=language)
    head = "https://www.antikorupsi.org/jasa-kontrak-laporan-2021-id-file"
    assert url_ended(head, "kebutuhan/lainnya.", lexicon)
    assert url_ended(head, "kebutuhan/lainnya", lexicon)
    # a part no one knows, a letter or two alone, or letters that join the segment into a piece: the path
    assert not url_ended(head, "kebutuhan/xqz.", lexicon)
    assert not url_ended(head, "kebutuhan/di", lexicon)
    joined = Lexicon(set(), pieces={"file", "filekebutuhan"}, language=language)
    assert not url_ended(head, "kebutuhan/lainnya.", joined)


def test_a_url_ends_before_a_common_word_where_no_piece_of_the_document_shows_its_last_segment() -> None:
    """fpdf2: "…/barang-laporan-id/file" fills its line, "pidana terutama." opens the next. "file" is in
    none of the document's other URLs and "pidana" in none of its prose: only the language knows the
    word, and "filepidana" is nothing the document or the language knows, nor a piece of its URLs."""
    head = "https://www.antikorupsi.org/barang-laporan-id/file"
    language = frozenset({"pidana", "informasi", "terutama"})
    lexicon = Lexicon({"terutama"}, pieces={"barang", "laporan", "id", "antikorupsi"}, language=language)
    assert url_ended(head, "pidana", lexicon)
    assert url_ended(head, "pidana,", lexicon)
    assert not url_ended(head, "pidana", Lexicon({"terutama"}, pieces={"barang", "laporan", "id"}))  # no language
    # a segment cut short whose rest is a word too: the two join one ("tran" + "sparansi"), or a piece
    joins = Lexicon({"terutama"}, pieces={"barang"}, language=frozenset({"sparansi", "transparansi"}))
    assert not url_ended("https://data.go.id/barang/tran", "sparansi", joins)
    pieces = Lexicon({"terutama"}, pieces={"barang", "filepidana"}, language=language)
    assert not url_ended(head, "pidana", pieces)
    # the document's URLs glue words in their paths: nothing is decided
    glued = Lexicon(
        {"terutama", "https://data.go.id/pidanapublik/laporan", "pidana", "publik"}, pieces={"barang"}, language=language
    )
    assert not url_ended(head, "pidana", glued)


def test_a_urls_number_goes_on_with_digits_alone_where_the_engine_weighs_whole_paragraphs() -> None:
    """LuaLaTeX ends a justified line with "…/informasi/20" and opens the next with "21 format": TeX's `url`
    breaks anywhere and leaves room anywhere, so the room proves nothing; digits alone after the path's
    digits are its number's rest. An engine that fills each line in turn is weighed by its room instead."""
    tex = Lexicon({"format", "peta"}, pieces={"antikorupsi", "org", "informasi"}, engine_hyphens=True)
    head = "https://www.antikorupsi.org/publik/id/informasi/20"
    assert url_goes_on(head, "21", tex)
    assert url_goes_on(head, "21.", tex)
    assert not url_goes_on(head, "21", Lexicon(tex, pieces=tex.pieces))  # a greedy engine: `number_cut`
    assert not url_goes_on(head, "format", tex)
    assert not url_goes_on("https://www.antikorupsi.org", "21", tex)  # no path



def test_a_urls_last_segment_of_one_letter_goes_on_into_a_word_of_the_language() -> None:
    # LuaLaTeX DejaVu Sans: TeX's `url` breaks "…/pengadaan-a" + "rticle." inside "article"; the
    # document's list markers ("a.") make "a" a word and a piece of its prose
    # the two join into a word of the language ("article"); a path's own letter before a word that
    # joins into none ends the URL ("…-id-d" + "restoratif", LuaLaTeX)
    tex = Lexicon(
        {"jasa", "kanal", "a", "d"}, pieces={"ogi", "bappenas", "go", "id", "pengadaan", "a", "d"},
        engine_hyphens=True, language=frozenset({"article", "kanal"}),
    )
    assert unknown_segment_goes_on("https://ogi.bappenas.go.id/laporan/pengadaan-a", "rticle.", tex)
    assert not unknown_segment_goes_on("https://ogi.bappenas.go.id/laporan/informasi-id-d", "restoratif", tex)
    # a prose word after it: the URL ended there, as after any segment
    assert not unknown_segment_goes_on("https://ogi.bappenas.go.id/laporan/pengadaan-a", "kanal.", tex)


def test_a_urls_path_goes_on_with_pieces_of_its_urls_joined_by_hyphens_after_letters_no_word() -> None:
    """LuaLaTeX: "3. Persiapan https://ogi.bappenas.go.id/v" ends its line 17 pt short of its edge (TeX's
    `url` breaks wherever the paragraph comes out best), "iew-article-kontrak-pengadaan-kontrak open."
    opens the next: "iew" is no word, every piece after it one the document writes, "article" and
    "kontrak" in its URLs only. Prose joins words by hyphens, its first one a word too."""
    lexicon = Lexicon(
        {"open", "pengadaan", "sosial", "ekonomi", "politik", "https://data.go.id/article-kontrak"},
        pieces={"pengadaan", "sosial", "ekonomi", "politik", "article", "kontrak"},
    )
    head = "https://ogi.bappenas.go.id/v"
    assert url_goes_on(head, "iew-article-kontrak-pengadaan-kontrak", lexicon)
    assert url_goes_on(head, "iew-article-kontrak-2021.", lexicon)
    # a compound of the prose, pieces no URL writes, a piece the document does not write, or one piece only
    assert not url_goes_on(head, "sosial-ekonomi-politik", lexicon)
    assert not url_goes_on(head, "iew-sosial-ekonomi", lexicon)
    assert not url_goes_on(head, "iew-article-xyz", lexicon)
    assert not url_goes_on(head, "iew-article", lexicon)
