"""Page images: skew measured and taken out, table rules found where they were drawn."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from ogi_extract.layout.scan.image import Raster, estimate_skew, ink, turn_point, upright
from ogi_extract.layout.scan.rulings import find_rulings

DPI = 200
PX = DPI / 72  # pixels per point
WIDTH, HEIGHT = 595, 842  # A4 in points
XS = (80, 210, 470, 545)  # the report's column borders, in points
YS = (300, 330, 420, 520, 640)


def _page(angle: float = 0.0, shade: bool = False) -> Image.Image:
    """A white A4 page with a bordered table and lines of 'text' (short dashes), turned by `angle`."""
    im = Image.new("L", (round(WIDTH * PX), round(HEIGHT * PX)), 255)
    d = ImageDraw.Draw(im)
    for x in XS:
        d.line([(x * PX, YS[0] * PX), (x * PX, YS[-1] * PX)], fill=0, width=2)
    for y in YS:
        d.line([(XS[0] * PX, y * PX), (XS[-1] * PX, y * PX)], fill=0, width=2)
    for row in range(20):  # words: dark blocks shorter than any rule
        y = (80 + row * 10) * PX
        for col in range(8):
            x = (80 + col * 55) * PX
            d.rectangle([x, y, x + 40 * PX * 0.9, y + 6 * PX], fill=40)
    if angle:
        im = im.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
    im = im.filter(ImageFilter.GaussianBlur(0.7))
    if shade:  # a scanner's dark border
        a = np.asarray(im, dtype=np.float32)
        h, w = a.shape
        edge = np.minimum.outer(np.minimum(np.arange(h), h - 1 - np.arange(h)), np.minimum(np.arange(w), w - 1 - np.arange(w)))
        a = a - np.clip(1 - edge / 40.0, 0, 1) * 140
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return im


@pytest.mark.parametrize("angle", [-1.7, -0.6, 0.0, 0.9, 2.0])
def test_skew_is_measured_within_a_tenth_of_a_degree(angle: float) -> None:
    got = estimate_skew(np.asarray(_page(angle)), DPI)
    assert abs(got - angle) <= 0.1


def test_rules_of_a_turned_page_are_found_where_they_were_drawn() -> None:
    raster = upright(np.asarray(_page(1.3, shade=True)), DPI)
    assert abs(raster.angle - 1.3) <= 0.1
    rulings = find_rulings(raster)
    assert all(r.source == "image" for r in rulings)
    hs = [r for r in rulings if r.orientation == "h" and r.box.width > 400]
    vs = [r for r in rulings if r.orientation == "v" and r.box.height > 300]
    for y in YS:
        assert any(abs(r.box.cy - y) <= 1.5 and abs(r.box.x0 - XS[0]) <= 2.5 and abs(r.box.x1 - XS[-1]) <= 2.5 for r in hs), y
    for x in XS:
        assert any(abs(r.box.cx - x) <= 1.5 and abs(r.box.top - YS[0]) <= 2.5 for r in vs), x
    # neither the words nor the dark border became rules
    assert len({round(r.box.cy) for r in rulings if r.orientation == "h"}) <= len(YS) + 2
    assert all(12 <= r.box.x0 and r.box.x1 <= WIDTH - 12 for r in rulings)


def test_a_straight_page_is_not_resampled() -> None:
    grey = np.asarray(_page(0.0))
    raster = upright(grey, DPI)
    assert raster.angle == 0.0 and raster.grey is grey


def test_turn_point_follows_the_image_turn() -> None:
    """A dot of the skewed page lands, once the page is upright, where turn_point says."""
    im = Image.new("L", (800, 1000), 255)
    ImageDraw.Draw(im).ellipse([600, 200, 608, 208], fill=0)
    skewed = im.rotate(1.5, resample=Image.Resampling.BILINEAR, fillcolor=255)
    ys, xs = np.nonzero(np.asarray(skewed) < 128)
    x, y = xs.mean(), ys.mean()
    straight = np.asarray(skewed.rotate(-1.5, resample=Image.Resampling.BILINEAR, fillcolor=255))
    ys2, xs2 = np.nonzero(straight < 128)
    tx, ty = turn_point(x, y, 400, 500, 1.5)
    assert abs(tx - xs2.mean()) < 1.0 and abs(ty - ys2.mean()) < 1.0
    assert abs(tx - 604) < 1.0 and abs(ty - 204) < 1.0


def test_ink_follows_a_shaded_background() -> None:
    """A grey band darker than a fixed threshold is not ink; a thin rule on it is."""
    a = np.full((200, 200), 250, np.uint8)
    a[:, :60] = np.linspace(110, 250, 60, dtype=np.uint8)[None, :]  # the lid's shadow
    a[100:102, :] -= 90
    mask = ink(a)
    assert mask[100:102, 5:195].mean() > 0.9
    assert mask[:90, :].mean() < 0.01


def test_raster_scale_is_points_per_pixel() -> None:
    assert Raster(np.zeros((2, 2), np.uint8), 144, 0.0).scale == 0.5


def _raster(draw) -> Raster:  # type: ignore[no-untyped-def]
    im = Image.new("L", (round(WIDTH * PX), round(HEIGHT * PX)), 255)
    draw(ImageDraw.Draw(im))
    return upright(np.asarray(im.filter(ImageFilter.GaussianBlur(0.7))), DPI)


def test_a_stub_under_a_rule_is_a_rule_and_a_letter_stem_is_not() -> None:
    """A cell border 15 pt long hanging from a rule (a row cut by the page) is kept; a free 15 pt stroke is not."""

    def draw(d: ImageDraw.ImageDraw) -> None:
        d.line([(100 * PX, 400 * PX), (500 * PX, 400 * PX)], fill=0, width=2)
        d.line([(300 * PX, 400 * PX), (300 * PX, 415 * PX)], fill=0, width=2)  # the stub
        d.line([(200 * PX, 450 * PX), (200 * PX, 465 * PX)], fill=0, width=2)  # a stroke on its own

    vs = [r for r in find_rulings(_raster(draw)) if r.orientation == "v"]
    assert len(vs) == 1 and abs(vs[0].box.cx - 300) <= 1.5 and vs[0].box.height >= 13


def test_the_foot_of_a_line_of_small_type_is_no_rule() -> None:
    """Letters of 7 pt set close: their feet join into a run longer than a rule's minimum, with ink above it."""

    def draw(d: ImageDraw.ImageDraw) -> None:
        x = 100.0
        for _ in range(20):  # letters drawn as outlines ("o"), 0.6 pt apart, 5 pt tall: a blurred word
            d.rectangle([x * PX, 600 * PX, (x + 3.2) * PX, 605 * PX], outline=30, width=2)
            x += 3.8
        d.line([(100 * PX, 700 * PX), (400 * PX, 700 * PX)], fill=0, width=2)  # a real rule below

    hs = [r for r in find_rulings(_raster(draw)) if r.orientation == "h"]
    assert [round(r.box.cy) for r in hs] == [700]
