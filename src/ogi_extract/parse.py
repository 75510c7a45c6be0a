"""`parse()`: a monev PDF to a Report, stage by stage."""

from __future__ import annotations

import gc
import os
import sys
import types
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from .errors import UnknownReportError
from .furniture import find_furniture
from .grammar import Grammar, available_grammars, load_grammar
from .grammar.records import Assembler
from .grammar.tolerant import detects
from .layout import open_document
from .layout.model import Document, Page
from .limits import Limits
from .models import Accounting, DocumentInfo, PageProblem, Report, Resolution, SourceInfo, UnassignedWord
from .sequence import read_sequence
from .tables import split_page, stitch
from .tables.lexicon import build_vocabulary


def _doc_text(doc: Document) -> str:
    return "\n".join(" ".join(w.text for w in p.words) for p in doc.pages)


def detect_grammar(doc: Document, text: str | None = None) -> Grammar:
    """The grammar whose detection patterns all occur in the document (latest edition first)."""
    text = _doc_text(doc) if text is None else text
    ocr = _read_by_ocr(doc)
    for path in sorted(available_grammars(), reverse=True):
        g = load_grammar(path)
        if detects(g, text, ocr):
            return g
    raise UnknownReportError("not a monev report of any known edition (no grammar matches its text)")


def _read_by_ocr(doc: Document) -> bool:
    """Whether the words came from OCR (a scan, see `ogi_extract.scan`): read through its confusions."""
    return any(hasattr(w, "confidence") for p in doc.pages for w in p.words)


def _resolver():  # type: ignore[no-untyped-def]
    try:
        from .match import resolve
    except ImportError:  # pragma: no cover - match stage absent
        return None

    def run(name: str) -> Resolution:
        return resolve(name)

    return run


def parse_document(doc: Document, grammar: Grammar | str | Path | None = None, *, file: str | None = None) -> Report:
    """Records of an already-opened document (see `parse`)."""
    text = _doc_text(doc)  # built once: detection, the edition check and the action plan read it
    try:
        g = (
            grammar
            if isinstance(grammar, Grammar)
            else (load_grammar(grammar) if grammar else detect_grammar(doc, text))
        )
    except UnknownReportError as exc:
        exc.path = exc.path or file
        raise
    if grammar is not None and g.detect and not detects(g, text, _read_by_ocr(doc)):
        raise UnknownReportError(f"not a monev report of edition {g.id} (its headings are missing)", path=file)
    furniture = find_furniture(doc, hints=[p.pattern for p in g.furniture_hints])
    sequence = read_sequence(doc, furniture)
    page_of: dict[int, int] = {}
    contents = []
    set_aside: list[UnassignedWord] = []
    sideways: list[int] = []
    ordinal = 0
    n_words = n_furniture = 0
    for page in doc.pages:
        for w in page.words:
            page_of[id(w)] = page.number
        skip = furniture.skip(page.number)
        n_words += len(page.words)
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
    cells = [cell for c in contents for f in c.fragments for grp in f.groups for cell in grp.cells]
    vocabulary = build_vocabulary([*(ln for c in contents for ln in c.lines), *(ln for cell in cells for ln in cell.lines)], cells)
    assembler = Assembler(g, lambda w: page_of[id(w)], _resolver(), vocabulary, ocr=_read_by_ocr(doc))
    # Rows are joined across a page break only between neighbours in print,
    # which a repeated or missing page changes (see `ogi_extract.sequence`).
    items = stitch([replace(c, page=sequence.position[c.page]) for c in contents], assembler.starts_cell)
    out = assembler.feed(items)
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
    elif not any(b.targets for c in out.commitments for b in c.blocks):
        warnings.append(_no_rows_reason(doc, contents, g.id))
    warnings.extend(_lost_words_warning(out.unassigned))
    summary = None
    if started(assembler):
        from .audit.frontmatter import read_summary

        summary = read_summary(doc, str(g.path))
    return Report(
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


def _no_rows_reason(doc: Document, contents: list[Any], grammar_id: str) -> str:
    """Why a report with text gave no target row: never an empty result without a word."""
    tables = sum(len(c.fragments) for c in contents)
    if not any(p.rulings for p in doc.pages):
        why = "no page has ruling lines, so no table was found (a scan or a page image needs its rules readable)"
    elif not tables:
        why = "the ruling lines on the pages form no table"
    else:
        why = f"{tables} table fragments were found but no row starts with a target label of grammar {grammar_id}"
    return f"no target rows were read: {why}"


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
) -> Report:
    """Read a monev PDF and return its records with provenance.

    `grammar` is an edition id, a grammar file, or None to pick the edition
    whose headings the PDF carries.
    """
    with _no_cycle_collection():
        doc = open_document(path, backend=backend, limits=limits)
        name = None if isinstance(path, bytes) else Path(path).name
        return parse_document(doc, grammar, file=name)


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
