"""The audit's reading of an edition grammar: scales, vocabulary and aggregation rules.

Every word and threshold the checks depend on comes from the grammar file, so that
a later edition (or a different reading of this one) is a change of data, not of
code. The typed rules are compiled by the grammar loader with the rest of the
grammar (`ogi_extract.grammar.auditrules`); this module hands them to the audit.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..grammar import Grammar, grammar_of, load_grammar
from ..grammar.auditrules import AggregationRule, AuditRules, GradeRules, ScaleBand, StatedRule

if TYPE_CHECKING:
    from ..models.report import Report

__all__ = [
    "AggregationRule",
    "AuditRules",
    "GradeRules",
    "ScaleBand",
    "StatedRule",
    "grammar_of",
    "load_rules",
    "rules_for",
]

log = logging.getLogger(__name__)


def load_rules(grammar: str | Path | dict[str, Any] | Grammar | AuditRules | None = None) -> AuditRules:
    """The audit rules of a grammar (see `grammar_of`); a GrammarError when it has none or they are wrong."""
    if isinstance(grammar, AuditRules):
        return grammar
    return grammar_of(grammar).audit_rules


def rules_for(report: Report, grammar: str | Path | dict[str, Any] | Grammar | AuditRules | None = None) -> AuditRules:
    """The rules to audit a report with: the grammar given, else the very grammar the report was
    read with, else (records loaded from JSON) its grammar id looked up again, with a warning when
    the file found is not the one the report was read with (its sha256 differs)."""
    if grammar is not None:
        return load_rules(grammar)
    if report.grammar is not None:
        return load_rules(report.grammar)
    g = load_grammar(report.source.grammar)
    recorded = report.source.grammar_sha256
    if recorded and recorded != g.sha256:
        log.warning(
            "the report was read with another version of grammar %s (sha256 %s...); auditing with %s (sha256 %s...)",
            g.id, recorded[:12], g.path, g.sha256[:12],
        )
    return g.audit_rules
