"""Detection scores each grammar on where its words stand, never on prose alone."""

from __future__ import annotations

from dataclasses import replace

import pytest

import ogi_extract
from ogi_extract.errors import GrammarError, UnknownReportError
from ogi_extract.grammar import grammar_from_dict, load_grammar
from ogi_extract.grammar.detect import TITLE_WEIGHT, choose, evidence_of, fit, rank
from ogi_extract.synth import make_report
from ogi_extract.synth.content import SpecParams
from ogi_extract.synth.wording import from_grammar

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


def test_a_report_printing_only_the_later_periods_is_the_later_edition() -> None:
    """The 2021 grammar accepts B18 and B24 too: without a title both scored alike and detection refused."""
    ev = evidence_of(ROWS_2022, ["Komitmen 1"], TEXT, None)  # no title: the periods alone tell
    a, b = fit(G21, ev), fit(G22, ev)
    assert a.score == b.score and a.periods == b.periods == 3
    assert a.unprinted == ("B06", "B12", "B24") and b.unprinted == ("B24",)
    assert choose([G21, G22], ev) is G22 and choose([G22, G21], ev) is G22
    assert [f.grammar for f in rank([G21, G22], ev)] == [G22, G21]
    both = [r.replace("B18", p) for p in ("B18", "B24") for r in ROWS_2022[:4]]
    assert choose([G21, G22], evidence_of(both, [], TEXT, None)) is G22


def test_a_report_printing_the_earlier_periods_stays_the_earlier_edition() -> None:
    rows = [r.replace("B18", p) for p in ("B06", "B12", "B18", "B24") for r in ROWS_2022[:4]]
    ev = evidence_of(rows, [], TEXT, None)
    assert fit(G21, ev).periods == 4 and fit(G22, ev).periods == 2
    assert choose([G22, G21], ev) is G21
    # a cover naming 2022 outweighs the periods
    assert choose([G21, G22], evidence_of(rows, [], TEXT, None, cover="Semester I dan II Tahun 2022")) is G22


def test_a_tie_names_the_candidates_and_what_to_pass() -> None:
    rows = [r.replace("B18", "B30") for r in ROWS_2022]  # a period neither edition prints, no title
    ev = evidence_of(rows, ["Komitmen 1"], TEXT, None)
    assert fit(G21, ev).explains and fit(G22, ev).explains and not fit(G22, ev).printed
    with pytest.raises(GrammarError, match="monev-2021.*monev-2022.*--grammar|monev-2022.*monev-2021.*--grammar"):
        choose([G21, G22], ev)


def test_twin_grammars_stay_a_tie_even_on_their_periods() -> None:
    twin = grammar_from_dict({**G22.raw, "edition": {**G22.raw["edition"], "id": "twin-2022"}})
    ev = evidence_of(ROWS_2022, ["Komitmen 1"], TEXT, None)
    with pytest.raises(GrammarError, match="monev-2022.*twin-2022.*--grammar"):
        choose([G21, G22, twin], ev)


def test_the_title_is_found_through_a_word_broken_at_a_line_end() -> None:
    for dash in ("\N{HYPHEN}", "-", "\N{SOFT HYPHEN}"):
        cover = f"Laporan Monitoring dan Evaluasi RAN OGI 2020-2022 Semester I dan II Ta{dash} hun 2022"
        rows = [r.replace("B18", "B06") for r in ROWS_2022]  # the 2021 periods: the title must decide
        ev = evidence_of(rows, [], TEXT, None, cover=cover)
        assert fit(G22, ev).title and not fit(G21, ev).title
        assert choose([G21, G22], ev) is G22


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


def _untitled_2022(periods: tuple[str, ...]) -> bytes:
    """A report in the 2022 wording whose cover and metadata name no year, printing `periods`."""
    wording = replace(from_grammar("monev-2022"), title="Laporan Monitoring dan Evaluasi RAN OGI 2020-2022",
                      periods=periods)
    return make_report(3, params=SpecParams(wording=wording)).pdf


def test_a_2022_report_without_its_year_on_the_cover_is_read_as_2022() -> None:
    pdf = _untitled_2022(("B18", "B24"))
    report = ogi_extract.parse(pdf)
    assert report.source.grammar == "monev-2022"
    assert {t.period for t in report.targets} == {"B18", "B24"}


def test_a_report_nothing_tells_apart_is_a_typed_error_naming_the_grammar_option() -> None:
    pdf = _untitled_2022(("B30",))
    with pytest.raises(GrammarError, match="monev-2021.*monev-2022.*--grammar"):
        ogi_extract.parse(pdf)
    assert ogi_extract.parse(pdf, grammar="monev-2022").targets
