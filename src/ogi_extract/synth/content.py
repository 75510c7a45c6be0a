"""Random report content: commitments, measures, implementers, target rows and texts.

Every choice goes through the `random.Random` passed in, so a seed fixes the content
and hypothesis can drive the same code through `st.randoms()`. Generated words never
end in "-" or "/" (a line ending so is joined without a space by the text rules) and
never start with a cell label word, so the truth stays exactly what a correct
parser must read.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from functools import lru_cache

from . import vocab
from .spec import (
    BlockSpec,
    CommitmentSpec,
    MeasureSpec,
    Paragraph,
    Spec,
    TargetSpec,
    Text,
)
from .wording import DEFAULT_WORDING, Wording

BULLET_MARKERS: tuple[str, ...] = ("\uf0b7", "\uf0b7", "\uf0a7", "•")


@dataclass(frozen=True, slots=True)
class SpecParams:
    """Ranges and probabilities of the content; inclusive (low, high) counts."""

    commitments: tuple[int, int] = (2, 4)
    measures: tuple[int, int] = (1, 3)  # per commitment
    implementers: tuple[int, int] = (1, 3)  # blocks per success measure
    targets: tuple[int, int] = (1, 3)  # per block
    long_cell: float = 0.04  # a cell text that runs over a page
    empty_cell: float = 0.05  # a field left empty (null)
    list_cell: float = 0.3  # a cell of numbered or bulleted items
    special_token: float = 0.04  # per word: URL, "-"/"/" compound, very long word, quote
    follow_up: float = 0.85
    periods: tuple[str, ...] | None = None  # default: the wording's
    wording: Wording = DEFAULT_WORDING  # the edition's labels, periods and co-creation labels

    @property
    def period_codes(self) -> tuple[str, ...]:
        return self.periods if self.periods is not None else self.wording.periods


def random_spec(rng: random.Random, params: SpecParams | None = None) -> Spec:
    params = params or SpecParams()
    count = rng.randint(*params.commitments)
    return spec_of(tuple(random_commitment(rng, n, params) for n in range(1, count + 1)), params)


def spec_of(commitments: tuple[CommitmentSpec, ...], params: SpecParams) -> Spec:
    """A spec of these commitments in the params' wording."""
    w = params.wording
    return Spec(commitments, title=w.title, action_plan=w.action_plan, wording=w)


