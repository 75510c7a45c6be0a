"""Build monev-2021.pdf, a replica of the published 2021 monev report.

The published PDF is not part of the repository; what is kept of it is its text
layer and a hand transcription (reference/). The replica is made the way the
original was: a Word document (written with python-docx) exported to PDF by an
office suite (LibreOffice, headless). Its words are the transcription's, its
layout and irregularities those the text layer shows, so the extraction pipeline
meets on it what it meets on the real report.

    python samples/monev-2021/build_replica.py [--docx out.docx] [--output file.pdf]

Needs LibreOffice (`soffice`) and the Liberation fonts; CI uses the committed PDF.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import docx
import pymupdf
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from replica_detail import TARGET_WIDTH, DetailSection  # noqa: E402
from replica_docx import LiteralNumbering, PageGeometry, add_field, setup_page, setup_styles  # noqa: E402
from replica_front import FrontMatter, read_content, table7_prefixes  # noqa: E402
from replica_measure import measure  # noqa: E402
from replica_links import add_links  # noqa: E402
from replica_plan import build_plan, detail_texts  # noqa: E402
from replica_style import STYLE  # noqa: E402
from replica_text import url_spans  # noqa: E402

REFERENCE = HERE / "reference"
CONTENT = HERE / "front_matter.txt"
OUTPUT = HERE / "monev-2021.pdf"
AUTHOR = "Sekretariat Nasional Open Government Indonesia"
FOOTER_LINES = (
    "Laporan Monitoring dan Evaluasi RAN OGI 2021",
    "Saran dan masukan dapat disampaikan ke Sekretariat Nasional Open Government Indonesia",
)
# A fixed date keeps the build reproducible: the office suite would stamp the clock.
STAMP = datetime(2022, 1, 31, tzinfo=timezone.utc)


def _load(name: str) -> Any:
    return json.loads((REFERENCE / name).read_text(encoding="utf-8"))


def _footer(document: Document) -> None:
    """Page number, then the report's two footer lines, on every page."""
    footer = document.sections[0].footer
    number = footer.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_field(number, "PAGE", "1")
    for line in FOOTER_LINES:
        footer.add_paragraph(line)
    for paragraph in footer.paragraphs:
        paragraph.paragraph_format.line_spacing = 1.0
        for run in paragraph.runs:
            run.font.size = Pt(STYLE.footer_size)


def _properties(document: Document, title: str) -> None:
    core = document.core_properties
    core.title = title
    core.author = core.last_modified_by = AUTHOR
    core.created = core.modified = STAMP.replace(tzinfo=None)
    core.revision = 1
    core.language = "id-ID"


def compose(geometry: PageGeometry) -> Document:
    """The whole report as a Word document."""
    commitments = _load("monev-2021.commitments.json")
    summary = _load("monev-2021.summary.json")
    text_layer = (REFERENCE / "monev-2021.text-layer.txt").read_text(encoding="utf-8")
    plan = build_plan(text_layer, commitments["commitments"])
    document = docx.Document()
    setup_page(document, geometry)
    setup_styles(document, STYLE.body_size, STYLE.body_spacing, STYLE.table_size)
    _properties(document, commitments["document"]["title"])
    _footer(document)
    numbering = LiteralNumbering(document)
    FrontMatter(document, numbering, summary, table7_prefixes(text_layer)).write(read_content(CONTENT))
    DetailSection(document, numbering, plan).write(plan.heading, commitments["commitments"])
    return document


def export(source: Path, target_dir: Path) -> Path:
    """Convert with a throw-away LibreOffice profile, so no user setting leaks in."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed: apt install libreoffice-writer-nogui fonts-liberation")
    profile = target_dir / "profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf", "--outdir",
         str(target_dir), str(source)],
        check=True, capture_output=True, timeout=900,
    )
    return target_dir / (source.stem + ".pdf")


def web_addresses(commitments: list[dict[str, Any]]) -> list[str]:
    addresses: list[str] = []
    for commitment in commitments:
        for text in detail_texts(commitment):
            addresses += [text[start:end] for start, end in url_spans(text)]
    return addresses


def finish(exported: Path, output: Path, title: str, addresses: list[str]) -> None:
    """Add the link annotations, fix the metadata the exporter stamps with the clock; write."""
    stamp = STAMP.strftime("D:%Y%m%d%H%M%S+00'00'")
    with pymupdf.open(exported) as pdf:
        add_links(pdf, addresses)
        pdf.set_metadata({
            "title": title, "author": AUTHOR, "subject": "", "keywords": "",
            "creator": "Writer", "producer": "LibreOffice", "creationDate": stamp, "modDate": stamp,
        })
        # The exporter draws a random file identifier; derive it from the content instead.
        pdf.xref_set_key(-1, "ID", "[<00> <00>]")
        digest = hashlib.md5(pdf.tobytes(garbage=3, deflate=True, no_new_id=True)).hexdigest().upper()
        pdf.xref_set_key(-1, "ID", f"[<{digest}> <{digest}>]")
        pdf.save(output, garbage=3, deflate=True, no_new_id=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--docx", type=Path, help="also keep the intermediate .docx here")
    args = parser.parse_args(argv)
    started = time.monotonic()
    geometry = PageGeometry()
    document = compose(geometry)
    commitments = _load("monev-2021.commitments.json")["commitments"]
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "monev-2021.docx"
        document.save(source)
        if args.docx:
            shutil.copyfile(source, args.docx)
        exported = export(source, Path(work))
        finish(exported, args.output, document.core_properties.title, web_addresses(commitments))
    column = (geometry.left + TARGET_WIDTH) / 12700
    report = measure(args.output, commitments, column)
    print(f"{args.output}: {report.pages} pages, {report.broken_rows} of {report.rows} target rows broken "
          f"across pages, {report.split_words} words broken inside the target column, "
          f"built in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
