"""LuaLaTeX: OpenType system fonts through fontspec, Indonesian hyphenation, `longtable`.

The fonts are the system's TrueType families (Carlito with its fi/fl/ff
ligatures, Liberation Serif, DejaVu Sans) found by name through luaotfload;
ligatures off is fontspec's `Ligatures=NoCommon`. See `latex.py` for the layout
and the knobs honoured.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from ..document import Document
from ..look import Look
from . import latex

NAME = "lualatex"
FONTS: tuple[str, ...] = ("carlito", "liberation-serif", "dejavu-sans")
BREAKS_ROWS = latex.BREAKS_ROWS
FRONT_MATTER = True  # renders the front-matter blocks (figures, front tables): see `latex_front.py`
# font key -> (fontconfig family, Debian package)
_FAMILIES = {
    "carlito": ("Carlito", "fonts-crosextra-carlito"),
    "liberation-serif": ("Liberation Serif", "fonts-liberation"),
    "dejavu-sans": ("DejaVu Sans", "fonts-dejavu-core"),
}
_NEEDS = {
    "fontspec.sty": "texlive-luatex",
    "longtable.sty": "texlive-latex-base",
    "bahasai.ldf": "texlive-lang-other",
    "colortbl.sty": "texlive-latex-recommended",
    "fancyhdr.sty": "texlive-latex-recommended",
    "ragged2e.sty": "texlive-latex-recommended",
}


def missing() -> str | None:
    if shutil.which("lualatex") is None or shutil.which("kpsewhich") is None:
        return "texlive-luatex"
    found = subprocess.run(["kpsewhich", *_NEEDS], capture_output=True, text=True).stdout
    names = {Path(line).name for line in found.splitlines()}
    lacking = {pkg for name, pkg in _NEEDS.items() if name not in names}
    if shutil.which("fc-list"):
        families = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
        lacking |= {pkg for family, pkg in _FAMILIES.values() if family not in families}
    return " ".join(sorted(lacking)) or None


def version() -> str:
    out = subprocess.run(["lualatex", "--version"], capture_output=True, text=True).stdout
    return out.splitlines()[0] if out else "lualatex"


def fonts(look: Look) -> str:
    family = _FAMILIES[look.font][0]
    options = "Ligatures={TeX}" if look.ligatures else "Ligatures={TeX,NoCommon}"
    return "\n".join([
        "\\pdfvariable suppressoptionalinfo 1023",
        "\\pdfvariable trailerid {}",
        "\\usepackage{fontspec}",
        f"\\setmainfont{{{family}}}[{options}]",
    ])


def render(document: Document, look: Look, workdir: Path) -> bytes:
    if look.font not in _FAMILIES:
        raise ValueError(f"{NAME} has no font {look.font!r}; it has {', '.join(FONTS)}")
    return latex.render(document, look, fonts(look), Path(workdir), "lualatex")
