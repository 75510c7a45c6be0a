"""The two reports of one plan the panel tests join, and a headless browser to open pages in.

The earlier report is the replica of the 2021 report; the later one is drawn by
`synth.sequel` from the replica's own plan (its golden records: commitments,
titles, measures, implementers), so the truth of the join comes from the
generator, never from the panel. Built once per test session.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

from ogi_extract.models import Report
from ogi_extract.synth.sequel import Sequel, make_sequel, spec_from_records

ROOT = Path(__file__).resolve().parent.parent
REPLICA = ROOT / "samples" / "monev-2021" / "monev-2021.pdf"
GOLDEN = ROOT / "golden" / "monev-2021.json"
SEQUEL_SEED = 2022


@lru_cache(maxsize=1)
def golden() -> dict:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def sequel() -> Sequel:
    return make_sequel(spec_from_records(golden()), SEQUEL_SEED)


@lru_cache(maxsize=1)
def sequel_pdf() -> Path:
    """The sequel as a PDF file named like the report it stands for."""
    path = Path(tempfile.mkdtemp(prefix="ogi-sequel-")) / "monev-2022.pdf"
    path.write_bytes(sequel().report.pdf)
    return path


@lru_cache(maxsize=1)
def sequel_report() -> Report:
    import ogi_extract

    return ogi_extract.parse(sequel_pdf())


def chromium(html: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on a local page; a missing browser is a failure, not a skip."""
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    assert binary, "chromium is not installed: the HTML output cannot be checked"
    profile = tempfile.mkdtemp(prefix="ogi-chromium-")
    try:
        return subprocess.run(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", *args, html.resolve().as_uri()],
            capture_output=True, text=True, timeout=180, check=True, env={**os.environ, "LANG": "C.UTF-8"},
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def png_colours(data: bytes) -> int:
    """How many distinct colours a PNG holds (a blank page has one or two)."""
    import io

    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    return len(colours or [])
