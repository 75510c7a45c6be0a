"""The floor and the generic table extractors ogi-extract is compared with.

Each extractor returns every table it finds as `ExtractedTable`s (the page and
the rows of cell strings), so that the same scoring (`intact.py`) applies to
all of them. Camelot is optional: `camelot_available()` says whether it can run.
"""

from __future__ import annotations

import contextlib
import io
import os
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pymupdf

if hasattr(pymupdf, "no_recommend_layout"):
    # find_tables() otherwise prints an advertisement for another package on first use.
    pymupdf.no_recommend_layout()


@dataclass(frozen=True, slots=True)
class ExtractedTable:
    page: int  # 1-based
    rows: tuple[tuple[str, ...], ...]


def _cells(row: list[object] | tuple[object, ...]) -> tuple[str, ...]:
    return tuple("" if cell is None else str(cell) for cell in row)


def floor(path: str | os.PathLike[str]) -> int:
    """What any MuPDF-based parser pays at least: every page's words and vector drawings."""
    count = 0
    with pymupdf.open(path) as doc:
        for page in doc:
            count += len(page.get_text("words"))
            count += len(page.get_drawings())
    return count


def has_cdrawings() -> bool:
    return hasattr(pymupdf.Page, "get_cdrawings")


def floor_cdrawings(path: str | os.PathLike[str]) -> int:
    """The floor with `get_cdrawings()`, the raw C-level drawing list without Python objects per path."""
    count = 0
    with pymupdf.open(path) as doc:
        for page in doc:
            count += len(page.get_text("words"))
            count += len(page.get_cdrawings())
    return count


def has_texttrace() -> bool:
    return hasattr(pymupdf.Page, "get_texttrace")


def texttrace_cdrawings(path: str | os.PathLike[str]) -> int:
    """What ogi-extract's PyMuPDF backend reads from MuPDF before any Python work of its own.

    Not a floor for every parser (`get_text("words")` is cheaper than the glyph
    trace), but the floor of this backend's design: the part of its time that
    only a different choice of MuPDF call could remove.
    """
    count = 0
    with pymupdf.open(path) as doc:
        for page in doc:
            count += len(page.get_texttrace())
            count += len(page.get_cdrawings())
    return count


def pdfplumber_tables(path: str | os.PathLike[str]) -> list[ExtractedTable]:
    """pdfplumber's `extract_tables()` (default, line-based settings) on every page."""
    out: list[ExtractedTable] = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables():
                out.append(ExtractedTable(page.page_number, tuple(_cells(r) for r in table)))
            page.close()  # drop the page's object cache, as a long document requires
    return out


def pymupdf_tables(path: str | os.PathLike[str]) -> list[ExtractedTable]:
    """PyMuPDF's `find_tables()` (default "lines" strategy) on every page."""
    out: list[ExtractedTable] = []
    with pymupdf.open(path) as doc:
        for page in doc:
            for table in page.find_tables().tables:
                out.append(ExtractedTable(page.number + 1, tuple(_cells(r) for r in table.extract())))
    return out


def camelot_available() -> str | None:
    """None when Camelot lattice can run here, else why not."""
    try:
        import camelot  # noqa: F401
    except Exception as exc:  # noqa: BLE001 - an import of opencv can fail in many ways
        return f"camelot-py cannot be imported ({type(exc).__name__}: {exc})"
    return None


def camelot_tables(path: str | os.PathLike[str], pages: str = "all") -> list[ExtractedTable]:
    """Camelot's lattice flavour (page images + OpenCV line detection) on every page, serially."""
    import camelot

    with contextlib.redirect_stdout(io.StringIO()):
        tables = camelot.read_pdf(str(Path(path)), pages=pages, flavor="lattice", suppress_stdout=True)
    return [ExtractedTable(int(t.page), tuple(_cells(r) for r in t.df.values.tolist())) for t in tables]
