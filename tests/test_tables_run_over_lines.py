"""Whether a line under a cell's bottom rule is the text run over it (`tables.run_over_lines`)."""

from dataclasses import replace

from ogi_extract.layout.model import Box, Page, Ruling, Word
from ogi_extract.tables import split_page
from ogi_extract.tables.run_over_lines import goes_on_off_row, off_own_lines, off_row_lines


def word(text: str, x0: float, top: float) -> Word:
    return Word(text, Box(x0, top, x0 + 6 * len(text), top + 11.0), "F", 10, False, int(top), True)


def test_a_line_beside_the_rows_own_line_but_off_it_is_not_the_rows() -> None:
    line = [word("pembahasan.", 77.7, 128.254)]
    assert off_row_lines(line, [[word("Capaian", 189.7, 115.504), word("Pandemi.", 189.7, 129.004)]])
    assert not off_row_lines(line, [[word("Pandemi.", 189.7, 128.3)]])  # on the row's line
    assert not off_row_lines(line, [[word("Capaian", 189.7, 115.504)]])  # no line of the row beside it


def test_a_run_over_goes_on_under_a_label_at_its_pitch_off_the_rows_lines() -> None:
    """Chromium in Carlito: a target's text runs over its row's bottom rule (112.1), "Akan PWYP" drawn over
    the next row's label "Target B24:" (0.75 pt higher), then "pembahasan." at the run-over's pitch. It is
    also a step (12.75, a step the page's texts take) under the label, but the row's own second line lies
    where "Pandemi." does beside it, at 129.0: "pembahasan." is the run-over's, not a target text of its own."""
    xs = (72.4, 184.1, 454.9, 538.9)
    rulings = [Ruling(Box(xs[0], y - 0.25, xs[3], y + 0.25), "h", "stroke") for y in (72.0, 112.1, 280.0)]
    rulings += [Ruling(Box(xs[1], 143.35, xs[3], 143.85), "h", "stroke")]
    rulings += [Ruling(Box(x - 0.25, 72.0, x + 0.25, 280.0), "v", "stroke") for x in xs]
    above = ["kepemimpinan,", "dikembangkan.", "Dengan, mediasi.", "Akan PWYP", "pembahasan."]
    tops = (75.004, 88.504, 101.254, 114.754, 128.254)
    words = [word(w, 77.74 + 40 * i, top) for text, top in zip(above, tops) for i, w in enumerate(text.split())]
    words += [word(w, 189.69 + 50 * i, top) for i, w in enumerate(("Capaian", "Target:")) for top in (75.004,)]
    words += [word("Terlaksana.", 189.69, 88.504), word("Nilai:", 460.27, 75.004), word("100%", 485.6, 75.004)]
    words += [word("Target", 77.74, 115.504), word("B24:", 108.41, 115.504)]
    words += [word("Capaian", 189.69, 115.504), word("Target:", 228.77, 115.504), word("Pandemi.", 189.69, 129.004)]
    words += [word("Nilai:", 460.27, 115.504), word("0%", 485.62, 115.504)]
    words += [word("Proses", 189.69, 147.004), word("Kokreasi:", 222.01, 147.004), word("Aktif", 460.27, 147.004)]
    words += [word("Basis/jasa", 189.69, 159.754), word("karena", 236.25, 159.754)]
    content = split_page(Page(1, 595, 842, words, rulings), set())
    cells = [c for f in content.fragments for g in f.groups for c in g.cells]
    target = next(c for c in cells if any(w.text == "kepemimpinan," for w in c.words))
    assert [w.text for w in target.words][-3:] == ["Akan", "PWYP", "pembahasan."]
    label = next(c for c in cells if any(w.text == "B24:" for w in c.words))
    assert [w.text for w in label.words] == ["Target", "B24:"]


