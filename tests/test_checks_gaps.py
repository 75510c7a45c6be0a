"""Why a table was read in part, said in English and in Indonesian from one record.

Each kind of reason the front-matter reader records (`Gap`) must read as a
whole sentence in both languages: the English one word for word, the
Indonesian one without an English word left in it; only the report's own words
(a caption, the "Total" row it prints) and numbers may be in both. A table with
no caption read is named by its page, in each language. The words the reader
keeps (`Gap.words`, the summary's `incomplete_reason`) are the catalogue's.
"""

from __future__ import annotations

import pytest
import regex

from ogi_extract.checks.gaps import gap_reason, gap_wording
from ogi_extract.checks.messages import LANGUAGES, say
from ogi_extract.models.gaps import SHOWN, Gap

# the report's own words, the same in both sentences: its row label "Total" (the grammar's `total_row`)
PRINTED = {"total"}

SAMPLES = [
    (Gap(kind="cut", table="Tabel 3", page=11, cut_at=12),
     "Tabel 3 continues past page 12 and its rest was not found",
     "Tabel 3 berlanjut melewati halaman 12, tetapi lanjutannya tidak ditemukan"),
    (Gap(kind="cut", table=None, page=11, cut_at=12),
     "the table on page 11 continues past page 12 and its rest was not found",
     "tabel di halaman 11 berlanjut melewati halaman 12, tetapi lanjutannya tidak ditemukan"),
    (Gap(kind="numbering", table="Tabel 5", page=9, numbers=[1, 2, 4]),
     "Tabel 5: its rows are numbered 1, 2, 4, not 1 to 3",
     "Tabel 5: barisnya bernomor 1, 2, 4, bukan 1 sampai 3"),
    (Gap(kind="no-numbers", table=None, page=7),
     "the table on page 7: no numbered row was read",
     "tabel di halaman 7: tidak ada baris bernomor yang terbaca"),
    (Gap(kind="no-grade", table="Tabel 6", page=8),
     "Tabel 6 names no grade its legend has: not read",
     "Tabel 6 tidak menyebut kategori mana pun dari keterangannya: tidak dibaca"),
    (Gap(kind="no-header", table="Tabel 1", page=2),
     "Tabel 1 names a grade but its header row is no list's: not read",
     "Tabel 1 menyebut kategori, tetapi baris judulnya bukan judul daftar: tidak dibaca"),
    (Gap(kind="no-total", table="Tabel 9", page=20),
     "Tabel 9 has no total row",
     "Tabel 9 tidak memiliki baris Total"),
]


def _words(sentence: str) -> set[str]:
    return {w.casefold() for w in regex.findall(r"\p{L}+", sentence)}


def test_every_kind_of_reason_has_a_sample() -> None:
    kinds = set(Gap.model_fields["kind"].annotation.__args__)  # type: ignore[union-attr]
    assert {gap.kind for gap, _en, _id in SAMPLES} == kinds


@pytest.mark.parametrize(("gap", "english", "indonesian"), SAMPLES)
def test_a_reason_reads_in_each_language(gap: Gap, english: str, indonesian: str) -> None:
    assert gap_reason(gap) == gap_reason(gap, "en") == english
    assert gap_reason(gap, "id") == indonesian


@pytest.mark.parametrize(("gap", "english", "indonesian"), SAMPLES)
def test_the_reader_keeps_the_catalogues_words(gap: Gap, english: str, indonesian: str) -> None:
    for lang in LANGUAGES:
        assert gap.words(lang) == gap_reason(gap, lang)
    assert gap.words() == english


@pytest.mark.parametrize(("gap", "english", "indonesian"), SAMPLES)
def test_the_indonesian_finding_keeps_no_english_word(gap: Gap, english: str, indonesian: str) -> None:
    params = {"skipped": {"id": "skipped.admin", "params": {}}, "reason": gap_wording(gap)}
    en, id_ = say("figure-incomplete", params, "en"), say("figure-incomplete", params, "id")
    assert en == f"Checks on administrative grades skipped: “{english}”."
    assert id_ == f"Pemeriksaan kategori capaian administratif dilewati: “{indonesian}”."
    own = _words(gap.table or "") | PRINTED
    assert _words(id_) & _words(en) - own == set()


def test_a_long_numbering_is_shown_up_to_its_first_numbers() -> None:
    numbers = [n for n in range(1, SHOWN + 5) if n != 3]
    gap = Gap(kind="numbering", table="Tabel 7", page=12, numbers=numbers)
    shown = ", ".join(str(n) for n in numbers[:SHOWN])
    assert gap_reason(gap) == f"Tabel 7: its rows are numbered {shown} ..., not 1 to {len(numbers)}"
    assert gap_reason(gap, "id") == f"Tabel 7: barisnya bernomor {shown} ..., bukan 1 sampai {len(numbers)}"


def test_a_gap_is_kept_with_the_summary_and_read_back() -> None:
    gap = Gap(kind="cut", table="Tabel 3", page=11, cut_at=12)
    assert Gap.model_validate(gap.model_dump(mode="json")) == gap
    with pytest.raises(ValueError):
        Gap.model_validate({"kind": "lost", "page": 1})
