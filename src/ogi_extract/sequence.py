"""The page sequence as printed: sheets fed twice, sheets missing, pages out of order.

A report that went through a printer, a scanner or a careless merge can repeat
a page or lose one. Neither shows in the PDF's own structure; both show in the
content. A repeated page carries the same words at the same places as the page
before it; a missing page leaves a jump in the printed page numbers (found by
the furniture stage as header or footer lines).

Both matter beyond a warning. Rows are stitched across a page break only
between neighbouring pages, so the stitching must see the page after a
repeated one as the neighbour of the original, and must not see the pages on
either side of a missing one as neighbours: the row cut there would otherwise
be glued to an unrelated row of the next surviving page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .furniture import Furniture
from .layout.model import Document, Page

# A header or footer line that is nothing but a page number ("12", "- 12 -",
# "Halaman 12 dari 80"); the first number is the page's own.
_PAGE_NUMBER = re.compile(
    r"^(?:(?:halaman|hal\.?|page|p\.)\s*)?[-–—]?\s*(\d{1,4})\s*[-–—]?(?:\s*(?:/|of|dari)\s*\d{1,4})?$",
    re.IGNORECASE,
)
# Pages with fewer body words than this are not compared: a blank or a
# one-line page ("Lampiran") can repeat on purpose.
MIN_WORDS_FOR_DUPLICATE = 5


@dataclass(slots=True)
class PageSequence:
    """What the content says about the order of the pages.

    `position` numbers the pages as they follow each other in print: a repeated
    page shares the position of the page it repeats (and is read no further),
    and a jump in the printed numbers leaves as many positions free as pages
    are missing. Two pages are neighbours when their positions differ by one.
    """

    position: dict[int, int] = field(default_factory=dict)
    duplicates: dict[int, int] = field(default_factory=dict)  # page -> the earlier page it repeats
    printed: dict[int, int] = field(default_factory=dict)  # page -> its printed page number
    warnings: list[str] = field(default_factory=list)


def printed_number(furniture_texts: Iterable[str]) -> int | None:
    """The page's printed number: the first furniture line that is only a page number."""
    for text in furniture_texts:
        match = _PAGE_NUMBER.match(" ".join(text.split()))
        if match:
            return int(match.group(1))
    return None


def _body_key(page: Page, skip: set[int]) -> tuple[tuple[str, tuple[float, float, float, float]], ...]:
    return tuple((w.text, w.box.rounded(1)) for i, w in enumerate(page.words) if i not in skip)


def _body_texts(page: Page, skip: set[int]) -> list[str]:
    """The body's words in order: pages whose texts differ cannot repeat each other, whatever their boxes."""
    return [w.text for i, w in enumerate(page.words) if i not in skip]


def read_sequence(doc: Document, furniture: Furniture) -> PageSequence:
    """Positions, repeated pages and printed numbers of the document's pages.

    A page repeats the one before when its body words have the same texts at
    the same boxes (to a tenth of a point); the boxes are rounded only for a
    page whose texts already match, since almost no page repeats the one before.
    """
    seq = PageSequence()
    previous: tuple[Page, set[int], list[str]] | None = None
    for page in doc.pages:
        found = furniture.pages.get(page.number)
        number = printed_number(ln.text for ln in found.lines) if found else None
        if number is not None:
            seq.printed[page.number] = number
        skip = furniture.skip(page.number)
        texts = _body_texts(page, skip)
        if (
            previous is not None
            and len(texts) >= MIN_WORDS_FOR_DUPLICATE
            and texts == previous[2]
            and _body_key(page, skip) == _body_key(previous[0], previous[1])
        ):
            seq.duplicates[page.number] = previous[0].number
            continue
        if page.words:
            previous = (page, skip, texts)
    _place(doc, seq)
    return seq


def _place(doc: Document, seq: PageSequence) -> None:
    """Positions from the page order, corrected by the printed numbers; warnings for each anomaly."""
    position = 0
    last: tuple[int, int] | None = None  # (pdf page, printed number) of the last numbered page kept
    for page in doc.pages:
        n = page.number
        if n in seq.duplicates:
            original = seq.duplicates[n]
            seq.position[n] = seq.position[original]
            seq.warnings.append(
                f"page {n} repeats page {original} word for word (a sheet fed twice?): "
                f"its words were left out of the records and are listed in 'unassigned'"
            )
            continue
        position += 1
        printed = seq.printed.get(n)
        if printed is not None and last is not None:
            step, jump = n - last[0], printed - last[1]
            if jump > step:
                missing = jump - step
                position += missing
                seq.warnings.append(
                    f"printed page numbers jump from {last[1]} to {printed} between pages {last[0]} and {n}: "
                    f"{missing} page{'s' if missing > 1 else ''} seem{'' if missing > 1 else 's'} to be missing; "
                    f"rows cut there are not joined across the gap"
                )
            elif jump == 0:
                seq.warnings.append(f"pages {last[0]} and {n} both carry the printed page number {printed}")
            elif jump < 0 and printed != 1:
                seq.warnings.append(
                    f"printed page numbers go back from {last[1]} to {printed} between pages {last[0]} and {n}: "
                    f"pages seem to be out of order"
                )
        seq.position[n] = position
        if printed is not None:
            last = (n, printed)