@lru_cache(maxsize=32)
def _vocabulary(avoid: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The word lists without the words that begin one of the edition's labels."""
    if not avoid:
        return vocab.WORDS, vocab.ACRONYMS
    return (
        tuple(w for w in vocab.WORDS if w.casefold() not in avoid),
        tuple(w for w in vocab.ACRONYMS if w.casefold() not in avoid),
    )


def random_commitment(rng: random.Random, number: int, params: SpecParams) -> CommitmentSpec:
    blocks: list[BlockSpec] = []
    for m in range(1, rng.randint(*params.measures) + 1):
        measure = MeasureSpec(m, _sentences(rng, rng.randint(8, 45), params))
        count = min(rng.randint(*params.implementers), len(vocab.IMPLEMENTERS))
        entries = rng.sample(vocab.IMPLEMENTERS, k=count)
        for _, spellings in entries:
            targets = _targets(rng, rng.randint(*params.targets), params)
            blocks.append(BlockSpec(measure, rng.choice(spellings), targets))
    title = _title(rng)
    follow_up = _follow_up(rng, params) if rng.random() < params.follow_up else ()
    return CommitmentSpec(number, title, tuple(blocks), follow_up)


def _title(rng: random.Random) -> str:
    words = [rng.choice(vocab.TITLE_WORDS) for _ in range(rng.randint(4, 16))]
    if rng.random() < 0.15:
        words.append(rng.choice(("SP4N-LAPOR!", "(SDI)", "COVID-19")))
    return " ".join(words)


def _targets(rng: random.Random, count: int, params: SpecParams) -> tuple[TargetSpec, ...]:
    codes, w = params.period_codes, params.wording
    periods = sorted(rng.sample(codes, k=min(count, len(codes))), key=codes.index)
    numbered = count >= 2 and rng.random() < 0.1  # "Target (1) B12", "Target (2) B12"
    out = []
    for i in range(count):
        period = periods[0] if numbered else periods[min(i, len(periods) - 1)]
        label = w.target_numbered.format(n=i + 1, period=period) if numbered else w.target.format(period=period)
        out.append(
            TargetSpec(
                label=label,
                period=period,
                target_text=_cell(rng, params, short=True),
                achievement_text=_cell(rng, params, short=False),
                score=_score(rng, params),
                cocreation_text=_cell(rng, params, short=False),
                cocreation_label=_label(rng, params),
            )
        )
    return tuple(out)


def _score(rng: random.Random, params: SpecParams) -> str | None:
    r = rng.random()
    if r < params.empty_cell:
        return None
    r = rng.random()
    if r < 0.55:
        return "100%"
    if r < 0.68:
        return "0%"
    if r < 0.8:
        return f"{rng.randint(1, 99)}%"
    if r < 0.88:
        return "N/A"
    if r < 0.95:
        return "-"
    return rng.choice(vocab.SCORE_WORDS)


def _label(rng: random.Random, params: SpecParams) -> str | None:
    if rng.random() < params.empty_cell:
        return None
    labels = params.wording.cocreation_labels
    r = rng.random() * sum(p for _, p in labels)
    for label, p in labels:
        r -= p
        if r < 0:
            return label
    return labels[0][0]


def _cell(rng: random.Random, params: SpecParams, *, short: bool) -> Text:
    """A cell text: from one word to more than a page, plain or as a list."""
    if rng.random() < params.empty_cell:
        return ()
    r = rng.random()
    if r < params.long_cell:
        words = rng.randint(120, 350) if short else rng.randint(250, 900)
    elif r < 0.15:
        words = rng.randint(1, 3)
    else:
        words = rng.randint(4, 30) if short else rng.randint(8, 90)
    if rng.random() < params.list_cell and words >= 8:
        return _list(rng, words, params)
    return (Paragraph(_sentences(rng, words, params)),)


def _list(rng: random.Random, words: int, params: SpecParams) -> Text:
    """Numbered or bulleted items, sometimes after a lead-in and with nested items."""
    items = max(2, min(8, words // rng.randint(6, 25)))
    per_item = max(3, words // items)
    paras: list[Paragraph] = []
    if rng.random() < 0.3:
        paras.append(Paragraph(_sentences(rng, rng.randint(4, 15), params)))
    bullet = rng.choice(BULLET_MARKERS) if rng.random() < 0.5 else None
    for i in range(items):
        marker = bullet if bullet is not None else f"{i + 1}."
        paras.append(Paragraph(_sentences(rng, per_item, params), marker))
        if rng.random() < 0.15:
            for j in range(rng.randint(1, 3)):
                sub = rng.choice(("o", "\uf0a7")) if bullet is not None else f"{'abcdefgh'[j]}."
                paras.append(Paragraph(_sentences(rng, rng.randint(3, 20), params), sub, 1))
    return tuple(paras)


def _follow_up(rng: random.Random, params: SpecParams) -> Text:
    paras: list[Paragraph] = []
    for uk in range(1, rng.randint(1, 3) + 1):
        if rng.random() < 0.7:
            paras.append(Paragraph(f"UK {uk}:"))
        for i in range(rng.randint(1, 3)):
            paras.append(Paragraph(_sentences(rng, rng.randint(6, 40), params), f"{i + 1}."))
    return tuple(paras)


def _sentences(rng: random.Random, count: int, params: SpecParams) -> str:
    """`count` words as sentences: capitalised starts, commas, full stops."""
    out: list[str] = []
    start = True
    for i in range(count):
        word = _word(rng, params)
        if start and word[0].islower() and "://" not in word:
            word = word[0].upper() + word[1:]
        start = False
        last = i == count - 1
        if last or rng.random() < 0.08:
            if word[-1].isalnum() or word[-1] in ")”’%":
                word += "."
            start = True
        elif rng.random() < 0.06 and word[-1].isalnum():
            word += ","
        out.append(word)
    return " ".join(out)


def _word(rng: random.Random, params: SpecParams) -> str:
    words, acronyms = _vocabulary(params.wording.avoid)
    if rng.random() >= params.special_token:
        return rng.choice(acronyms) if rng.random() < 0.08 else rng.choice(words)
    kind = rng.randrange(6)
    if kind == 0:
        return _url(rng)
    if kind == 1:
        return rng.choice(vocab.COMPOUNDS)
    if kind == 2:
        return rng.choice(vocab.LONG_WORDS)
    if kind == 3:
        # Longer than any narrow column: must be cut inside the word.
        return rng.choice(vocab.LONG_WORDS) + rng.choice(vocab.LONG_WORDS)
    if kind == 4:
        return f"{rng.choice(words)}/{rng.choice(words)}"
    return rng.choice(("“{}”", "‘{}’", "({})")).format(rng.choice(words))


def _url(rng: random.Random) -> str:
    path = []
    for _ in range(rng.randint(1, 4)):
        seg = rng.choice(vocab.URL_SEGMENTS)
        if rng.random() < 0.5:
            seg = "-".join(rng.choice(vocab.URL_SEGMENTS) for _ in range(rng.randint(2, 6)))
        path.append(seg)
    return f"https://{rng.choice(vocab.URL_HOSTS)}/" + "/".join(path)
