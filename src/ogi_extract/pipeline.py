"""`read()`: a monev PDF to a Report, the stages in the order they run.

Every command (`convert`, `batch`, `audit`, `inspect`), the panel and the
Python API (`ogi_extract.parse`) read a report through `read`, so they record
the same source and honour the same limits. `read_document` is the list of
stages; each takes the value the one before made:

    layout       PDF bytes                  -> Document (pages of words)       `layout.open_document`
    furniture    Document                   -> Furniture (running heads)       `furniture.find_furniture`
    page order   Document, Furniture        -> PageSequence (print order)      `sequence.read_sequence`
    (pages)      Document, Furniture, order -> PageSort (pages read, set aside) `bookkeeping.sort_pages`
    tables       PageSort                   -> [PageContent] (lines, cells)    `tables.split_page` (`tables.remote`)
    grammar      Document, [PageContent]    -> Grammar (the edition)           `grammar.detect`
    front matter Document, [PageContent]    -> Summary (published figures)     `frontmatter.read_summary`
    records      [PageContent], Grammar     -> Assembly (commitments)          `tables.stitch`, `grammar.records`
    report       all of the above           -> Report                          `bookkeeping.build_report`

The front matter is read before the records because stitching rows across a
page break joins the cells of the page contents it is given.

The bookkeeping between stages (which pages are read, hidden words, the word
accounting, warnings) is in `ogi_extract.bookkeeping`; judging the report
(`ogi_extract.checks`) comes after reading, only when asked.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .bookkeeping import PageSort, build_report, hints_matter, sort_pages, started
from .errors import OgiError, UnknownReportError, shown
from .frontmatter import read_summary
from .furniture import find_furniture
from .grammar import Grammar, all_grammars, load_grammar
from .grammar.detect import Evidence, choose, evidence_of, fit
from .grammar.tolerant import detects
from .grammar.records import Assembler, Assembly
from .layout import open_and_keep
from .layout.model import Document
from .limits import DEFAULT_LIMITS, Limits
from .models import Report, Resolution
from .models.summary import Summary
from .progress import Clock
from .sequence import PageSequence as PageOrder
from .sequence import read_sequence
from .tables import PageContent, split_page, stitch
from .tables.language import words_for
from .tables.page_ends import lines_at_breaks
from .tables.vocabulary import build_vocabulary
from .tables.remote import split_read_pages

if TYPE_CHECKING:
    from .checks.findings import Finding
    from .layout.kept import PageProcesses

Source = str | os.PathLike[str] | bytes


def read(
    path: Source,
    *,
    grammar: Grammar | str | Path | None = None,
    grammar_dirs: Sequence[str | os.PathLike[str]] = (),
    backend: str = "pymupdf",
    limits: Limits | None = None,
    audit: bool = False,
    jobs: int = 1,
) -> Report:
    """Read a monev PDF into its records, summary and (with `audit`) findings.

    `grammar` is an edition id, a grammar file (or a loaded `Grammar`), or None
    to pick the edition among every known grammar (`grammar_dirs` first). The
    report keeps the grammar (`report.grammar`), the limits it was read under
    (`report.limits`) and, with `audit`, the findings (`report.findings`). The
    source is recorded as the file's name, never its folder. Typed errors
    (`ogi_extract.errors`) say why a PDF cannot be read. `jobs` above 1 reads
    a long report's pages in that many processes (the layout stage, see
    `ogi_extract.layout.parallel`), and those processes split their pages'
    tables (`ogi_extract.tables.remote`); the report is the same as with one.
    """
    limits = limits or DEFAULT_LIMITS
    with _no_cycle_collection():
        doc, held = open_and_keep(path, backend=backend, limits=limits, jobs=jobs)
        with held or nullcontext():
            file = source_name(path)
            return read_opened(
                doc, file, grammar=grammar, grammar_dirs=grammar_dirs, limits=limits, audit=audit, held=held
            )


def read_opened(
    doc: Document,
    file: str | None,
    *,
    grammar: Grammar | str | Path | None = None,
    grammar_dirs: Sequence[str | os.PathLike[str]] = (),
    limits: Limits | None = None,
    audit: bool = False,
    held: PageProcesses | None = None,
) -> Report:
    """`read` on a document already opened under `limits` (`inspect` draws its pages too).

    `held`: the page processes that read the document and hold its pages still
    (`layout.open_and_keep`), to split their pages' tables there.
    """
    with _no_cycle_collection():
        report = read_document(doc, grammar, file=file, grammar_dirs=grammar_dirs, held=held)
    report.limits = limits or DEFAULT_LIMITS
    if audit:
        clock = Clock()
        report.findings = judge(report, doc)
        clock.lap("audit")
    return report


def source_name(path: Source) -> str | None:
    """How every command records a PDF's source: its file name (no folder), None for bytes."""
    return None if isinstance(path, bytes) else shown(Path(path).name)


