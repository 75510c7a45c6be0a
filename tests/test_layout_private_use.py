"""Private Use Area characters: the document says once that words it reads carry them.

Built from words as the layout stage gives them: a page whose list markers are
U+E072 U+E094 (Chromium's Inter figures, printed "1."), pages without any.
On main nothing said so: the report carried the codes as if they were text.
"""

from __future__ import annotations

import pymupdf

from ogi_extract.layout import open_document
from ogi_extract.layout.model import Box, Page, Word
from ogi_extract.layout.private_use import carries_private_use, is_private_use, warnings


def _word(text: str, x: float = 10.0) -> Word:
    return Word(text, Box(x, 10, x + 20, 20), "Inter", 10.0, False, 0, True)


def test_private_use_code_points() -> None:
    assert is_private_use("\ue072") and is_private_use("\uf8ff") and is_private_use(chr(0xF0001))
    assert not is_private_use("1") and not is_private_use("\u2022") and not is_private_use("\ufffd")
    assert carries_private_use(_word("a\ue094")) and not carries_private_use(_word("a."))


def test_one_warning_per_document_with_pages_and_count() -> None:
    pages = [Page(n, 600, 800) for n in range(1, 7)]
    pages[1].words = [_word("\ue072\ue094"), _word("Pengawasan", 40)]
    pages[4].words = [_word("\ue073\ue094"), _word("b\ue094", 40)]
    pages[5].words = [_word("\ue074\ue094")]
    pages[2].words = [_word("plain")]
    lines = warnings(pages)
    assert len(lines) == 1
    assert lines[0].startswith("pages 2, 5-6: 4 words carry Private Use Area characters")


def test_no_warning_without_private_use() -> None:
    pages = [Page(1, 600, 800, words=[_word("1."), _word("Pengawasan", 40)])]
    assert warnings(pages) == []


def test_the_layout_stage_reports_it() -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((50, 50), "seen", fontsize=12)
    data = doc.tobytes()
    assert not any("Private Use" in w for w in open_document(data).warnings)
    pages = [Page(1, 600, 800, words=[_word("\ue072")])]
    assert warnings(pages)[0].startswith("page 1: 1 word carries")


def test_a_symbol_fonts_codes_are_named_by_their_font_and_not_warned_of() -> None:
    # Word's bullets in Symbol and Wingdings are U+F0B7 and U+F0A7 in every report it writes
    assert not carries_private_use(_word("\uf0b7")) and not carries_private_use(_word("\uf0a7"))
    assert carries_private_use(_word("\uf100")) and carries_private_use(_word("\uf01f"))
