"""Vector paths to rulings and fills, one rule set shared by every backend.

Table borders reach a PDF in two costumes: Word paints each border as a thin
filled rectangle, LibreOffice and most other producers stroke a line (or a
rectangle, which is four lines). The grid stage only wants "there is a rule
here", so both become a `Ruling` whose box is the drawn extent, line width
included. Larger filled areas (cell shading, chart wedges) become a `Fill`.

Rules (points):

* a stroked straight segment within `AXIS_TOLERANCE` of horizontal or vertical
  is a ruling; a stroked rectangle yields its four sides; curves and slanted
  segments are not rulings;
* a filled axis-aligned rectangle no thicker than `RULE_MAX_THICKNESS` and at
  least `RULE_MIN_ASPECT` times as long as thick is a ruling; one that is thin
  both ways (the corner squares Word adds where borders meet) is dropped;
  anything larger is a `Fill`, as is any other filled shape (its bounding box);
* a filled path of two nested rectangles is a frame (a cell's four borders in
  one path, filled even-odd, as WeasyPrint paints separated borders): each
  side whose band between the rectangles is no thicker than
  `RULE_MAX_THICKNESS` is a ruling, a side of zero width is no border at all
  (a cell sliced by a page break loses its top or bottom that way);
* near-white strokes and thin near-white fills are not rulings: they are
  invisible on the page and some producers paint them to hide borders.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .model import Box, Fill, Ruling

AXIS_TOLERANCE = 0.1
RULE_MAX_THICKNESS = 3.0
RULE_MIN_ASPECT = 3.0
WHITE = 0.95

Point = tuple[float, float]
Color = tuple[float, ...]


@dataclass(slots=True)
class Subpath:
    """One connected piece of a path: its vertices, and which edges are curves.

    Edge i runs from points[i] to points[i + 1]; a closed subpath adds the edge
    from its last point back to the first.
    """

    points: list[Point]
    closed: bool
    curved: set[int]


@dataclass(slots=True)
class Path:
    """A painted path as the backends report it, in page space (y downwards)."""

    subpaths: list[Subpath]
    filled: bool
    stroked: bool
    fill: Color | None = None  # RGB, None when unknown (a pattern, an odd colour space)
    stroke: Color | None = None
    width: float = 1.0


def to_rgb(components: object) -> Color | None:
    """RGB in 0..1 from gray, RGB or CMYK components; None for patterns and the unknown."""
    if isinstance(components, (int, float)):
        components = (components,)
    if not isinstance(components, (tuple, list)) or not all(isinstance(c, (int, float)) for c in components):
        return None
    if len(components) == 1:
        g = float(components[0])
        rgb = (g, g, g)
    elif len(components) == 3:
        rgb = (float(components[0]), float(components[1]), float(components[2]))
    elif len(components) == 4:
        c, m, y, k = (float(v) for v in components)
        rgb = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    else:
        return None
    return tuple(round(min(max(v, 0.0), 1.0), 3) for v in rgb)


def _white(color: Color | None) -> bool:
    return color is not None and all(v >= WHITE for v in color)


def _straight_edges(sub: Subpath) -> Iterable[tuple[Point, Point]]:
    pts = sub.points
    for i, (a, b) in enumerate(zip(pts, pts[1:])):
        if i not in sub.curved:
            yield a, b
    if sub.closed and len(pts) > 2:
        yield pts[-1], pts[0]


def _as_rect(sub: Subpath) -> Box | None:
    """The box of a subpath that is an axis-aligned rectangle, else None."""
    if sub.curved:
        return None
    pts: list[Point] = []
    for p in sub.points:
        if not pts or abs(p[0] - pts[-1][0]) > AXIS_TOLERANCE or abs(p[1] - pts[-1][1]) > AXIS_TOLERANCE:
            pts.append(p)
    if (
        len(pts) == 5
        and abs(pts[0][0] - pts[-1][0]) <= AXIS_TOLERANCE
        and abs(pts[0][1] - pts[-1][1]) <= AXIS_TOLERANCE
    ):
        pts.pop()
    if len(pts) != 4:
        return None
    for i in range(4):
        a, b = pts[i], pts[(i + 1) % 4]
        if abs(a[0] - b[0]) > AXIS_TOLERANCE and abs(a[1] - b[1]) > AXIS_TOLERANCE:
            return None
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return Box(min(xs), min(ys), max(xs), max(ys))


def _stroke_rulings(path: Path, out: list[Ruling]) -> None:
    half = max(path.width, 0.0) / 2
    for sub in path.subpaths:
        for (x0, y0), (x1, y1) in _straight_edges(sub):
            dx, dy = abs(x1 - x0), abs(y1 - y0)
            if dx > AXIS_TOLERANCE and dy <= AXIS_TOLERANCE:
                y = (y0 + y1) / 2
                out.append(Ruling(_round(Box(min(x0, x1), y - half, max(x0, x1), y + half)), "h", "stroke"))
            elif dy > AXIS_TOLERANCE and dx <= AXIS_TOLERANCE:
                x = (x0 + x1) / 2
                out.append(Ruling(_round(Box(x - half, min(y0, y1), x + half, max(y0, y1))), "v", "stroke"))


def _frame(path: Path) -> list[Ruling] | None:
    """The sides of a frame (outer rectangle minus inner one), or None if the path is not one."""
    if len(path.subpaths) != 2 or _white(path.fill):
        return None
    a, b = (_as_rect(sub) for sub in path.subpaths)
    if a is None or b is None:
        return None
    outer, inner = (a, b) if a.width * a.height >= b.width * b.height else (b, a)
    bands = (inner.top - outer.top, outer.bottom - inner.bottom, inner.x0 - outer.x0, outer.x1 - inner.x1)
    if min(bands) < -AXIS_TOLERANCE or max(bands) > RULE_MAX_THICKNESS or max(bands) <= AXIS_TOLERANCE:
        return None
    top, bottom, left, right = bands
    sides: list[Ruling] = []
    if top > AXIS_TOLERANCE:
        sides.append(Ruling(_round(Box(outer.x0, outer.top, outer.x1, inner.top)), "h", "fill"))
    if bottom > AXIS_TOLERANCE:
        sides.append(Ruling(_round(Box(outer.x0, inner.bottom, outer.x1, outer.bottom)), "h", "fill"))
    if left > AXIS_TOLERANCE:
        sides.append(Ruling(_round(Box(outer.x0, outer.top, inner.x0, outer.bottom)), "v", "fill"))
    if right > AXIS_TOLERANCE:
        sides.append(Ruling(_round(Box(inner.x1, outer.top, outer.x1, outer.bottom)), "v", "fill"))
    return sides


def _fill_shapes(path: Path, rulings: list[Ruling], fills: list[Fill]) -> None:
    frame = _frame(path)
    if frame is not None:
        rulings.extend(frame)
        return
    other: Box | None = None
    for sub in path.subpaths:
        rect = _as_rect(sub)
        if rect is None:
            if len(sub.points) > 2:
                xs = [p[0] for p in sub.points]
                ys = [p[1] for p in sub.points]
                box = Box(min(xs), min(ys), max(xs), max(ys))
                other = box if other is None else other.union(box)
            continue
        thin, long = sorted((rect.width, rect.height))
        if thin <= RULE_MAX_THICKNESS:
            if long >= RULE_MIN_ASPECT * max(thin, 0.01) and long > RULE_MAX_THICKNESS and not _white(path.fill):
                rulings.append(Ruling(_round(rect), "h" if rect.width >= rect.height else "v", "fill"))
            continue
        fills.append(Fill(_round(rect), path.fill))
    if other is not None and other.width > 0 and other.height > 0:
        fills.append(Fill(_round(other), path.fill))


def _round(box: Box) -> Box:
    return Box(*box.rounded(3))


def classify(paths: Sequence[Path]) -> tuple[list[Ruling], list[Fill]]:
    """Rulings and fills of a page's painted paths, in drawing order."""
    rulings: list[Ruling] = []
    fills: list[Fill] = []
    for path in paths:
        if path.filled:
            _fill_shapes(path, rulings, fills)
        if path.stroked and not _white(path.stroke):
            _stroke_rulings(path, rulings)
    return rulings, fills
