"""What the engines share about their PDFs: fixed dates, and the truth's words in the text.

`fixed_dates` makes an engine's PDF the same on every run. Engines stamp the time of rendering into the document information and XMP
(`/CreationDate (D:20261205073708+00'00')`, `<xmp:CreateDate>`). The digits are
replaced by a fixed date of the same length, so object offsets and the xref
table stay valid and nothing else in the file changes.

`words_missing` checks that a rendering kept the text: every word of the truth
must be in the PDF's text layer (a clipped cell, a glyph without Unicode or a
lost line would drop some), whatever the parser later makes of it.
"""

from __future__ import annotations

import re

FIXED_DATE = b"20211231000000"
SOURCE_DATE_EPOCH = "1640908800"  # 2021-12-31T00:00:00Z, the same date for engines that read it
_PDF_DATE = re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})")
_TRAILING_HYPHEN = re.compile(r"[\u2010\u00ad]$|(?<=\w)-$")  # a drawn hyphen (U+2010, soft, "-")
_XMP_DATE = re.compile(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)")


def fixed_dates(pdf: bytes) -> bytes:
    pdf = _PDF_DATE.sub(lambda m: m.group(1) + FIXED_DATE, pdf)
    return _XMP_DATE.sub(lambda m: m.group(1) + b"2021-12-31T00:00:00", pdf)


def truth_words(truth: object) -> list[str]:
    """Every word of the truth's strings (titles, texts, labels, scores), in order."""
    if isinstance(truth, str):
        return truth.split()
    if isinstance(truth, dict):
        return [w for value in truth.values() for w in truth_words(value)]
    if isinstance(truth, list | tuple):
        return [w for value in truth for w in truth_words(value)]
    return []


def words_missing(pdf: bytes, truth: object) -> list[str]:
    """Words of the truth that the PDF's text layer does not hold.

    A word counts as present when PyMuPDF reads it as one word, or, for a word
    the engine cut at line ends (too long for its column, or hyphenated, maybe
    at a page break so that its parts are read far apart), when it is the
    concatenation of pieces that end or begin lines, a drawn hyphen dropped.
    """
    import pymupdf

    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        text = "\n".join(page.get_text() for page in doc)
    words = set(text.split())
    edges: set[str] = set()
    for line in text.splitlines():
        tokens = line.split()
        if tokens:
            for token in (tokens[0], tokens[-1]):
                edges.add(token)
                edges.add(_TRAILING_HYPHEN.sub("", token))
    # a label is printed with its colon ("Target B06:"), a tight score after it ("Nilai:93%")
    present = words | {part for w in words for part in w.split(":")}
    return [w for w in dict.fromkeys(truth_words(truth)) if w not in present and not _pieced(w, edges)]


def _pieced(word: str, pieces: set[str]) -> bool:
    """Whether `word` is a concatenation of two or more of `pieces`."""
    reach = [True] + [False] * len(word)
    for end in range(1, len(word) + 1):
        reach[end] = any(reach[start] and word[start:end] in pieces for start in range(end))
    return reach[-1]
