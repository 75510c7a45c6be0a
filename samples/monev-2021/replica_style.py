"""Type sizes, indents and the few paragraph shapes both parts of the replica share.

Arial 11 pt at 1.5 lines, for running text and in the detail tables alike: the
original's text layer fits these metrics (see the column widths in replica_detail).
Together with the widths they set how often a row of the detail section runs over
a page and which words the narrow target column cuts, which is what a parser of
the original has to cope with.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Length, Pt
from docx.text.paragraph import Paragraph

from replica_docx import SYMBOL_BULLETS, LiteralNumbering, add_hyperlink, add_symbol
from replica_text import url_spans


@dataclass(frozen=True)
class Style:
    body_size: float = 11.0
    body_spacing: float = 1.5
    table_size: float = 11.0
    table_spacing: float = 1.5
    item_gap: float = 6.0
    footer_size: float = 8.0
    indent: Length = Cm(0.63)
    hanging: Length = Cm(0.63)
    heading_fill: str = "D9E2F3"
    head_fill: str = "BDD7EE"


STYLE = Style()


def write_text(paragraph: Paragraph, text: str, bold: bool = False, size: float | None = None) -> None:
    """Runs of plain text, with every web address turned into a hyperlink."""
    position = 0
    for start, end in url_spans(text):
        if start > position:
            _run(paragraph, text[position:start], bold, size)
        add_hyperlink(paragraph, text[start:end], text[start:end])
        position = end
    if position < len(text):
        _run(paragraph, text[position:], bold, size)


def _run(paragraph: Paragraph, text: str, bold: bool, size: float | None) -> None:
    run = paragraph.add_run(text)
    if bold:
        run.bold = True
    if size:
        run.font.size = Pt(size)


# Bullets typed as characters; every other marker ("1.", "a.", "o") is a list label.
TYPED_BULLETS = ("●", "·")
# Word's "o" bullet is the letter in Courier New.
_LABEL_FONTS = {"o": "Courier New"}


def write_item(
    paragraph: Paragraph, marker: str, text: str, level: int, numbering: LiteralNumbering, justify: bool = True
) -> None:
    """A list item at `level` (1 = outermost) with a hanging indent.

    A symbol-font bullet (SYMBOL_BULLETS) is inserted as Word inserts a symbol, a
    `w:sym` character followed by a tab; a typed bullet character likewise; any
    other marker ("1.", "a.", "o") becomes a list label printed as it stands.
    """
    left = Cm(STYLE.indent.cm * (level - 1) + STYLE.hanging.cm)
    if justify:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if marker not in SYMBOL_BULLETS and marker not in TYPED_BULLETS:
        numbering.apply(paragraph, marker, left, STYLE.hanging, _LABEL_FONTS.get(marker))
        write_text(paragraph, text)
        return
    fmt = paragraph.paragraph_format
    fmt.left_indent = left
    fmt.first_line_indent = -STYLE.hanging
    fmt.tab_stops.add_tab_stop(left, WD_TAB_ALIGNMENT.LEFT)
    if marker in SYMBOL_BULLETS:
        add_symbol(paragraph, marker)
    else:
        _run(paragraph, marker, False, None)
    _run(paragraph, "\t", False, None)
    write_text(paragraph, text)
