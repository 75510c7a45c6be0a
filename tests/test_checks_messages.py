"""The audit's catalogue: every message in both languages, every check named, plurals right."""

from __future__ import annotations

import re

import pytest

from ogi_extract.checks.messages import LANGUAGES, MESSAGES, check_title, count, number, placeholders, say, text

# Words of an English sentence that Indonesian never uses (each between spaces).
ENGLISH = ("is", "are", "the", "of", "and", "but", "has", "in", "to", "from", "which", "its", "their", "not")


def english_words(sentence: str) -> list[str]:
    """The English words of a sentence, outside what it quotes from the report (“...”)."""
    unquoted = re.sub(r"“[^”]*”", "“”", sentence)
    return [w for w in ENGLISH if f" {w} " in f" {unquoted.lower()} "]


def test_every_message_has_every_language() -> None:
    missing = [(key, lang) for key, entry in MESSAGES.items() for lang in LANGUAGES if not entry.get(lang)]
    assert missing == []


def test_every_message_fills_the_same_fields_in_every_language() -> None:
    differ = {
        key: {lang: sorted(placeholders(entry[lang])) for lang in LANGUAGES}
        for key, entry in MESSAGES.items()
        if len({frozenset(placeholders(entry[lang])) for lang in LANGUAGES}) > 1
    }
    assert differ == {}


def test_plural_forms_are_english_only_and_in_pairs() -> None:
    # `{n:one|other}` in English; Indonesian does not inflect, so its templates have none.
    for key, entry in MESSAGES.items():
        assert not re.search(r"\{\w+:[^}]*\|", entry["id"]), key
        for forms in re.findall(r"\{\w+:([^}]*)\}", entry["en"]):
            assert forms.count("|") == 1, (key, forms)


def test_sentences_are_translated_not_copied() -> None:
    sentences = {key: entry for key, entry in MESSAGES.items() if entry["en"].endswith(".")}
    assert len(sentences) > 35
    assert [key for key, entry in sentences.items() if entry["id"] == entry["en"]] == []
    assert {key: english_words(entry["id"]) for key, entry in sentences.items() if english_words(entry["id"])} == {}


def test_every_check_of_the_audit_has_a_title() -> None:
    from ogi_extract.checks.catalogue import CATALOGUE

    checks = {check.id for check in (CATALOGUE.values() if isinstance(CATALOGUE, dict) else CATALOGUE)}
    assert len(checks) > 20
    assert sorted(c for c in checks if f"check.{c}" not in MESSAGES) == []
    assert check_title("nosuch-check") == "nosuch-check"


@pytest.mark.parametrize(
    ("key", "n", "lang", "want"),
    [("error", 1, "en", "1 error"), ("error", 19, "en", "19 errors"), ("error", 0, "en", "0 errors"),
     ("error", 19, "id", "19 galat"), ("error", 1, "id", "1 galat"), ("target_rows", 1, "en", "1 target row"),
     ("warning", 2, "id", "2 peringatan")],
)
def test_plurals(key: str, n: int, lang: str, want: str) -> None:
    assert count(key, n, lang) == want


def test_fields_are_filled_and_unknown_languages_fall_back() -> None:
    assert text("title", "id", file="a.pdf") == "Audit a.pdf"
    assert text("title", "fr", file="a.pdf") == "Audit of a.pdf"


_LINE = {"table": "Tabel 9", "kind": "OMS", "grade": "Baik", "derived": 40}


@pytest.mark.parametrize(
    ("n", "lang", "want"),
    [(1, "en", "Tabel 9 (OMS) states 1 Baik target; the detail has 40."),
     (39, "en", "Tabel 9 (OMS) states 39 Baik targets; the detail has 40."),
     (0, "en", "Tabel 9 (OMS) states 0 Baik targets; the detail has 40."),
     (1, "id", "Tabel 9 (OMS) menyebut 1 target Baik, rincian menghitung 40."),
     (39, "id", "Tabel 9 (OMS) menyebut 39 target Baik, rincian menghitung 40.")],
)
def test_a_sentence_takes_the_plural_of_its_number(n: int, lang: str, want: str) -> None:
    assert say("percent-line-detail.count", {**_LINE, "count": n}, lang) == want


@pytest.mark.parametrize(
    ("misses", "en", "id"),
    [([7], "misses commitment 7.", "tidak sesuai untuk komitmen 7."),
     ([7, 16], "misses commitments 7 and 16.", "tidak sesuai untuk komitmen 7 dan 16."),
     ([2, 7, 16], "misses commitments 2, 7 and 16.", "tidak sesuai untuk komitmen 2, 7, dan 16.")],
)
def test_a_list_takes_the_plural_of_its_length_and_ends_with_and(misses: list[int], en: str, id: str) -> None:
    params = {"rule": "mean", "how": {"id": "how.mean", "params": {}}, "default": "", "fits": 16, "total": 18,
              "dist": {"id": "dist.admin", "params": {}}, "misses": misses}
    assert say("grade-rule-fit.misses", params, "en").endswith(en)
    assert say("grade-rule-fit.misses", params, "id").endswith(id)


def test_numbers_are_written_as_the_language_writes_them() -> None:
    assert [number(70.2, "en"), number(70.2, "id"), number(100.0, "id"), number(7, "id")] == ["70.2", "70,2", "100", "7"]
    params = {"table": "Tabel 9", "kind": "OMS", "percent": 67, "grade": "Baik", "derived": 40, "whole": 57,
              "exact": 70.2}
    assert say("percent-line-detail.percent", params, "id").endswith("40 dari 57 target (70,2%).")
    assert say("percent-line-detail.percent", params, "en").endswith("40 of 57 targets (70.2%).")


def test_phrases_nest_in_the_language_of_the_sentence() -> None:
    how = {"id": "how.latest", "params": {"what": {"id": "how.na", "params": {"what": {"id": "how.mean", "params": {}}, "na": 0}}}}
    params = {"number": 7, "published": "Cukup", "how": how, "value": 83.3, "grade": "Baik"}
    assert say("grade.differs", params, "en") == (
        "Commitment 7 is published as Cukup, but the mean with N/A as 0 over the latest period only of its "
        "targets is 83.3, which grades Baik."
    )
    assert say("grade.differs", params, "id") == (
        "Komitmen 7 diterbitkan dengan kategori Cukup, tetapi rata-rata dengan N/A bernilai 0 atas periode terakhir "
        "saja targetnya 83,3, yang termasuk kategori Baik."
    )
