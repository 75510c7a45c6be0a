"""The fpdf2 engine (corpus/engines/fpdf2_engine.py) prints the document's words as written, in order,
moves whole target rows to the next page, and stays out of the committed corpus.

Checked on the PDF's own words (PyMuPDF, content-stream order), never with the
parser: this producer is kept to judge the parser, which must not be tuned on it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pymupdf
import pytest

pytest.importorskip("fpdf", reason="fpdf2 is not installed (pip install 'fpdf2>=2.8')")

from corpus.build import Entry, matrix  # noqa: E402
from corpus.document import Block, Cell, Document, Figure, FrontTable, Heading, HeadRow, Labelled, Prose  # noqa: E402
from corpus.document import Table, TargetRow, Title, make_document  # noqa: E402
from corpus.engines import CannotRender, ENGINES, corpus_engines, engine  # noqa: E402
from corpus.engines import fpdf2_engine as fp  # noqa: E402
from corpus.engines import fpdf2_front  # noqa: E402
from corpus.engines._pdf import words_missing  # noqa: E402
from corpus.look import Look, random_look  # noqa: E402
from ogi_extract.synth.content import SpecParams  # noqa: E402
from ogi_extract.synth.spec import BULLET, BULLET_GLYPHS, Paragraph  # noqa: E402

SPECIAL = (
    Paragraph("Tanda **tebal** __miring__ ~~coret~~ --garis a\\b c\\\\d \\**e {nb} 50% & $10 #1 \"g\" 'h'"),
    Paragraph("Butir pertama", "1."),
    Paragraph("Sub butir", "a.", 1),
    Paragraph("Poin", "\uf0b7"),
    Paragraph("Poin dalam", "o", 1),
    Paragraph("Poin lain", "\uf0a7", 1),
)


def _small() -> Document:
    """One commitment, plus a Labelled block and a table row holding every marker and markdown character."""
    doc = make_document(5, "2021", params=SpecParams(commitments=(1, 1), measures=(1, 1), implementers=(1, 1),
                                                     targets=(1, 2), long_cell=0.0, list_cell=0.5))
    w = doc.wording
    row = TargetRow(Cell("Target B12:", SPECIAL[:1]), Cell(w.achievement, SPECIAL), Cell(w.score, (Paragraph("100%"),),
                    bold_head=False), Cell(w.cocreation, SPECIAL[3:]), Cell(None, (Paragraph("Aktif"),), valign="middle"))
    blocks = (*doc.blocks, Labelled(w.follow_up, SPECIAL), Table((HeadRow("Sekretariat Nasional"), row)))
    return Document(doc.seed, w, blocks, doc.spec)


def _paragraph_words(body: tuple[Paragraph, ...]) -> list[str]:
    out: list[str] = []
    for p in body:
        if p.marker is not None:
            out.append(BULLET if p.marker in BULLET_GLYPHS else p.marker)
        out += p.text.split()
    return out


def _cell_words(c: Cell) -> list[str]:
    return (c.head.split() if c.head else []) + _paragraph_words(c.body)


def printed(blocks: tuple[Block, ...]) -> list[tuple[str, int | None]]:
    """The words the document prints, in order, each with the index of its target row (None outside rows).

    Taken from the document's blocks, the generator's side, never from a reading of the PDF.
    """
    out: list[tuple[str, int | None]] = []
    rows = 0
    for block in blocks:
        if isinstance(block, Title | Heading):
            out += [(w, None) for w in block.text.split()]
        elif isinstance(block, Labelled):
            out += [(w, None) for w in block.label.split() + _paragraph_words(block.body)]
        elif isinstance(block, Prose):
            out += [(w, None) for w in _paragraph_words(block.body)]
        elif isinstance(block, Figure):
            words = [w for line in block.caption for w in line.split()]
            if block.drawing == "vector":
                words += [f"{s.percent}%" for s in block.slices if s.percent > 0]
            words += [w for s in block.slices for w in s.label.split()] + (block.source or "").split()
            out += [(w, None) for w in words]
        elif isinstance(block, FrontTable):
            out += [(w, None) for w in _front_table_words(block)]
        elif isinstance(block, Table):
            for r in block.rows:
                if isinstance(r, HeadRow):
                    out += [(w, None) for w in r.text.split()]
                    continue
                cells = (r.target, r.achievement, r.score, r.cocreation, r.cocreation_label)
                out += [(w, rows) for c in cells for w in _cell_words(c)]
                rows += 1
    return out


def _front_table_words(block: FrontTable) -> list[str]:
    """A front table's words: caption (above), header, rows (the header again after a break when it repeats), caption (below)."""
    caption = [w for line in block.caption for w in line.split()]
    header = [w for text in block.header or () for w in text.split()]
    out = [] if block.caption_below else list(caption)
    out += header
    for i, row in enumerate(block.rows):
        if i and i == block.break_before and block.repeat_header:
            out += header
        out += [w for cell in row for text in cell.paragraphs for w in text.split()]
    return out + (caption if block.caption_below else [])


