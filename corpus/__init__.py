"""A test corpus of monev reports rendered by real engines, each with its truth.

The synthetic generator (`ogi_extract.synth`) draws a report's content and its
truth; this package describes that content once as a neutral document
(`document.py`), in an edition's wording (`wording.py`) and a look (`look.py`:
font, margins, borders, what a producer may vary), and renders it through the
engines real reports come from (`engines/`: LibreOffice from .docx, Chromium,
WeasyPrint and wkhtmltopdf from HTML, Typst, LaTeX, ReportLab). `build.py`
renders the matrix into `corpus/reports/`, cached by a hash of the inputs;
`score.py` measures a parse against the truth.

With `make_document(..., front=True)` a document also carries the front matter a
correct report publishes (`front.py` works out its figures from the spec,
`front_layout.py` prints them as blocks, varying the layout by seed), with its
truth shaped as `Summary.figures()`; `inject=` changes one published figure and
records which audit checks it must set off. `front_score.py` measures what the
audit reads of it and which of its findings are false (`bench/FRONT.md`).

The corpus is test tooling, not part of the installed package.
"""
