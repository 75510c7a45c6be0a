"""Paragraphs of a transcribed text, as the original set them.

The transcription joins every line of a cell into one string, so numbered items
("1. ...", "a. ...") and bullets ("• ...") run on. In the original each item is a
paragraph of its own, and a follow-up section opens each success measure's notes
with an "UK n:" line. Splitting is done by recognising item markers that continue
a sequence (the "2." after a "1.", the "b." after an "a."), which keeps an
abbreviation such as "No. 1" or a stray "3." inside a sentence in its paragraph.
Splitting only ever replaces a space by a paragraph break, so joining the
paragraphs with single spaces gives the transcribed text back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

BULLET = "•"
_NUMBER = re.compile(r"^(\d{1,2})\.$")
_LETTER = re.compile(r"^([a-z])\.$")
_UK_NUMBER = re.compile(r"^\d{1,2}:?$")
_URL = re.compile(r"https?://\S+?(?=[.,;:)]?(?:\s|$))")
_OPENS_ITEM = (".", ":", ";", ")")


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: `marker` ("1.", "a.", "•" or None) then `text`; `depth` nests lists."""

    text: str
    marker: str | None = None
    depth: int = 0
    heading: bool = False

    def joined(self) -> str:
        return f"{self.marker} {self.text}" if self.marker else self.text


@dataclass
class _Lists:
    """The list kinds open at this point, outermost first, with their last marker."""

    kinds: list[str]
    last: dict[str, str]

    def depth_of(self, kind: str) -> int:
        if kind in self.kinds:
            del self.kinds[self.kinds.index(kind) + 1 :]
        else:
            self.kinds.append(kind)
        return len(self.kinds) - 1


def _continues(kind: str, value: str, lists: _Lists, previous: str) -> bool:
    """Whether a marker token starts the next item of a list rather than sitting in a sentence."""
    first = {"number": "1", "letter": "a"}[kind]
    if value == first:
        return previous.endswith(_OPENS_ITEM) or previous == ""
    last = lists.last.get(kind)
    if last is None:
        return False
    if kind == "number":
        return int(value) == int(last) + 1
    return ord(value) == ord(last) + 1


def _marker(
    tokens: list[str], index: int, lists: _Lists, follow_up: bool, fresh: bool
) -> tuple[str, str] | None:
    """(kind, marker) when tokens[index] opens a new paragraph (`fresh`: nothing before it)."""
    token = tokens[index]
    previous = "" if fresh else tokens[index - 1]
    if token == BULLET:
        return "bullet", BULLET
    if follow_up and token == "UK" and index + 1 < len(tokens) and _UK_NUMBER.match(tokens[index + 1]):
        return "uk", token
    if index + 1 >= len(tokens):
        return None
    for kind, pattern in (("number", _NUMBER), ("letter", _LETTER)):
        match = pattern.match(token)
        if match and _continues(kind, match.group(1), lists, previous):
            return kind, token
    return None


def split_paragraphs(text: str, follow_up: bool = False) -> list[Paragraph]:
    """Cut a joined cell text (or follow-up section) back into its paragraphs."""
    tokens = text.split(" ")
    lists = _Lists([], {})
    paragraphs: list[Paragraph] = []
    words: list[str] = []
    marker: str | None = None
    depth = 0
    index = 0

    def flush() -> None:
        if words or marker:
            paragraphs.append(Paragraph(" ".join(words), marker, depth))

    while index < len(tokens):
        found = _marker(tokens, index, lists, follow_up, not words and marker is None)
        if found is None:
            words.append(tokens[index])
            index += 1
            continue
        kind, token = found
        flush()
        words = []
        if kind == "uk":
            paragraphs.append(Paragraph(f"UK {tokens[index + 1]}", heading=True))
            lists = _Lists([], {})
            marker, depth = None, 0
            index += 2
            continue
        lists.last[kind] = token.rstrip(".")
        marker, depth = token, lists.depth_of(kind)
        index += 1
    flush()
    return [p for p in paragraphs if p.text or p.marker]


def url_spans(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the web addresses in a text (trailing punctuation left out)."""
    for match in _URL.finditer(text):
        yield match.start(), match.end()
