"""A corpus document as LaTeX source, shared by the pdfLaTeX and LuaLaTeX engines.

The report is typeset the way a LaTeX author would set it: `article`, `geometry`
for the look's margins, Indonesian hyphenation (babel `bahasai`, on as LaTeX has
it by default, so `look.hyphenate` is not read), `longtable` for the bordered
target tables, `fancyhdr` for the footer and `url` for web addresses, allowed to
break after any character as `xurl` does.

A target row is what `multirow` draws, done by measure so the row grows: the
target cell hangs from the first sub-row (achievement, score) without giving it
height, the rule between the sub-rows stops at the target column, and the second
sub-row (co-creation, label) grows to the target's depth when the target is the
taller. The cells are boxes of a fixed width with everything below their
baseline, so the depths add up exactly; the co-creation label is centred in its
sub-row when its cell asks for it. A longtable row never breaks inside, so a
target row is kept whole on one page (`BREAKS_ROWS = False`): a row taller than
the page would run off its bottom, and `compile_pdf` refuses such a document
rather than lose its text.

Knobs honoured: size, margins, columns, border width, repeat_header (`\\endhead`),
list_markup (enumerate/itemize with the exact labels, otherwise typed markers on
a hanging indent), ligatures, justify (cells; body text is justified as LaTeX
does), footer. Borders are TeX rules, always filled rectangles; rows never
break, so `rule_at_break` has nothing to do.
"""

from __future__ import annotations

from . import CannotRender, latex_front

import os
import re
import string
import subprocess
from collections.abc import Iterable
from pathlib import Path

from ogi_extract.synth.spec import BULLET, BULLET_GLYPHS, Paragraph

from ..document import Cell, Document, Heading, HeadRow, Labelled, Table, TargetRow, Title
from ..look import Look

BREAKS_ROWS = False
SOURCE_DATE_EPOCH = "1640995200"  # 2022-01-01: a fixed date keeps the PDF bytes stable
_MARKER_WIDTH = "1.6em"
_ROW_LOG = "CORPUS-ROW"  # each target row's height and the page's, in the log
_ROW_HEIGHTS = re.compile(_ROW_LOG + r" ([0-9.]+)pt ([0-9.]+)pt")


class RowTooTall(CannotRender):
    """A target row does not fit on one page; a longtable row cannot break, so its text would be lost."""
_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "#": r"\#",
    "$": r"\$",
    "%": r"\%",
    "&": r"\&",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    '"': r"\textquotedbl{}",
    "'": r"\textquotesingle{}",
    "`": r"\textasciigrave{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"\textbar{}",
}
# a "/" a line may break after, the word after it hyphenated as any other
_SLASH = r"/\penalty\exhyphenpenalty\hspace{0pt}"
_URL = re.compile(r"^(https?://[A-Za-z0-9./:?=+\-]+?)([.,;:]?)$")


def escape(text: str) -> str:
    """Text as LaTeX prints it literally: specials escaped, bullets as "•", "--" kept two hyphens (a kern
    stops the dash ligature), URLs in `\\url` so they break, and a "/" a line may break after."""
    out: list[str] = []
    for word in text.split(" "):
        m = _URL.match(word)
        if m:
            out.append(rf"\url{{{m.group(1)}}}{m.group(2)}")
            continue
        chars = [BULLET if ch in BULLET_GLYPHS else _SPECIALS.get(ch, ch) for ch in word]
        tex = "".join(chars).replace("--", "-\\kern0pt-").replace("--", "-\\kern0pt-")
        out.append(tex.replace("/", _SLASH))
    return " ".join(out)


def paragraphs(paras: Iterable[Paragraph], look: Look) -> str:
    """Paragraphs with their markers: real lists when the look asks, typed markers otherwise."""
    return _lists(list(paras)) if look.list_markup else "".join(_typed(p) for p in paras)


