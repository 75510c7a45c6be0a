"""The corpus's front matter: its truth from the spec, its injected discrepancies, and what the audit makes of it.

The truth is worked out from the generator's spec (`corpus.front`), so these tests
check it against the spec by hand-made cases and against the audit's own rules: a
report whose detail is read exactly, audited against the true front matter, must
give no error and no warning, and each injected discrepancy must set off the
checks it names. One engine per family renders a document with front matter
(HTML: Chromium; office: LibreOffice; Typst; report generators: ReportLab; LaTeX:
pdfLaTeX, its figures floated past their sentences and captioned under the chart),
and every figure must be printed.
The audit's front-matter reader must read every figure of those PDFs and raise
no false alarm (bench/FRONT.md has the wider table).
"""

from __future__ import annotations

import copy
import math
import random
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from corpus import front
from corpus.build import ROW_WORDS
from corpus.document import Document, Figure, FrontTable, Slice, make_document
from corpus.engines import engine
from corpus.front_score import FrontScore, _judge, _unread, flatten, front_params, score_figures, score_report
from corpus.look import Look
from corpus.pie import png, wedges
from corpus.score import score
from ogi_extract.synth.spec import BlockSpec, CommitmentSpec, MeasureSpec, Spec, TargetSpec

SEED = 1  # six commitments, a coalition with its members in table 7, a vector pie
LOOK = Look(font="liberation-sans", size=10.0, hyphenate=False, justify=False)
DETAIL = re.compile(r"^DESKRIPSI CAPAIAN \d+ KOMITMEN", re.MULTILINE)
# seed 4: the pies as pictures, captions below (in pdfLaTeX figure 2 floats two pages past its sentences and
# lists); seed 20 (ReportLab): a list table broken before a row and another running over a page, both under
# their header repeated
ENGINES = {"chromium": SEED, "libreoffice": 4, "typst": SEED, "reportlab": 20, "pdflatex": 4}


def _target(period: str, score: str | None, label: str | None) -> TargetSpec:
    return TargetSpec(f"Target {period}", period, (), (), score, (), label)


def _spec(*blocks: tuple[str, tuple[TargetSpec, ...]]) -> Spec:
    measure = MeasureSpec(1, "Ukuran.")
    return Spec((CommitmentSpec(1, "Judul Satu", tuple(BlockSpec(measure, name, ts) for name, ts in blocks), ()),))


def test_grades_follow_the_grammars_default_rules() -> None:
    spec = _spec(
        ("KIP", (_target("B06", "100%", "Aktif"), _target("B12", "39%", "Aktif"))),
        ("ICW", (_target("B06", "N/A", "Pasif"), _target("B12", "-", "N/A"), _target("B12", "Belum dilaporkan", None))),
    )
    admin, cocreation = front.commitment_grades(spec)
    assert admin == {1: "Cukup"}  # mean 69.5 lies between the printed ranges: the lower grade
    assert cocreation == {1: "Semi-Aktif"}  # 100, 100, 0: 66.67 is not reached
    table = front.figures(spec, ("B06", "B12"), random.Random(0))["target_admin_tables"]
    kl, oms = table["K/L"], table["OMS"]
    assert kl["rows"]["Baik (70-100)"] == {"B06": 1, "B12": 0, "Akumulasi": 1}
    assert kl["rows"]["Kurang (0-50)"] == {"B06": 0, "B12": 1, "Akumulasi": 1}
    assert oms["rows"]["Kinerja tidak dapat dinilai (N/A)"] == {"B06": 1, "B12": 0, "Akumulasi": 1}
    assert oms["total"] == {"B06": 1, "B12": 0, "Akumulasi": 1}  # "-" and words are not counted
    assert oms["published_percent"] == [{"grade": "N/A", "percent": 100, "count": 1}]
    assert [round(front.percent(n, 3)) for n in (1, 2)] == [33, 67]


