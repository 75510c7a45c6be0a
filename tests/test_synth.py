"""The synthetic report generator: its truth must be exactly what its PDF shows.

Everything is read back with PyMuPDF only. Cell texts are rebuilt from the characters
inside each cell part the generator reports (joining lines by the text rules: a line
with a trailing space joins with a space, one without joins directly) and compared
with the truth field for field; the remaining fields are checked as ordered pieces of
the page text.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from hypothesis import HealthCheck, given, settings

from ogi_extract.synth import (
    CellPart,
    Paragraph,
    SpecParams,
    Style,
    SynthReport,
    Variants,
    make_report,
    random_spec,
    text_truth,
    render,
)
from ogi_extract.synth.linebreak import break_paragraph
from ogi_extract.synth.strategies import reports

REFERENCE = Path(__file__).resolve().parents[1] / "samples/monev-2021/reference/monev-2021.commitments.json"
SMALL = SpecParams(commitments=(2, 2), measures=(1, 2), implementers=(1, 2), targets=(1, 3))
LONG = replace(SMALL, long_cell=0.35, commitments=(1, 1))

STYLES: dict[str, Style] = {
    "word": Style(font="helv", border="fill", footer="all", rule_at_break=True),
    "office": Style(
        font="tiro",
        size=10.0,
        border="stroke",
        footer="some",
        rule_at_break=False,
        cell_align="justify",
        margins=(60.0, 60.0, 60.0, 70.0),
        columns=(0.2, 0.6, 0.2),
        variants=Variants(seed=3, label_top=0.5, score_next_line=0.3),
    ),
    "mono": Style(
        font="cour",
        size=9.0,
        border="fill",
        footer="none",
        commitment_new_page=False,
        variants=Variants(seed=5, keep_body_together=1.0, score_no_colon=0.3),
    ),
}

HEAD = {
    "target_text": re.compile(r"^(Target\s*(?:\(\d+\)\s*)?B\d\d)\s*:?\s*"),
    "achievement_text": re.compile(r"^Capaian\s+Target\s*:?\s*"),
    "score": re.compile(r"^Nilai\s*:?\s*"),
    "cocreation_text": re.compile(r"^Proses\s+Kokreasi\s*:?\s*"),
    "cocreation_label": re.compile(r"^"),
}
BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "•"})
CELLS = ("target_text", "achievement_text", "score", "cocreation_text", "cocreation_label")


@lru_cache(maxsize=None)
def report(name: str) -> SynthReport:
    seeds = {"word": 11, "office": 12, "mono": 16}
    params = LONG if name == "mono" else SMALL
    return make_report(seeds[name], style=STYLES[name], params=params)


# -- reading back ---------------------------------------------------------------------
Spans = list[tuple[float, list[dict[str, Any]]]]


def spans(page: pymupdf.Page) -> Spans:
    out: Spans = []
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                if span["chars"]:
                    out.append((span["origin"][1], span["chars"]))
    return out


def part_text(page_spans: Spans, part: CellPart) -> tuple[str, int]:
    """The text inside one cell part, lines joined by their trailing-space rule."""
    rows: dict[float, list[list[dict[str, Any]]]] = {}
    for baseline, chars in page_spans:
        if not part.top < baseline < part.bottom:
            continue
        inside = [c for c in chars if part.x0 < (c["bbox"][0] + c["bbox"][2]) / 2 < part.x1]
        if inside:
            rows.setdefault(round(baseline, 1), []).append(inside)
    text = ""
    for baseline in sorted(rows):
        line = ""
        for run in sorted(rows[baseline], key=lambda chars: chars[0]["origin"][0]):
            if line and not line.endswith(" "):
                line += " "  # list marker and item text: separate runs on one line
            line += "".join(c["c"] for c in run)
        text += line
    return text, len(rows)


def read_cells(r: SynthReport) -> list[dict[str, str | None]]:
    doc = pymupdf.open("pdf", r.pdf)
    page_spans = [spans(page) for page in doc]
    out = []
    for row in r.rows:
        fields: dict[str, str | None] = {}
        for name, parts in row.cells.items():
            text = ""
            for part in parts:
                got, lines = part_text(page_spans[part.page - 1], part)
                assert lines == part.lines, (row, name, part)
                text += got
            text = " ".join(text.split())
            match = HEAD[name].match(text)
            if name == "target_text" and match:
                fields["label"] = " ".join(match.group(1).split())
            fields[name] = HEAD[name].sub("", text, count=1).translate(BULLETS) or None
        out.append(fields)
    return out


def body_stream(r: SynthReport) -> str:
    """All words above the footer, whitespace and bullet glyphs removed."""
    doc = pymupdf.open("pdf", r.pdf)
    words = [w[4] for page in doc for w in page.get_text("words") if w[1] < r.style.body_bottom]
    return _squash("".join(words))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).translate(str.maketrans("", "", "\uf0b7\uf0a7•"))


def find_in_order(stream: str, field: str, start: int) -> int:
    """Find `field` as a few contiguous pieces in order from `start` (a row cut by page
    breaks interleaves its cells, one piece per page); returns where the first begins."""
    rest = _squash(field)
    pos, first = start, -1
    for _ in range(12):
        lo, hi, best, at = 1, len(rest), 0, -1
        while lo <= hi:  # longest prefix of `rest` found at or after `pos`
            mid = (lo + hi) // 2
            i = stream.find(rest[:mid], pos)
            if i >= 0:
                best, at, lo = mid, i, mid + 1
            else:
                hi = mid - 1
        assert best, f"{field[:60]!r} not found after {start}"
        first = at if first < 0 else first
        rest, pos = rest[best:], at + best
        if not rest:
            return first
    raise AssertionError(f"{field[:60]!r} is not in order in the page text")


def truth_targets(r: SynthReport) -> list[dict[str, Any]]:
    return [t for c in r.truth["commitments"] for b in c["blocks"] for t in b["targets"]]


# -- the truth ------------------------------------------------------------------------
def test_truth_has_the_reference_shape() -> None:
    ref = json.loads(REFERENCE.read_text(encoding="utf-8"))
    truth = report("word").truth
    assert truth.keys() == ref.keys()
    assert truth["document"].keys() == ref["document"].keys()
    c, rc = truth["commitments"][0], ref["commitments"][0]
    assert c.keys() == rc.keys()
    assert c["blocks"][0].keys() == rc["blocks"][0].keys()
    assert c["blocks"][0]["success_measure"].keys() == rc["blocks"][0]["success_measure"].keys()
    assert c["blocks"][0]["targets"][0].keys() == rc["blocks"][0]["targets"][0].keys()
    assert all(v != "" for t in truth_targets(report("word")) for v in t.values())
    used = {t["period"] for name in STYLES for t in truth_targets(report(name))}
    for name in STYLES:
        periods = report(name).truth["document"]["periods"]
        assert periods == sorted(periods) and set(periods) <= used


@pytest.mark.parametrize("name", sorted(STYLES))
def test_every_cell_reads_back_exactly_as_the_truth(name: str) -> None:
    r = report(name)
    targets = truth_targets(r)
    assert len(targets) == len(r.rows)
    for want, got in zip(targets, read_cells(r)):
        for key in CELLS:
            assert got.get(key) == want[key], key
        assert got["label"] == want["label"]


@pytest.mark.parametrize("name", sorted(STYLES))
def test_every_text_field_appears_in_order(name: str) -> None:
    """Headings, implementers and follow-ups in document order; a row's cells after its
    implementer in any order, since extraction merges the cells' first lines (the
    cells themselves are checked exactly above, rows' order below)."""
    r = report(name)
    stream = body_stream(r)
    pos = find_in_order(stream, r.truth["document"]["title"], 0)
    for c in r.truth["commitments"]:
        pos = find_in_order(stream, f"Komitmen {c['number']}{c['title']}", pos)
        for b in c["blocks"]:
            pos = find_in_order(stream, b["implementer"], pos)
            for t in b["targets"]:
                for key in CELLS:
                    if t[key] is not None:
                        find_in_order(stream, t[key], pos)
        if c["follow_up"] is not None:
            pos = find_in_order(stream, "TindakLanjut:" + c["follow_up"], pos)