def _typed(p: Paragraph) -> str:
    if p.marker is None:
        return "\\hspace{0pt}" + escape(p.text) + "\\par\n"
    indent = f"{p.level}\\markerwidth" if p.level else "0pt"
    return (
        f"{{\\leftskip={indent}\\hangindent=\\markerwidth\\hangafter=1\\noindent"
        f"\\makebox[\\markerwidth][l]{{{escape(p.marker)}}}\\hspace{{0pt}}{escape(p.text)}\\par}}\n"
    )


def _kind(marker: str) -> str:
    return "enumerate" if marker.endswith(".") and marker[:-1].isalnum() else "itemize"


def _lists(paras: list[Paragraph]) -> str:
    out: list[str] = []
    open_: list[str] = []  # list environments open, outermost first
    for p in paras:
        if p.marker is None:
            while open_:
                out.append(f"\\end{{{open_.pop()}}}\n")
            out.append("\\hspace{0pt}" + escape(p.text) + "\\par\n")
            continue
        level = min(p.level, len(open_))
        while len(open_) > level + 1:
            out.append(f"\\end{{{open_.pop()}}}\n")
        if len(open_) == level + 1 and open_[-1] != _kind(p.marker):
            out.append(f"\\end{{{open_.pop()}}}\n")
        if len(open_) == level:
            open_.append(_kind(p.marker))
            out.append(f"\\begin{{{open_[-1]}}}\n")
        out.append(f"\\item[{escape(p.marker)}] \\hspace{{0pt}}{escape(p.text)}\n")
    while open_:
        out.append(f"\\end{{{open_.pop()}}}\n")
    return "".join(out)


def cell(c: Cell, look: Look) -> str:
    head = ""
    if c.head is not None:
        head = (f"\\textbf{{{escape(c.head)}}}" if c.bold_head else escape(c.head)) + "\\par\n"
    return head + paragraphs(c.body, look)


def _row(r: HeadRow | TargetRow, look: Look, *, keep: bool) -> str:
    if isinstance(r, HeadRow):
        end = "\\\\*" if keep else "\\\\"
        shaded = f"\\cellcolor[gray]{{0.85}}\\cellbox{{\\spanwidth}}{{\\bfseries {escape(r.text)}\\par}}"
        return f"\\multicolumn{{3}}{{|l|}}{{{shaded}}}{end}\\hline\n"
    label_macro = "\\middlecell" if r.cocreation_label.valign == "middle" else "\\topcell"
    return (
        f"\\targetcell{{{cell(r.target, look)}}}&\\topcell{{\\colb}}{{{cell(r.achievement, look)}}}"
        f"&\\topcell{{\\colc}}{{{cell(r.score, look)}}}\\\\*\n"
        f"\\growcell&\\seprule{{\\colb}}\\topcell{{\\colb}}{{{cell(r.cocreation, look)}}}"
        f"&\\seprule{{\\colc}}{label_macro}{{\\colc}}{{{cell(r.cocreation_label, look)}}}\\checkrow\\\\\\hline\n"
    )


def table(t: Table, look: Look) -> str:
    cols = look.columns
    out = [
        "\\setcolumns{%.4f}{%.4f}{%.4f}\n" % cols,
        "\\begin{longtable}{|l|l|l|}\n\\hline\n",
    ]
    rows = list(t.rows)
    if look.repeat_header and rows and isinstance(rows[0], HeadRow):
        head = _row(rows[0], look, keep=False)
        out += [head, "\\endfirsthead\n\\hline\n", head, "\\endhead\n"]
        rows = rows[1:]
    for i, r in enumerate(rows):
        out.append(_row(r, look, keep=i + 1 < len(rows)))
    out.append("\\end{longtable}\n")
    return "".join(out)


