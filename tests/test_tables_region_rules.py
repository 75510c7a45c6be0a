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
    assert cut_short(vs, hs, XS, 163.5, 184.1, 0)
    # the side rule drawn on down the region, or a bottom rule under it: a cell of its own
    assert not cut_short([Segment(57.4, 72.4, 184.1), *vs[1:]], hs, XS, 163.5, 184.1, 0)
    assert not cut_short(vs, [*hs, Segment(184.1, 57.4, 172.5)], XS, 163.5, 184.1, 0)
    # a side rule that ends at the region's top, not past it (WeasyPrint's heading row alone)
    assert not cut_short([Segment(57.4, 72.4, 163.5), *vs[1:]], hs, XS, 163.5, 184.1, 0)
    # no cell of the sub-row drawn whole beside it (a sub-row a page's end cut): the next page's row
    assert not cut_short(vs, [h for h in hs if h.fixed != 184.1], XS, 163.5, 184.1, 0)