@pytest.mark.parametrize("name", sorted(STYLES))
def test_rows_are_placed_in_truth_order(name: str) -> None:
    r = report(name)
    starts = [(row.cells["target_text"][0].page, row.cells["target_text"][0].top) for row in r.rows]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    keys = [(row.commitment, row.block, row.target) for row in r.rows]
    assert keys == [(c["number"], i, j) for c in r.truth["commitments"]
                    for i, b in enumerate(c["blocks"]) for j, _ in enumerate(b["targets"])]


def test_success_measures_are_printed_before_their_tables() -> None:
    r = report("office")
    stream = body_stream(r)
    pos = 0
    for c in r.truth["commitments"]:
        for b in c["blocks"]:
            m = b["success_measure"]
            i = stream.find(_squash(f"Ukuran Keberhasilan {m['number']}:{m['text']}"), pos)
            assert i >= 0
            pos = i


# -- page breaks ------------------------------------------------------------------------
def test_rows_break_over_two_page_boundaries() -> None:
    r = report("mono")
    spans_two = [row for row in r.rows if len(row.pages) >= 3]
    assert spans_two, "no row crosses two page breaks"
    doc = pymupdf.open("pdf", r.pdf)
    row = spans_two[0]
    longest = max(row.cells.values(), key=len)
    assert len(longest) >= 3
    for part in longest:  # each page really holds lines of that cell
        clip = pymupdf.Rect(part.x0, part.top, part.x1, part.bottom)
        assert doc[part.page - 1].get_text("words", clip=clip)
    assert any(len(row.pages) == 2 for row in report("word").rows + report("office").rows)


