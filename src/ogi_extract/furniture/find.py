"""Headers, footers and page numbers, found by repetition across pages.

A running header or footer is the same line at the same height on several
pages. Words are grouped into lines (by the layout stage's line ids); a line
near the top or bottom edge is a candidate, and candidates are grouped by their
text with digits folded (so "12" and "13" match) and by their distance from the
page edge. A group found on `MIN_REPEATS` pages or more is furniture, which
covers footers printed on only a few pages of a long report.

Guards, because a body line can also repeat at one height (a table label at
the top of every page, a "Komitmen N" heading opening chapter pages):

* only lines in the outer `MARGIN_BAND` of the page height are candidates
  outright; lines a little further in (up to `INNER_BAND`) must repeat word
  for word (no digit folding, except a line that is nothing but a page
  number) on at least `INNER_SHARE` of all pages;
* a candidate inside a ruled table (between vertical rules) is body, unless it
  lies in the outermost `EXTREME_BAND` where no table row can be;
* folded digits must behave like page numbers: in a group either a number is
  the same on every page, or it moves in step with the page number. "Komitmen
  1", "Komitmen 2" on pages 5 and 9 is not a running header;
* furniture owns its strip of the page: where most pages without the group
  carry body text at that height, the group is body that happens to repeat
  (a heading opening a few pages, where other pages start their text).

A group found on most pages (`MAJORITY_SHARE`) is furniture on every page
where it appears, whatever the few other pages hold at its height: a report
whose body text spills onto the footer's baselines on a few crowded pages
keeps its footer everywhere (losing it would also lose every row continued
over a page). On those crowded pages the footer's words are picked out of the
longer line they share with the body, by the group's text.

A line at the bottom that is nothing but a page number ("12", "- 12 -",
"Halaman 12 dari 80") is furniture even where it does not repeat. A document
too short to show repetition (a single page) falls back to the grammar's hint
patterns.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import groupby

import regex

from ..layout.model import Box, Document, Page
from .edges import PAGE_NUMBER, EdgeLine, edge_lines, fold
from .model import Furniture, FurnitureLine, PageFurniture

Y_TOLERANCE = 3.0  # points
MIN_REPEATS = 2
INNER_SHARE = 0.5
MAJORITY_SHARE = 0.8
ALIGN_TOL = 2.0  # points: lines of one text column start this close
MAX_NUMBER_BREAKS = 0.1  # share of a group's lines where page numbers may skip or repeat


def _clusters(lines: list[EdgeLine]) -> list[list[EdgeLine]]:
    """Lines of one text, split where their distance from the edge differs."""
    lines = sorted(lines, key=lambda ln: (ln.offset, ln.page))
    out: list[list[EdgeLine]] = []
    for ln in lines:
        if out and ln.offset - out[-1][0].offset <= Y_TOLERANCE:
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


def _numbers_move_with_pages(group: list[EdgeLine]) -> bool:
    """Each folded number is either constant or the page number plus a constant.

    The constant may change at a few places (one, or `MAX_NUMBER_BREAKS` of
    the lines), the numbers never going down, as long as most lines keep the
    constant of a neighbour: a page missing from the file or a sheet fed twice
    shifts the printed numbers against the PDF's from there on, and the page
    numbers must stay furniture for the gap to be seen. Numbers that merely
    grow ("Komitmen 1" on page 5, "Komitmen 2" on page 9) keep no constant.
    """
    if len({len(ln.numbers) for ln in group}) != 1:
        return False
    ordered = sorted(group, key=lambda ln: ln.page)
    for k in range(len(group[0].numbers)):
        values = [ln.numbers[k] for ln in ordered]
        if len(set(values)) == 1:
            continue
        if any(b < a for a, b in zip(values, values[1:])):
            return False
        offsets = [v - ln.page for v, ln in zip(values, ordered)]
        runs = [len(list(run)) for _, run in groupby(offsets)]
        singles = sum(1 for n in runs if n == 1)
        if len(runs) - 1 > max(1.0, MAX_NUMBER_BREAKS * len(ordered)) or singles > len(ordered) / 4:
            return False
    return True


Group = tuple[list[EdgeLine], str]  # lines taken together, and why


def _repeated(lines: list[EdgeLine], pages: int) -> list[Group]:
    by_key: dict[tuple[str, str, bool], list[EdgeLine]] = defaultdict(list)
    for ln in lines:
        # Beyond the margin band only literal repeats count: a numbered heading
        # opening page after page must not pass for a header with a page number.
        # A line that is nothing but a page number folds there too (a page number
        # set above a two-line footer), and must still move with the pages.
        folded = not ln.inner or PAGE_NUMBER.match(ln.text.strip())
        by_key[(ln.kind, ln.key if folded else ln.text, ln.inner)].append(ln)
    found: list[Group] = []
    for (_kind, _text, inner), group in by_key.items():
        for cluster in _clusters(group):
            if _numbers_move_with_pages(cluster):
                parts = [cluster]
            else:  # numbers that are not page numbers: only literal repeats count
                literal: dict[str, list[EdgeLine]] = defaultdict(list)
                for ln in cluster:
                    literal[ln.text].append(ln)
                parts = list(literal.values())
            for part in parts:
                count = len({ln.page for ln in part})
                if count >= MIN_REPEATS and not (inner and count < INNER_SHARE * pages):
                    found.append((part, f"repeated on {count} pages"))
    return found


def _page_numbers(lines: Iterable[EdgeLine], pages: dict[int, Page]) -> list[Group]:
    """Lines at the bottom that are nothing but a page number, unless they go on with the text above.

    The last piece of a word an engine broke at a page's foot ("m" of
    "mengupayakan", a roman numeral by its letters) is set at the left edge
    of the line right above it, a line's pitch lower; a page number stands
    apart from the body.
    """
    return [
        ([ln], "page number")
        for ln in lines
        if ln.kind == "footer" and not ln.inner and PAGE_NUMBER.match(ln.text.strip())
        and not _text_column_sides(ln, pages[ln.page])[0]
    ]


def _hinted(lines: Iterable[EdgeLine], hints: Sequence[str | regex.Pattern[str]]) -> list[Group]:
    # the grammar's hints arrive compiled (with the grammar's flags); plain strings still work
    patterns = [h if isinstance(h, regex.Pattern) else regex.compile(h, regex.IGNORECASE) for h in hints]
    return [([ln], "hint") for ln in lines if any(p.search(" ".join(ln.text.split())) for p in patterns)]


def _body_territory(group: list[EdgeLine], body: dict[int, list[EdgeLine]], pages: Sequence[int]) -> bool:
    """Whether the group's height holds body text on most pages where the group is absent.

    A running header occupies a strip of the page that the body never uses: on
    pages without it, that strip is empty (or holds other furniture). A body
    line repeating at the top of a few pages fails this: elsewhere the body
    starts right there.
    """
    kind = group[0].kind
    near = min(ln.offset for ln in group) - 1.0
    far = max(ln.far for ln in group) + 1.0
    own = {id(ln) for ln in group}
    present = {ln.page for ln in group}
    absent = [n for n in pages if n not in present]
    occupied = sum(
        1
        for n in absent
        if any(ln.kind == kind and ln.offset < far and ln.far > near and id(ln) not in own for ln in body.get(n, ()))
    )
    return occupied > 0 and occupied > len(absent) / 2


def _in_text_column(line: EdgeLine, page: Page) -> bool:
    """Whether body lines start at the line's left edge right above and right below it.

    A line in the middle of a column of text (a cell's text run out of its
    table into the margin) is body even when its words repeat by chance at that
    height on another page; furniture stands apart from the body.
    """
    above, below = _text_column_sides(line, page)
    return above and below


def _text_column_sides(line: EdgeLine, page: Page) -> tuple[bool, bool]:
    """Whether another line starts at the line's left edge right above it, and right below it."""
    own = set(line.words)
    box = line.box
    pitch = 0.6 * box.height
    above = below = False
    for i, w in enumerate(page.words):
        if i in own or abs(w.box.x0 - box.x0) > ALIGN_TOL:
            continue
        if box.top - pitch <= w.box.bottom <= box.top + 1.0:
            above = True
        if box.bottom - 1.0 <= w.box.top <= box.bottom + pitch:
            below = True
        if above and below:
            break
    return above, below


