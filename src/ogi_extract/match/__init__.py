"""Name matching: which registry entry a printed implementer name denotes, and which
commitment a shortened title names.

    >>> from ogi_extract.match import resolve
    >>> resolve("Kemenkumham").id
    'Kemenkumham'
"""

from .registry import DEFAULT_REGISTRY, Entry, Registry
from .resolver import resolve
from .rules import NameRules
from .titles import TitleResolution, resolve_title

__all__ = [
    "DEFAULT_REGISTRY",
    "Entry",
    "NameRules",
    "Registry",
    "TitleResolution",
    "resolve",
    "resolve_title",
]