def body(doc: Document, look: Look) -> str:
    out: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Title):
            out.append(
                "\\null\\vspace*{0.3\\textheight}"
                f"{{\\centering\\LARGE\\bfseries {escape(block.text)}\\par}}\n\\clearpage\n"
            )
        elif isinstance(block, Heading):
            brk = "\\clearpage\n" if block.new_page else ""
            align = "\\centering" if block.centered else "\\RaggedRight"
            out.append(f"{brk}{{{align}\\bfseries {escape(block.text)}\\par}}\\nopagebreak\\smallskip\n")
        elif isinstance(block, Labelled):
            out.append(f"\\medskip\\noindent\\textbf{{{escape(block.label)}}}\\par\\nopagebreak\n")
            out.append(paragraphs(block.body, look))
        elif isinstance(block, Table):
            out.append(table(block, look))
        else:
            front = latex_front.block(block, escape, lambda body: paragraphs(body, look))  # type: ignore[arg-type]
            if front is None:
                raise TypeError(f"not a document block: {block!r}")
            out.append(front)
    return "".join(out)


# The table machinery. A cell is a box of fixed width whose content lies wholly below its baseline, so
# the depths of a row's cells add up; the target hangs from the first sub-row and the second grows to it.
# Lengths are dimen registers: an assignment to a skip register would expand what follows, looking for "plus".
_MACROS = r"""\newlength\markerwidth \setlength\markerwidth{@MARKER@}
\newlength\cellpad \setlength\cellpad{3pt}
\newlength\cola \newlength\colb \newlength\colc \newlength\spanwidth
\newcommand\setcolumns[3]{%
  \setlength\cola{\dimexpr#1\linewidth-2\tabcolsep-\arrayrulewidth\relax}%
  \setlength\colb{\dimexpr#2\linewidth-2\tabcolsep-\arrayrulewidth\relax}%
  \setlength\colc{\dimexpr#3\linewidth-2\tabcolsep-2\arrayrulewidth\relax}%
  \setlength\spanwidth{\dimexpr\cola+\colb+\colc+4\tabcolsep+2\arrayrulewidth\relax}}
\newcommand\cellsetup{@RAGGED@\parskip=0pt\relax}
\newsavebox\cellb
\newdimen\rowdp \newdimen\tgtdp \newdimen\needdp \newdimen\shift
\newcommand\cellbox[2]{\begin{minipage}[t]{#1}\vspace{0pt}\vspace{\cellpad}\cellsetup #2\par
  \vspace{\cellpad}\hrule height0pt width0pt\end{minipage}}
\newcommand\topcell[2]{\sbox\cellb{\cellbox{#1}{#2}}\ifdim\dp\cellb>\rowdp\global\rowdp=\dp\cellb\fi\usebox\cellb}
\newcommand\middlecell[2]{\sbox\cellb{\cellbox{#1}{#2}}%
  \ifdim\dp\cellb<\rowdp\setlength\shift{\dimexpr(\rowdp-\dp\cellb)/2\relax}\else\setlength\shift{0pt}\fi
  \lower\shift\box\cellb}
\newcommand\targetcell[1]{\global\rowdp=0pt\sbox\cellb{\cellbox{\cola}{#1}}%
  \global\tgtdp=\dp\cellb\dp\cellb=0pt\usebox\cellb}
% the rule between the two sub-rows, drawn inside the second: a \cline there would let the page break
\newcommand\seprule[1]{\rlap{\kern-\tabcolsep\vrule height0pt depth\arrayrulewidth width\dimexpr#1+2\tabcolsep\relax}}
\newdimen\rowadp
\newcommand\growcell{\global\rowadp=\rowdp\global\needdp=\dimexpr\tgtdp-\rowdp\relax\relax
  \ifdim\needdp<0pt\global\needdp=0pt\fi\global\rowdp=\needdp\vrule width0pt height0pt depth\needdp\hbox to\cola{}}
% a row that does not fit on a page would run off its bottom: stop rather than lose text
\newcommand\checkrow{\typeout{@ROWLOG@ \the\dimexpr\rowadp+\rowdp\relax\space\the\textheight}}
"""


