"""Turn a printed name into canonical tokens, using the generic rules of `name_rules.json`.

Two spellings of one body ("Kemenkumham", "Kementerian Hukum dan Hak Asasi Manusia
RI") should end up as the same tokens, so that most matches are equalities and only
what is left needs a fuzzy score. The knowledge of Indonesian naming (abbreviations,
English names, "RI") is data, not code, so it can be read and corrected on its own.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import OgiError

DEFAULT_RULES = Path(__file__).resolve().parent.parent / "data" / "name_rules.json"

Tokens = tuple[str, ...]

_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s\b")
_APOSTROPHE = re.compile(r"['\u2019]")
_SEPARATOR = re.compile(r"[\W_]+")


def basic_tokens(text: str) -> Tokens:
    """Case, punctuation and spacing folded away; '&' read as 'dan'."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _POSSESSIVE.sub("", text)
    text = _APOSTROPHE.sub("", text)
    text = text.replace("&", " dan ")
    return tuple(t for t in _SEPARATOR.split(text) if t)


@dataclass(frozen=True, eq=False)
class PhraseTable:
    """Phrase replacements applied in one left-to-right pass, longest phrase first,
    so that 'Kemendes PDTT' wins over 'Kemendes' and no output is rewritten twice."""

    phrases: dict[Tokens, Tokens]
    longest: int

    @classmethod
    def build(cls, pairs: dict[Tokens, Tokens]) -> PhraseTable:
        return cls(dict(pairs), max((len(k) for k in pairs), default=0))

    def apply(self, tokens: Tokens) -> Tokens:
        out: list[str] = []
        i = 0
        while i < len(tokens):
            for size in range(min(self.longest, len(tokens) - i), 0, -1):
                replacement = self.phrases.get(tokens[i : i + size])
                if replacement is not None:
                    out.extend(replacement)
                    i += size
                    break
            else:
                out.append(tokens[i])
                i += 1
        return tuple(out)


def _dedupe_adjacent(tokens: Tokens) -> Tokens:
    """'Kementerian PPN / BAPPENAS' becomes 'bappenas bappenas': say it once."""
    out: list[str] = []
    for t in tokens:
        if not out or out[-1] != t:
            out.append(t)
    return tuple(out)


@dataclass(frozen=True, eq=False)
class NameRules:
    stopwords: frozenset[str]
    generic: frozenset[str]
    optional_suffixes: tuple[Tokens, ...]
    parent_heads: frozenset[str]
    english: PhraseTable
    expand: PhraseTable
    contract: PhraseTable
    drop: PhraseTable

    @classmethod
    def load(cls, path: str | Path | None = None) -> NameRules:
        where = Path(path) if path is not None else DEFAULT_RULES
        try:
            raw = json.loads(where.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise OgiError(f"cannot read name rules {where}: {exc}", path=str(where)) from None
        return cls.from_json(raw, str(where))

    @classmethod
    def from_json(cls, raw: Any, where: str = "<rules>") -> NameRules:
        if not isinstance(raw, dict):
            raise OgiError(f"{where}: name rules are a JSON object", path=where)
        stopwords = frozenset(t for w in raw.get("stopwords", []) for t in basic_tokens(w))

        def strip(tokens: Tokens) -> Tokens:
            return tuple(t for t in tokens if t not in stopwords)

        def table(name: str, keep_stopwords_in_keys: bool) -> PhraseTable:
            group = raw.get(name, {})
            if not isinstance(group, dict):
                raise OgiError(f"{where}: {name} must map phrases to phrases", path=where)
            pairs: dict[Tokens, Tokens] = {}
            for key, value in group.items():
                k = basic_tokens(key) if keep_stopwords_in_keys else strip(basic_tokens(key))
                if k:
                    pairs[k] = strip(basic_tokens(value))
            return PhraseTable.build(pairs)

        drops = raw.get("drop", [])
        return cls(
            stopwords=stopwords,
            generic=frozenset(t for w in raw.get("generic", []) for t in basic_tokens(w)),
            optional_suffixes=tuple(
                strip(basic_tokens(s)) for s in raw.get("optional_suffixes", []) if basic_tokens(s)
            ),
            parent_heads=frozenset(t for w in raw.get("parent_heads", []) for t in basic_tokens(w)),
            english=table("english", keep_stopwords_in_keys=True),
            expand=table("expand", keep_stopwords_in_keys=False),
            contract=table("contract", keep_stopwords_in_keys=False),
            drop=PhraseTable.build({strip(basic_tokens(d)): () for d in drops if strip(basic_tokens(d))}),
        )

    @classmethod
    def default(cls) -> NameRules:
        if not _DEFAULT:
            _DEFAULT.append(cls.load())
        return _DEFAULT[0]

    def canonical(self, text: str) -> Tokens:
        """The tokens two spellings of one name share."""
        tokens = self.english.apply(basic_tokens(text))
        tokens = tuple(t for t in tokens if t not in self.stopwords)
        tokens = self.expand.apply(tokens)
        tokens = self.contract.apply(tokens)
        tokens = self.drop.apply(tokens)
        return _dedupe_adjacent(tokens)

    def without_optional_suffix(self, tokens: Tokens) -> Tokens | None:
        """'PWYP Indonesia' names the registry's 'PWYP': a country after a name says
        which branch, and the registry only holds Indonesian bodies. Only the query
        loses the suffix, never the registry: 'Transparency International' is not
        'Transparency International Indonesia'."""
        for suffix in self.optional_suffixes:
            n = len(suffix)
            if len(tokens) > n and tokens[-n:] == suffix:
                return tokens[:-n]
        return None

    def unit_part(self, tokens: Tokens) -> Tokens | None:
        """The unit's own name in 'Badan Pembinaan Hukum Nasional Kementerian Hukum dan
        HAM': the tokens before the parent ministry, if the name has both."""
        for i, token in enumerate(tokens):
            if i > 0 and token in self.parent_heads:
                return tokens[:i]
        return None

    def weight(self, token: str) -> float:
        """Generic words ('Kementerian', 'Badan') say little about which body is meant."""
        base = float(len(token))
        return base * 0.3 if token in self.generic else base


_DEFAULT: list[NameRules] = []
