"""Turning printed names into registry ids for the audit's comparisons.

The audit compares implementers by id, not by spelling: the front matter and the
detail spell the same ministry differently. The resolver is a plain callable so
the project's name matcher can be used when present and a simpler one otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import regex

from ..match.resolver import group_head
from ..models.records import Resolution
from ..models.report import Report

Resolver = Callable[[str], Resolution]

_PARENTHESISED = regex.compile(r"\(([^()]+)\)")


def fold(text: str) -> str:
    """Case, punctuation and whitespace folded: the spelling differences that never matter."""
    return " ".join(regex.sub(r"[^\p{L}\p{N}]+", " ", text).casefold().split())


def registry_resolver(entries: Iterable[Mapping[str, Any]]) -> Resolver:
    """Exact (folded) alias lookup in a registry of implementers."""
    table: dict[str, Resolution] = {}
    for entry in entries:
        resolution = Resolution(status="matched", id=entry["id"], kind=entry.get("kind"), score=100.0, method="alias")
        for alias in [entry.get("name", ""), *entry.get("aliases", [])]:
            if alias:
                table.setdefault(fold(alias), resolution)
    return _lookup(table)


def report_resolver(report: Report) -> Resolver:
    """Names resolved through the detail's own headings, when no matcher is installed.

    A heading the parser resolved teaches the spelling and the acronym in its
    parentheses; a front-matter name is then looked up in those.
    """
    table: dict[str, Resolution] = {}
    for commitment in report.commitments:
        for block in commitment.blocks:
            match = block.implementer_match
            if block.implementer and match and match.status == "matched":
                table.setdefault(fold(block.implementer), match)
                for inner in _PARENTHESISED.findall(block.implementer):
                    table.setdefault(fold(inner), match)
    return _lookup(table)


def _lookup(table: dict[str, Resolution]) -> Resolver:
    def resolve(name: str) -> Resolution:
        key = fold(name)
        if key in table:
            return table[key]
        for inner in _PARENTHESISED.findall(name):
            if fold(inner) in table:
                return table[fold(inner)]
        head = fold(name.split(":", 1)[0])
        if ":" in name and head in table:
            return table[head]
        return Resolution(status="unknown")

    return resolve


_MEMBER_SEPARATORS = regex.compile(r"\s*(?:[,;]|\bdan\b|&)\s*")


def group_members(name: str) -> list[str]:
    """The members printed after a group's name and a colon, in order; none for a plain name."""
    if group_head(name) is None:  # the match stage's reading of a group: it resolves the group by its head
        return []
    return [m for m in _MEMBER_SEPARATORS.split(name.partition(":")[2].strip().rstrip(".")) if m]


def default_resolver(report: Report) -> Resolver:
    """The project's name matcher when it is installed, else the detail's headings."""
    try:
        from ..match import resolve  # type: ignore[attr-defined]
    except ImportError:
        return report_resolver(report)
    return resolve  # type: ignore[no-any-return]