def test_a_row_can_leave_only_its_labels_before_a_page_break() -> None:
    r = report("mono")
    doc = pymupdf.open("pdf", r.pdf)
    found = 0
    for row in r.rows:
        a, b = row.cells["target_text"], row.cells["achievement_text"]
        if len(a) > 1 and len(b) > 1 and a[0].lines == 1 and b[0].lines == 1:
            page = doc[a[0].page - 1]
            clip = pymupdf.Rect(a[0].x0, a[0].top, b[0].x1, b[0].bottom)
            words = [w[4] for w in page.get_text("words", clip=clip)]
            assert words[0] == "Target" and "Capaian" in words and words[-1] == "Target:"
            assert a[1].page == a[0].page + 1
            found += 1
    assert found


def test_rule_at_break_is_a_style_option() -> None:
    def rules_at_bottom(r: SynthReport) -> int:
        doc = pymupdf.open("pdf", r.pdf)
        cut = {part.page for row in r.rows for parts in row.cells.values() for part in parts[:-1]}
        count = 0
        for number in cut:
            for d in doc[number - 1].get_drawings():
                rect = d["rect"]
                if rect.width > 5 and abs(rect.y1 - r.style.body_bottom) < 1.5:
                    count += 1
        return count

    spec_seed = 13
    with_rule = make_report(spec_seed, style=replace(STYLES["mono"], rule_at_break=True), params=LONG)
    without = make_report(spec_seed, style=replace(STYLES["mono"], rule_at_break=False), params=LONG)
    assert rules_at_bottom(with_rule) > 0
    assert rules_at_bottom(without) == 0


# -- glyphs, borders, footers ---------------------------------------------------------
def test_symbol_bullet_is_extracted_as_private_use_code_point() -> None:
    rs = [report(name) for name in STYLES]
    markers = {p.marker for r in rs for c in r.spec.commitments for b in c.blocks for t in b.targets
               for text in (t.target_text, t.achievement_text, t.cocreation_text) for p in text}
    assert "\uf0b7" in markers
    texts = "".join(page.get_text() for r in rs for page in pymupdf.open("pdf", r.pdf))
    assert "\uf0b7" in texts


def test_border_modes() -> None:
    def kinds(r: SynthReport) -> set[str]:
        """How the black rules are drawn (the grey heading shading is a fill in both)."""
        doc = pymupdf.open("pdf", r.pdf)
        black = (0.0, 0.0, 0.0)
        return {d["type"] for d in doc[2].get_drawings() if black in (d.get("fill"), d.get("color"))}

    assert kinds(report("word")) == {"f"}
    assert kinds(report("office")) == {"s"}


