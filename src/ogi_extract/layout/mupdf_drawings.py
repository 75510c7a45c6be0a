"""MuPDF's drawings (`Page.get_cdrawings`: plain tuples, clip paths among them) as the layout's paths.

A drawing's items are rectangles ("re"), quads ("qu"), lines ("l") and
curves ("c"). A rectangle or a quad is a closed subpath of its own; lines
and curves that go on from where the last one ended (within `SAME_POINT`)
form one open subpath, a gap starts another, and the drawing's `closePath`
closes the last. Which edges are curves is kept (`Subpath.curved`):
`paths.classify` reads only straight edges as rules, and no curved subpath
as a rectangle. Kept apart from the backend, which reads the text and the
page.
"""

from __future__ import annotations

from typing import Any

from .paths import Path, Subpath, to_rgb

# points closer than this (in points) are the same: a path goes on from where its last segment ended
SAME_POINT = 1e-3


def _subpaths(items: list[tuple[Any, ...]], close_last: bool) -> list[Subpath]:
    subs: list[Subpath] = []
    current: Subpath | None = None
    for item in items:
        kind = item[0]
        if kind == "re":
            x0, y0, x1, y1 = item[1]
            subs.append(Subpath([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], True, set()))
            current = None
        elif kind == "qu":
            ul, ur, ll, lr = (_point(p) for p in item[1])
            subs.append(Subpath([ul, ur, lr, ll], True, set()))
            current = None
        elif kind in ("l", "c"):
            start, end = _point(item[1]), _point(item[-1])
            if current is None or _far(current.points[-1], start):
                current = Subpath([start], False, set())
                subs.append(current)
            if kind == "c":
                current.curved.add(len(current.points) - 1)
            current.points.append(end)
    if close_last and subs:
        subs[-1].closed = True
    return subs


def _point(p: Any) -> tuple[float, float]:
    return (float(p[0]), float(p[1]))


def _far(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) > SAME_POINT or abs(a[1] - b[1]) > SAME_POINT


def paths_from_drawings(drawings: list[dict[str, Any]]) -> list[Path]:
    """The page's filled or stroked drawings as paths, each colour converted once (a page draws with few)."""
    out: list[Path] = []
    colours: dict[Any, Any] = {}  # a page draws with few colours: each converted once

    def rgb(components: Any) -> Any:
        try:
            return colours[components]
        except KeyError:
            value = colours[components] = to_rgb(components)
            return value
        except TypeError:  # unhashable (a list)
            return to_rgb(components)

    for d in drawings:
        kind = d.get("type") or ""
        filled, stroked = "f" in kind, "s" in kind
        if not (filled or stroked):
            continue
        out.append(
            Path(
                _subpaths(d.get("items") or [], bool(d.get("closePath"))),
                filled,
                stroked,
                rgb(d.get("fill")) if filled else None,
                rgb(d.get("color")) if stroked else None,
                float(d.get("width") or 0.0),
            )
        )
    return out
