"""Colours of the inspection image: one per field, and two reserved ones.

Red (unassigned words) and strong blue (the grid) are kept out of the field
colours so that the two things an auditor looks for first cannot be mistaken for
a field. A field keeps its colour on every page and in every report.
"""

from __future__ import annotations

import colorsys
from collections.abc import Iterable

RGB = tuple[float, float, float]

# Okabe & Ito's palette ("Color Universal Design", 2008): eight colours told apart
# with every common colour-vision deficiency. Blue is the grid's and vermillion
# the unassigned words'; the fields share the other six, and a field that sits
# outside the target rows (the headings above a table) may take a colour that a
# cell takes, since the two are never side by side.
OKABE_ITO: dict[str, RGB] = {
    "orange": (0.902, 0.624, 0.0),
    "sky_blue": (0.337, 0.706, 0.914),
    "bluish_green": (0.0, 0.620, 0.451),
    "yellow": (0.941, 0.894, 0.259),
    "blue": (0.0, 0.447, 0.698),
    "vermillion": (0.835, 0.369, 0.0),
    "reddish_purple": (0.800, 0.475, 0.655),
    "black": (0.0, 0.0, 0.0),
}

GRID: RGB = OKABE_ITO["blue"]
UNASSIGNED: RGB = OKABE_ITO["vermillion"]
NO_FIELD: RGB = (0.55, 0.55, 0.55)
INK: RGB = (0.1, 0.1, 0.1)
PAPER: RGB = (1.0, 1.0, 1.0)

# The fields the records carry provenance for, in reading order of a report:
# commitment heading, measure, implementer, then the cells of a target row.
# The six cells of a row get six different colours.
FIELD_COLOURS: dict[str, RGB] = {
    "title": OKABE_ITO["reddish_purple"],
    "success_measure": OKABE_ITO["bluish_green"],
    "implementer": OKABE_ITO["orange"],
    "label": OKABE_ITO["sky_blue"],
    "target_text": OKABE_ITO["orange"],
    "achievement_text": OKABE_ITO["bluish_green"],
    "score": OKABE_ITO["yellow"],
    "cocreation_text": OKABE_ITO["reddish_purple"],
    "cocreation_label": OKABE_ITO["black"],
    "follow_up": OKABE_ITO["sky_blue"],
}
ROW_FIELDS = ("label", "target_text", "achievement_text", "score", "cocreation_text", "cocreation_label")
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
