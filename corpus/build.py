"""Render the corpus matrix into `corpus/reports/`, cached by a hash of the inputs.

    python -m corpus.build            # render what is missing or stale (make corpus)
    python -m corpus.build --check    # say what is missing or stale, render nothing
    python -m corpus.build --engines chromium typst --jobs 2

Each entry is one document (a seed in an edition's wording) in one look, rendered
by one engine: `<engine>-<font>-<edition>-s<seed>`, plus one long report (100+
pages) per engine. Its key is a sha256 of what decides the PDF: the document, the
look and the source of the engine's modules. The engine's version is recorded in
the manifest but not hashed, so a machine with a newer Chromium still uses the
committed files; `make corpus` after a content or engine change renders again
only the entries whose key changed.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import inspect
import json
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from ogi_extract.synth.content import SpecParams

from .document import Document, make_document
from .engines import CannotRender, corpus_engines, engine
from .look import Look, random_look
from .wording import EDITIONS

ROOT = Path(__file__).resolve().parent
REPORTS = ROOT / "reports"
MANIFEST = REPORTS / "manifest.json"
SEEDS: tuple[int, ...] = (1, 2, 3, 4, 5)
LONG_PAGES = 110  # pages asked of the long report of each engine
LONG_PAGES_SHORT_CELLS = 150  # the same with cells cut short (see `Entry.row_words`): they take less room
SMALL = SpecParams(commitments=(2, 3))
USER_EDITION_ENGINES = ("libreoffice", "chromium")  # render the relabelled and English editions too
FRONT_SEEDS = (4, 5)  # entries of these seeds carry the front matter, where the engine renders it
ATTEMPTS = 12  # contents tried for one entry before the engine is said to fail
ATTEMPT_STRIDE = 1000
ROW_WORDS = 70  # words per cell at most for engines that cannot break a row (see document._fit)


@dataclass(frozen=True, slots=True)
class Entry:
    """One report of the corpus: which document, in which look, by which engine."""

    engine: str
    font: str
    edition: str
    seed: int
    long: bool = False
    attempt: int = 0  # the content drawn again when an engine cannot render a seed's document
    front: bool = False  # with the front matter (summary figures, pies, tables 1-9)

    @property
    def id(self) -> str:
        kind = "long" if self.long else f"s{self.seed}"
        return f"{self.engine}-{self.font}-{self.edition}-{kind}{'-front' if self.front else ''}"

    def params(self) -> SpecParams:
        periods = EDITIONS[self.edition].periods
        content = EDITIONS[self.edition].content
        breaks = getattr(engine(self.engine), "BREAKS_ROWS", True)
        base = SpecParams(periods=periods, wording=content)
        if not self.long:
            base = replace(base, commitments=SMALL.commitments)
        if not breaks:  # an engine that cannot break a row gets no cell longer than a page
            base = replace(base, long_cell=0.0)
        return base

    def document(self) -> Document:
        return make_document(
            self.seed + ATTEMPT_STRIDE * self.attempt,
            self.edition,
            params=self.params(),
            pages_hint=self.pages_hint(),
            row_words=self.row_words(),
            front=self.front,
        )

    def pages_hint(self) -> int | None:
        """Pages asked of the synthetic content: a long report must reach 100 pages in every engine."""
        if not self.long:
            return None
        if self.row_words() is not None:
            return LONG_PAGES_SHORT_CELLS
        return getattr(engine(self.engine), "LONG_PAGES", LONG_PAGES)

    def row_words(self) -> int | None:
        """Words per cell at most: always for engines that cannot break a row; for the
        others only after half the attempts failed (ReportLab cannot split every row)."""
        if not getattr(engine(self.engine), "BREAKS_ROWS", True):
            return ROW_WORDS
        return None if self.attempt < ATTEMPTS // 2 else ROW_WORDS

    def look(self) -> Look:
        return random_look(self.seed + ATTEMPT_STRIDE * self.attempt, self.font)


def matrix(engines: list[str] | None = None) -> list[Entry]:
    """Every entry: each engine x its fonts x the seeds (editions alternate by seed), and a long report each.

    Only engines of the corpus: a judge (`IN_CORPUS = False`) has no entry, whatever is asked.
    """
    out: list[Entry] = []
    kept = corpus_engines()
    for name in [n for n in engines or kept if n in kept]:
        mod = engine(name)
        for font in mod.FONTS:
            for seed in SEEDS:
                front = seed in FRONT_SEEDS and getattr(mod, "FRONT_MATTER", False)
                out.append(Entry(name, font, "2021" if seed % 2 else "2022", seed, front=front))
        out.append(Entry(name, mod.FONTS[0], "2021", 7, long=True))
        if name in USER_EDITION_ENGINES:  # editions only a user grammar reads
            for edition in ("relabelled", "english"):
                out.extend(Entry(name, font, edition, 6) for font in mod.FONTS[:2])
    return out


def _sources(path: Path, seen: set[Path] | None = None) -> set[Path]:
    """The engine module and the modules of `corpus.engines` it imports, recursively."""
    seen = set() if seen is None else seen
    if path in seen or not path.exists():
        return seen
    seen.add(path)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            names = [node.module] if node.module else [a.name for a in node.names]
            for name in names:
                _sources(path.parent / f"{name.split('.')[0]}.py", seen)
    return seen


def _source_hash(name: str) -> str:
    """The source of an engine module and the modules it renders with (not the engine table)."""
    digest = hashlib.sha256()
    for path in sorted(_sources(Path(inspect.getfile(engine(name))))):
        if path.name != "__init__.py":
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def key(entry: Entry, document: Document | None = None) -> str:
    document = document or entry.document()
    digest = hashlib.sha256()
    for part in (repr(document.blocks), repr(document.wording), repr(entry.look()), _source_hash(entry.engine)):
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()


def load_manifest() -> dict[str, Any]:
    if MANIFEST.exists():
        return json.loads(MANIFEST.read_text(encoding="utf-8"))
    return {"entries": {}}


def stale(entries: list[Entry]) -> list[tuple[Entry, str]]:
    """Entries whose PDF is missing or was made from other inputs, with their current key."""
    recorded = load_manifest()["entries"]
    out = []
    for entry in entries:
        entry = replace(entry, attempt=recorded.get(entry.id, {}).get("attempt", 0))
        k = key(entry)
        have = recorded.get(entry.id)
        if have is None or have["key"] != k or not (REPORTS / f"{entry.id}.pdf").exists():
            out.append((entry, k))
    return out


def render_entry(entry: Entry, out: Path = REPORTS) -> dict[str, Any]:
    """Render one entry; write its PDF and truth into `out`; return its manifest record.

    An engine that cannot lay a document out whole (LaTeX cannot break a row
    taller than a page) gets the next content of the entry, up to `ATTEMPTS`.
    """
    mod = engine(entry.engine)
    for attempt in range(ATTEMPTS):
        entry = replace(entry, attempt=attempt)
        document, look = entry.document(), entry.look()
        try:
            with tempfile.TemporaryDirectory(prefix=f"corpus-{entry.id}-") as tmp:
                pdf = mod.render(document, look, Path(tmp))
            break
        except CannotRender:
            continue
    else:
        raise CannotRender(f"{entry.id}: no content of {ATTEMPTS} drawn could be rendered whole")
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{entry.id}.pdf").write_bytes(pdf)
    truth = document.truth()
    (out / f"{entry.id}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    front = document.front_truth()
    if front is not None:
        (out / f"{entry.id}.front.json").write_text(
            json.dumps(front, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
    import pymupdf

    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        pages = doc.page_count
    return {
        "key": key(entry, document),
        "attempt": entry.attempt,
        "engine": entry.engine,
        "version": mod.version(),
        "font": entry.font,
        "edition": entry.edition,
        "grammar": document.wording.grammar,
        "seed": entry.seed,
        "long": entry.long,
        "front": entry.front,
        "pages": pages,
        "targets": document.target_count,
        "look": asdict(look),
        "sha256": hashlib.sha256(pdf).hexdigest(),
    }


def _write_manifest(manifest: dict[str, Any]) -> None:
    manifest["entries"] = dict(sorted(manifest["entries"].items()))
    MANIFEST.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def build(entries: list[Entry], jobs: int = 2, *, prune: bool = False) -> list[str]:
    """Render the stale entries; return their ids. The manifest keeps the others as they are."""
    todo = [e for e, _ in stale(entries)]
    missing = sorted({e.engine for e in todo if engine(e.engine).missing()})
    if missing:
        raise SystemExit("cannot render, missing: " + "; ".join(f"{m}: {engine(m).missing()}" for m in missing))
    manifest = load_manifest()
    if prune:  # entries the matrix no longer has: their files and records go
        wanted = {e.id for e in entries}
        for old in [k for k in manifest["entries"] if k not in wanted]:
            del manifest["entries"][old]
            for suffix in (".pdf", ".truth.json", ".front.json"):
                (REPORTS / f"{old}{suffix}").unlink(missing_ok=True)
        _write_manifest(manifest)
    failed: list[str] = []
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(render_entry, entry): entry for entry in todo}
        for future in as_completed(futures):
            entry = futures[future]
            try:
                record = future.result()
            except CannotRender as exc:
                failed.append(entry.id)
                print(f"{entry.id}: cannot render: {exc}", file=sys.stderr)
                continue
            manifest["entries"][entry.id] = record
            _write_manifest(manifest)  # kept after each entry: an interrupted build loses nothing
            print(f"{entry.id}: {record['pages']} pages", file=sys.stderr)
    if failed:
        raise SystemExit(f"{len(failed)} entries could not be rendered: {', '.join(failed)}")
    return [e.id for e in todo]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m corpus.build", description=__doc__.splitlines()[0])
    ap.add_argument("--engines", nargs="*", choices=corpus_engines(), help="only these engines (default: all)")
    ap.add_argument("--check", action="store_true", help="list missing or stale entries and exit 1 if any")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    entries = matrix(args.engines)
    if args.check:
        todo = stale(entries)
        for entry, _ in todo:
            print(f"stale: {entry.id}")
        return 1 if todo else 0
    done = build(entries, args.jobs, prune=not args.engines)
    print(f"rendered {len(done)} of {len(entries)} entries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
