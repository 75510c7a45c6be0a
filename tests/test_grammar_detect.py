"""Detection scores each grammar on where its words stand, never on prose alone."""

from __future__ import annotations

import pytest

from ogi_extract.errors import GrammarError, UnknownReportError
from ogi_extract.grammar import load_grammar
from ogi_extract.grammar.detect import TITLE_WEIGHT, choose, evidence_of, fit, rank

G21, G22 = load_grammar("monev-2021"), load_grammar("monev-2022")
ROWS_2022 = ["Target B18: Sosialisasi", "Capaian Target: selesai", "Nilai: 100%", "Proses Kokreasi: rapat"] * 3
TEXT = " ".join([*ROWS_2022, "Komitmen 1", "Ukuran Keberhasilan 1: data"])
PROSE = "Komitmen 2 terkait Ukuran Keberhasilan ini dan Capaian Target semester lalu"


def test_cell_labels_count_only_where_they_open_a_cell() -> None:
    in_cells = evidence_of(ROWS_2022, ["Komitmen 1", "Ukuran Keberhasilan 1: data"], PROSE, None)
    in_prose = evidence_of([f"Rencana: {PROSE}"], [PROSE, f"Lihat {PROSE}"], PROSE, None)
    assert fit(G21, in_cells).explains
    claimed = fit(G21, in_prose)
    assert claimed.required and not claimed.explains  # its `[detect] required` phrases are all in the prose
    with pytest.raises(UnknownReportError, match="no grammar matches"):
        choose([G21, G22], in_prose)


def test_periods_and_title_tell_two_editions_with_the_same_labels_apart() -> None:
    ev = evidence_of(ROWS_2022, ["Komitmen 1"], TEXT, None, cover="Laporan ... Semester I dan II Tahun 2022")
    a, b = fit(G21, ev), fit(G22, ev)
    assert a.cells == b.cells and a.headings == b.headings
    assert b.title and not a.title and b.score == a.score + TITLE_WEIGHT
    assert choose([G21, G22], ev) is G22
    rows_2021 = [r.replace("B18", "B06") for r in ROWS_2022]
    ev21 = evidence_of(rows_2021, ["Komitmen 1"], TEXT, "… Tahun 2021")
    assert fit(G22, ev21).periods == 0 and fit(G21, ev21).periods == 3
    assert choose([G22, G21], ev21) is G21
    assert [f.grammar for f in rank([G22, G21], ev21)] == [G21, G22]


def test_a_tie_names_the_candidates() -> None:
    ev = evidence_of(ROWS_2022, ["Komitmen 1"], TEXT, None)  # no title: 2021 and 2022 read it alike
    with pytest.raises(GrammarError, match="monev-2021.*monev-2022|monev-2022.*monev-2021"):
        choose([G21, G22], ev)


def test_the_title_is_looked_for_on_the_cover_only() -> None:
    ev = evidence_of(ROWS_2022, [], TEXT + " rencana aksi Tahun 2022" * 5, "Laporan Tahun 2021")
    assert fit(G21, ev).title and not fit(G22, ev).title


def test_a_cover_title_hyphenated_at_a_line_end_still_names_the_edition() -> None:
    """WebKit hyphenates the cover title ("Ta‐" + "hun 2022"): the words joined name 2022, not a tie."""
    for hyphen in ("\u2010", "-", "\u00ad"):
        cover = f"Laporan ... Semester I dan II Ta{hyphen} hun 2022"
        ev = evidence_of(ROWS_2022, ["Komitmen 1"], TEXT, None, cover=cover)
        assert fit(G22, ev).title and not fit(G21, ev).title
        assert choose([G21, G22], ev) is G22
    ev = evidence_of(ROWS_2022, ["Komitmen 1"], TEXT, None, cover="Laporan pra- dan pasca Tahun 2022")
    assert "pra- dan pasca" in ev.front  # the printed reading is kept
