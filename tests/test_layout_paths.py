"""The shared path rules (layout/paths.py): what becomes a ruling, what a fill."""

from __future__ import annotations

from ogi_extract.layout.model import Box
from ogi_extract.layout.paths import Path, Subpath, classify, to_rgb

BLACK = (0.0, 0.0, 0.0)


def rect(x0: float, y0: float, x1: float, y1: float) -> Subpath:
    return Subpath([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], True, set())


def test_thin_filled_rectangles_are_rulings_by_their_long_side() -> None:
    rulings, fills = classify([Path([rect(50, 100, 300, 100.5), rect(50, 100, 50.5, 200)], True, False, BLACK)])
    assert [(r.orientation, r.source, r.box) for r in rulings] == [
        ("h", "fill", Box(50, 100, 300, 100.5)),
        ("v", "fill", Box(50, 100, 50.5, 200)),
    ]
    assert fills == []


def test_stroked_rectangle_gives_four_rulings_with_the_line_width() -> None:
    rulings, _ = classify([Path([rect(50, 100, 300, 200)], False, True, stroke=BLACK, width=1.0)])
    assert sorted((r.orientation, r.box.rounded(1)) for r in rulings) == [
        ("h", (50.0, 99.5, 300.0, 100.5)),
        ("h", (50.0, 199.5, 300.0, 200.5)),
        ("v", (49.5, 100.0, 50.5, 200.0)),
        ("v", (299.5, 100.0, 300.5, 200.0)),
    ]
    assert {r.source for r in rulings} == {"stroke"}


def test_stroked_polyline_keeps_straight_axis_parallel_edges_only() -> None:
    sub = Subpath([(0, 0), (100, 0), (150, 50), (150, 150)], False, {2})
    rulings, _ = classify([Path([sub], False, True, stroke=BLACK, width=0.5)])
    assert [r.orientation for r in rulings] == ["h"]  # the slanted edge is not a rule, the curve is skipped


def test_large_fill_is_a_fill_with_its_colour() -> None:
    rulings, fills = classify([Path([rect(50, 300, 300, 360)], True, False, (0.8, 0.8, 0.9))])
    assert rulings == [] and [(f.box, f.color) for f in fills] == [(Box(50, 300, 300, 360), (0.8, 0.8, 0.9))]


def test_corner_dots_and_white_rules_are_dropped() -> None:
    rulings, fills = classify(
        [
            Path([rect(50, 100, 50.5, 100.5)], True, False, BLACK),
            Path([rect(50, 100, 300, 100.5)], True, False, (1.0, 1.0, 1.0)),
            Path([Subpath([(0, 10), (100, 10)], False, set())], False, True, stroke=(1.0, 1.0, 1.0), width=1),
        ]
    )
    assert rulings == [] and fills == []


def test_non_rectangular_fill_is_its_bounding_box() -> None:
    wedge = Subpath([(100, 100), (150, 100), (140, 140)], True, {1})
    _, fills = classify([Path([wedge], True, False, (1.0, 0.0, 0.0))])
    assert [f.box for f in fills] == [Box(100, 100, 150, 140)]


def test_colours_normalise_to_rgb() -> None:
    assert to_rgb((0.5,)) == (0.5, 0.5, 0.5)
    assert to_rgb(0.25) == (0.25, 0.25, 0.25)
    assert to_rgb((0, 0, 0, 1)) == (0.0, 0.0, 0.0)
    assert to_rgb((1, 0, 0)) == (1.0, 0.0, 0.0)
    assert to_rgb("P0") is None and to_rgb((1, 2)) is None


def test_frame_of_two_nested_rectangles_gives_its_sides() -> None:
    # a cell's borders painted as one even-odd path; the sliced top has zero width
    frame = Path([rect(60, 100, 300, 400), rect(61, 100, 299, 399)], True, False, BLACK)
    rulings, fills = classify([frame])
    assert fills == []
    assert sorted((r.orientation, r.box.rounded(1)) for r in rulings) == [
        ("h", (60.0, 399.0, 300.0, 400.0)),
        ("v", (60.0, 100.0, 61.0, 400.0)),
        ("v", (299.0, 100.0, 300.0, 400.0)),
    ]


def test_two_nested_rectangles_far_apart_are_a_fill() -> None:
    shaded = Path([rect(60, 100, 300, 400), rect(80, 120, 280, 380)], True, False, (0.9, 0.9, 0.9))
    rulings, fills = classify([shaded])
    assert rulings == [] and len(fills) == 2
