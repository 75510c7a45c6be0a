"""LibreOffice: the document written as .docx (python-docx), exported to PDF headless.

Most monev reports were typed in a word processor and exported to PDF; this is
that path. `docx_build` lays the document out (see its docstring for the knobs
of the look it honours); here it is converted with `soffice --convert-to pdf`
under a fresh user profile per call, so parallel conversions never share one
and no user setting leaks in. LibreOffice draws its table rules as it likes
(stroked lines, a rule at every row break), so `look.border` and
`look.rule_at_break` have no effect.

The PDF is made reproducible afterwards: the exporter stamps the clock into the
creation date, a checksum of it and a random file identifier; all are replaced in
place by values of the same length (a fixed date; a digest of the file), so the
exporter's own bytes, offsets and cross-reference table stay as it wrote them.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from ..document import Document
from ..look import Look
from .docx_build import build

NAME = "libreoffice"
FONTS = ("carlito", "liberation-sans", "liberation-serif")
BREAKS_ROWS = True
FRONT_MATTER = True  # renders the front-matter blocks (figures, front tables)
TIMEOUT = 600.0
# Without them LibreOffice silently leaves Indonesian text unhyphenated.
HYPHENATION = "hyph_id_ID.dic"
HYPHENATION_DIRS = ("/usr/share/hyphen",)
_DATE = re.compile(rb"D:\d{14}")
_FIXED_DATE = b"D:20220131000000"
_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
_CHECKSUM = re.compile(rb"/DocChecksum\s*/([0-9A-Fa-f]+)")


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def missing() -> str | None:
    """What to install: the office suite, and the Indonesian patterns `look.hyphenate` needs."""
    if _soffice() is None:
        return "libreoffice-writer hyphen-id (Debian)"
    if not any(Path(folder, HYPHENATION).exists() for folder in HYPHENATION_DIRS):
        return "hyphen-id (Debian)"
    return None


@cache
def version() -> str:
    soffice = _soffice()
    if soffice is None:
        return "missing"
    done = subprocess.run([soffice, "--version"], capture_output=True, text=True, timeout=120)
    return done.stdout.strip()


def render(document: Document, look: Look, workdir: Path) -> bytes:
    """The PDF of `document` in `look`, converted in `workdir` (left with the .docx and the PDF)."""
    soffice = _soffice()
    if soffice is None:
        from . import EngineMissing

        raise EngineMissing(f"LibreOffice is not installed: apt install {missing()}")
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / "report.docx"
    build(document, look).save(source)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        done = subprocess.run(
            [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
             "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(workdir), str(source)],
            capture_output=True, text=True, timeout=TIMEOUT,
        )
    exported = workdir / "report.pdf"
    if done.returncode != 0 or not exported.exists():
        raise RuntimeError(f"soffice failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")
    return reproducible(exported.read_bytes())


def reproducible(pdf: bytes) -> bytes:
    """`pdf` with its clock stamps fixed, its file identifier and checksum derived from its content."""
    pdf = _DATE.sub(_FIXED_DATE, pdf)
    spans = [m.span(g) for m in _ID.finditer(pdf) for g in (1, 2)]
    spans += [m.span(1) for m in _CHECKSUM.finditer(pdf)]
    if not spans:
        return pdf

    def put(data: bytes, value: bytes) -> bytes:
        for start, end in spans:
            data = data[:start] + (value * (1 + (end - start) // len(value)))[: end - start] + data[end:]
        return data

    digest = hashlib.md5(put(pdf, b"0")).hexdigest().upper().encode()
    return put(pdf, digest)