def _crowded_copies(group: list[EdgeLine], candidates: Sequence[EdgeLine], pages: dict[int, Page]) -> list[EdgeLine]:
    """The group's text inside longer lines at its height, on the pages where it is missing.

    Body text on the footer's baseline makes one line of both; the run of its
    words that reads as the group's text (numbers folded when the group's
    numbers are page numbers) is the furniture.
    """
    literal = len({ln.text for ln in group}) == 1
    want = group[0].text if literal else group[0].key
    size = len(group[0].words)
    near = min(ln.offset for ln in group) - Y_TOLERANCE
    far = max(ln.far for ln in group) + Y_TOLERANCE
    present = {ln.page for ln in group}
    out: list[EdgeLine] = []
    for ln in candidates:
        if ln.page in present or ln.kind != group[0].kind or ln.offset > far or ln.far < near:
            continue
        if len(ln.words) <= size:
            continue
        page = pages[ln.page]
        order = sorted(ln.words, key=lambda i: page.words[i].box.x0)
        tokens = want.split()
        for start in range(len(order) - size + 1):
            run = _run_of(page, order[start:], tokens, literal)
            if run is None:
                continue
            text = " ".join(page.words[i].text for i in run)
            boxes = [page.words[i].box for i in run]
            box = Box(min(b.x0 for b in boxes), min(b.top for b in boxes), max(b.x1 for b in boxes), max(b.bottom for b in boxes))
            offset, edge_far = (
                (box.top, box.bottom) if ln.kind == "header" else (page.height - box.bottom, page.height - box.top)
            )
            if offset < near or edge_far > far:
                continue
            key, numbers = fold(text)
            out.append(
                EdgeLine(ln.page, tuple(run), text, box, ln.kind, offset, edge_far, ln.inner, ln.extreme, ln.in_table, key, numbers)
            )
            break
    return out


