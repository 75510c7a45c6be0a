"""The words of the audit report in Indonesian and English: one catalogue, every format.

Headings, counts and every finding's sentence come from the catalogue's
entries (`ogi_extract.checks.sentences`), keyed by message id, each entry with
both languages; this module fills them in and says them. A finding keeps its sentence as an
id and the values to fill in (`Finding.message_id`, `Finding.params`), so one
audit is shown in either language without running it again.

gettext with Babel is the usual way; here the catalogue stays a plain module,
because its keys are ids shared by every format (not English source strings),
because a sentence and its parts (a grade rule, a kind of implementer) nest as
ids with their own values, and because a module ships in the wheel and imports
in no time with nothing to compile. tests/test_checks_messages.py fails when an
entry lacks a language or its languages' placeholders differ.

A template's fields are named; `{n:row|rows}` chooses a form by the number (or
the length of the list) `n`: English has two forms, Indonesian does not inflect
("19 galat", "1 galat"), so its templates carry one. Numbers are written as the
language writes them (70.2 and 70,2), lists joined with commas.
"""

from __future__ import annotations

from collections.abc import Mapping
from string import Formatter
from typing import Any

from .sentences import MESSAGES

LANGUAGES = ("en", "id")
DEFAULT = "en"


def text(key: str, lang: str = DEFAULT, **fields: object) -> str:
    """The message `key` in `lang` (English when it has no translation), its fields filled in."""
    entry = MESSAGES.get(key)
    if entry is None:
        if key.startswith("check."):
            return key[len("check.") :]  # a check this catalogue does not know yet keeps its id
        raise KeyError(key)
    return _Filler(lang).format(entry.get(lang) or entry[DEFAULT], **fields)


def count(key: str, n: int, lang: str = DEFAULT) -> str:
    """`n` with its noun, singular or plural as the language has it."""
    entry = MESSAGES[key]
    forms = (entry.get(lang) or entry[DEFAULT]).split("|")
    form = forms[0] if n == 1 or len(forms) == 1 else forms[1]
    return form.format(n=n)


def check_title(check: str, lang: str = DEFAULT) -> str:
    return text(f"check.{check}", lang)


def say(key: str, params: Mapping[str, Any], lang: str = DEFAULT) -> str:
    """The sentence `key` in `lang` with `params` filled in; a value that is itself a phrase
    of the catalogue (anything with `id` and `params`) is said in the same language."""
    return text(key, lang, **params)


def placeholders(template: str) -> set[str]:
    """The fields a template fills, by name (the plural forms after `:` left out)."""
    return {name for _lit, name, _spec, _conv in Formatter().parse(template) if name}


def number(value: float | int, lang: str = DEFAULT) -> str:
    """A number as the language writes it: at most one decimal, a comma for the point in Indonesian."""
    if isinstance(value, int):
        return str(value)
    out = f"{value:.1f}".rstrip("0").rstrip(".")
    return out.replace(".", ",") if lang == "id" else out


class _Filler(Formatter):
    """str.format with the catalogue's conventions: plural forms, numbers, lists, nested phrases."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec:  # `{n:one|other}`: the form for the number, or for a list's length
            forms = format_spec.split("|")
            n = len(value) if isinstance(value, (list, tuple)) else value
            return forms[0] if n == 1 else forms[-1]
        return self._said(value)

    def _said(self, value: Any) -> str:
        if hasattr(value, "id") and hasattr(value, "params"):
            return say(value.id, value.params, self.lang)
        if isinstance(value, Mapping) and set(value) == {"id", "params"}:
            return say(value["id"], value["params"], self.lang)
        if isinstance(value, (list, tuple)):  # "7 and 16", "2, 7 and 16"; "7 dan 16", "2, 7, dan 16"
            said = [self._said(v) for v in value]
            if len(said) < 2:
                return "".join(said)
            key = "list.two" if len(said) == 2 else "list.more"
            return text(key, self.lang, first=", ".join(said[:-1]), last=said[-1])
        if isinstance(value, float):
            return number(value, self.lang)
        return str(value)
