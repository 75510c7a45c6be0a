"""Text run down into a cell from above, told from the cell's own (`run_in`)."""

from ogi_extract.tables.run_in import run_in
from test_tables_steps import column, word


def test_run_in_a_line_begun_above_the_cells_top_rule_and_one_drawn_over_its_own_line() -> None:
    # a heading row (top rule 303.4, first line due at 305.1): "tujuan," begun above the rule, the heading at its
    # place, "kebutuhan," 4.5 pt under the heading's top and drawn over it: a text run down into
    # the cell, never the cell's own (its lines are never drawn over each other)
    tujuan, kebutuhan = word("tujuan,", 95.3, 296.85, 32.0, 12.6), word("kebutuhan,", 95.3, 309.6, 51.4, 12.6)
    heading = [word("Kementerian", 77.7, 305.1, 65.3, 12.6), word("PPN", 145.4, 305.1, 20.6, 12.6)]
    assert run_in([tujuan, *heading, kebutuhan], 303.4, 305.1) == [tujuan, kebutuhan]
    # a cell's own lines, one under the other, and a line drawn over nothing of its own
    own = column([305.1, 318.6, 331.35])
    assert run_in(own, 303.4, 305.1) == []
    assert run_in([heading[0], kebutuhan], 303.4, 305.1) == [kebutuhan]
    # a line drawn over the cell's first line at the height that line is due at, under another
    # begun under the rule: neither is told from the other here; a word beside another on one
    # baseline, in a larger face, covers nothing
    ran = word("ran", 95.3, 303.6, 30.0, 12.6)
    assert run_in([ran, word("akhir", 95.3, 305.1, 40.0, 12.6)], 303.4, 305.1) == []
    label, value = word("Nilai:", 441.6, 305.1, 22.0, 12.6), word("100%", 465.9, 306.6, 25.0, 11.0)
    assert run_in([label, value], 303.4, 305.1) == []


def test_run_in_goes_on_with_the_next_line_of_the_text_run_in_at_its_indent() -> None:
    # Chromium in Carlito: a run-over begun above the heading's top rule ("berisi", 685.1 under the
    # rule at 687.4) goes on a line lower at its indent ("unsur", 697.9), off the heading's own line
    # (689.6): both are the text run in, so the heading does not seem to run on over the row below
    berisi, unsur = word("berisi", 103.1, 685.1, 23.3, 10.5), word("unsur", 103.1, 697.9, 24.3, 10.5)
    heading = [word("Lakpesdam", 69.5, 689.6, 49.1, 10.5), word("PBNU", 121.0, 689.6, 25.3, 10.5)]
    assert run_in([berisi, *heading, unsur], 687.4, 689.6) == [berisi, unsur]
    # elsewhere than at the run-in text's indent, or on the heading's own line, it is the cell's own
    aside = word("unsur", 121.0, 697.9, 24.3, 10.5)
    assert run_in([berisi, *heading, aside], 687.4, 689.6) == [berisi]
    beside = word("PPN", 103.1, 689.9, 24.3, 10.5)
    assert run_in([berisi, heading[0], beside], 687.4, 689.6) == [berisi]
