"""MuPDF's drawings as the layout's paths (`mupdf_drawings.paths_from_drawings`)."""

from ogi_extract.layout.mupdf_drawings import SAME_POINT, paths_from_drawings


def test_rectangles_and_quads_are_closed_subpaths_of_their_own() -> None:
    [path] = paths_from_drawings(
        [{"type": "f", "items": [("re", (10, 20, 110, 21)), ("qu", ((0, 0), (5, 0), (0, 5), (5, 5)))], "fill": (0, 0, 0)}]
    )
    first, second = path.subpaths
    assert first.closed and first.points == [(10, 20), (110, 20), (110, 21), (10, 21)]
    # a quad's corners in order round it: upper left, upper right, lower right, lower left
    assert second.closed and second.points == [(0.0, 0.0), (5.0, 0.0), (5.0, 5.0), (0.0, 5.0)]
    assert path.filled and not path.stroked and path.fill == (0.0, 0.0, 0.0) and path.stroke is None


def test_segments_that_meet_are_one_subpath_a_gap_starts_another() -> None:
    items = [
        ("l", (0, 0), (10, 0)),
        ("l", (10, 0 + SAME_POINT / 2), (10, 10)),  # goes on from where the last ended
        ("c", (10, 10), (12, 12), (14, 12), (16, 10)),  # a curve goes on too, and is marked
        ("l", (50, 50), (60, 50)),  # a gap: a new subpath
    ]
    [path] = paths_from_drawings([{"type": "s", "items": items, "color": (1, 0, 0), "width": 0.5, "closePath": True}])
    joined, apart = path.subpaths
    assert joined.points == [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (16.0, 10.0)]
    assert joined.curved == {2} and not joined.closed
    assert apart.points == [(50.0, 50.0), (60.0, 50.0)] and apart.closed  # `closePath` closes the last
    assert path.stroked and path.stroke == (1.0, 0.0, 0.0) and path.width == 0.5


def test_a_drawing_neither_filled_nor_stroked_paints_nothing() -> None:
    assert paths_from_drawings([{"type": "", "items": [("re", (0, 0, 1, 1))]}, {"type": None}]) == []
