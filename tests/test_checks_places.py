"""Where a figure is printed and how it was derived, shown in Indonesian and English.

The labels and rules of every finding of the audit (the same findings that reach
every check in tests/test_checks_findings.py) are shown in Indonesian with no word
of their English form left, while the report's own words in them (tables, rows,
grades, titles) stay as printed, and every format shows them so.
"""

from __future__ import annotations

import html
import re

import pytest

from ogi_extract.checks import render
from ogi_extract.checks.detail import _counted_as
from ogi_extract.checks.messages import MESSAGES, placeholders, say
from ogi_extract.checks.places import how, place
from test_checks_findings import findings, one_of_each
from test_checks_messages import english_words

# The families of phrases a label or a rule is said with.
FAMILIES = ("at.", "dist.", "stated.", "rule.", "counted.", "kind.", "round.")


def _words(template: str) -> set[str]:
    return set(re.findall(r"[a-z][a-z'-]+", re.sub(r"\{[^}]*\}", " ", template).lower()))


# Every English word of those phrases that their Indonesian forms do not use too.
ENGLISH = set().union(*(_words(e["en"]) for k, e in MESSAGES.items() if k.startswith(FAMILIES))) - set().union(
    *(_words(e["id"]) for k, e in MESSAGES.items() if k.startswith(FAMILIES))
)


def _english_left(shown: str) -> set[str]:
    unquoted = re.sub(r"“[^”]*”", "“”", shown)
    return (_words(unquoted) & ENGLISH) | set(english_words(unquoted))


def _labels() -> list[str]:
    return sorted({f.published.label for f in findings() if f.published})


def _rules() -> list[tuple[str, object]]:
    return sorted({(f.derived.rule, str(f.params.get("how"))): (f.derived.rule, f.params.get("how"))
                   for f in findings() if f.derived and f.derived.rule}.values(), key=str)


def test_the_english_words_to_look_for_are_the_phrases_words() -> None:
    assert {"stated", "commitment", "implementers", "percent", "count", "title", "score", "sum", "rounded"} <= ENGLISH
    assert "baik" not in ENGLISH and "k/l" not in ENGLISH


@pytest.mark.parametrize(
    ("label", "en", "id_"),
    [("administrative grades > commitment 7", "administrative grades > commitment 7",
      "kategori capaian administratif > komitmen 7"),
     ("co-creation grades > Pasif > percent", "co-creation grades > Pasif > percent", "kategori ko-kreasi > Pasif > persentase"),
     ("stated count > ministries", "stated count > ministries and agencies", "jumlah yang dinyatakan > kementerian/lembaga"),
     ("stated count > nosuch_key", "stated count > nosuch_key", "jumlah yang dinyatakan > nosuch_key"),
     ("commitments and implementers > 4 > implementers", "commitments and implementers > 4 > implementers",
      "komitmen dan pelaksana > 4 > daftar pelaksana"),
     ("score scale", "score scale", "skala nilai"),
     # the report's own words stay as printed, even one that spells a phrase of the catalogue
     ("list of Baik commitments > count", "list of Baik commitments > count", "daftar komitmen Baik > count"),
     ("Tabel 8 > Baik (70-100) > B06", "Tabel 8 > Baik (70-100) > B06", "Tabel 8 > Baik (70-100) > B06"),
     ("Tabel 9 > 81% (59)", "Tabel 9 > 81% (59)", "Tabel 9 > 81% (59)")],
)
def test_a_label_is_shown_from_its_parts(label: str, en: str, id_: str) -> None:
    assert (place(label, "en"), place(label, "id")) == (en, id_)


