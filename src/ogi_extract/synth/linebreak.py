"""Greedy line breaking the way a word processor does it in table cells.

Three kinds of line end come out, and each is told apart by the text that is drawn:
- between words, and at the end of the paragraph: the line keeps a trailing space
  (Word writes one for the paragraph mark too);
- after "-" (or "/" where allowed) inside a token such as "SP4N-LAPOR!": no space;
- inside a token too long for an empty line: the token is cut where the line is
  full, with no hyphen and no space ("Kementerian/Lemba" + "ga").
URLs never break after "/" (word processors treat them as one word) but do break
after "-", as the printed reports show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

_EPS = 1e-6


@dataclass(frozen=True, slots=True)
class Line:
    text: str  # without the trailing space
    space: bool  # the line broke between words and is drawn with a trailing space
    width: float  # width of `text`


def _opportunities(piece: str, slash: bool) -> list[int]:
    """Cut positions after "-" (or "/" if `slash`) that follow a letter or digit and
    precede more text."""
    cuts = []
    for i in range(1, len(piece) - 1):
        ch = piece[i]
        if (ch == "-" or (ch == "/" and slash)) and piece[i - 1].isalnum():
            cuts.append(i + 1)
    return cuts


def break_paragraph(
    text: str,
    width: float,
    measure: Callable[[str], float],
    *,
    slash: bool = True,
) -> list[Line]:
    """Break one paragraph into lines no wider than `width` (trailing spaces hang)."""
    space_w = measure(" ")
    lines: list[Line] = []
    cur: list[str] = []  # pieces of the current line, joined by single spaces
    cur_w = 0.0

    def flush(space: bool) -> None:
        nonlocal cur, cur_w
        lines.append(Line(" ".join(cur), space, cur_w))
        cur = []
        cur_w = 0.0

    for token in text.split():
        piece = token
        # Decided on the whole token: what is left of a cut URL no longer shows "://".
        slash_here = slash and "://" not in token
        while piece:
            sep_w = space_w if cur else 0.0
            piece_w = measure(piece)
            if cur_w + sep_w + piece_w <= width + _EPS:
                cur.append(piece)
                cur_w += sep_w + piece_w
                piece = ""
                continue
            room = width - cur_w - sep_w
            cut = 0
            for pos in reversed(_opportunities(piece, slash_here)):
                if measure(piece[:pos]) <= room + _EPS:
                    cut = pos
                    break
            if cut:
                cur.append(piece[:cut])
                cur_w += sep_w + measure(piece[:cut])
                piece = piece[cut:]
                flush(space=False)
            elif cur:
                flush(space=True)
            else:
                cut = _longest_fit(piece, width, measure)
                cur.append(piece[:cut])
                cur_w = measure(piece[:cut])
                piece = piece[cut:]
                flush(space=False)
    if cur:
        flush(space=True)
    return lines


def _longest_fit(piece: str, width: float, measure: Callable[[str], float]) -> int:
    """Most leading characters of `piece` that fit `width`, at least one."""
    lo, hi = 1, len(piece) - 1
    best = 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if measure(piece[:mid]) <= width + _EPS:
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return best
