"""A fuzzy score between two names that knows which words matter.

Plain string ratios rate "Kementerian Luar Negeri" close to "Kementerian Dalam Negeri"
because most letters are shared, while the one word that differs is the one that says
which ministry. Here each word is compared alone (so a typo in a word is forgiven but a
different word is not), short words must be equal ("KPU" is not "KIP"), and words are
weighted by length, generic words ("Kementerian", "Badan") much less. The score is the
F-measure of how much of each name the other covers: a missing word and an extra
word both cost.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from rapidfuzz import fuzz

Tokens = tuple[str, ...]

#: Below this a word counts as different, not as a misspelling.
WORD_SIMILARITY = 0.8
#: Words this short are acronyms or particles: a one-letter change is another word.
SHORT_WORD = 4


@lru_cache(maxsize=65536)
def word_similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if min(len(a), len(b)) <= SHORT_WORD:
        return 0.0
    ratio = fuzz.ratio(a, b) / 100.0
    return ratio if ratio >= WORD_SIMILARITY else 0.0


def _coverage(source: Tokens, best: list[float], weight: Callable[[str], float]) -> float:
    """The weighted share of the source's words covered, given each word's best similarity in the other name."""
    total = sum(weight(t) for t in source)
    if total <= 0:
        return 0.0
    got = sum(weight(t) * b for t, b in zip(source, best))
    return got / total


def name_score(query: Tokens, key: Tokens, weight: Callable[[str], float]) -> float:
    """0-100; 100 when both names hold the same words in any order.

    Each pair of words is compared once (the similarity is symmetric): a row
    per word of the query, whose maximum is how well the key covers that word,
    and whose columns' maxima are how well the query covers each word of the key.
    """
    if not query or not key:
        return 0.0
    rows = [[word_similarity(t, o) for o in key] for t in query]
    precision = _coverage(query, [max(row) for row in rows], weight)
    recall = _coverage(key, [max(column) for column in zip(*rows)], weight)
    if precision + recall == 0:
        return 0.0
    return 100.0 * 2 * precision * recall / (precision + recall)
