"""`parse()`: a monev PDF to a Report, stage by stage."""

from __future__ import annotations

import gc
import os
import sys
import types
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from .errors import OgiError, UnknownReportError, shown
from .furniture import find_furniture
from .furniture.model import Furniture
from .grammar import Grammar, all_grammars, load_grammar
from .grammar.detect import Evidence, choose, evidence_of, fit
from .grammar.records import Assembler
from .layout import open_document
from .layout.model import Document, Page
from .layout.visibility import unassigned_reason
from .limits import Limits
from .models import (
    Accounting,
    Commitment,
    DocumentInfo,
    PageProblem,
    Report,
    Resolution,
    SourceInfo,
    UnassignedWord,
)
from .progress import Clock
from .sequence import read_sequence
from .tables import PageContent, split_page, stitch
from .tables.lexicon import build_vocabulary


def _doc_text(doc: Document) -> str:
    return "\n".join(" ".join(w.text for w in p.words) for p in doc.pages)


def detect_grammar(
    doc: Document,
    text: str | None = None,
    *,
    contents: Sequence[PageContent] | None = None,
    grammar_dirs: Sequence[str | os.PathLike[str]] = (),
) -> Grammar:
    """The known grammar (user folders and shipped) that explains the document clearly best.

    See `ogi_extract.grammar.detect`: grammars are scored on their cell labels
    opening table cells, their headings opening lines, their periods and title.
    """
    text = _doc_text(doc) if text is None else text
    if contents is None:
        contents = [split_page(page, set(), 0) for page in doc.pages]
    return choose(all_grammars(grammar_dirs), _evidence(doc, text, contents))


def _evidence(doc: Document, text: str, contents: Sequence[PageContent]) -> Evidence:
    heads = [cell.head() for c in contents for f in c.fragments for grp in f.groups for cell in grp.cells]
    lines = [ln.text for c in contents for ln in c.lines]
    cover = " ".join(w.text for w in doc.pages[0].words) if doc.pages else ""
    return evidence_of(heads, lines, text, doc.metadata.get("title"), cover)


def _resolver():  # type: ignore[no-untyped-def]
    try:
        from .match import resolve
    except ImportError:  # pragma: no cover - match stage absent
        return None

    def run(name: str) -> Resolution:
        return resolve(name)

    return run


