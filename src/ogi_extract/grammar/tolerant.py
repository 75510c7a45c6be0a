"""Reading a grammar's labels and values through OCR's confusions.

OCR misreads a few glyphs in predictable ways: "O" for "0" and "l" or "I" for
"1" among digits ("Nilai: 6O%", "B1O"), a letter wrong or missing in a label
("Capaian Targe:", "Aktlf"), a percent sign read as other glyphs ("100Yc",
"10072"). Nothing here names a misspelling; it is generic:

* **Digits folded.** In a token that holds a digit, `DIGIT_LOOKALIKES` turns
  the letters that look like digits into those digits, one character for one,
  so a match on the folded text has the same offsets in the raw text.
* **Labels by edit distance.** A grammar pattern that does not match (raw or
  folded) is tried again with each of its literal words allowed a few edits,
  one per `CHARS_PER_ERROR` letters (`fuzzy_pattern`, the `regex` module's
  fuzzy matching, best match first); digits and groups stay exact.
* **Values by nearest form.** A period not in the edition's list is the nearest
  one by edit distance; a co-creation label is the nearest key of the grammar's
  `[cocreation.labels]` (OCR may add a stray token before it, so each tail of
  its tokens is tried); a score is a percentage whose sign OCR garbled: the
  longest leading number of up to three digits that is at most 100.

Only text read by OCR is read this way (`tolerant_grammar` is applied by the
assembler when the layout's words carry an OCR confidence): a born-digital PDF
keeps the strict grammar. The raw OCR text and its confidence stay on the
record (`Target.ocr`) beside the normalised value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import regex
from rapidfuzz import fuzz, process

from ..layout.model import Word
from ..models import OcrReading
from .fold import fold_label as _fold_label
from .model import Grammar

DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "i": "1"})
CHARS_PER_ERROR = 6
MAX_ERRORS = 3
MIN_FUZZY_WORD = 4  # letters; shorter words ("B", "Ko") stay exact
NEAREST_LABEL = 80.0  # rapidfuzz ratio a co-creation label must reach
NEAREST_PERIOD = 60.0
PERCENT_MAX = 100.0
_TOKEN = regex.compile(r"\S+")
_DIGIT = regex.compile(r"\d")
_OPENERS = "[({<'\"‘“"  # a rule or a stroke read before the number ("[5%")
_LEADING_NUMBER = regex.compile(r"^(?P<digits>\d{1,6})(?P<tail>\D.{0,2})?$")


def fold_digits(text: str) -> str:
    """Letters that look like digits turned into digits, in tokens that already hold a digit (same length)."""
    return _TOKEN.sub(lambda m: m.group(0).translate(DIGIT_LOOKALIKES) if _DIGIT.search(m.group(0)) else m.group(0), text)


def word_errors(word: str) -> int:
    """Edits allowed in one literal word of a label: one per CHARS_PER_ERROR letters, at least one."""
    return max(1, min(MAX_ERRORS, len(word) // CHARS_PER_ERROR))


_QUANTIFIERS = "?*+{"


def fuzzy_pattern(pattern: str) -> str:
    """The pattern with each literal word of `MIN_FUZZY_WORD` letters or more allowed `word_errors` edits.

    Only words are made fuzzy: digits (`\\d`), classes, groups and their names
    stay exact, so a fuzzy match never reads "I" as a `number`. A letter under
    a quantifier ("s?") stays outside the fuzzy word.
    """
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif ch == "[":
            j = i + 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i : j + 1])
            i = j + 1
        elif pattern.startswith("(?", i):
            j = i + 2
            if pattern.startswith("P<", j):
                j = pattern.index(">", j) + 1
            else:
                while j < n and pattern[j] not in ":)":
                    j += 1
                j += 1
            out.append(pattern[i:j])
            i = j
        elif ch.isalpha():
            j = i
            while j < n and pattern[j].isalpha():
                j += 1
            word, tail = pattern[i:j], ""
            if j < n and pattern[j] in _QUANTIFIERS:
                word, tail = word[:-1], word[-1]
            if len(word) >= MIN_FUZZY_WORD:
                out.append(f"(?:{word}){{e<={word_errors(word)}}}{tail}")
            else:
                out.append(word + tail)
            i = j
        else:
            out.append(ch)
            i += 1
    return "".join(out)


@dataclass(frozen=True, slots=True)
class TolerantPattern:
    """A grammar pattern tried raw, then on digit-folded text, then with a few edits."""

    strict: regex.Pattern[str]
    fuzzy: regex.Pattern[str]

    @classmethod
    def of(cls, pattern: regex.Pattern[str]) -> TolerantPattern:
        return cls(pattern, regex.compile(f"(?e){fuzzy_pattern(pattern.pattern)}", pattern.flags))

    @property
    def pattern(self) -> str:
        return self.strict.pattern

    def _try(self, method: str, text: str) -> Any:
        strict = getattr(self.strict, method)
        found = strict(text)
        if found:
            return found
        folded = fold_digits(text)
        if folded != text:
            found = strict(folded)
            if found:
                return found
        fuzzy = getattr(self.fuzzy, method)
        return fuzzy(folded) or (fuzzy(text) if folded != text else None)

    def match(self, text: str) -> Any:
        return self._try("match", text)

    def search(self, text: str) -> Any:
        return self._try("search", text)


LABEL_FIELDS = (
    "commitment",
    "success_measure",
    "follow_up",
    "target_cell",
    "achievement_cell",
    "score_cell",
    "cocreation_cell",
    "detail_start",
)


def tolerant_grammar(g: Grammar) -> Grammar:
    """The grammar with its labels and headings read through OCR's confusions."""
    return replace(g, **{name: TolerantPattern.of(getattr(g, name)) for name in LABEL_FIELDS})  # type: ignore[arg-type]


