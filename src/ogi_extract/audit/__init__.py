"""The audit: every figure the front matter publishes, re-derived and compared.

`audit(report)` returns findings; `read_summary(document)` reads the front matter
of a laid-out PDF into a `Summary`; `expected_summary` says what it should have
printed; `render` formats findings; `cli.audit_command` is the command.
"""

import sys
import types
from typing import Any

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


class _AuditModule(types.ModuleType):
    """Lets `ogi_extract.audit(report)` be called like the function it is named after."""

    def __call__(self, report: Any, **options: Any) -> list[Finding]:
        return audit(report, **options)


sys.modules[__name__].__class__ = _AuditModule
