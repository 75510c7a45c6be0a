"""Drawing the overlay onto a page and rendering it to PNG, with PyMuPDF alone.

The drawing goes onto the page of a private in-memory copy of the PDF, which
is rendered and thrown away: the input file is never written. Overlay boxes are
in the page model's coordinates (unrotated page, origin at the crop box's top
left), which are also the coordinates PyMuPDF draws in, so boxes need no
transform; only the record ids, which must read upright, are laid out on the
page as displayed and turned back with the page's derotation. The legend is
drawn on a page of its own and set beside the page's image, so that it never
covers the table.
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
FONT_SIZE = 8.0
LINE = 12.0  # legend line height, points
PAD = 5.0
SWATCH = 14.0
MARGIN = 8.0
# Record ids at 9 points are 18 px at the default 144 dpi, their capitals about
# 13 px high: legible where 5 points (the capitals 7 px) were not.
ID_SIZE = 9.0


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
    """Each record's id above its top left corner, on white; a row continued from the page before says so."""
    for record_id, box in record_boxes(overlay.boxes).items():
        shown = _rect(box) * page.rotation_matrix
        label = record_id
        if record_id in overlay.continued:
            label += f"  (continued from page {overlay.continued[record_id]})"
        width = pymupdf.get_text_length(label, fontname=FONT, fontsize=ID_SIZE)
        top = max(page.rect.y0, shown.y0 - ID_SIZE - 1)
        back = pymupdf.Rect(shown.x0, top, shown.x0 + width + 2, top + ID_SIZE + 1)
        page.draw_rect(back * page.derotation_matrix, color=None, fill=PAPER, width=0, fill_opacity=0.85)
        _upright_text(page, pymupdf.Point(back.x0 + 1, back.y1 - 2), label, ID_SIZE, INK)


def legend_lines(overlay: PageOverlay) -> list[str]:
    lines = [f"page {overlay.page.number}: {_plural(len(overlay.grids), 'grid')}", *overlay.notes]
    if overlay.continued:
        lines.append(f"{_plural(len(overlay.continued), 'record')} continued from the page before (boxed ids)")
    return lines


def legend_png(overlay: PageOverlay, dpi: float, height: float) -> pymupdf.Pixmap:
    """The legend as an image of its own, `height` points tall (the page's) or taller if it needs."""
    header = legend_lines(overlay)
    entries = legend_entries(overlay)
    text_w = max(
        [pymupdf.get_text_length(t, fontname=FONT, fontsize=FONT_SIZE) for t in header]
        + [SWATCH + PAD + pymupdf.get_text_length(e.text, fontname=FONT, fontsize=FONT_SIZE) for e in entries]
    )
    width = text_w + 2 * PAD + 2 * MARGIN
    need = LINE * (len(header) + len(entries)) + 2 * PAD + 2 * MARGIN
    doc = pymupdf.open()
    try:
        page = doc.new_page(width=width, height=max(height, need))
        box = pymupdf.Rect(MARGIN, MARGIN, width - MARGIN, need - MARGIN)
        page.draw_rect(box, color=INK, fill=PAPER, width=0.5)
        y = box.y0 + PAD
        for line in header:
            page.insert_text((box.x0 + PAD, y + LINE - 3), line, fontname=FONT, fontsize=FONT_SIZE, color=INK)
            y += LINE
        for e in entries:
            swatch = pymupdf.Rect(box.x0 + PAD, y + 2, box.x0 + PAD + SWATCH, y + LINE - 1)
            if e.kind == "fill":
                page.draw_rect(swatch, color=e.colour, fill=e.colour, width=0.7, fill_opacity=FILL_OPACITY + 0.2)
            elif e.kind == "line":
                page.draw_rect(swatch, color=e.colour, width=1.6)
            else:
                page.draw_rect(swatch, color=e.colour, width=0.6)
            page.insert_text(
                (box.x0 + PAD + SWATCH + PAD, y + LINE - 3), e.text, fontname=FONT, fontsize=FONT_SIZE, color=INK
            )
            y += LINE
        zoom = dpi / 72.0
        return page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
    finally:
        doc.close()


def side_by_side(left: pymupdf.Pixmap, right: pymupdf.Pixmap) -> pymupdf.Pixmap:
    """One image: `left` with `right` beside it, on white."""
    out = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, left.width + right.width, max(left.height, right.height)), False)
    out.set_rect(out.irect, (255, 255, 255))
    left.set_origin(0, 0)
    out.copy(left, left.irect)
    right.set_origin(left.width, 0)
    out.copy(right, right.irect)
    return out


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
            zoom = dpi / 72.0
            pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
            if legend:
                pix = side_by_side(pix, legend_png(overlay, dpi, page.rect.height))
            return bytes(pix.tobytes("png"))
        finally:
            doc.close()
