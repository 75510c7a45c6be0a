"""One label fold: every stage reads "Semi‐Aktif", "Semi – Aktif" and "SEMI AKTIF" as one label.

The parser, the audit's vocabulary and the front matter's list captions once
folded labels three ways; "Semi‐Aktif" (U+2010) was "Semi Aktif" to the parser
and nothing to the audit. Now they share `fold_label` through the one grammar.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import ogi_extract
from ogi_extract.frontmatter.read import FrontMatterReader
from ogi_extract.grammar import Grammar, fold_label, load_grammar
from ogi_extract.grammar.normalize import cocreation
from ogi_extract.synth import make_report
from ogi_extract.synth.content import SpecParams
from ogi_extract.synth.wording import DEFAULT_WORDING

G = load_grammar("monev-2021")
VARIANTS = [
    "Semi Aktif",
    "Semi-Aktif",
    "Semi\u2010Aktif",  # hyphen
    "Semi\u2011Aktif",  # non-breaking hyphen
    "Semi – Aktif",  # en dash with spaces
    "Semi—Aktif",  # em dash
    "Semi\u00adAktif",  # soft hyphen
    "SEMI  AKTIF",
    "semiaktif",
    " Semi\tAktif ",
]


def _caption_grade(caption: str, legend: list[str], grammar: Grammar = G) -> str | None:
    reader = FrontMatterReader.__new__(FrontMatterReader)
    reader.rules, reader.fm = grammar.audit_rules, grammar.frontmatter
    return reader._caption_grade(caption, legend)


@pytest.mark.parametrize("printed", VARIANTS)
def test_every_stage_folds_a_label_variant_the_same_way(printed: str) -> None:
    assert fold_label(printed) == "semiaktif"
    assert cocreation(printed, G) == "Semi Aktif"  # the parser's normalised value
    assert G.audit_rules.normalise_cocreation(printed) == "Semi Aktif"  # the audit's
    assert G.audit_rules.normalise_grade(printed) == "Semi Aktif"  # a legend or sentence of the front matter
    # a list caption of the front matter ends with the grade, as printed in any variant
    legend = ["Aktif", "Semi-Aktif", "Pasif"]
    assert _caption_grade(f"Daftar Komitmen dengan Capaian Ko-kreasi {printed}", legend) == "Semi-Aktif"


def test_a_longer_label_wins_over_its_tail_and_words_stay_words() -> None:
    legend = ["Aktif", "Semi Aktif", "Pasif"]
    assert _caption_grade("Tabel 5. Komitmen dengan Ko-kreasi Aktif", legend) == "Aktif"
    assert _caption_grade("Tabel 5. Komitmen dengan Ko-kreasi Semi–Aktif", legend) == "Semi Aktif"
    assert fold_label("N/A") == "n/a" and fold_label("K/L") != fold_label("KL")


def test_printed_variants_read_back_normalised_from_a_rendered_report() -> None:
    printed = (("Semi – Aktif", 0.3), ("SEMI AKTIF", 0.3), ("Semi-Aktif", 0.2), ("semi aktif", 0.2))
    wording = replace(DEFAULT_WORDING, cocreation_labels=printed)
    synth = make_report(5, params=SpecParams(wording=wording))
    report = ogi_extract.parse(synth.pdf, grammar="monev-2021")
    labels = [t for t in report.targets if t.cocreation_label]
    assert {t.cocreation_label for t in labels} <= {p for p, _ in printed}
    assert len({t.cocreation_label for t in labels}) >= 2
    assert {t.cocreation for t in labels} == {"Semi Aktif"}
    assert all(G.audit_rules.normalise_cocreation(t.cocreation_label) == "Semi Aktif" for t in labels)


def test_a_caption_names_its_grade_where_the_grammar_says_in_any_number_of_words() -> None:
    english = load_grammar(Path(__file__).resolve().parent / "data" / "grammars" / "ogi-en-2019.toml")
    grades = ["Good", "Fair", "Poor"]
    assert _caption_grade("List of Commitments with Good Administrative Achievement", grades, english) == "Good"
    cocreation = ["Active", "Semi-active", "Passive"]
    assert _caption_grade("Table 5. Commitments with Semi – Active Co-creation", cocreation, english) == "Semi-active"
    assert _caption_grade("Figure 3. Share of commitments per grade", grades, english) is None  # opens no list
