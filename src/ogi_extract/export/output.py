"""Writing an output file, with one typed error for every way it can fail.

An output is never written onto an input. `convert report.pdf -o report.pdf`
is a slip of the hand that would replace the PDF by its own JSON; the same
file can also be reached by another name (a symbolic link, a hard link, a
path with `..` in it). What counts is the file itself, its device and inode:
`InputFiles` holds those of the inputs and every writer asks it first.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import OutputError, shown


def _identity(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


class InputFiles:
    """The files a command reads, by identity, so that none of them is written over."""

    def __init__(self, paths: Iterable[str | os.PathLike[str]] = ()) -> None:
        self._files: dict[tuple[int, int], str] = {}
        for path in paths:
            self.add(path)

    def add(self, path: str | os.PathLike[str]) -> None:
        identity = _identity(path)
        if identity is not None:
            self._files.setdefault(identity, os.fspath(path))

    def check(self, target: str | os.PathLike[str]) -> None:
        """Raise OutputError when writing `target` would write onto an input."""
        if not self._files:
            return
        identity = _identity(target)
        if identity is not None and identity in self._files:
            given = self._files[identity]
            same = "" if os.fspath(target) == given else f" {shown(given)} (the same file by another name)"
            raise OutputError(
                f"refusing to write {shown(target)}: it is the input{same}; choose another output",
                path=os.fspath(target),
            )


NO_INPUTS = InputFiles()

# The longest file name (one path component) Linux and macOS file systems take, in bytes.
NAME_MAX = 255


def derived_name(stem: str, suffix: str, limit: int = NAME_MAX) -> str:
    """`stem + suffix` as a file name, the stem shortened if the name would be too long.

    A name derived from an input (`report-p3.png`) is longer than the input's,
    and an input may already be at the limit. The stem is cut at a character
    boundary and followed by `~` and 8 hex digits of its hash, so two long
    names that begin alike still give two files. Undecodable bytes (surrogate
    escapes) are kept as they were.
    """
    raw = os.fsencode(stem)
    tail = os.fsencode(suffix)
    if len(raw) + len(tail) <= limit:
        return stem + suffix
    mark = b"~" + hashlib.sha256(raw).hexdigest()[:8].encode()
    cut = max(0, limit - len(tail) - len(mark))
    while 0 < cut < len(raw) and raw[cut] & 0xC0 == 0x80:  # inside a UTF-8 sequence
        cut -= 1
    return os.fsdecode(raw[:cut] + mark + tail)


def write_text(path: str | os.PathLike[str], text: str, inputs: InputFiles = NO_INPUTS) -> None:
    write_bytes(path, text.encode("utf-8"), inputs)


def write_bytes(path: str | os.PathLike[str], data: bytes, inputs: InputFiles = NO_INPUTS) -> None:
    target = Path(path)
    inputs.check(target)
    if target.is_dir():
        raise OutputError(f"{shown(target)} is a directory", path=str(target))
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise OutputError(f"cannot write {shown(target)}: {exc.strerror or exc}", path=str(target)) from exc