def parse_document(
    doc: Document,
    grammar: Grammar | str | Path | None = None,
    *,
    file: str | None = None,
    grammar_dirs: Sequence[str | os.PathLike[str]] = (),
) -> Report:
    """Records of an already-opened document (see `parse`)."""
    clock = Clock()  # each stage's time, for `-v` (see `ogi_extract.progress`)
    text = _doc_text(doc)  # built once: detection, the edition check and the action plan read it
    g = load_grammar(grammar, grammar_dirs) if grammar else None
    if g is not None and g.detect and not all(p.search(text) for p in g.detect):
        raise UnknownReportError(f"not a monev report of edition {g.id} (its headings are missing)", path=file)
    # Detection reads the pages as every grammar would (furniture found by
    # repetition alone); the chosen grammar's hints matter only on a lone page.
    furniture = find_furniture(doc, hints=g.furniture_hints if g is not None else ())
    sequence = read_sequence(doc, furniture)
    clock.lap("furniture and page order")
    page_of: dict[int, int] = {}
    contents = []
    set_aside: list[UnassignedWord] = []
    hidden: list[UnassignedWord] = []  # words a reader does not see (see `layout.visibility`)
    sideways: list[int] = []
    ordinal = 0
    n_words = n_furniture = 0
    for page in doc.pages:
        for w in page.words:
            page_of[id(w)] = page.number
        skip = furniture.skip(page.number)
        n_words += len(page.words) + len(page.hidden)
        hidden.extend(
            UnassignedWord(text=w.text, page=page.number, box=w.box.rounded(), reason=unassigned_reason(w))
            for w in page.hidden
        )
        n_furniture += len(skip)
        if page.number in sequence.duplicates:
            set_aside.extend(_words_set_aside(page, skip, f"duplicate of page {sequence.duplicates[page.number]}"))
            continue
        if _runs_sideways(page, skip):
            sideways.append(page.number)
            set_aside.extend(_words_set_aside(page, skip, "text runs sideways"))
            continue
        content = split_page(page, skip, ordinal)
        ordinal += len(content.fragments)
        contents.append(content)
    clock.lap("tables")
    if g is None:
        try:
            g = detect_grammar(doc, text, contents=contents, grammar_dirs=grammar_dirs)
        except OgiError as exc:
            exc.path = exc.path or file
            raise
        if g.furniture_hints and _hints_matter(doc, furniture, g):
            return parse_document(doc, g, file=file)
    cells = [cell for c in contents for f in c.fragments for grp in f.groups for cell in grp.cells]
    vocabulary = build_vocabulary([*(ln for c in contents for ln in c.lines), *(ln for cell in cells for ln in cell.lines)], cells)
    assembler = Assembler(g, lambda w: page_of[id(w)], _resolver(), vocabulary)
    # Rows are joined across a page break only between neighbours in print,
    # which a repeated or missing page changes (see `ogi_extract.sequence`).
    items = stitch([replace(c, page=sequence.position[c.page]) for c in contents], assembler.starts_cell)
    out = assembler.feed(items)
    clock.lap("records")
    set_aside.extend(_over_fields(hidden, out.commitments))
    if grammar is not None and not any(b.targets for c in out.commitments for b in c.blocks):
        # a named grammar that reads no row: say so (exit 8), rather than 0 rows and success
        if not fit(g, _evidence(doc, text, contents)).explains:
            raise UnknownReportError(
                f"not a monev report of edition {g.id} (none of its cell labels opens a table cell)", path=file
            )
    unassigned = sorted([*out.unassigned, *set_aside], key=lambda u: u.page)
    periods = sorted(
        {t.period for c in out.commitments for b in c.blocks for t in b.targets if t.period},
        key=lambda p: (g.periods.index(p) if p in g.periods else len(g.periods), p),
    )
    title = (doc.metadata.get("title") or "").strip() or None
    plan = g.action_plan.search(title or "") or g.action_plan.search(text[:20000])
    unresolved = sorted(
        {
            b.implementer
            for c in out.commitments
            for b in c.blocks
            if b.implementer and b.implementer_match is not None and b.implementer_match.status != "matched"
        }
    )
    warnings = [*doc.warnings, *sequence.warnings, *out.warnings]
    warnings.extend(
        f"page {n}: its text runs sideways (content turned by 90 degrees on the page): "
        f"its rows cannot be read and its words are listed in 'unassigned'"
        for n in sideways
    )
    if not started(assembler):
        warnings.append(f"no commitment with target rows was found (grammar {g.id})")
    warnings.extend(_lost_words_warning(out.unassigned))
    summary = None
    if started(assembler):
        from .audit.frontmatter import read_summary

        summary = read_summary(doc, g) if g.frontmatter_ is not None else None
        clock.lap("front matter")
    report = Report(
        summary=summary,
        document=DocumentInfo(
            title=title,
            action_plan=" ".join(plan.group(0).split()) if plan else None,
            periods=periods,
        ),
        source=SourceInfo(
            file=file,
            sha256=doc.sha256 or None,
            pages=len(doc.pages),
            backend=doc.backend,
            grammar=g.id,
            grammar_sha256=g.sha256 or None,
        ),
        commitments=out.commitments,
        unassigned=unassigned,
        accounting=Accounting(
            words=n_words,
            furniture=n_furniture,
            outside=out.outside_words,
            assigned=out.assigned_words,
            unassigned=len(unassigned),
        ),
        unresolved_names=unresolved,
        page_problems=[PageProblem(page=n, reason=r) for n, r in sorted(doc.failed_pages.items())],
        warnings=warnings,
    )
    report.grammar = g
    return report


def _hints_matter(doc: Document, found: Furniture, g: Grammar) -> bool:
    """Whether the grammar's furniture hints change what is furniture (only on a report too short to repeat)."""
    hinted = find_furniture(doc, hints=g.furniture_hints)
    return any(found.skip(p.number) != hinted.skip(p.number) for p in doc.pages)


