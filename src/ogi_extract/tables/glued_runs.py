"""Runs of words the author glued, read from the words a document writes inside its lines.

Reports glue words where a space went missing ("mengintegrasikandipresentasikan").
Whether a document does (more such runs than words of two hyphenated) weighs
a line-end hyphen between two known words (`line_ends.drops_hyphen`); how
many words its longest run holds bounds the run a line end between two long
words may join (`word_edges.glued_at_edge`): a document whose runs glue two
words does not glue three at its line ends alone. Both are `Lexicon` fields,
set by `vocabulary.build_lexicon`.
"""

from __future__ import annotations

from .lexicon import SEGMENT

LONGEST_RUN = 80  # letters: a longer token is no run of words (a URL, a hash)


def glued_runs(words: frozenset[str]) -> tuple[bool, int]:
    """Whether more of `words` are runs of the others glued than two of them hyphenated (`Lexicon.glues`),
    and the most words one of those runs holds (`Lexicon.longest_run`, 0 where none is)."""
    glued = hyphenated = most = 0
    longest = max(map(len, words), default=0)
    for w in words:
        if "-" in w:
            parts = w.split("-")
            if len(parts) == 2 and parts[0] != parts[1] and all(len(p) >= SEGMENT and p in words for p in parts):
                hyphenated += 1
        elif len(w) >= 2 * SEGMENT and w.isalpha():
            n = run_words(w, words, longest)
            if n:
                glued += 1
                most = max(most, n)
    return glued > hyphenated, most


def run_words(joined: str, lexicon: frozenset[str], longest: int) -> int:
    """The fewest of the lexicon's words, two or more, none shorter than `SEGMENT` nor longer than `longest`,
    that `joined` is a run of; 0 where it is none. The whole word is left out: one word alone is no run.
    """
    n = len(joined)
    if n > LONGEST_RUN:
        return 0
    reach = min(n - 1, longest)
    none = n + 1
    fewest = [none] * (n + 1)  # fewest[i]: the fewest words of a run joined[:i]
    fewest[0] = 0
    for i in range(n - SEGMENT + 1):
        if fewest[i] < none:
            for j in range(i + SEGMENT, min(n, i + reach) + 1):
                if fewest[i] + 1 < fewest[j] and joined[i:j] in lexicon:
                    fewest[j] = fewest[i] + 1
    return fewest[n] if fewest[n] < none else 0
