"""A front-matter table whose header row a page break cut in two.

Some engines break a table inside its header row: the first cell's words ("No")
are printed at the foot of one page, the other cells' ("Judul Komitmen") at the
top of the next, above the numbered rows. Neither part is a header on its own;
joined cell by cell they are, and the table must be read as the one that header
names (here a grade list under its caption), its rows all kept. A table whose
caption names a grade but whose header (whole or joined) is no list's is not
read as a list, and the figure says so: it is never lost unseen. Drawn with
PyMuPDF, and built by hand for the joining alone.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from ogi_extract.frontmatter import read_summary
from ogi_extract.frontmatter.runs import join_cells, join_runs
from ogi_extract.grammar import grammar_of
from ogi_extract.layout import open_document
from ogi_extract.layout.model import Box, Word
from ogi_extract.models.gaps import Gap
from ogi_extract.models.summary import Summary
from ogi_extract.tables import Cell, CellPiece, Fragment, RowGroup, TextLine
from reference import GRAMMAR

COLUMNS = (60.0, 100.0, 520.0)
ROW = 18.0
CENTRE = 290.0
BAIK = ["Komitmen Baik Pertama", "Komitmen Baik Kedua", "Komitmen Baik Ketiga"]
IS_HEADER = grammar_of(GRAMMAR).frontmatter.grade_list_header.search


def _text(page: pymupdf.Page, y: float, text: str, centred: bool = False) -> None:
    x = CENTRE - pymupdf.get_text_length(text, fontname="helv", fontsize=10) / 2 if centred else 60.0
    page.insert_text((x, y + 10), text, fontsize=10, fontname="helv")


def _rows(page: pymupdf.Page, top: float, rows: list[tuple[str, str]], closed: bool) -> float:
    """Bordered rows of (number, title) from `top`; without `closed`, no rule under the last row."""
    for r, (number, title) in enumerate(rows):
        base = top + r * ROW + 13
        page.insert_text((COLUMNS[0] + 4, base), number, fontsize=10, fontname="helv")
        page.insert_text((COLUMNS[1] + 4, base), title, fontsize=10, fontname="helv")
    bottom = top + len(rows) * ROW
    for r in range(len(rows) + (1 if closed else 0)):
        page.draw_line((COLUMNS[0], top + r * ROW), (COLUMNS[-1], top + r * ROW), width=0.75)
    for x in COLUMNS:
        page.draw_line((x, top), (x, bottom), width=0.75)
    return bottom


def _split_header_pdf(path: Path, header: tuple[str, str] = ("No", "Judul Komitmen")) -> None:
    """A grade list under its caption, the page ending after its header's first cell."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 60.0
    for text, centred in (
        ("1. Capaian Administratif", False),
        ("Gambar 1", True),
        ("Capaian Administratif Pelaksanaan RAN OGI 2020-2022", True),
        ("Baik Cukup Kurang", True),
        ("a. 100% komitmen mendapat nilai baik, yang menunjukkan target capaian sudah dilakukan", False),
        ("dengan optimal pada 3 komitmen, yaitu:", False),
    ):
        _text(page, y, text, centred)
        y += 16
    y = 842 - 60 - 2 * 14 - ROW  # the caption and the header's first line fill the page's foot
    _text(page, y, "Tabel 1.", centred=True)
    _text(page, y + 14, "Daftar Komitmen dengan Nilai Capaian Administratif Baik", centred=True)
    _rows(page, y + 30, [(header[0], "")], closed=False)  # the header's first cell only: the page ends
    page = doc.new_page(width=595, height=842)
    bottom = _rows(page, 56.0, [("", header[1]), *((str(i), t) for i, t in enumerate(BAIK, 1))], closed=True)
    _text(page, bottom + 14, "b. 0% komitmen mendapat nilai cukup pada 0 komitmen.")
    _text(page, bottom + 40, "DESKRIPSI CAPAIAN 3 KOMITMEN RAN OGI 2020-2022")
    doc.save(path)
    doc.close()


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> Summary:
    path = tmp_path_factory.mktemp("split-header") / "split.pdf"
    _split_header_pdf(path)
    return read_summary(open_document(path), GRAMMAR)