def test_published_figures_hold_together() -> None:
    document = make_document(SEED, "2021", params=front_params("2021"), front=True)
    truth = document.front_truth()
    assert truth is not None
    stated = truth["stated_counts"]
    assert stated["commitments"] == len(document.spec.commitments)
    for key in ("commitment_admin", "commitment_cocreation"):
        dist = truth[key]
        listed = sorted(t for items in dist["lists"].values() for t in items)
        assert listed == sorted(c.title for c in document.spec.commitments)
        for grade, count in dist["published_count"].items():
            assert count == len(dist["lists"].get(grade, []))
            assert dist["published_percent"][grade] == front.percent(count, stated["commitments"])
    worked = 0
    for table in truth["target_admin_tables"].values():
        for cells in (*table["rows"].values(), table["total"]):
            assert cells["Akumulasi"] == sum(v for k, v in cells.items() if k != "Akumulasi")
        for column, total in table["total"].items():
            assert total == sum(cells[column] for cells in table["rows"].values())
        worked += table["total"]["Akumulasi"]
    assert worked == stated["targets_worked"]
    assert [row["number"] for row in truth["commitment_implementers"]] == [c.number for c in document.spec.commitments]
    assert any(name.startswith("OMS Sektor Keadilan: ") for row in truth["commitment_implementers"] for name in row["implementers"])


def test_front_matter_sits_between_cover_and_detail() -> None:
    plain = make_document(SEED, "2021", params=front_params("2021"))
    document = make_document(SEED, "2021", params=front_params("2021"), front=True)
    assert document.front is not None and plain.front is None
    assert document.blocks[0] == plain.blocks[0]
    assert document.blocks[1 + len(document.front.blocks) :] == plain.blocks[1:]
    kinds = Counter(type(b).__name__ for b in document.front.blocks)
    assert kinds["Figure"] == 2 and kinds["FrontTable"] >= 6


@pytest.mark.parametrize("kind", front.INJECTIONS)
def test_an_injection_changes_the_figure_it_names(kind: str) -> None:
    clean = make_document(SEED, "2021", params=front_params("2021"), front=True)
    document = make_document(SEED, "2021", params=front_params("2021"), front=True, inject=kind)
    injection = document.front.injection  # type: ignore[union-attr]
    assert injection is not None and injection.kind == kind and injection.checks
    assert injection.was != injection.now
    gone = flatten(clean.front_truth()) - flatten(document.front_truth())
    assert gone, "the injection changed no published figure"
    assert document.spec == clean.spec  # the detail is the same


def test_pie_slices_run_clockwise_and_the_picture_has_them() -> None:
    slices = (Slice("Baik", 50, "4472C4"), Slice("Cukup", 0, "ED7D31"), Slice("Kurang", 50, "A5A5A5"))
    parts = wedges(slices)
    assert [s.label for s, _, _ in parts] == ["Baik", "Kurang"]  # an empty slice is not drawn
    assert parts[0][1] == 0 and abs(parts[-1][2] - 2 * math.pi) < 1e-9
    picture = pymupdf.Pixmap(png(slices, size=100))
    assert (picture.width, picture.height) == (100, 100)
    assert picture.pixel(75, 50) == (0x44, 0x72, 0xC4)  # right half: the first slice, from twelve o'clock
    assert picture.pixel(25, 50) == (0xA5, 0xA5, 0xA5)
    assert picture.pixel(1, 1) == (255, 255, 255)


def test_false_alarms_are_counted_one_per_cause() -> None:
    """A cause with what follows from it is one alarm: explained when any of its findings is the injection's."""
    from ogi_extract.checks.findings import Finding

    def f(n: int, check: str, severity: str = "error", cause: int | None = None) -> Finding:
        return Finding(check=check, severity=severity, message=f"m{n}", id=f"F{n}",
                       caused_by=f"F{cause}" if cause else None)

    findings = [
        f(1, "count-vs-list"), f(2, "list-missing", cause=1), f(3, "lists-vs-stated", cause=1),
        f(4, "table-cell"), f(5, "table-row-sum", cause=4),
        f(6, "detail-unread", "warning"), f(7, "stated-count", "warning", cause=6),
    ]
    injection = front.Injection("table-cell", "somewhere", 1, 2, ("table-row-sum",))
    false, found = _judge(findings, injection)
    assert false == ["count-vs-list: m1"]  # one item for three findings; the table's item is the injection's
    assert found == ("table-row-sum",)
    assert _unread(findings) == ["detail-unread: m6"]  # what could not be read is said, not a false alarm


