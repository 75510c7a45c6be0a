"""Words right word for word on PDFs of real producers, rendered inside the test.

Each producer writes the same few sentences with its own habits: ligature
glyphs of several characters (Carlito through LibreOffice, Typst and
WeasyPrint; Latin Modern through pdfTeX), hyphens added at line ends (pdfTeX
with Indonesian patterns, WeasyPrint with `hyphens: auto`), words split inside
a line without a hyphen (ReportLab in a narrow cell) and numbered items inside
a cell whose line ends carry no space (LibreOffice). The truth is the text the
test wrote; a split word, a kept engine hyphen or a glued item fails the
comparison, which collapses whitespace but never removes it. Both backends must
read every page alike. A producer that is not installed fails the test: see
`scripts/system-packages.sh` and the `dev` extra.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from ogi_extract.layout import open_document
from ogi_extract.tables import TextLine, join_lines, split_page
from ogi_extract.tables.vocabulary import build_vocabulary

# Ligatures in Carlito and Latin Modern: "ti", "tf", "fi", "ft", "ffi", "fl".
LIGATURES = (
    "Proses kokreasi Aktif dan Partisipatif: verifikasi dokumen yang efektif dan efisien, fitur daftar "
    "konfirmasi, affirmasi reflektif, Benefit official Corruption."
)
# Words the narrow cells break, written whole elsewhere, as a report's words are.
VOCABULARY = (
    "Kementerian Perencanaan Pembangunan Nasional meningkatkan keterbukaan informasi publik dan partisipasi "
    "masyarakat dalam perencanaan pembangunan daerah oleh masing-masing kementerian dan program-program "
    "prioritas melalui verifikasi yang efektif dan efisien serta Semi-Aktif."
)
CELL = (
    "Kementerian Perencanaan Pembangunan Nasional meningkatkan keterbukaan informasi publik melalui verifikasi "
    "yang efektif dan efisien oleh masing-masing kementerian dan program-program prioritas"
)
ITEMS = ["Kejaksaan.", "Kepolisian.", "2019-2021.", "Ombudsman"]
BACKENDS = ("pymupdf", "pdfplumber")


def _words(text: str) -> str:
    return " ".join(text.split())


def _need(program: str) -> str:
    path = shutil.which(program)
    assert path, f"{program} is not installed (see scripts/system-packages.sh)"
    return path


def read(pdf: Path, backend: str) -> tuple[list[str], list[str]]:
    """The text of the loose lines of each page and of every table cell, joined as the parser joins them."""
    doc = open_document(pdf, backend=backend)
    contents = [split_page(page, set()) for page in doc.pages]
    cells = [cell for c in contents for f in c.fragments for g in f.groups for cell in g.cells if cell.lines]
    lines = [*(ln for c in contents for ln in c.lines), *(ln for cell in cells for ln in cell.lines)]
    vocabulary = build_vocabulary(lines, cells)

    def joined(lines: list[TextLine]) -> str:
        return _words(
            join_lines(
                lines,
                left=min(ln.box.x0 for ln in lines),
                right=max(ln.box.x1 for ln in lines),
                lexicon=vocabulary.words,
                spaces_mark_breaks=vocabulary.spaces_mark_breaks,
            ).text
        )

    loose = [joined(c.lines) for c in contents if c.lines]
    return loose, [joined(cell.lines) for cell in cells]


def backends_agree(pdf: Path) -> None:
    a, b = (open_document(pdf, backend=name) for name in BACKENDS)
    for pa, pb in zip(a.pages, b.pages, strict=True):
        ka = [(w.text, w.space_after, w.line) for w in pa.words]
        kb = [(w.text, w.space_after, w.line) for w in pb.words]
        assert ka == kb, f"page {pa.number}: the backends read different words"
        for wa, wb in zip(pa.words, pb.words):
            assert abs(wa.box.x0 - wb.box.x0) <= 1 and abs(wa.box.x1 - wb.box.x1) <= 1, wa.text


# -- producers ------------------------------------------------------------------


def typst_pdf(workdir: Path) -> Path:
    import typst

    source = f"""#set page(width: 420pt, height: 400pt, margin: 30pt)
#set text(font: "Carlito", size: 11pt, lang: "id", hyphenate: false)
{LIGATURES}

{VOCABULARY}

#table(columns: (90pt, 200pt), [Semi Aktif], [{CELL}], [Partisipatif], [fitur daftar efisien])
"""
    (workdir / "t.typ").write_text(source, encoding="utf-8")
    typst.compile(str(workdir / "t.typ"), output=str(workdir / "t.pdf"))
    return workdir / "t.pdf"


def pdflatex_pdf(workdir: Path) -> Path:
    # The prose unhyphenated (it is the vocabulary), the narrow cells hyphenated.
    source = rf"""\documentclass{{article}}
\usepackage[T1]{{fontenc}}\usepackage{{lmodern}}\usepackage[bahasai]{{babel}}
\begin{{document}}
{{\hyphenpenalty=10000\exhyphenpenalty=10000\sloppy {LIGATURES}

{VOCABULARY} {VOCABULARY}\par}}

