"""Name matching: printed names resolve to the right registry entry, and nothing else does.

The labelled set (tests/data/match_cases.json) was written by hand before the
resolver: realistic spellings that the report does not print, each with the id it
names, and names that must not match any entry.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from ogi_extract.errors import OgiError
from ogi_extract.match import NameRules, Registry, resolve, resolve_title
from ogi_extract.match.cli import match_command
from ogi_extract.match.resolver import MATCH_SCORE
from ogi_extract.match.scoring import name_score

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "samples" / "monev-2021" / "reference"
CASES = json.loads((ROOT / "tests" / "data" / "match_cases.json").read_text(encoding="utf-8"))


def _ref(name: str) -> Any:
    return json.loads((REFERENCE / name).read_text(encoding="utf-8"))


REGISTRY_JSON = _ref("implementers.json")
COMMITMENTS = _ref("monev-2021.commitments.json")
SUMMARY = _ref("monev-2021.summary.json")
ALIAS_ID = {alias: e["id"] for e in REGISTRY_JSON for alias in e["aliases"]}
DETAIL_TITLES = {c["number"]: c["title"] for c in COMMITMENTS["commitments"]}


def _printed_names() -> list[str]:
    headings = {b["implementer"] for c in COMMITMENTS["commitments"] for b in c["blocks"]}
    table7 = {n for row in SUMMARY["commitment_implementers"] for n in row["implementers"]}
    return sorted(headings | table7)


PRINTED = _printed_names()


# --- the registry -----------------------------------------------------------


def test_shipped_registry_is_the_reference_registry() -> None:
    assert Registry.load().to_json() == REGISTRY_JSON
    assert Registry.default() is Registry.default()


def test_registry_rejects_malformed_files(tmp_path: Path) -> None:
    cases = {
        "not-json": "{",
        "not-a-list": '{"id": "X"}',
        "bad-kind": '[{"id": "X", "name": "X", "kind": "NGO", "aliases": []}]',
        "no-name": '[{"id": "X", "kind": "OMS", "aliases": []}]',
        "duplicate": '[{"id": "X", "name": "X", "kind": "OMS"}, {"id": "X", "name": "Y", "kind": "OMS"}]',
        "extra-field": '[{"id": "X", "name": "X", "kind": "OMS", "alias": ["x"]}]',
    }
    for label, text in cases.items():
        path = tmp_path / f"{label}.json"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(OgiError):
            Registry.load(path)
    with pytest.raises(OgiError, match="not found"):
        Registry.load(tmp_path / "missing.json")


def _registry(entries: list[dict[str, Any]]) -> Registry:
    from ogi_extract.match.registry import _entry_from_json

    return Registry(tuple(_entry_from_json(e, "<test>") for e in entries))


def test_extend_adds_entries_and_merges_spellings() -> None:
    kpk = {"id": "KPK", "name": "Komisi Pemberantasan Korupsi", "kind": "K/L", "aliases": ["KPK"]}
    extra_icw = {"id": "ICW", "name": "Indonesia Corruption Watch", "kind": "OMS", "aliases": ["I.C.W."]}
    base = Registry.default()
    grown = base.extend(_registry([kpk, extra_icw]))
    assert len(grown) == len(base) + 1
    assert grown["ICW"].aliases == ("ICW", "Indonesia Corruption Watch (ICW)", "I.C.W.")
    assert resolve("Komisi Pemberantasan Korupsi (KPK)", grown).id == "KPK"
    assert resolve("I.C.W.", grown).method == "exact"
    # The shipped registry is untouched.
    assert "KPK" not in base and resolve("Komisi Pemberantasan Korupsi (KPK)").status != "matched"


def test_an_alias_two_entries_share_is_ambiguous() -> None:
    reg = _registry(
        [
            {"id": "A", "name": "Lembaga Satu", "kind": "K/L", "aliases": ["LS"]},
            {"id": "B", "name": "Lembaga Sebelah", "kind": "K/L", "aliases": ["LS"]},
        ]
    )
    res = resolve("LS", reg)
    assert (res.status, res.id, res.kind, res.candidates) == ("ambiguous", None, "K/L", ["A", "B"])
    assert resolve("ls", reg).status == "ambiguous"


# --- names printed in the report --------------------------------------------


@pytest.mark.parametrize("name", PRINTED)
def test_every_printed_name_resolves_exactly(name: str) -> None:
    res = resolve(name)
    assert (res.status, res.id, res.method, res.score) == ("matched", ALIAS_ID[name], "exact", 100.0)
    assert res.kind == next(e["kind"] for e in REGISTRY_JSON if e["id"] == ALIAS_ID[name])


def test_printed_names_cover_the_registry() -> None:
    assert len(PRINTED) == 61
    assert {ALIAS_ID[n] for n in PRINTED} == {e["id"] for e in REGISTRY_JSON}


@pytest.mark.parametrize("name", PRINTED)
def test_printed_names_survive_case_and_spacing(name: str) -> None:
    for variant in (name.upper(), name.lower(), "  " + name.replace(" ", "  ") + " "):
        res = resolve(variant)
        assert (res.status, res.id) == ("matched", ALIAS_ID[name]), variant


def test_lkpp_table_and_detail_spellings_agree() -> None:
    table7 = resolve("Lembaga Pengadaan Barang/Jasa Pemerintah (LKPP)")
    detail = resolve("Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah (LKPP)")
    assert table7.id == detail.id == "LKPP"


# --- the labelled set --------------------------------------------------------


def test_labelled_set_is_large_and_new() -> None:
    spellings = {s for e in Registry.default() for s in e.spellings}
    new = [c for c in CASES["match"] if c["name"] not in spellings]
    assert len(new) >= 60
    assert not [c for c in CASES["match"] if c["name"] in ALIAS_ID]
    assert len(CASES["no_match"]) >= 20
    ids = {e["id"] for e in REGISTRY_JSON}
    assert all(c["id"] in ids for c in CASES["match"])


def test_labelled_set_precision_and_recall() -> None:
    correct = wrong = 0
    misses: list[str] = []
    for case in CASES["match"]:
        res = resolve(case["name"])
        if res.status == "matched" and res.id == case["id"]:
            correct += 1
        elif res.status == "matched":
            wrong += 1
            misses.append(f"WRONG {case['name']!r}: {res.id}, expected {case['id']}")
        else:
            misses.append(f"miss  {case['name']!r}: {res.status} {res.score} {res.candidates}")
    for case in CASES["no_match"]:
        res = resolve(case["name"])
        if res.status == "matched":
            wrong += 1
            misses.append(f"FALSE {case['name']!r}: matched {res.id}")
    precision = correct / (correct + wrong) if correct + wrong else 0.0
    recall = correct / len(CASES["match"])
    print(
        f"\nname matching: precision {precision:.1%}, recall {recall:.1%} "
        f"({correct}/{len(CASES['match'])} matched, {len(CASES['no_match'])} names that must not match)"
    )
    for line in misses:
        print("  " + line)
    assert precision == 1.0, misses
    assert recall >= 0.95, misses


@pytest.mark.parametrize("case", CASES["no_match"], ids=lambda c: c["name"])
def test_names_outside_the_registry_do_not_match(case: dict[str, str]) -> None:
    res = resolve(case["name"])
    assert res.status != "matched", res
    assert res.id is None


# --- behaviour ---------------------------------------------------------------


def test_a_name_and_its_acronym_that_disagree_are_ambiguous() -> None:
    res = resolve("Komisi Informasi Pusat (KPU)")
    assert (res.status, res.kind) == ("ambiguous", "K/L")
    assert set(res.candidates) == {"KIP", "KPU"}


def test_an_unknown_name_offers_its_near_entries() -> None:
    res = resolve("Kementerian Luar Negeri")
    assert res.status == "unknown" and "Kemendagri" in res.candidates
    assert res.score < MATCH_SCORE


def test_empty_names_are_unknown() -> None:
    for text in ("", "   ", "RI", "-"):
        assert resolve(text).status == "unknown"


def test_methods_are_named() -> None:
    assert resolve("Kementerian Hukum dan HAM").method == "exact"
    assert resolve("Kemenkumham").method == "normalized"
    assert resolve("LAN RI").method == "acronym"
    assert resolve("Kementrian Dalam Negri").method == "fuzzy"


def test_units_are_not_their_ministry() -> None:
    assert resolve("BPHN Kemenkumham RI").id == "BPHN"
    assert resolve("Kemenkumham RI").id == "Kemenkumham"
    assert resolve("Ditjen PAS").id == "DitjenPAS"


def test_canonical_forms_agree() -> None:
    rules = NameRules.default()
    same = [
        ("Kemenkumham", "Kementerian Hukum dan Hak Asasi Manusia RI"),
        ("Kementerian PAN-RB", "KemenPANRB"),
        ("Kementerian PPN/Bappenas", "BAPPENAS"),
        ("Ministry of Home Affairs", "Kemendagri"),
        ("Polri", "Kepolisian Negara Republik Indonesia"),
        ("Kementerian Hukum & HAM", "kementerian hukum dan ham"),
    ]
    for a, b in same:
        assert rules.canonical(a) == rules.canonical(b), (a, b)
    assert rules.canonical("Kementerian Luar Negeri") != rules.canonical("Kementerian Dalam Negeri")


def test_one_different_word_outweighs_shared_letters() -> None:
    rules = NameRules.default()
    luar, dalam = rules.canonical("Kementerian Luar Negeri"), rules.canonical("Kementerian Dalam Negeri")
    typo = rules.canonical("Kementrian Dalam Negri")
    assert name_score(luar, dalam, rules.weight) < MATCH_SCORE <= name_score(typo, dalam, rules.weight)
    assert name_score(luar, dalam, rules.weight) == pytest.approx(name_score(dalam, luar, rules.weight))


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gets_a_valid_answer(text: str) -> None:
    res = resolve(text)
    assert res.status in ("matched", "ambiguous", "unknown")
    if res.status == "matched":
        assert res.id in Registry.default() and res.kind == Registry.default()[res.id].kind
    else:
        assert res.id is None


# --- commitment titles -------------------------------------------------------


def test_summary_titles_resolve_to_their_commitments() -> None:
    expected = {c["title"]: c["number"] for c in CASES["titles"]}
    for group in ("commitment_admin", "commitment_cocreation"):
        numbers: list[int] = []
        for grade, titles in SUMMARY[group]["lists"].items():
            for title in titles:
                res = resolve_title(title, DETAIL_TITLES)
                assert (res.status, res.number) == ("matched", expected[title]), (group, grade, title, res)
                numbers.append(res.number)
        # Tables 1-3 and 4-6 each sort all 18 commitments once.
        assert sorted(numbers) == list(range(1, 19)), group


def test_table7_titles_resolve_to_their_printed_numbers() -> None:
    for row in SUMMARY["commitment_implementers"]:
        res = resolve_title(row["title"], DETAIL_TITLES)
        assert (res.status, res.number) == ("matched", row["number"]), (row["title"], res)


def test_contract_title_from_the_brief() -> None:
    res = resolve_title("Keterbukaan Kontrak di Sektor Pengadaan Barang dan Jasa Pemerintah", DETAIL_TITLES)
    assert (res.number, res.method) == (1, "fuzzy")


@pytest.mark.parametrize("case", CASES["titles_no_match"], ids=lambda c: c["title"])
def test_titles_that_name_no_single_commitment(case: dict[str, str]) -> None:
    assert resolve_title(case["title"], DETAIL_TITLES).status != "matched"


def test_a_title_shared_by_two_commitments_is_ambiguous() -> None:
    res = resolve_title("Penguatan Portal Informasi", DETAIL_TITLES)
    assert (res.status, res.number, res.candidates) == ("ambiguous", None, [7, 15])
    assert resolve_title("", DETAIL_TITLES).status == "unknown"
    assert resolve_title("Penguatan Portal Informasi", {}).status == "unknown"


# --- the command -------------------------------------------------------------


def test_command_prints_one_line_per_name() -> None:
    result = CliRunner().invoke(match_command, ["Kemenkumham", "Kementerian Pertanian", "Komisi Informasi Pusat (KPU)"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert lines[0].split("\t")[:2] == ["Kemenkumham", "Kemenkumham (K/L)"]
    assert lines[1].split("\t")[1].startswith("unknown")
    assert lines[2].split("\t")[1].startswith("ambiguous: KIP, KPU")


def test_command_json_and_own_registry(tmp_path: Path) -> None:
    own = tmp_path / "own.json"
    own.write_text(
        json.dumps([{"id": "KPK", "name": "Komisi Pemberantasan Korupsi", "kind": "K/L", "aliases": ["KPK"]}]),
        encoding="utf-8",
    )
    runner = CliRunner()
    result = runner.invoke(match_command, ["--registry", str(own), "--format", "json", "KPK", "Kemensos"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert [(p["name"], p["status"], p["id"]) for p in payload] == [
        ("KPK", "matched", "KPK"),
        ("Kemensos", "matched", "Kemensos"),
    ]
    replaced = runner.invoke(match_command, ["--registry", str(own), "--replace", "--format", "json", "Kemensos"])
    assert json.loads(replaced.stdout)[0]["status"] == "unknown"


def test_command_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(match_command, []).exit_code == 2
    assert runner.invoke(match_command, ["--replace", "KIP"]).exit_code == 2
    bad = tmp_path / "bad.json"
    bad.write_text("[1]", encoding="utf-8")
    result = runner.invoke(match_command, ["--registry", str(bad), "KIP"])
    assert result.exit_code == OgiError.exit_code
    assert ": error: " in result.stderr


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("OMS Sektor Keadilan: IJRS, LeIP", "OMS-SK"),
        ("OMS Sektor Keadilan: LBH Bandung, PBHI, LBH APIK Jakarta, IJRS", "OMS-SK"),
    ],
)
def test_a_coalition_named_with_its_members_is_the_coalition(name: str, entry: str) -> None:
    found = resolve(name)
    assert (found.status, found.id) == ("matched", entry)
    assert found.method.startswith("group/")


def test_a_colon_after_an_unknown_name_resolves_nothing() -> None:
    assert resolve("Forum Warga Entah: IJRS, LeIP").status == "unknown"


def test_entries_sharing_no_word_are_not_scored_and_the_ranking_is_unchanged() -> None:
    from ogi_extract.match.keys import index_for
    from ogi_extract.match.resolver import _entry_scores, _near_tokens

    rules = NameRules.default()
    index = index_for(Registry.default(), rules)
    names = ["Kementrian Dalam Negri", "Badan Pusat Statistk", "Komisi Informasi Pusat Jakarta", "Lembaga Xyzabc"]
    for name in names:
        form = rules.canonical(name)
        every: dict[str, float] = {}
        for key in index.fuzzy:  # every key scored, as a reader without the shortcut would
            score = name_score(form, key.tokens, rules.weight)
            if score > every.get(key.entry_id, 0.0):
                every[key.entry_id] = score
        assert [(s.entry_id, s.score) for s in _entry_scores(index, [form])] == sorted(
            ((i, s) for i, s in every.items() if s > 0), key=lambda p: (-p[1], p[0])
        )
    near = _near_tokens(rules.canonical("Lembaga Xyzabc"), index.fuzzy)
    assert "xyzabc" not in near


def test_word_similarity_is_symmetric() -> None:
    """name_score compares each pair of words once, for both directions."""
    from ogi_extract.match.scoring import word_similarity

    rules = NameRules.default()
    words = [*rules.canonical("Kementrian Hukum dan HAM RI Pusat"), *rules.canonical("Kementerian Hukum Asasi Manusia")]
    for a in words:
        for b in words:
            assert word_similarity(a, b) == word_similarity(b, a), (a, b)
    a, b = rules.canonical("Kementrian Hukum dan HAM RI"), rules.canonical("Kementerian Hukum dan Hak Asasi Manusia")
    assert name_score(a, b, rules.weight) == pytest.approx(name_score(b, a, rules.weight))
    assert name_score(a, a, rules.weight) == 100.0
