"""The front matter's blocks as Typst markup (see `typst_engine.py`); content always as string literals.

A vector pie is drawn with `polygon` (slices), `place`d percentages and a legend
line of swatch boxes and grades, all text; an image pie is a PNG file beside the
source (`pictures` says which files `render` must write). Tables are `table`s in a
centred block; `table.header(repeat: ...)` repeats the header row or not. A
table cannot be told to break before a row in Typst: `break_before` is ignored.
"""

from __future__ import annotations

from collections.abc import Callable

from ..document import Figure, FrontCell, FrontTable, Prose, Spacer
from ..pie import label_point, png, polygon, wedges

PIE = 150.0  # points: the drawing's diameter box


def picture_name(figure: Figure) -> str:
    """The file an image pie is read from: "gambar-1.png" for the figure captioned "Gambar 1"."""
    return "-".join(figure.caption[0].lower().split()) + ".png"


def pictures(blocks: tuple[object, ...]) -> dict[str, bytes]:
    """The PNG files the markup of these blocks reads, by name."""
    return {picture_name(b): png(b.slices) for b in blocks if isinstance(b, Figure) and b.drawing == "image"}


def block(item: object, string: Callable[[str], str], paragraphs: Callable[[object], str]) -> str | None:
    """The markup of a front-matter block, or None when `item` is not one."""
    if isinstance(item, Prose):
        return paragraphs(item.body)
    if isinstance(item, Spacer):
        return f"#v({item.height:.0f}pt)"
    if isinstance(item, Figure):
        return _figure(item, string)
    if isinstance(item, FrontTable):
        return _table(item, string)
    return None


def _caption(line: str, string: Callable[[str], str], sticky: bool) -> str:
    return f"#block(above: 4pt, below: 4pt, sticky: {'true' if sticky else 'false'}, width: 100%, align(center, strong({string(line)})))"


def _figure(figure: Figure, string: Callable[[str], str]) -> str:
    out = [_caption(line, string, True) for line in figure.caption]
    if figure.drawing == "image":
        out.append(f'#block(sticky: true, width: 100%, align(center, image("{picture_name(figure)}", width: {PIE:.0f}pt)))')
    else:
        r = PIE / 2
        shapes = []
        for s, start, end in wedges(figure.slices):
            points = ", ".join(f"({x:.2f}pt, {y:.2f}pt)" for x, y in polygon(r, r, r, start, end))
            shapes.append(f'place(top + left, polygon(fill: rgb("#{s.colour}"), stroke: 0.75pt + white, {points}))')
        for s, start, end in wedges(figure.slices):
            x, y = label_point(r, r, r, start, end)
            label = f'text(fill: white, weight: "bold", size: 10pt, {string(f"{s.percent}%")})'
            shapes.append(f"place(top + left, dx: {x - 20:.2f}pt, dy: {y - 6:.2f}pt, box(width: 40pt, align(center, {label})))")
        body = "\n  ".join(shapes)
        out.append(f"#block(sticky: true, width: 100%, align(center, box(width: {PIE:.0f}pt, height: {PIE:.0f}pt, {{\n  {body}\n}})))")
    legend = " #h(12pt) ".join(
        f'#box(width: 8pt, height: 8pt, fill: rgb("#{s.colour}")) #{string(s.label)}' for s in figure.slices
    )
    out.append(f"#block(above: 6pt, below: 4pt, width: 100%, align(center)[{legend}])")
    if figure.source:
        out.append(f"#block(below: 8pt, width: 100%, align(center, emph(text(size: 0.85em, {string(figure.source)}))))")
    return "\n".join(out)


def _table(table: FrontTable, string: Callable[[str], str]) -> str:
    columns = ", ".join(f"{fraction}fr" for fraction in table.columns)
    cells: list[str] = []
    if table.header is not None:
        head = ", ".join(f"table.cell(fill: luma(217), align: center + horizon, strong({string(t)}))" for t in table.header)
        cells.append(f"table.header(repeat: {'true' if table.repeat_header else 'false'}, {head})")
    for row in table.rows:
        cells.extend(_cell(cell, string) for cell in row)
    body = ",\n  ".join(cells)
    grid = f"#align(center, block(width: {table.width * 100:.0f}%, table(columns: ({columns}), align: left,\n  {body},\n)))"
    captions = [_caption(line, string, not table.caption_below) for line in table.caption]
    parts = [grid, *captions] if table.caption_below else [*captions, grid]
    return "\n".join(parts) + "\n#v(4pt)"


def _cell(cell: FrontCell, string: Callable[[str], str]) -> str:
    parts = []
    for i, text in enumerate(p for p in cell.paragraphs if p):
        bold = cell.bold or (cell.bold_first and i == 0)
        parts.append(f"#strong({string(text)})" if bold else f"#{string(text)}")
    attrs = []
    if cell.fill:
        attrs.append(f'fill: rgb("#{cell.fill}")')
    if cell.centre:
        attrs.append("align: center")
    content = "[" + "\n\n".join(parts) + "]"
    return f"table.cell({', '.join(attrs)}, {content})" if attrs else content
