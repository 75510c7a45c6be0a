"""The edition grammar: report-specific words as data, and the rules that read cells."""

from .loader import Grammar, GradeBand, available_grammars, load_grammar

__all__ = ["Grammar", "GradeBand", "available_grammars", "load_grammar"]