def _over_fields(hidden: list[UnassignedWord], commitments: list[Commitment]) -> list[UnassignedWord]:
    """Hidden words, each naming the field it lies over, if any: what a reader of that field was not shown.

    Hidden text over a field is how a figure is changed for machines and not
    for people (or what an OCR layer left behind); the reason says which
    field, so the value can be checked against the page.
    """
    if not hidden:
        return []
    pieces: dict[int, list[tuple[tuple[float, float, float, float], str]]] = {}
    for c in commitments:
        for b in c.blocks:
            for owner in (b, *b.targets):
                for name, found in owner.provenance.items():
                    for piece in found:
                        pieces.setdefault(piece.page, []).append((piece.box, f"{name} of {owner.id}"))
    out = []
    for u in hidden:
        x, y = (u.box[0] + u.box[2]) / 2, (u.box[1] + u.box[3]) / 2
        under = [what for (x0, top, x1, bottom), what in pieces.get(u.page, []) if x0 <= x <= x1 and top <= y <= bottom]
        out.append(u.model_copy(update={"reason": f"{u.reason} over {under[0]}"}) if under else u)
    return out


def _words_set_aside(page: Page, skip: set[int], reason: str) -> list[UnassignedWord]:
    """The body words of a page kept out of the records: in the report, each with the reason."""
    return [
        UnassignedWord(text=w.text, page=page.number, box=w.box.rounded(), reason=reason)
        for i, w in enumerate(page.words)
        if i not in skip
    ]


# A page whose words mostly stand upright (taller than wide, three letters or
# more) carries content turned by 90 degrees: a landscape table placed on a
# portrait page. Its lines run down the page, so no row of it can be read.
SIDEWAYS_SHARE = 0.5
SIDEWAYS_MIN_WORDS = 10


def _runs_sideways(page: Page, skip: set[int]) -> bool:
    long = [w for i, w in enumerate(page.words) if i not in skip and len(w.text) >= 3]
    upright = sum(1 for w in long if w.box.height > 1.5 * w.box.width)
    return len(long) >= SIDEWAYS_MIN_WORDS and upright > SIDEWAYS_SHARE * len(long)


def _page_ranges(pages: Iterable[int]) -> str:
    """'3, 7-9, 12' for pages 3, 7, 8, 9, 12."""
    spans: list[list[int]] = []
    for n in sorted(set(pages)):
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def _lost_words_warning(unassigned: list[UnassignedWord]) -> list[str]:
    """One line saying how many words of the records' pages found no field, where, and why.

    The words themselves are in `Report.unassigned`; the warning is what makes
    a person look there (a row cut by a missing page, a table of another shape).
    """
    if not unassigned:
        return []
    reasons = sorted({u.reason for u in unassigned})
    pages = [u.page for u in unassigned]
    noun = "word" if len(unassigned) == 1 else "words"
    return [
        f"{len(unassigned)} {noun} on page{'s' if len(set(pages)) > 1 else ''} {_page_ranges(pages)} "
        f"could not be assigned to a field ({'; '.join(reasons)}): see 'unassigned'"
    ]


def started(assembler: Assembler) -> bool:
    return bool(assembler.out.commitments) or assembler.started


def parse(
    path: str | os.PathLike[str] | bytes,
    grammar: Grammar | str | Path | None = None,
    *,
    backend: str = "pymupdf",
    limits: Limits | None = None,
    grammar_dirs: Sequence[str | os.PathLike[str]] = (),
) -> Report:
    """Read a monev PDF and return its records with provenance.

    `grammar` is an edition id, a grammar file (or a loaded `Grammar`), or None
    to pick the edition the PDF is of among every known grammar; `grammar_dirs`
    are folders of user grammars searched before `OGI_EXTRACT_GRAMMARS` and the
    shipped ones. The report keeps the grammar it was read with
    (`report.grammar`), so `ogi_extract.audit(report)` uses the same one.
    """
    with _no_cycle_collection():
        doc = open_document(path, backend=backend, limits=limits)
        name = None if isinstance(path, bytes) else shown(Path(path).name)
        return parse_document(doc, grammar, file=name, grammar_dirs=grammar_dirs)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause the cycle collector while a report is read.

    A report makes hundreds of thousands of small acyclic objects; the collector
    would walk them again and again (a 1000-page report spends a quarter of its
    time there, and per-page cost grows with length). Reference counting still
    frees them; the collector runs again afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _ParseModule(types.ModuleType):
    """`ogi_extract.parse` names both this module and its function: calling it parses."""

    def __call__(self, *args: Any, **kwargs: Any) -> Report:
        return parse(*args, **kwargs)


sys.modules[__name__].__class__ = _ParseModule
