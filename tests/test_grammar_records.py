"""Records from stitched rows: a label opens a field only where a cell starts."""

from __future__ import annotations

from ogi_extract.grammar import load_grammar
from ogi_extract.grammar.records import Assembler
from ogi_extract.layout.model import Box, Word
from ogi_extract.tables import Cell, CellPiece, RowGroup, TextLine

XS = (50.0, 130.0, 450.0, 540.0)


def line(text: str, page: int, x: float, y: float) -> TextLine:
    words, cx = [], x
    for t in text.split():
        words.append(Word(t, Box(cx, y, cx + 5 * len(t), y + 10), "F", 10, False, int(y), True, page=page))
        cx += 5 * (len(t) + 1)
    return TextLine(page, words, Box(x, y, cx, y + 10))


def cell(col: int, band: tuple[int, int], *pieces: tuple[int, list[str]]) -> Cell:
    x0, x1 = XS[col], XS[col + 1]
    out = Cell(x0, x1, band)
    for page, texts in pieces:
        lines = [line(t, page, x0 + 5, 100 + 15 * k) for k, t in enumerate(texts)]
        out.pieces.append(CellPiece(page, Box(x0, 95, x1, 100 + 15 * len(texts)), lines))
    return out


def assemble(items: list[TextLine | RowGroup]):  # type: ignore[no-untyped-def]
    return Assembler(load_grammar()).feed(items)


def _one_target(row: RowGroup):  # type: ignore[no-untyped-def]
    """The assembly of `row` under a commitment's heading, and its one target."""
    heads = [line("DESKRIPSI CAPAIAN 18 KOMITMEN", 1, 50, 40), line("Komitmen 1: Judul", 1, 50, 60)]
    out = assemble([*heads, row])
    [t] = [t for c in out.commitments for b in c.blocks for t in b.targets]
    return out, t


def test_label_words_at_the_start_of_a_continued_piece_stay_in_their_cell() -> None:
    # the achievement goes on at the top of page 2 with the words of the co-creation label;
    # the co-creation cell proper starts later, in its own sub-row
    row = RowGroup(
        [
            cell(0, (0, 1), (1, ["Target B06: Teks target."])),
            cell(1, (0, 1), (1, ["Capaian Target: awal"]), (2, ["Proses Kokreasi antara pemerintah", "dan warga."])),
            cell(2, (0, 1), (1, ["Nilai: 100%"]), (2, [])),
            cell(1, (1, 0), (2, ["Proses Kokreasi: Rapat bersama."])),
            cell(2, (1, 0), (2, ["Aktif"])),
        ],
        XS[0],
        XS[3],
        [1, 2],
    )
    out, t = _one_target(row)
    assert t.achievement_text == "awal Proses Kokreasi antara pemerintah dan warga."
    assert (t.cocreation_text, t.cocreation_label, t.score) == ("Rapat bersama.", "Aktif", "100%")
    assert [p.page for p in t.provenance["achievement_text"]] == [1, 2]
    assert out.unassigned == []


def _target_row(period: str, target: str, achievement: str, score: str, cocreation: str, label: str, page: int = 1) -> RowGroup:
    """One printed target row: the target cell over both sub-rows, achievement + score, co-creation + label."""
    return RowGroup(
        [
            cell(0, (0, 1), (page, [f"Target {period}: {target}"])),
            cell(1, (0, 1), (page, [f"Capaian Target: {achievement}"])),
            cell(2, (0, 1), (page, [f"Nilai: {score}"])),
            cell(1, (1, 0), (page, [f"Proses Kokreasi: {cocreation}"])),
            cell(2, (1, 0), (page, [label])),
        ],
        XS[0],
        XS[3],
        [page],
    )


def test_headings_open_commitment_block_and_rows_in_order() -> None:
    items = [
        line("Kata pengantar laporan", 1, 50, 20),  # before the detail: outside
        line("DESKRIPSI CAPAIAN 18 KOMITMEN", 1, 50, 40),
        line("Komitmen 3: Keterbukaan data", 1, 50, 60),
        line("Ukuran Keberhasilan 2: Portal terbit", 1, 50, 80),
        _target_row("B06", "Draf disusun.", "Draf selesai.", "100%", "Rapat.", "Aktif"),
        _target_row("B12", "Portal terbit.", "Belum.", "0%", "Tidak ada.", "Pasif", page=2),
    ]
    out = assemble(items)
    [c] = out.commitments
    assert (c.number, c.title) == (3, "Keterbukaan data")
    [b] = c.blocks
    assert b.success_measure is not None and (b.success_measure.number, b.success_measure.text) == (2, "Portal terbit")
    assert [(t.period, t.target_text, t.achievement_text, t.score, t.cocreation_label) for t in b.targets] == [
        ("B06", "Draf disusun.", "Draf selesai.", "100%", "Aktif"),
        ("B12", "Portal terbit.", "Belum.", "0%", "Pasif"),
    ]
    assert [t.score_value for t in b.targets] == [100.0, 0.0]
    assert len({t.id for t in b.targets}) == 2 and all(t.id.startswith(b.id) for t in b.targets)
    assert [sorted({p.page for ps in t.provenance.values() for p in ps}) for t in b.targets] == [[1], [2]]
    assert out.outside_words == 3 + 4 and out.unassigned == []  # the preface and the detail heading itself