def pdf_words(pdf: bytes, look: Look) -> list[tuple[str, int, float]]:
    """The PDF's words in content-stream order as (word, page, top), the footer (under the bottom margin) left out."""
    out = []
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for number, page in enumerate(doc):
            limit = page.rect.height - look.margins[3]
            out += [(w[4], number, w[1]) for w in page.get_text("words") if w[3] <= limit + 1]
    return out


def _look(**knobs: object) -> Look:
    return replace(random_look(3, "liberation-serif"), **{"footer": True, "repeat_header": False, **knobs})


def test_the_engine_is_a_judge_kept_out_of_the_corpus() -> None:
    assert ENGINES["fpdf2"] == "fpdf2_engine" and engine("fpdf2") is fp
    assert fp.missing() is None, fp.missing()
    assert fp.version().startswith("fpdf2 2.")
    assert fp.IN_CORPUS is False and fp.BREAKS_ROWS is False and fp.FRONT_MATTER is True
    assert "fpdf2" not in corpus_engines() and set(corpus_engines()) == set(ENGINES) - {"fpdf2", "xhtml2pdf"}
    assert not [e for e in matrix() if e.engine == "fpdf2"] and matrix(["fpdf2"]) == []
    # a hold-out entry gets the short cells of an engine that cannot cut a row
    entry = Entry("fpdf2", "dejavu-sans", "2021", 31)
    assert entry.params().long_cell == 0.0 and entry.row_words() is not None


def test_markdown_escapes_print_the_text_as_written() -> None:
    assert fp.markdown("a **b** c") == "a \\**b\\** c"
    assert fp.markdown("x\\y") == "x\\\\y"
    assert fp.markdown("\\**") == "\\\\\\**"
    with pytest.raises(CannotRender):
        fp.markdown("[teks](https://contoh.id)")


@pytest.mark.parametrize("font", fp.FONTS)
def test_every_word_is_printed_in_the_documents_order(font: str, tmp_path: Path) -> None:
    doc = _small()
    for justify in (False, True):
        look = replace(_look(justify=justify), font=font)
        pdf = fp.render(doc, look, tmp_path / f"{font}-{justify}")
        assert pdf.startswith(b"%PDF") and (tmp_path / f"{font}-{justify}" / "report.pdf").exists()
        assert [w for w, *_ in pdf_words(pdf, look)] == [w for w, _ in printed(doc.blocks)], (font, justify)
        assert words_missing(pdf, doc.truth()) == []


