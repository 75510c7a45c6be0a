"""The front matter's tables as printed: fragments joined over page breaks, each with its caption.

A table broken by a page is two fragments, the second at the top of the next
page with the same column rules, its header row printed again or not. A page
break may fall inside the header row itself (one cell's words at the foot of a
page, another's at the top of the next): the two parts, joined cell by cell,
are the table's header, and the table is read as the one that header names. A caption
("Tabel 4." and a centred title under it, or "Tabel 4. Title" wrapped over full
lines) sits above its table or below it, as
the author chose; a report keeps to one side, so a caption that could belong to
the table before it or the one after it goes to the side the others took.
Nothing here depends on where a producer puts a table on the page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import regex

from ..tables import Fragment, TextLine

# Column rules of two fragments of one table lie within this many points.
COLUMN_SLACK = 3.0
# A caption's title line is centred under its number within this share of the text width.
CENTRE_SLACK = 0.03
# The lines of one wrapped caption start within this many points of each other.
ALIGN_SLACK = 2.0


@dataclass
class TableRun:
    """One printed table: its fragments in order, where they sit in the stream, and its caption."""

    fragments: list[Fragment]
    positions: list[int]  # the stream index of each fragment
    header: str  # the first row's words, which a repeated header row prints again
    caption: str | None = None  # the caption's number line and title, joined
    caption_name: str | None = None  # "Tabel 4"
    caption_lines: list[int] = field(default_factory=list)  # stream indices of the caption's lines
    header_split: bool = False  # the header row printed in two parts: the second fragment's first row is its rest

    @property
    def start(self) -> int:
        return self.positions[0]

    @property
    def end(self) -> int:
        return self.positions[-1]


def row_text(fragment: Fragment, index: int = 0) -> str:
    """The words of one row group, cells joined by a space, whitespace collapsed."""
    if index >= len(fragment.groups):
        return ""
    words = [line.text for cell in fragment.groups[index].cells for line in cell.lines]
    return " ".join(" ".join(words).split())


def row_cells(fragment: Fragment, index: int = 0) -> list[str]:
    """The words of each cell of one row group, whitespace collapsed."""
    if index >= len(fragment.groups):
        return []
    return [" ".join(" ".join(line.text for line in cell.lines).split()) for cell in fragment.groups[index].cells]


def join_cells(upper: list[str], lower: list[str]) -> list[str] | None:
    """One row printed in two parts over a page break, joined cell by cell; None when the cells do not pair."""
    if len(upper) != len(lower):
        return None
    return [" ".join(f"{a} {b}".split()) for a, b in zip(upper, lower)]


def _split_header(run: TableRun, item: Fragment, is_header: Callable[[str], bool]) -> str | None:
    """The header of a table whose header row a page break cut in two, or None.

    The table so far is one row, no header on its own (the foot of a page holds
    its first cell's words, say "No"); joined cell by cell with the next
    fragment's first row ("Judul Komitmen" in the other cell) it is one.
    """
    top = run.fragments[-1]
    if len(run.fragments) != 1 or len(top.groups) != 1 or not item.groups or is_header(run.header):
        return None
    cells = join_cells(row_cells(top), row_cells(item))
    if cells is None:
        return None
    header = " ".join(" ".join(cells).split())
    return header if is_header(header) else None


def _same_columns(a: Fragment, b: Fragment) -> bool:
    return len(a.columns) == len(b.columns) and all(
        abs(x - y) <= COLUMN_SLACK for x, y in zip(a.columns, b.columns)
    )


def join_runs(items: Sequence[TextLine | Fragment], is_header: Callable[[str], bool]) -> list[TableRun]:
    """The fragments of the stream grouped into tables.

    A fragment goes on the table before it when nothing is printed between
    them, it starts a later page, its column rules are the table's, and its
    first row is the table's header printed again, or no header at all, or
    the rest of a header row the break cut in two.
    """
    runs: list[TableRun] = []
    for index, item in enumerate(items):
        if not isinstance(item, Fragment):
            continue
        last = runs[-1] if runs else None
        first = row_text(item)
        if (
            last is not None
            and last.end == index - 1
            and item.page > last.fragments[-1].page
            and _same_columns(last.fragments[-1], item)
            and (first == last.header or not is_header(first))
        ):
            header = _split_header(last, item, is_header)
            if header is not None:
                last.header, last.header_split = header, True
            last.fragments.append(item)
            last.positions.append(index)
            continue
        runs.append(TableRun([item], [index], first))
    return runs


def _centred(line: TextLine, under: TextLine, left: float, width: float) -> bool:
    """A caption's title line: centred where its number is, indented from the text's left edge."""
    slack = CENTRE_SLACK * width
    return abs(line.box.cx - under.box.cx) <= slack and line.box.x0 > left + slack


def _runs_on(line: TextLine, above: TextLine, left: float, width: float) -> bool:
    """A caption's line wrapped onto the next ("Tabel 2. Daftar ... Administratif" / "Cukup"):
    it starts where the line above starts and ends no further right, and the line above is
    a caption block's own (indented from the text's left edge) or fills the text's width."""
    slack = CENTRE_SLACK * width
    aligned = abs(line.box.x0 - above.box.x0) <= ALIGN_SLACK and line.box.x1 <= above.box.x1 + ALIGN_SLACK
    return aligned and (above.box.x0 > left + slack or above.box.x1 >= left + width - slack)


