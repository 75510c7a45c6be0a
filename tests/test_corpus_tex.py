"""The LaTeX (pdfLaTeX, LuaLaTeX) and ReportLab engines print every word of the truth.

A small document is rendered by each engine and each of its fonts; the PDF's
text must hold every word the generator wrote. Engines break words at line
ends (LaTeX hyphenates, ReportLab cuts words too long for a column, both break
URLs anywhere), so a word may also be found as the end of one line joined to
the start of a line below it in the same column, with a line-end hyphen
dropped. A missing engine fails: the corpus needs them all.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from corpus.document import Cell, Document, Heading, HeadRow, Labelled, Table, TargetRow, Title, make_document
from corpus.engines import engine
from corpus.look import Look, random_look
from ogi_extract.synth.content import SpecParams
from ogi_extract.synth.spec import Paragraph

ENGINES = ("pdflatex", "lualatex", "reportlab")


def truth_words(truth: dict[str, Any]) -> list[str]:
    out: list[str] = list(truth["document"]["title"].split())

    def walk(value: Any) -> None:
        if isinstance(value, str):
            out.extend(value.split())
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(truth["commitments"])
    return out


def _lines(pdf: bytes) -> list[list[tuple[float, float, float, str]]]:
    """Per page, its lines as (x0, x1, top, text), NFKC-normalised (ligature glyphs become letters)."""
    pages = []
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for page in doc:
            lines = []
            for block in page.get_text("dict")["blocks"]:
                for line in block.get("lines", []):
                    text = " ".join(unicodedata.normalize("NFKC", "".join(s["text"] for s in line["spans"])).split())
                    if text:
                        x0, top, x1, _ = line["bbox"]
                        lines.append((x0, x1, top, text))
            pages.append(lines)
    return pages


def pdf_words(pdf: bytes, furniture: tuple[str, ...] = ()) -> tuple[set[str], list[str]]:
    """Every word of the PDF, plus each line's last word joined to the first word of a line that may continue it
    (one below it, or on the next page, starting left of its end: a justified line's last word may stand apart
    from its start); and the text of every line but the `furniture`, without spaces."""
    pages = _lines(pdf)
    words: set[str] = set()
    for i, lines in enumerate(pages):
        later = pages[i + 1] if i + 1 < len(pages) else []
        for x0, x1, top, text in lines:
            words.update(text.split())
            last = text.split()[-1]
            for bx0, _, btop, btext in [*(ln for ln in lines if ln[2] - top > 1), *later]:
                if bx0 <= x1:
                    first = btext.split()[0]
                    words.add(last + first)
                    if last.endswith("-"):
                        words.add(last[:-1] + first)
    texts = ["".join(t.split()) for lines in pages for *_, t in lines if t not in furniture and not t.isdigit()]
    return words, texts


def _pieced(word: str, texts: list[str]) -> bool:
    """Whether `word` is the end of one line, whole lines, then the start of another, a line-end hyphen dropped:
    a URL or a word too long for its column, cut more than once."""
    ends = [t[:-1] if t.endswith("-") else t for t in texts]
    reach = {i for i in range(1, len(word)) if any(e.endswith(word[:i]) or t.endswith(word[:i]) for e, t in zip(ends, texts))}
    seen: set[int] = set()
    while reach:
        i = reach.pop()
        seen.add(i)
        rest = word[i:]
        if any(t.startswith(rest) for t in texts):
            return True
        reach |= {i + len(part) for e, t in zip(ends, texts) for part in {e, t} if part and rest.startswith(part)} - seen
    return False


def missing_words(pdf: bytes, truth: dict[str, Any], furniture: tuple[str, ...] = ()) -> list[str]:
    """Words of the truth the PDF does not print (a label's word may carry its colon)."""
    words, texts = pdf_words(pdf, furniture)
    lost = [w for w in truth_words(truth) if w not in words and f"{w}:" not in words]
    return [w for w in lost if not _pieced(w, texts)]


def _small_document() -> Document:
    """A generated document cut to one commitment, plus a row with every marker and special character."""
    doc = make_document(5, "2021", params=SpecParams(commitments=(1, 1), measures=(1, 1), implementers=(1, 1),
                                                     targets=(1, 2), long_cell=0.0, list_cell=0.5))
    items = (
        Paragraph("Pengantar dengan 50% & biaya $10 #1 a_b ~c ^d {e} \\f \"g\" 'h' --i"),
        Paragraph("Butir pertama verifikasi fleksibel efisien", "1."),
        Paragraph("Sub butir", "a.", 1),
        Paragraph("Butir kedua https://ogi.bappenas.go.id/index.php/dokumen-kontrak", "2."),
        Paragraph("Poin", "\uf0b7"),
        Paragraph("Poin dalam", "o", 1),
        Paragraph("Poin lain", "\uf0a7", 1),
        Paragraph("Poin akhir", "•"),
    )
    w = doc.wording
    row = TargetRow(Cell("Target B12:", items[:1]), Cell(w.achievement, items), Cell(w.score, (Paragraph("100%"),), bold_head=False),
                    Cell(w.cocreation, items[3:]), Cell(None, (Paragraph("Aktif"),), valign="middle"))
    blocks = (*doc.blocks, Labelled(w.follow_up, items), Table((HeadRow("Sekretariat Nasional"), row)))
    return Document(doc.seed, w, blocks, doc.spec)


def _extra_words(doc: Document) -> list[str]:
    out: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Labelled):
            out += [w for p in block.body for w in ((p.marker or "").split() + p.text.split())]
    return [w.replace("\uf0b7", "•").replace("\uf0a7", "•") for w in out]


