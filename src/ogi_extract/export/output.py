"""Writing an output file, with one typed error for every way it can fail."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import OgiError


class OutputError(OgiError):
    """An output cannot be written: a directory in the way, no permission, a store
    file of another kind or from another version, a store locked by another process."""

    exit_code = 11


def write_text(path: str | os.PathLike[str], text: str) -> None:
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target} is a directory", path=str(target))
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}", path=str(target)) from exc


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target} is a directory", path=str(target))
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}", path=str(target)) from exc
