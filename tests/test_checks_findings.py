"""Every check's findings said in Indonesian and in English, in every format.

The 2021 transcription audited against its printed front matter, and against
that front matter broken one figure at a time, gives a finding of every check
of the catalogue (and every sentence variant of them). Each is said in both
languages from its message id and values: the Indonesian sentence is not the
English one and has no English word left outside what it quotes from the report,
both have every field filled in, and the JSON, text, Markdown and HTML formats
carry the sentence of the language asked.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache

import pytest

from ogi_extract.checks import audit, render
from ogi_extract.checks.catalogue import CATALOGUE
from ogi_extract.checks.derive import Aggregate
from ogi_extract.checks.distributions import _grade_words
from ogi_extract.checks.expected import expected_summary
from ogi_extract.checks.findings import Finding, in_lang
from ogi_extract.checks.messages import MESSAGES
from ogi_extract.models import Report, Resolution
from ogi_extract.models.summary import Phrase, Summary
from reference import reference_report, reference_summary, resolver, rules
from test_checks_messages import english_words


def _rename_row(s: Summary) -> None:
    table = s.target_admin_tables["K/L"]
    table.rows = {("Lainnya" if label.startswith("Baik") else label): row for label, row in table.rows.items()}


def _renumber_row(s: Summary) -> None:
    s.commitment_implementers[1].number.value = 99


def _retitle_row(s: Summary) -> None:
    s.commitment_implementers[0].title.value = "Judul lain di tabel 7"


def _drop_scale_step(s: Summary) -> None:
    s.score_scale.pop(1)  # Cukup


# The sentences the report states its counts in (the reference transcription keeps the numbers only).
STATED_WORDS = {
    "commitments": "melaksanakan {} Komitmen dengan",
    "targets_total": "Komitmen dengan {} Target Capaian",
    "ministries": "melibatkan {} Kementerian/Lembaga",
    "csos": "Lembaga dengan {} Organisasi Masyarakat Sipil",
    "targets_worked": "terdapat {} Target Capaian yang telah dikerjakan",
    "active_ministries": "Hanya terdapat {} Kementerian/Lembaga",
    "active_csos": "Lembaga dan {} OMS yang aktif",
}


def _stated_in_words(s: Summary) -> None:
    s.stated_counts["ministries"].value = 22
    for key, figure in s.stated_counts.items():
        figure.raw = STATED_WORDS[key].format(figure.value)


def _cut_table(s: Summary) -> None:
    table = s.target_admin_tables["OMS"]
    table.complete, table.incomplete_reason = False, "Tabel 9 ends at the foot of page 20 without its total row"


def _cut_table7(s: Summary) -> None:
    s.implementers_complete = False
    s.implementers_incomplete_reason = "Tabel 7 continues past page 12 and its rest was not found"


def _unreadable_detail() -> Report:
    """The detail misread three ways: a block heading read as a stray word, two rows read as one, a label lost."""
    report = reference_report()
    five = next(c for c in report.commitments if c.number == 5).blocks[1]
    five.implementer, five.implementer_match = "Mempelajari.", Resolution(status="unknown")
    three = next(c for c in report.commitments if c.number == 3).blocks[0]
    target, lost = three.targets
    three.targets = [target]
    target.score, target.score_value, target.grade = f"{target.score} Nilai {lost.score}", None, None
    six = next(c for c in report.commitments if c.number == 6).blocks[0].targets[0]
    six.label, six.period = None, None
    return report


# One broken figure each: together with the printed front matter they reach every check.
MUTATIONS: dict[str, Callable[[Summary], None]] = {
    "table cell": lambda s: setattr(s.target_admin_tables["K/L"].rows["Baik (70-100)"]["B06"], "value", 27),
    "table total": lambda s: setattr(s.target_admin_tables["OMS"].total["B12"], "value", 30),
    "line percent": lambda s: setattr(s.target_admin_tables["K/L"].published_percent[0].percent, "value", 79),
    "line count": lambda s: setattr(s.target_admin_tables["OMS"].published_percent[1].count, "value", 16),
    "pie percent": lambda s: setattr(s.commitment_admin.published_percent["Baik"], "value", 80),
    "stated grade count": lambda s: setattr(s.commitment_cocreation.published_count["Pasif"], "value", 4),
    "listed twice": lambda s: s.commitment_admin.lists["Kurang"].append(s.commitment_admin.lists["Baik"][0].model_copy()),
    "unknown title": lambda s: s.commitment_admin.lists["Baik"].__setitem__(0, Phrase(value="Sebuah judul yang tidak ada")),
    "unknown row": _rename_row,
    "stated targets worked": lambda s: setattr(s.stated_counts["targets_worked"], "value", 131),
    "implementer left out": lambda s: s.commitment_implementers[3].implementers.pop(1),
    "unknown implementer": lambda s: s.commitment_implementers[0].implementers.append(Phrase(value="Badan Antah Berantah")),
    "row of no commitment": _renumber_row,
    "title in table 7": _retitle_row,
    "scale": lambda s: setattr(s.score_scale[0].range, "value", "75-100"),
    "scale step missing": _drop_scale_step,
    "stated counts in words": _stated_in_words,
    "lists read in part": lambda s: setattr(s.commitment_admin, "complete", False),
    "table read in part": _cut_table,
    "table 7 read in part": _cut_table7,
}


def _apart(found: list[Finding], n: int) -> list[Finding]:
    """One audit's findings with ids of their own among the other audits' (an audit numbers its findings
    F1, F2 ... and links them by these ids: the formats show one audit, here many are shown as one)."""
    for f in found:
        f.id = f"A{n}.{f.id}"
        f.caused_by = f"A{n}.{f.caused_by}" if f.caused_by else None
    return found


@cache
def findings() -> tuple[Finding, ...]:
    report = reference_report()
    correct = expected_summary(report, rules(), reference_summary(), resolver())
    audits = [audit(report, summary=reference_summary(), grammar=rules(), resolve=resolver())]
    for mutate in MUTATIONS.values():
        summary = correct.model_copy(deep=True)
        mutate(summary)
        audits.append(audit(report, summary=summary, grammar=rules(), resolve=resolver()))
    audits.append(audit(reference_report(with_summary=False), grammar=rules(), resolve=resolver()))
    audits.append(audit(_unreadable_detail(), summary=reference_summary(), grammar=rules(), resolve=resolver()))
    unscored = reference_report()  # commitment 1, published as Baik, with no score left to grade
    for block in unscored.commitments[0].blocks:
        for target in block.targets:
            target.score, target.score_value, target.grade = None, None, None
    audits.append(audit(unscored, summary=reference_summary(), grammar=rules(), resolve=resolver()))
    return tuple(f for n, found in enumerate(audits) for f in _apart(found, n))


def one_of_each() -> list[Finding]:
    """The first finding of each sentence."""
    seen: dict[str, Finding] = {}
    for f in findings():
        seen.setdefault(f.message_id or "", f)
    return list(seen.values())


def test_every_check_of_the_catalogue_is_reached() -> None:
    assert sorted({f.check for f in findings()}) == sorted(CATALOGUE)


def test_every_finding_names_its_sentence_in_the_catalogue() -> None:
    assert [f.message_id for f in findings() if f.message_id not in MESSAGES] == []
    sentences = {f.message_id for f in findings()}
    variants = {key for key in MESSAGES if key.split(".")[0] in CATALOGUE}
    assert variants - sentences == set()
    # the sentences of commitment-grade and cocreation-grade; no score of this grammar falls below its scale
    assert {"grade.differs", "grade.no-value"} <= sentences


def test_a_value_below_every_grade_is_said_so() -> None:
    rule = rules().admin.rule("mean")
    words = _grade_words(1, "Baik", rule, Aggregate(None, -5.0, ()))
    assert words.say("en") == "Commitment 1 is published as Baik, but the mean of its targets is -5, which falls in no grade."
    assert words.say("id") == ("Komitmen 1 diterbitkan dengan kategori Baik, tetapi rata-rata targetnya -5, yang tidak "
                               "termasuk kategori mana pun.")


@pytest.mark.parametrize("finding", one_of_each(), ids=lambda f: f.message_id)
def test_the_indonesian_sentence_is_indonesian(finding: Finding) -> None:
    en, id_ = finding.in_lang("en").message, finding.in_lang("id").message
    assert en == finding.message  # built in English
    assert id_ != en
    assert english_words(id_) == [], id_
    for sentence in (en, id_):
        assert "{" not in sentence and "}" not in sentence and "None" not in sentence, sentence
        assert "|" not in sentence, sentence  # the plural forms chosen, not printed
        assert sentence[0].isupper() or sentence[0] in "“", sentence


def test_the_sentences_of_the_printed_front_matter() -> None:
    said = {f.in_lang("id").message for f in findings()}
    assert "Tabel 8 mencantumkan 26 target K/L berkategori Baik pada B06, rincian menghitung 27." in said
    assert "Tabel 9 (OMS) menyebut 67% Baik, rincian memberikan 40 dari 57 target (70,2%)." in said
    assert ("Komitmen 7 diterbitkan dengan kategori Cukup, tetapi rata-rata targetnya 83,3, yang termasuk "
            "kategori Baik.") in said
    assert any(s.startswith("Komitmen ") and " tidak tercantum dalam daftar kategori capaian administratif mana pun."
               in s for s in said)
    english = {f.message for f in findings()}
    assert "Tabel 9 (OMS) states 67% Baik; the detail gives 40 of 57 targets (70.2%)." in english
    assert ("Rule “mean” (mean) [default] reproduces 16 of 18 published administrative grades; "
            "misses commitments 7 and 16.") in english


def test_a_finding_read_back_from_json_is_said_again_in_either_language() -> None:
    for f in one_of_each():
        back = Finding.model_validate(json.loads(f.in_lang("id").model_dump_json()))
        assert back.message == f.in_lang("id").message
        assert back.in_lang("en").message == f.message
        assert back.params == f.params


def test_json_carries_the_sentence_in_the_language_asked_with_its_id_and_values() -> None:
    found = list(findings())
    for lang in ("id", "en"):
        out = render(found, "json", lang=lang)
        assert out == render(found, "json", lang=lang)  # deterministic
        data = json.loads(out)
        assert data["lang"] == lang
        want = {(f.message_id, f.in_lang(lang).message) for f in found}
        assert {(f["message_id"], f["message"]) for f in data["findings"]} == want


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_every_format_says_the_findings_in_the_language_asked(fmt: str) -> None:
    found = one_of_each()
    page = render(found, fmt, lang="id")
    escape = (lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
              .replace("'", "&#x27;")) if fmt == "html" else (lambda s: s.replace("|", "\\|") if fmt == "md" else s)
    for f in found:
        assert escape(f.in_lang("id").message) in page, f.message_id
        assert escape(f.message) not in page, f.message_id
    assert in_lang(found, "en") == found
