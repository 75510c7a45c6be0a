"""Reading the front matter from a laid-out PDF.

A small PDF drawn here with PyMuPDF holds the shapes the 2021 front matter uses:
a stated count in prose, a captioned target table with borders, the kind named
before it, and the percentage lines under it. On the replica of the 2021 report
(when it has been built) the whole Summary must equal the transcription.
"""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from ogi_extract.frontmatter import read_summary
from ogi_extract.layout import open_document
from ogi_extract.models.summary import Summary
from reference import GRAMMAR, REFERENCE, ROOT

REPLICA = ROOT / "samples" / "monev-2021" / "monev-2021.pdf"

TABLE = [
    ("Indikator", "B06", "B12", "Akumulasi Tahun 2021"),
    ("Baik (70-100)", "26", "33", "59"),
    ("Cukup (51-69)", "0", "0", "0"),
    ("Kurang (0-50)", "7", "4", "11"),
    ("Kinerja tidak dapat dinilai (N/A)", "2", "1", "3"),
    ("Total", "35", "38", "73"),
]
PROSE_BEFORE = [
    "Rencana Aksi tersebut melibatkan 21 Kementerian/Lembaga dengan 24 Organisasi",
    "Masyarakat Sipil (OMS) yang bertanggung jawab melaksanakan 18 Komitmen dengan 267",
    "Target Capaian. Pada pelaksanaannya terdapat 131 Target Capaian yang telah dikerjakan.",
    "I. Berdasarkan Capaian Administratif Kementerian/Lembaga",
    "Tabel 8. Capaian Administratif Semester I dan II Tahun 2021",
]
PROSE_AFTER = [
    "Sehingga akumulasi capaian administratif 73 target di tahun 2021, yaitu:",
    "1. 81 % (59 target) memiliki kinerja baik",
    "2. 15% (11 target) memiliki kinerja kurang",
    "3. 4 % (3 target) memiliki penilaian N/A",
    "DESKRIPSI CAPAIAN 18 KOMITMEN RAN OGI 2020-2022",
    "Hanya terdapat 99 Kementerian/Lembaga yang aktif (after the front matter: not read)",
]
COLUMNS = (60.0, 260.0, 330.0, 400.0, 520.0)
ROW = 18.0


