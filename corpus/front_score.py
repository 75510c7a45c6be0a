"""How well the audit reads and judges a corpus report's front matter, against the generator's truth.

    python -m corpus.front_score                     # a few seeds per engine, writes bench/FRONT.md
    python -m corpus.front_score --engines chromium --seeds 1 2

Two measures per report. Figures: every published value of the truth
(`front_layout.FrontMatter.truth`, shaped as `Summary.figures()`) against what the
parser read (`report.summary.figures()`); lists of names count per name, rows of a
table per cell. Findings: the audit's errors and warnings, each explained by the
injected discrepancy (its check is one the injection names) or false; recall is
the share of the injection's checks that fired. The audit is run twice: on the
summary the parser read, and on the truth itself. The second run's false findings
come from the detail (a misread target row) or the audit's own derivation, not from
the front-matter reader, which tells the two causes apart.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ogi_extract.synth.content import SpecParams

from .document import Document, make_document
from .front import INJECTIONS, Injection
from .wording import EDITIONS, USER_GRAMMARS

OUT = Path(__file__).resolve().parent.parent / "bench" / "FRONT.md"
ENGINES = ("chromium", "weasyprint", "wkhtmltopdf", "libreoffice", "typst", "reportlab", "pdflatex", "lualatex")
SEEDS = (1, 2, 3, 4, 7, 8)  # between them: pies of both kinds, captions below, a list pushed, a list broken
SEVERE = ("error", "warning")
# Checks that say what could not be read or counted: no alarm about the report, so never a false one.
UNREAD = ("figure-incomplete", "detail-unread", "summary-missing")
CHECK_COLUMNS = (
    "list-missing", "count-vs-list", "pie-percent-list", "pie-percent-count", "lists-vs-stated", "stated-count",
    "table-cell", "percent-line-detail", "commitment-grade", "cocreation-grade", "table7-unresolved",
    "detail-not-in-table7", "table7-not-in-detail", "score-scale",
)


def front_params(edition: str, breaks_rows: bool = True) -> SpecParams:
    """A report of five to eight commitments: lists and table 7 long enough to share and cross pages.

    For an engine that cannot break a row, no cell longer than a page, as the corpus gives it (`build.Entry`).
    """
    return SpecParams(commitments=(5, 8), measures=(1, 2), implementers=(1, 3), targets=(1, 2),
                      periods=EDITIONS[edition].periods, wording=EDITIONS[edition].content,
                      **({} if breaks_rows else {"long_cell": 0.0}))


# The editions whose front matter `corpus.front_layout` prints: it draws the Indonesian
# captions, headings and sentences of the 2021 and 2022 reports, so a relabelled or
# English edition would print a front matter its own grammar does not read.
FRONT_EDITIONS: tuple[str, ...] = ("2021", "2022")


def flatten(node: Any, path: str = "") -> Counter[tuple[str, str]]:
    """The figures as (path, value) pairs; names in a list count once each, rows keyed by number or grade."""
    out: Counter[tuple[str, str]] = Counter()
    if isinstance(node, dict):
        for key, value in node.items():
            out += flatten(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            if isinstance(item, dict):
                key = item.get("number", item.get("grade", i)) if "range" not in item else i
                out += flatten(item, f"{path}/{key}")
            else:
                out[(path, " ".join(str(item).split()))] += 1
    else:
        out[(path, " ".join(str(node).split()))] += 1
    return out


@dataclass
class FrontScore:
    figures: int = 0
    figures_right: int = 0
    extra: int = 0  # figures read that the report does not publish
    differences: list[str] = field(default_factory=list)
    findings: int = 0  # errors and warnings on the summary read
    false: list[str] = field(default_factory=list)
    false_on_truth: list[str] = field(default_factory=list)  # the same audit on the true summary
    expected: tuple[str, ...] = ()
    found: tuple[str, ...] = ()
    missed_by_section: Counter[str] = field(default_factory=Counter)  # figures missed, by the summary's section
    said_unread: list[str] = field(default_factory=list)  # items saying what the audit could not read or count
    unread: str | None = None  # the error that stopped the parse, when the report could not be read at all

    @property
    def false_from_reader(self) -> list[str]:
        """The false findings that the true summary does not give: the front-matter reader's doing."""
        on_truth = Counter(self.false_on_truth)
        out = []
        for item in self.false:
            if on_truth[item]:
                on_truth[item] -= 1
            else:
                out.append(item)
        return out

    @property
    def recall(self) -> float:
        return 1.0 if not self.expected else len(self.found) / len(self.expected)


