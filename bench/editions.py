"""Edition detection on corpus documents no test or tuning used: which edition is picked.

    python -m bench.editions                       # wkhtmltopdf, chromium, typst; 2021 and 2022; seeds 6-20
    python -m bench.editions --engines typst --seeds 6 12 --out /tmp/editions

Each document is rendered as `corpus.build` renders an `Entry(engine, font, edition,
seed)` (the font chosen by seed among the engine's fonts), cached as a PDF in `--out`,
and read with no grammar named. A document is right when the grammar picked is the
edition it was rendered in; a refusal (a tie, an unknown report) is wrong, with its
error printed.
"""

from __future__ import annotations

import argparse
import tempfile
from dataclasses import replace
from pathlib import Path

import ogi_extract
from corpus.build import ATTEMPTS, Entry
from corpus.engines import CannotRender, engine
from ogi_extract.errors import OgiError


def pdf_of(entry: Entry, out: Path) -> Path | None:
    """The entry's PDF, rendered once into `out` (the next content drawn when the engine cannot render one)."""
    path = out / f"{entry.id}.pdf"
    if path.exists():
        return path
    mod = engine(entry.engine)
    for attempt in range(ATTEMPTS):
        tried = replace(entry, attempt=attempt)
        try:
            with tempfile.TemporaryDirectory() as tmp:
                path.write_bytes(mod.render(tried.document(), tried.look(), Path(tmp)))
            return path
        except CannotRender:
            continue
    return None


def picked(path: Path) -> str:
    """The grammar detection picks, or the error it refuses with."""
    try:
        report = ogi_extract.parse(path)
    except OgiError as exc:
        return f"{type(exc).__name__}: {exc}"
    return report.grammar.id if report.grammar is not None else "none"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--engines", nargs="+", default=["wkhtmltopdf", "chromium", "typst"])
    ap.add_argument("--editions", nargs="+", default=["2021", "2022"])
    ap.add_argument("--seeds", nargs="+", type=int, default=list(range(6, 21)))
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "ogi-editions")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    right = total = 0
    for name in args.engines:
        fonts = engine(name).FONTS
        for edition in args.editions:
            for seed in args.seeds:
                entry = Entry(name, fonts[seed % len(fonts)], edition, seed)
                path = pdf_of(entry, args.out)
                if path is None:
                    print(f"{entry.id}: cannot be rendered", flush=True)
                    continue
                got = picked(path)
                ok = got == f"monev-{edition}"
                right, total = right + ok, total + 1
                print(f"{entry.id}: {'right' if ok else 'WRONG'} {got}", flush=True)
    print(f"detected right: {right}/{total}")


if __name__ == "__main__":
    main()
