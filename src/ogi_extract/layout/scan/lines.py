"""Words of a scanned page put into lines from geometry, and rules read as letters taken out.

The layout model's line ids come from the order a PDF draws its text. An OCR
layer draws word by word, each on its own slightly slanted baseline, so those
ids cut one printed line into several (and a footer stops repeating line for
line across pages). On the upright page a printed line is level: words whose
vertical centres lie within `SAME_LINE` of a line's height belong to it, and a
line ends where a vertical rule of the table separates two words, as a cell
border separates the text of two cells.

OCR often reads a table rule it crosses as a letter ("|", "I", "l", "!").
Such a word made only of stroke-like glyphs, lying on a rule found in the
image, is that rule, not text: it is dropped. So is dust read as
punctuation: a word with no letter or digit, much smaller than the page's
words (a ":" 0.7 pt tall before a footer, which stopped the footer from
repeating word for word).

A bullet ("•") is often read as a letter ("e") or a sign ("»", "*"). At a
line's start, alone, narrow, and followed by a gap far wider than a word
space or by text the next line lines up with (a hanging indent), that glyph
is the list's bullet, and is written as one (`mark_bullets`).
"""

from __future__ import annotations

from ..model import Box, Ruling, Word

SAME_LINE = 0.5  # of the line's height, between vertical centres
STROKES = frozenset("|!Il1[]()_-—–=:;'\".,")
ON_RULE = 4.0  # points between a stroke's centre and a rule: OCR boxes of a rule's glyph sit beside it
OVERLAPPED = 0.6  # of a word's box inside a surer word's box: the same ink read twice
SPECK = 0.4  # of the page's median word height: punctuation smaller than this is dust read as text
DASHES = frozenset("-\u2010\u2013\u2014")
FLAT = 1.5  # width over height of a dash's box (see `drop_specks`)
BULLET = "\u2022"
# Glyphs Tesseract gives a bullet: not "o", which is a list marker of its own.
BULLET_MISREADS = frozenset("e»«*°©@¢")
BULLET_GAP = 0.5  # of the next word's height: a word space is about 0.25, a bullet's gap 0.6-0.8
BULLET_WIDTH = 0.6  # of the next word's height, at most
HANG = 1.5  # points between the starts of an item's text and of its next line
BELOW = 2.0  # of the line's height: how far below the next line starts


def _on_rule(box: Box, rulings: list[Ruling]) -> bool:
    for r in rulings:
        b = r.box
        if r.orientation == "v":
            if b.x0 - ON_RULE <= box.cx <= b.x1 + ON_RULE and b.top - ON_RULE <= box.cy <= b.bottom + ON_RULE:
                return True
        elif b.top - ON_RULE <= box.cy <= b.bottom + ON_RULE and b.x0 - ON_RULE <= box.cx <= b.x1 + ON_RULE:
            return True
    return False


def _edge_on_rule(x: float, box: Box, rulings: list[Ruling]) -> bool:
    return any(
        r.orientation == "v" and abs(r.box.cx - x) <= ON_RULE and r.box.top <= box.cy <= r.box.bottom for r in rulings
    )


def drop_rule_glyphs(words: list[Word], rulings: list[Ruling]) -> list[Word]:
    """The words that are not a rule read as letters (see the module's docstring).

    A "|" glued to a word at a rule ("|2" for "2." beside a cell border) is cut off.
    """
    image_rules = [r for r in rulings if r.source == "image"]
    if not image_rules:
        return words
    out: list[Word] = []
    for w in words:
        if set(w.text) <= STROKES and _on_rule(w.box, image_rules):
            continue
        if w.text.startswith("|") and _edge_on_rule(w.box.x0, w.box, image_rules):
            w.text = w.text.lstrip("|")
        if w.text.endswith("|") and _edge_on_rule(w.box.x1, w.box, image_rules):
            w.text = w.text.rstrip("|")
        if w.text:
            out.append(w)
    return out


