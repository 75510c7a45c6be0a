"""The scan path's one error: a scan needs OCR (or the scan extra) that is not installed."""

from __future__ import annotations

from ...errors import NoTextLayerError

INSTALL = (
    "reading scans needs the OCR extra and Tesseract with its Indonesian model: "
    "`pip install ogi-extract[ocr]` and, on Debian or Ubuntu, `apt-get install tesseract-ocr tesseract-ocr-ind`"
)


class OcrUnavailableError(NoTextLayerError):
    """A scanned page needs OCR (Tesseract, its Indonesian model, or the `ocr` extra) that is missing.

    A subclass of NoTextLayerError: the same exit code (7), with a message that
    says what to install.
    """
