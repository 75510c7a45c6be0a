"""Pie charts for the front matter: slice geometry, and a picture with no text in it.

Every engine draws a `document.Figure` from the same slices: clockwise from twelve
o'clock, each slice's share its printed percentage over the sum of the printed
percentages (so an injected percentage shows in the drawing too). The picture is
a PNG written here with zlib, so no imaging library is needed and the bytes are
the same on every machine.
"""

from __future__ import annotations

import math
import struct
import zlib
from collections.abc import Sequence

from .document import Slice


def wedges(slices: Sequence[Slice]) -> list[tuple[Slice, float, float]]:
    """(slice, start, end) in radians clockwise from twelve o'clock; empty slices left out."""
    whole = sum(s.percent for s in slices)
    out = []
    start = 0.0
    for s in slices:
        if s.percent <= 0 or whole <= 0:
            continue
        end = start + 2 * math.pi * s.percent / whole
        out.append((s, start, end))
        start = end
    return out


def point(cx: float, cy: float, r: float, angle: float) -> tuple[float, float]:
    """The point at `angle` (clockwise from twelve o'clock) on a circle, y growing downwards."""
    return cx + r * math.sin(angle), cy - r * math.cos(angle)


def label_point(cx: float, cy: float, r: float, start: float, end: float) -> tuple[float, float]:
    """Where a slice's percentage is printed: halfway round it, at 0.62 of the radius."""
    return point(cx, cy, r * 0.62, (start + end) / 2)


def svg_paths(cx: float, cy: float, r: float, slices: Sequence[Slice]) -> list[tuple[str, str]]:
    """(SVG path data, colour) per slice; a single slice is a whole circle."""
    out = []
    for s, start, end in wedges(slices):
        if end - start >= 2 * math.pi - 1e-9:
            d = f"M {cx - r:.2f} {cy:.2f} a {r:.2f} {r:.2f} 0 1 0 {2 * r:.2f} 0 a {r:.2f} {r:.2f} 0 1 0 {-2 * r:.2f} 0 Z"
        else:
            (x0, y0), (x1, y1) = point(cx, cy, r, start), point(cx, cy, r, end)
            large = 1 if end - start > math.pi else 0
            d = f"M {cx:.2f} {cy:.2f} L {x0:.2f} {y0:.2f} A {r:.2f} {r:.2f} 0 {large} 1 {x1:.2f} {y1:.2f} Z"
        out.append((d, s.colour))
    return out


def polygon(cx: float, cy: float, r: float, start: float, end: float, steps: int = 48) -> list[tuple[float, float]]:
    """A slice as a polygon (centre, then points along its arc), for engines with no arcs."""
    n = max(2, int(steps * (end - start) / (2 * math.pi)) + 1)
    full = end - start >= 2 * math.pi - 1e-9
    points = [] if full else [(cx, cy)]
    points += [point(cx, cy, r, start + (end - start) * i / n) for i in range(n + 1)]
    return points


def png(slices: Sequence[Slice], size: int = 240) -> bytes:
    """The pie as an RGB PNG of `size` pixels square, white round it, no text."""
    cx = cy = (size - 1) / 2
    r = size * 0.46
    parts = wedges(slices)
    colours = [bytes.fromhex(s.colour) for s, _, _ in parts]
    rows = bytearray()
    for y in range(size):
        rows.append(0)  # filter: none
        for x in range(size):
            dx, dy = x - cx, y - cy
            if dx * dx + dy * dy > r * r:
                rows += b"\xff\xff\xff"
                continue
            angle = math.atan2(dx, -dy) % (2 * math.pi)
            colour = b"\xd9\xd9\xd9"
            for (_, start, end), c in zip(parts, colours, strict=True):
                if start <= angle < end:
                    colour = c
                    break
            else:
                if colours:
                    colour = colours[-1]
            rows += colour

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b"")