def preamble(doc: Document, look: Look, fonts: str) -> str:
    """The document's preamble; `fonts` is the engine's font set-up (packages, fontspec)."""
    left, top, right, bottom = look.margins
    size = look.size
    footer = doc.wording.footer_lines()
    style = "fancy" if look.footer else "empty"
    ragged = "" if look.justify else "\\RaggedRight"
    url_breaks = "".join(f"\\do\\{c}" for c in string.ascii_lowercase + string.digits + "-")
    foot0, foot1 = escape(footer[0]), escape(footer[1])
    macros = _MACROS.replace("@MARKER@", _MARKER_WIDTH).replace("@ROWLOG@", _ROW_LOG).replace("@RAGGED@", ragged)
    return rf"""\documentclass[a4paper]{{article}}
{fonts}
\usepackage[bahasai]{{babel}}
\usepackage[left={left}bp,top={top}bp,right={right}bp,bottom={bottom}bp,footskip={bottom * 0.55:.1f}bp]{{geometry}}
\usepackage{{array,longtable}}
\usepackage[table]{{xcolor}}
\usepackage{{fancyhdr,url,ragged2e}}
{latex_front.PREAMBLE}\renewcommand\normalsize{{\fontsize{{{size}}}{{{size * 1.2:.2f}}}\selectfont}}
\normalsize
\setlength\parindent{{0pt}}
\setlength\parskip{{2pt}}
\setlength\arrayrulewidth{{{look.border_width}bp}}
\setlength\LTleft{{0pt}}
\setlength\LTright{{0pt plus 1fill}}
\setlength\LTpre{{6pt}}
\setlength\LTpost{{6pt}}
\renewcommand\arraystretch{{0}}
\emergencystretch=2em
\urlstyle{{same}}
\makeatletter
\g@addto@macro\UrlBreaks{{{url_breaks}}}
\makeatother
{macros}
\pagestyle{{{style}}}
\fancyhf{{}}
\renewcommand\headrulewidth{{0pt}}
\fancyfoot[L]{{\footnotesize {foot0}\\{foot1}}}
\fancyfoot[R]{{\footnotesize \thepage}}
"""


def source(doc: Document, look: Look, fonts: str) -> str:
    return preamble(doc, look, fonts) + "\\begin{document}\n" + body(doc, look) + "\\end{document}\n"


def render(doc: Document, look: Look, fonts: str, workdir: Path, program: str) -> bytes:
    """The PDF of `doc` by `program`, the pictures its front matter reads written beside the source."""
    workdir.mkdir(parents=True, exist_ok=True)
    for name, picture in latex_front.pictures(doc.blocks).items():
        (workdir / name).write_bytes(picture)
    return compile_pdf(source(doc, look, fonts), workdir, program)


def compile_pdf(tex: str, workdir: Path, program: str, *, timeout: float = 600.0) -> bytes:
    """Run `program` on `tex` in `workdir` until longtable's widths settle; the PDF's bytes.

    A page that overflowed (a row taller than the page) is an error: its text
    would be cut off at the page's edge; so is a float LaTeX could not print.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "report.tex").write_text(tex, encoding="utf-8")
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, FORCE_SOURCE_DATE="1")
    cmd = [program, "-interaction=nonstopmode", "-halt-on-error", "report.tex"]
    log = ""
    for _ in range(3):
        proc = subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, timeout=timeout)
        log = (workdir / "report.log").read_text(encoding="utf-8", errors="replace")
        if proc.returncode != 0:
            errors = [line for line in log.splitlines() if line.startswith("!")]
            raise RuntimeError(f"{program} failed: {'; '.join(errors[:3]) or proc.returncode}")
        if "Rerun LaTeX" not in log and "Table widths have changed" not in log:
            break
    tall = [float(h) for h, page in _ROW_HEIGHTS.findall(log) if float(h) > float(page)]
    if tall:
        raise RowTooTall(f"{program}: a table row of {max(tall):.0f} pt is taller than the page; it would run off its bottom")
    if "Float(s) lost" in log or "Unprocessed floats" in log:
        raise RuntimeError(f"{program}: a figure was not printed")
    if "has occurred while \\output is active" in log:
        raise RowTooTall(f"{program}: a page overflowed; its text would run off the page")
    return (workdir / "report.pdf").read_bytes()
