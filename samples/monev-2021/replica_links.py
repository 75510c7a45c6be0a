"""Link annotations over the web addresses of the replica.

Word exports a hyperlink as one link annotation per line the address occupies
(hence the address repeated two to five times in the original's text layer).
The headless office suite used for the build writes none, so they are added to
the exported PDF here, with the same one-rectangle-per-line shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import pymupdf

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class _Word:
    page: int
    rect: pymupdf.Rect
    line: tuple[int, int]


def _words(pdf: pymupdf.Document) -> tuple[str, list[int], list[_Word]]:
    """The words of the document joined without spaces, with each character's word."""
    text: list[str] = []
    owner: list[int] = []
    words: list[_Word] = []
    for page in pdf:
        for x0, y0, x1, y1, content, block, line, _ in page.get_text("words", sort=False):
            chunk = _SPACE.sub("", content)
            words.append(_Word(page.number, pymupdf.Rect(x0, y0, x1, y1), (block, line)))
            text.append(chunk)
            owner.extend([len(words) - 1] * len(chunk))
    return "".join(text), owner, words


def _line_rects(words: list[_Word]) -> list[tuple[int, pymupdf.Rect]]:
    """One rectangle per printed line of the words, in order."""
    rects: list[tuple[int, pymupdf.Rect]] = []
    last: tuple[int, tuple[int, int]] | None = None
    for word in words:
        key = (word.page, word.line)
        if key == last:
            rects[-1][1].include_rect(word.rect)
        else:
            rects.append((word.page, pymupdf.Rect(word.rect)))
            last = key
    return rects


def _pieces(stream: str, owner: list[int], text: str, start: int, reach: int = 3000) -> list[range] | None:
    """Where `text` lies from `start` on, allowing it to be cut where a row runs over a page.

    The first piece begins at `start`; each further piece is the longest run of the
    rest found again within `reach` characters (the other cells of the row and the
    page footer lie in between). A piece that stops short of the text's end must
    stop at the end of a word, where a line ended.
    """
    pieces: list[range] = []
    done, position = 0, start
    while done < len(text):
        if pieces:
            anchor = text[done : done + 8]
            position = stream.find(anchor, position, position + reach)
            if position < 0:
                return None
        length = 0
        while done + length < len(text) and position + length < len(stream) and (
            stream[position + length] == text[done + length]
        ):
            length += 1
        end = position + length
        if length == 0 or (done + length < len(text) and end < len(owner) and owner[end] == owner[end - 1]):
            return None
        pieces.append(range(position, end))
        done += length
        position += length
    return pieces


def add_links(pdf: pymupdf.Document, urls: Iterable[str]) -> int:
    """Annotate every occurrence of each address; returns the number of annotations added."""
    if any(link.get("uri") for page in pdf for link in page.get_links()):
        return 0  # the exporter wrote them itself
    stream, owner, words = _words(pdf)
    taken: set[int] = set()
    added = 0
    # Longest first, so that an address that begins another is not linked inside it.
    for url in sorted(set(urls), key=lambda u: (-len(u), u)):
        start = stream.find(url[:24])
        while start >= 0:
            pieces = _pieces(stream, owner, url, start)
            span = {i for piece in pieces or () for i in piece}
            if pieces and not taken.intersection(span):
                taken.update(span)
                covered = sorted({owner[i] for i in span})
                for page, rect in _line_rects([words[i] for i in covered]):
                    pdf[page].insert_link({"kind": pymupdf.LINK_URI, "from": rect, "uri": url})
                    added += 1
            start = stream.find(url[:24], start + 1)
    return added