def _small_pdf(path: Path) -> dict[str, tuple[float, float]]:
    """Draw the page; return where some figures were put (x, baseline)."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    where: dict[str, tuple[float, float]] = {}
    y = 60.0
    for line in PROSE_BEFORE:
        page.insert_text((60, y), line, fontsize=10, fontname="helv")
        y += 16
    top = y
    for r, cells in enumerate(TABLE):
        baseline = top + r * ROW + 13
        for c, text in enumerate(cells):
            page.insert_text((COLUMNS[c] + 4, baseline), text, fontsize=10, fontname="helv")
            where[f"{r}:{c}"] = (COLUMNS[c] + 4, baseline)
    bottom = top + len(TABLE) * ROW
    for r in range(len(TABLE) + 1):
        page.draw_line((COLUMNS[0], top + r * ROW), (COLUMNS[-1], top + r * ROW), width=0.75)
    for x in COLUMNS:
        page.draw_line((x, top), (x, bottom), width=0.75)
    y = bottom + 24
    for line in PROSE_AFTER:
        page.insert_text((60, y), line, fontsize=10, fontname="helv")
        y += 16
    doc.save(path)
    doc.close()
    return where


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[Summary, dict[str, tuple[float, float]]]:
    path = tmp_path_factory.mktemp("fm") / "small.pdf"
    where = _small_pdf(path)
    return read_summary(open_document(path), GRAMMAR), where


def test_small_pdf_table(small: tuple[Summary, dict[str, tuple[float, float]]]) -> None:
    summary, _ = small
    figures = summary.figures()
    table = figures["target_admin_tables"]["K/L"]
    assert table["table"] == "Tabel 8"
    assert table["rows"] == {label: {"B06": int(a), "B12": int(b), "Akumulasi": int(c)} for label, a, b, c in TABLE[1:-1]}
    assert table["total"] == {"B06": 35, "B12": 38, "Akumulasi": 73}
    assert table["published_percent"] == [
        {"grade": "Baik", "percent": 81, "count": 59},
        {"grade": "Kurang", "percent": 15, "count": 11},
        {"grade": "N/A", "percent": 4, "count": 3},
    ]


def test_small_pdf_stated_counts_stop_at_the_detail(small: tuple[Summary, dict[str, tuple[float, float]]]) -> None:
    summary, _ = small
    assert summary.figures()["stated_counts"] == {
        "ministries": 21,
        "csos": 24,
        "commitments": 18,
        "targets_total": 267,
        "targets_worked": 131,
    }


def test_small_pdf_provenance(small: tuple[Summary, dict[str, tuple[float, float]]]) -> None:
    summary, where = small
    cell = summary.target_admin_tables["K/L"].rows["Baik (70-100)"]["B06"]
    x, baseline = where["1:1"]
    assert len(cell.pieces) == 1 and cell.pieces[0].page == 1
    x0, top, x1, bottom = cell.pieces[0].box
    assert abs(x0 - x) < 1 and top < baseline < bottom + 1
    percent = summary.target_admin_tables["K/L"].published_percent[0].percent
    assert percent.raw is not None and "81 % (59 target)" in percent.raw
    stated = summary.stated_counts["ministries"]
    assert stated.pieces and stated.pieces[0].box[1] < 70  # on the first line


HYPHENATED_PROSE = [
    "Komitmen dan Target Capaian pada Kementerian/Lembaga serta Organisasi Masyarakat Sipil di daerah.",
    "Rencana Aksi tersebut melibatkan 21 Kementerian/Lem-",
    "baga dengan 24 Organi-",
    "sasi Masyarakat Sipil (OMS) yang bertanggung jawab melaksanakan 18 Komitmen dengan 267",
    "DESKRIPSI CAPAIAN 18 KOMITMEN RAN OGI 2020-2022",
]


def test_engine_hyphens_in_the_prose_are_dropped(tmp_path: Path) -> None:
    # A typesetter hyphenated "Kementerian/Lem-baga" and "Organi-sasi"; the front
    # matter's own words tell the engine's hyphens from the author's.
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for i, line in enumerate(HYPHENATED_PROSE):
        page.insert_text((60, 60 + 16 * i), line, fontsize=10, fontname="helv")
    doc.save(tmp_path / "hyphens.pdf")
    summary = read_summary(open_document(tmp_path / "hyphens.pdf"), GRAMMAR)
    counts = summary.figures()["stated_counts"]
    assert (counts.get("ministries"), counts.get("csos")) == (21, 24)


def _front_pages(first_text: str | None = None) -> bytes:
    """The replica's pages up to the one where the detail starts (optionally from the
    page holding `first_text`): the front matter without the cost of the detail."""
    doc = pymupdf.open(REPLICA)
    texts = [page.get_text() for page in doc]
    end = next(i for i, text in enumerate(texts) if "DESKRIPSI CAPAIAN 18 KOMITMEN" in text)
    start = next((i for i, text in enumerate(texts) if first_text and first_text in text), 0)
    doc.select(list(range(start, end + 1)))
    return doc.tobytes()


def _expected() -> dict[str, object]:
    return json.loads((REFERENCE / "monev-2021.summary.json").read_text(encoding="utf-8"))


def test_replica_front_matter_equals_the_transcription() -> None:
    summary = read_summary(open_document(_front_pages()), GRAMMAR)
    assert summary.figures() == _expected()
    assert summary.incomplete() == {}  # every list and table numbered throughout, none cut
    # every figure carries the place it is printed
    assert all(f.pieces for f in summary.stated_counts.values())
    for table in summary.target_admin_tables.values():
        assert all(cell.pieces for row in table.rows.values() for cell in row.values())
        assert all(line.percent.pieces and line.count.pieces for line in table.published_percent)
    for dist in (summary.commitment_admin, summary.commitment_cocreation):
        assert all(f.pieces for f in dist.published_percent.values())
        assert all(p.pieces for items in dist.lists.values() for p in items)
    assert all(n.pieces for row in summary.commitment_implementers for n in row.implementers)


def test_replica_target_tables_with_pdfplumber() -> None:
    # pdfplumber is slow: only the pages from table 8 on.
    summary = read_summary(open_document(_front_pages("Tabel 8"), backend="pdfplumber"), GRAMMAR)
    expected = _expected()
    assert summary.figures()["target_admin_tables"] == expected["target_admin_tables"]
