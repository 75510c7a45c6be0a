"""Bordered tables: grids from rulings, cells placed, broken rows stitched."""

from .copies import copies_among, read_once
from .grid import Grid, GridCell, find_grids
from .lines import JoinedText, group_lines, join_lines
from .model import Cell, CellPiece, Fragment, RowGroup, TextLine
from .page import PageContent, split_page
from .stitch import Item, stitch

__all__ = [
    "Cell",
    "CellPiece",
    "Fragment",
    "Grid",
    "GridCell",
    "Item",
    "JoinedText",
    "PageContent",
    "RowGroup",
    "TextLine",
    "copies_among",
    "find_grids",
    "group_lines",
    "join_lines",
    "read_once",
    "split_page",
    "stitch",
]
