"""The turn that puts a skewed scan upright, as plain arithmetic.

Apart from `image` (numpy, Pillow) so that telling whether a page is a scan
(`layer`) needs neither: a born-digital report reads without the `ocr` extra.
"""

from __future__ import annotations

import math


def turn_point(x: float, y: float, cx: float, cy: float, angle: float) -> tuple[float, float]:
    """Where a point of the skewed page lies once the page is turned upright by `angle` degrees.

    The same turn `upright` applies to the image, so words read from the PDF's
    own text layer (placed over the skewed image) land on the upright rulings.
    """
    t = math.radians(angle)
    c, s = math.cos(t), math.sin(t)
    dx, dy = x - cx, y - cy
    return cx + dx * c - dy * s, cy + dx * s + dy * c
