"""The cells under a cell, and past those a run-over reaches the bottom of."""

from ogi_extract.layout.model import Box, Ruling
from ogi_extract.tables.cells_under import cells_under, through
from ogi_extract.tables.grid import find_grids


def rule_h(y: float, x0: float, x1: float) -> Ruling:
    return Ruling(Box(x0, y - 0.25, x1, y + 0.25), "h", "stroke")


def rule_v(x: float, y0: float, y1: float) -> Ruling:
    return Ruling(Box(x - 0.25, y0, x + 0.25, y1), "v", "stroke")


def sliver_grid():  # type: ignore[no-untyped-def]
    """Two columns; the left one's rule at 424 stands 4 pt above the row rule at 428: a sliver between."""
    rules = [rule_h(90, 50, 400), rule_h(424, 50, 150), rule_h(428, 50, 400), rule_h(600, 50, 400)]
    rules += [rule_v(x, 90, 600) for x in (50, 150, 400)]
    (grid,) = find_grids(rules)
    return grid


def at(grid, x: float, y: float) -> int:  # type: ignore[no-untyped-def]
    k = grid.locate(x, y)
    assert k is not None
    return k


def test_the_cells_under_a_cell_share_its_column() -> None:
    grid = sliver_grid()
    upper, sliver, lower = at(grid, 60, 200), at(grid, 60, 426), at(grid, 60, 500)
    assert cells_under(grid, grid.cells[upper]) == [sliver]
    assert cells_under(grid, grid.cells[sliver]) == [lower]
    assert cells_under(grid, grid.cells[at(grid, 200, 200)]) == [at(grid, 200, 500)]
    assert cells_under(grid, grid.cells[lower]) == []


def test_a_run_over_due_past_a_cells_bottom_goes_on_in_the_cells_under_it() -> None:
    grid = sliver_grid()
    sliver, lower = at(grid, 60, 426), at(grid, 60, 500)
    assert through(grid, [sliver], 426.0) == [sliver]  # its next line's middle still in the sliver
    assert through(grid, [sliver], 437.0) == [sliver, lower]
    assert through(grid, [lower], 700.0) == [lower]  # nothing under the table's last row
