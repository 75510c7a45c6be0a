"""Which reading of a run of letters across a line end takes fewer, longer words.

A run that reads as words both with the end between two and with it inside
one ("per" + "tanggungjawaban…" is "pertanggungjawaban" as well as "per
tanggung jawaban") is read in the fewer, longer words; a tie leaves the
break between words. `readings.py` asks where its readings both hold, or
where a word that happens to lie across the end would outweigh a word on
each side ("mensosialisasi kanwil ayah" against "mensosialisasikan
wilayah").
"""

from __future__ import annotations

from collections.abc import Container

from .language import Either
from .lexicon import SEGMENT, fewest_words, prefixes_of


def open_ended(
    joined: str, cut: int, either: Either, document: frozenset[str], language: frozenset[str]
) -> tuple[bool, bool]:
    """`lexicon.segments` for a run whose last word goes on past `joined`: its letters there begin a word.

    Where both readings hold, the one of fewer, longer words wins (letters per
    word, the best place of each): "per" + "tanggungjawabanditi" (+
    "ndaklanjuti") reads "per tanggung jawaban diti…" as well as
    "pertanggungjawaban diti…", three words against one. On a tie the break
    between words stands.
    """

    def begins(rest: str) -> bool:  # fewer than three letters begin some word whatever they are
        return len(rest) < 3 or rest in prefixes_of(document) or rest in prefixes_of(language)

    n = len(joined)
    none = n + 1  # more words than letters: no run
    head = fewest_words(joined, either, cut)  # head[i]: fewest words of a run joined[:i], i up to the cut
    between = [none] * n  # a run to i with a word ending at the cut
    across = [none] * n  # a run to i with a word holding the cut
    if cut < n:
        between[cut] = head[cut]
    for i in range(cut):
        if head[i] < none:
            for j in range(max(cut + 1, i + SEGMENT), n):
                if joined[i:j] in either:
                    across[j] = min(across[j], head[i] + 1)
    for runs in (between, across):
        for i in range(cut, n):
            if runs[i] < none:
                for j in range(i + SEGMENT, n):
                    if joined[i:j] in either:
                        runs[j] = min(runs[j], runs[i] + 1)

    def best(runs: list[int]) -> float:
        return max((i / runs[i] for i in range(cut, n) if 0 < runs[i] < none and begins(joined[i:])), default=0.0)

    b, a = best(between), best(across)
    return a > b, b > 0 and b >= a


def reads_between(head: str, tail: str, document: frozenset[str], language: frozenset[str]) -> bool:
    """Whether the run `head` + `tail` (lookup forms) reads in as few words of the document and the language
    with the line end between two words as with it inside one, or in fewer.

    A glued run the document's words alone read with the end inside a word
    may be two words the document writes nowhere else: "antar" + "acara" is
    "antara" + "cara" to a document that lacks "acara", and two words either
    way to the language, where the break between them stands. Fewer, longer
    words win, as in `open_ended`: "penandatangananmenindak" + "lanjuti" is
    "penandatanganan" + "menindaklanjuti", two words against three.
    False where no reading has the end between words.
    """
    if not language or not (head.isalpha() and tail.isalpha()):
        return False
    return fewer_between(head + tail, len(head), Either(document, language))


def fewer_between(joined: str, cut: int, words: Container[str]) -> bool:
    """Whether `joined` reads as a run of `words` with the end `cut` between two in as few words as with
    it inside one, or in fewer (`reads_between`); false where no reading has it between words."""
    n = len(joined)
    if n > 80:
        return False
    none = n + 1
    before = fewest_words(joined, words, n)  # before[i]: fewest words of a run joined[:i]
    after = [none] * (n + 1)  # after[i]: of a run joined[i:]
    after[n] = 0
    for j in range(n, 0, -1):
        if after[j] < none:
            for i in range(j - SEGMENT, -1, -1):
                if joined[i:j] in words:
                    after[i] = min(after[i], after[j] + 1)
    between = before[cut] + after[cut]
    across = min(
        (before[i] + 1 + after[j] for i in range(cut) for j in range(cut + 1, n + 1) if joined[i:j] in words),
        default=2 * none,
    )
    return between < none and between <= across
