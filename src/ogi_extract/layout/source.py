"""The bytes of an input PDF, with the checks that need nothing but the bytes.

Only a regular file is read. A named pipe blocks the reader until some other
process writes to it, which may be never; a device such as `/dev/zero` never
ends; a directory has no bytes. Each is refused with `NotAPdfError` before a
single byte is read: the file is opened without blocking (`O_NONBLOCK`, which
makes opening a pipe return at once) and its kind is asked of the open file
descriptor, so nothing can swap the file between the check and the read. The
read itself stops one byte past `Limits.max_file_bytes`, whatever the file's
size claimed, so a file that grows while it is read cannot take more memory
than the limit.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass

from ..errors import LimitExceededError, NotAPdfError, shown
from ..limits import Limits

# The PDF specification puts "%PDF-" at the start; readers (and real files with
# a byte-order mark or mail headers in front) accept it within the first KiB.
HEADER = b"%PDF-"
HEADER_WINDOW = 1024
_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Source:
    data: bytes
    sha256: str
    path: str | None


def file_kind(mode: int) -> str:
    """What a file that is not a regular file is, in words a person knows."""
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "not a regular file"


def read_file(path: str, limit: int) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` (else LimitExceededError).

    Raises NotAPdfError for anything that cannot be read as a file: missing,
    no permission, a directory, a pipe, a device.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise NotAPdfError(f"cannot read {shown(path)}: it is a directory", path=path) from exc
        raise NotAPdfError(f"cannot read {shown(path)}: {exc.strerror or exc}", path=path) from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotAPdfError(f"cannot read {shown(path)}: it is {file_kind(mode)}, not a file", path=path)
        size = os.fstat(fd).st_size
        if size > limit:
            raise LimitExceededError(f"file is {size} bytes, over the limit of {limit}", path=path)
        parts: list[bytes] = []
        got = 0
        while got <= limit:
            part = os.read(fd, min(_CHUNK, limit + 1 - got))
            if not part:
                break
            parts.append(part)
            got += len(part)
    except OSError as exc:
        raise NotAPdfError(f"cannot read {shown(path)}: {exc.strerror or exc}", path=path) from exc
    finally:
        os.close(fd)
    if got > limit:
        raise LimitExceededError(f"file grew past the limit of {limit} bytes while it was read", path=path)
    return b"".join(parts)


def read_source(path_or_bytes: str | os.PathLike[str] | bytes, limits: Limits) -> Source:
    """Load the input and reject what cannot be a PDF before any parser sees it."""
    path: str | None = None
    if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
        data = bytes(path_or_bytes)
    else:
        path = os.fspath(path_or_bytes)
        data = read_file(path, limits.max_file_bytes)
    if len(data) > limits.max_file_bytes:
        raise LimitExceededError(f"input is {len(data)} bytes, over the limit of {limits.max_file_bytes}", path=path)
    if not data:
        raise NotAPdfError("input is empty", path=path)
    if HEADER not in data[:HEADER_WINDOW]:
        raise NotAPdfError("input is not a PDF (no %PDF- header)", path=path)
    return Source(data, hashlib.sha256(data).hexdigest(), path)
