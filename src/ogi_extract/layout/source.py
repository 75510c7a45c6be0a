"""The bytes of an input PDF, with the checks that need nothing but the bytes."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import LimitExceededError, NotAPdfError
from ..limits import Limits

# The PDF specification puts "%PDF-" at the start; readers (and real files with
# a byte-order mark or mail headers in front) accept it within the first KiB.
HEADER = b"%PDF-"
HEADER_WINDOW = 1024


@dataclass(frozen=True, slots=True)
class Source:
    data: bytes
    sha256: str
    path: str | None


def read_source(path_or_bytes: str | os.PathLike[str] | bytes, limits: Limits) -> Source:
    """Load the input and reject what cannot be a PDF before any parser sees it."""
    path: str | None = None
    if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
        data = bytes(path_or_bytes)
    else:
        path = os.fspath(path_or_bytes)
        try:
            size = Path(path).stat().st_size
            if size > limits.max_file_bytes:
                raise LimitExceededError(f"file is {size} bytes, over the limit of {limits.max_file_bytes}", path=path)
            data = Path(path).read_bytes()
        except OSError as exc:
            raise NotAPdfError(f"cannot read {path}: {exc.strerror or exc}", path=path) from exc
    if len(data) > limits.max_file_bytes:
        raise LimitExceededError(f"input is {len(data)} bytes, over the limit of {limits.max_file_bytes}", path=path)
    if not data:
        raise NotAPdfError("input is empty", path=path)
    if HEADER not in data[:HEADER_WINDOW]:
        raise NotAPdfError("input is not a PDF (no %PDF- header)", path=path)
    return Source(data, hashlib.sha256(data).hexdigest(), path)