def read_document(
    doc: Document,
    grammar: Grammar | str | Path | None = None,
    *,
    file: str | None = None,
    grammar_dirs: Sequence[str | os.PathLike[str]] = (),
    held: PageProcesses | None = None,
) -> Report:
    """The stages on an opened document, in order (see the module docstring)."""
    clock = Clock()  # each stage's time, for `-v` (see `ogi_extract.progress`)
    text = document_text(doc)  # built once: detection, the edition check and the action plan read it
    named = load_grammar(grammar, grammar_dirs) if grammar else None
    ocr = read_by_ocr(doc)  # words from a scan's OCR: labels read through its confusions
    check_named(named, text, file, ocr)
    # Detection reads the pages as every grammar would (furniture found by
    # repetition alone); the chosen grammar's hints matter only on a lone page.
    furniture = find_furniture(doc, hints=named.furniture_hints if named is not None else ())
    order = read_sequence(doc, furniture)
    pages = sort_pages(doc, furniture, order)
    clock.lap("furniture and page order")
    contents = split_pages(pages, held)
    clock.lap("tables")
    g = named or detect(doc, text, contents, grammar_dirs, file, ocr)
    if named is None and g.furniture_hints and hints_matter(doc, furniture, g):
        return read_document(doc, g, file=file, held=held)
    summary = read_front_matter(doc, g, contents)  # before the records: joining rows across pages changes cells
    clock.lap("front matter")
    assembler, records = read_records(g, contents, order, ocr=ocr)
    clock.lap("records")
    if named is not None and not any(b.targets for c in records.commitments for b in c.blocks):
        check_rows(g, doc, text, contents, file)
    summary = summary if started(assembler) else None
    report = build_report(doc, g, text, file, pages, order, records, summary, started(assembler))
    if started(assembler) and not any(b.targets for c in records.commitments for b in c.blocks):
        report.warnings.append(no_rows_reason(doc, contents, g.id))
    report.grammar = g
    return report


# -- the stages ----------------------------------------------------------------


def split_pages(pages: PageSort, held: PageProcesses | None = None) -> list[PageContent]:
    """Tables and loose lines of each page read, furniture left out, fragments numbered in order.

    The pages `held` by a page process are split there (`tables.remote`).
    """
    return split_read_pages(pages.read, held)


def detect(
    doc: Document,
    text: str,
    contents: Sequence[PageContent],
    grammar_dirs: Sequence[str | os.PathLike[str]],
    file: str | None,
    ocr: bool = False,
) -> Grammar:
    """The edition, when none was named: the errors name the file."""
    try:
        return detect_grammar(doc, text, contents=contents, grammar_dirs=grammar_dirs)
    except UnknownReportError as exc:
        # Words read by OCR may carry its confusions ("Komitmen" as "Kornitmen"):
        # the edition whose headings occur through them is taken.
        if ocr:
            for g in sorted(all_grammars(grammar_dirs), key=lambda g: g.id, reverse=True):
                if detects(g, text, True):
                    return g
        exc.path = exc.path or file
        raise
    except OgiError as exc:
        exc.path = exc.path or file
        raise