def score_figures(read: dict[str, Any] | None, truth: dict[str, Any], out: FrontScore) -> None:
    want, got = flatten(truth), flatten(read or {})
    out.figures = sum(want.values())
    out.figures_right = sum((want & got).values())
    out.extra = sum((got - want).values())
    out.missed_by_section = Counter(_section(path) for path, _ in (want - got).elements())
    for path, value in sorted((want - got).elements())[:40]:
        out.differences.append(f"missed {path} = {value!r}")
    for path, value in sorted((got - want).elements())[:40]:
        out.differences.append(f"read {path} = {value!r}")


def _section(path: str) -> str:
    """"/commitment_admin/lists/Baik" -> "commitment_admin/lists"; "/stated_counts/csos" -> "stated_counts"."""
    parts = path.strip("/").split("/")
    if parts[0] in ("commitment_admin", "commitment_cocreation"):
        return "/".join(parts[:2])
    if parts[0] == "target_admin_tables" and len(parts) > 2:
        return f"target_admin_tables/{'published_percent' if parts[2] == 'published_percent' else 'cells'}"
    return parts[0]


def _judge(findings: list[Any], injection: Injection | None) -> tuple[list[str], tuple[str, ...]]:
    """(false causes, the injection's checks that fired).

    The audit shows one item per cause (`ogi_extract.checks.causes`): a cause with
    the findings that follow from it is one alarm, explained when any of its
    findings is of a check the injection names, and counted once when false.
    """
    from ogi_extract.checks.causes import groups, severity

    expected = injection.checks if injection else ()
    false = [
        f"{root.check}: {root.message}"
        for root, rest in groups(findings)
        if severity(root, rest) in SEVERE and root.check not in UNREAD
        and not any(f.check in expected for f in (root, *rest))
    ]
    found = tuple(sorted({f.check for f in findings if f.severity in SEVERE and f.check in expected}))
    return false, found


def _unread(findings: list[Any]) -> list[str]:
    """The items that say what could not be read (and what follows from it), not that the report is wrong."""
    from ogi_extract.checks.causes import groups

    return [f"{root.check}: {root.message}" for root, _ in groups(findings) if root.check in UNREAD]


def score_front(report: Any, truth: dict[str, Any], injection: Injection | None = None) -> FrontScore:
    """The figures a parsed report read against `truth` (a `.front.json`), and its audit judged against `injection`."""
    import ogi_extract
    from ogi_extract.checks.causes import groups, severity

    out = FrontScore()
    score_figures(report.summary.figures() if report.summary else None, truth, out)
    findings = ogi_extract.audit(report)
    out.findings = sum(1 for root, rest in groups(findings) if severity(root, rest) in SEVERE)
    out.expected = injection.checks if injection else ()
    out.false, out.found = _judge(findings, injection)
    out.said_unread = _unread(findings)
    return out


def false_on_truth(report: Any, truth: dict[str, Any], injection: Injection | None = None) -> list[str]:
    """The false findings of the audit given the true summary: the detail's or the audit's doing, not the reader's."""
    import ogi_extract
    from ogi_extract.models.summary import Summary

    return _judge(ogi_extract.audit(report, summary=Summary.model_validate(truth)), injection)[0]


def score_report(report: Any, document: Document) -> FrontScore:
    """The front matter of a parsed report against the truth of its document."""
    if document.front is None:
        raise ValueError("the document has no front matter")
    out = score_front(report, document.front.truth, document.front.injection)
    out.false_on_truth = false_on_truth(report, document.front.truth, document.front.injection)
    return out


