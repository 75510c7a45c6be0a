"""Rendering findings: each format carries every finding, HTML shows the printed spot."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ogi_extract.checks import Finding, audit
from ogi_extract.checks.render import ordered, render
from ogi_extract.frontmatter import read_summary
from ogi_extract.layout import open_document
from reference import GRAMMAR, reference_report, resolver, rules
from test_frontmatter import _small_pdf


@pytest.fixture(scope="module")
def findings() -> list[Finding]:
    return audit(reference_report(), grammar=rules(), resolve=resolver())


def test_text_has_one_line_per_finding_and_a_tally(findings: list[Finding]) -> None:
    lines = render(findings, "text").splitlines()
    assert len(lines) == len(findings) + 1
    # 19 errors and 12 warnings, of which 14 follow from another: the tally counts causes.
    assert lines[-1] == "6 errors, 11 warnings, 19 infos (14 more follow from them)"
    assert lines[0].startswith("error      table-cell")  # errors first, grouped by check
    assert lines[-2].startswith("info ")


def test_json_round_trips(findings: list[Finding]) -> None:
    data = json.loads(render(findings, "json"))
    assert data["counts"] == {"error": 19, "warning": 12, "info": 19}
    assert data["causes"] == {"error": 6, "warning": 11, "info": 19}
    assert [Finding.model_validate(f) for f in data["findings"]] == ordered(findings)
    assert sorted(data["findings"], key=json.dumps) == sorted((f.model_dump(mode="json") for f in findings), key=json.dumps)


def test_markdown_is_a_table(findings: list[Finding]) -> None:
    lines = render(findings, "md").splitlines()
    rows = [ln for ln in lines if ln.startswith("| ") and not ln.startswith("| Show") and not ln.startswith("| ---")]
    assert len(rows) == len(findings)
    assert any("Tabel 8 > Baik (70-100) > B06" in row and "Derived from the detail: 27" in row for row in rows)


def test_unknown_format_is_refused(findings: list[Finding]) -> None:
    with pytest.raises(ValueError):
        render(findings, "xml")


def test_html_crops_the_printed_figure(tmp_path: Path) -> None:
    # The small PDF prints table 8 as published; the 2021 detail disagrees with it.
    pdf = tmp_path / "small.pdf"
    _small_pdf(pdf)
    summary = read_summary(open_document(pdf), GRAMMAR)
    found = audit(reference_report(), summary=summary, grammar=rules(), resolve=resolver())
    cells = [f for f in found if f.check == "table-cell"]
    assert len(cells) == 4  # 26/33/35/38 printed, 27/32/36/37 in the detail
    page = render(found, "html", pdf=pdf)
    assert page.count('<img alt="Tabel 8') == 4
    with_place = [f for f in found if f.published is not None and f.published.pieces]
    assert page.count('<img alt="') == page.count("data:image/png;base64,") == len(with_place)
    assert "Tabel 8 prints 26 K/L targets graded Baik in column B06; the detail has 27." in page
    without = render(found, "html")
    assert "<img " not in without
