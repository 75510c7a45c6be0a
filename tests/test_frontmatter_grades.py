"""Figures captioned under the chart and floated past their sentences, as LaTeX prints them.

Drawn here with PyMuPDF: the grade sentences and lists of figure 1 and the first
sentence of figure 2 on page 1, both charts at the top of page 2 (each its legend,
then "Gambar N. Title" on one line), then figure 2's list. Every sentence and list
must go to the figure whose legend has its grade, wherever the chart was printed.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from ogi_extract.frontmatter import read_summary
from ogi_extract.layout import open_document
from ogi_extract.models.summary import Summary
from reference import GRAMMAR

COLUMNS = (60.0, 100.0, 520.0)
ROW = 18.0
BAIK = ["Komitmen Baik Pertama", "Komitmen Baik Kedua", "Komitmen Baik Ketiga"]
AKTIF = ["Komitmen Aktif Pertama", "Komitmen Aktif Kedua"]


class _Pen:
    def __init__(self) -> None:
        self.doc = pymupdf.open()
        self.new_page()

    def new_page(self) -> None:
        self.page = self.doc.new_page(width=595, height=842)
        self.y = 60.0

    def line(self, text: str, centred: bool = False, gap: float = 14.0) -> None:
        x = 290 - pymupdf.get_text_length(text, fontname="helv", fontsize=10) / 2 if centred else 60.0
        self.page.insert_text((x, self.y + 10), text, fontsize=10, fontname="helv")
        self.y += gap

    def chart(self) -> None:
        self.page.draw_circle((290, self.y + 60), 55, fill=(0.27, 0.45, 0.77))
        self.y += 125

    def table(self, titles: list[str]) -> None:
        rows = [("No", "Judul Komitmen"), *((str(i), t) for i, t in enumerate(titles, 1))]
        top = self.y + 4
        for r, (number, title) in enumerate(rows):
            self.page.insert_text((COLUMNS[0] + 4, top + r * ROW + 13), number, fontsize=10, fontname="helv")
            self.page.insert_text((COLUMNS[1] + 4, top + r * ROW + 13), title, fontsize=10, fontname="helv")
        bottom = top + len(rows) * ROW
        for r in range(len(rows) + 1):
            self.page.draw_line((COLUMNS[0], top + r * ROW), (COLUMNS[-1], top + r * ROW), width=0.75)
        for x in COLUMNS:
            self.page.draw_line((x, top), (x, bottom), width=0.75)
        self.y = bottom + 14


def _floated_pdf(path: Path) -> None:
    pen = _Pen()
    pen.line("1. Capaian Administratif")
    pen.line("Capaian Administratif pelaksanaan RAN OGI 2020-2022 adalah sebagai berikut:", gap=20)
    pen.line("a. 60% komitmen mendapat nilai baik, yang menunjukkan target capaian sudah dilakukan")
    pen.line("dengan optimal pada 3 komitmen, yaitu:")
    pen.table(BAIK)
    pen.line("Tabel 1. Daftar Komitmen dengan Nilai Capaian Administratif Baik", centred=True, gap=22)
    pen.line("b. 40% komitmen mendapat nilai cukup, yang menunjukkan target capaian belum sepenuhnya")
    pen.line("dilaksanakan pada 2 komitmen.", gap=20)
    pen.line("2. Proses Ko-Kreasi")
    pen.line("a. 100% komitmen dengan capaian ko-kreasi aktif, yang menunjukkan baik Kementerian/Lembaga")
    pen.line("maupun OMS optimal berkolaborasi pada 5 komitmen:")
    pen.line("b. 0% komitmen dengan capaian ko-kreasi semi-aktif, yang menunjukkan baik Kementerian/Lembaga")
    pen.line("maupun OMS belum sepenuhnya optimal berkolaborasi pada 0 komitmen.")
    pen.new_page()  # the floats: at the top of the next page, each caption under its chart
    pen.chart()
    pen.line("Baik Cukup Kurang", centred=True)
    pen.line("Gambar 1. Capaian Administratif Pelaksanaan RAN OGI 2020-2022", centred=True, gap=30)
    pen.chart()
    pen.line("Aktif Semi-Aktif Pasif", centred=True)
    pen.line("Gambar 2. Proses Ko-kreasi Pelaksanaan RAN OGI 2020-2022", centred=True, gap=30)
    pen.table(AKTIF)
    pen.line("Tabel 2. Daftar Komitmen dengan Nilai Proses Ko-Kreasi Aktif", centred=True, gap=22)
    pen.line("DESKRIPSI CAPAIAN 10 KOMITMEN RAN OGI 2020-2022")
    pen.doc.save(path)
    pen.doc.close()


@pytest.fixture(scope="module")
def floated(tmp_path_factory: pytest.TempPathFactory) -> Summary:
    path = tmp_path_factory.mktemp("grades") / "floated.pdf"
    _floated_pdf(path)
    return read_summary(open_document(path), GRAMMAR)


def test_sentences_before_their_floated_chart_go_to_the_figure_of_their_grade(floated: Summary) -> None:
    figures = floated.figures()
    assert figures["commitment_admin"]["published_percent"] == {"Baik": 60, "Cukup": 40}
    assert figures["commitment_admin"]["published_count"] == {"Baik": 3, "Cukup": 2}
    assert figures["commitment_cocreation"]["published_percent"] == {"Aktif": 100, "Semi-Aktif": 0}
    assert figures["commitment_cocreation"]["published_count"] == {"Aktif": 5, "Semi-Aktif": 0}


def test_lists_before_and_after_their_chart_go_to_the_figure_of_their_grade(floated: Summary) -> None:
    figures = floated.figures()
    assert figures["commitment_admin"]["lists"] == {"Baik": BAIK}
    assert figures["commitment_cocreation"]["lists"] == {"Aktif": AKTIF}


def test_a_caption_under_its_chart_takes_the_legend_above_it(floated: Summary) -> None:
    # a grade is keyed as the figure's legend prints it: "Semi-Aktif", where the grammar alone says "Semi Aktif"
    assert "Semi-Aktif" in floated.commitment_cocreation.published_percent
    assert floated.commitment_admin.published_percent["Baik"].pieces[0].page == 1  # read where it is printed