def measure(engine_name: str, seed: int, edition: str, inject: str | None, workdir: Path) -> tuple[FrontScore, dict[str, Any]]:
    """Render one document with front matter, parse it, score it; and say how much of the detail was read."""
    import ogi_extract

    from .engines import engine
    from .look import random_look
    from .score import score

    from .build import ROW_WORDS
    from .engines import CannotRender

    module = engine(engine_name)
    font = module.FONTS[seed % len(module.FONTS)]
    breaks = getattr(module, "BREAKS_ROWS", True)
    # A row the engine cannot lay out whole: cells short enough for a page, as the corpus gives it
    # (`build.Entry.row_words`); an engine that cannot break a row gets them from the start.
    tries = (None, ROW_WORDS) if breaks else (ROW_WORDS, ROW_WORDS // 2, ROW_WORDS // 4)
    for words in tries:
        document = make_document(seed, edition, params=front_params(edition, breaks), front=True, inject=inject,
                                 row_words=words)
        try:
            pdf = module.render(document, random_look(seed, font), workdir)
            break
        except CannotRender:
            if words == tries[-1]:
                raise
    cut = f", detail cells cut to {words} words" if words else ""
    path = workdir / "front.pdf"
    path.write_bytes(pdf)
    record = {"engine": engine_name, "font": font, "seed": seed, "edition": edition, "inject": inject,
              "layout": _layout(document) + cut}
    try:
        # the user grammars read the editions no shipped grammar knows, as a user's folder would
        report = ogi_extract.parse(path, grammar_dirs=[USER_GRAMMARS])
    except ogi_extract.errors.OgiError as exc:  # the report is not read at all: no figure, no finding
        unread = FrontScore(unread=f"{type(exc).__name__}: {exc}")
        score_figures(None, document.front.truth if document.front else {}, unread)
        injection = document.front.injection if document.front else None
        unread.expected = injection.checks if injection else ()  # an injection in an unread report is missed
        return unread, {**record, "rows": f"0/{document.target_count}", "detail_fields": 0.0}
    detail = score(report, document.truth())
    record.update(rows=f"{detail.rows_found}/{detail.rows}", detail_fields=round(detail.field_share, 4))
    return score_report(report, document), record


def _layout(document: Document) -> str:
    """The front layout in a few words: "vector pie, captions below, header repeated, list 3 pushed"."""
    if document.front is None:
        return ""
    lay = document.front.layout
    words = [f"{lay.pie} pie"]
    words += ["captions below"] if lay.caption_below else []
    words += ["header repeated"] if lay.repeat_header else []
    words += [f"list {lay.push + 1} pushed {lay.push_height:.0f}pt"] if lay.push is not None else []
    words += [f"list {lay.split + 1} broken"] if lay.split is not None else []
    return ", ".join(words)


def _pct(right: int, total: int) -> str:
    return "100 %" if right == total else f"{100.0 * right / max(total, 1):.1f} %"


def table(results: list[tuple[FrontScore, dict[str, Any]]]) -> str:
    lines = [
        "# Front matter: what the audit reads and finds on reports by real producers",
        "",
        "Made by `python -m corpus.front_score`: documents of `corpus.front_layout` (seeds, clean and with one",
        "injected discrepancy each), rendered, parsed, audited. *figures right*: published values read as the",
        "truth has them; *false*: errors and warnings no injected discrepancy explains, on the summary read and",
        "(*on truth*) when the audit is given the true summary (so caused by the detail or the audit itself);",
        "*recall*: the injections' checks that fired; *detail rows*: target rows the parser found. Findings and",
        "false ones are counted as the audit shows them, one per cause (a finding that follows from another,",
        "`caused_by`, is part of its cause's item); *unread*: reports the parser refused (no figure, no finding);",
        "*said unread*: items that say what the audit could not read or count (a figure read in part, a target row",
        "of no known implementer or with an unreadable score), which are no alarm about the report.",
        "",
        "| producer | edition | reports | unread | figures right | extra read | findings | false | of which the reader's | false on truth | said unread | recall | detail rows |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    by_engine: dict[str, list[tuple[FrontScore, dict[str, Any]]]] = {}
    by_edition: dict[tuple[str, str], list[tuple[FrontScore, dict[str, Any]]]] = {}
    for s, record in results:
        by_engine.setdefault(record["engine"], []).append((s, record))
        by_edition.setdefault((record["engine"], record["edition"]), []).append((s, record))
    for (name, edition), items in by_edition.items():
        figures = sum(s.figures for s, _ in items)
        right = sum(s.figures_right for s, _ in items)
        expected = sum(len(s.expected) for s, _ in items)
        found = sum(len(s.found) for s, _ in items)
        rows = [tuple(map(int, r["rows"].split("/"))) for _, r in items]
        lines.append(
            f"| {name} | {edition} | {len(items)} | {sum(1 for s, _ in items if s.unread)} | {_pct(right, figures)} | "
            f"{sum(s.extra for s, _ in items)} | "
            f"{sum(s.findings for s, _ in items)} | {sum(len(s.false) for s, _ in items)} | "
            f"{sum(len(s.false_from_reader) for s, _ in items)} | "
            f"{sum(len(s.false_on_truth) for s, _ in items)} | {sum(len(s.said_unread) for s, _ in items)} | "
            f"{found}/{expected} | "
            f"{sum(a for a, _ in rows)}/{sum(b for _, b in rows)} |"
        )
    sections = sorted({k for s, _ in results for k in s.missed_by_section})
    if sections:
        lines += ["", "Figures missed, by section of the summary:", "",
                  "| producer | " + " | ".join(sections) + " |", "|---|" + "---:|" * len(sections)]
        for name, items in by_engine.items():
            total: Counter[str] = Counter()
            for s, _ in items:
                total += s.missed_by_section
            lines.append(f"| {name} | " + " | ".join(str(total[k]) for k in sections) + " |")
    lines += ["", "False findings by check: the reader's (absent on the true summary) / on the true summary:", "",
              "| producer | " + " | ".join(CHECK_COLUMNS) + " |", "|---|" + "---:|" * len(CHECK_COLUMNS)]
    for name, items in by_engine.items():
        reader = Counter(f.split(":")[0] for s, _ in items for f in s.false_from_reader)
        on_truth = Counter(f.split(":")[0] for s, _ in items for f in s.false_on_truth)
        lines.append(f"| {name} | " + " | ".join(f"{reader[c]} / {on_truth[c]}" for c in CHECK_COLUMNS) + " |")
    lines += ["", "Per report:", "", "| report | layout | inject | figures right | false | of which the reader's | false on truth | recall | detail rows |",
              "|---|---|---|---:|---:|---:|---:|---:|---:|"]
    for s, r in results:
        lines.append(
            f"| {r['engine']}-{r['font']}-{r['edition']}-s{r['seed']} | {r['layout']}"
            f"{' (unread: ' + s.unread.split(':')[0] + ')' if s.unread else ''} | {r['inject'] or '—'} | "
            f"{s.figures_right}/{s.figures} | {len(s.false)} | {len(s.false_from_reader)} | {len(s.false_on_truth)} | "
            f"{len(s.found)}/{len(s.expected)} | {r['rows']} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engines", nargs="+", default=list(ENGINES))
    parser.add_argument("--seeds", nargs="+", type=int, default=list(SEEDS))
    parser.add_argument("--editions", nargs="+", default=list(FRONT_EDITIONS), choices=list(FRONT_EDITIONS))
    parser.add_argument("--json", type=Path, help="also write every score, with its differences, here")
    args = parser.parse_args(argv)
    results = []
    for e, name in enumerate(args.engines):
        for seed, edition in ((seed, edition) for edition in args.editions for seed in args.seeds):
            for inject in (None, INJECTIONS[(seed + e) % len(INJECTIONS)]):
                with tempfile.TemporaryDirectory(prefix="front-") as tmp:
                    s, record = measure(name, seed, edition, inject, Path(tmp))
                results.append((s, record))
                print(f"{name} {edition} s{seed} {inject or 'clean'}: figures {s.figures_right}/{s.figures} false {len(s.false)} "
                      f"(on truth {len(s.false_on_truth)}) recall {len(s.found)}/{len(s.expected)} rows {record['rows']}",
                      file=sys.stderr)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(table(results), encoding="utf-8")
    if args.json:
        rows = [{**r, **s.__dict__, "false_from_reader": s.false_from_reader} for s, r in results]
        args.json.write_text(json.dumps(rows, indent=1, default=str), encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