def test_a_list_whose_header_row_a_page_break_cut_is_read_whole(summary: Summary) -> None:
    assert summary.figures()["commitment_admin"]["lists"] == {"Baik": BAIK}
    assert summary.commitment_admin.complete, summary.commitment_admin.incomplete_reason


def test_a_list_whose_header_is_no_lists_is_said_unread(tmp_path: Path) -> None:
    path = tmp_path / "unknown.pdf"
    _split_header_pdf(path, header=("Nomor", "Nama Kegiatan"))
    dist = read_summary(open_document(path), GRAMMAR).commitment_admin
    assert dist.lists == {}
    assert not dist.complete
    assert dist.incomplete_gap == Gap(kind="no-header", table="Tabel 1", page=1)
    assert dist.incomplete_reason == "Tabel 1 names a grade but its header row is no list's: not read"


# -- built by hand ---------------------------------------------------------------------


def _line(page: int, x0: float, top: float, text: str) -> TextLine:
    words, x = [], x0
    for token in text.split():
        width = 5.0 * len(token)
        words.append(Word(token, Box(x, top, x + width, top + 10), "helv", 10.0, False, 0, True, page=page))
        x += width + 3
    return TextLine(page, words, Box(x0, top, x - 3, top + 10))


def _fragment(page: int, top: float, rows: list[tuple[str, str]]) -> Fragment:
    groups = []
    for r, row in enumerate(rows):
        y = top + r * ROW
        cells = [
            Cell(COLUMNS[c], COLUMNS[c + 1], (0, r),
                 [CellPiece(page, Box(COLUMNS[c], y, COLUMNS[c + 1], y + ROW),
                            [_line(page, COLUMNS[c] + 4, y + 4, text)] if text else [])])
            for c, text in enumerate(row)
        ]
        groups.append(RowGroup(cells, COLUMNS[0], COLUMNS[-1], [page]))
    return Fragment(page, Box(COLUMNS[0], top, COLUMNS[-1], top + ROW * len(rows)), list(COLUMNS), groups)


def test_the_two_parts_of_a_header_row_make_the_tables_header() -> None:
    upper = _fragment(1, 780, [("No", "")])
    lower = _fragment(2, 60, [("", "Judul Komitmen"), ("1", "Satu"), ("2", "Dua")])
    again = _fragment(3, 60, [("No", "Judul Komitmen"), ("3", "Tiga")])  # the whole header printed again
    (run,) = join_runs([upper, lower, again], lambda text: bool(IS_HEADER(text)))
    assert run.header == "No Judul Komitmen" and run.header_split
    assert len(run.fragments) == 3


def test_a_row_that_joined_is_no_header_leaves_the_table_as_it_was() -> None:
    upper = _fragment(1, 780, [("No", "")])
    lower = _fragment(2, 60, [("1", "Satu"), ("2", "Dua")])
    (run,) = join_runs([upper, lower], lambda text: bool(IS_HEADER(text)))
    assert run.header == "No" and not run.header_split


def test_a_header_row_cut_in_two_on_one_page_is_not_joined() -> None:
    upper = _fragment(1, 100, [("No", "")])
    lower = _fragment(1, 300, [("", "Judul Komitmen"), ("1", "Satu")])
    runs = join_runs([upper, lower], lambda text: bool(IS_HEADER(text)))
    assert len(runs) == 2 and not any(run.header_split for run in runs)


def test_cells_join_in_pairs_only() -> None:
    assert join_cells(["No", ""], ["", "Judul Komitmen"]) == ["No", "Judul Komitmen"]
    assert join_cells(["No", "Judul"], ["", "Komitmen"]) == ["No", "Judul Komitmen"]
    assert join_cells(["No"], ["", "Judul Komitmen"]) is None
