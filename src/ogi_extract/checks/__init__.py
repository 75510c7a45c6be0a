"""The audit: every figure the front matter publishes, re-derived and compared.

`audit(report)` returns findings (also `ogi_extract.audit`); the figures it
compares come from the front matter reading stage (`ogi_extract.frontmatter`)
and the records; `expected_summary` says what the front matter should have
printed; `render` formats findings; `cli.audit_command` is the command. Findings that
follow from one discrepancy are linked to it (`causes`), so every format shows
one item per cause.
"""

from .compare import audit
from .expected import expected_summary
from .findings import Derived, Finding, Published
from .render import render
from .rules import AuditRules, load_rules

__all__ = [
    "AuditRules",
    "Derived",
    "Finding",
    "Published",
    "audit",
    "expected_summary",
    "load_rules",
    "render",
]
