"""Several reports of one action plan as one dataset: the panel, its comparison, its pictures.

    >>> import ogi_extract
    >>> p = ogi_extract.panel(["monev-2021.pdf", "monev-2022.pdf"])   # doctest: +SKIP
    >>> p.to_pandas().groupby(["commitment_key", "period"]).score_value.mean()   # doctest: +SKIP

`panel(sources)` accepts parsed `Report`s, PDF paths, records JSON written by
`convert`, and DuckDB stores written by `--to duckdb` (one report per report it
holds); `compare(panel)` says what changed between its first and last report.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterable
from typing import Any

from .compare import Comparison, compare
from .join import join
from .model import COLUMN_NAMES, COLUMNS, JoinNote, Panel, ReportRef
from .sources import Source, load_sides


def panel(sources: Iterable[Source], **parse_options: Any) -> Panel:
    """One long table of the target rows of `sources`, joined across reports.

    `parse_options` (grammar, backend, limits) go to `ogi_extract.parse` for PDFs.
    """
    return join(load_sides(sources, **parse_options))


__all__ = ["COLUMNS", "COLUMN_NAMES", "Comparison", "JoinNote", "Panel", "ReportRef", "compare", "panel"]


class _PanelModule(types.ModuleType):
    """Lets `ogi_extract.panel(reports)` be called like the function it is named after."""

    def __call__(self, sources: Iterable[Source], **parse_options: Any) -> Panel:
        return panel(sources, **parse_options)


sys.modules[__name__].__class__ = _PanelModule