def test_figures_are_scored_name_by_name() -> None:
    truth = {"commitment_admin": {"lists": {"Baik": ["A", "B"]}}, "stated_counts": {"commitments": 2}}
    read = {"commitment_admin": {"lists": {"Baik": ["B", "A B"]}}, "stated_counts": {"commitments": 2}}
    result = FrontScore()
    score_figures(read, truth, result)
    assert (result.figures, result.figures_right, result.extra) == (3, 2, 1)
    assert result.missed_by_section == Counter({"commitment_admin/lists": 1})


# -- rendered ---------------------------------------------------------------------------


_RENDERED: dict[str, tuple[Document, bytes, Any]] = {}


def look_for(name: str) -> Look:
    """`LOOK`, in the engine's first font when it has not LOOK's (ReportLab sets its own faces)."""
    fonts = engine(name).FONTS
    return LOOK if LOOK.font in fonts else replace(LOOK, font=fonts[0])


def rendered(name: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, bytes, Any]:
    """One document with front matter, rendered by `name` and parsed, once per test session."""
    if name not in _RENDERED:
        import ogi_extract

        module = engine(name)
        breaks = getattr(module, "BREAKS_ROWS", True)  # else cells short enough for a row to fit a page
        document = make_document(ENGINES[name], "2021", params=front_params("2021", breaks), front=True,
                                 row_words=None if breaks else ROW_WORDS)
        workdir = tmp_path_factory.mktemp(f"front-{name}")
        pdf = module.render(document, look_for(name), workdir)
        path = Path(workdir) / "front.pdf"
        path.write_bytes(pdf)
        _RENDERED[name] = (document, pdf, ogi_extract.parse(path))
    return _RENDERED[name]


def front_words(pdf: bytes) -> Counter[str]:
    """The words printed before the detail section ("DESKRIPSI CAPAIAN 6 KOMITMEN ..."); a word
    hyphenated at a line's end ("Kementeri-" and "an") counts whole too."""
    words: Counter[str] = Counter()
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for page in doc:
            if DETAIL.search(page.get_text()):
                break
            found = page.get_text("words")
            words.update(_bare(w[4]) for w in found)
            for w, after in zip(found, found[1:]):
                if w[4].endswith("-") and after[5:7] != w[5:7]:  # the last word of its line
                    words[_bare(w[4][:-1] + after[4])] += 1
    return words


def _bare(word: str) -> str:
    """A word without the marks printed after a figure ("78%", "Available*", "IJRS,", "Komitmen 3:")."""
    return word.rstrip("%*,:.")


BROKEN = 7  # seed 7 breaks its third grade list before the list's second row


@pytest.mark.parametrize("name", ["chromium", "reportlab"])
def test_a_list_broken_before_a_row_goes_on_on_the_next_page(name: str, tmp_path: Path) -> None:
    document = make_document(BROKEN, "2021", params=front_params("2021"), front=True)
    broken = [b for b in document.front.blocks if isinstance(b, FrontTable) and b.break_before]  # type: ignore[union-attr]
    assert len(broken) == 1 and broken[0].caption[0] == "Tabel 3."
    first, second = (" ".join(row[-1].paragraphs) for row in broken[0].rows[:2])
    pdf = engine(name).render(document, look_for(name), tmp_path)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        pages = [" ".join(page.get_text().split()) for page in doc]
    on = [next(i for i, text in enumerate(pages) if title in text) for title in (first, second)]
    assert on[1] == on[0] + 1


def test_a_broken_list_is_two_docx_tables_the_second_after_a_page_break() -> None:
    from corpus.engines.docx_build import build

    document = make_document(BROKEN, "2021", params=front_params("2021"), front=True)
    out = build(document, LOOK)
    body = list(out.element.body.iterchildren())
    tables = [i for i, el in enumerate(body) if el.tag.endswith("}tbl")]
    breaks = [i for i, el in enumerate(body) if el.tag.endswith("}p") and el.xpath(".//w:pageBreakBefore")]
    # the third list's two parts: a table, a paragraph that starts a page, a table
    assert any(t + 1 in breaks and t + 2 in tables for t in tables)


