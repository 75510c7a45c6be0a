"""A line drawn on both pages of a break is read once, even when the clip leaves only pieces of one copy."""

from ogi_extract.layout.model import Box, Word
from ogi_extract.layout.visibility import CUT_OFF, VISIBLE
from ogi_extract.tables import TextLine, copies_among, read_once
from ogi_extract.tables.copies import pieces_of


def word(text: str, x0: float, x1: float, top: float, page: int, visibility: str = VISIBLE) -> Word:
    return Word(text, Box(x0, top, x1, top + 13.6), "OpenSans", 10, False, int(top), True, visibility, page)


def line(page: int, words: list[Word]) -> TextLine:
    return TextLine(page, words, Box(words[0].box.x0, words[0].box.top, words[-1].box.x1, words[0].box.bottom))


# The last line of a cell at a page's foot, drawn whole there (the clip ends at 785.2) ...
FOOT = line(35, [word("Aplikasi", 77.7, 112.6, 772.3, 35), word("lembaga,", 115.5, 158.6, 772.3, 35)])
# ... and drawn again above the next page's text area (its clip begins at 72.0): only the
# glyphs whose descenders reach inside it are drawn, each where it stands in its word.
SLIVERS = line(36, [word("p", 84.1, 90.2, 59.1, 36, CUT_OFF), word("g", 145.1, 150.5, 59.1, 36, CUT_OFF)])
NEXT = line(36, [word("aparatur", 77.7, 116.0, 71.1, 36), word("aksi", 119.0, 138.9, 71.1, 36)])


def test_descenders_of_a_line_the_clip_cuts_away_are_read_once_from_the_page_that_shows_it() -> None:
    kept, copies = read_once([FOOT, SLIVERS, NEXT])
    assert [ln.text for ln in kept] == ["Aplikasi lembaga,", "aparatur aksi"]
    assert [w.text for w in copies] == ["p", "g"]


def test_ascenders_of_a_line_cut_at_the_foot_give_way_to_its_whole_copy_on_the_next_page() -> None:
    tops = line(35, [word("A", 77.7, 84.0, 790.0, 35, CUT_OFF), word("l", 118.0, 120.5, 790.0, 35, CUT_OFF)])
    whole = line(36, [word("Aplikasi", 77.7, 112.6, 71.1, 36), word("lembaga,", 115.5, 158.6, 71.1, 36)])
    kept, copies = read_once([tops, whole])
    assert [ln.text for ln in kept] == ["Aplikasi lembaga,"] and [w.text for w in copies] == ["A", "l"]


def test_pieces_must_be_cut_off_and_lie_inside_a_word_that_holds_their_letters() -> None:
    # the same letters drawn in full view are words of their own
    seen = line(36, [word("p", 84.1, 90.2, 59.1, 36), word("g", 145.1, 150.5, 59.1, 36)])
    assert [ln.text for ln in read_once([FOOT, seen])[0]] == ["Aplikasi lembaga,", "p g"]
    # a letter its word does not hold, or one standing off its word, is no piece of it
    assert not pieces_of(line(36, [word("q", 84.1, 90.2, 59.1, 36, CUT_OFF)]), FOOT)
    assert not pieces_of(line(36, [word("p", 160.0, 166.0, 59.1, 36, CUT_OFF)]), FOOT)
    # pieces in the line's order only
    assert not pieces_of(line(36, [word("g", 145.1, 150.5, 59.1, 36, CUT_OFF), word("p", 84.1, 90.2, 59.1, 36, CUT_OFF)]), FOOT)
    # two pages apart is no break
    far = line(37, [word("p", 84.1, 90.2, 59.1, 37, CUT_OFF)])
    assert len(read_once([FOOT, far])[0]) == 2


def test_two_lines_drawn_on_both_pages_each_copy_clipped_are_read_once() -> None:
    # the page's last line seen is drawn again above the next page's clip (57.0), and the
    # line drawn under the page's clip (769.4) is the next page's first line seen
    def at(page: int, top: float, texts: list[tuple[str, float, float]], visibility: str = VISIBLE) -> TextLine:
        return line(page, [word(t, x0, x1, top, page, visibility) for t, x0, x1 in texts])

    seen = [("rint", 76.4, 93.0), ("antar", 95.6, 118.9), ("partisipasi", 121.5, 160.6)]
    url = [("https://www.lkp-", 76.4, 143.1)]
    lines = [
        at(6, 749.9, [("stansi", 76.4, 101.0), ("akan", 103.6, 122.0), ("bluep-", 124.6, 160.6)]),
        at(6, 760.3, seen),
        at(6, 770.7, url, CUT_OFF),
        at(7, 47.9, seen, CUT_OFF),
        at(7, 58.3, url),
        at(7, 68.7, [("p.go.id/barang-la-", 76.4, 147.9)]),
    ]
    kept, copies = read_once(lines)
    assert [(ln.page, ln.text) for ln in kept] == [
        (6, "stansi akan bluep-"), (6, "rint antar partisipasi"), (7, "https://www.lkp-"), (7, "p.go.id/barang-la-"),
    ]
    assert sorted(w.page for w in copies) == [6, 7, 7, 7]
    # without the clip the same lines two apart are the text's own (a repeated line), read as they stand
    plain = [ln if ln.page == 6 or ln.words[0].visibility != CUT_OFF else at(7, 47.9, seen) for ln in lines]
    plain[2] = at(6, 770.7, url)
    assert len(read_once(plain)[0]) == 6


def test_a_clipped_copy_is_found_among_the_lines_of_all_the_rows_cells() -> None:
    # the copy of FOOT lies above the next page's clip in another cell of the row, beside and above
    # that cell's own lines; the line beside FOOT at the page's foot is another cell's
    copy = line(36, [word("Aplikasi", 77.7, 112.6, 59.1, 36, CUT_OFF), word("lembaga,", 115.5, 158.6, 59.1, 36, CUT_OFF)])
    beside = line(35, [word("Nilai:", 300.0, 330.0, 772.3, 35)])
    label = line(36, [word("Aktif", 300.0, 325.0, 64.0, 36)])
    assert copies_among([beside, label, NEXT, FOOT, copy]) == [copy]
    # seen in full view, or on no page next to the line's, it is no copy
    shown = line(36, [word("Aplikasi", 77.7, 112.6, 59.1, 36), word("lembaga,", 115.5, 158.6, 59.1, 36)])
    assert copies_among([FOOT, shown, label]) == []
    far = line(37, copy.words)
    assert copies_among([FOOT, far]) == []
