"""A corpus document as HTML + CSS, shared by the browser engines (Chromium, WeasyPrint, wkhtmltopdf).

The page structure follows the report the parser was written for (and the
replica and synthetic composers): the title alone on a cover page, the centred
section headings on a new page, then per commitment its bold number and title,
each success measure as a bold label with its text, and per implementer a
bordered three-column table whose shaded first row spans the columns. A target
row is two table rows beside a target cell spanning both. Rows may break across
pages (long cells run over up to three pages), as browsers let them by default.

Borders are CSS borders: the look's "fill" maps to `border-collapse: collapse`,
"stroke" to `separate` with no spacing (each cell its own frame); each engine
draws them its own way (filled or stroked rectangles, lines, even-odd frames).

What an engine's CSS can do differs, so the builder takes the engine's
`Features`: whether list markers may be strings (`list-style-type: "o "`) or
only the counter styles, whether page margin boxes print the footer, and the
legacy properties old WebKit reads (`page-break-*`, `word-wrap`).
The front matter's blocks (figures, captioned tables, prose) are written by
`html_front.py`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from itertools import groupby

from ogi_extract.synth.spec import BULLET, BULLET_GLYPHS, Paragraph

from ..document import Cell, Document, Heading, HeadRow, Labelled, Table, TargetRow, Title
from ..look import Look
from . import html_front

HEAD_FILL = "#d9d9d9"  # the implementer row's grey, as Word's "Background 1, darker 15%"
INDENT_EM = 1.6  # a list level's indent
_NUMBER = re.compile(r"^(\d+)\.$")
_LETTER = re.compile(r"^([a-z])\.$")


@dataclass(frozen=True, slots=True)
class Features:
    """What the engine's CSS supports, and so which markup the builder writes."""

    string_markers: bool = True  # list-style-type accepts a string ("• ", "o ")
    margin_boxes: bool = True  # @page { @bottom-left { content: ... } } prints


def printed_marker(marker: str) -> str:
    """The marker as the page shows it: private-use bullet glyphs print as "•"."""
    return BULLET if marker in BULLET_GLYPHS else marker


