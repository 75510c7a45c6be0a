"""Whether a line under a cell's bottom rule is the text run over it (`tables.run_over_lines`)."""

from ogi_extract.layout.model import Box, Page, Ruling, Word
from ogi_extract.tables import split_page
from ogi_extract.tables.run_over_lines import off_row_lines


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
