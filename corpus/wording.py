"""The words an edition prints around the content: headings, cell labels, footers.

The truth does not depend on them (it holds the content only), but the parser
finds rows and cells by them, so each edition of the corpus prints its own.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Wording:
    edition: str  # "2021", "2022": which report of the plan
    grammar: str  # the grammar id the parser should pick for it
    title: str
    action_plan: str
    periods: tuple[str, ...]
    section: str = "DESKRIPSI CAPAIAN {count} KOMITMEN {plan}"
    section_sub: str = "SEMESTER I DAN SEMESTER II"
    commitment: str = "Komitmen {number}"
    measure: str = "Ukuran Keberhasilan {number}:"
    achievement: str = "Capaian Target:"
    score: str = "Nilai:"  # "Nilai 100%" drops the colon, see `document.score_cell`
    cocreation: str = "Proses Kokreasi:"
    follow_up: str = "Tindak Lanjut:"
    footer: tuple[str, ...] = (
        "Laporan Monitoring dan Evaluasi RAN OGI {year}",
        "Saran dan masukan dapat disampaikan ke Sekretariat Nasional Open Government Indonesia",
    )
    year: str = "2021"

    def footer_lines(self) -> tuple[str, ...]:
        return tuple(line.format(year=self.year) for line in self.footer)


EDITIONS: dict[str, Wording] = {
    "2021": Wording(
        edition="2021",
        grammar="monev-2021",
        title="Laporan Monitoring dan Evaluasi RAN OGI 2020-2022 Semester I dan II Tahun 2021",
        action_plan="RAN OGI 2020-2022",
        periods=("B06", "B12"),
        year="2021",
    ),
    "2022": Wording(
        edition="2022",
        grammar="monev-2022",
        title="Laporan Monitoring dan Evaluasi RAN OGI 2020-2022 Semester I dan II Tahun 2022",
        action_plan="RAN OGI 2020-2022",
        periods=("B18", "B24"),
        section_sub="SEMESTER III DAN SEMESTER IV",
        year="2022",
    ),
}
