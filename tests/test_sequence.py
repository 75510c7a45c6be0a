"""The printed page sequence: repeated pages, gaps and backward jumps in the page numbers."""

from __future__ import annotations

import pytest

from ogi_extract.furniture import Furniture, FurnitureLine, PageFurniture
from ogi_extract.layout.model import Box, Document, Page, Word
from ogi_extract.sequence import printed_number, read_sequence


def _word(text: str, x: float, y: float, line: int) -> Word:
    return Word(text, Box(x, y, x + 6 * len(text), y + 10), "Helvetica", 10, False, line, True)


def _doc(bodies: list[str], printed: list[int | None]) -> tuple[Document, Furniture]:
    """Pages with one body line each and a footer page number (not printed where None)."""
    pages: list[Page] = []
    furniture = Furniture()
    for n, (body, number) in enumerate(zip(bodies, printed), 1):
        words = [_word(t, 72 + 40 * i, 100, 0) for i, t in enumerate(body.split())]
        lines: tuple[FurnitureLine, ...] = ()
        if number is not None:
            words.append(_word(str(number), 300, 800, 1))
            lines = (FurnitureLine(str(number), words[-1].box, "footer", "page number", (len(words) - 1,)),)
        pages.append(Page(n, 595, 842, words))
        skip = frozenset(i for ln in lines for i in ln.words)
        furniture.pages[n] = PageFurniture(n, skip, lines, 100, 110)
    return Document(pages, "test"), furniture


BODIES = [f"isi halaman nomor {n} dengan beberapa kata" for n in range(1, 7)]


@pytest.mark.parametrize(
    "text, number",
    [("12", 12), ("- 12 -", 12), ("Halaman 12 dari 80", 12), ("hal. 7", 7), ("Laporan 2021", None), ("iv", None)],
)
def test_printed_number(text: str, number: int | None) -> None:
    assert printed_number([text]) == number


def test_sound_sequence_has_consecutive_positions_and_no_warning() -> None:
    seq = read_sequence(*_doc(BODIES, [10, 11, 12, 13, 14, 15]))
    assert seq.position == {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}
    assert seq.duplicates == {} and seq.warnings == []


def test_gap_in_printed_numbers_leaves_positions_free() -> None:
    seq = read_sequence(*_doc(BODIES[:5], [10, 11, 14, 15, 16]))
    assert seq.position == {1: 1, 2: 2, 3: 5, 4: 6, 5: 7}
    assert seq.warnings == [
        "printed page numbers jump from 11 to 14 between pages 2 and 3: 2 pages seem to be missing; "
        "rows cut there are not joined across the gap"
    ]


def test_unnumbered_pages_do_not_count_as_gaps() -> None:
    seq = read_sequence(*_doc(BODIES[:4], [10, None, None, 13]))
    assert seq.warnings == [] and seq.position == {1: 1, 2: 2, 3: 3, 4: 4}


def test_repeated_page_shares_the_position_of_its_original() -> None:
    bodies = [BODIES[0], BODIES[1], BODIES[1], BODIES[1], BODIES[2]]
    seq = read_sequence(*_doc(bodies, [1, 2, 2, 2, 3]))
    assert seq.duplicates == {3: 2, 4: 2}
    assert seq.position == {1: 1, 2: 2, 3: 2, 4: 2, 5: 3}
    assert [w.split(":")[0] for w in seq.warnings] == [
        "page 3 repeats page 2 word for word (a sheet fed twice?)",
        "page 4 repeats page 2 word for word (a sheet fed twice?)",
    ]


def test_short_pages_may_repeat() -> None:
    seq = read_sequence(*_doc(["Lampiran", "Lampiran"], [None, None]))
    assert seq.duplicates == {} and seq.warnings == []


def test_same_number_twice_and_numbers_going_back() -> None:
    seq = read_sequence(*_doc(BODIES[:5], [10, 10, 11, 5, 1]))
    assert seq.warnings == [
        "pages 1 and 2 both carry the printed page number 10",
        "printed page numbers go back from 11 to 5 between pages 3 and 4: pages seem to be out of order",
    ]


def test_same_words_elsewhere_on_the_page_are_no_repeat() -> None:
    doc, furniture = _doc([BODIES[1], BODIES[1], BODIES[1]], [None, None, None])
    for w in doc.pages[1].words:
        w.box = Box(w.box.x0, w.box.top + 0.5, w.box.x1, w.box.bottom + 0.5)  # the same text, a line lower
    for w in doc.pages[2].words:
        w.box = Box(w.box.x0, w.box.top + 0.54, w.box.x1, w.box.bottom + 0.54)  # page 2 to a tenth of a point
    seq = read_sequence(doc, furniture)
    assert seq.duplicates == {3: 2}