def detects(g: Grammar, text: str, ocr: bool) -> bool:
    """Whether all of the grammar's detection patterns occur in the text (through OCR's confusions if `ocr`)."""
    if not g.detect:
        return False
    if all(p.search(text) for p in g.detect):
        return True
    return ocr and all(TolerantPattern.of(p).search(text) for p in g.detect)


def period(raw: str | None, g: Grammar) -> str | None:
    """The edition's period nearest to an OCR reading ("BO6", "B1Z" -> "B06", "B12")."""
    if raw is None or raw in g.periods:
        return raw
    folded = fold_digits(raw)
    if folded in g.periods:
        return folded
    best = process.extractOne(folded, g.periods, scorer=fuzz.ratio, score_cutoff=NEAREST_PERIOD)
    return best[0] if best else raw


def cocreation(raw: str | None, g: Grammar) -> str | None:
    """The normalised co-creation label nearest to an OCR reading (a stray leading token allowed)."""
    if not raw:
        return None
    keys = list(g.cocreation_labels)
    tokens = raw.split()
    best: tuple[float, str] | None = None
    for start in range(len(tokens)):
        tail = _fold_label(" ".join(tokens[start:]))
        found = process.extractOne(tail, keys, scorer=fuzz.ratio, score_cutoff=NEAREST_LABEL)
        if found and (best is None or found[1] > best[0]):
            best = (found[1], found[0])
    return g.cocreation_labels[best[1]] if best else None


def score_value(raw: str | None, g: Grammar) -> float | None:
    """The percentage of a score OCR garbled ("6O%", "OYs", "100Yc", "10072", "09", "[5%" -> 60, 0, 100, 100, 0, 5).

    A score cell holds a percentage, N/A or a dash, so here every digit
    look-alike is a digit. What follows the number is its sign, however read;
    a sign read as digits shows as a number over 100, and the longest leading
    number of at most three digits that is not over 100 is the value.
    """
    if raw is None:
        return None
    text = raw.replace(" ", "").lstrip(_OPENERS).translate(DIGIT_LOOKALIKES)
    m = g.score_percent.match(text)
    if m:
        return float(m.group("value").replace(",", "."))
    m = _LEADING_NUMBER.match(text)
    if not m:
        return None
    digits, tail = m.group("digits"), m.group("tail")
    if len(digits) > 1 and digits.startswith("0"):  # no number is printed with a leading zero: "09" is "0%"
        return 0.0
    if tail:
        return float(digits) if len(digits) <= 3 and float(digits) <= PERCENT_MAX else None
    for n in range(min(3, len(digits)), 0, -1):
        if len(digits) - n <= 3 and float(digits[:n]) <= PERCENT_MAX:
            return float(digits[:n])
    return None


def confidence(words: Sequence[Word]) -> float | None:
    """Mean OCR confidence of a field's words (None when the OCR gave none, as a PDF's own layer)."""
    values = [c for w in words if (c := getattr(w, "confidence", None)) is not None]
    return round(sum(values) / len(values), 3) if values else None


def is_ocr(words: Sequence[Word]) -> bool:
    return any(hasattr(w, "confidence") for w in words)


def readings(fields: dict[str, tuple[str | None, Sequence[Word]]]) -> dict[str, OcrReading]:
    """Each field's raw OCR text and confidence, for the fields that have words."""
    return {
        name: OcrReading(text=" ".join(w.text for w in words) or raw, confidence=confidence(words))
        for name, (raw, words) in fields.items()
        if words
    }
