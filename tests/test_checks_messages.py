"""The audit's catalogue: every message in both languages, every check named, plurals right."""

from __future__ import annotations


import pytest

from ogi_extract.checks.messages import LANGUAGES, MESSAGES, check_title, count, text



def test_every_message_has_every_language() -> None:
    missing = [(key, lang) for key, entry in MESSAGES.items() for lang in LANGUAGES if not entry.get(lang)]
    assert missing == []


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
