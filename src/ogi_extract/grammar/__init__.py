"""The edition grammar: report-specific words as data, and the rules that read cells.

`load_grammar(id_or_path)` reads a grammar file into one compiled, validated
`Grammar` (`schema.py` says what a file may hold, `model.py` what the stages
take); `known_grammars()` lists the search path; `detect.py` picks the edition
of a report.
"""

from .fold import fold_label
from .loader import (
    ENV_VAR,
    SHIPPED_DIR,
    KnownGrammar,
    all_grammars,
    available_grammars,
    grammar_from_dict,
    grammar_of,
    known_grammars,
    load_file,
    load_grammar,
    search_path,
)
from .model import GradeBand, Grammar

__all__ = [
    "ENV_VAR",
    "SHIPPED_DIR",
    "GradeBand",
    "Grammar",
    "KnownGrammar",
    "all_grammars",
    "available_grammars",
    "fold_label",
    "grammar_from_dict",
    "grammar_of",
    "known_grammars",
    "load_file",
    "load_grammar",
    "search_path",
]
