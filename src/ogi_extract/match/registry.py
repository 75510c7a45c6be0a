"""The registry of implementers: who is who, and every spelling printed for them.

A report names the same ministry several ways, and whether a name is a ministry
(K/L) or a civil-society organisation (OMS) decides which summary table its targets
count in. The registry is therefore data a user can read, correct and extend: the
package ships one (`data/implementers.json`) and a user may add their own file.
Ids are stable: records, tests and users refer to them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

from ..errors import OgiError

Kind = Literal["K/L", "OMS"]
KINDS: tuple[str, ...] = ("K/L", "OMS")
DEFAULT_REGISTRY = Path(__file__).resolve().parent.parent / "data" / "implementers.json"


@dataclass(frozen=True, slots=True)
class Entry:
    """One implementer. `aliases` are spellings printed in reports, exactly;
    `abbreviations` are other known short forms, kept apart so that the printed
    record stays a faithful transcription."""

    id: str
    name: str
    kind: Kind
    aliases: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every literal string the registry holds for this entry, name first."""
        seen: dict[str, None] = {self.name: None}
        for text in (*self.aliases, *self.abbreviations):
            seen.setdefault(text, None)
        return tuple(seen)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
        }
        if self.abbreviations:
            data["abbreviations"] = list(self.abbreviations)
        return data


def _merge(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*a, *b)))


def _entry_from_json(item: Any, where: str) -> Entry:
    if not isinstance(item, dict):
        raise OgiError(f"{where}: an entry must be an object", path=where)
    missing = [k for k in ("id", "name", "kind") if not isinstance(item.get(k), str) or not item[k]]
    if missing:
        raise OgiError(f"{where}: entry lacks {', '.join(missing)}: {item!r}", path=where)
    if item["kind"] not in KINDS:
        raise OgiError(
            f"{where}: entry {item['id']!r} has kind {item['kind']!r}, expected one of {KINDS}",
            path=where,
        )
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("aliases", "abbreviations"):
        value = item.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise OgiError(f"{where}: {key} of {item['id']!r} must be a list of strings", path=where)
        lists[key] = tuple(value)
    unknown = set(item) - {"id", "name", "kind", "aliases", "abbreviations"}
    if unknown:
        raise OgiError(f"{where}: entry {item['id']!r} has unknown fields {sorted(unknown)}", path=where)
    return Entry(
        id=item["id"],
        name=item["name"],
        kind=cast(Kind, item["kind"]),
        aliases=lists["aliases"],
        abbreviations=lists["abbreviations"],
    )


@dataclass(frozen=True)
class Registry:
    """An ordered set of entries, unique by id. Immutable: `extend` returns a new one,
    so the shipped registry can never be changed behind another caller's back."""

    entries: tuple[Entry, ...]
    source: str = "<memory>"
    _by_id: dict[str, Entry] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_id: dict[str, Entry] = {}
        for entry in self.entries:
            if entry.id in by_id:
                raise OgiError(f"{self.source}: duplicate id {entry.id!r}", path=self.source)
            by_id[entry.id] = entry
        object.__setattr__(self, "_by_id", by_id)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Registry:
        """Read a registry file; without a path, the one shipped with the package."""
        where = Path(path) if path is not None else DEFAULT_REGISTRY
        try:
            raw = json.loads(where.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise OgiError(f"registry file not found: {where}", path=str(where)) from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise OgiError(f"cannot read registry {where}: {exc}", path=str(where)) from None
        if not isinstance(raw, list):
            raise OgiError(f"{where}: a registry is a JSON list of entries", path=str(where))
        return cls(tuple(_entry_from_json(item, str(where)) for item in raw), source=str(where))

    @classmethod
    def default(cls) -> Registry:
        """The shipped registry, read once per process."""
        return _default_registry()

    def extend(self, other: Registry) -> Registry:
        """Add `other`'s entries. For an id both hold, `other` wins on name and kind
        (it is the user's correction) and the spellings of both are kept."""
        merged: dict[str, Entry] = {e.id: e for e in self.entries}
        for entry in other.entries:
            mine = merged.get(entry.id)
            if mine is None:
                merged[entry.id] = entry
            else:
                merged[entry.id] = Entry(
                    id=entry.id,
                    name=entry.name,
                    kind=entry.kind,
                    aliases=_merge(mine.aliases, entry.aliases),
                    abbreviations=_merge(mine.abbreviations, entry.abbreviations),
                )
        return Registry(tuple(merged.values()), source=f"{self.source}+{other.source}")

    def get(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    def __getitem__(self, entry_id: str) -> Entry:
        return self._by_id[entry_id]

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._by_id

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def to_json(self) -> list[dict[str, Any]]:
        return [e.to_json() for e in self.entries]


_DEFAULT: list[Registry] = []


def _default_registry() -> Registry:
    if not _DEFAULT:
        _DEFAULT.append(Registry.load())
    return _DEFAULT[0]