def _next_line(above: TextLine, line: TextLine, after_number: bool) -> bool:
    """Whether `line` follows `above` as the next line of one caption: no wider gap than a
    line's height, or, right after a caption that is its number alone ("Tabel 4."), at the
    top of the next page. A caption with its title on its line ("Tabel 4. Daftar ...") at a
    page's end is whole: the centred heading that opens the next page is not its title."""
    if line.page == above.page:
        return line.box.top - above.box.bottom <= 1.5 * above.box.height
    return after_number and line.page == above.page + 1


def attach_captions(items: Sequence[TextLine | Fragment], runs: list[TableRun], caption: regex.Pattern[str]) -> None:
    """Give each table the caption printed right above or right below it."""
    lines = [item for item in items if isinstance(item, TextLine)]
    if not lines or not runs:
        return
    left = min(line.box.x0 for line in lines)
    width = max(line.box.x1 for line in lines) - left
    starts = {run.start: run for run in runs}
    ends = {run.end: run for run in runs}
    found: list[tuple[int, list[int], str, str, TableRun | None, TableRun | None]] = []
    for index, item in enumerate(items):
        if not isinstance(item, TextLine):
            continue
        text = " ".join(item.text.split())
        named = caption.search(text)
        if not named:
            continue
        taken = [index]
        after = index + 1
        while after < len(items) and isinstance(items[after], TextLine):
            line = items[after]
            assert isinstance(line, TextLine)
            above = items[taken[-1]]
            assert isinstance(above, TextLine)
            if caption.search(" ".join(line.text.split())):
                break
            if not (_centred(line, item, left, width) or _runs_on(line, above, left, width)):
                break
            # only a caption that is its number alone goes on to a title at the top of the next page
            alone = len(taken) == 1 and not text[named.end() :].strip()
            if not _next_line(items[taken[-1]], line, alone):  # type: ignore[arg-type]
                break
            taken.append(after)
            text = f"{text} {' '.join(line.text.split())}"
            after += 1
        found.append((index, taken, text, named.group("name"), ends.get(index - 1), starts.get(after)))
    above = sum(1 for *_, before, next_ in found if next_ is not None and before is None)
    below = sum(1 for *_, before, next_ in found if before is not None and next_ is None)
    for index, taken, text, name, before, next_ in found:
        run = next_ if next_ is not None and (before is None or above >= below) else before
        if run is None:
            # a caption whose title runs on in prose lines before its table: the next table, as printed
            run = next((r for r in runs if r.start > index), None)
            if run is None or any(index < other[0] < run.start for other in found):
                continue
            text = " ".join([text] + [
                " ".join(x.text.split()) for x in items[taken[-1] + 1 : run.start] if isinstance(x, TextLine)
            ])
        if run.caption is None:
            run.caption, run.caption_name, run.caption_lines = text, " ".join(name.split()), taken


def lift_captions(items: Sequence[TextLine | Fragment], caption: regex.Pattern[str]) -> list[TextLine | Fragment]:
    """The stream with a caption read into a table's last row put back under the table.

    A caption printed right under a table's closing rule, at the pitch of the
    last row's text and inside its column, is taken by the tables stage for
    that row's text run over its rule. A line of a last-row cell that is a
    caption ("Tabel 1.") is not a title's: it and the lines after it go back
    below the table, as loose lines. The fragment is copied, never changed:
    the detail reads the same pages.
    """
    out: list[TextLine | Fragment] = []
    for item in items:
        if not isinstance(item, Fragment) or not item.groups:
            out.append(item)
            continue
        last = item.groups[-1]
        cells = []
        lifted: list[TextLine] = []
        for cell in last.cells:
            pieces = []
            for piece in cell.pieces:
                at = next(
                    (i for i, line in enumerate(piece.lines) if i and caption.search(" ".join(line.text.split()))), None
                )
                if at is None:
                    pieces.append(piece)
                    continue
                lifted.extend(piece.lines[at:])
                pieces.append(replace(piece, lines=piece.lines[:at]))
            cells.append(replace(cell, pieces=pieces))
        if not lifted:
            out.append(item)
            continue
        out.append(replace(item, groups=[*item.groups[:-1], replace(last, cells=cells)]))
        out.extend(sorted(lifted, key=lambda line: line.box.top))
    return out
