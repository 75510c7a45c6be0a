"""The bookkeeping between the reading stages, on hand-built pages: which pages are read, and the accounts."""

from __future__ import annotations

from ogi_extract.bookkeeping import (
    _page_ranges,
    hints_matter,
    lost_words_warning,
    periods,
    sort_pages,
    unresolved_names,
)
from ogi_extract.furniture import find_furniture
from ogi_extract.furniture.model import Furniture, PageFurniture
from ogi_extract.grammar import load_grammar
from ogi_extract.layout.model import Box, Document, Page, Word
from ogi_extract.models import Block, Commitment, Resolution, Target, UnassignedWord
from ogi_extract.sequence import PageSequence


def _words(texts: list[str], *, upright: bool = False, y: float = 100.0) -> list[Word]:
    out = []
    for i, t in enumerate(texts):
        x = 50.0 + 60 * i
        box = Box(x, y, x + 8, y + 50) if upright else Box(x, y, x + 50, y + 10)
        out.append(Word(t, box, "F", 10, False, 0, True))
    return out


def _furniture(page: int, indexes: set[int]) -> PageFurniture:
    return PageFurniture(page, frozenset(indexes), (), 0.0, 842.0)


def test_pages_are_read_or_set_aside_with_their_words_named() -> None:
    body = ["komitmen", "target", "capaian", "nilai", "proses", "kokreasi"]
    hidden = _words(["PALSU"])
    hidden[0].visibility = "white on white"
    pages = [
        Page(1, 595, 842, _words([*body, "1"])),
        Page(2, 595, 842, _words([*body, "2"]), hidden=hidden),
        Page(3, 595, 842, _words(body + ["ulang"])),
        Page(4, 595, 842, _words(["lanskap"] * 12, upright=True)),
    ]
    doc_pages = type("D", (), {"pages": pages})()
    furniture = Furniture({1: _furniture(1, {6}), 2: _furniture(2, {6})})
    order = PageSequence(duplicates={3: 1})
    sort = sort_pages(doc_pages, furniture, order)  # type: ignore[arg-type]
    assert [p.number for p, _ in sort.read] == [1, 2]
    assert sort.read[0][1] == {6}
    assert sort.sideways == [4]
    assert {u.reason for u in sort.set_aside} == {"duplicate of page 1", "text runs sideways"}
    assert sum(u.page == 3 for u in sort.set_aside) == 7 and sum(u.page == 4 for u in sort.set_aside) == 12
    assert [(u.text, u.page) for u in sort.hidden] == [("PALSU", 2)]
    assert sort.words == 7 + 8 + 7 + 12 and sort.furniture == 2


def test_periods_follow_the_edition_then_the_name() -> None:
    g = load_grammar("monev-2021")
    later, earlier = g.periods[-1], g.periods[0]
    targets = [Target(id=f"t{i}", period=p) for i, p in enumerate([later, "Z99", earlier, "A01", later])]
    c = Commitment(id="c1", number=1, blocks=[Block(id="b1", targets=targets)])
    assert periods(g, [c]) == [earlier, later, "A01", "Z99"]


def test_unresolved_names_are_the_blocks_the_registry_did_not_match() -> None:
    blocks = [
        Block(id="b1", implementer="KIP", implementer_match=Resolution(status="matched", id="KIP")),
        Block(id="b2", implementer="Badan Entah", implementer_match=Resolution(status="unknown")),
        Block(id="b3", implementer="Tanpa Registri"),
    ]
    assert unresolved_names([Commitment(id="c1", number=1, blocks=blocks)]) == ["Badan Entah"]


def test_lost_words_are_told_once_with_pages_and_reasons() -> None:
    words = [UnassignedWord(text="x", page=p, box=(0, 0, 1, 1), reason=r) for p, r in [(3, "b"), (4, "a"), (5, "a"), (9, "b")]]
    assert lost_words_warning(words) == [
        "4 words on pages 3-5, 9 could not be assigned to a field (a; b): see 'unassigned'"
    ]
    assert lost_words_warning(words[:1]) == ["1 word on page 3 could not be assigned to a field (b): see 'unassigned'"]
    assert lost_words_warning([]) == []
    assert _page_ranges([12, 3, 7, 8, 9, 3]) == "3, 7-9, 12"


def _footed_page(number: int, footer: bool) -> Page:
    words = _words(["pemerintah", "daerah", "keterbukaan"])
    if footer:
        words += _words(["Laporan", "Monitoring", "dan", "Evaluasi", "RAN", "OGI"], y=805.0)
        for w in words[3:]:
            w.line = 1
    return Page(number, 595.0, 842.0, words)


def test_hints_matter_only_where_nothing_can_repeat() -> None:
    g = load_grammar("monev-2021")
    lone = Document([_footed_page(1, True)], "test")
    assert hints_matter(lone, find_furniture(lone), g)  # the footer is furniture only by the grammar's hint
    assert not hints_matter(lone, find_furniture(lone, hints=g.furniture_hints), g)
    two = Document([_footed_page(1, True), _footed_page(2, False)], "test")
    assert not hints_matter(two, find_furniture(two), g)  # two pages: repetition decides, the hints are not read
