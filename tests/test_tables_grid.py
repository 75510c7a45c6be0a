from ogi_extract.layout.model import Box, Ruling
from ogi_extract.tables.grid import find_grids


def h(y: float, x0: float, x1: float, src: str = "fill") -> Ruling:
    return Ruling(Box(x0, y - 0.25, x1, y + 0.25), "h", src)


def v(x: float, y0: float, y1: float, src: str = "fill") -> Ruling:
    return Ruling(Box(x - 0.25, y0, x + 0.25, y1), "v", src)


def target_table(top: float = 100, src: str = "fill") -> list[Ruling]:
    """Heading row, then a target row: left cell spans two sub-rows."""
    xs = (50, 130, 450, 540)
    rows = [
        h(top, 50, 540, src),
        h(top + 20, 50, 540, src),
        h(top + 80, 130, 540, src),  # sub-row rule, not under the left cell
        h(top + 140, 50, 540, src),
    ]
    cols = [v(xs[0], top, top + 140, src), v(xs[3], top, top + 140, src)]
    cols += [v(x, top + 20, top + 140, src) for x in xs[1:3]]
    return rows + cols


def test_spans_are_merged_into_cells() -> None:
    [grid] = find_grids(target_table())
    spans = sorted((c.r0, c.r1, c.c0, c.c1) for c in grid.cells)
    assert spans == sorted([(0, 1, 0, 3), (1, 3, 0, 1), (1, 2, 1, 2), (1, 2, 2, 3), (2, 3, 1, 2), (2, 3, 2, 3)])


def test_stroked_and_filled_borders_give_the_same_grid() -> None:
    a = find_grids(target_table(src="fill"))[0]
    b = find_grids(target_table(src="stroke"))[0]
    assert [(c.r0, c.r1, c.c0, c.c1) for c in a.cells] == [(c.r0, c.r1, c.c0, c.c1) for c in b.cells]


def test_pieces_of_one_rule_are_joined() -> None:
    # Word draws each cell's border as its own rectangle
    rulings = [h(100, 50, 130), h(100, 130, 300), h(200, 50, 300), v(50, 100, 200), v(300, 100, 150), v(300, 150, 200)]
    [grid] = find_grids(rulings)
    assert len(grid.cells) == 1


def test_missing_bottom_rule_at_a_page_break_is_closed_by_the_verticals() -> None:
    rulings = [h(100, 50, 300), v(50, 100, 700), v(200, 100, 700), v(300, 100, 700)]
    [grid] = find_grids(rulings)
    assert grid.box.bottom == 700
    assert len(grid.cells) == 2


def test_two_tables_and_a_lone_rule() -> None:
    rulings = target_table(100) + target_table(400) + [h(350, 50, 540)]
    grids = find_grids(rulings)
    assert [round(g.box.top) for g in grids] == [100, 400]


def test_locate_finds_the_spanning_cell() -> None:
    [grid] = find_grids(target_table())
    k = grid.locate(90, 200)  # left column, second sub-row
    assert k is not None and (grid.cells[k].r0, grid.cells[k].r1) == (1, 3)
    assert grid.locate(10, 10) is None
