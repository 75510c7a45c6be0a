"""A scanned page as a greyscale array: ink found against its own background, skew measured and undone.

Scans are not black on white: the lid leaves a darker border, paper and
toner vary across the sheet, JPEG adds ringing. A fixed threshold turns the
border into solid ink (and a long "ruling" along the edge), so ink is what is
clearly darker than the mean of its neighbourhood (`INK_CONTRAST` grey levels
below the mean of a `BACKGROUND_WINDOW` square around it), which follows a
slow shade and keeps thin rules.

Skew: a sheet fed by hand sits up to a degree or two off. The angle is the one
that makes the ink's row profile sharpest (text lines and horizontal rules
collapse onto few rows), searched by shearing the ink pixels' coordinates, which
is exact enough below `MAX_SKEW` and costs a histogram per candidate angle
instead of a rotation of the image.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image

from .geometry import turn_point  # noqa: F401 - re-exported

BACKGROUND_WINDOW = 31  # pixels at the working resolution (about 4 mm at 200 dpi)
INK_CONTRAST = 40  # grey levels below the local mean
MAX_SKEW = 2.5  # degrees searched either way
SKEW_STEP = 0.05  # degrees, final resolution of the search
SKEW_DPI = 100  # the search runs on a copy at this resolution
MIN_SKEW = 0.05  # below this the page is taken as straight and not resampled


@dataclass(frozen=True, slots=True)
class Raster:
    """A page image at `dpi`, upright: `angle` degrees of skew already taken out."""

    grey: np.ndarray  # uint8, rows x columns
    dpi: float
    angle: float  # degrees the content was turned counter-clockwise on the scan

    @property
    def scale(self) -> float:
        """Points per pixel."""
        return 72.0 / self.dpi


def _box_mean(a: np.ndarray, size: int) -> np.ndarray:
    """The mean over a `size` x `size` window around each pixel (edges clamped), by summed areas."""
    r = size // 2
    padded = np.pad(a.astype(np.float64), r + 1, mode="edge")
    s = padded.cumsum(0).cumsum(1)
    h, w = a.shape
    total = (
        s[size : size + h, size : size + w]
        - s[0:h, size : size + w]
        - s[size : size + h, 0:w]
        + s[0:h, 0:w]
    )
    return total / (size * size)


def ink(grey: np.ndarray) -> np.ndarray:
    """Boolean mask of ink: darker than the local background by `INK_CONTRAST`."""
    return grey.astype(np.float64) < _box_mean(grey, BACKGROUND_WINDOW) - INK_CONTRAST


def _profile_sharpness(ys: np.ndarray, xs: np.ndarray, angle: float, height: int) -> float:
    shifted = np.rint(ys + xs * math.tan(math.radians(angle))).astype(np.int64)
    shifted = shifted[(shifted >= 0) & (shifted < height)]
    counts = np.bincount(shifted, minlength=height).astype(np.float64)
    return float((counts * counts).sum())


def estimate_skew(grey: np.ndarray, dpi: float) -> float:
    """Degrees the page content is turned counter-clockwise (positive: lines rise to the right)."""
    step = max(1, round(dpi / SKEW_DPI))
    small = grey[::step, ::step]
    mask = ink(small)
    ys, xs = np.nonzero(mask)
    if len(ys) < 100:
        return 0.0
    height = small.shape[0]
    ys = ys.astype(np.float64)
    xs = xs.astype(np.float64) - small.shape[1] / 2
    best, best_angle = -1.0, 0.0
    coarse = np.arange(-MAX_SKEW, MAX_SKEW + 1e-9, 0.25)
    for a in coarse:
        s = _profile_sharpness(ys, xs, float(a), height)
        if s > best:
            best, best_angle = s, float(a)
    for a in np.arange(best_angle - 0.25, best_angle + 0.25 + 1e-9, SKEW_STEP):
        s = _profile_sharpness(ys, xs, float(a), height)
        if s > best:
            best, best_angle = s, float(a)
    return round(best_angle, 3)


def upright(grey: np.ndarray, dpi: float) -> Raster:
    """The page with its skew taken out (turned about its centre, white brought in at the corners)."""
    angle = estimate_skew(grey, dpi)
    if abs(angle) < MIN_SKEW:
        return Raster(grey, dpi, 0.0)
    image = Image.fromarray(grey, mode="L").rotate(-angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
    return Raster(np.asarray(image), dpi, angle)


