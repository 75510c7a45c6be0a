"""Where `ogi_extract.parse` spends its time, from a pyinstrument sampling profile.

Two views of the same samples:
- *own time*: time spent in an ogi_extract function itself plus in the library
  and builtin code it calls directly (PyMuPDF, regex, pydantic ...), up to the
  next ogi_extract frame. That is the time a change to that one function can
  win back, so it names what to fix.
- *by module*: the same own time summed per ogi_extract module, to see which
  stage dominates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = "ogi_extract"


@dataclass(frozen=True, slots=True)
class Hotspot:
    function: str
    location: str  # module path and line, inside the package
    own: float  # seconds, own code plus direct library calls
    calls_into: str  # the non-package code taking most of its own time, if any


@dataclass(slots=True)
class Profile:
    total: float
    hotspots: list[Hotspot]
    modules: list[tuple[str, float]]
    text: str  # pyinstrument's call tree


def profiler_available() -> str | None:
    try:
        import pyinstrument  # noqa: F401
    except ImportError:
        return "pyinstrument is not installed (pip install -e '.[bench]')"
    return None


def _package_path(file_path: str | None) -> str | None:
    if not file_path:
        return None
    parts = Path(file_path).parts
    if PACKAGE_DIR not in parts:
        return None
    i = len(parts) - 1 - parts[::-1].index(PACKAGE_DIR)
    return "/".join(parts[i:])


def profile(run: Callable[[], object], interval: float = 0.001, top: int = 12) -> Profile:
    """Profile one call of `run` and rank the package's functions by own time."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=interval)
    profiler.start()
    try:
        run()
    finally:
        profiler.stop()
    session = profiler.last_session
    root = session.root_frame()
    own: dict[tuple[str, str], float] = {}
    foreign: dict[tuple[str, str], dict[str, float]] = {}

    def walk(frame, owner: tuple[str, str] | None) -> None:  # type: ignore[no-untyped-def]
        module = _package_path(frame.file_path)
        if module is not None:
            owner = (frame.function, f"{module}:{frame.line_no}")
        if owner is not None:
            self_time = frame.total_self_time
            own[owner] = own.get(owner, 0.0) + self_time
            if module is None and self_time > 0:
                name = f"{frame.function} ({Path(frame.file_path or '?').name})"
                bucket = foreign.setdefault(owner, {})
                bucket[name] = bucket.get(name, 0.0) + self_time
        for child in frame.children:
            if not child.is_synthetic:  # "[self]" frames: already in the parent's total_self_time
                walk(child, owner)

    if root is not None:
        walk(root, None)
    ranked = sorted(own.items(), key=lambda kv: -kv[1])
    hotspots = []
    for (function, location), seconds in ranked[:top]:
        calls = foreign.get((function, location), {})
        main = max(calls.items(), key=lambda kv: kv[1]) if calls else None
        into = f"{main[0]} {main[1]:.3f} s" if main and main[1] >= 0.2 * seconds else ""
        hotspots.append(Hotspot(function, location, seconds, into))
    modules: dict[str, float] = {}
    for (_, location), seconds in own.items():
        module = location.split(":")[0]
        modules[module] = modules.get(module, 0.0) + seconds
    text = profiler.output_text(unicode=False, color=False, show_all=False)
    return Profile(
        total=session.duration,
        hotspots=hotspots,
        modules=sorted(modules.items(), key=lambda kv: -kv[1]),
        text=text,
    )
