"""Clip paths: the part of the page each drawing and each text run is confined to.

A producer may draw more than the page shows and let a clip path cut it
away. wkhtmltopdf draws a table row that a page break cuts on both pages,
each copy clipped to its page's text area: the text line the break cuts is
drawn twice (on the first page mostly below the clip, a sliver of it seen),
and the row's rules run on below the clip to where the row would end, where
the grid would read them as the row's bottom although the reader sees the
row go on over the page. So drawings are cut to their clip (what lies
outside is not drawn), and a text run the clip cuts, with less than half of
it inside, is marked `CUT_OFF` (see `visibility.py`): its copy on the next
page is the one read.

MuPDF lists the clips among the drawings (`get_cdrawings(extended=True)`,
the same call as without clips, at the same cost), each with its nesting
level and its rectangle (`scissor`), followed by what it clips, one level
deeper; the text trace gives each run the place in that sequence where it
was drawn (`seqno`). A clip is known to be in force from the first drawing
it clips to the last one, and, when no drawing outside it follows, to the
page's end: a text run drawn in that span is under it. Text drawn before
the first drawing it clips (Chromium writes its footer first, outside the
text area's clip) or between its last drawing and the next one outside it
may be before the clip was set or after it was lifted: no clip is assumed
there; nor under a clip that clips no drawing at all (a title page's).

Past a clip's last drawing, with nothing drawn after it, the drawing order
cannot tell whether the clip was lifted: WeasyPrint clips each border of a
row a page break cuts to a one-point strip, draws the page's text after
them, and the strip would take the whole page's text for cut off. There
MuPDF's own clipped text (`shown`, asked once a page and only then) decides:
text it keeps wholly outside the clip was drawn after the clip was lifted,
and the clip is taken to end before it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# A text run with less than this share of its box inside its clip is cut off.
SEEN_SHARE = 0.5
# Points a drawing is kept past its clip: a table's border drawn on the edge
# of the text area's clip (Chromium) is seen, half of its stroke at least,
# and must keep its width to be read as a rule.
EDGE = 1.0

Rect = tuple[float, float, float, float]


@dataclass(slots=True)
class _Scope:
    level: int
    rect: Rect | None  # None: a group, which nests but does not clip
    first: int  # the first sequence number it covers
    last: float = float("inf")  # the first it does not cover
    drawn: int = -1  # the last drawing inside it, -1 before any


def _intersect(a: Rect, b: Rect) -> Rect:
    return (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))


def _empty(r: Rect) -> bool:
    return r[2] < r[0] or r[3] < r[1]


class Clips:
    """The page's clips read from its drawings; `drawings` are the drawings cut to their clips."""

    __slots__ = ("drawings", "_scopes")

    def __init__(self, drawings: list[dict[str, Any]]) -> None:
        self.drawings: list[dict[str, Any]] = []
        self._scopes: list[_Scope] = []
        stack: list[_Scope] = []
        seq = -1
        for d in drawings:
            kind = d.get("type")
            level = int(d.get("level") or 0)
            while stack and stack[-1].level >= level:
                done = stack.pop()
                done.last = done.drawn + 1
            if kind in ("clip", "group"):
                outer = next((s.rect for s in reversed(stack) if s.rect is not None), None)
                rect = tuple(d["scissor"]) if kind == "clip" and d.get("scissor") else None
                if rect is not None and outer is not None:
                    rect = _intersect(rect, outer)  # type: ignore[arg-type]
                scope = _Scope(level, rect, seq + 1)  # type: ignore[arg-type]
                stack.append(scope)
                if rect is not None:
                    self._scopes.append(scope)
                continue
            seq = d.get("seqno", seq + 1)
            for s in stack:
                if s.drawn < 0:
                    s.first = seq  # in force from the first drawing it clips
                s.drawn = seq
            rect = next((s.rect for s in reversed(stack) if s.rect is not None), None)
            cut = d if rect is None else _cut_drawing(d, (rect[0] - EDGE, rect[1] - EDGE, rect[2] + EDGE, rect[3] + EDGE))
            if cut is not None:
                self.drawings.append(cut)
        for s in stack:
            if s.drawn < 0:
                s.last = s.first  # clips no drawing: no span known

    def _scope_at(self, seqno: int) -> _Scope | None:
        best: _Scope | None = None
        for s in self._scopes:
            if s.first <= seqno < s.last and (best is None or s.level > best.level):
                best = s
        return best

    def clip_at(self, seqno: int) -> Rect | None:
        """The innermost clip rectangle a run drawn at `seqno` is taken to be under."""
        best = self._scope_at(seqno)
        return best.rect if best is not None else None

    def cuts_off(self, seqno: int, box: Rect, shown: Callable[[], list[Rect]] | None = None) -> bool:
        """Whether the clip over a run drawn at `seqno` cuts its box, leaving less than `SEEN_SHARE` of it.

        `shown` gives the boxes of the text MuPDF keeps under the clips in
        force (see the module): asked only for a clip assumed past its last drawing.
        """
        if not self._scopes:
            return False
        scope = self._scope_at(seqno)
        if scope is None or scope.rect is None:
            return False
        clip = scope.rect
        area = (box[2] - box[0]) * (box[3] - box[1])
        if area <= 0:
            return False
        seen = _intersect(box, clip)
        if not _empty(seen) and (seen[2] - seen[0]) * (seen[3] - seen[1]) >= SEEN_SHARE * area:
            return False
        if shown is not None and seqno > scope.drawn and any(_kept_outside(r, box, clip) for r in shown()):
            scope.last = seqno  # lifted before this run was drawn: the clip over it is the next one out, if any
            return self.cuts_off(seqno, box, shown)
        return True


