"""List items in a .docx: Word numbering (real list markup) or markers typed in the text.

Word keeps a list label out of the paragraph's text: the paragraph names a
numbering instance (`w:numPr`), the instance an abstract definition whose level
says the format ("decimal", "lowerLetter", "bullet") and the label's text
("%1.", or the bullet glyph in its symbol font). An office suite then draws the
label in the hanging indent, followed by a tab. Items that continue a sequence
("2." after "1.") share one instance, so the label is counted as Word counts it;
an item that does not continue starts an instance of its own at its number, so
every label prints exactly as the document says.

Typed markers are what documents pasted from elsewhere carry: the marker, a tab,
then the text, with a hanging indent; a symbol-font bullet is inserted as Word
inserts a symbol (`w:sym`), so it extracts as a private-use character (U+F0B7).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from docx.document import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

# Private-use bullets as Word writes them: the glyph's code in a symbol font.
SYMBOL_BULLETS: dict[str, tuple[str, str]] = {"\uf0b7": ("Symbol", "F0B7"), "\uf0a7": ("Wingdings", "F0A7")}
# Word's "o" bullet is the letter in Courier New.
LABEL_FONTS: dict[str, str] = {"o": "Courier New"}
INDENT = Pt(18)  # one list level, and the hanging indent of every item
_NUMBER = re.compile(r"^(\d+)([.)])$")
_LOWER = re.compile(r"^([a-z])([.)])$")
_UPPER = re.compile(r"^([A-Z])([.)])$")


@dataclass(frozen=True, slots=True)
class LabelFormat:
    """How Word states one label: its numbering format, level text, first value and font."""

    fmt: str  # decimal, lowerLetter, upperLetter, bullet
    text: str  # "%1." or the literal label
    start: int
    font: str | None = None


def label_format(marker: str) -> LabelFormat:
    """The Word numbering that prints `marker` exactly."""
    if m := _NUMBER.match(marker):
        return LabelFormat("decimal", f"%1{m.group(2)}", int(m.group(1)))
    if m := _LOWER.match(marker):
        return LabelFormat("lowerLetter", f"%1{m.group(2)}", ord(m.group(1)) - ord("a") + 1)
    if m := _UPPER.match(marker):
        return LabelFormat("upperLetter", f"%1{m.group(2)}", ord(m.group(1)) - ord("A") + 1)
    if marker in SYMBOL_BULLETS:
        font, code = SYMBOL_BULLETS[marker]
        return LabelFormat("bullet", chr(int(code, 16)), 1, font)
    return LabelFormat("bullet", marker, 1, LABEL_FONTS.get(marker))


def indents(level: int) -> tuple[int, int]:
    """Left indent and hanging indent, in EMU, of an item at `level` (0 = outermost)."""
    return int(INDENT) * (level + 1), int(INDENT)


class Numbering:
    """Numbering definitions of one document, shared by all its lists."""

    def __init__(self, document: Document) -> None:
        self.element = document.part.numbering_part.element
        self.abstracts: dict[tuple[str, str, str | None, int], int] = {}
        used = [int(n.get(qn("w:numId"))) for n in self.element.findall(qn("w:num"))]
        used += [int(a.get(qn("w:abstractNumId"))) for a in self.element.findall(qn("w:abstractNum"))]
        self.next_id = max(used, default=0) + 1
        # level -> (instance id, label format, next value): the list being continued
        self.open: dict[int, tuple[int, LabelFormat, int]] = {}

    def restart(self) -> None:
        """A new text (cell or section): its first item starts a new list."""
        self.open.clear()

    def apply(self, paragraph: Paragraph, marker: str, level: int) -> None:
        label = label_format(marker)
        current = self.open.get(level)
        if current and current[1].fmt == label.fmt and current[1].text == label.text and current[2] == label.start:
            instance = current[0]
        else:
            instance = self._instance(label, level)
        self.open[level] = (instance, label, label.start + 1)
        for deeper in [k for k in self.open if k > level]:
            del self.open[deeper]
        numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        numbering.get_or_add_ilvl().val = 0
        numbering.get_or_add_numId().val = instance

    def _instance(self, label: LabelFormat, level: int) -> int:
        key = (label.fmt, label.text, label.font, level)
        if key not in self.abstracts:
            self.abstracts[key] = self._abstract(label, level)
        number = self.next_id
        self.next_id += 1
        override = (
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{label.start}"/></w:lvlOverride>'
            if label.fmt != "bullet" else ""
        )
        self.element.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{number}"><w:abstractNumId w:val="{self.abstracts[key]}"/>'
            f"{override}</w:num>"
        ))
        return number

    def _abstract(self, label: LabelFormat, level: int) -> int:
        number = self.next_id
        self.next_id += 1
        left, hanging = indents(level)
        fonts = (
            f'<w:rPr><w:rFonts w:ascii="{label.font}" w:hAnsi="{label.font}" w:cs="{label.font}" '
            f'w:hint="default"/></w:rPr>' if label.font else ""
        )
        definition = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{number}">'
            '<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{label.fmt}"/><w:lvlText w:val="{escape(label.text, {chr(34): "&quot;"})}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left // 635}" w:hanging="{hanging // 635}"/></w:pPr>'
            f"{fonts}</w:lvl></w:abstractNum>"
        )
        instances = self.element.findall(qn("w:num"))
        if instances:
            instances[0].addprevious(definition)
        else:
            self.element.append(definition)
        return number


def typed_item(paragraph: Paragraph, marker: str, level: int) -> None:
    """The marker typed at the start of the paragraph, then a tab to the hanging indent."""
    left, hanging = indents(level)
    fmt = paragraph.paragraph_format
    fmt.left_indent = left
    fmt.first_line_indent = -hanging
    fmt.tab_stops.add_tab_stop(left, WD_TAB_ALIGNMENT.LEFT)
    if marker in SYMBOL_BULLETS:
        font, code = SYMBOL_BULLETS[marker]
        symbol = OxmlElement("w:sym")
        symbol.set(qn("w:font"), font)
        symbol.set(qn("w:char"), code)
        paragraph.add_run()._r.append(symbol)
    else:
        run = paragraph.add_run(marker)
        if marker in LABEL_FONTS:
            run.font.name = LABEL_FONTS[marker]
    paragraph.add_run("\t")