def test_a_generated_report_prints_its_truth_and_no_row_is_cut(tmp_path: Path) -> None:
    """A hold-out entry as the sweep renders it: the words in order (cut URLs joined back), every word of the
    truth, and each target's two rows on one page; the footer with the page number on every page."""
    entry = Entry("fpdf2", "noto-sans", "2021", 23)
    doc, look = entry.document(), replace(entry.look(), repeat_header=False, footer=True)
    pdf = fp.render(doc, look, tmp_path)
    got = pdf_words(pdf, look)
    want = printed(doc.blocks)
    assert "".join(w for w, *_ in got) == "".join(w for w, _ in want)
    assert words_missing(pdf, doc.truth()) == []
    # each target row's words lie on one page: fpdf2 moves a row whole, never cuts it
    chars: list[int | None] = [row for w, row in want for _ in w]
    pages_of: dict[int, set[int]] = {}
    at = 0
    for w, page, _ in got:
        for row in {chars[i] for i in range(at, at + len(w))} - {None}:
            pages_of.setdefault(row, set()).add(page)
        at += len(w)
    assert len(pages_of) == doc.target_count
    assert all(len(pages) == 1 for pages in pages_of.values())
    with pymupdf.open(stream=pdf, filetype="pdf") as pages:
        assert pages.page_count > 5
        footer = doc.wording.footer_lines()[0].split()
        for number, page in enumerate(pages, start=1):
            bottom = [w[4] for w in page.get_text("words") if w[1] > page.rect.height - look.margins[3]]
            assert bottom[: len(footer)] == footer and str(number) in bottom, number


def _long_table(doc: Document, rows: int) -> Table:
    w = doc.wording
    text = " ".join(f"kata{i}" for i in range(60))
    targets = tuple(
        TargetRow(Cell(f"Target B{i:02d}:", (Paragraph(text),)), Cell(w.achievement, (Paragraph(text),)),
                  Cell(f"{w.score} 100%", bold_head=False), Cell(w.cocreation, (Paragraph("Singkat."),)),
                  Cell(None, (Paragraph("Aktif"),)))
        for i in range(rows)
    )
    return Table((HeadRow("Sekretariat Nasional"), *targets))


@pytest.mark.parametrize("repeat", [False, True])
def test_a_table_over_pages_repeats_its_heading_row_when_the_look_asks(repeat: bool, tmp_path: Path) -> None:
    doc = _small()
    doc = replace(doc, blocks=(doc.blocks[0], Heading("Uji", new_page=True), _long_table(doc, 14)))
    look = _look(repeat_header=repeat)
    pdf = fp.render(doc, look, tmp_path)
    with pymupdf.open(stream=pdf, filetype="pdf") as pages:
        assert pages.page_count >= 3
        tops = [" ".join(w[4] for w in page.get_text("words")[:2]) for page in pages][2:]
    assert all(t == "Sekretariat Nasional" for t in tops) is repeat
    got = [w for w, *_ in pdf_words(pdf, look)]
    want = [w for w, _ in printed(doc.blocks)]
    assert len(got) == len(want) + (2 * (len(tops)) if repeat else 0)


def test_a_target_taller_than_a_page_cannot_be_rendered(tmp_path: Path) -> None:
    doc = _small()
    w = doc.wording
    tall = TargetRow(Cell("Target B06:", (Paragraph(" ".join(f"kata{i}" for i in range(900))),)),
                     Cell(w.achievement, (Paragraph("Singkat."),)), Cell(w.score, bold_head=False),
                     Cell(w.cocreation, (Paragraph("Singkat."),)), Cell(None, (Paragraph("Pasif"),)))
    doc = replace(doc, blocks=(*doc.blocks, Table((HeadRow("Sekretariat Nasional"), tall))))
    with pytest.raises(CannotRender, match="too high"):
        fp.render(doc, _look(), tmp_path)


def test_a_character_the_font_has_no_glyph_for_cannot_be_rendered(tmp_path: Path) -> None:
    # fpdf2 leaves such a glyph out and only logs it: the PDF would not print the truth's word
    doc = _small()
    lost = Paragraph("Tanda \U00013000 hilang")  # an Egyptian hieroglyph: none of the engine's fonts has it
    doc = replace(doc, blocks=(*doc.blocks, Labelled(doc.wording.follow_up, (lost,))))
    with pytest.raises(CannotRender, match="no glyph"):
        fp.render(doc, _look(), tmp_path)


