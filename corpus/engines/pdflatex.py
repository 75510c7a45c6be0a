"""pdfLaTeX: Type 1 fonts, TeX's own f-ligatures, Indonesian hyphenation, `longtable`.

The fonts are those of Debian's TeX Live: Latin Modern (`lmodern`, texlive-base)
and the URW clones of Times and Helvetica (`mathptmx`, `helvet`, from
texlive-fonts-recommended). No glyph-to-Unicode table is added, as in most
LaTeX documents, so a ligature comes out of the PDF as one glyph ("ﬁ").
Ligatures off is microtype's `\\DisableLigatures[f]`. See `latex.py` for the
layout and the knobs honoured.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from ..document import Document
from ..look import Look
from . import latex

NAME = "pdflatex"
FONTS: tuple[str, ...] = ("latin-modern", "times", "helvetica")
BREAKS_ROWS = latex.BREAKS_ROWS
FRONT_MATTER = True  # renders the front-matter blocks (figures, front tables): see `latex_front.py`
_FONTS = {
    "latin-modern": "\\usepackage{lmodern}",
    "times": "\\usepackage{mathptmx}",
    "helvetica": "\\usepackage[scaled=0.95]{helvet}\\renewcommand\\familydefault{\\sfdefault}",
}
# what each font set-up needs, and the Debian package that brings it
_NEEDS = {
    "lmodern.sty": "lmodern",
    "longtable.sty": "texlive-latex-base",
    "bahasai.ldf": "texlive-lang-other",
    "hyph-id.tex": "texlive-lang-other",
    "colortbl.sty": "texlive-latex-recommended",
    "fancyhdr.sty": "texlive-latex-recommended",
    "microtype.sty": "texlive-latex-recommended",
    "ragged2e.sty": "texlive-latex-recommended",
    "ptmr8t.tfm": "texlive-fonts-recommended",
    "uhvr8t.tfm": "texlive-fonts-recommended",
}


def missing() -> str | None:
    if shutil.which("pdflatex") is None or shutil.which("kpsewhich") is None:
        return "texlive-latex-base"
    found = subprocess.run(["kpsewhich", *_NEEDS], capture_output=True, text=True).stdout
    names = {Path(line).name for line in found.splitlines()}
    lacking = sorted({pkg for name, pkg in _NEEDS.items() if name not in names})
    return " ".join(lacking) or None


def version() -> str:
    out = subprocess.run(["pdflatex", "--version"], capture_output=True, text=True).stdout
    return out.splitlines()[0] if out else "pdflatex"


def fonts(look: Look) -> str:
    lines = ["\\pdfinfoomitdate=1", "\\pdftrailerid{}", "\\pdfsuppressptexinfo=-1",
             "\\usepackage[T1]{fontenc}", "\\usepackage[utf8]{inputenc}", _FONTS[look.font],
             "\\usepackage{microtype}"]
    if not look.ligatures:
        lines.append("\\DisableLigatures[f]{encoding = *}")
    return "\n".join(lines)


def render(document: Document, look: Look, workdir: Path) -> bytes:
    if look.font not in _FONTS:
        raise ValueError(f"{NAME} has no font {look.font!r}; it has {', '.join(FONTS)}")
    return latex.render(document, look, fonts(look), Path(workdir), "pdflatex")