@pytest.mark.parametrize(
    ("rule", "described", "en", "id_"),
    [("'-' counted as none", None, "'-' counted as none", "'-' tidak dihitung"),
     ("'-' counted as N/A", None, "'-' counted as N/A", "'-' dihitung sebagai N/A"),
     ("count / total, rounded half_up", None, "count / total, rounded half up", "jumlah / total, dibulatkan setengah ke atas"),
     (_counted_as("listed_implementers", "K/L"), None,
      "implementers listed for the commitments, ministries and agencies (K/L) only",
      "pelaksana yang tercantum untuk komitmen, khusus kementerian/lembaga (K/L)"),
     ("half_even", None, "half to even", "setengah ke genap"),
     ("B06 + B12", None, "B06 + B12", "B06 + B12"),
     ("mean-kl-only", {"id": "how.kinds", "params": {"what": {"id": "how.mean", "params": {}}, "kinds": "K/L"}},
      "“mean-kl-only” (mean over K/L targets only)", "“mean-kl-only” (rata-rata atas target K/L saja)"),
     ("mean", None, "mean", "mean")],
)
def test_a_rule_is_shown_from_the_catalogue(rule: str, described: object, en: str, id_: str) -> None:
    assert (how(rule, "en", described), how(rule, "id", described)) == (en, id_)


def test_every_place_and_rule_of_the_audit_is_shown_in_indonesian() -> None:
    left = {label: _english_left(place(label, "id")) for label in _labels()}
    assert {label: words for label, words in left.items() if words} == {}
    left = {rule: _english_left(how(rule, "id", described)) for rule, described in _rules()}
    assert {rule: words for rule, words in left.items() if words} == {}


def test_every_phrase_of_a_place_and_a_rule_is_met_in_both_languages() -> None:
    """Each phrase a label or rule is made of occurs in the audit's findings, and its two languages differ."""
    said = " | ".join([*(place(label, "en") for label in _labels()), *(how(r, "en", d) for r, d in _rules())])
    phrases = [k for k in MESSAGES if k.startswith(("at.", "stated.", "rule.")) and k != "stated.figure"]
    assert len(phrases) > 25
    unmet = [k for k in phrases if not placeholders(MESSAGES[k]["en"]) and MESSAGES[k]["en"] not in said]
    assert unmet == []
    assert [k for k in phrases if MESSAGES[k]["en"] == MESSAGES[k]["id"]] == []


def test_a_stated_count_without_its_words_is_said_from_the_catalogue() -> None:
    bare = {f.message_id: f for f in findings() if (f.message_id or "").endswith(".figure")}
    assert set(bare) == {"stated-count.figure", "stated-not-derivable.figure"}
    said = {f.in_lang("id").message for f in findings()} | {f.message for f in findings()}
    assert "Teks menyebut 267 target capaian seluruhnya, jumlah yang tidak dapat dihitung ulang dari rincian." in said
    assert "The text states 267 targets in all, a count that cannot be re-derived from the detail." in said
    assert any(s.startswith("Teks menyebut 21 kementerian/lembaga; dihitung dari rincian sebagai pelaksana") for s in said)
    assert any(s.startswith("The text states 21 ministries and agencies; counted in the detail as implementers")
               for s in said)
    for f in bare.values():
        assert "=" not in f.message and english_words(f.in_lang("id").message) == []
    # a key the catalogue does not know is shown as it is keyed
    assert say("stated-not-derivable.figure", {"stated": "other_count = 3"}, "id").startswith("Teks menyebut other_count = 3,")


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_every_format_shows_the_places_in_the_language_asked(fmt: str) -> None:
    found = [f for f in one_of_each() if f.published]
    page = render(found, fmt, lang="id")
    unescaped = html.unescape(page) if fmt == "html" else page.replace("\\|", "|")
    heads = {"administrative grades", "co-creation grades", "stated count", "list of ", "commitments and implementers",
             "score scale"}
    assert [h for h in heads if h in unescaped] == []
    for f in found:
        assert place(f.published.label, "id") in unescaped, f.published.label
    english = render(found, fmt, lang="en")
    assert "stated count > " in (html.unescape(english) if fmt == "html" else english)


def test_the_page_shows_how_a_value_was_derived_in_its_language() -> None:
    found = list(findings())
    page = html.unescape(render(found, "html", lang="id"))
    notes = re.findall(r"\(cara: (.*?)\)</p>", page)
    assert "'-' tidak dihitung" in notes and "jumlah seluruh baris" in notes
    assert "“mean” (rata-rata)" in notes
    assert [n for n in notes if _english_left(n)] == []
    assert "(how: '-' counted as none)" in html.unescape(render(found, "html", lang="en"))
