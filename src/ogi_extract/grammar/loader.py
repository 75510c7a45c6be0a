"""Find and load grammars: by id through the search path, or by file.

The grammar is the only place that knows the report's words, so that a new
edition needs a new file, not new code. Grammars are looked up, in order, in the
folders given with `--grammar-dir` (`dirs`), in the folders of the environment
variable `OGI_EXTRACT_GRAMMARS` (separated by `:`), and in the grammars shipped
inside the package; the first file of an id wins. A file is read once into a
validated `schema.GrammarFile` and compiled into one `Grammar` (`model.build`).
"""

from __future__ import annotations

import difflib
import hashlib
import os
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import GrammarError
from .model import Grammar, build
from .schema import GrammarFile

SHIPPED_DIR = Path(__file__).resolve().parent.parent / "grammars"
GRAMMAR_DIR = SHIPPED_DIR  # the name older code imports
DEFAULT_EDITION = "monev-2021"
ENV_VAR = "OGI_EXTRACT_GRAMMARS"

PathLike = str | os.PathLike[str]


def _where(loc: Sequence[int | str]) -> str:
    parts: list[str] = []
    for part in loc:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        else:
            parts.append(("." if parts else "") + str(part))
    return "".join(parts) or "(top level)"


def validation_message(exc: ValidationError) -> str:
    """The first problem of a grammar file as 'key: why', and how many more there are.

    A key that is not one comes first: a misspelt key is also reported missing
    under its right name, and the misspelling is what the writer must find.
    """
    errors = sorted(exc.errors(), key=lambda e: e.get("type") != "extra_forbidden")
    first = errors[0]
    key = _where(first.get("loc", ()))
    kind = first.get("type", "")
    if kind == "missing":
        why = "is missing"
    elif kind == "extra_forbidden":
        parent = tuple(first.get("loc", ()))[:-1]
        missing = [str(e["loc"][-1]) for e in errors if e.get("type") == "missing" and tuple(e["loc"])[:-1] == parent]
        close = difflib.get_close_matches(str(first["loc"][-1]), missing, n=1)
        why = "is not a key of this section" + (f" (did you mean '{close[0]}'?)" if close else "")
    else:
        why = str(first.get("msg", "")).removeprefix("Value error, ")
    more = exc.error_count() - 1
    tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"key '{key}' {why}{tail}" if kind in ("missing", "extra_forbidden") else f"key '{key}': {why}{tail}"


def grammar_from_dict(
    raw: dict[str, Any], path: Path = Path("<grammar>"), *, sha256: str = "", origin: str = "given"
) -> Grammar:
    """Validate parsed TOML and compile it; a mistake is a GrammarError naming the key."""
    try:
        file = GrammarFile.model_validate(raw)
    except ValidationError as exc:
        raise GrammarError(f"grammar {path.name} is invalid: {validation_message(exc)}", path=str(path)) from None
    return build(file, raw, path, sha256=sha256, origin=origin)


@lru_cache(maxsize=64)
def _load_cached(path: Path, stamp: tuple[int, int]) -> Grammar:
    origin = "shipped" if path.parent == SHIPPED_DIR else "user"
    data = path.read_bytes()
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise GrammarError(f"grammar file {path.name} is not valid TOML: {exc}", path=str(path)) from None
    return grammar_from_dict(raw, path, sha256=hashlib.sha256(data).hexdigest(), origin=origin)


def load_file(path: PathLike) -> Grammar:
    """The grammar of one file (cached while the file does not change); its `origin` is "shipped" or "user"."""
    p = Path(path).expanduser().resolve()
    try:
        st = p.stat()
    except OSError:
        raise GrammarError(f"grammar file not found: {path}", path=str(path)) from None
    if not p.is_file():
        raise GrammarError(f"grammar file is not a file: {path}", path=str(path))
    return _load_cached(p, (st.st_mtime_ns, st.st_size))


def search_path(dirs: Sequence[PathLike] = ()) -> list[tuple[Path, str]]:
    """The folders searched for grammars, first wins, each with where it came from."""
    out = [(Path(d).expanduser(), "--grammar-dir") for d in dirs]
    out += [(Path(d).expanduser(), ENV_VAR) for d in os.environ.get(ENV_VAR, "").split(os.pathsep) if d]
    out.append((SHIPPED_DIR, "shipped"))
    return out


@dataclass(frozen=True, slots=True)
class KnownGrammar:
    """A grammar file on the search path; `error` says why it cannot be used, `shadowed_by` who hides it."""

    id: str
    path: Path
    origin: str
    title: str = ""
    error: str | None = None
    shadowed_by: Path | None = None


def known_grammars(dirs: Sequence[PathLike] = ()) -> list[KnownGrammar]:
    """Every grammar file on the search path, in search order."""
    out: list[KnownGrammar] = []
    first: dict[str, Path] = {}
    for folder, origin in search_path(dirs):
        for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
            try:
                g = load_file(path)
            except GrammarError as exc:
                out.append(KnownGrammar(path.stem, path, origin, error=str(exc)))
                continue
            out.append(KnownGrammar(g.id, path, origin, g.title, shadowed_by=first.get(g.id)))
            first.setdefault(g.id, path)
    return out


def available_grammars(directory: Path | None = None, dirs: Sequence[PathLike] = ()) -> list[Path]:
    """The usable grammar files (one per id, the first on the search path), or those of one folder."""
    if directory is not None:
        return sorted(directory.glob("*.toml"))
    return [k.path for k in known_grammars(dirs) if k.error is None and k.shadowed_by is None]


def all_grammars(dirs: Sequence[PathLike] = ()) -> list[Grammar]:
    """Every usable grammar on the search path, loaded; a broken file is an error naming it."""
    out: list[Grammar] = []
    for k in known_grammars(dirs):
        if k.error is not None:
            raise GrammarError(k.error, path=str(k.path))
        if k.shadowed_by is None:
            out.append(load_file(k.path))
    return out


def _looks_like_path(text: str) -> bool:
    return text.endswith(".toml") or os.sep in text or (os.altsep is not None and os.altsep in text)


def load_grammar(name_or_path: Grammar | PathLike | None = None, dirs: Sequence[PathLike] = ()) -> Grammar:
    """A grammar by edition id ("monev-2021", looked up on the search path) or by file path."""
    if isinstance(name_or_path, Grammar):
        return name_or_path
    if name_or_path is None:
        name_or_path = DEFAULT_EDITION
    text = os.fspath(name_or_path)
    if isinstance(name_or_path, os.PathLike) or _looks_like_path(text):
        return load_file(text)
    for folder, _ in search_path(dirs):
        candidate = folder / f"{text}.toml"
        if candidate.is_file():
            g = load_file(candidate)
            if g.id == text:
                return g
    for k in known_grammars(dirs):
        if k.error is None and k.shadowed_by is None and k.id == text:
            return load_file(k.path)
    known = ", ".join(sorted({k.id for k in known_grammars(dirs) if k.error is None})) or "none"
    raise GrammarError(f"unknown grammar '{text}' (known: {known})")


def grammar_of(grammar: Grammar | PathLike | dict[str, Any] | None) -> Grammar:
    """A grammar from an edition id or path (through the search path), a loaded one, or parsed TOML."""
    if isinstance(grammar, dict):
        return grammar_from_dict(grammar)
    return load_grammar(grammar)
