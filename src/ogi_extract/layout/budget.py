"""The decompression budget: what reading a document's pages inflates, counted against the limits.

A few kilobytes of PDF can inflate to gigabytes; the budget is charged page by
page with the decoded size of the streams a page draws (forms included, as
often as drawn), so a compression bomb ends in `LimitExceededError` or one
failed page before it is decoded.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import re
import zlib

import pymupdf

from ..errors import LimitExceededError

_INFLATE_CHUNK = 4 * 1024 * 1024
_FLATE_MAX_RATIO = 1032


class ContentBudget:
    """Decoded bytes of every stream reading a page inflates, charged page by page against the limit.

    Interpreting a page decodes its content streams and the form XObjects it
    draws, and loads whole the fonts it uses (the font program, its ToUnicode
    map, a Type 3 font's glyph procedures) and the appearance streams of its
    annotations. A compression bomb is a small stream that decodes to
    gigabytes, and a font bomb is loaded into memory in one piece by either
    library before a glyph is drawn. So every stream reachable from the page's
    resources and annotations counts, once per document; images do not, since
    reading text and paths never decodes them. Flate (the filter nearly every
    producer uses, and the one bombs use) is inflated here in chunks and
    counted without keeping the output, so the check itself cannot be the
    thing that runs out of memory.
    """

    def __init__(self, limit: int, path: str | None = None) -> None:
        self.limit = limit
        self.used = 0
        self.path = path
        self._seen: set[int] = set()
        # Streams not inflated yet because even at Flate's largest ratio they
        # could not reach the limit, and the sum of those largest sizes. The
        # exact total never exceeds used + deferred_bound; the deferred streams
        # are counted only once that sum would pass the limit, so a normal file
        # is never inflated here and a bomb is stopped on the same page as before.
        self._deferred: list[int] = []
        self._deferred_bound = 0
        self._walked: set[int] = set()  # objects whose references were followed

    def charge_page(self, doc: pymupdf.Document, page: pymupdf.Page) -> None:
        xrefs = list(page.get_contents())
        with contextlib.suppress(Exception):
            xrefs += [x[0] for x in page.get_xobjects()]
        xrefs += page_streams(doc, page.xref, self._walked)
        for xref in xrefs:
            if xref in self._seen or xref <= 0:
                continue
            self._seen.add(xref)
            bound = _largest_decoded_size(doc, xref)
            if bound is not None and self.used + self._deferred_bound + bound <= self.limit:
                self._deferred.append(xref)
                self._deferred_bound += bound
                continue
            for deferred in self._deferred:
                self.used += self._decoded_size(doc, deferred, self.limit - self.used + 1)
            self._deferred, self._deferred_bound = [], 0
            self.used += self._decoded_size(doc, xref, self.limit - self.used + 1)
            if self.used > self.limit:
                raise LimitExceededError(
                    f"decoded content (page streams, forms, fonts) exceeds the limit of {self.limit} bytes "
                    f"(page {page.number + 1}{_what(doc, xref)})",
                    path=self.path,
                )

    @staticmethod
    def _decoded_size(doc: pymupdf.Document, xref: int, budget: int) -> int:
        try:
            kind, value = doc.xref_get_key(xref, "Filter")
            filters = re.findall(r"/(\w+)", value) if kind in ("name", "array") else []
            raw = doc.xref_stream_raw(xref) or b""
        except Exception:
            return 0
        data: bytes = raw
        for i, name in enumerate(filters):
            try:
                if name in ("FlateDecode", "Fl"):
                    if i == len(filters) - 1:
                        return _inflated_size(data, budget)
                    data = zlib.decompressobj().decompress(data, budget)
                elif name in ("ASCIIHexDecode", "AHx"):
                    data = binascii.unhexlify(re.sub(rb"\s|>.*", b"", data, flags=re.S).ljust(2, b"0"))
                elif name in ("ASCII85Decode", "A85"):
                    body = data.strip().removeprefix(b"<~").split(b"~>")[0]
                    data = base64.a85decode(body, ignorechars=b" \t\n\r\x0b\x0c")
                else:
                    # LZW, RunLength and the rare rest: let MuPDF decode (their ratios are bounded).
                    return len(doc.xref_stream(xref) or b"")
            except Exception:
                return len(data)
        return len(data)


# References not to follow from a page's resources: back to the page tree, to
# other pages, along outlines and structure, to metadata and thumbnails.
_BACK_REFERENCE = re.compile(
    r"/(?:Parent|P|Pg|Prev|Next|First|Last|Dest|D|Metadata|Thumb|StructParent|StructParents|ParentTree)"
    r"\s+\d+\s+\d+\s+R"
)
_REF = re.compile(r"(\d+)\s+\d+\s+R\b")


def page_streams(doc: pymupdf.Document, page_xref: int, walked: set[int]) -> list[int]:
    """The streams reachable from a page's resources and annotations, images left out.

    Fonts and their files, ToUnicode and encoding maps, form XObjects,
    patterns, Type 3 glyph procedures and annotation appearances. Objects in
    `walked` (already visited for an earlier page) are not followed again, so
    resources shared by every page are walked once per document.
    """
    found: list[int] = []
    start = []
    for key in ("Resources", "Annots"):
        try:
            kind, value = doc.xref_get_key(page_xref, key)
        except Exception:
            continue
        if kind in ("xref", "dict", "array"):
            start.extend(int(n) for n in _REF.findall(_BACK_REFERENCE.sub("", value)))
    todo = [x for x in start if x not in walked]
    count = doc.xref_length()
    while todo:
        xref = todo.pop()
        if xref in walked or not 0 < xref < count:
            continue
        walked.add(xref)
        try:
            if doc.xref_get_key(xref, "Type")[1] in ("/Page", "/Pages", "/Catalog"):
                continue
            if doc.xref_is_stream(xref):
                if doc.xref_get_key(xref, "Subtype")[1] == "/Image":
                    continue
                found.append(xref)
            text = doc.xref_object(xref, compressed=True)
        except Exception:  # an object that cannot be read is one MuPDF will not inflate either
            continue
        todo.extend(int(n) for n in _REF.findall(_BACK_REFERENCE.sub("", text)) if int(n) not in walked)
    return found


def _what(doc: pymupdf.Document, xref: int) -> str:
    """`, a font program` for the stream that went over the limit, when its kind is plain."""
    try:
        subtype = doc.xref_get_key(xref, "Subtype")[1]
        if doc.xref_get_key(xref, "Length1")[0] != "null" or subtype in ("/Type1C", "/CIDFontType0C", "/OpenType"):
            return ", a font program"
        if subtype == "/Form":
            return ", a form XObject"
    except Exception:
        pass
    return ""


def page_content_size(doc: pymupdf.Document, page: pymupdf.Page, limit: int) -> int:
    """Decoded bytes that interpreting the page walks through, counted up to just past `limit`.

    A page that draws no form and whose streams cannot reach the limit even at
    Flate's largest ratio is not inflated: its upper bound is returned instead.

    A form XObject counts each time it is drawn (`Do`), forms inside forms
    likewise: a form of a thousand glyphs drawn a hundred thousand times from
    a few kilobytes of content costs what its copies would, and a form that
    draws itself has no end. Only sizes within the limit are ever decoded.
    """
    forms: dict[int, dict[bytes, int]] = {}  # whose resources (0: the page's) -> name -> form xref
    with contextlib.suppress(Exception):
        for xref, name, invoker, _bbox in page.get_xobjects():
            forms.setdefault(invoker, {})[name.encode()] = xref
    contents = page.get_contents()
    if not forms:
        # No form to draw: the page's own streams are all there is. When even
        # Flate's largest ratio keeps them within the limit, nothing is inflated.
        bounds = [_largest_decoded_size(doc, xref) for xref in contents]
        if all(b is not None for b in bounds) and sum(bounds) <= limit:  # type: ignore[misc]
            return sum(bounds)  # type: ignore[arg-type]
    own = 0
    for xref in contents:
        own += ContentBudget._decoded_size(doc, xref, limit - own + 1)
        if own > limit:
            return own
    if not forms:  # nothing drawn by name: the content need not be decoded again and searched
        return own
    return _walked_size(doc, page.read_contents() or b"", own, 0, forms, limit, {}, set())


_DO = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s+Do\b")


def _walked_size(
    doc: pymupdf.Document,
    content: bytes,
    own: int,
    scope: int,
    forms: dict[int, dict[bytes, int]],
    limit: int,
    known: dict[int, int],
    open_forms: set[int],
) -> int:
    """`own` plus, for each form the content draws, its walked size times the times it is drawn."""
    total = own
    names: dict[bytes, int] = {}
    for match in _DO.finditer(content):
        names[match.group(1)] = names.get(match.group(1), 0) + 1
    for name, count in names.items():
        xref = forms.get(scope, {}).get(name) or forms.get(0, {}).get(name)
        if xref is None:  # an image, or a name that resolves to nothing
            continue
        if xref in open_forms:  # a form drawing itself: MuPDF stops it, but it counts as endless
            return limit + 1
        if xref not in known:
            size = ContentBudget._decoded_size(doc, xref, limit + 1)
            if size <= limit:
                open_forms.add(xref)
                size = _walked_size(doc, doc.xref_stream(xref) or b"", size, xref, forms, limit, known, open_forms)
                open_forms.discard(xref)
            known[xref] = size
        total += count * known[xref]
        if total > limit:
            return total
    return total


def _largest_decoded_size(doc: pymupdf.Document, xref: int) -> int | None:
    """An upper bound of a stream's decoded size: raw size for no filter, x 1032 for Flate alone.

    1032:1 is the most Deflate can expand (a 258-byte match in under two bits
    of input). None for any other filter or chain, which must be counted.
    """
    try:
        kind, value = doc.xref_get_key(xref, "Filter")
        if kind == "null":
            ratio = 1
        elif kind in ("name", "array") and re.findall(r"/(\w+)", value) in (["FlateDecode"], ["Fl"]):
            ratio = _FLATE_MAX_RATIO
        else:
            return None
        return len(doc.xref_stream_raw(xref) or b"") * ratio
    except Exception:
        return None


def _inflated_size(raw: bytes, budget: int) -> int:
    """Length of the inflated stream, counting at most `budget` bytes, keeping none of it."""
    d = zlib.decompressobj()
    total = 0
    pending = raw
    try:
        while pending and total <= budget:
            out = d.decompress(pending, _INFLATE_CHUNK)
            total += len(out)
            pending = d.unconsumed_tail
        if total <= budget:
            total += len(d.flush())
    except zlib.error:
        pass
    return total
