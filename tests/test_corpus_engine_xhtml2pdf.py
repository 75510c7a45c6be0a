"""The xhtml2pdf engine (corpus/engines/xhtml2pdf_engine.py) prints the document's words and stays out of the
committed corpus.

Checked on the PDF's own words (`words_missing`), never with the parser: this producer judges the parser.
"""

from __future__ import annotations

import pytest

pytest.importorskip("xhtml2pdf", reason="xhtml2pdf is not installed (pip install 'xhtml2pdf>=0.2.16')")

from corpus.document import make_document  # noqa: E402
from corpus.engines import corpus_engines, engine  # noqa: E402
from corpus.engines import xhtml2pdf_engine as xh  # noqa: E402
from corpus.engines._pdf import words_missing  # noqa: E402
from corpus.look import random_look  # noqa: E402
from ogi_extract.synth.content import SpecParams  # noqa: E402

SMALL = SpecParams(commitments=(1, 1), measures=(1, 1), implementers=(1, 1), targets=(1, 2), long_cell=0.0)


def test_the_engine_prints_every_word_of_a_small_report(tmp_path) -> None:
    doc = make_document(5, "2021", params=SMALL)
    pdf = xh.render(doc, random_look(5, "helvetica"), tmp_path)
    assert pdf.startswith(b"%PDF")
    # list markers are set against their item's text ("1.Pelatihan"): no other word is missing
    assert any(xh.MARKER.match(w) for w in words_missing(pdf, doc.truth()))
    assert xh.lost_words(pdf, doc.truth()) == []


def test_the_engine_is_a_judge_kept_out_of_the_committed_corpus() -> None:
    assert engine("xhtml2pdf") is xh and "xhtml2pdf" not in corpus_engines()
    assert xh.FONTS == ("helvetica", "times") and not xh.BREAKS_ROWS
