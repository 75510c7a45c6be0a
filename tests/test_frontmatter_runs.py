"""Tables of the front matter as printed: joined over a page break, captioned above or below, cut.

Drawn here with PyMuPDF: a grade list that runs over a page break with its
header printed again and its caption under it, a second list captioned below,
and a third cut at a page end with no closing rule and no rest. The lists must
be read whole, in the right grade, and the cut one said to be incomplete. Built
by hand: a caption the tables stage read into a table's last row goes back
under the table, and fragments join only on a later page with the same rules.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from ogi_extract.frontmatter import read_summary
from ogi_extract.grammar import grammar_of
from ogi_extract.frontmatter.complete import numbering_gap, reading_gap
from ogi_extract.frontmatter.runs import attach_captions, join_runs, lift_captions
from ogi_extract.layout import open_document
from ogi_extract.layout.model import Box, Word
from ogi_extract.models.gaps import Gap
from ogi_extract.models.summary import Summary
from ogi_extract.tables import Cell, CellPiece, Fragment, RowGroup, TextLine
from reference import GRAMMAR

COLUMNS = (60.0, 100.0, 520.0)
ROW = 18.0
CENTRE = 290.0


class _Pen:
    """Draws lines of text and bordered tables down the pages of a new PDF."""

    def __init__(self) -> None:
        self.doc = pymupdf.open()
        self.page = self.doc.new_page(width=595, height=842)
        self.y = 60.0

    def new_page(self) -> None:
        self.page = self.doc.new_page(width=595, height=842)
        self.y = 60.0

    def line(self, text: str, centred: bool = False, gap: float = 14.0) -> None:
        x = CENTRE - pymupdf.get_text_length(text, fontname="helv", fontsize=10) / 2 if centred else 60.0
        self.page.insert_text((x, self.y + 10), text, fontsize=10, fontname="helv")
        self.y += gap

    def table(self, rows: list[tuple[str, str]], closed: bool = True, run_on: float = 0.0) -> None:
        """Rows of (number, title) in a bordered grid; `closed` False: no rule under the last row,
        the column rules running `run_on` points further (a table cut by the page end)."""
        top = self.y + 4
        for r, (number, title) in enumerate(rows):
            base = top + r * ROW + 13
            self.page.insert_text((COLUMNS[0] + 4, base), number, fontsize=10, fontname="helv")
            self.page.insert_text((COLUMNS[1] + 4, base), title, fontsize=10, fontname="helv")
        bottom = top + len(rows) * ROW
        for r in range(len(rows) + (1 if closed else 0)):
            self.page.draw_line((COLUMNS[0], top + r * ROW), (COLUMNS[-1], top + r * ROW), width=0.75)
        for x in COLUMNS:
            self.page.draw_line((x, top), (x, bottom + (0 if closed else run_on)), width=0.75)
        self.y = bottom + 14

    def save(self, path: Path) -> None:
        self.doc.save(path)
        self.doc.close()


HEADER = ("No", "Judul Komitmen")
GRAMMAR_PATTERNS = grammar_of(GRAMMAR).frontmatter
BAIK = [f"Komitmen Baik Nomor {n}" for n in range(1, 6)]
CUKUP = ["Komitmen Cukup Pertama", "Komitmen Cukup Kedua"]
KURANG = ["Komitmen Kurang Pertama", "Komitmen Kurang Kedua", "Komitmen Kurang Ketiga"]


def _lists_pdf(path: Path) -> None:
    pen = _Pen()
    pen.line("1. Capaian Administratif")
    pen.line("Gambar 1", centred=True)
    pen.line("Capaian Administratif Pelaksanaan RAN OGI 2020-2022", centred=True)
    pen.line("Baik Cukup Kurang", centred=True, gap=20)
    pen.line("a. 50% komitmen mendapat nilai baik, yang menunjukkan target capaian sudah dilakukan")
    pen.line("dengan optimal pada 5 komitmen, yaitu:")
    pen.y = 842 - 60 - 4 * ROW  # the table starts near the page end: three rows fit
    pen.table([HEADER, *((str(i), t) for i, t in enumerate(BAIK[:3], 1))])
    pen.new_page()  # the rest, the header printed again, the caption under it
    pen.y = 56.0
    pen.table([HEADER, *((str(i), t) for i, t in enumerate(BAIK[3:], 4))])
    pen.line("Tabel 1.", centred=True)
    pen.line("Daftar Komitmen dengan Nilai Capaian Administratif Baik", centred=True, gap=22)
    pen.line("b. 20% komitmen mendapat nilai cukup, yang menunjukkan target capaian belum sepenuhnya")
    pen.line("dilaksanakan pada 2 komitmen, yaitu:")
    pen.table([HEADER, *((str(i), t) for i, t in enumerate(CUKUP, 1))])
    pen.line("Tabel 2.", centred=True)
    pen.line("Daftar Komitmen dengan Nilai Capaian Administratif Cukup", centred=True, gap=22)
    pen.line("c. 30% komitmen mendapat nilai kurang, yang menunjukkan pelaksana belum mampu")
    pen.line("menyelesaikan seluruh target capaian pada 3 komitmen, yaitu:")
    pen.y = 842 - 40 - 3 * ROW  # two rows fit; the rule under the second is not drawn
    pen.table([HEADER, *((str(i), t) for i, t in enumerate(KURANG[:2], 1))], closed=False, run_on=ROW)
    pen.new_page()
    pen.line("Tabel 3.", centred=True)
    pen.line("Daftar Komitmen dengan Nilai Capaian Administratif Kurang", centred=True, gap=22)
    pen.line("DESKRIPSI CAPAIAN 10 KOMITMEN RAN OGI 2020-2022")
    pen.save(path)


@pytest.fixture(scope="module")
def lists(tmp_path_factory: pytest.TempPathFactory) -> Summary:
    path = tmp_path_factory.mktemp("runs") / "lists.pdf"
    _lists_pdf(path)
    return read_summary(open_document(path), GRAMMAR)


def test_a_list_over_a_page_break_with_its_header_again_and_its_caption_below(lists: Summary) -> None:
    read = lists.figures()["commitment_admin"]["lists"]
    assert read["Baik"] == BAIK


def test_a_caption_below_names_the_grade_of_the_table_above_it(lists: Summary) -> None:
    read = lists.figures()["commitment_admin"]["lists"]
    assert read["Cukup"] == CUKUP


def test_a_list_cut_at_the_page_end_is_said_to_be_incomplete(lists: Summary) -> None:
    dist = lists.commitment_admin
    assert dist.lists["Kurang"][0].value == KURANG[0]
    assert not dist.complete
    assert dist.incomplete_gap == Gap(kind="cut", table="Tabel 3", page=2, cut_at=2)
    assert dist.incomplete_reason == "Tabel 3 continues past page 2 and its rest was not found"
    assert lists.incomplete() == {"commitment_admin": dist.incomplete_reason}
    assert lists.incomplete_gaps() == {"commitment_admin": dist.incomplete_gap}
    assert lists.commitment_cocreation.complete  # nothing of it was printed, nothing was cut


def test_how_a_figure_was_read_is_not_a_published_figure(lists: Summary) -> None:
    figures = lists.figures()
    assert "complete" not in figures["commitment_admin"] and "implementers_complete" not in figures


@pytest.mark.parametrize(
    ("numbers", "gap"),
    [
        ([1, 2, 3], None),
        ([1, 2, 4], "numbering"),
        ([2, 3], "numbering"),
        ([1, 1, 2], "numbering"),
        ([], "no-numbers"),
    ],
)
def test_row_numbers_tell_a_list_read_whole(numbers: list[int], gap: str | None) -> None:
    assert numbering_gap(numbers) == gap


# -- built by hand ---------------------------------------------------------------------


def _line(page: int, x0: float, top: float, text: str) -> TextLine:
    words, x = [], x0
    for token in text.split():
        width = 5.0 * len(token)
        words.append(Word(token, Box(x, top, x + width, top + 10), "helv", 10.0, False, 0, True, page=page))
        x += width + 3
    return TextLine(page, words, Box(x0, top, x - 3, top + 10))


def _fragment(page: int, top: float, rows: list[tuple[str, ...]], columns: tuple[float, ...] = COLUMNS) -> Fragment:
    groups = []
    for r, row in enumerate(rows):
        y = top + r * ROW
        cells = []
        for c, lines in enumerate(row):
            box = Box(columns[c], y, columns[c + 1], y + ROW)
            texts = [_line(page, columns[c] + 4, y + 4 + 12 * i, t) for i, t in enumerate(lines.split("|"))]
            cells.append(Cell(columns[c], columns[c + 1], (0, r), [CellPiece(page, box, texts)]))
        groups.append(RowGroup(cells, columns[0], columns[-1], [page]))
    box = Box(columns[0], top, columns[-1], top + ROW * len(rows))
    return Fragment(page, box, list(columns), groups)


def test_a_caption_read_into_the_last_row_goes_back_under_the_table() -> None:
    table = _fragment(1, 100, [HEADER, ("1", "Judul Satu|Tabel 1.|Daftar Komitmen Baik")])
    items = lift_captions([table], GRAMMAR_PATTERNS.caption)
    assert len(items) == 3 and items[0] is not table
    lifted = items[0]
    assert isinstance(lifted, Fragment) and [ln.text for ln in lifted.groups[-1].cells[1].lines] == ["Judul Satu"]
    assert [ln.text for ln in items[1:] if isinstance(ln, TextLine)] == ["Tabel 1.", "Daftar Komitmen Baik"]
    assert [ln.text for ln in table.groups[-1].cells[1].lines][-1] == "Daftar Komitmen Baik"  # the detail's copy kept


def test_fragments_join_on_a_later_page_with_the_same_rules_only() -> None:
    first = _fragment(1, 600, [HEADER, ("1", "Satu")])
    again = _fragment(2, 60, [HEADER, ("2", "Dua")])  # the header printed again
    other = _fragment(2, 200, [HEADER, ("1", "Lain")])  # the same page: a table of its own
    moved = _fragment(3, 60, [("2", "Tiga")], columns=(60.0, 140.0, 520.0))  # other rules
    prose = _line(2, 60, 180, "b. teks di antara")
    runs = join_runs([first, again, prose, other, moved], lambda text: text == "No Judul Komitmen")
    assert [len(run.fragments) for run in runs] == [2, 1, 1]


def test_a_caption_goes_to_the_side_the_others_took() -> None:
    # captions below: "Tabel 1." lies between two tables and could be either's
    one = _fragment(1, 100, [HEADER, ("1", "Satu")])
    two = _fragment(1, 200, [HEADER, ("1", "Dua")])
    three = _fragment(1, 400, [HEADER, ("1", "Tiga")])
    items = [
        one, _line(1, 270, 170, "Tabel 1."),
        two, _line(1, 270, 250, "Tabel 2."), _line(1, 60, 270, "b. teks di antara tabel dua dan tiga"),
        three, _line(1, 270, 450, "Tabel 3."),
    ]
    runs = join_runs(items, lambda text: False)
    attach_captions(items, runs, GRAMMAR_PATTERNS.caption)
    assert [run.caption_name for run in runs] == ["Tabel 1", "Tabel 2", "Tabel 3"]


def test_a_caption_with_its_title_on_its_line_at_a_page_end_takes_no_heading_of_the_next_page() -> None:
    # "Tabel 6. Title" under the last table of a page; the next page opens with a centred heading
    table = _fragment(1, 600, [HEADER, ("1", "Satu")])
    whole = [table, _line(1, 150, 700, "Tabel 6. Daftar Komitmen Pasif"), _line(2, 161.5, 58, "TUJUAN, TEMA, DAN KOMITMEN"),
             _line(2, 60, 80, "teks halaman berikutnya")]
    (run,) = join_runs(whole, lambda text: False)
    attach_captions(whole, [run], GRAMMAR_PATTERNS.caption)
    assert run.caption == "Tabel 6. Daftar Komitmen Pasif" and run.caption_lines == [1]
    # a caption that is its number alone still finds its title at the top of the next page
    alone = [table, _line(1, 250, 700, "Tabel 6."), _line(2, 216, 58, "Daftar Komitmen Pasif"),
             _line(2, 60, 80, "teks halaman berikutnya")]
    (run,) = join_runs(alone, lambda text: False)
    attach_captions(alone, [run], GRAMMAR_PATTERNS.caption)
    assert run.caption == "Tabel 6. Daftar Komitmen Pasif" and run.caption_lines == [1, 2]


def test_a_caption_wrapped_in_its_block_takes_its_last_line() -> None:
    # "Tabel 2. ... Administratif" / "Cukup": the caption block narrower than the text, its lines
    # flush left within it; the prose after it starts at the text's edge, a gap below
    table = _fragment(1, 100, [HEADER, ("1", "Satu")])
    items = [
        table,
        _line(1, 130, 150, "Tabel 2. Daftar Komitmen dengan Nilai Capaian Administratif"),
        _line(1, 130, 164, "Cukup"),
        _line(1, 60, 200, "c. 0% komitmen mendapat nilai kurang, yang menunjukkan pelaksana belum mampu ok"),
    ]
    (run,) = join_runs(items, lambda text: False)
    attach_captions(items, [run], GRAMMAR_PATTERNS.caption)
    assert run.caption == "Tabel 2. Daftar Komitmen dengan Nilai Capaian Administratif Cukup"
    assert run.caption_lines == [1, 2]


def test_a_caption_at_the_texts_edge_takes_no_prose_line_under_it() -> None:
    table = _fragment(1, 100, [HEADER, ("1", "Satu")])
    items = [
        table,
        _line(1, 60, 150, "Tabel 2. Daftar Komitmen Cukup"),
        _line(1, 60, 164, "b. teks di bawah"),
        _line(1, 60, 178, "baris terpanjang dari teks di bawah keterangan tabel ini yang penuh"),
    ]
    (run,) = join_runs(items, lambda text: False)
    attach_captions(items, [run], GRAMMAR_PATTERNS.caption)
    assert run.caption == "Tabel 2. Daftar Komitmen Cukup"


def test_a_table_without_a_closing_rule_at_its_page_end_and_no_rest_was_cut() -> None:
    table = _fragment(3, 700, [HEADER, ("1", "Satu"), ("2", "Dua")])
    table.open_bottom = [(60.0, 520.0)]
    after_on_next_page = _line(4, 60, 60, "teks halaman berikutnya")
    after_on_same_page = _line(3, 60, 790, "teks di bawah tabel")
    (run,) = join_runs([table], lambda text: False)
    run.caption_name = "Tabel 4"
    cut = reading_gap(run, [table, after_on_next_page], [1, 2])
    assert cut == Gap(kind="cut", table="Tabel 4", page=3, cut_at=3)
    assert cut.words() == "Tabel 4 continues past page 3 and its rest was not found"
    assert reading_gap(run, [table, after_on_same_page], [1, 2]) is None
    skipped = reading_gap(run, [table, after_on_same_page], [1, 3])
    assert skipped == Gap(kind="numbering", table="Tabel 4", page=3, numbers=[1, 3])
    assert skipped.words() == "Tabel 4: its rows are numbered 1, 3, not 1 to 2"
    run.caption_name = None  # no caption read: the table is named by its page
    unnumbered = reading_gap(run, [table, after_on_same_page], [])
    assert unnumbered == Gap(kind="no-numbers", table=None, page=3)
    assert unnumbered.words() == "the table on page 3: no numbered row was read"
