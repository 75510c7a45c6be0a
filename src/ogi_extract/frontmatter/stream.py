"""The front matter as a stream: loose lines and table fragments in reading order, up to the detail."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


from ..layout.model import Box, Document, Page, Word
from ..models.records import Piece
from ..tables import Fragment, PageContent, TextLine, split_page
from ..grammar.auditrules import FrontMatterPatterns


# -- the stream of lines and tables ----------------------------------------


@dataclass
class Stream:
    """Loose lines and table fragments in reading order, with the joined text of the lines."""

    items: list[TextLine | Fragment] = field(default_factory=list)
    lines: list[TextLine] = field(default_factory=list)
    pages: dict[int, Page] = field(default_factory=dict)



def page_stream(
    document: Document, fm: FrontMatterPatterns, contents: Sequence[PageContent] | None = None
) -> Stream:
    stream = Stream()
    by_number = {page.number: page for page in document.pages}
    # the pages the parse read (furniture left out), or each page split here, lazily: reading stops at the detail
    pages = contents if contents is not None else (split_page(page, set()) for page in document.pages)
    for content in pages:
        stream.pages[content.page] = by_number[content.page]
        for item in content.items():
            if isinstance(item, TextLine):
                text = item.text.strip()
                if fm.detail_start.search(text):
                    return stream
                if any(p.search(text) for p in fm.furniture):
                    continue
                stream.lines.append(item)
            stream.items.append(item)
    return stream


def all_lines(stream: Stream) -> list[TextLine]:
    """The loose lines and the table cells' lines of the front matter."""
    lines = list(stream.lines)
    for item in stream.items:
        if isinstance(item, Fragment):
            lines.extend(ln for group in item.groups for cell in group.cells for ln in cell.lines)
    return lines


def line_pieces(words: Sequence[Word]) -> list[Piece]:
    """One piece per printed line the words sit on."""
    pieces: list[Piece] = []
    current: tuple[int, Box] | None = None
    for w in words:
        page = w.page
        if current and current[0] == page and abs(current[1].top - w.box.top) < w.box.height / 2:
            current = (page, current[1].union(w.box))
            continue
        if current:
            pieces.append(Piece(page=current[0], box=current[1].rounded()))
        current = (page, w.box)
    if current:
        pieces.append(Piece(page=current[0], box=current[1].rounded()))
    return pieces