def to_html(document: Document, look: Look, features: Features = Features()) -> str:
    """The whole document as one HTML page, styled by `look`."""
    body = "\n".join(_block(block, look, features) for block in document.blocks)
    title = _esc(document.wording.title)
    return (
        '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n"
        '<meta name="dcterms.created" content="2021-12-31T00:00:00Z">\n'
        '<meta name="dcterms.modified" content="2021-12-31T00:00:00Z">\n'
        f"<style>\n{stylesheet(document, look, features)}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def stylesheet(document: Document, look: Look, features: Features) -> str:
    left, top, right, bottom = look.margins
    family = f'"{look.family}"'
    ligatures = "normal" if look.ligatures else "none"
    features_css = "" if look.ligatures else 'font-feature-settings: "liga" 0, "clig" 0, "dlig" 0;'
    align = "justify" if look.justify else "left"
    hyphens = "auto" if look.hyphenate else "manual"
    bw = f"{look.border_width}pt"
    # the look's wish for a rule at a row's page break; no engine applies it to table cells
    # yet (see each engine's docstring), and the CSS stays so a newer engine would
    clone = "clone" if look.rule_at_break else "slice"
    collapse = "collapse" if look.border == "fill" else "separate"
    footer = ""
    if look.footer and features.margin_boxes:
        lines = "\\A ".join(_css_string(line) for line in document.wording.footer_lines())
        footer = (
            f'  @bottom-left {{ content: "{lines}"; white-space: pre; font-family: {family}; font-size: 8pt;'
            " vertical-align: middle; text-align: left; }\n"
            f"  @bottom-right {{ content: counter(page); font-family: {family}; font-size: 9pt;"
            " vertical-align: middle; }\n"
        )
    return f"""@page {{
  size: A4;
  margin: {top}pt {right}pt {bottom}pt {left}pt;
{footer}}}
html {{ font-family: {family}; font-size: {look.size}pt; line-height: 1.2; }}
body {{ margin: 0; word-wrap: break-word; overflow-wrap: break-word;
  font-variant-ligatures: {ligatures}; {features_css} hyphens: {hyphens}; -webkit-hyphens: {hyphens};
  text-rendering: {"optimizeLegibility" if look.ligatures else "optimizeSpeed"}; }}
p {{ margin: 0; }}
.cover {{ padding-top: 180pt; text-align: center; font-weight: bold; font-size: {look.size + 6}pt; }}
.newpage {{ break-before: page; page-break-before: always; }}
h1, h2 {{ font-size: {look.size + 1}pt; font-weight: bold; margin: 0; break-after: avoid; page-break-after: avoid; }}
h1 {{ text-align: center; }}
h2 {{ margin-top: 6pt; }}
h1 + h1 {{ margin-bottom: 12pt; }}
.label {{ font-weight: bold; margin-top: 6pt; break-after: avoid; page-break-after: avoid; }}
.text p {{ text-align: {align}; }}
.text {{ margin-bottom: 6pt; }}
table {{ width: 100%; table-layout: fixed; border-collapse: {collapse}; border-spacing: 0; margin: 4pt 0 10pt 0; }}
td, th {{ border: {bw} solid #000; padding: 2pt 5pt; vertical-align: top; text-align: left;
  box-decoration-break: {clone}; -webkit-box-decoration-break: {clone}; }}
tr {{ break-inside: auto; page-break-inside: auto; }}
th {{ background: {HEAD_FILL}; font-weight: bold; break-after: avoid; page-break-after: avoid; }}
td.middle {{ vertical-align: middle; }}
td p {{ text-align: {align}; }}
td p.head {{ text-align: left; }}
ol, ul {{ margin: 0; padding-left: {INDENT_EM}em; }}
li {{ text-align: {align}; }}
p.item {{ padding-left: {INDENT_EM}em; text-indent: -{INDENT_EM}em; }}
li[data-marker]:before {{ content: attr(data-marker); display: inline-block; width: {INDENT_EM}em;
  margin-left: -{INDENT_EM}em; }}
p.item span.m {{ display: inline-block; min-width: {INDENT_EM - 0.35:.2f}em; text-indent: 0; }}
{html_front.stylesheet(look) if document.front else ""}"""


def _block(block: object, look: Look, features: Features) -> str:
    if isinstance(block, Title):
        return f'<p class="cover">{_esc(block.text)}</p>'
    if isinstance(block, Heading):
        tag = "h1" if block.centered else "h2"
        cls = ' class="newpage"' if block.new_page else ""
        return f"<{tag}{cls}>{_esc(block.text)}</{tag}>"
    if isinstance(block, Labelled):
        body = _paragraphs(block.body, look, features)
        return f'<p class="label">{_esc(block.label)}</p>\n<div class="text">{body}</div>'
    if isinstance(block, Table):
        return _table(block, look, features)
    front = html_front.block(block, look, lambda body: _paragraphs(body, look, features))
    if front is not None:
        return front
    raise TypeError(f"not a document block: {block!r}")


def _table(table: Table, look: Look, features: Features) -> str:
    cols = "".join(f'<col style="width:{share * 100:.2f}%">' for share in look.columns)
    out = [f"<table><colgroup>{cols}</colgroup>"]
    rows = list(table.rows)
    if rows and isinstance(rows[0], HeadRow) and look.repeat_header:
        out.append(f"<thead>{_head_row(rows.pop(0))}</thead>")
    out.append("<tbody>")
    for row in rows:
        out.append(_head_row(row) if isinstance(row, HeadRow) else _target_row(row, look, features))
    out.append("</tbody></table>")
    return "\n".join(out)


def _head_row(row: HeadRow) -> str:
    return f'<tr><th colspan="3">{_esc(row.text)}</th></tr>'


def _target_row(row: TargetRow, look: Look, features: Features) -> str:
    def td(cell: Cell, rowspan: int = 1) -> str:
        attrs = ' rowspan="2"' if rowspan == 2 else ""
        attrs += ' class="middle"' if cell.valign == "middle" else ""
        return f"<td{attrs}>{_cell(cell, look, features)}</td>"

    upper = td(row.target, 2) + td(row.achievement) + td(row.score)
    lower = td(row.cocreation) + td(row.cocreation_label)
    return f"<tr>{upper}</tr>\n<tr>{lower}</tr>"


def _cell(cell: Cell, look: Look, features: Features) -> str:
    parts = []
    if cell.head is not None:
        head = f"<b>{_esc(cell.head)}</b>" if cell.bold_head else _esc(cell.head)
        parts.append(f'<p class="head">{head}</p>')
    parts.append(_paragraphs(cell.body, look, features))
    return "".join(parts)


def _paragraphs(body: tuple[Paragraph, ...], look: Look, features: Features) -> str:
    """Plain paragraphs as <p>; runs of list items as nested lists or typed markers."""
    out: list[str] = []
    for listed, run in groupby(body, key=lambda p: p.marker is not None):
        items = list(run)
        if not listed:
            out.extend(f"<p>{_esc(p.text)}</p>" for p in items)
        elif look.list_markup:
            out.append(_list(items, 0, features))
        else:
            out.extend(_typed(p) for p in items)
    return "".join(out)


def _typed(p: Paragraph) -> str:
    """A list item with its marker typed in front and a hanging indent."""
    margin = f' style="margin-left:{p.level * INDENT_EM:.2f}em"' if p.level else ""
    marker = _esc(printed_marker(p.marker or ""))
    return f'<p class="item"{margin}><span class="m">{marker}</span> {_esc(p.text)}</p>'


def _list(items: list[Paragraph], level: int, features: Features) -> str:
    """Items of `level` and deeper as real list markup; a deeper run nests inside the item above."""
    out: list[tuple[str, str | None]] = []
    i = 0
    while i < len(items):
        p = items[i]
        if p.level > level:  # deeper items with no parent at this level: a bare holder item
            j = i
            while j < len(items) and items[j].level > level:
                j += 1
            out.append((f'<li style="list-style-type:none">{_list(items[i:j], level + 1, features)}</li>', None))
            i = j
            continue
        j = i + 1
        while j < len(items) and items[j].level > level:
            j += 1
        nested = _list(items[i + 1 : j], level + 1, features) if j > i + 1 else ""
        out.append((f"<li{_marker_style(p.marker or '', features)}>{_esc(p.text)}{nested}</li>", p.marker))
        i = j
    own = [x.marker or "" for x in items if x.level == level]
    if not (own and all(_NUMBER.match(m) or _LETTER.match(m) for m in own)):
        return f"<ul>{''.join(li for li, _ in out)}</ul>"
    return "".join(_numbered(run) for run in _runs(out))


def _ordinal(marker: str | None) -> tuple[str, int] | None:
    """A numbered or lettered marker's style and number ("3." -> decimal 3, "b." -> lower-alpha 2)."""
    if marker is not None and (m := _NUMBER.match(marker)):
        return "decimal", int(m.group(1))
    if marker is not None and (m := _LETTER.match(marker)):
        return "lower-alpha", ord(m.group(1)) - 96
    return None


def _runs(items: list[tuple[str, str | None]]) -> list[list[tuple[str, str | None]]]:
    """Items cut where the numbering does not go on by one (a second list "1. 2." after "1. 2. 3.").

    Not every engine reads `<li value>` (WeasyPrint counts on), so each run is a
    list of its own, whose counter its own `<ol>` starts.
    """
    runs: list[list[tuple[str, str | None]]] = []
    last: tuple[str, int] | None = None
    for li, marker in items:
        here = _ordinal(marker)
        if here is None:  # a holder item without marker: it stays with the run above
            if not runs:
                runs.append([])
            runs[-1].append((li, marker))
            continue
        if not runs or last is None or here[0] != last[0] or here[1] != last[1] + 1:
            runs.append([])
        runs[-1].append((li, marker))
        last = here
    return runs


def _numbered(run: list[tuple[str, str | None]]) -> str:
    """One run as an <ol> whose counter starts at the run's first number."""
    first = next((o for _, m in run if (o := _ordinal(m)) is not None), None)
    start = first[1] if first else 1
    attrs = "" if start == 1 else f' start="{start}" style="counter-reset:list-item {start - 1}"'
    return f"<ol{attrs}>{''.join(li for li, _ in run)}</ol>"


def _marker_style(marker: str, features: Features) -> str:
    """The li attributes that make its marker print exactly `marker`."""
    if m := _NUMBER.match(marker):
        return f' value="{m.group(1)}" style="list-style-type:decimal"'
    if m := _LETTER.match(marker):
        return f' value="{ord(m.group(1)) - 96}" style="list-style-type:lower-alpha"'
    shown = printed_marker(marker)
    if features.string_markers:
        return f' style="list-style-type:&quot;{_esc(_css_string(shown))} &quot;"'
    # old WebKit draws disc/circle as shapes: the marker would be no text at all, so type it
    return f' style="list-style-type:none" data-marker="{_esc(shown)}"'


def _css_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _esc(text: str) -> str:
    return html.escape(text, quote=True)
