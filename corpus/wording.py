"""The words an edition prints around the content: headings, cell labels, footers.

The truth does not depend on them (it holds the content only), but the parser
finds rows and cells by them, so each edition of the corpus prints its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ogi_extract.synth.wording import DEFAULT_WORDING
from ogi_extract.synth.wording import Wording as ContentWording

# Grammars of editions no shipped grammar knows (a relabelled one, an English one):
# the corpus renders them from their `[wording]`, and the parser reads them
# through a user grammar folder, as a user's own edition would be.
USER_GRAMMARS = Path(__file__).resolve().parent.parent / "tests" / "data" / "grammars"


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
    # the content's words (target labels, co-creation labels) for the generator
    content: ContentWording = field(default=DEFAULT_WORDING, repr=False)  # its effect is in the blocks

    def footer_lines(self) -> tuple[str, ...]:
        return tuple(line.format(year=self.year) for line in self.footer)


@cache
def from_grammar(path: Path, edition: str) -> Wording:
    """The wording of a grammar file with a `[wording]` section (see `ogi_extract.synth.wording`)."""
    from ogi_extract.grammar import load_grammar
    from ogi_extract.synth.wording import from_grammar as content_wording

    g = load_grammar(path)
    w = content_wording(g)
    return Wording(
        edition=edition,
        grammar=g.id,
        title=w.title,
        action_plan=w.action_plan,
        periods=w.periods[:2],
        section=w.section,
        section_sub=w.section_sub,
        commitment=w.commitment,
        measure=w.measure,
        achievement=w.achievement,
        score=w.score,
        cocreation=w.cocreation,
        follow_up=w.follow_up,
        footer=w.footer,
        content=w,
    )


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

# Editions read by a user grammar (not shipped): their wording comes from the grammar file.
EDITIONS["relabelled"] = from_grammar(USER_GRAMMARS / "monev-2023.toml", "relabelled")
EDITIONS["english"] = from_grammar(USER_GRAMMARS / "ogi-en-2019.toml", "english")
