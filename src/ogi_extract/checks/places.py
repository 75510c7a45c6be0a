"""Where a figure is printed and how it was derived, shown in the reader's language.

A finding keeps both as plain text (`Published.label`, `Derived.rule`) in the
catalogue's English, because tests, the stores and their queries use them as
keys. Only what a reader sees is translated, and through the catalogue: a label
is parts joined by " > ", each either the report's own words (a table's name, a
row label, a column, a grade, a title), kept as printed, or a phrase of the
catalogue (`at.*`) said in the language asked; which phrases may follow which
is fixed below, so that a title or a row label is never mistaken for one. A rule
is one phrase of the catalogue (`rule.*`, `counted.*`) or the report's own words
(`B06 + B12`, a rule id of the grammar). Anything else is shown as stored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from string import Formatter

from .findings import Wording
from .messages import DEFAULT, MESSAGES, say, text

SEPARATOR = " > "

# What a label opens with, and the phrases each may be followed by; after "stated count" comes a key of the
# grammar's `[audit.stated]` (`stated.*`).
_FOLLOW: dict[str, tuple[str, ...]] = {
    "at.stated": (),
    "at.list": (),
    "at.table7": ("at.title", "at.implementer", "at.implementers"),
    "at.scale": (),
    "at.commitment": ("at.label", "at.score"),
    "dist.admin": ("at.percent", "at.count", "at.commitment"),
    "dist.cocreation": ("at.percent", "at.count", "at.commitment"),
}
# A rule's phrases, those without fields first ("'-' counted as none" before "'-' counted as {choice}").
_RULES = tuple(sorted((k for k in MESSAGES if k.startswith(("rule.", "counted."))), key=lambda k: "{" in MESSAGES[k]["en"]))
# What a rule's field holds: the grammar's name of a rounding, or a phrase of the catalogue in English.
_FIELDS: dict[str, str] = {"mode": "round", "what": "counted", "kind": "kind"}


@cache
def _pattern(key: str) -> re.Pattern[str]:
    """The catalogue entry `key`'s English form as a pattern, each field a named group."""
    out = []
    for literal, name, _spec, _conv in Formatter().parse(MESSAGES[key][DEFAULT]):
        out.append(re.escape(literal))
        if name:
            out.append(f"(?P<{name}>.+?)")
    return re.compile("".join(out))


def phrase(written: str, keys: Iterable[str]) -> Wording | None:
    """The phrase among `keys` whose English form is `written`, with the values it was filled with; None if none is."""
    for key in keys:
        found = _pattern(key).fullmatch(written)
        if found:
            return Wording(id=key, params=found.groupdict())
    return None


def _stated(key: str, lang: str) -> str:
    return text(f"stated.{key}", lang) if f"stated.{key}" in MESSAGES else key


def place(label: str, lang: str = DEFAULT) -> str:
    """The label of a printed figure as a reader of `lang` reads it: "kategori capaian administratif > komitmen 7"."""
    head, *rest = label.split(SEPARATOR)
    opened = phrase(head, _FOLLOW)
    if opened is None:  # a table of the report: its name, rows and columns as printed
        return label
    parts = [opened.say(lang)]
    for part in rest:
        if opened.id == "at.stated":
            parts.append(_stated(part, lang))
            continue
        then = phrase(part, _FOLLOW[opened.id])
        parts.append(then.say(lang) if then else part)
    return SEPARATOR.join(parts)


def _field(name: str, value: str) -> Wording | str:
    family = _FIELDS.get(name)
    if family == "round":
        return Wording(id=f"round.{value}") if f"round.{value}" in MESSAGES else value
    if family:
        return phrase(value, (k for k in MESSAGES if k.startswith(f"{family}."))) or value
    return value


def how(rule: str, lang: str = DEFAULT, described: object = None) -> str:
    """The rule a value was derived by as a reader of `lang` reads it: "'-' tidak dihitung".

    A grade rule is named by its id in the grammar; `described` is what the finding's
    sentence says it does (its `how`), shown beside the id: "“mean” (rata-rata)"."""
    found = phrase(rule, _RULES)
    if found is None:  # the rounding-fit checks name the rounding; the grade rules their grammar id
        if f"round.{rule}" in MESSAGES:
            return text(f"round.{rule}", lang)
        return text("note.rule", lang, rule=rule, how=described) if described else rule
    return say(found.id, {name: _field(name, str(value)) for name, value in found.params.items()}, lang)
