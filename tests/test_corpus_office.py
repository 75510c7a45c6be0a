"""The LibreOffice (.docx) and Typst engines of the corpus print every word, and rows break over pages.

A small document with long cells is rendered by each engine, in both list modes.
Its PDF is read with PyMuPDF and cut into column streams: per page, the words
in each column band of the table (from the look's margins and column
fractions), footer lines and page numbers left out, then page after page, and
all words in reading order for the text outside tables. A word cut at a line
end or at a page break is whole again in one of these streams, so
every printed word of the document must appear in one stream, with whitespace
removed and an optional hyphen where the engine hyphenated. A missing engine
fails these tests: the corpus needs both.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pymupdf
import pytest

from corpus.document import Document, Heading, HeadRow, Labelled, Table, TargetRow, Title, make_document
from corpus.engines import engine
from corpus.look import Look
from ogi_extract.synth.content import SpecParams
from ogi_extract.synth.spec import BULLET, BULLET_GLYPHS, Paragraph

ENGINES = ("libreoffice", "typst")
# A hyphen an engine adds at a line end: a hyphen-minus, or a soft hyphen. Typst maps its one hyphen
# glyph to U+00AD once it has hyphenated, so a word's own hyphens may extract as soft hyphens too.
_HYPHEN = "[-\u00ad]?"
# Every character Typst markup or Word XML might read as syntax, and what reports print.
AWKWARD = (
    'SP4N-LAPOR! "kutip" ‘satu’ 100% #tagar $5 a*b c_d `kode` <tag> @nama [x] {y} \\jalur /miring/ '
    "https://ogi.bappenas.go.id/index.php?a=1&b=2 // -- --- ... ~ = + & 'x'"
)


def printed_words(document: Document) -> list[str]:
    """Every word the document prints: headings, labels, cell heads, markers and texts."""
    texts: list[str] = []

    def body(paragraphs: tuple[Paragraph, ...]) -> None:
        for p in paragraphs:
            if p.marker is not None:
                texts.append(BULLET if p.marker in BULLET_GLYPHS else p.marker)
            texts.append(p.text)

    for block in document.blocks:
        if isinstance(block, (Title, Heading)):
            texts.append(block.text)
        elif isinstance(block, Labelled):
            texts.append(block.label)
            body(block.body)
        elif isinstance(block, Table):
            for row in block.rows:
                if isinstance(row, HeadRow):
                    texts.append(row.text)
                    continue
                for cell in (row.target, row.achievement, row.score, row.cocreation, row.cocreation_label):
                    texts.append(cell.head or "")
                    body(cell.body)
    return " ".join(texts).split()


def column_streams(pdf: bytes, look: Look, footer: tuple[str, ...]) -> list[str]:
    """Per column band of the table, its words page after page, whitespace removed; then all words
    in reading order (for text across the page, outside tables)."""
    left, _, right, bottom = look.margins
    streams = ["", "", "", ""]
    with pymupdf.open(stream=pdf) as doc:
        for page in doc:
            width = page.rect.width - left - right
            edges = [left + width * look.columns[0], left + width * (look.columns[0] + look.columns[1])]
            furniture = {word for line in footer for word in line.split()}
            limit = page.rect.height - bottom
            for x0, y0, _, _, text, *_ in sorted(page.get_text("words"), key=lambda w: (w[5], w[6], w[7])):
                if y0 >= limit - 1 and (text in furniture or text.isdigit()):
                    continue
                band = sum(x0 >= edge - 2 for edge in edges)
                streams[band] += text
                streams[3] += text
    return [s.replace("\uf0b7", BULLET).replace("\uf0a7", BULLET) for s in streams]


def without_rows(stream: str, rows: list[str]) -> str:
    """`stream` without the pieces of `rows` that a band may hold: runs of two or more of a row's
    words, or its first or last word alone, longest first."""
    pieces = set()
    for row in rows:
        words = row.split()
        pieces |= {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)}
        pieces |= {words[0], words[-1]}
    for piece in sorted(pieces, key=len, reverse=True):
        stream = stream.replace(piece, "")
    return stream


def missing_words(words: list[str], streams: list[str]) -> list[str]:
    """Words found in no stream, even allowing a hyphen the engine added at a line end."""
    missing = []
    for word in words:
        word = word.replace("\uf0b7", BULLET).replace("\uf0a7", BULLET)
        if any(word in s for s in streams):
            continue
        hyphenated = re.compile(_HYPHEN.join("[-\u00ad]" if c == "-" else re.escape(c) for c in word))
        if not any(hyphenated.search(s) for s in streams):
            missing.append(word)
    return missing


def small_document() -> Document:
    """One commitment with long cells (a row must run over a page), lists, and awkward characters."""
    params = SpecParams(
        commitments=(1, 1), measures=(1, 1), implementers=(1, 1), targets=(3, 3),
        long_cell=0.45, list_cell=0.5, special_token=0.12, periods=("B06", "B12"),
    )
    document = make_document(7, "2021", params=params)
    awkward = Labelled("Tindak Lanjut:", (Paragraph(AWKWARD), Paragraph("dua " + AWKWARD, "\uf0b7")))
    return replace(document, blocks=document.blocks + (awkward,))


def render(name: str, document: Document, look: Look, workdir: Path) -> bytes:
    module = engine(name)
    assert module.missing() is None, f"{name} is not installed: {module.missing()}"
    return module.render(document, look, workdir)


@pytest.fixture(scope="module")
def document() -> Document:
    return small_document()


def _look(name: str, list_markup: bool) -> Look:
    font = engine(name).FONTS[0]
    return Look(font=font, size=11.0, list_markup=list_markup, repeat_header=list_markup, hyphenate=list_markup,
                justify=list_markup, ligatures=not list_markup)


@pytest.mark.parametrize("name", ENGINES)
@pytest.mark.parametrize("list_markup", [True, False], ids=["lists", "typed"])
def test_every_word_printed_and_a_row_breaks(name: str, list_markup: bool, document: Document, tmp_path: Path) -> None:
    look = _look(name, list_markup)
    pdf = render(name, document, look, tmp_path)
    streams = column_streams(pdf, look, document.wording.footer_lines())
    # A header row repeated on a new page sits inside the stream of the row it interrupts (its words
    # may fall in two bands): also look in the streams without it.
    head_rows = [
        row.text for block in document.blocks if isinstance(block, Table) for row in block.rows
        if isinstance(row, HeadRow)
    ]
    streams += [without_rows(s, head_rows) for s in streams[:4]]
    assert missing_words(printed_words(document), streams) == []

    # The longest cell runs over a page: its first words and its last words are on different pages.
    cells = [
        cell for block in document.blocks if isinstance(block, Table) for row in block.rows
        if isinstance(row, TargetRow) for cell in (row.target, row.achievement, row.cocreation)
    ]
    longest = max(cells, key=lambda c: sum(len(p.text.split()) for p in c.body))
    words = " ".join(p.text for p in longest.body).split()
    assert len(words) > 250
    with pymupdf.open(stream=pdf) as doc:
        pages = [re.sub(r"\s+", "", page.get_text()) for page in doc]
    start = [i for i, text in enumerate(pages) if "".join(words[:6]) in text]
    end = [i for i, text in enumerate(pages) if "".join(words[-6:]) in text]
    assert start and end and end[0] > start[0], "the longest row does not run over a page"

    # The header row is printed again on the pages a table continues on only when the look asks for it.
    printed = "".join(printed_words(document))
    heads = {"".join(text.split()) for text in head_rows}
    repeats = sum("".join(pages).count(head) - printed.count(head) for head in heads)
    assert repeats > 0 if look.repeat_header else repeats == 0


@pytest.mark.parametrize("name", ENGINES)
def test_same_input_same_bytes(name: str, tmp_path: Path) -> None:
    document = make_document(3, "2022", params=SpecParams(commitments=(1, 1), measures=(1, 1), targets=(1, 2)))
    look = _look(name, True)
    first = render(name, document, look, tmp_path / "a")
    assert render(name, document, look, tmp_path / "b") == first
    with pymupdf.open(stream=first) as doc:
        assert len(doc) >= 2
        footer = document.wording.footer_lines()
        lines = [line.strip() for line in doc[0].get_text().splitlines()]
        cover = [line for line in lines if line and line not in footer and not line.isdigit()]
        assert " ".join(cover).split() == document.wording.title.split()  # the cover holds the title alone


def test_typst_prints_strings_not_markup() -> None:
    from corpus.engines.typst_engine import string

    assert string('a "b" \\c') == '"a \\"b\\" \\\\c"'
    assert string("\uf0b7") == '"•"'
