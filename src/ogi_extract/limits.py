"""Resource limits for reading untrusted PDFs.

A PDF is a program as much as a document: a few kilobytes can inflate to
gigabytes of content stream or ask for hours of interpretation. The limits are
checked while a document is opened so a hostile or broken file ends in a
`LimitExceededError` (or one failed page) instead of exhausting the machine.
The defaults are generous: a real monev report (about 150 pages, a few MiB)
stays two orders of magnitude below every one of them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Ceilings applied by `ogi_extract.layout.open_document`.

    Document-wide ceilings raise `LimitExceededError`; per-page ceilings mark
    the page as failed (`Document.failed_pages`) and leave it empty, because one
    pathological page (a map drawn with a million paths) should not cost the
    rest of the report.
    """

    max_file_bytes: int = 256 * MiB
    max_pages: int = 2000
    # Decoded streams that reading the pages inflates (content streams, the
    # form XObjects they draw, fonts and annotation appearances), summed over
    # the document: the defence against compression bombs. The 2021 report
    # decodes to about 1 MiB; pdfminer (the pdfplumber backend) reads content
    # at about 2 MiB/s, so this also bounds its time on a bomb.
    max_decompressed_bytes: int = 128 * MiB
    max_seconds_per_page: float = 10.0
    max_seconds_total: float = 600.0
    max_chars_per_page: int = 200_000
    max_drawings_per_page: int = 100_000
    # Decoded content one page is read through: its streams, and each form
    # XObject as often as it is drawn. Reading holds every glyph and path of a
    # page before the two limits above can count them, at up to ~450 bytes of
    # memory per content byte; this caps a page at about 2 GiB. The largest
    # page of the 2021 report comes to 16 KiB.
    max_content_bytes_per_page: int = 4 * MiB

    def __post_init__(self) -> None:
        for name in self.__slots__:
            value = getattr(self, name)
            if value <= 0:
                raise ValueError(f"limit {name} must be positive, got {value!r}")


DEFAULT_LIMITS = Limits()


def command_limits(max_pages: int, max_seconds_per_page: float) -> Limits:
    """The default limits with the two a command's options set (`--max-pages`, `--max-seconds-per-page`)."""
    return replace(DEFAULT_LIMITS, max_pages=max_pages, max_seconds_per_page=max_seconds_per_page)
