"""The look-up keys of a registry: every spelling, cut into the parts a reader may use.

Built once per registry. A key that two entries share is kept with both ids, so that
a name hitting it comes back ambiguous instead of going to whichever entry came first.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, TypeVar

from .parts import collapse, looks_like_acronym, split_name
from .registry import Registry
from .rules import NameRules, Tokens

KeyKind = Literal["alias", "part", "acronym"]
K = TypeVar("K", Tokens, str)
#: When one entry reaches a key several ways, the fullest way names the method.
_PRECEDENCE: dict[str, int] = {"alias": 0, "part": 1, "acronym": 2}


@dataclass(frozen=True, slots=True)
class Key:
    entry_id: str
    tokens: Tokens
    kind: KeyKind


@dataclass(frozen=True)
class Index:
    rules: NameRules
    literal: dict[str, frozenset[str]]
    by_tokens: dict[Tokens, dict[str, KeyKind]]
    by_compact: dict[str, dict[str, KeyKind]]
    fuzzy: tuple[Key, ...]

    def lookup(self, tokens: Tokens) -> dict[str, KeyKind]:
        """Entries whose key equals these tokens, or the same letters without spaces
        ('Media Link' and 'Medialink'); the query may also drop an optional suffix."""
        if not tokens:
            return {}
        trimmed = self.rules.without_optional_suffix(tokens)
        for candidate in (tokens, trimmed):
            if not candidate:
                continue
            hit = self.by_tokens.get(candidate) or self.by_compact.get("".join(candidate))
            if hit:
                return dict(hit)
        return {}


def _add(table: defaultdict[K, dict[str, KeyKind]], key: K, entry_id: str, kind: KeyKind) -> None:
    kinds = table[key]
    old = kinds.get(entry_id)
    if old is None or _PRECEDENCE[kind] < _PRECEDENCE[old]:
        kinds[entry_id] = kind


def entry_keys(spelling: str, entry_id: str, rules: NameRules) -> list[Key]:
    """The whole spelling, its name without the parentheses, what the parentheses
    hold, the head of a member list, and a unit's own name without its ministry."""
    parts = split_name(spelling)
    found: list[Key] = []

    def add(text: str, kind: KeyKind) -> None:
        tokens = rules.canonical(text)
        if tokens:
            found.append(Key(entry_id, tokens, kind))

    add(parts.whole, "acronym" if looks_like_acronym(parts.whole) else "alias")
    if parts.main != parts.whole:
        add(parts.main, "part")
    for extra in parts.extras:
        add(extra, "acronym" if looks_like_acronym(extra) else "part")
    if parts.head is not None and len(rules.canonical(parts.head)) >= 2:
        add(parts.head, "part")
    for key in list(found):
        unit = rules.unit_part(key.tokens)
        if unit:
            found.append(Key(entry_id, unit, "part"))
    return found


def build_index(registry: Registry, rules: NameRules) -> Index:
    literal: dict[str, set[str]] = defaultdict(set)
    by_tokens: defaultdict[Tokens, dict[str, KeyKind]] = defaultdict(dict)
    by_compact: defaultdict[str, dict[str, KeyKind]] = defaultdict(dict)
    fuzzy: list[Key] = []
    for entry in registry:
        keys: list[Key] = []
        for spelling in entry.spellings:
            literal[collapse(spelling)].add(entry.id)
            keys.extend(entry_keys(spelling, entry.id, rules))
        id_tokens = rules.canonical(entry.id)
        if id_tokens:
            keys.append(Key(entry.id, id_tokens, "acronym"))
        for key in keys:
            _add(by_tokens, key.tokens, entry.id, key.kind)
            _add(by_compact, "".join(key.tokens), entry.id, key.kind)
            if key.kind != "acronym":
                fuzzy.append(key)
    return Index(
        rules=rules,
        literal={k: frozenset(v) for k, v in literal.items()},
        by_tokens=dict(by_tokens),
        by_compact=dict(by_compact),
        fuzzy=tuple(dict.fromkeys(fuzzy)),
    )


@lru_cache(maxsize=16)
def index_for(registry: Registry, rules: NameRules) -> Index:
    return build_index(registry, rules)
