"""The bookkeeping between the reading stages: which pages are read, and the report's accounts.

`ogi_extract.pipeline` runs the stages; what it must also keep track of lives
here, each in a named helper: pages set aside (a duplicate, content turned
sideways) and the words a reader does not see (`sort_pages`), hidden words
over a field, the word accounting, the warnings, the periods in the edition's
order, the action plan, and the report built from all of them (`build_report`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .furniture import find_furniture, hints_apply
from .furniture.model import Furniture
from .grammar import Grammar
from .grammar.records import Assembler, Assembly
from .layout.model import Document, Page
from .layout.visibility import unassigned_reason
from .models import (
    Accounting,
    Commitment,
    DocumentInfo,
    PageProblem,
    Report,
    SourceInfo,
    UnassignedWord,
)
from .models.summary import Summary
from .sequence import PageSequence


@dataclass
class PageSort:
    """The pages the tables stage reads (each with its furniture word indexes), and what the others left."""

    read: list[tuple[Page, set[int]]] = field(default_factory=list)
    set_aside: list[UnassignedWord] = field(default_factory=list)  # body words of pages not read, with why
    hidden: list[UnassignedWord] = field(default_factory=list)  # words a reader does not see
    sideways: list[int] = field(default_factory=list)
    words: int = 0
    furniture: int = 0


def sort_pages(doc: Document, furniture: Furniture, order: PageSequence) -> PageSort:
    """Every page read, or set aside with its words named: a repeated page, content running sideways.

    Hidden words (see `layout.visibility`) and furniture are counted here, so
    that the accounting covers every word of the PDF.
    """
    out = PageSort()
    for page in doc.pages:
        skip = furniture.skip(page.number)
        out.words += len(page.words) + len(page.hidden)
        out.hidden.extend(
            UnassignedWord(text=w.text, page=page.number, box=w.box.rounded(), reason=unassigned_reason(w))
            for w in page.hidden
        )
        out.furniture += len(skip)
        if page.number in order.duplicates:
            out.set_aside.extend(_words_set_aside(page, skip, f"duplicate of page {order.duplicates[page.number]}"))
            continue
        if _runs_sideways(page, skip):
            out.sideways.append(page.number)
            out.set_aside.extend(_words_set_aside(page, skip, "text runs sideways"))
            continue
        out.read.append((page, skip))
    return out


def build_report(
    doc: Document,
    g: Grammar,
    text: str,
    file: str | None,
    pages: PageSort,
    order: PageSequence,
    records: Assembly,
    summary: Summary | None,
    found: bool,
) -> Report:
    """The report of the stages' values: records, summary, accounting, warnings, source."""
    unassigned = sorted([*records.unassigned, *pages.set_aside, *_over_fields(pages.hidden, records.commitments)], key=lambda u: u.page)
    title = (doc.metadata.get("title") or "").strip() or None
    plan = g.action_plan.search(title or "") or g.action_plan.search(text[:20000])
    return Report(
        summary=summary,
        document=DocumentInfo(
            title=title,
            action_plan=" ".join(plan.group(0).split()) if plan else None,
            periods=periods(g, records.commitments),
        ),
        source=SourceInfo(
            file=file,
            sha256=doc.sha256 or None,
            pages=len(doc.pages),
            backend=doc.backend,
            grammar=g.id,
            grammar_sha256=g.sha256 or None,
        ),
        commitments=records.commitments,
        unassigned=unassigned,
        accounting=Accounting(
            words=pages.words,
            furniture=pages.furniture,
            outside=records.outside_words,
            assigned=records.assigned_words,
            unassigned=len(unassigned),
        ),
        unresolved_names=unresolved_names(records.commitments),
        page_problems=[PageProblem(page=n, kind=f.kind, reason=f.reason) for n, f in sorted(doc.failed_pages.items())],
        warnings=warnings(doc, g, order, records, pages.sideways, found),
    )


def periods(g: Grammar, commitments: list[Commitment]) -> list[str]:
    """The periods of the target rows, in the edition's order (unknown ones after, by name)."""
    return sorted(
        {t.period for c in commitments for b in c.blocks for t in b.targets if t.period},
        key=lambda p: (g.periods.index(p) if p in g.periods else len(g.periods), p),
    )


def unresolved_names(commitments: list[Commitment]) -> list[str]:
    """Implementers the registry did not match."""
    return sorted(
        {
            b.implementer
            for c in commitments
            for b in c.blocks
            if b.implementer and b.implementer_match is not None and b.implementer_match.status != "matched"
        }
    )


def warnings(
    doc: Document, g: Grammar, order: PageSequence, records: Assembly, sideways: list[int], found: bool
) -> list[str]:
    """What a reader of the report must know: repairs, page order, sideways pages, lost words."""
    out = [*doc.warnings, *order.warnings, *records.warnings]
    out.extend(
        f"page {n}: its text runs sideways (content turned by 90 degrees on the page): "
        f"its rows cannot be read and its words are listed in 'unassigned'"
        for n in sideways
    )
    if not found:
        out.append(f"no commitment with target rows was found (grammar {g.id})")
    out.extend(lost_words_warning(records.unassigned))
    return out


def hints_matter(doc: Document, found: Furniture, g: Grammar) -> bool:
    """Whether the grammar's furniture hints change what is furniture (only on a report too short to repeat)."""
    if not hints_apply(doc):
        return False  # the hints are not read at all: the furniture found is the one they would give
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
    # body words of three letters or more, and those taller than wide (every page: comprehensions)
    boxes = [w.box for i, w in enumerate(page.words) if len(w.text) >= 3 and i not in skip]
    long = len(boxes)
    if long < SIDEWAYS_MIN_WORDS:
        return False
    upright = sum([1 for b in boxes if b.bottom - b.top > 1.5 * (b.x1 - b.x0)])
    return upright > SIDEWAYS_SHARE * long


def _page_ranges(pages: Iterable[int]) -> str:
    """'3, 7-9, 12' for pages 3, 7, 8, 9, 12."""
    spans: list[list[int]] = []
    for n in sorted(set(pages)):
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def lost_words_warning(unassigned: list[UnassignedWord]) -> list[str]:
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
