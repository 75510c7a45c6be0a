"""The front matter, read into a `Summary`: a reading stage beside the detail records.

`read_summary(document, grammar, contents)` finds every figure the front matter
publishes (prose counts, captioned tables, chart legends) with the words it was
read from. The audit (`ogi_extract.checks`) only compares these figures with
what the records say; it reads nothing itself.
"""

from .read import read_summary

__all__ = ["read_summary"]
