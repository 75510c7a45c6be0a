from ogi_extract.layout.model import Box, Ruling, Word
from ogi_extract.tables.grid import find_grids


def h(y: float, x0: float, x1: float, src: str = "fill") -> Ruling:
    return Ruling(Box(x0, y - 0.25, x1, y + 0.25), "h", src)


def v(x: float, y0: float, y1: float, src: str = "fill") -> Ruling:
    return Ruling(Box(x - 0.25, y0, x + 0.25, y1), "v", src)


def target_table(top: float = 100, src: str = "fill") -> list[Ruling]:
    """Heading row, then a target row: left cell spans two sub-rows."""
    xs = (50, 130, 450, 540)
    rows = [
        h(top, 50, 540, src),
        h(top + 20, 50, 540, src),
        h(top + 80, 130, 540, src),  # sub-row rule, not under the left cell
        h(top + 140, 50, 540, src),
    ]
    cols = [v(xs[0], top, top + 140, src), v(xs[3], top, top + 140, src)]
    cols += [v(x, top + 20, top + 140, src) for x in xs[1:3]]
    return rows + cols


def test_spans_are_merged_into_cells() -> None:
    [grid] = find_grids(target_table())
    spans = sorted((c.r0, c.r1, c.c0, c.c1) for c in grid.cells)
    assert spans == sorted([(0, 1, 0, 3), (1, 3, 0, 1), (1, 2, 1, 2), (1, 2, 2, 3), (2, 3, 1, 2), (2, 3, 2, 3)])


def test_stroked_and_filled_borders_give_the_same_grid() -> None:
    a = find_grids(target_table(src="fill"))[0]
    b = find_grids(target_table(src="stroke"))[0]
    assert [(c.r0, c.r1, c.c0, c.c1) for c in a.cells] == [(c.r0, c.r1, c.c0, c.c1) for c in b.cells]


def test_pieces_of_one_rule_are_joined() -> None:
    # Word draws each cell's border as its own rectangle
    rulings = [h(100, 50, 130), h(100, 130, 300), h(200, 50, 300), v(50, 100, 200), v(300, 100, 150), v(300, 150, 200)]
    [grid] = find_grids(rulings)
    assert len(grid.cells) == 1


def test_missing_bottom_rule_at_a_page_break_is_closed_by_the_verticals() -> None:
    rulings = [h(100, 50, 300), v(50, 100, 700), v(200, 100, 700), v(300, 100, 700)]
    [grid] = find_grids(rulings)
    assert grid.box.bottom == 700
    assert len(grid.cells) == 2


def test_two_tables_and_a_lone_rule() -> None:
    rulings = target_table(100) + target_table(400) + [h(350, 50, 540)]
    grids = find_grids(rulings)
    assert [round(g.box.top) for g in grids] == [100, 400]


def test_locate_finds_the_spanning_cell() -> None:
    [grid] = find_grids(target_table())
    k = grid.locate(90, 200)  # left column, second sub-row
    assert k is not None and (grid.cells[k].r0, grid.cells[k].r1) == (1, 3)
    assert grid.locate(10, 10) is None


def word(text: str, x: float, top: float, width: float = 40.0, height: float = 10.0) -> Word:
    return Word(text, Box(x, top, x + width, top + height), "F", 10, False, int(top), True)


def test_middle_page_of_a_long_cell_has_vertical_rules_only() -> None:
    # a cell sliced at both page breaks: no horizontal rule on the page at all
    [grid] = find_grids([v(x, 57, 771) for x in (63, 167, 462, 533)])
    assert [round(x) for x in grid.xs] == [63, 167, 462, 533]
    assert (grid.box.top, grid.box.bottom) == (57, 771)
    assert grid.open_top == [True, True, True] and grid.open_bottom == [True, True, True]


def test_vertical_rule_untouched_by_any_horizontal_joins_its_table() -> None:
    # the row-spanning left cell goes on past the sub-row rule of the other columns
    rulings = [v(x, 57, 771) for x in (63, 167, 462, 533)] + [h(498, 167, 533)]
    [grid] = find_grids(rulings)
    assert [round(x) for x in grid.xs] == [63, 167, 462, 533]
    left = grid.cells[grid.locate(100, 600)]
    assert (left.r0, left.r1) == (0, 2)


