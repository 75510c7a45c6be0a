"""The per-page loop both layout backends share: a page that fails costs that page only.

A backend says how to read one page, how to leave one empty and what MuPDF
said while reading it (`PageSteps`); `read_pages` runs them over the document
with the per-page and total time limits, and names each lost page with its
kind: "limit" (a per-page ceiling of `Limits` was passed) or "unreadable"
(the page's content is damaged or the library failed on it).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import LimitExceededError
from ..limits import Limits
from ..progress import page_read
from .model import FailedPage, Page
from .opening import LIMIT_REASON, damage_verdict


class PageLimitError(Exception):
    """A per-page limit was hit: the page is recorded as failed and left empty."""


@dataclass(slots=True)
class PageSteps:
    """What a backend does for page `index` (0-based)."""

    count: int
    read: Callable[[int], Page]  # the page in the neutral model; PageLimitError for a page over a limit
    empty: Callable[[int], Page]  # the page kept, with no content, when it fails
    messages: Callable[[int], list[str]]  # MuPDF's messages on the page just read: its damage, if any
    detail: Callable[[Exception], str]  # why reading failed, for the reason
    finish: Callable[[int], None] = lambda index: None  # release the page, read or not


@dataclass(slots=True)
class PagesRead:
    pages: list[Page]
    failed: dict[int, FailedPage]
    warnings: list[str]  # pages read in part


def read_pages(steps: PageSteps, limits: Limits, path: str | None, indices: range | None = None) -> PagesRead:
    """Every page (or those of `indices`), in order; a failing page is left empty and named, a slow
    document stops with an error."""
    out = PagesRead([], {}, [])
    started = time.perf_counter()
    for index in range(steps.count) if indices is None else indices:
        number = index + 1
        t0 = time.perf_counter()
        try:
            result = steps.read(index)
            reason, warning = damage_verdict(number, bool(result.words), steps.messages(index))
            if reason:
                out.failed[number] = FailedPage("unreadable", reason)
            if warning:
                out.warnings.append(warning)
        except LimitExceededError:
            raise
        except PageLimitError as exc:
            out.failed[number] = FailedPage("limit", LIMIT_REASON + str(exc))
            result = steps.empty(index)
        except Exception as exc:  # a broken page must not cost the document
            out.failed[number] = FailedPage("unreadable", f"page cannot be read: {steps.detail(exc)}")
            result = steps.empty(index)
        finally:
            steps.finish(index)
        elapsed = time.perf_counter() - t0
        if elapsed > limits.max_seconds_per_page and number not in out.failed:
            out.failed[number] = FailedPage(
                "limit", f"{LIMIT_REASON}page took {elapsed:.1f} s, over the limit of {limits.max_seconds_per_page} s"
            )
            result = Page(result.number, result.width, result.height, rotation=result.rotation)
        result.stamp()  # the page is built: its words carry its number
        out.pages.append(result)
        page_read(number, steps.count)
        if time.perf_counter() - started > limits.max_seconds_total:
            raise LimitExceededError(
                f"reading took over {limits.max_seconds_total} s (stopped at page {number})", path=path
            )
    return out