def _kept_outside(kept: Rect, box: Rect, clip: Rect) -> bool:
    """Whether text MuPDF kept lies within `box` and wholly past `clip` (by more than `EDGE`)."""
    cx, cy = (kept[0] + kept[2]) * 0.5, (kept[1] + kept[3]) * 0.5
    if not (box[0] <= cx <= box[2] and box[1] <= cy <= box[3]):
        return False
    grown = (clip[0] - EDGE, clip[1] - EDGE, clip[2] + EDGE, clip[3] + EDGE)
    return _empty(_intersect(kept, grown))


def _cut_drawing(d: dict[str, Any], clip: Rect) -> dict[str, Any] | None:
    """The drawing with its items cut to `clip`; None when nothing of it is inside."""
    rect = d.get("rect")
    if rect is not None:
        x0, y0, x1, y1 = rect
        if clip[0] <= x0 and clip[1] <= y0 and x1 <= clip[2] and y1 <= clip[3]:
            return d  # wholly inside: the common case
        if _empty(_intersect(tuple(rect), clip)):  # type: ignore[arg-type]
            return None
    items = []
    for item in d.get("items") or []:
        cut = _cut_item(item, clip)
        if cut is not None:
            items.append(cut)
    if not items:
        return None
    out = dict(d)
    out["items"] = items
    if rect is not None:
        out["rect"] = _intersect(tuple(rect), clip)  # type: ignore[arg-type]
    return out


def _cut_item(item: tuple[Any, ...], clip: Rect) -> tuple[Any, ...] | None:
    """One path item cut to `clip`: rectangles and axis-parallel quads and lines exactly, curves kept whole."""
    kind = item[0]
    if kind == "re":
        r = _intersect(tuple(item[1]), clip)  # type: ignore[arg-type]
        return None if _empty(r) else (kind, r, *item[2:])
    if kind == "qu":
        xs = [float(p[0]) for p in item[1]]
        ys = [float(p[1]) for p in item[1]]
        if len(set(xs)) <= 2 and len(set(ys)) <= 2:  # a rectangle drawn as a quad
            r = _intersect((min(xs), min(ys), max(xs), max(ys)), clip)
            return None if _empty(r) else ("re", r, -1)
        return item
    if kind == "l":
        return _cut_line(item, clip)
    return item


def _cut_line(item: tuple[Any, ...], clip: Rect) -> tuple[Any, ...] | None:
    """A straight segment cut to the rectangle (Liang-Barsky)."""
    (x0, y0), (x1, y1) = (float(v) for v in item[1]), (float(v) for v in item[2])
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - clip[0]), (dx, clip[2] - x0), (-dy, y0 - clip[1]), (dy, clip[3] - y0)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    return ("l", (x0 + t0 * dx, y0 + t0 * dy), (x0 + t1 * dx, y0 + t1 * dy))
