"""Typst: the document written as Typst markup, compiled with the `typst` PyPI package.

Every piece of content goes in as a string literal (`#"..."`), never as markup,
so the report's URLs ("https://" would open a comment), "SP4N-LAPOR!", quotes
(markup would make them curly), "--", "...", "%", "#", "*" or "_" print exactly
as written. Bold, sizes and lists are calls around those strings.

Knobs of the look honoured: font, size, margins, columns, border_width,
repeat_header (`table.header(repeat: ...)`), list_markup (`enum` and `list` with
the marker shown exactly; otherwise the marker typed in a box of the hanging
indent), ligatures and hyphenate (`set text(...)`; Typst has no Indonesian
patterns, so hyphenated text is set as English: see `_language`), justify,
footer (two lines and the page number). Typst strokes its rules and closes a row
cut by a page break, so `look.border` and `look.rule_at_break` have no effect.
Private-use bullets (U+F0B7, U+F0A7) print as "•", as the fonts here have no
glyph for them. `set document(date: none)` keeps the PDF reproducible.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from ogi_extract.synth.spec import Paragraph, Text

from ..document import Cell, Document, Heading, HeadRow, Labelled, Table, TargetRow, Title
from ..look import Look
from . import typst_front

NAME = "typst"
FONTS = ("liberation-sans", "carlito", "noto-serif")
BREAKS_ROWS = True
FRONT_MATTER = True  # renders the front-matter blocks (figures, front tables)
FONT_PATHS = ("/usr/share/fonts",)
INDENT = 18.0  # points: one list level, and the hanging indent of every item
_PRIVATE_BULLETS = {"\uf0b7": "•", "\uf0a7": "•"}
_NUMBER = re.compile(r"^(\d+)([.)])$")
_LETTER = re.compile(r"^([a-zA-Z])([.)])$")


def missing() -> str | None:
    try:
        import typst  # noqa: F401
    except ImportError:
        return "typst (PyPI)"
    return None


def version() -> str:
    from importlib.metadata import version as installed

    return f"typst-py {installed('typst')}"


def render(document: Document, look: Look, workdir: Path) -> bytes:
    """The PDF of `document` in `look`; the Typst source and the PDF are left in `workdir`."""
    if missing():
        from . import EngineMissing

        raise EngineMissing(f"Typst is not installed: pip install {missing()}")
    import typst

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / "report.typ"
    source.write_text(markup(document, look), encoding="utf-8")
    for name, picture in typst_front.pictures(document.blocks).items():
        (workdir / name).write_bytes(picture)
    fonts = [p for p in FONT_PATHS if Path(p).is_dir()] + family_dirs(look.family)
    pdf = typst.compile(str(source), root=str(workdir), font_paths=fonts, ignore_system_fonts=True)
    (workdir / "report.pdf").write_bytes(pdf)
    return pdf


def family_dirs(family: str) -> list[str]:
    """The folder fontconfig keeps `family` in, where it lies outside `FONT_PATHS`.

    Typst reads only the folders it is given and sets an unknown family in its
    own default face without a word: TeX's fonts (Latin Modern) live under
    /usr/share/texmf, and a report asked in them came out in Libertinus.
    """
    try:
        found = subprocess.run(["fc-match", "-f", "%{family}|%{file}", family], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return []
    names, _, path = found.rpartition("|")
    folder = str(Path(path).parent)
    if family not in names.split(",") or any(folder.startswith(p) for p in FONT_PATHS):
        return []
    return [folder]


def string(text: str) -> str:
    """`text` as a Typst string literal: printed as it stands, never read as markup."""
    for glyph, shown in _PRIVATE_BULLETS.items():
        text = text.replace(glyph, shown)
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def markup(document: Document, look: Look) -> str:
    """The whole report as Typst source."""
    out = [_preamble(document, look)]
    for block in document.blocks:
        if isinstance(block, Title):
            out.append(f'#align(center + horizon, text(size: 20pt, weight: "bold", {string(block.text)}))')
        elif isinstance(block, Heading):
            out.append(_heading(block, look))
        elif isinstance(block, Labelled):
            out.append(f'#block(above: 10pt, below: 4pt, sticky: true, strong({string(block.label)}))')
            out.append(_paragraphs(block.body, look, "\n\n"))
        elif isinstance(block, Table):
            out.append(_table(block, look))
        else:
            front = typst_front.block(block, string, lambda body: _paragraphs(body, look, "\n\n"))  # type: ignore[arg-type]
            if front is None:
                raise TypeError(f"not a document block: {block!r}")
            out.append(front)
    return "\n\n".join(out) + "\n"


def _preamble(document: Document, look: Look) -> str:
    left, top, right, bottom = look.margins
    footer = "none"
    if look.footer:
        lines = " #linebreak() ".join(f"#{string(line)}" for line in document.wording.footer_lines())
        footer = (
            f"context [#set text(size: {max(7.0, look.size - 3)}pt)\n"
            "#set par(justify: false, spacing: 0.3em)\n"
            f"#align(right, counter(page).display())\n{lines}]"
        )
    return "\n".join((
        f"#set document(title: {string(document.wording.title)}, date: none)",
        f"#set page(paper: \"a4\", margin: (left: {left}pt, top: {top}pt, right: {right}pt, bottom: {bottom}pt),",
        f"  footer-descent: 20%, footer: {footer})",
        f'#set text(font: {string(look.family)}, size: {look.size}pt, lang: "{_language(look)}", '
        f"hyphenate: {_bool(look.hyphenate)}, ligatures: {_bool(look.ligatures)})",
        f"#set par(justify: {_bool(look.justify)}, leading: 0.5em, spacing: 0.6em)",
        f"#set table(stroke: {look.border_width}pt + black, inset: (x: 5pt, y: 4pt))",
    ))


def _language(look: Look) -> str:
    """Indonesian, unless hyphenated: Typst has no Indonesian patterns, so a hyphenated report is
    one whose author left Typst's default language, English, whose patterns then cut the words."""
    return "en" if look.hyphenate else "id"


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _heading(heading: Heading, look: Look) -> str:
    text = f'text(size: {look.size + 1}pt, weight: "bold", {string(heading.text)})'
    if heading.centered:
        text = f"align(center, {text})"
    block = f"#block(width: 100%, above: 10pt, below: 8pt, sticky: true, {text})"
    return f"#pagebreak(weak: true)\n{block}" if heading.new_page else block