def read_records(
    g: Grammar, contents: list[PageContent], order: PageOrder, *, ocr: bool = False
) -> tuple[Assembler, Assembly]:
    """Commitments, blocks and target rows, rows joined across page breaks in print order."""
    cells = [cell for c in contents for f in c.fragments for grp in f.groups for cell in grp.cells]
    vocabulary = build_vocabulary(
        [*(ln for c in contents for ln in (*c.run_on, *c.lines)), *(ln for cell in cells for ln in cell.lines)],
        cells,
        words_for(g.language, g.enclitics, g.prefixes, g.suffixes),
        lines_at_breaks(c.fragments for c in contents),
    )
    assembler = Assembler(g, _resolver(), vocabulary, ocr=ocr)
    # Rows are joined across a page break only between neighbours in print,
    # which a repeated or missing page changes (see `ogi_extract.sequence`).
    items = stitch([replace(c, page=order.position[c.page]) for c in contents], assembler.starts_cell)
    return assembler, assembler.feed(items)


def read_front_matter(doc: Document, g: Grammar, contents: Sequence[PageContent]) -> Summary | None:
    """The published figures, for a grammar that says where they are, from the pages the tables stage split."""
    return read_summary(doc, g, contents) if g.frontmatter_ is not None else None


def judge(report: Report, doc: Document) -> list[Finding]:
    """The audit's findings (`ogi_extract.checks`), with the grammar the report was read with.

    A report without records still has front matter to audit: it is read then.
    """
    from .checks import audit  # judging sits above reading: imported only when asked

    summary = report.summary
    if summary is None:
        summary = read_summary(doc, report.grammar)
    return list(audit(report, summary=summary, grammar=report.grammar))


# -- the grammar -----------------------------------------------------------------


def document_text(doc: Document) -> str:
    return "\n".join(" ".join(w.text for w in p.words) for p in doc.pages)


def read_by_ocr(doc: Document) -> bool:
    """Whether the words came from OCR (a scan, see `ogi_extract.layout.scan`): read through its confusions."""
    return any(hasattr(w, "confidence") for p in doc.pages for w in p.words)


def no_rows_reason(doc: Document, contents: Sequence[PageContent], grammar_id: str) -> str:
    """Why a report with text gave no target row: never an empty result without a word."""
    tables = sum(len(c.fragments) for c in contents)
    if not any(p.rulings for p in doc.pages):
        why = "no page has ruling lines, so no table was found (a scan or a page image needs its rules readable)"
    elif not tables:
        why = "the ruling lines on the pages form no table"
    else:
        why = f"{tables} table fragments were found but no row starts with a target label of grammar {grammar_id}"
    return f"no target rows were read: {why}"


def check_named(g: Grammar | None, text: str, file: str | None, ocr: bool = False) -> None:
    """A named edition whose headings are missing: not a report of it (exit 8)."""
    if g is not None and g.detect and not detects(g, text, ocr):
        raise UnknownReportError(f"not a monev report of edition {g.id} (its headings are missing)", path=file)


def check_rows(g: Grammar, doc: Document, text: str, contents: Sequence[PageContent], file: str | None) -> None:
    """A named grammar that reads no row: say so (exit 8), rather than 0 rows and success."""
    if not fit(g, evidence(doc, text, contents)).explains:
        raise UnknownReportError(
            f"not a monev report of edition {g.id} (none of its cell labels opens a table cell)", path=file
        )


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
    text = document_text(doc) if text is None else text
    if contents is None:
        contents = [split_page(page, set(), 0) for page in doc.pages]
    return choose(all_grammars(grammar_dirs), evidence(doc, text, contents))


def evidence(doc: Document, text: str, contents: Sequence[PageContent]) -> Evidence:
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
