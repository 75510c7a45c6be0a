"""The front matter's blocks as LaTeX, the way an author sets them (see `latex.py`).

A pie is a `figure` float placed as LaTeX places it (`[htbp]`: here when it
fits, else at the top of a later page, after the sentences that follow it in the
source), its `\\caption` under the chart, printed by the `caption` package as one
line "Gambar 1. Title" (`labelsep=period`). A vector pie is a `picture` of filled
PDF paths (no TikZ on a Debian texlive-latex-* install), its percentages put on
the slices as text, a legend line of colour swatches (rules) and grades under it;
an image pie is `\\includegraphics` of a PNG beside the source with the legend as
text. Tables are `longtable`s centred at their width, the header row shaded and
repeated by `\\endhead` when the layout repeats it, the caption a longtable
`\\caption` above (in the first head) or below (in the last foot): "Tabel 4. Title".
A manual break before a row is `\\pagebreak` between rows, which longtable honours.
The table and figure numbers are the document's: the counters are set to them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..document import Figure, FrontCell, FrontTable, Prose, Spacer
from ..pie import label_point, png, polygon, wedges

PIE = 150.0  # big points: the drawing's box
HEAD_GREY = "0.85"
_NUMBERED = re.compile(r"^(?P<name>\S+)\s+(?P<number>\d+)\s*\.?\s*(?P<title>.*)$")

# What the front matter adds to the preamble: captions as "Gambar 1. Title", pictures,
# and a PDF literal under one name in pdfTeX and LuaTeX.
PREAMBLE = r"""\usepackage{graphicx}
\usepackage[labelsep=period,skip=6pt]{caption}
\setlength\LTcapwidth{\linewidth}
\ifdefined\pdfliteral\else\protected\def\pdfliteral{\pdfextension literal}\fi
"""


def picture_name(figure: Figure) -> str:
    """The file an image pie is read from: "gambar-1.png" for the figure captioned "Gambar 1"."""
    return "-".join(figure.caption[0].lower().split()) + ".png"


def pictures(blocks: tuple[object, ...]) -> dict[str, bytes]:
    """The PNG files the source of these blocks reads, by name."""
    return {picture_name(b): png(b.slices) for b in blocks if isinstance(b, Figure) and b.drawing == "image"}


def block(item: object, escape: Callable[[str], str], paragraphs: Callable[[object], str]) -> str | None:
    """The LaTeX of a front-matter block, or None when `item` is not one."""
    if isinstance(item, Prose):
        return "\\medskip\n" + paragraphs(item.body)
    if isinstance(item, Spacer):
        return f"\\vspace{{{item.height:.0f}bp}}\n"
    if isinstance(item, Figure):
        return _figure(item, escape)
    if isinstance(item, FrontTable):
        return _table(item, escape)
    return None


def numbered(caption: tuple[str, ...]) -> tuple[str, int, str]:
    """A caption's name, number and title: ("Tabel 4.", "Daftar ...") -> ("Tabel", 4, "Daftar ...")."""
    m = _NUMBERED.match(" ".join(" ".join(caption).split()))
    if m is None:
        raise ValueError(f"a caption with no number: {caption!r}")
    return m.group("name"), int(m.group("number")), m.group("title")


def _figure(figure: Figure, escape: Callable[[str], str]) -> str:
    name, number, title = numbered(figure.caption)
    out = [
        "\\begin{figure}[htbp]\n\\centering\n",
        f"\\renewcommand\\figurename{{{escape(name)}}}\\setcounter{{figure}}{{{number - 1}}}\n",
    ]
    if figure.drawing == "image":
        out.append(f"\\includegraphics[width={PIE:.0f}bp]{{{picture_name(figure)}}}\\par\n")
    else:
        out.append(_pie(figure, escape))
    swatches = "\\hspace{12pt}".join(
        f"\\textcolor[HTML]{{{s.colour}}}{{\\rule{{8pt}}{{8pt}}}}\\,{escape(s.label)}" for s in figure.slices
    )
    out.append(f"\\vspace{{6pt}}{{{swatches}\\par}}\n")
    out.append(f"\\caption{{{escape(title)}}}\n")
    if figure.source:
        out.append(f"{{\\small\\itshape {escape(figure.source)}\\par}}\n")
    out.append("\\end{figure}\n")
    return "".join(out)