def _paragraphs(body: Text, look: Look, separator: str) -> str:
    """Paragraphs in order; list items as real lists (runs of items grouped) or typed markers."""
    out: list[str] = []
    run: list[Paragraph] = []

    def flush() -> None:
        if run:
            out.append(_list(run))
            run.clear()

    for para in body:
        if para.marker is None:
            flush()
            out.append(f"#{string(para.text)}")
        elif not look.list_markup:
            out.append(_typed(para.marker, para.level, para.text))
        else:
            if run and not _continues(run[-1], para):
                flush()
            run.append(para)
    flush()
    return separator.join(out)


def _numbering(marker: str) -> tuple[str, int] | None:
    """A numbered marker as Typst's numbering pattern and first value ("3." -> ("1.", 3))."""
    if m := _NUMBER.match(marker):
        return f"1{m.group(2)}", int(m.group(1))
    if m := _LETTER.match(marker):
        letter = m.group(1)
        base = "a" if letter.islower() else "A"
        return f"{base}{m.group(2)}", ord(letter) - ord(base) + 1
    return None


def _continues(previous: Paragraph, para: Paragraph) -> bool:
    """Whether `para` is the next item of the list `previous` belongs to."""
    if previous.level != para.level:
        return False
    before, now = _numbering(previous.marker or ""), _numbering(para.marker or "")
    if before is None or now is None:
        return before is None and now is None and previous.marker == para.marker
    return before[0] == now[0] and now[1] == before[1] + 1


def _list(items: list[Paragraph]) -> str:
    first = items[0]
    indent = f"{INDENT * first.level}pt"
    bodies = ", ".join(f"[#{string(p.text)}]" for p in items)
    numbered = _numbering(first.marker or "")
    if numbered:
        pattern, start = numbered
        return f'#enum(numbering: "{pattern}", start: {start}, indent: {indent}, body-indent: 6pt, {bodies})'
    marker = _PRIVATE_BULLETS.get(first.marker or "", first.marker or "")
    return f"#list(marker: [#{string(marker)}], indent: {indent}, body-indent: 6pt, {bodies})"


def _typed(marker: str, level: int, text: str) -> str:
    """The marker typed in a box as wide as the hanging indent, the text after it."""
    shown = _PRIVATE_BULLETS.get(marker, marker)
    return (
        f"#pad(left: {INDENT * level}pt, par(hanging-indent: {INDENT}pt)"
        f"[#box(width: {INDENT}pt, {string(shown)})#{string(text)}])"
    )


def _table(table: Table, look: Look) -> str:
    columns = ", ".join(f"{fraction}fr" for fraction in look.columns)
    cells: list[str] = []
    for i, row in enumerate(table.rows):
        if isinstance(row, HeadRow):
            head = f"table.cell(colspan: 3, fill: luma(217), strong({string(row.text)}))"
            cells.append(f"table.header(repeat: {_bool(look.repeat_header)}, {head})" if i == 0 else head)
        elif isinstance(row, TargetRow):
            cells.append(f"table.cell(rowspan: 2, {_cell(row.target, look)})")
            cells.append(_cell(row.achievement, look))
            cells.append(_cell(row.score, look))
            cells.append(_cell(row.cocreation, look))
            label = row.cocreation_label
            where = "center + horizon" if label.valign == "middle" else "center + top"
            cells.append(f"table.cell(align: {where}, {_cell(label, look)})")
    body = ",\n  ".join(cells)
    return f"#table(columns: ({columns}),\n  {body},\n)\n#v(4pt)"


def _cell(cell: Cell, look: Look) -> str:
    parts: list[str] = []
    if cell.head is not None:
        head = string(cell.head)
        parts.append(f"#strong({head})" if cell.bold_head else f"#{head}")
    if cell.body:
        parts.append(_paragraphs(cell.body, look, "\n\n"))
    return "[" + "\n\n".join(parts) + "]"
