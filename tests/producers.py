"""Small monev reports rendered by real producers, with the text put into them.

The geometry of a table broken by a page differs per producer: Chromium and
WeasyPrint slice a cell's borders at the break, WeasyPrint lets a row-spanning
cell's text run past the row, wkhtmltopdf prints no footer, ReportLab splits
rows inside (LongTable, splitInRow) and writes base-14 fonts without embedding
them. The report is written once (`Report`) and typeset by each producer; the
truth is the text given to it, never what the parser reads.

A producer that is not installed raises: these tests fail without it.
"""

from __future__ import annotations

import html
import os
import random
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

WORDS = (
    "pemerintah daerah keterbukaan informasi publik pelayanan masyarakat data anggaran desa kementerian "
    "lembaga peraturan dokumen sistem pengaduan partisipasi warga kebijakan transparansi akuntabilitas "
    "pelaksanaan kegiatan rapat koordinasi nasional laporan hasil evaluasi"
).split()
FOOTER = "Laporan Monitoring dan Evaluasi RAN OGI 2020-2022"
# Lines of an achievement that each begin with the words of the co-creation
# label: wherever the page breaks inside it, the rest begins like a label.
LABEL_LIKE = "Proses Kokreasi antara {} dan {} tahap {}."


@dataclass(frozen=True, slots=True)
class Row:
    period: str
    target: str
    achievement: list[str]  # lines the author broke (joined by one space when read)
    score: str
    cocreation: str
    label: str


@dataclass(slots=True)
class Report:
    commitment: str
    measure: str
    implementer: str
    rows: list[Row] = field(default_factory=list)
    follow_up: str = "Rapat koordinasi lanjutan."
    header: tuple[str, str, str] | None = None  # a header row, repeated on every page of the table


HEADER = ("Target", "Capaian dan Proses", "Nilai")


def _text(rnd: random.Random, n: int) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(n)) + "."


def make_report(seed: int, header: bool = False) -> Report:
    """Eight target rows: short ones, one over three pages, one whose lines start
    like a label, two whose target cell is far taller than the cells beside it."""
    rnd = random.Random(seed)
    report = Report(
        commitment=f"Keterbukaan {_text(rnd, 4)}",
        measure=_text(rnd, 8),
        implementer="Kementerian Dalam Negeri",
        header=HEADER if header else None,
    )
    # (target, achievement, co-creation) words; 0 = lines that begin like a label.
    # A long target beside short cells outgrows its two sub-rows (the row-spanning
    # cell's text runs past the row in some producers).
    sizes = [(15, 40, 20), (200, 2400, 250), (20, 0, 30), (100, 2, 2), (60, 120, 60), (10, 30, 10), (80, 250, 120), (100, 2, 2)]
    periods = ["B06", "B12", "B18", "B24"]
    for k, (nt, na, nc) in enumerate(sizes):
        if na:
            achievement = [_text(rnd, na)]
        else:
            achievement = [LABEL_LIKE.format(rnd.choice(WORDS), rnd.choice(WORDS), j + 1) for j in range(90)]
        report.rows.append(
            Row(
                period=periods[k % 4],
                target=_text(rnd, nt),
                achievement=achievement,
                score=rnd.choice(["100%", "75%", "50%", "0%"]),
                cocreation=_text(rnd, nc),
                label=rnd.choice(["Aktif", "Semi Aktif", "Pasif"]),
            )
        )
    return report


def report_html(report: Report, font: str) -> str:
    """The report as HTML: a 3-column bordered table, the target cell spanning two sub-rows."""
    e = html.escape
    rows = []
    for r in report.rows:
        ach = "<br>".join(e(line) for line in r.achievement)
        rows.append(
            f"<tr><td rowspan=2 class=l><b>Target {r.period}:</b> {e(r.target)}</td>"
            f"<td><b>Capaian Target:</b> {ach}</td><td class=r>Nilai: {e(r.score)}</td></tr>"
            f"<tr><td><b>Proses Kokreasi:</b> {e(r.cocreation)}</td><td class=r>{e(r.label)}</td></tr>"
        )
    head = (
        "<thead><tr>" + "".join(f"<td>{e(h)}</td>" for h in report.header) + "</tr></thead>" if report.header else ""
    )
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2cm 2cm 2.5cm 2cm;
  @bottom-center {{ content: "{FOOTER} | " counter(page); font-family: '{font}'; font-size: 9pt; }} }}