def test_open_columns_at_a_page_break() -> None:
    # a top rule over the cells that begin on the page, none over the one that goes on
    rulings = [h(57, 167, 533), h(300, 63, 533)] + [v(x, 57, 300) for x in (63, 167, 462, 533)]
    [grid] = find_grids(rulings)
    assert grid.open_top == [True, False, False]
    assert grid.open_bottom == [False, False, False]


def test_missing_left_rule_is_closed_by_the_horizontal_rules() -> None:
    rulings = [h(100, 50, 540), h(160, 50, 540), h(220, 50, 540)] + [v(x, 100, 220) for x in (130, 450, 540)]
    [grid] = find_grids(rulings)
    assert [round(x) for x in grid.xs] == [50, 130, 450, 540]
    assert len(grid.cells) == 6


def test_a_column_drawn_as_its_top_rule_alone_is_the_tables_first() -> None:
    # Chromium continues a target cell spanning two sub-rows on a new page as its top rule only
    # (64.1 to 177.4), beside a 4.5 pt sliver of the row's other cells with their side rules
    rulings = [h(57.4, 64.1, 177.4), h(57.4, 178.1, 433.9), h(57.4, 434.6, 538.1)]
    rulings += [h(61.9, 178.1, 433.9), h(61.9, 434.6, 538.1)] + [v(x, 57.4, 61.9) for x in (178.1, 433.9, 538.1)]
    [grid] = find_grids(rulings)
    assert [round(x, 1) for x in grid.xs] == [64.1, 178.1, 433.9, 538.1]
    assert grid.open_bottom[0] and not grid.open_bottom[1]
    apart = [h(50, 64.1, 170.0), h(57.4, 178.1, 538.1), h(80, 178.1, 538.1), *[v(x, 57.4, 80) for x in (178.1, 538.1)]]
    assert [round(x, 1) for x in find_grids(apart)[-1].xs] == [178.1, 538.1]  # a rule above the table: none


def test_parts_of_a_table_drawn_at_two_offsets_are_two_grids() -> None:
    upper = [h(100, 50, 540)] + [v(x, 100, 200) for x in (50, 130, 450, 540)]
    lower = [h(200, 42.6, 532.6), h(320, 42.6, 532.6)] + [v(x - 7.4, 200, 320) for x in (50, 130, 450, 540)]
    grids = find_grids(upper + lower)
    assert [len(g.xs) for g in grids] == [4, 4]
    assert [round(g.xs[0], 1) for g in grids] == [50, 42.6]
    widths = [[round(b - a, 1) for a, b in zip(g.xs, g.xs[1:])] for g in grids]
    assert widths[0] == widths[1]


def test_a_rule_through_a_text_line_is_no_row_boundary() -> None:
    rulings = [h(100, 50, 540), h(150, 50, 540), h(300, 50, 540)] + [v(x, 100, 300) for x in (50, 300, 540)]
    crossing = [word("Capaian", 55, 145), word("Target:", 100, 145), word("Aktif", 305, 170)]
    assert len(find_grids(rulings)[0].cells) == 4
    [grid] = find_grids(rulings, crossing)
    # the left column's words are crossed: its two cells are one; the right column keeps its rule
    spans = sorted((c.r0, c.r1, c.c0, c.c1) for c in grid.cells)
    assert spans == [(0, 1, 1, 2), (0, 2, 0, 1), (1, 2, 1, 2)]


def test_a_rule_touching_the_edge_of_a_word_box_is_a_boundary() -> None:
    rulings = [h(100, 50, 540), h(150, 50, 540), h(300, 50, 540)] + [v(x, 100, 300) for x in (50, 300, 540)]
    grazing = [word("Nilai:", 55, 148.5), word("100%", 100, 141.5)]
    assert len(find_grids(rulings, grazing)[0].cells) == 4


