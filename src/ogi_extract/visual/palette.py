"""Colours of the inspection image: one per field, and two reserved ones.

Red (unassigned words) and strong blue (the grid) are kept out of the field
colours so that the two things an auditor looks for first cannot be mistaken for
a field. A field keeps its colour on every page and in every report.
"""

from __future__ import annotations

import colorsys
from collections.abc import Iterable

RGB = tuple[float, float, float]

GRID: RGB = (0.0, 0.35, 0.95)
UNASSIGNED: RGB = (0.9, 0.0, 0.0)
NO_FIELD: RGB = (0.55, 0.55, 0.55)
INK: RGB = (0.15, 0.15, 0.15)
PAPER: RGB = (1.0, 1.0, 1.0)

# The fields the records carry provenance for, in reading order of a report:
# commitment heading, measure, implementer, then the cells of a target row.
# Neighbours on the page (the cells of one row) get colours far apart.
FIELD_COLOURS: dict[str, RGB] = {
    "title": (0.58, 0.40, 0.74),
    "success_measure": (0.55, 0.34, 0.29),
    "implementer": (0.89, 0.47, 0.76),
    "label": (0.09, 0.75, 0.81),
    "target_text": (1.0, 0.5, 0.05),
    "achievement_text": (0.17, 0.63, 0.17),
    "score": (0.74, 0.74, 0.13),
    "cocreation_text": (0.6, 0.3, 0.9),
    "cocreation_label": (0.95, 0.35, 0.6),
    "follow_up": (0.4, 0.55, 0.2),
}
FIELD_ORDER: tuple[str, ...] = tuple(FIELD_COLOURS)


def _hue(degrees: float) -> RGB:
    r, g, b = colorsys.hsv_to_rgb(degrees / 360.0, 0.9, 0.85)
    return (round(r, 3), round(g, 3), round(b, 3))


def field_colours(names: Iterable[str]) -> dict[str, RGB]:
    """Colours for the given fields, known fields first in `FIELD_ORDER`.

    A field the palette does not know (a grammar that records more) gets a hue
    fixed by its name, so that it too keeps its colour across pages.
    """
    present = set(names)
    known = [n for n in FIELD_ORDER if n in present]
    other = sorted(present - set(FIELD_ORDER))
    out = {n: FIELD_COLOURS[n] for n in known}
    for name in other:
        out[name] = _hue(15 + 30 * (sum(name.encode()) % 11))
    return out
