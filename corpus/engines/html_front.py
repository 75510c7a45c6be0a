"""The front matter's blocks as HTML, for the browser engines (see `html.py`).

A vector pie is inline SVG: the slices as paths, the percentages and the legend as
`<text>`, so the PDF holds them as text in the drawing's own order. An image pie
is a PNG (a data URI) with no text, its legend an HTML line of swatches and words
below it. A table's header row is a `<thead>` (which the engines repeat on every
page the table runs over) when the layout repeats headers, else the first row of
the body, printed once.
"""

from __future__ import annotations

import base64
import html

from ..document import Figure, FrontCell, FrontTable, Prose, Spacer
from ..look import Look
from ..pie import label_point, png, svg_paths, wedges

PIE_WIDTH = 300  # CSS px of the vector drawing (legend included)


def stylesheet(look: Look) -> str:
    """The CSS the front matter adds to the page's."""
    return f"""p.fcap {{ text-align: center; font-weight: bold; margin: 0; break-after: avoid; page-break-after: avoid; }}
p.fcap.below {{ break-after: auto; page-break-after: auto; margin-bottom: 8pt; }}
table.front {{ margin: 4pt auto 8pt auto; }}
table.front th {{ text-align: center; vertical-align: middle; }}
table.front td.c p {{ text-align: center; }}
table.front td.b p {{ font-weight: bold; }}
table.front td.bf p:first-child {{ font-weight: bold; }}
table.front tr {{ break-inside: avoid; page-break-inside: avoid; }}
div.figure {{ text-align: center; margin: 6pt 0; break-inside: avoid; page-break-inside: avoid; }}
div.figure img {{ width: 150pt; height: 150pt; }}
p.legend {{ text-align: center; margin: 4pt 0; }}
p.legend span.sw {{ display: inline-block; width: 8pt; height: 8pt; margin: 0 3pt 0 10pt; }}
p.source {{ text-align: center; font-style: italic; font-size: {max(7.0, look.size - 2)}pt; margin-bottom: 6pt; }}
"""


def block(item: object, look: Look, paragraphs: object) -> str | None:
    """The HTML of a front-matter block, or None when `item` is not one.

    `paragraphs(body)` is the page builder's writer of paragraphs and list items.
    """
    if isinstance(item, Prose):
        return f'<div class="text">{paragraphs(item.body)}</div>'  # type: ignore[operator]
    if isinstance(item, Spacer):
        return f'<div style="height:{item.height:.0f}pt"></div>'
    if isinstance(item, Figure):
        return _figure(item)
    if isinstance(item, FrontTable):
        return _table(item)
    return None


def _figure(figure: Figure) -> str:
    out = [f'<p class="fcap">{_esc(line)}</p>' for line in figure.caption]
    out.append('<div class="figure">')
    if figure.drawing == "image":
        data = base64.b64encode(png(figure.slices)).decode("ascii")
        out.append(f'<img alt="" src="data:image/png;base64,{data}">')
        swatches = "".join(
            f'<span class="sw" style="background:#{s.colour}"></span>{_esc(s.label)} ' for s in figure.slices
        )
        out.append(f'<p class="legend">{swatches.strip()}</p>')
    else:
        out.append(_svg(figure))
    out.append("</div>")
    if figure.source:
        out.append(f'<p class="source">{_esc(figure.source)}</p>')
    return "\n".join(out)


def _svg(figure: Figure) -> str:
    cx, cy, r = PIE_WIDTH / 2, 100.0, 90.0
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{PIE_WIDTH}" height="240" viewBox="0 0 {PIE_WIDTH} 240"'
        ' font-family="inherit">'
    ]
    for d, colour in svg_paths(cx, cy, r, figure.slices):
        parts.append(f'<path d="{d}" fill="#{colour}" stroke="#ffffff" stroke-width="1.5"/>')
    for s, start, end in wedges(figure.slices):
        x, y = label_point(cx, cy, r, start, end)
        parts.append(
            f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle" font-size="12" font-weight="bold" fill="#ffffff">'
            f"{s.percent}%</text>"
        )
    x = PIE_WIDTH / 2 - 45 * len(figure.slices)
    for s in figure.slices:
        parts.append(f'<rect x="{x:.1f}" y="222" width="9" height="9" fill="#{s.colour}"/>')
        parts.append(f'<text x="{x + 13:.1f}" y="231" font-size="11" fill="#404040">{_esc(s.label)}</text>')
        x += 90
    parts.append("</svg>")
    return "".join(parts)


def _table(table: FrontTable) -> str:
    cols = "".join(f'<col style="width:{share * 100:.2f}%">' for share in table.columns)
    caption = "".join(
        f'<p class="fcap{" below" if table.caption_below else ""}">{_esc(line)}</p>' for line in table.caption
    )
    out = [] if table.caption_below else [caption]
    out.append(f'<table class="front" style="width:{table.width * 100:.0f}%"><colgroup>{cols}</colgroup>')
    header = ""
    if table.header is not None:
        header = "<tr>" + "".join(f"<th>{_esc(text)}</th>" for text in table.header) + "</tr>"
    if header and table.repeat_header:
        out.append(f"<thead>{header}</thead>")
    out.append("<tbody>")
    if header and not table.repeat_header:
        out.append(header)
    for i, row in enumerate(table.rows):
        breaks = ' style="break-before: page; page-break-before: always"' if i == table.break_before else ""
        out.append(f"<tr{breaks}>" + "".join(_cell(cell) for cell in row) + "</tr>")
    out.append("</tbody></table>")
    if table.caption_below:
        out.append(caption)
    return "\n".join(out)


def _cell(cell: FrontCell) -> str:
    classes = [c for c, on in (("c", cell.centre), ("b", cell.bold), ("bf", cell.bold_first)) if on]
    attrs = f' class="{" ".join(classes)}"' if classes else ""
    if cell.fill:
        attrs += f' style="background:#{cell.fill}"'
    body = "".join(f"<p>{_esc(text)}</p>" for text in cell.paragraphs if text)
    if not body:  # a swatch: colour, no text
        attrs += ' height="14"'

    return f"<td{attrs}>{body}</td>"


def _esc(text: str) -> str:
    return html.escape(text, quote=True)