def _run_of(page: Page, order: Sequence[int], tokens: Sequence[str], literal: bool) -> list[int] | None:
    """The words from `order[0]` on that read `tokens`, passing over body words drawn over them.

    A body word whose box covers a footer word's in part (a cell's text run
    down onto the footer's baseline, "memiliki." drawn across "Laporan
    Monitoring") falls between the footer's words in left-to-right order; it
    is passed over, any other word ends the run.
    """
    run: list[int] = []
    pending: list[int] = []  # words passed over, each to be drawn over a word of the run
    for i in order:
        if len(run) == len(tokens):
            break
        text = page.words[i].text if literal else fold(page.words[i].text)[0]
        if text == tokens[len(run)]:
            run.append(i)
            continue
        if not run:
            return None
        pending.append(i)
    if len(run) < len(tokens):
        return None
    taken = [page.words[i].box for i in run]
    for i in pending:
        b = page.words[i].box
        if not any(min(b.x1, t.x1) - max(b.x0, t.x0) > 0.5 and min(b.bottom, t.bottom) > max(b.top, t.top) for t in taken):
            return None
    return run


def _body_extent(page: Page, skip: frozenset[int], lines: Sequence[FurnitureLine]) -> tuple[float, float]:
    header_bottom = max((ln.box.bottom for ln in lines if ln.kind == "header"), default=0.0)
    footer_top = min((ln.box.top for ln in lines if ln.kind == "footer"), default=page.height)
    # comprehensions, every word of every page: the same values in the same order as a loop's
    boxes = [w.box for i, w in enumerate(page.words) if i not in skip] if skip else [w.box for w in page.words]
    tops = [b.top for b in boxes]
    bottoms = [b.bottom for b in boxes]
    for r in page.rulings:
        if header_bottom <= r.box.cy <= footer_top:
            tops.append(r.box.top)
            bottoms.append(r.box.bottom)
    if not tops:
        return header_bottom, footer_top
    return min(tops), max(bottoms)


def hints_apply(doc: Document) -> bool:
    """Whether a grammar's hint patterns can change what is furniture: only when too few pages repeat anything.

    Asked before the furniture is found a second time with the hints, so that a
    report long enough to show repetition is not read twice for nothing.
    """
    return sum(1 for p in doc.pages if p.words) < MIN_REPEATS


def find_furniture(doc: Document, hints: Sequence[str | regex.Pattern[str]] = ()) -> Furniture:
    """Per page, the furniture word indices and the body's vertical extent."""
    pages = [p for p in doc.pages if p.words]
    numbers = [p.number for p in pages]
    candidates = [ln for page in pages for ln in edge_lines(page)]
    usable = [ln for ln in candidates if ln.extreme or not ln.in_table]
    by_number = {p.number: p for p in pages}
    groups = _repeated(usable, len(pages)) + _page_numbers(usable, by_number)
    if hints and hints_apply(doc):
        groups += _hinted(usable, hints)
    # Lines that repeat are furniture's own territory; the rest is body.
    repeated_ids = {id(ln) for members, reason in groups if reason.startswith("repeated") for ln in members}
    body_lines: dict[int, list[EdgeLine]] = defaultdict(list)
    for ln in candidates:
        if id(ln) not in repeated_ids:
            body_lines[ln.page].append(ln)
    per_page: dict[int, dict[tuple[int, ...], FurnitureLine]] = defaultdict(dict)
    for members, reason in groups:
        fresh = [ln for ln in members if ln.words not in per_page[ln.page]]
        majority = reason.startswith("repeated") and len({ln.page for ln in members}) >= MAJORITY_SHARE * len(pages)
        if not fresh or (not majority and _body_territory(members, body_lines, numbers)):
            continue
        if not majority and all(_in_text_column(ln, by_number[ln.page]) for ln in members):
            continue
        if majority:
            fresh += _crowded_copies(members, candidates, by_number)
        for ln in fresh:
            per_page[ln.page][ln.words] = FurnitureLine(ln.text, ln.box, ln.kind, reason, ln.words)
    out = Furniture()
    for page in doc.pages:
        found = sorted(per_page.get(page.number, {}).values(), key=lambda ln: (ln.box.top, ln.box.x0))
        skip = frozenset(i for ln in found for i in ln.words)
        top, bottom = _body_extent(page, skip, found)
        out.pages[page.number] = PageFurniture(page.number, skip, tuple(found), top, bottom)
    return out