def test_every_word_is_assigned_or_named() -> None:
    items = [
        line("DESKRIPSI CAPAIAN 18 KOMITMEN", 1, 50, 40),
        line("Komitmen 1: Judul", 1, 50, 60),
        _target_row("B06", "Teks target.", "Teks capaian.", "N/A", "Teks kokreasi.", "Semi Aktif"),
    ]
    out = assemble(items)
    words = sum(len(ln.words) for it in items for ln in ([it] if isinstance(it, TextLine) else [l for cl in it.cells for l in cl.lines]))
    assert out.assigned_words + out.outside_words + len(out.unassigned) == words
    [t] = [t for c in out.commitments for b in c.blocks for t in b.targets]
    assert t.score == "N/A" and t.score_value is None and t.cocreation_label == "Semi Aktif"


def test_a_co_creation_sub_row_drawn_as_a_row_of_its_own_joins_the_target_row_above() -> None:
    # the target cell's box closes above the sub-row (no cell spans the two); the heading
    # repeated at the page's top stands between, and the sub-row's left cell is empty
    row = RowGroup(
        [
            cell(0, (0, 1), (1, ["Target B24: Teks target."])),
            cell(1, (0, 1), (1, ["Capaian Target: Sudah."])),
            cell(2, (0, 1), (1, ["Nilai: 100%"])),
        ],
        XS[0],
        XS[3],
        [1],
    )
    ruled = CellPiece(2, Box(XS[0], 40, XS[3], 55), [line("ICW", 2, 55, 42)])
    heading = RowGroup([Cell(XS[0], XS[3], (1, 0), [ruled])], XS[0], XS[3], [2], repeated=True)
    sub = RowGroup(
        [cell(0, (1, 1), (2, [])), cell(1, (1, 1), (2, ["Proses Kokreasi : Akademik."])), cell(2, (1, 1), (2, ["Pasif"]))],
        XS[0],
        XS[3],
        [2],
    )
    heads = [line("DESKRIPSI CAPAIAN 18 KOMITMEN", 1, 50, 40), line("Komitmen 1: Judul", 1, 50, 60)]
    out = assemble([*heads, row, heading, sub])
    [t] = [t for c in out.commitments for b in c.blocks for t in b.targets]
    assert (t.cocreation_text, t.cocreation_label, t.cocreation) == ("Akademik.", "Pasif", "Pasif")
    assert out.unassigned == []
    # a row that has its co-creation already keeps it; the second is no part of it
    out = assemble([*heads, _target_row("B06", "T.", "A.", "100%", "Rapat.", "Aktif"), sub])
    [t] = [t for c in out.commitments for b in c.blocks for t in b.targets]
    assert t.cocreation_text == "Rapat."
    assert [u.text for u in out.unassigned] == ["Proses", "Kokreasi", ":", "Akademik.", "Pasif"]


def test_a_follow_up_line_a_page_break_cuts_is_read_once() -> None:
    """Chromium in Purisa draws, at the foot of the page, the tall letters of the follow-up's next line
    ("t", "l", "d"), a clip cutting away the rest; the whole line opens the next page. Read once: the
    pieces are the line's copy, assigned with it, and the follow-up reads word for word."""
    cut = line("t l t", 1, 50, 790)
    for w in cut.words:
        w.visibility = "cut off by a clip"
    # the pieces lie inside "internal" and "tepat" of the next page's line, among their letters
    cut.words[0].box = Box(60.0, 790, 63.0, 800)  # "t" of "internal"
    cut.words[1].box = Box(85.0, 790, 88.0, 800)  # "l" of "internal"
    cut.words[2].box = Box(95.0, 790, 98.0, 800)  # "t" of "tepat"
    items = [
        line("DESKRIPSI CAPAIAN 18 KOMITMEN", 1, 50, 40),
        line("Komitmen 1: Judul", 1, 50, 60),
        _target_row("B06", "Teks target.", "Teks capaian.", "100%", "Teks kokreasi.", "Aktif"),
        line("Tindak Lanjut: Uji", 1, 50, 775),
        cut,
        line("internal tepat sektor.", 2, 50, 60),
    ]
    out = assemble(items)
    [c] = out.commitments
    assert c.follow_up == "Uji internal tepat sektor."
    words = sum(len(ln.words) for it in items for ln in ([it] if isinstance(it, TextLine) else [l for cl in it.cells for l in cl.lines]))
    assert out.assigned_words + out.outside_words + len(out.unassigned) == words


def test_a_clipped_copy_that_falls_in_another_cell_of_the_row_is_read_once() -> None:
    """wkhtmltopdf draws a row's line cut by a page break on both pages: the achievement's last line,
    seen at the page's foot, is drawn again above the next page's clip, where the row goes on with its
    co-creation sub-row only, and that copy falls in the label's cell. Read once, from the page that
    shows it: the label reads "Aktif", the achievement word for word, every word counted."""
    achievement = cell(1, (0, 1), (1, ["Capaian Target: awal", "https://ogi.go.id/barang layer."]))
    seen = achievement.pieces[0].lines[-1]
    copy = line("https://ogi.go.id/barang layer.", 2, seen.words[0].box.x0, 40)
    for w in copy.words:
        w.visibility = "cut off by a clip"
    label = cell(2, (1, 0), (2, ["Aktif"]))
    label.pieces[0].lines.insert(0, copy)
    row = RowGroup(
        [
            cell(0, (0, 1), (1, ["Target B06: Teks target."])),
            achievement,
            cell(2, (0, 1), (1, ["Nilai: 100%"])),
            cell(1, (1, 0), (2, ["Proses Kokreasi: Rapat bersama."])),
            label,
        ],
        XS[0],
        XS[3],
        [1, 2],
    )
    out, t = _one_target(row)
    assert t.achievement_text == "awal https://ogi.go.id/barang layer."
    assert (t.cocreation_text, t.cocreation_label) == ("Rapat bersama.", "Aktif")
    words = 7 + sum(len(ln.words) for cl in row.cells for ln in cl.lines)  # and the two headings'
    assert out.assigned_words + out.outside_words + len(out.unassigned) == words