def test_a_run_over_line_a_step_under_both_texts_is_the_run_overs_where_the_line_after_it_is() -> None:
    """Chromium in Noto Sans: "teridentifikasimeng" drawn over the next row's label "Target B12:" (0.8 pt
    above it), then "integrasikan" 13.5 under it and 12.7 under the label, at the height of the row's own
    second line ("Tech" in the achievement's column): either text's. "potensi akademik." a step under
    it lies 0.7 pt off the row's third line ("kesepakatan/revisi"): the run-over's, and so is the line
    between. Read with the row, the two lines became the next target's text (the row had none)."""
    xs = (64.1, 200.0, 453.0, 538.1)
    rulings = [Ruling(Box(xs[0], y - 0.25, xs[3], y + 0.25), "h", "stroke") for y in (72.4, 257.2, 400.0)]
    rulings += [Ruling(Box(x - 0.25, 72.4, x + 0.25, 400.0), "v", "stroke") for x in xs]
    above = ["bagian", "akses", "integrasi", "teridentifikasimeng", "integrasikan", "potensi akademik."]
    tops = (218.5, 232.0, 244.7, 258.2, 271.7, 284.5)
    words = [word(w, 69.5 + 54 * i, top) for text, top in zip(above, tops) for i, w in enumerate(text.split())]
    words += [word("Capaian", 205.4, 218.5), word("Target:", 252.7, 218.5), word("Terlaksana.", 205.4, 232.0)]
    words += [word("Nilai:", 458.8, 218.5), word("100%", 487.6, 218.5)]
    words += [word("Target", 69.5, 259.0), word("B12:", 107.6, 259.0)]
    words += [word("Capaian", 205.4, 259.0), word("Target:", 252.7, 259.0), word("Tech", 205.4, 271.7)]
    words += [word("kesepakatan/revisi", 205.4, 285.2), word("semester", 205.4, 298.0)]
    words += [word("Nilai:", 458.8, 259.0), word("100%", 487.6, 259.0)]
    content = split_page(Page(1, 595, 842, words, rulings), set())
    cells = [c for f in content.fragments for g in f.groups for c in g.cells]
    target = next(c for c in cells if any(w.text == "bagian" for w in c.words))
    assert [w.text for w in target.words][-4:] == ["teridentifikasimeng", "integrasikan", "potensi", "akademik."]
    label = next(c for c in cells if any(w.text == "B12:" for w in c.words))
    assert [w.text for w in label.words] == ["Target", "B12:"]


def test_the_line_after_a_run_over_line_tells_whose_it_is() -> None:
    line = [word("integrasikan", 69.5, 271.7)]
    row = [[word("Tech", 205.4, 271.7), word("kesepakatan/revisi", 205.4, 285.2)]]
    steps = {12.75, 13.5}
    after = [word("potensi", 69.5, 284.5), word("akademik.", 123.5, 284.5)]
    assert goes_on_off_row(line, after, 69.5, steps, row)
    # on the row's own line, or begun elsewhere, or no step under: no sign
    assert not goes_on_off_row(line, [word("potensi", 69.5, 285.2)], 69.5, steps, row)
    assert not goes_on_off_row(line, [word("potensi", 80.0, 284.5)], 69.5, steps, row)
    assert not goes_on_off_row(line, [word("potensi", 69.5, 290.0)], 69.5, steps, row)


def test_the_drawing_order_tells_whose_a_line_under_two_at_one_height_is() -> None:
    """Chromium in LM Roman Slanted: the run-over's "sekretariat." drawn at the height of the row's own list
    item "•      Merupakan." (justified: its word after the marker off the hanging indent), "Itu melalui" a
    step under both at the run-over's indent. The geometry reads it as the run-over's; the page drew it
    after the row's own line, drawn after the run-over's: it is the row's."""
    own = [word("Target", 69.5, 295.7), word("B12:", 102.3, 295.7), word("•", 69.5, 308.6), word("Merupakan.", 99.8, 308.6)]
    like = word("sekretariat.", 86.3, 308.6)
    line = [word("Itu", 86.3, 320.6), word("melalui", 121.0, 320.6)]
    steps = {12.0, 12.75}
    assert off_own_lines(line, own, 86.3, steps, 308.6, like)  # no order known: the geometry's reading
    order = [like, *own, *line]
    drawn = {id(w): k for k, w in enumerate(order)}
    own_d, like_d, line_d = ([replace(w, drawn=drawn[id(w)]) for w in ws] for ws in (own, [like], line))
    assert not off_own_lines(line_d, own_d, 86.3, steps, 308.6, like_d[0])
    # the item's word after its marker at the hanging indent, where the geometry reads the line as the
    # row's own; drawn right after the run-over's line, before the row's own, it is the run-over's
    hung = [*own[:3], word("Merupakan.", 86.3, 308.6)]
    assert not off_own_lines(line, hung, 86.3, steps, 308.6, like)
    late = [replace(w, drawn=len(order) + k) for k, w in enumerate(hung)]
    assert off_own_lines(line_d, late, 86.3, steps, 308.6, like_d[0])
