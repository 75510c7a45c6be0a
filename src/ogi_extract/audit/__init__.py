"""The audit: every figure the front matter publishes, re-derived and compared.

`audit(report)` returns findings; `read_summary(document)` reads the front matter
of a laid-out PDF into a `Summary`; `expected_summary` says what it should have
printed; `render` formats findings; `cli.audit_command` is the command.
"""

from .checks import audit
from .expected import expected_summary
from .findings import Derived, Finding, Published
from .frontmatter import read_summary
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
    "read_summary",
    "render",
]
