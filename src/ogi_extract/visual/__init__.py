"""Visual debugging: a page image with the grid, the cells and the field of each word.

`inspect_page(pdf, page)` returns the PNG (and the overlay it drew); the pieces
are separate so the geometry (`build_overlay`) can be checked without rendering.
"""

from .overlay import FieldBox, PageOverlay, build_overlay, field_boxes, word_field
from .page import PageImage, inspect_page
from .palette import FIELD_COLOURS, GRID, NO_FIELD, UNASSIGNED, field_colours
from .render import legend_entries, render_overlay

__all__ = [
    "FIELD_COLOURS",
    "GRID",
    "NO_FIELD",
    "UNASSIGNED",
    "FieldBox",
    "PageImage",
    "PageOverlay",
    "build_overlay",
    "field_boxes",
    "field_colours",
    "inspect_page",
    "legend_entries",
    "render_overlay",
    "word_field",
]