def test_document_has_every_kind_of_block() -> None:
    kinds = {type(b) for b in _small_document().blocks}
    assert {Title, Heading, Labelled, Table} <= kinds


@pytest.mark.parametrize("name", ENGINES)
def test_engine_is_installed(name: str) -> None:
    mod = engine(name)
    assert mod.missing() is None, f"{name} needs {mod.missing()}"
    assert mod.version()


@pytest.mark.parametrize("name", ENGINES)
def test_every_word_of_the_truth_is_printed(name: str, tmp_path: Path) -> None:
    mod = engine(name)
    doc = _small_document()
    for i, font in enumerate(mod.FONTS):
        look = random_look(i, font)
        # both list styles and both ligature settings across the fonts
        look = Look(**{**{f: getattr(look, f) for f in look.__dataclass_fields__}, "list_markup": i % 2 == 0,
                       "ligatures": i != 1})
        pdf = mod.render(doc, look, tmp_path / font)
        assert pdf.startswith(b"%PDF")
        assert missing_words(pdf, doc.truth(), doc.wording.footer_lines()) == [], (name, font)
        extra = {"verifikasi", "fleksibel", "efisien", "50%", "&", "$10", "#1", "a_b", "~c", "^d", "{e}", "\\f", '"g"', "'h'", "--i", "•"}
        words, texts = pdf_words(pdf)
        assert {w for w in extra if w not in words} == set(), (name, font)
        assert [w for w in _extra_words(doc) if w not in words and not _pieced(w, texts)] == [], (name, font)


def test_missing_words_finds_a_lost_word(tmp_path: Path) -> None:
    mod = engine("reportlab")
    doc = _small_document()
    pdf = mod.render(doc, random_look(1, "helvetica"), tmp_path)
    truth = doc.truth()
    truth["commitments"][0]["title"] += " Kataygtidakadadalamdokumen"
    assert missing_words(pdf, truth) == ["Kataygtidakadadalamdokumen"]


@pytest.mark.parametrize("name", ENGINES)
def test_same_input_same_bytes(name: str, tmp_path: Path) -> None:
    mod = engine(name)
    doc = _small_document()
    look = random_look(2, mod.FONTS[0])
    assert mod.render(doc, look, tmp_path / "a") == mod.render(doc, look, tmp_path / "b")


def _tall_document() -> Document:
    """The small document with a target row taller than a page: a long target beside short cells."""
    doc = _small_document()
    w = doc.wording
    long_text = " ".join(f"kata{i}" for i in range(900))
    row = TargetRow(Cell("Target B06:", (Paragraph(long_text),)), Cell(w.achievement, (Paragraph("Singkat."),)),
                    Cell(w.score, (Paragraph("100%"),), bold_head=False), Cell(w.cocreation, (Paragraph("Singkat."),)),
                    Cell(None, (Paragraph("Pasif"),)))
    return Document(doc.seed, w, (*doc.blocks, Table((HeadRow("Sekretariat Nasional"), row))), doc.spec)


@pytest.mark.parametrize("name", ["pdflatex", "lualatex"])
def test_latex_refuses_a_row_taller_than_the_page(name: str, tmp_path: Path) -> None:
    from corpus.engines.latex import RowTooTall

    mod = engine(name)
    assert mod.BREAKS_ROWS is False
    with pytest.raises(RowTooTall):
        mod.render(_tall_document(), Look(font=mod.FONTS[0]), tmp_path)


def test_reportlab_splits_a_row_taller_than_the_page(tmp_path: Path) -> None:
    mod = engine("reportlab")
    assert mod.BREAKS_ROWS is True
    doc = _tall_document()
    pdf = mod.render(doc, Look(font="helvetica"), tmp_path)
    words, texts = pdf_words(pdf)
    assert [f"kata{i}" for i in range(900) if f"kata{i}" not in words and not _pieced(f"kata{i}", texts)] == []
    with pymupdf.open(stream=pdf, filetype="pdf") as pages:
        assert sum("kata" in page.get_text() for page in pages) >= 2  # the row goes on over a page break


def test_reportlab_base14_fonts_are_not_embedded(tmp_path: Path) -> None:
    pdf = engine("reportlab").render(_small_document(), Look(font="times"), tmp_path)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        fonts = {f[3]: f[1] for page in doc for f in page.get_fonts()}
    assert fonts.get("Times-Roman") == "n/a" and fonts.get("Times-Bold") == "n/a", fonts