def test_a_rule_through_the_last_line_of_the_text_above_stays_a_boundary() -> None:
    # a row-spanning cell's text outgrew its rows; the next row's top rule runs through its last line
    rulings = [h(100, 50, 540), h(150, 50, 540), h(300, 50, 540)] + [v(x, 100, 300) for x in (50, 300, 540)]
    text = [word("pengaduan", 55, 128), word("informasi", 55, 144), word("Target", 55, 156)]
    [grid] = find_grids(rulings, text)
    assert len(grid.cells) == 4


def test_column_whose_cell_ends_early_on_a_page_without_rules_stays_in_its_table() -> None:
    # the left cell's frame stops where its text does; the other columns run to the page's end
    rulings = [v(x, 57, 615) for x in (63, 166)] + [v(x, 57, 771) for x in (167, 462, 533)]
    [grid] = find_grids(rulings)
    assert [round(x) for x in grid.xs] == [63, 166, 462, 533]
    assert grid.box.bottom == 771


def test_a_word_run_out_of_a_sliver_of_a_cell_does_not_open_it() -> None:
    # the last word of a cell ends its sliver at the top of a page and runs over the next row's top rule
    rulings = [h(57, 50, 540), h(69.4, 50, 300), h(76.8, 50, 540), h(200, 50, 540)]
    rulings += [v(x, 57, 200) for x in (50, 300, 540)]
    [grid] = find_grids(rulings, [word("kementerian.", 55, 69.3, 58, 9.9)])
    left = sorted((c.r0, c.r1) for c in grid.cells if c.c0 == 0)
    assert left == [(0, 1), (1, 2), (2, 3)]


def test_stubs_of_column_rules_on_the_last_rule_do_not_split_the_table() -> None:
    # A heading row at a page's end, with the column rules of the row below
    # begun under its bottom rule (half a point of them): the stubs lie above
    # and below that rule at once, which must not be read as two parts of a
    # table, and they begin a row.
    rules = [h(72.2, 72.0, 523.3), h(89.3, 72.0, 523.3), v(72.2, 72.0, 89.6), v(523.0, 72.0, 89.6)]
    rules += [v(198.5, 89.1, 89.6), v(441.9, 89.1, 89.6)]
    grids = find_grids(rules)
    assert len(grids) == 1
    # the heading cell, and under it the sliver of the row the stubs begin
    assert [(c.r0, c.c0, c.c1) for c in grids[0].cells] == [(0, 0, 3), (1, 0, 1), (1, 1, 2), (1, 2, 3)]
    assert grids[0].open_bottom == [True, True, True]


def test_stubs_at_the_tables_sides_alone_begin_no_row() -> None:
    # A target row at a page's end: its left cell runs to 770.25, its sub-row of the
    # middle and right columns was begun empty under their rule at 753.4. An empty
    # box across the whole table, begun at 770.6 and cut by the text area's clip at
    # 770.9, leaves its top and cut bottom as rules and its sides as stubs (the left
    # one joined to the left cell's side): no row of the table's columns begins
    # there, and the target row stays the table's last.
    rules = [h(452.6, 85.1, 523.1), h(471.2, 85.1, 523.1), h(753.4, 189.8, 523.1)]
    rules += [v(85.1, 452.6, 770.25), v(189.8, 471.2, 770.25)]
    rules += [v(426.8, 471.2, 753.4), v(523.1, 452.6, 753.4)]
    rules += [h(770.6, 85.1, 523.1), h(770.9, 85.1, 523.1), v(85.1, 770.6, 770.9), v(523.1, 770.6, 770.9)]
    [grid] = find_grids(rules)
    left = grid.cells[grid.locate(100, 600)]
    assert (left.r0, left.r1) == (1, len(grid.ys) - 1)


def test_a_column_rule_stopping_above_blank_space_still_parts_its_cells() -> None:
    # the right cells of a row end early on the page (their column rule stops at 120, no
    # bottom border), the left cell runs on to 200: the stopped rule parts the two right cells
    rules = [h(100, 50, 540), v(50, 100, 200), v(130, 100, 200), v(450, 100, 120), v(540, 100, 120)]
    words = [word("Capaian", 140, 104), word("Nilai:", 460, 104), word("kiri", 60, 180)]
    [grid] = find_grids(rules, words)
    spans = sorted((c.c0, c.c1) for c in grid.cells)
    assert spans == [(0, 1), (1, 2), (2, 3)]


