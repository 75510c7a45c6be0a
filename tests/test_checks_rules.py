"""The audit's reading of the grammar."""

from __future__ import annotations

import copy
import tomllib

import pytest

from ogi_extract.checks.rules import load_rules
from ogi_extract.errors import GrammarError
from reference import GRAMMAR


def _raw() -> dict:  # type: ignore[type-arg]
    return tomllib.loads(GRAMMAR.read_text(encoding="utf-8"))


def test_reads_the_2021_grammar() -> None:
    r = load_rules(GRAMMAR)
    assert [s.grade for s in r.score_scale] == ["Baik", "Cukup", "Kurang"]
    assert r.admin.default == "mean" and len(r.admin.rules) == 6
    assert r.cocreation.default == "mean" and len(r.cocreation.rules) == 4
    assert r.row_grade("Kinerja tidak dapat dinilai (N/A)") == "N/A"
    assert r.row_grade("Baik (70-100)") == "Baik"
    assert r.normalise_grade("Semi-Aktif") == "Semi Aktif"
    assert r.normalise_grade("baik") == "Baik"
    assert r.stated["ministries"].kind == "K/L"


def test_parsed_toml_is_accepted() -> None:
    assert load_rules(_raw()).accumulated_column == "Akumulasi"


@pytest.mark.parametrize(
    "breaks",
    [
        lambda g: g["audit"].pop("tables"),
        lambda g: g["audit"].__setitem__("percent_rounding", "bankers"),
        lambda g: g["audit"]["commitment_admin"].__setitem__("default", "nope"),
        lambda g: g["audit"]["commitment_admin"]["rules"].append({"id": "x", "statistic": "mode"}),
        lambda g: g["audit"]["stated"].__setitem__("csos", {"derive": "guess"}),
        lambda g: g["audit"]["tables"]["rows"].__setitem__("Baik", "(unclosed"),
    ],
)
def test_broken_grammar_is_a_grammar_error(breaks) -> None:  # type: ignore[no-untyped-def]
    raw = copy.deepcopy(_raw())
    breaks(raw)
    with pytest.raises(GrammarError):
        load_rules(raw)


def test_records_loaded_from_json_warn_when_their_grammar_changed(caplog: pytest.LogCaptureFixture) -> None:
    from ogi_extract.checks.rules import rules_for
    from ogi_extract.grammar import load_grammar
    from ogi_extract.models import Report

    g = load_grammar("monev-2021")
    report = Report.model_validate({"source": {"grammar": "monev-2021", "grammar_sha256": g.sha256}})
    assert report.grammar is None  # no grammar object travels through JSON
    with caplog.at_level("WARNING"):
        assert rules_for(report) is g.audit_rules
    assert not caplog.records
    report.source.grammar_sha256 = "0" * 64
    with caplog.at_level("WARNING"):
        rules_for(report)
    assert "another version of grammar monev-2021" in caplog.text
    report.grammar = g  # a parsed report keeps its grammar: nothing is looked up
    assert rules_for(report) is g.audit_rules
