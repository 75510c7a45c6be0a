"""What the rules around a region of a grid say (`tables.region_rules`)."""

from ogi_extract.tables.region_rules import Segment, covered, cut_short

XS = [57.4, 172.5, 433.5, 538.9]


def test_a_rule_covers_a_side_when_it_runs_along_most_of_it() -> None:
    rules = [Segment(100.0, 57.4, 120.0)]
    assert covered(rules, 100.5, 57.4, 80.0)
    assert not covered(rules, 100.0, 57.4, 200.0)  # along less than half the side
    assert not covered(rules, 103.0, 57.4, 80.0)  # too far from the side


def test_a_side_region_under_a_cell_drawn_short_of_its_row_is_that_cells() -> None:
    """Chromium: the target cell's side rule stops at 165.4, 1.9 pt under the co-creation sub-row's top
    (163.5); the sub-row's other cells are drawn whole, from 163.5 to 184.1; under the target, nothing."""
    vs = [Segment(57.4, 72.4, 165.4), Segment(172.5, 72.4, 184.1), Segment(433.5, 72.4, 184.1), Segment(538.9, 72.4, 184.1)]
    hs = [Segment(72.4, 57.4, 538.9), Segment(163.5, 172.9, 538.9), Segment(165.4, 57.4, 172.5), Segment(184.1, 172.9, 538.9)]
    assert cut_short(vs, hs, XS, 163.5, 184.1, 0, 72.4)
    # the side rule drawn on down the region, or a bottom rule under it: a cell of its own
    assert not cut_short([Segment(57.4, 72.4, 184.1), *vs[1:]], hs, XS, 163.5, 184.1, 0, 72.4)
    assert not cut_short(vs, [*hs, Segment(184.1, 57.4, 172.5)], XS, 163.5, 184.1, 0, 72.4)
    # a side rule that ends at the region's top, not past it (WeasyPrint's heading row alone)
    assert not cut_short([Segment(57.4, 72.4, 163.5), *vs[1:]], hs, XS, 163.5, 184.1, 0, 72.4)
    # no cell of the sub-row drawn whole beside it (a sub-row a page's end cut): the next page's row
    assert not cut_short(vs, [h for h in hs if h.fixed != 184.1], XS, 163.5, 184.1, 0, 72.4)


def test_a_header_across_the_table_holds_no_cell_drawn_short_under_it() -> None:
    """Chromium, a row cut by a page break under the implementer's header printed again: the target
    cell, whose text ended on the page before, is drawn as a sliver 1.5 pt tall under the header (its
    side rules end past the sub-row's top), the row's other cells whole beside it. The header, across
    the whole table, is no cell of the target's column: the region is a cell of its own."""
    xs = [85.1, 193.6, 456.8, 538.1]
    vs = [
        Segment(85.1, 57.4, 73.9), Segment(538.1, 57.4, 73.9),  # the header's sides
        Segment(85.1, 74.6, 76.1), Segment(193.1, 74.6, 76.1),  # the sliver's
        Segment(193.9, 74.6, 103.9), Segment(456.4, 74.6, 103.9), Segment(457.1, 74.6, 103.9), Segment(538.1, 74.6, 103.9),
    ]  # fmt: skip
    hs = [Segment(57.4, 85.1, 538.1), Segment(73.9, 85.1, 538.1), Segment(74.6, 85.1, 538.1), Segment(103.9, 193.9, 538.1)]
    assert not cut_short(vs, hs, xs, 74.4, 103.9, 0, 57.4)
    # the same region under a target cell of its own column (a rule parts it from the next): that cell's
    parted = [*vs, Segment(193.6, 57.4, 73.9)]
    assert cut_short(parted, hs, xs, 74.4, 103.9, 0, 57.4)