def _pie(figure: Figure, escape: Callable[[str], str]) -> str:
    """The slices as filled PDF paths (y grows upwards there), the percentages as text on them."""
    r = PIE / 2
    paths = []
    for s, start, end in wedges(figure.slices):
        red, green, blue = (int(s.colour[i : i + 2], 16) / 255 for i in (0, 2, 4))
        points = polygon(r, r, r, start, end)
        path = " ".join(f"{x:.2f} {PIE - y:.2f} {'m' if i == 0 else 'l'}" for i, (x, y) in enumerate(points))
        paths.append(f"{red:.3f} {green:.3f} {blue:.3f} rg {path} h b")
    literal = "q 1 1 1 RG 0.75 w " + " ".join(paths) + " Q"
    out = [f"\\setlength\\unitlength{{1bp}}\\begin{{picture}}({PIE:.0f},{PIE:.0f})\n",
           f"\\put(0,0){{\\pdfliteral{{{literal}}}}}\n"]
    for s, start, end in wedges(figure.slices):
        x, y = label_point(r, r, r, start, end)
        out.append(f"\\put({x:.2f},{PIE - y:.2f}){{\\makebox(0,0){{\\color{{white}}\\bfseries {escape(f'{s.percent}%')}}}}}\n")
    out.append("\\end{picture}\\par\n")
    return "".join(out)


def _widths(table: FrontTable) -> list[str]:
    """Each column's text width: its share of the table, less its padding and rules."""
    n = len(table.columns)
    out = []
    for i, share in enumerate(table.columns):
        rules = "2\\arrayrulewidth" if i == n - 1 else "\\arrayrulewidth"
        out.append(f"\\dimexpr{share * table.width:.4f}\\linewidth-2\\tabcolsep-{rules}\\relax")
    return out


def _table(table: FrontTable, escape: Callable[[str], str]) -> str:
    spec = "|" + "|".join(f"p{{{w}}}" for w in _widths(table)) + "|"
    out = ["{\\setlength\\LTleft{0pt plus 1fill}\\setlength\\LTright{0pt plus 1fill}\\renewcommand\\arraystretch{1.2}\n"]
    caption = ""
    if table.caption:
        name, number, title = numbered(table.caption)
        out.append(f"\\renewcommand\\tablename{{{escape(name)}}}\\setcounter{{table}}{{{number - 1}}}\n")
        caption = f"\\caption{{{escape(title)}}}\\\\\n"
    out.append(f"\\begin{{longtable}}{{{spec}}}\n")
    top = caption if caption and not table.caption_below else ""
    if table.header is not None:
        cells = " & ".join(f"\\cellcolor[gray]{{{HEAD_GREY}}}{{\\centering\\bfseries {escape(t)}\\par}}" for t in table.header)
        header = f"{cells}\\\\\n\\hline\n"
    else:
        header = ""
    once = ""  # the header row printed once, as the first row of the body
    if table.repeat_header and header:
        out += [top, "\\hline\n", header, "\\endfirsthead\n\\hline\n", header, "\\endhead\n"]
    else:
        out += [top, "\\hline\n\\endfirsthead\n\\hline\n\\endhead\n"]
        once = header
    if caption and table.caption_below:
        out.append(f"\\endfoot\n{caption}\\endlastfoot\n")
    out.append(once)
    for i, row in enumerate(table.rows):
        if i and i == table.break_before:
            out.append("\\pagebreak\n")
        out.append(" & ".join(_cell(c, escape) for c in row) + "\\\\\n\\hline\n")
    out.append("\\end{longtable}}\n")
    return "".join(out)


def _cell(cell: FrontCell, escape: Callable[[str], str]) -> str:
    parts = []
    for i, text in enumerate(p for p in cell.paragraphs if p):
        shown = escape(text)
        parts.append(f"\\textbf{{{shown}}}" if cell.bold or (cell.bold_first and i == 0) else shown)
    body = "\\par ".join(parts)
    if cell.centre:
        body = f"{{\\centering {body}\\par}}"
    fill = f"\\cellcolor[HTML]{{{cell.fill}}}" if cell.fill else ""
    return fill + (body or "\\strut")