def test_a_column_rule_stopping_above_text_does_not_part_its_cells() -> None:
    rules = [h(100, 50, 540), v(50, 100, 200), v(130, 100, 200), v(450, 100, 120), v(540, 100, 120)]
    words = [word("Capaian", 140, 104), word("lanjut", 300, 180)]
    [grid] = find_grids(rules, words)
    assert sorted((c.c0, c.c1) for c in grid.cells) == [(0, 1), (1, 3)]


def test_a_word_across_the_rule_under_a_spanning_heading_does_not_open_the_heading() -> None:
    # a heading cell spans the row ("INFID" at its left); the label "Pasif" of the row
    # below is drawn across the heading's bottom rule, under the heading's empty right part
    rulings = [h(57, 72, 538), h(75, 72, 538), h(189, 72, 538)]
    rulings += [v(72, 57, 189), v(538, 57, 189), v(202, 75, 189), v(435, 75, 189)]
    words = [word("INFID", 76, 62, 31), word("Pasif", 440, 72.2, 24), word("stakeholder", 207, 80, 59)]
    [grid] = find_grids(rulings, words)
    spans = sorted((c.r0, c.r1, c.c0, c.c1) for c in grid.cells)
    assert spans == [(0, 1, 0, 3), (1, 2, 0, 1), (1, 2, 1, 2), (1, 2, 2, 3)]
    # a heading row with no text of its own: the crossed word still opens it (a row moved
    # to a new page drawn over the next row's first line)
    [grid] = find_grids(rulings, words[1:])
    assert [(c.r0, c.r1, c.c0, c.c1) for c in grid.cells] == [(0, 2, 0, 3)]


def test_a_rule_through_a_cells_first_line_run_out_over_it_stays_a_boundary() -> None:
    # a row-spanning cell's last line, set at the top of its sliver (72-84.4) on a new page,
    # runs out across the next row's top rule: the rule still closes the cell above
    rulings = [h(72, 64, 538), h(84.4, 64, 538), h(770, 64, 538)] + [v(x, 72, 770) for x in (64, 197, 434, 538)]
    words = [word("cara.", 69.5, 76.1, 23, 12), word("Kesejahteraan", 95.5, 76.1, 68, 12)]
    words.append(word("Ruang", 69.5, 103, 31, 12))
    [grid] = find_grids(rulings, words)
    left = sorted((c.r0, c.r1) for c in grid.cells if c.c0 == 0)
    assert left == [(0, 1), (1, 2)]


def test_a_spanning_cell_closed_above_the_pages_end_is_not_open_at_the_bottom() -> None:
    # at a page's end the row's middle and right cells are drawn on to 764.5 (no rule
    # under them: they go on), while the cell spanning the rows on the left ended at
    # 730 with its bottom rule, its side rule stopping there: that column does not go on
    rulings = [h(57, 72, 539), h(730, 72, 184.5)]
    rulings += [v(72, 57, 730), v(184.5, 57, 764.5), v(455.5, 57, 764.5), v(539, 57, 764.5)]
    [grid] = find_grids(rulings)
    assert grid.open_bottom == [False, True, True]


def test_a_column_drawn_on_between_columns_closed_on_the_page_stays_in_its_table() -> None:
    """The middle cell goes on over both page breaks; the left and right cells end on the page.

    Their bottom rules, at heights of their own (754.9 and 769.9, Chromium),
    touch only their own columns' sides; the middle column's sides begin and
    end at the same heights and hold its text: one table of three columns,
    not two of one column each with the middle text left outside any table.
    """
    rulings = [v(57.4, 72, 755.25), v(187.5, 72, 770.25), v(440.25, 72, 770.25), v(523.9, 72, 770.25)]
    rulings += [h(754.9, 57, 187.5), h(769.9, 440.25, 524.25)]
    words = [word("jumlah", 209.6, 73.0), word("berasal", 209.6, 740.0)]
    [grid] = find_grids(rulings, words)
    assert [round(x) for x in grid.xs] == [57, 188, 440, 524]
    middle = grid.cells[grid.locate(300, 400)]
    assert (middle.c0, middle.c1) == (1, 2) and middle.box.top == 72
    assert grid.open_top == [True, True, True] and grid.open_bottom == [False, True, False]


