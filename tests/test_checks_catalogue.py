"""The catalogue of audit checks: one table, used by every finding and printed in the README."""

from __future__ import annotations

import re

from ogi_extract.checks import audit
from ogi_extract.checks.catalogue import CATALOGUE, markdown_table
from reference import ROOT, reference_report, resolver, rules

CHECKS_DIR = ROOT / "src" / "ogi_extract" / "checks"


def _ids_in_code() -> set[str]:
    """Check ids the check modules name: the first argument of each `_finding(`, and the names bound to one."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in CHECKS_DIR.glob("*.py") if p.name != "catalogue.py")
    found = set(re.findall(r'_finding\(\s*"([a-z0-9-]+)"', text))
    found |= set(re.findall(r'derive\.\w+, "([a-z0-9-]+)"\)', text))  # the grade checks, named in a table
    return found


def test_every_check_of_the_code_is_in_the_catalogue_and_back() -> None:
    assert _ids_in_code() == set(CATALOGUE)


def test_findings_take_their_severity_from_the_catalogue() -> None:
    findings = audit(reference_report(), grammar=rules(), resolve=resolver())
    assert findings
    for f in findings:
        assert f.entry.id == f.check and f.severity == f.entry.severity


def test_every_entry_says_what_it_means_and_compares() -> None:
    for check in CATALOGUE.values():
        assert check.means and check.depends_on and check.severity in ("error", "warning", "info")


def test_the_readme_prints_the_catalogue() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- checks catalogue")
    body = readme[readme.index("\n", start) + 1 : readme.index("<!-- end of checks catalogue -->")]
    assert body == markdown_table()
