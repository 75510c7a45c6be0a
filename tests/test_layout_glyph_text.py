"""What glyphs print (layout/glyph_text.py): ligatures spelled out, soft hyphens as printed, font names."""

from ogi_extract.layout.glyph_text import clean_font_name, is_bold, printed, text_of


def test_ligatures_are_spelled_out_and_a_soft_hyphen_inside_a_word_prints_as_a_hyphen() -> None:
    assert printed("veri\ufb01kasi") == "verifikasi"
    assert printed("hak\u00adhak") == "hak-hak"  # Typst writes every hyphen so once it hyphenates
    assert printed("Pelaksana\u00ad") == "Pelaksana\u00ad"  # ending a word: left for the line joining
    assert printed("2019\u00ad") == "2019-"  # after a digit no engine hyphenates
    assert printed("\u00ad") == "-"  # a dash standing for a value


def test_code_points_out_of_range_read_as_replacement_characters() -> None:
    assert text_of([0x41, 0x62]) == "Ab"
    assert text_of([0x41, 0x110000]) == "A\ufffd"


def test_a_fonts_name_loses_its_subset_tag_and_tells_bold() -> None:
    assert clean_font_name("ABCDEF+Calibri-Bold") == "Calibri-Bold"
    assert is_bold("Calibri-Bold") and is_bold("NotoSans-SemiBold") and not is_bold("Carlito")
