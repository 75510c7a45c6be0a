"""Resolve a printed implementer name to a registry entry, or say why it cannot.

Whether a name is a ministry or a civil-society organisation decides which summary
table its targets count in, so a wrong match is a wrong audit. The resolver therefore
tries the certain ways first (the literal alias, then equal canonical forms, then an
acronym) and only then a fuzzy score, and it never guesses: below the threshold the
answer is "unknown", and when two entries score too close it is "ambiguous"; both
carry the candidates for a person to decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex
from rapidfuzz import fuzz
from rapidfuzz.process import extract

from ..models import Resolution
from .keys import Index, Key, KeyKind, index_for
from .parts import collapse, split_name
from .registry import Registry
from .rules import NameRules, Tokens
from .scoring import SHORT_WORD, WORD_SIMILARITY, name_score

#: A fuzzy score at or above this is a match (if no rival is within MARGIN). Set so
#: that a misspelt word still matches while one word of three missing does not.
MATCH_SCORE = 88.0
#: Two entries closer than this are both plausible: the answer is ambiguous.
MARGIN = 6.0
#: Entries scoring at least this are offered as candidates of an unknown name.
SUGGEST_SCORE = 60.0
#: An acronym in parentheses is believed when the name beside it scores at least
#: this against the same entry, so that a name and its acronym agree.
SUPPORT_SCORE = 50.0
MAX_CANDIDATES = 3
#: A group's name, a colon, and its members: "OMS Sektor Keadilan: IJRS, LeIP".
_GROUP = regex.compile(r"^(?P<head>[^:]*\p{L}[^:]*?)\s*:\s*\S")

_METHOD: dict[KeyKind, str] = {"alias": "normalized", "part": "normalized", "acronym": "acronym"}


def group_head(text: str) -> str | None:
    """"OMS Sektor Keadilan: IJRS, LeIP" -> "OMS Sektor Keadilan": the group's name when it is printed with its
    members after a colon, else None (the audit counts the members as listed: `checks.names.group_members`)."""
    found = _GROUP.match(text)
    return found.group("head") if found is not None else None


@dataclass(frozen=True, slots=True)
class ScoredEntry:
    entry_id: str
    score: float


def _matched(registry: Registry, entry_id: str, score: float, method: str) -> Resolution:
    return Resolution(
        status="matched",
        id=entry_id,
        kind=registry[entry_id].kind,
        score=round(score, 1),
        method=method,
    )


def _ambiguous(registry: Registry, ids: list[str], score: float, method: str) -> Resolution:
    """No id, but the kind when every candidate has the same one: the audit can
    still tell which table the targets belong to."""
    kinds = {registry[i].kind for i in ids}
    return Resolution(
        status="ambiguous",
        kind=kinds.pop() if len(kinds) == 1 else None,
        score=round(score, 1),
        method=method,
        candidates=ids,
    )


def _from_hit(registry: Registry, hit: dict[str, KeyKind]) -> Resolution:
    if len(hit) == 1:
        ((entry_id, kind),) = hit.items()
        return _matched(registry, entry_id, 100.0, _METHOD[kind])
    return _ambiguous(registry, sorted(hit), 100.0, "normalized")


def _near_tokens(form: Tokens, keys: tuple[Key, ...]) -> frozenset[str]:
    """The keys' words that may resemble a word of the form (`word_similarity` above 0), and maybe a few more.

    A key none of whose words is among them scores 0 against the form (neither
    name covers any of the other), so it need not be scored: most keys share no
    word with a given name. Equal words, and long words whose ratio reaches just
    under the threshold (one search over the keys' long words per word of the
    form, in rapidfuzz), are kept: a few too many cost a score, none is missed.
    """
    equal, long_words = _vocabulary(keys)
    near = {t for t in form if t in equal}
    for t in form:
        if len(t) > SHORT_WORD:
            near.update(v for v, _score, _i in extract(t, long_words, scorer=fuzz.ratio, score_cutoff=_NEAR, limit=None))
    return frozenset(near)


#: Just under `WORD_SIMILARITY` in rapidfuzz's percent: what `_near_tokens` keeps.
_NEAR = WORD_SIMILARITY * 100.0 - 1.0


@lru_cache(maxsize=16)
def _vocabulary(keys: tuple[Key, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The keys' distinct words, and those long enough to be misspelt, in order."""
    words = tuple(dict.fromkeys(t for key in keys for t in key.tokens))
    return frozenset(words), tuple(w for w in words if len(w) > SHORT_WORD)