def test_the_target_cell_spans_its_two_rows(tmp_path: Path) -> None:
    """The target's cell is one box from the top of its first row to the bottom of its second, beside the
    boxes of "Capaian Target:" and "Proses Kokreasi:"; the rules are as wide as the look says."""
    doc = _small()
    look = _look(border_width=0.75)
    pdf = fp.render(doc, look, tmp_path)
    with pymupdf.open(stream=pdf, filetype="pdf") as pages:
        page = pages[-1]
        words = page.get_text("words")
        boxes = [(item[1], d["width"]) for d in page.get_drawings() for item in d["items"] if item[0] == "re"]
    target = [w for w in words if w[4] == "Target"][-1]
    achievement = [w for w in words if w[4] == "Capaian"][-1]
    cocreation = [w for w in words if w[4] == "Proses"][-1]
    around = [box for box, _ in boxes if box.contains(pymupdf.Point(target[0] + 1, target[1] + 1))]
    assert len(around) == 1
    spanning = around[0]
    assert abs(spanning.x0 - look.margins[0]) < 0.5
    assert spanning.y0 < achievement[1] < cocreation[1] < cocreation[3] < spanning.y1
    second = [box for box, _ in boxes if box.contains(pymupdf.Point(cocreation[0] + 1, cocreation[1] + 1))]
    assert len(second) == 1 and second[0].x0 == spanning.x1 and abs(second[0].y1 - spanning.y1) < 0.01
    assert achievement[3] < second[0].y0 < cocreation[1]
    assert {width for _, width in boxes} == {0.75}


@pytest.mark.parametrize(("seed", "font"), [(10, "liberation-serif"), (2, "noto-sans")])
def test_the_front_matter_prints_its_words_in_order(seed: int, font: str, tmp_path: Path) -> None:
    """Pies (seed 10 vector, 2 image), captions above and below, a table pushed down and one broken before a row."""
    entry = Entry("fpdf2", font, "2021" if seed % 2 else "2022", seed, front=True)
    doc = entry.document()
    assert doc.front is not None and not doc.front.layout.repeat_header
    assert doc.front.layout.pie == ("vector" if seed == 10 else "image") and doc.front.layout.split is not None
    look = replace(entry.look(), repeat_header=False)
    pdf = fp.render(doc, look, tmp_path)
    got = "".join(w for w, *_ in pdf_words(pdf, look))
    assert got == "".join(w for w, _ in printed(doc.blocks))
    assert words_missing(pdf, doc.truth()) == []
    # what the front matter publishes is printed ("Not Available" is printed "Not Available*")
    assert words_missing(pdf, doc.front_truth()) in ([], ["Available"])
    with pymupdf.open(stream=pdf, filetype="pdf") as pages:  # filled cells, not the legend's swatches
        fills = [tuple(round(c * 255) for c in d["fill"]) for page in pages for d in page.get_drawings()
                 for item in d["items"] if d.get("fill") and item[0] == "re" and item[1].height > fpdf2_front.SWATCH + 1]
    grey = {fp._GREY, fpdf2_front.HEAD_GREY}
    # the shaded header rows and the co-creation scale's four swatch cells, no other cell shaded
    assert fpdf2_front.HEAD_GREY in fills and len([f for f in fills if f not in grey]) == 4, fills


def test_same_input_same_bytes(tmp_path: Path) -> None:
    doc, look = _small(), _look()
    assert fp.render(doc, look, tmp_path / "a") == fp.render(doc, look, tmp_path / "b")


def test_a_family_fontconfig_lacks_is_refused_not_set_in_a_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    import corpus.engines.fpdf2_engine as module

    monkeypatch.setitem(module.FAMILIES, "nope-sans", "Nope Sans Nowhere")
    with pytest.raises(ValueError, match="not installed"):
        module.faces("nope-sans")
    with pytest.raises(ValueError, match="no font"):
        module.faces("comic-sans")
