"""Opening a PDF with MuPDF: typed errors, repair warnings and document-wide limits.

Both backends start here. MuPDF is the better judge of a damaged file: when the
cross-reference table is missing or wrong it rebuilds it by scanning the file
for `N 0 obj` markers (its "repair"), which recovers most truncated or
hand-edited files. A repaired document reads, but the repair is recorded as a
warning because objects the scan could not find are silently absent. The
pdfplumber backend is handed the repaired file, since pdfminer does no such
repair itself.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pymupdf

from ..errors import DamagedPdfError, EmptyPdfError, EncryptedPdfError, LimitExceededError
from ..limits import Limits
from .source import Source

_METADATA_KEYS = {
    "title": "title",
    "author": "author",
    "subject": "subject",
    "keywords": "keywords",
    "creator": "creator",
    "producer": "producer",
    "creationDate": "creation_date",
    "modDate": "mod_date",
}
# MuPDF messages that mean content was lost: a content stream that does not
# parse or inflate, or objects it needs that are missing from the file. (Its
# complaints about glyph metrics and the like leave the text intact.)
_DAMAGE = re.compile(
    r"syntax error|zlib error|read error|treating as end of file|cannot find object|object out of range"
    r"|cannot load|unknown keyword|premature end|unterminated",
    re.IGNORECASE,
)
# MuPDF folds a run of one message into "... repeated N times...": no news.
_REPEATED = re.compile(r"^\.\.\. repeated \d+ times?\s*\.\.\.$")
# Failed-page reasons that come from a per-page limit start with this.
LIMIT_REASON = "limit exceeded: "


@contextlib.contextmanager
def quiet_mupdf() -> Iterator[None]:
    """Keep MuPDF's messages off stderr while we read; they come back as warnings."""
    errors = pymupdf.TOOLS.mupdf_display_errors()
    warnings = pymupdf.TOOLS.mupdf_display_warnings()
    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    try:
        yield
    finally:
        pymupdf.TOOLS.mupdf_display_errors(errors)
        pymupdf.TOOLS.mupdf_display_warnings(warnings)


def take_mupdf_messages() -> list[str]:
    """MuPDF's accumulated warnings and errors since the last call, deduplicated in order."""
    text = pymupdf.TOOLS.mupdf_warnings(reset=1)
    seen: dict[str, None] = {}
    for line in text.splitlines():
        line = line.strip()
        if line and not _REPEATED.match(line):
            seen.setdefault(line, None)
    return list(seen)


def content_damage(messages: Iterable[str]) -> list[str]:
    """The messages that say a page's content was not read as written."""
    return [m for m in messages if _DAMAGE.search(m)]


def damage_verdict(number: int, has_words: bool, messages: Iterable[str]) -> tuple[str | None, str | None]:
    """(failed-page reason, warning) for page `number` given MuPDF's messages while reading it.

    MuPDF reads past a content stream that does not parse or inflate and
    returns what it got, often nothing, without raising: the damage shows only
    in its messages. A page that gave no words is lost and named; one that gave
    some keeps them, with a warning that its text may be incomplete.
    """
    damage = content_damage(messages)
    if not damage:
        return None, None
    detail = "; ".join(damage[:2])
    if not has_words:
        return f"page cannot be read: its content is damaged ({detail})", None
    return None, f"page {number}: part of its content cannot be read ({detail}); its text may be incomplete"


def mupdf_page_messages(doc: pymupdf.Document, index: int) -> list[str]:
    """MuPDF's messages while interpreting page `index`: its verdict on a page another library read.

    pdfminer reads past damaged content without a word; MuPDF says what it met.
    """
    with quiet_mupdf():
        take_mupdf_messages()
        try:
            doc.load_page(index).get_texttrace()
        except Exception as exc:
            return [*take_mupdf_messages(), f"syntax error: {exc}"]
        return take_mupdf_messages()


def _truncation_hint(data: bytes) -> str:
    """A note for a file that stops short: a real PDF ends with %%EOF (maybe followed by blanks)."""
    if b"%%EOF" in data[-1024:]:
        return ""
    return " (the file does not end with %%EOF: it looks cut short, e.g. by an interrupted download)"


@dataclass(slots=True)
class Opened:
    doc: pymupdf.Document
    warnings: list[str] = field(default_factory=list)


def open_mupdf(source: Source, limits: Limits) -> Opened:
    """The document opened by MuPDF, or the typed error saying why it cannot be read."""
    pymupdf.TOOLS.reset_mupdf_warnings()
    try:
        doc = pymupdf.open(stream=source.data, filetype="pdf")
    except Exception as exc:  # MuPDF raises FileDataError and plain RuntimeErrors alike
        detail = "; ".join(take_mupdf_messages()[:3]) or str(exc)
        raise DamagedPdfError(
            f"PDF cannot be parsed, even after repair: {detail}{_truncation_hint(source.data)}", path=source.path
        ) from exc
    warnings: list[str] = []
    try:
        if doc.needs_pass and not doc.authenticate(""):
            raise EncryptedPdfError("PDF is encrypted and needs a password", path=source.path)
        count = doc.page_count
    except EncryptedPdfError:
        doc.close()
        raise
    except Exception as exc:
        doc.close()
        raise DamagedPdfError(f"PDF page tree cannot be read: {exc}", path=source.path) from exc
    messages = take_mupdf_messages()
    if doc.is_repaired:
        detail = "; ".join(messages[:3])
        warnings.append(
            "the PDF's cross-reference table was broken; it was rebuilt by scanning the file"
            + (f" ({detail})" if detail else "")
            + _truncation_hint(source.data)
        )
    if count == 0:
        doc.close()
        if warnings:
            raise DamagedPdfError(
                f"PDF is damaged: no page could be recovered{_truncation_hint(source.data)}", path=source.path
            )
        raise EmptyPdfError("PDF has no pages", path=source.path)
    if count > limits.max_pages:
        doc.close()
        raise LimitExceededError(f"PDF has {count} pages, over the limit of {limits.max_pages}", path=source.path)
    return Opened(doc, warnings)


def metadata_of(doc: pymupdf.Document) -> dict[str, str]:
    """The document information entries that are set, under snake_case keys."""
    out: dict[str, str] = {}
    try:
        metadata = doc.metadata or {}
    except Exception:  # an unreadable Info dictionary is no reason to lose the pages
        return out
    for key, name in _METADATA_KEYS.items():
        value = metadata.get(key)
        if isinstance(value, str) and value.strip():
            out[name] = value.strip()
    return out