def _entry_scores(index: Index, forms: list[Tokens]) -> list[ScoredEntry]:
    """Best fuzzy score of each entry over all its keys and all forms of the query."""
    best: dict[str, float] = {}
    near = [_near_tokens(form, index.fuzzy) for form in forms]
    for key in index.fuzzy:
        for form, similar in zip(forms, near):
            if similar.isdisjoint(key.tokens):
                continue  # scores 0, which is no entry's best
            score = name_score(form, key.tokens, index.rules.weight)
            if score > best.get(key.entry_id, 0.0):
                best[key.entry_id] = score
    ranked = [ScoredEntry(i, s) for i, s in best.items() if s > 0]
    ranked.sort(key=lambda s: (-s.score, s.entry_id))
    return ranked


def _fuzzy(registry: Registry, index: Index, forms: list[Tokens], hinted: list[str]) -> Resolution:
    ranked = _entry_scores(index, forms)
    if ranked and ranked[0].score >= MATCH_SCORE:
        top = ranked[0]
        close = [s.entry_id for s in ranked if s.score > top.score - MARGIN]
        rivals = close + [h for h in hinted if h not in close]
        if len(rivals) == 1:
            return _matched(registry, top.entry_id, top.score, "fuzzy")
        return _ambiguous(registry, rivals, top.score, "fuzzy")
    suggested = [s.entry_id for s in ranked if s.score >= SUGGEST_SCORE][:MAX_CANDIDATES]
    candidates = hinted + [s for s in suggested if s not in hinted]
    return Resolution(
        status="unknown",
        score=round(ranked[0].score, 1) if ranked else 0.0,
        method="fuzzy" if ranked else "",
        candidates=candidates,
    )


def _support(index: Index, tokens: Tokens, entry_id: str) -> float:
    return max(
        (name_score(tokens, k.tokens, index.rules.weight) for k in index.fuzzy if k.entry_id == entry_id),
        default=0.0,
    )


def resolve(
    name: str,
    registry: Registry | None = None,
    *,
    rules: NameRules | None = None,
) -> Resolution:
    """The registry entry a printed name denotes (see the module docstring)."""
    registry = registry if registry is not None else Registry.default()
    rules = rules if rules is not None else NameRules.default()
    index = index_for(registry, rules)

    text = collapse(name)
    if not text:
        return Resolution(status="unknown")

    literal = index.literal.get(text)
    if literal:
        if len(literal) == 1:
            return _matched(registry, next(iter(literal)), 100.0, "exact")
        return _ambiguous(registry, sorted(literal), 100.0, "exact")

    whole = rules.canonical(text)
    hit = index.lookup(whole)
    if hit:
        return _from_hit(registry, hit)

    group = group_head(text)
    if group is not None:
        # "OMS Sektor Keadilan: IJRS, LeIP": a coalition named with its members is the coalition
        head = resolve(group, registry, rules=rules)
        if head.status == "matched":
            return head.model_copy(update={"method": f"group/{head.method}"})

    parts = split_name(text)
    main = rules.canonical(parts.main)
    main_hit = index.lookup(main) if main != whole else {}
    extra_hit: dict[str, KeyKind] = {}
    for extra in parts.extras:
        for entry_id, kind in index.lookup(rules.canonical(extra)).items():
            extra_hit.setdefault(entry_id, kind)

    if main_hit:
        agreed = {i: k for i, k in main_hit.items() if not extra_hit or i in extra_hit}
        if len(agreed) == 1:
            return _from_hit(registry, agreed)
        return _ambiguous(registry, sorted(set(main_hit) | set(extra_hit)), 100.0, "normalized")

    forms = [f for f in dict.fromkeys((whole, main)) if f]
    if len(extra_hit) == 1:
        ((entry_id, kind),) = extra_hit.items()
        if not main or _support(index, main, entry_id) >= SUPPORT_SCORE:
            return _matched(registry, entry_id, 100.0, _METHOD[kind])
        return _fuzzy(registry, index, forms, [entry_id])
    if len(extra_hit) > 1:
        return _ambiguous(registry, sorted(extra_hit), 100.0, "acronym")

    return _fuzzy(registry, index, forms, [])
