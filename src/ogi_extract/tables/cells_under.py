"""The cells under a cell of a grid: where a text run over the cell's bottom rule goes on.

A run-over goes on over the row under its cell, and past that row's bottom
where it reaches it: over a sliver a column's rule left between two rows, or
over a whole row and into the next. Used by `overflow.lift_run_over`.
"""

from __future__ import annotations

from .grid import TOL, Grid, GridCell


def cells_under(grid: Grid, cell: GridCell) -> list[int]:
    """The cells whose top rule is `cell`'s bottom rule and that share some of its column."""
    return [
        k
        for k, gc in enumerate(grid.cells)
        if gc.r0 == cell.r1 and gc.box.x0 < cell.box.x1 - TOL and gc.box.x1 > cell.box.x0 + TOL
    ]


def through(grid: Grid, below: list[int], due: float) -> list[int]:
    """`below`, and under each cell whose bottom rule lies above `due` the cells under it.

    A run-over that reaches past the bottom of a cell below goes on in the
    cells under that one: over a sliver the column's rule left between a row
    and the next ("n." under "sedangka", taken from a 4 pt sliver), or over a
    whole row and into the next ("publik mudah" under "bagi sehingga", drawn
    over "Target (3) B06:"). `due` is the middle of the run-over's next line.
    """
    out: list[int] = []
    for k in below:
        if k not in out:
            out.append(k)
        gc = grid.cells[k]
        if gc.box.bottom < due:
            out.extend(i for i in through(grid, cells_under(grid, gc), due) if i not in out)
    return out