def test_a_list_continued_under_its_repeated_header_keeps_its_first_rows(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ReportLab repeats a list's header on the page it runs onto: the rows of both parts are read, in order."""
    document, pdf, report = rendered("reportlab", tmp_path_factory)
    blocks = document.front.blocks  # type: ignore[union-attr]
    lists = [b for b in blocks if isinstance(b, FrontTable) and b.header == ("No", "Judul Komitmen")]
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        headers = sum(" ".join(page.get_text().split()).count("No Judul Komitmen") for page in doc)
    assert all(b.repeat_header for b in lists) and headers > len(lists)
    truth, read = document.front_truth(), report.summary.figures()  # type: ignore[union-attr]
    for key in ("commitment_admin", "commitment_cocreation"):
        assert read[key]["lists"] == truth[key]["lists"]  # type: ignore[index]


@pytest.mark.parametrize("name", list(ENGINES))
def test_every_figure_is_printed(name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    document, pdf, _ = rendered(name, tmp_path_factory)
    printed = front_words(pdf)
    missing = []
    for path, value in flatten(document.front_truth()):
        need = Counter(_bare(w) for w in value.split())
        if need - printed:
            missing.append(f"{path} = {value!r}: {sorted((need - printed).elements())}")
    assert not missing, missing[:10]
    figures = [b for b in document.front.blocks if isinstance(b, Figure)]  # type: ignore[union-attr]
    for figure in figures:
        assert all(printed[s.label] for s in figure.slices)
    assert any(isinstance(b, FrontTable) and b.header for b in document.front.blocks)  # type: ignore[union-attr]


def _severe(report: Any, truth: dict[str, Any]) -> list[Any]:
    import ogi_extract
    from ogi_extract.models.summary import Summary

    return [f for f in ogi_extract.audit(report, summary=Summary.model_validate(truth)) if f.severity != "info"]


def _exact(name: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, Any]:
    document, _, report = rendered(name, tmp_path_factory)
    assert score(report, document.truth()).perfect, "the detail of this rendering must be read exactly"
    return document, report


def test_the_true_front_matter_holds_up_in_the_audit(tmp_path_factory: pytest.TempPathFactory) -> None:
    """With the detail read exactly, auditing the truth finds nothing (coalitions named without their members)."""
    document, report = _exact("libreoffice", tmp_path_factory)
    truth = copy.deepcopy(document.front_truth())
    assert truth is not None
    for row in truth["commitment_implementers"]:
        row["implementers"] = [n.split(":")[0] for n in row["implementers"]]
    assert not _severe(report, truth), [f.message for f in _severe(report, truth)]


def test_a_coalition_with_its_members_counts_as_listed(tmp_path_factory: pytest.TempPathFactory) -> None:
    document, report = _exact("libreoffice", tmp_path_factory)
    assert not _severe(report, document.front_truth())  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", front.INJECTIONS)
def test_an_injection_sets_off_its_checks(kind: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Given the true front matter with one figure changed, the audit fires what the injection names, and nothing new."""
    document, report = _exact("libreoffice", tmp_path_factory)
    baseline = {f.check for f in _severe(report, document.front_truth())}  # type: ignore[arg-type]
    injected = make_document(ENGINES["libreoffice"], "2021", params=front_params("2021"), front=True, inject=kind)
    injection = injected.front.injection  # type: ignore[union-attr]
    assert injection is not None
    fired = {f.check for f in _severe(report, injected.front_truth())}  # type: ignore[arg-type]
    assert set(injection.checks) <= fired, (kind, fired)
    assert fired - set(injection.checks) <= baseline, (kind, fired)


@pytest.mark.parametrize("name", list(ENGINES))
def test_the_audit_reads_every_figure(name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    document, _, report = rendered(name, tmp_path_factory)
    result = score_report(report, document)
    assert result.figures_right == result.figures and not result.extra, result.differences[:10]


@pytest.mark.parametrize("name", list(ENGINES))
def test_the_audit_raises_no_false_alarm(name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    document, _, report = rendered(name, tmp_path_factory)
    result = score_report(report, document)
    assert not result.false, result.false[:10]