def drop_specks(words: list[Word]) -> list[Word]:
    """The words that are not dust: anything far smaller than the page's words both ways.

    A dash is as thin as dust but as wide as a letter, and it is a value ("-":
    not assessed); a hyphen read as that value is narrower (2.6 x 1.2 pt in the
    replica's 10 pt "Nilai: -"), but it lies flat: a word of dashes whose box
    is `FLAT` times wider than tall is kept, where dust is round. Letters,
    digits and dashes of an OCR layer are kept whatever their box (its "-"
    of "Nilai: -" in 10 pt Times is 1.3 x 2.6 pt).
    """
    heights = sorted(w.box.height for w in words)
    if not heights:
        return words
    small = SPECK * heights[len(heights) // 2]
    out = []
    for w in words:
        if w.box.height >= small or w.box.width >= small:
            out.append(w)
        elif set(w.text) <= DASHES and w.box.width >= FLAT * w.box.height:
            out.append(w)
        elif (any(c.isalnum() for c in w.text) or set(w.text) <= DASHES) and getattr(w, "confidence", None) is None:
            out.append(w)  # an OCR layer draws a digit or a dash in a box of its own making, often tiny: "1" 2 x 4 pt
    return out


def drop_overlapped(words: list[Word]) -> list[Word]:
    """The words without a second, less sure reading of the same ink (a "1" inside "Aktif").

    A word lying mostly (`OVERLAPPED`) inside another word's box is dropped when
    its confidence is lower; words without a confidence (an OCR layer) are kept.
    """
    out: list[Word] = []
    for w in words:
        mine = getattr(w, "confidence", None)
        if mine is not None and any(
            o is not w
            and (theirs := getattr(o, "confidence", None)) is not None
            and theirs > mine
            and _inside_share(w.box, o.box) >= OVERLAPPED
            for o in words
        ):
            continue
        out.append(w)
    return out


def _inside_share(a: Box, b: Box) -> float:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    return max(0.0, w) * max(0.0, h) / max(a.width * a.height, 1e-6)


def _column(word: Word, verticals: list[Ruling]) -> int:
    """How many vertical rules at the word's height lie left of it: its column of the table."""
    b = word.box
    return sum(1 for r in verticals if r.box.cx < b.cx and r.box.top <= b.cy <= r.box.bottom)


def regroup(words: list[Word], rulings: list[Ruling], ocr_spaces: bool) -> list[Word]:
    """The words in reading order with line ids from geometry; `ocr_spaces` sets `space_after` by line.

    Words are first split by the vertical rules between them (a table's
    columns), then put into lines within each column, left to right: a word
    joins the line whose first word's centre is nearest its own, within
    SAME_LINE of its height, and right of that line's words; so the text of a
    neighbouring cell, a little higher, never chains two lines into one, and
    a line is anchored by the word it starts with, not by a page number set
    between two footer lines ("2" between "Laporan ..." and "Saran ...",
    which cut the second line in two and stopped it from repeating).
    """
    verticals = [r for r in rulings if r.orientation == "v"]
    columns: dict[int, list[Word]] = {}
    for w in words:
        columns.setdefault(_column(w, verticals), []).append(w)
    lines: list[list[Word]] = []
    for _, members in sorted(columns.items()):
        open_lines: list[tuple[float, float, list[Word]]] = []  # anchor centre, height, words
        for w in sorted(members, key=lambda w: (w.box.x0, w.box.cy)):
            fits = [
                (abs(w.box.cy - anchor), words)
                for anchor, height, words in open_lines
                if abs(w.box.cy - anchor) <= SAME_LINE * max(height, w.box.height)
                and w.box.x0 >= words[-1].box.x1 - SAME_LINE * w.box.height
            ]
            if fits:
                min(fits, key=lambda f: f[0])[1].append(w)
            else:
                open_lines.append((w.box.cy, w.box.height, [w]))
        lines.extend(words for _, _, words in open_lines)
    lines.sort(key=lambda ln: (min(w.box.top for w in ln), min(w.box.x0 for w in ln)))
    out: list[Word] = []
    for line_id, line in enumerate(lines):
        line.sort(key=lambda w: w.box.x0)
        for i, w in enumerate(line):
            w.line = line_id
            if ocr_spaces:
                w.space_after = i + 1 < len(line)
            out.append(w)
    return out


def mark_bullets(words: list[Word]) -> list[Word]:
    """Words in lines (`regroup`) with a bullet read as a letter written as the bullet (see the module's docstring).

    The first word of a line is a bullet when it is one glyph of
    `BULLET_MISREADS`, narrower than `BULLET_WIDTH` of the next word's height,
    and either `BULLET_GAP` of that height or more lies between them, or the
    line below starts where the next word does (`HANG` points): the hanging
    indent of a list item, whose text lines up right of its bullet.
    """
    firsts = [w for i, w in enumerate(words) if not i or words[i - 1].line != w.line]
    for i, w in enumerate(words):
        if i + 1 >= len(words) or (i and words[i - 1].line == w.line):
            continue
        nxt = words[i + 1]
        if nxt.line != w.line or w.text not in BULLET_MISREADS:
            continue
        height = nxt.box.height
        if w.box.width > BULLET_WIDTH * height:
            continue
        hanging = any(
            f.line != w.line
            and abs(f.box.x0 - nxt.box.x0) <= HANG
            and 0 < f.box.top - nxt.box.top <= BELOW * height
            for f in firsts
        )
        if hanging or nxt.box.x0 - w.box.x1 >= BULLET_GAP * height:
            w.text = BULLET
    return words