body {{ font-family: '{font}'; font-size: 10pt; }}
table {{ border-collapse: collapse; width: 100%; }}
td {{ border: 1px solid black; vertical-align: top; padding: 3px; }}
td.l {{ width: 22%; }} td.r {{ width: 15%; }}
</style></head><body>
<p>DESKRIPSI CAPAIAN 18 KOMITMEN</p>
<p><b>Komitmen 1: {e(report.commitment)}</b></p>
<p><b>Ukuran Keberhasilan 1:</b> {e(report.measure)}</p>
<table>{head}<tr><td colspan=3><b>{e(report.implementer)}</b></td></tr>
{"".join(rows)}
</table>
<p><b>Tindak Lanjut:</b> {e(report.follow_up)}</p>
</body></html>"""


def _need(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        raise RuntimeError(f"producer {program!r} is not installed (apt-get install {program})")
    return path


def render_chromium(source: Path, pdf: Path) -> None:
    exe = _need("chromium")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", source.as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip


def render_weasyprint(source: Path, pdf: Path) -> None:
    import weasyprint

    weasyprint.HTML(filename=str(source)).write_pdf(str(pdf))


def render_wkhtmltopdf(source: Path, pdf: Path) -> None:
    exe = _need("wkhtmltopdf")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([exe, "-q", str(source), str(pdf)], check=True, capture_output=True, timeout=120, env=env)


def render_reportlab(report: Report, pdf: Path) -> None:
    """Platypus LongTable, rows split inside, Helvetica not embedded, a footer drawn per page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

    style = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12)
    e = html.escape

    def para(text: str) -> Paragraph:
        return Paragraph(text, style)

    data: list[list[object]] = [[para(e(h)) for h in report.header]] if report.header else []
    data.append([para(f"<b>{e(report.implementer)}</b>"), "", ""])
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("SPAN", (0, len(data) - 1), (2, len(data) - 1)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for r in report.rows:
        n = len(data)
        ach = "<br/>".join(e(line) for line in r.achievement)
        data.append(
            [para(f"<b>Target {r.period}:</b> {e(r.target)}"), para(f"<b>Capaian Target:</b> {ach}"), para(f"Nilai: {e(r.score)}")]
        )
        data.append(["", para(f"<b>Proses Kokreasi:</b> {e(r.cocreation)}"), para(e(r.label))])
        commands.append(("SPAN", (0, n), (0, n + 1)))

    def footer(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.setFont("Helvetica", 9)
        canvas.drawCentredString(A4[0] / 2, 30, f"{FOOTER} | {doc.page}")

    story = [
        para("DESKRIPSI CAPAIAN 18 KOMITMEN"),
        para(f"<b>Komitmen 1: {e(report.commitment)}</b>"),
        para(f"<b>Ukuran Keberhasilan 1:</b> {e(report.measure)}"),
        LongTable(
            data, colWidths=[100, 280, 71], style=TableStyle(commands), splitInRow=1, repeatRows=1 if report.header else 0
        ),
        para(f"<b>Tindak Lanjut:</b> {e(report.follow_up)}"),
    ]
    SimpleDocTemplate(str(pdf), pagesize=A4).build(story, onFirstPage=footer, onLaterPages=footer)


PRODUCERS = ("chromium", "weasyprint", "wkhtmltopdf", "reportlab")


def render(producer: str, report: Report, font: str, folder: Path) -> Path:
    """The report typeset by `producer` into a PDF in `folder`."""
    source = folder / f"{producer}.html"
    pdf = folder / f"{producer}.pdf"
    source.write_text(report_html(report, font), encoding="utf-8")
    if producer == "chromium":
        render_chromium(source, pdf)
    elif producer == "weasyprint":
        render_weasyprint(source, pdf)
    elif producer == "wkhtmltopdf":
        render_wkhtmltopdf(source, pdf)
    elif producer == "reportlab":
        render_reportlab(report, pdf)
    else:
        raise ValueError(producer)
    return pdf
