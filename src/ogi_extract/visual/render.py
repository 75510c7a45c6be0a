"""Drawing the overlay onto a page and rendering it to PNG, with PyMuPDF alone.

The drawing goes onto the page of a private in-memory copy of the PDF, which
is rendered and thrown away: the input file is never written. Overlay boxes are
in the page model's coordinates (unrotated page, origin at the crop box's top
left), which are also the coordinates PyMuPDF draws in, so boxes need no
transform; only the legend and the record ids, which must read upright, are laid
out on the page as displayed and turned back with the page's derotation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pymupdf

from ..layout.model import Box
from ..layout.opening import quiet_mupdf
from .overlay import PageOverlay, record_boxes
from .palette import GRID, INK, NO_FIELD, PAPER, RGB, UNASSIGNED, field_colours

FILL_OPACITY = 0.3
FONT = "helv"
FONT_SIZE = 7.0
LINE = 10.0  # legend line height, points
PAD = 4.0
SWATCH = 12.0
MARGIN = 8.0
ID_SIZE = 5.0


@dataclass(frozen=True, slots=True)
class LegendEntry:
    kind: str  # "fill", "line" or "outline": how the swatch is drawn
    colour: RGB
    text: str


def _rect(box: Box) -> pymupdf.Rect:
    return pymupdf.Rect(box.x0, box.top, box.x1, box.bottom)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def legend_entries(overlay: PageOverlay) -> list[LegendEntry]:
    """What the legend lists, in drawing order: grid, fields, then the odd words."""
    counts = overlay.counts()
    named = [n for n in counts if n is not None] + [fb.field for fb in overlay.boxes]
    colours = field_colours(named)
    entries = [LegendEntry("line", GRID, f"grid ({_plural(overlay.cells, 'cell')})")]
    for name, colour in colours.items():
        entries.append(LegendEntry("fill", colour, f"{name} ({_plural(counts.get(name, 0), 'word')})"))
    if counts.get(None):
        text = f"no field: labels, furniture ({_plural(counts[None], 'word')})"
        entries.append(LegendEntry("outline", NO_FIELD, text))
    if overlay.unassigned:
        entries.append(LegendEntry("fill", UNASSIGNED, f"unassigned ({_plural(len(overlay.unassigned), 'word')})"))
    return entries


def _draw_boxes(
    page: pymupdf.Page,
    rects: Sequence[pymupdf.Rect],
    *,
    stroke: RGB | None = None,
    fill: RGB | None = None,
    width: float = 0.0,
    dashes: str | None = None,
) -> None:
    if not rects:
        return
    shape = page.new_shape()
    for r in rects:
        shape.draw_rect(r)
    shape.finish(
        color=stroke,
        fill=fill,
        width=width,
        dashes=dashes,
        fill_opacity=FILL_OPACITY if fill is not None else 1,
        stroke_opacity=1,
    )
    shape.commit()


def _draw_fields(page: pymupdf.Page, overlay: PageOverlay, colours: dict[str, RGB]) -> None:
    by_field: dict[str | None, list[pymupdf.Rect]] = {}
    for word, name in overlay.words:
        by_field.setdefault(name, []).append(_rect(word.box))
    for name, colour in colours.items():
        _draw_boxes(page, by_field.get(name, []), fill=colour)
        _draw_boxes(page, [_rect(fb.box) for fb in overlay.boxes if fb.field == name], stroke=colour, width=0.7)
    _draw_boxes(page, by_field.get(None, []), stroke=NO_FIELD, width=0.4)
    stray = [pymupdf.Rect(*w.box) for w in overlay.unassigned]
    _draw_boxes(page, stray, stroke=UNASSIGNED, fill=UNASSIGNED, width=1.0)


def _draw_grids(page: pymupdf.Page, overlay: PageOverlay) -> None:
    cells = [_rect(c.box) for g in overlay.grids for c in g.cells]
    _draw_boxes(page, cells, stroke=GRID, width=0.8, dashes="[3 2] 0")
    _draw_boxes(page, [_rect(g.box) for g in overlay.grids], stroke=GRID, width=1.6)


def _upright_text(page: pymupdf.Page, point: pymupdf.Point, text: str, size: float, colour: RGB) -> None:
    """Text that reads upright on the displayed page, whatever its /Rotate."""
    page.insert_text(
        point * page.derotation_matrix, text, fontname=FONT, fontsize=size, color=colour, rotate=page.rotation
    )


def _draw_ids(page: pymupdf.Page, overlay: PageOverlay) -> None:
    for record_id, box in record_boxes(overlay.boxes).items():
        shown = _rect(box) * page.rotation_matrix
        _upright_text(page, pymupdf.Point(shown.x0, shown.y0 - 1), record_id, ID_SIZE, INK)


def _legend_place(page: pymupdf.Page, overlay: PageOverlay, width: float, height: float) -> pymupdf.Rect:
    """The corner of the displayed page where the legend hides the fewest words."""
    shown = page.rect
    words = [_rect(w.box) * page.rotation_matrix for w, _ in overlay.words]
    corners = [
        (shown.x1 - MARGIN - width, shown.y0 + MARGIN),
        (shown.x1 - MARGIN - width, shown.y1 - MARGIN - height),
        (shown.x0 + MARGIN, shown.y0 + MARGIN),
        (shown.x0 + MARGIN, shown.y1 - MARGIN - height),
    ]
    rects = [pymupdf.Rect(x, y, x + width, y + height) for x, y in corners]
    return min(rects, key=lambda r: sum(1 for w in words if r.intersects(w)))


def _draw_legend(page: pymupdf.Page, overlay: PageOverlay) -> None:
    header = [f"page {overlay.page.number}: {_plural(len(overlay.grids), 'grid')}", *overlay.notes]
    entries = legend_entries(overlay)
    text_w = max(
        [pymupdf.get_text_length(t, fontname=FONT, fontsize=FONT_SIZE) for t in header]
        + [SWATCH + PAD + pymupdf.get_text_length(e.text, fontname=FONT, fontsize=FONT_SIZE) for e in entries]
    )
    width = text_w + 2 * PAD
    height = LINE * (len(header) + len(entries)) + 2 * PAD
    box = _legend_place(page, overlay, width, height)
    back = box * page.derotation_matrix
    page.draw_rect(back, color=INK, fill=PAPER, width=0.5, fill_opacity=0.92)
    y = box.y0 + PAD
    for line in header:
        _upright_text(page, pymupdf.Point(box.x0 + PAD, y + LINE - 3), line, FONT_SIZE, INK)
        y += LINE
    for e in entries:
        swatch = pymupdf.Rect(box.x0 + PAD, y + 2, box.x0 + PAD + SWATCH, y + LINE - 1) * page.derotation_matrix
        if e.kind == "fill":
            page.draw_rect(swatch, color=e.colour, fill=e.colour, width=0.7, fill_opacity=FILL_OPACITY + 0.2)
        elif e.kind == "line":
            page.draw_rect(swatch, color=e.colour, width=1.6)
        else:
            page.draw_rect(swatch, color=e.colour, width=0.6)
        _upright_text(page, pymupdf.Point(box.x0 + PAD + SWATCH + PAD, y + LINE - 3), e.text, FONT_SIZE, INK)
        y += LINE


def render_overlay(
    pdf: bytes, overlay: PageOverlay, *, dpi: float = 144.0, legend: bool = True, ids: bool = True
) -> bytes:
    """The page of `pdf` with the overlay drawn on it, as PNG bytes."""
    with quiet_mupdf():
        doc = pymupdf.open(stream=pdf, filetype="pdf")
        try:
            page = doc[overlay.page.number - 1]
            colours = field_colours([n for _, n in overlay.words if n is not None] + [fb.field for fb in overlay.boxes])
            _draw_fields(page, overlay, colours)
            _draw_grids(page, overlay)
            if ids:
                _draw_ids(page, overlay)
            if legend:
                _draw_legend(page, overlay)
            zoom = dpi / 72.0
            pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
            return bytes(pix.tobytes("png"))
        finally:
            doc.close()