\begin{{tabular}}{{|p{{2.4cm}}|p{{3.1cm}}|}}\hline
{CELL} & {CELL} \\\hline
\end{{tabular}}
\end{{document}}
"""
    (workdir / "h.tex").write_text(source, encoding="utf-8")
    subprocess.run(
        [_need("pdflatex"), "-interaction=batchmode", "-halt-on-error", "h.tex"],
        cwd=workdir,
        check=True,
        capture_output=True,
        timeout=120,
    )
    return workdir / "h.pdf"


def libreoffice_pdf(workdir: Path) -> Path:
    import docx
    from docx.shared import Cm, Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Carlito"
    normal.font.size = Pt(11)
    document.add_paragraph(LIGATURES)
    document.add_paragraph(VOCABULARY)
    table = document.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.autofit = False
    for row in table.rows:
        row.cells[0].width, row.cells[1].width = Cm(3.0), Cm(10.0)
    table.cell(0, 0).text = "Semi Aktif"
    table.cell(0, 1).text = CELL
    # Numbered items in a narrow cell, Arial-metric: each item's line reaches
    # the cell's edge and LibreOffice writes no space at its end.
    items = table.cell(1, 0)
    for k, item in enumerate(ITEMS, 1):
        paragraph = items.paragraphs[0] if k == 1 else items.add_paragraph()
        paragraph.add_run(f"{k}.\t{item}").font.name = "Liberation Sans"
    table.cell(1, 1).text = "Partisipatif"
    document.save(workdir / "lo.docx")
    command = [_need("soffice"), f"-env:UserInstallation=file://{workdir}/profile", "--headless"]
    subprocess.run(
        [*command, "--convert-to", "pdf", "--outdir", str(workdir), str(workdir / "lo.docx")],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return workdir / "lo.pdf"


def weasyprint_pdf(workdir: Path) -> Path:
    import weasyprint

    cell = 'style="border: 1px solid black; vertical-align: top"'
    html = f"""<html lang="id"><body style="font-family: Carlito; font-size: 11pt">
<p>{LIGATURES}</p><p>{VOCABULARY}</p>
<table style="border-collapse: collapse"><tr>
<td {cell[:-1]}; width: 75pt; hyphens: auto">{CELL}</td><td {cell[:-1]}; width: 200pt">{CELL}</td>
</tr></table></body></html>"""
    weasyprint.HTML(string=html).write_pdf(workdir / "w.pdf")
    return workdir / "w.pdf"


def reportlab_pdf(workdir: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["Normal"]
    small = ParagraphStyle("small", parent=style, fontSize=8, leading=10)
    # ReportLab fills the rest of a line with part of a word: "Pe" + "mbanguna" + "n".
    table = Table([[Paragraph(CELL, style), Paragraph(CELL, style)]], colWidths=[62, 200])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph(LIGATURES, style), Paragraph(VOCABULARY, style), Paragraph(VOCABULARY, small), table]
    SimpleDocTemplate(str(workdir / "r.pdf"), pagesize=A4, invariant=1).build(story)
    return workdir / "r.pdf"


PRODUCERS: dict[str, Callable[[Path], Path]] = {
    "typst": typst_pdf,
    "pdflatex": pdflatex_pdf,
    "libreoffice": libreoffice_pdf,
    "weasyprint": weasyprint_pdf,
    "reportlab": reportlab_pdf,
}


@pytest.fixture(scope="module", params=sorted(PRODUCERS))
def rendered(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    name = request.param
    return name, PRODUCERS[name](tmp_path_factory.mktemp(name))


# -- the tests --------------------------------------------------------------------

ITEMS_TEXT = " ".join(f"{k}. {item}" for k, item in enumerate(ITEMS, 1))
# Every table cell of each producer's page, row by row, as the test wrote it.
CELLS = {
    "typst": ["Semi Aktif", CELL, "Partisipatif", "fitur daftar efisien"],
    "pdflatex": [CELL, CELL],
    "libreoffice": ["Semi Aktif", CELL, ITEMS_TEXT, "Partisipatif"],
    "weasyprint": [CELL, CELL],
    "reportlab": [CELL, CELL],
}


@pytest.mark.parametrize("backend", BACKENDS)
def test_words_come_out_as_written(rendered: tuple[str, Path], backend: str) -> None:
    name, pdf = rendered
    loose, cells = read(pdf, backend)
    text = " ".join(loose)
    assert _words(LIGATURES) in text, f"{name}: {text[:300]}"
    assert _words(VOCABULARY) in text, f"{name}: {text}"
    assert cells == [_words(c) for c in CELLS[name]]


def test_both_backends_read_the_same_words(rendered: tuple[str, Path]) -> None:
    backends_agree(rendered[1])


# URLs a narrow cell breaks without a hyphen after "https://", after the dots of
# the host and after a slash, next to the author's own hyphens.
URL_PROSE = (
    "Hak-hak masyarakat dan dampak sosial-ekonomi pandemi COVID-19 dilaporkan melalui "
    "https://www.antikorupsi.org/dokumen dan https://ogi.bappenas.go.id/laporan oleh kementerian."
)
URL_CELLS = [
    "hak-hak masyarakat sosial-ekonomi COVID-19 keterbukaan informasi",
    "lihat https://www.antikorupsi.org/dokumen dan https://ogi.bappenas.go.id/laporan",
]


def test_urls_broken_in_a_narrow_cell_come_out_whole(tmp_path: Path) -> None:
    import typst

    cells = ", ".join(f"[{c}]" for c in URL_CELLS)
    source = f"""#set page(width: 420pt, height: 400pt, margin: 30pt)
#set text(font: "Carlito", size: 11pt, lang: "id")
{URL_PROSE}

#table(columns: (62pt, 62pt), {cells})
"""
    (tmp_path / "u.typ").write_text(source, encoding="utf-8")
    typst.compile(str(tmp_path / "u.typ"), output=str(tmp_path / "u.pdf"))
    for backend in BACKENDS:
        loose, got = read(tmp_path / "u.pdf", backend)
        assert loose == [_words(URL_PROSE)]
        assert got == URL_CELLS
    backends_agree(tmp_path / "u.pdf")