def test_two_tables_side_by_side_stay_apart() -> None:
    """Two framed tables of one height side by side: no text in the gutter between them, two tables."""
    rulings = [v(x, 100, 300) for x in (50, 250, 300, 500)]
    rulings += [h(y, 50, 250) for y in (100, 300)] + [h(y, 300, 500) for y in (100, 300)]
    words = [word("kiri", 60, 150), word("kanan", 310, 150)]
    assert len(find_grids(rulings, words)) == 2


def test_the_foot_of_a_cell_of_the_page_before_drawn_over_a_repeated_heading_is_no_table() -> None:
    # Chromium draws the bottom rule of a cell that ended on the page before at
    # the new page's top, with the last points of its side rules, 1.5 pt under
    # the top rule of the heading row it repeats there. The stubs end on that
    # rule and are shorter than a line: no part of a table of their own, which
    # would be the page's first table and keep the row under the heading from
    # going on from the page before.
    rules = [h(72.4, 57.4, 538.9), h(88.9, 57.4, 538.9), v(57.4, 72.4, 88.9), v(538.9, 72.4, 88.9)]
    rules += [v(192.1, 71.0, 74.2), v(433.4, 71.0, 74.2), h(73.9, 192.0, 433.5)]  # the foot of the cell before
    rules += [h(121.1, 57.4, 538.9)] + [v(x, 89.2, 121.1) for x in (57.4, 192.1, 433.4, 538.9)]
    grids = find_grids(rules)
    assert len(grids) == 1
    assert [round(x, 1) for x in grids[0].xs] == [57.4, 192.1, 433.4, 538.9]
    assert grids[0].box.top >= 72.0


def test_a_spanning_cell_drawn_short_of_its_rows_last_sub_row_holds_the_side_region_under_it() -> None:
    """Chromium, on the page a target row goes on to: the target cell's border stops 1.9 pt under the
    sub-row rule (165.4), the co-creation cells under the rule are drawn whole (163.9 to 184.1), and the
    region under the target cell has no side rule and no bottom rule: the target cell holds it, so the
    co-creation sub-row stays in the target's row (its last line, "IKOHI.", runs out below its border)."""
    rulings = [h(72.4, 57.4, 538.9), h(165.4, 57.4, 172.5), h(163.1, 172.9, 538.9), h(163.9, 172.9, 538.9)]
    rulings += [h(184.1, 172.9, 538.9)]
    rulings += [v(57.4, 72.4, 165.4), v(172.5, 72.4, 184.1), v(433.5, 72.4, 184.1), v(538.9, 72.4, 184.1)]
    [grid] = find_grids(rulings)
    target = grid.cells[grid.locate(100, 175)]
    assert (target.r0, target.r1, target.c0, target.c1) == (0, 2, 0, 1)
    # a sub-row a page's end cut, its cells undrawn under the rule: it begins the next page's row
    rulings = [h(681.4, 57.4, 538.9), h(757.9, 172.9, 538.9)]
    rulings += [v(57.4, 681.4, 769.9), v(172.5, 681.4, 769.9), v(433.5, 681.4, 757.9), v(538.9, 681.4, 757.9)]
    rulings += [h(769.9, 57.4, 172.5)]
    [grid] = find_grids(rulings)
    score = grid.cells[grid.locate(480, 700)]
    assert (score.r0, score.r1) == (0, 1)
    # a side rule drawn for the heading row alone, ending at the body's first rule (WeasyPrint): the body's
    # side region is no cell drawn short, and never joins the heading
    rulings = [h(72.0, 56.95, 538.3), h(91.48, 56.7, 538.6), h(235.7, 191.6, 538.6), h(400.0, 56.7, 538.6)]
    rulings += [v(56.95, 72.0, 91.4), v(191.7, 91.48, 400.0), v(451.8, 91.48, 400.0), v(538.3, 72.0, 400.0)]
    [grid] = find_grids(rulings)
    heading = grid.cells[grid.locate(300, 80)]
    assert (heading.r0, heading.r1) == (0, 1)
