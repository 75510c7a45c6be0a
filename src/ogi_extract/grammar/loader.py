"""Load an edition's grammar (`grammars/<edition>.toml`) into compiled patterns.

The grammar is the only place that knows the report's words; the code asks it
questions ("is this line a commitment heading?", "what grade is 75%?") so that a
new edition needs a new file, not new code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from ..errors import GrammarError

GRAMMAR_DIR = Path(__file__).resolve().parent.parent / "grammars"
DEFAULT_EDITION = "monev-2021"

_FLAGS = regex.IGNORECASE | regex.VERSION1


def _compile(pattern: str, where: str) -> regex.Pattern[str]:
    try:
        return regex.compile(pattern, _FLAGS)
    except regex.error as exc:
        raise GrammarError(f"grammar pattern {where} does not compile: {exc}") from None


@dataclass(frozen=True, slots=True)
class GradeBand:
    grade: str
    min: float
    max: float


@dataclass(frozen=True)
class Grammar:
    id: str
    title: str
    path: Path
    action_plan: regex.Pattern[str]
    period: regex.Pattern[str]
    periods: tuple[str, ...]
    detect: tuple[regex.Pattern[str], ...]
    detail_start: regex.Pattern[str]
    detail_end: regex.Pattern[str] | None
    commitment: regex.Pattern[str]
    success_measure: regex.Pattern[str]
    follow_up: regex.Pattern[str]
    target_cell: regex.Pattern[str]
    achievement_cell: regex.Pattern[str]
    score_cell: regex.Pattern[str]
    cocreation_cell: regex.Pattern[str]
    score_percent: regex.Pattern[str]
    score_not_available: tuple[regex.Pattern[str], ...]
    score_not_assessed: tuple[regex.Pattern[str], ...]
    scale: tuple[GradeBand, ...]
    not_available_grade: str
    cocreation_labels: dict[str, str]
    bullet: str
    bullet_glyphs: frozenset[str]
    furniture_hints: tuple[regex.Pattern[str], ...]
    raw: dict[str, Any] = field(repr=False)

    @property
    def audit(self) -> dict[str, Any]:
        return dict(self.raw.get("audit", {}))

    def section(self, name: str) -> dict[str, Any]:
        """A table of the grammar file as plain data, for stages that own it."""
        return dict(self.raw.get(name, {}))


def _get(raw: dict[str, Any], dotted: str, default: Any = ...) -> Any:
    node: Any = raw
    for key in dotted.split("."):
        if not isinstance(node, dict) or key not in node:
            if default is ...:
                raise GrammarError(f"grammar is missing '{dotted}'")
            return default
        node = node[key]
    return node


def grammar_from_dict(raw: dict[str, Any], path: Path) -> Grammar:
    def pat(key: str) -> regex.Pattern[str]:
        return _compile(_get(raw, key), key)

    def pats(key: str) -> tuple[regex.Pattern[str], ...]:
        return tuple(_compile(p, key) for p in _get(raw, key, []))

    end = _get(raw, "sections.detail_end", None)
    scale = tuple(
        GradeBand(str(b["grade"]), float(b["min"]), float(b["max"]))
        for b in _get(raw, "scores.scale")
    )
    if not scale:
        raise GrammarError("grammar has an empty scores.scale")
    labels = {
        _fold_label(k): str(v) for k, v in _get(raw, "cocreation.labels", {}).items()
    }
    return Grammar(
        id=str(_get(raw, "edition.id")),
        title=str(_get(raw, "edition.title", "")),
        path=path,
        action_plan=pat("edition.action_plan"),
        period=pat("edition.period"),
        periods=tuple(_get(raw, "edition.periods", [])),
        detect=pats("detect.required"),
        detail_start=pat("sections.detail_start"),
        detail_end=_compile(end, "sections.detail_end") if end else None,
        commitment=pat("sections.commitment"),
        success_measure=pat("sections.success_measure"),
        follow_up=pat("sections.follow_up"),
        target_cell=pat("cells.target"),
        achievement_cell=pat("cells.achievement"),
        score_cell=pat("cells.score"),
        cocreation_cell=pat("cells.cocreation"),
        score_percent=pat("scores.percent"),
        score_not_available=pats("scores.not_available"),
        score_not_assessed=pats("scores.not_assessed"),
        scale=scale,
        not_available_grade=str(_get(raw, "scores.not_available_grade.grade", "N/A")),
        cocreation_labels=labels,
        bullet=str(_get(raw, "text.bullet", "•")),
        bullet_glyphs=frozenset(_get(raw, "text.bullet_glyphs", [])),
        furniture_hints=pats("furniture.hints"),
        raw=raw,
    )


def _fold_label(text: str) -> str:
    """Fold a co-creation label for lookup: case, hyphens and spacing do not count."""
    return regex.sub(r"[\s\-‐–]+", " ", text.strip().lower()).replace(" ", "")


def available_grammars(directory: Path = GRAMMAR_DIR) -> list[Path]:
    return sorted(directory.glob("*.toml"))


@lru_cache(maxsize=16)
def _load_path(path: Path) -> Grammar:
    try:
        with path.open("rb") as fh:
            raw = tomllib.load(fh)
    except FileNotFoundError:
        raise GrammarError(f"grammar file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise GrammarError(f"grammar file {path.name} is not valid TOML: {exc}") from None
    return grammar_from_dict(raw, path)


def load_grammar(name_or_path: str | Path | None = None) -> Grammar:
    """Load a grammar by edition id ("monev-2021") or by file path."""
    if isinstance(name_or_path, Grammar):  # type: ignore[unreachable]
        return name_or_path  # type: ignore[unreachable]
    if name_or_path is None:
        name_or_path = DEFAULT_EDITION
    path = Path(name_or_path)
    if path.suffix != ".toml":
        path = GRAMMAR_DIR / f"{name_or_path}.toml"
        if not path.exists():
            known = ", ".join(p.stem for p in available_grammars()) or "none"
            raise GrammarError(f"unknown grammar '{name_or_path}' (known: {known})")
    return _load_path(path.resolve())
