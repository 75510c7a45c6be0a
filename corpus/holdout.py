"""A hold-out sweep: corpus reports of seeds the parser was never tuned on, rendered and scored.

    python -m corpus.holdout --engines chromium typst --seeds 11 12 13 14
    python -m corpus.holdout --engines libreoffice --seeds 11 12 --out /tmp/holdout --table bench/HOLDOUT.md
    python -m corpus.holdout --font chromium:dejavu-serif --font typst:dejavu-sans --seeds 11 12

The committed corpus (`corpus/reports/`, seeds of `build.SEEDS`) all parses to its
truth, but the parser was fixed on what it showed, so it no longer says how the
parser does on reports it has not seen. This renders the same matrix (every font
of each engine, editions alternating by seed as `build.matrix` does) for other
seeds into a folder of its own, never `corpus/reports/` or its manifest, parses
each PDF as `tests/test_corpus.py` does and judges it on the same thresholds
(`known.passes`). One line per report, the differences of the failing ones, and
optionally the table per engine x font. With `--out`, rendered PDFs are kept and
reused on the next run (the key of the inputs is checked), so a parser fix can be
judged again without rendering again.

`--font ENGINE:FONT` renders an engine in a font it has no corpus report in (a key
of `look.FAMILIES`), in place of `--engines`: a font left out of all tuning, as
a report in a house font nobody here chose would be. Engines that embed only the
fonts they map (the LaTeX engines, ReportLab) refuse other fonts; such an entry is
said skipped, never scored.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from .build import Entry, key, render_entry
from .engines import ENGINES, CannotRender, engine
from .known import passes
from .look import FAMILIES
from .score import Score, score
from .wording import USER_GRAMMARS

DEFAULT_ENGINES = ("chromium", "weasyprint", "wkhtmltopdf", "libreoffice", "typst")
DEFAULT_SEEDS = (11, 12, 13, 14)
SUMS = ("rows", "rows_found", "extra_rows", "fields", "fields_right", "texts", "texts_word_for_word",
        "categorical", "categorical_right", "unassigned")


def entries(engines: list[str], seeds: list[int], fonts: list[tuple[str, str]] | None = None) -> list[Entry]:
    """Every font of each engine (or the `fonts` pairs given) x the seeds; the edition alternates by seed as in `build.matrix`."""
    pairs = fonts or [(name, font) for name in engines for font in engine(name).FONTS]
    return [Entry(name, font, "2021" if seed % 2 else "2022", seed) for name, font in pairs for seed in seeds]


def uninstalled(pairs: list[tuple[str, str]]) -> list[str]:
    """The families of `pairs` outside their engine's own fonts that fontconfig does not know.

    Browsers, LibreOffice and Typst set a family they lack in another without a word: a
    report "in Lato" would be judged in a fallback face. (Debian: fonts-lato,
    fonts-crosextra-caladea, fonts-open-sans, fonts-roboto-unhinted, fonts-inter,
    fonts-sil-gentiumplus, fonts-ebgaramond, fonts-cantarell, fonts-linuxlibertine, fonts-cabin,
    fonts-karla, fonts-freefont-ttf, fonts-quicksand, fonts-clear-sans, fonts-junicode, fonts-comfortaa,
    fonts-play, fonts-texgyre, fonts-urw-base35, fonts-tlwg-garuda-otf, fonts-tlwg-kinnari-otf,
    fonts-tlwg-norasi-otf, fonts-tlwg-waree-otf, fonts-tlwg-umpush-otf, fonts-tlwg-loma-otf,
    fonts-tlwg-laksaman-otf, fonts-tlwg-sawasdee-otf, fonts-tlwg-typo-otf, fonts-tlwg-purisa-otf,
    fonts-tlwg-typist-otf, fonts-tlwg-mono-otf, fonts-sil-padauk; Noto Sans Condensed and Noto Serif
    Condensed are fonts-noto-core's.)
    """
    asked = sorted({FAMILIES[font] for name, font in pairs if font not in engine(name).FONTS})
    if not asked:
        return []
    try:
        listed = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return asked
    known = {name.strip() for line in listed.splitlines() for name in line.split(",")}
    return [family for family in asked if family not in known]


def font_pair(text: str) -> tuple[str, str]:
    """`ENGINE:FONT` as given to `--font`, checked against the engines and `look.FAMILIES`."""
    name, _, font = text.partition(":")
    if name not in ENGINES or font not in FAMILIES:
        raise argparse.ArgumentTypeError(
            f"{text!r}: want ENGINE:FONT, engines {', '.join(ENGINES)}; fonts {', '.join(FAMILIES)}")
    return name, font


def _rendered(entry: Entry, out: Path) -> dict[str, Any]:
    """The entry's PDF in `out`, rendered unless a PDF made from the same inputs is there."""
    meta = out / f"{entry.id}.record.json"
    if meta.exists() and (out / f"{entry.id}.pdf").exists():
        record = json.loads(meta.read_text(encoding="utf-8"))
        if record["key"] == key(Entry(**{**_fields(entry), "attempt": record["attempt"]})):
            return record
    record = render_entry(entry, out)
    meta.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return record


def _fields(entry: Entry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in Entry.__dataclass_fields__}


def judge(entry: Entry, out: Path) -> tuple[dict[str, Any], Score]:
    """Render (or reuse) one entry, parse it as a user would and score it against its truth."""
    import ogi_extract

    record = _rendered(entry, out)
    truth = json.loads((out / f"{entry.id}.truth.json").read_text(encoding="utf-8"))
    try:
        report = ogi_extract.parse(out / f"{entry.id}.pdf", grammar_dirs=[USER_GRAMMARS])
    except Exception as exc:  # a parser defect: the report counts as read not at all
        s = score({"commitments": []}, truth)
        s.differences.insert(0, f"parse failed: {type(exc).__name__}: {exc}")
        return record, s
    return record, score(report, truth)


def line(entry_id: str, record: dict[str, Any], s: Score) -> str:
    ok = passes(s, record["grammar"])
    extra = f" (+{s.extra_rows})" if s.extra_rows else ""
    return (f"{'pass' if ok else 'FAIL'} {entry_id}: {record['pages']} pages, rows {s.rows_found}/{s.rows}{extra}, "
            f"fields {100 * s.field_share:.1f} %, categorical {s.categorical_right}/{s.categorical}, "
            f"word for word {100 * s.word_share:.1f} %, unassigned {s.unassigned}"
            + ("" if s.grammar == record["grammar"] else f", read as {s.grammar}"))


def _pct(right: int, total: int) -> str:
    return "100 %" if right == total else f"{100.0 * right / total:.1f} %"


def table(results: dict[str, tuple[dict[str, Any], Score]], command: str) -> str:
    """Per engine x font: reports, passed, rows, fields, categorical, word for word, unassigned."""
    groups: dict[tuple[str, str], list[tuple[dict[str, Any], Score]]] = defaultdict(list)
    for record, s in results.values():
        groups[(record["engine"], record["font"])].append((record, s))
    lines = [
        "| producer | font | reports | pass | rows | fields | categorical | word for word | unassigned words |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for (eng, font), items in sorted(groups.items()):
        t = Score()
        for _, one in items:
            for name in SUMS:
                setattr(t, name, getattr(t, name) + getattr(one, name))
        passed = sum(passes(s, r["grammar"]) for r, s in items)
        extra = f" (+{t.extra_rows})" if t.extra_rows else ""
        lines.append(
            f"| {eng} | {font} | {len(items)} | {passed} | {t.rows_found}/{t.rows}{extra} | "
            f"{_pct(t.fields_right, t.fields)} | {_pct(t.categorical_right, t.categorical)} | "
            f"{_pct(t.texts_word_for_word, t.texts)} | {t.unassigned} |"
        )
    return f"Made by `{command}`.\n\n" + "\n".join(lines) + "\n"


def sweep(todo: list[Entry], out: Path, jobs: int) -> dict[str, tuple[dict[str, Any], Score]]:
    results: dict[str, tuple[dict[str, Any], Score]] = {}
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(judge, entry, out): entry for entry in todo}
        for future in as_completed(futures):
            entry = futures[future]
            try:
                record, s = future.result()
            except (CannotRender, ValueError) as exc:  # ValueError: an engine that has no such font
                print(f"SKIP {entry.id}: cannot render: {exc}", flush=True)
                continue
            results[entry.id] = (record, s)
            print(line(entry.id, record, s), flush=True)
            if not passes(s, record["grammar"]):
                for d in s.differences[:8]:
                    print(f"    {d[:300]}", flush=True)
    return dict(sorted(results.items()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m corpus.holdout", description=__doc__.splitlines()[0])
    ap.add_argument("--engines", nargs="*", choices=list(ENGINES), default=list(DEFAULT_ENGINES))
    ap.add_argument("--seeds", nargs="*", type=int, default=list(DEFAULT_SEEDS))
    ap.add_argument("--out", type=Path, help="keep the rendered reports here and reuse them (default: a temp folder)")
    ap.add_argument("--table", type=Path, help="write the table per engine x font (Markdown) to this file")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--font", dest="fonts", action="append", type=font_pair, metavar="ENGINE:FONT",
                    help="render this engine in this font instead of --engines' own fonts (repeat)")
    args = ap.parse_args(argv)
    if args.fonts:
        args.engines = sorted({name for name, _ in args.fonts})
        lacking = uninstalled(args.fonts)
        if lacking:
            raise SystemExit(f"fonts not installed: {', '.join(lacking)}")
    missing = {e: engine(e).missing() for e in args.engines if engine(e).missing()}
    if missing:
        raise SystemExit(f"cannot render, missing: {missing}")
    picked = [f"--font={name}:{font}" for name, font in args.fonts] if args.fonts else ["--engines", *args.engines]
    command = "python -m corpus.holdout " + shlex.join([*picked, "--seeds", *map(str, args.seeds)])
    with tempfile.TemporaryDirectory(prefix="holdout-") as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        results = sweep(entries(args.engines, args.seeds, args.fonts), out, args.jobs)
    text = table(results, command)
    print(text)
    if args.table:
        args.table.write_text(text, encoding="utf-8")
    failed = sum(not passes(s, r["grammar"]) for r, s in results.values())
    print(f"{len(results) - failed} of {len(results)} reports pass", file=sys.stderr)
    return 1 if failed or not results else 0  # nothing rendered is no pass


if __name__ == "__main__":
    raise SystemExit(main())