@pytest.mark.parametrize(("name", "expect"), [("word", "all"), ("office", "some"), ("mono", "none")])
def test_footer_modes(name: str, expect: str) -> None:
    r = report(name)
    doc = pymupdf.open("pdf", r.pdf)
    marked = ["Saran dan masukan" in page.get_text(clip=pymupdf.Rect(0, r.style.body_bottom, 600, 842))
              for page in doc]
    if expect == "all":
        assert all(marked)
    elif expect == "none":
        assert not any(marked)
    else:
        assert any(marked) and not all(marked)


def test_label_variants_are_drawn() -> None:
    every = Variants(score_no_colon=1.0, cocreation_spaced_colon=1.0, target_double_space=1.0, label_top=1.0)
    style = Style(variants=every)
    r = make_report(21, style=style, params=SMALL)
    text = "".join(page.get_text() for page in pymupdf.open("pdf", r.pdf))
    scored = [t["score"] for t in truth_targets(r) if t["score"]]
    assert f"Nilai {scored[0]}" in text and "Nilai:" not in text.replace("Nilai: \n", "")
    assert "Proses Kokreasi :" in text and "Target  B" in text
    assert read_cells(r) == [{k: t[k] for k in ("label",) + CELLS} for t in truth_targets(r)]


# -- line breaking ----------------------------------------------------------------------
def _measure(s: str) -> float:
    return 6.0 * len(s)


def test_line_ends_tell_how_the_line_broke() -> None:
    lines = break_paragraph("alpha beta gamma", 60.0, _measure)
    assert [(l.text, l.space) for l in lines] == [("alpha beta", True), ("gamma", True)]
    lines = break_paragraph("lewat SP4N-LAPOR! kanal", 72.0, _measure)
    assert [(l.text, l.space) for l in lines] == [("lewat SP4N-", False), ("LAPOR! kanal", True)]
    lines = break_paragraph("Kementerian/Lembaga", 60.0, _measure, slash=False)
    assert [(l.text, l.space) for l in lines] == [("Kementeria", False), ("n/Lembaga", True)]
    lines = break_paragraph("https://a.go.id/x/dokumen-kontrak", 100.0, _measure)
    assert lines[0].text == "https://a.go.id/" and not lines[0].space
    assert "".join(l.text for l in lines) == "https://a.go.id/x/dokumen-kontrak"


# -- determinism, scale, strategies -------------------------------------------------------
def test_rendering_is_deterministic() -> None:
    spec = random_spec(random.Random(4), SMALL)
    assert render(spec, STYLES["office"]) == render(spec, STYLES["office"])
    assert make_report(8, params=SMALL).pdf == make_report(8, params=SMALL).pdf
    assert make_report(8, params=SMALL).pdf != make_report(9, params=SMALL).pdf


def test_pages_hint_scales_the_report() -> None:
    r = make_report(2, pages_hint=40, style=STYLES["word"])
    assert 30 <= r.pages <= 50


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_generated_reports_read_back_as_their_truth(r: SynthReport) -> None:
    targets = truth_targets(r)
    for want, got in zip(targets, read_cells(r), strict=True):
        assert got == {k: want[k] for k in got}


def test_paragraph_markers_become_bullets_in_truth() -> None:
    text = (Paragraph("Intro."), Paragraph("satu", "\uf0b7"), Paragraph("dua", "1."), Paragraph("c", "o", 1))
    assert text_truth(text) == "Intro. • satu 1. dua o c"
    assert text_truth(()) is None


def test_a_cut_url_never_breaks_after_a_slash() -> None:
    url = "https://data.go.id/jasa-pengadaan-datin-article-id-laporan/view-kontrak-view/publik/article-jasa"
    lines = break_paragraph(f"berasal {url} desa", 200.0, _measure)
    assert [(line.text, line.space) for line in lines] == [
        ("berasal https://data.go.id/jasa-", False),
        ("pengadaan-datin-article-id-", False),
        ("laporan/view-kontrak-", False),
        ("view/publik/article-jasa desa", True),
    ]
