"""The audit's reading of an edition grammar: scales, vocabulary and aggregation rules.

Every word and threshold the checks depend on comes from the grammar file, so that
a later edition (or a different reading of this one) is a change of data, not of
code. The typed rules are compiled by the grammar loader with the rest of the
grammar (`ogi_extract.grammar.auditrules`); this module hands them to the audit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..grammar import Grammar, grammar_from_dict, load_grammar
from ..grammar.auditrules import AggregationRule, AuditRules, GradeRules, ScaleStep, StatedRule

__all__ = ["AggregationRule", "AuditRules", "GradeRules", "ScaleStep", "StatedRule", "grammar_of", "load_rules"]


def grammar_of(grammar: str | Path | dict[str, Any] | Grammar | None) -> Grammar:
    """A grammar from an edition id or path (through the search path), a loaded one, or parsed TOML."""
    if isinstance(grammar, dict):
        return grammar_from_dict(grammar)
    return load_grammar(grammar)


def load_rules(grammar: str | Path | dict[str, Any] | Grammar | AuditRules | None = None) -> AuditRules:
    """The audit rules of a grammar (see `grammar_of`); a GrammarError when it has none or they are wrong."""
    if isinstance(grammar, AuditRules):
        return grammar
    return grammar_of(grammar).audit_rules
