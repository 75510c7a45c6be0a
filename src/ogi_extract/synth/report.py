"""Entry points: draw a spec in a style, or make a whole seeded report with its truth."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from .content import SpecParams, random_commitment, random_spec, spec_of
from .layout import Layout, RowPlacement, compose
from .pdfwriter import write_pdf
from .spec import CommitmentSpec, Spec
from .style import Style, random_style

_STYLE_SALT = 0x5EED


@dataclass(frozen=True, slots=True)
class SynthReport:
    pdf: bytes
    truth: dict[str, Any]
    spec: Spec
    style: Style
    pages: int
    rows: tuple[RowPlacement, ...]  # where each target row's cells were drawn, in truth order


def render(spec: Spec, style: Style) -> bytes:
    """The PDF of `spec` drawn in `style`."""
    return render_report(spec, style).pdf


def render_report(spec: Spec, style: Style) -> SynthReport:
    layout = compose(spec, style)
    pdf = write_pdf(layout.pages, style, spec.title)
    return SynthReport(pdf, spec.truth(), spec, style, len(layout.pages), tuple(layout.rows))


def make_report(
    seed: int,
    *,
    pages_hint: int | None = None,
    style: Style | None = None,
    params: SpecParams | None = None,
) -> SynthReport:
    """A seeded report; with `pages_hint`, about that many pages of commitments.

    The style is drawn from its own stream of the seed, so passing an explicit style
    keeps the content of the seed unchanged.
    """
    params = params or SpecParams()
    style = style or random_style(random.Random(seed ^ _STYLE_SALT))
    rng = random.Random(seed)
    if pages_hint is None:
        spec = random_spec(rng, params)
    else:
        spec = spec_of(_commitments_for_pages(rng, params, style, pages_hint), params)
    return render_report(spec, style)


def _commitments_for_pages(
    rng: random.Random, params: SpecParams, style: Style, pages: int
) -> tuple[CommitmentSpec, ...]:
    """Commitments until their laid-out pages reach the hint (two pages of front matter).

    The commitment that crosses the hint is kept only if that lands nearer to it.
    """
    out: list[CommitmentSpec] = []
    total = 2.0
    while not out or total < pages:
        commitment = random_commitment(rng, len(out) + 1, params)
        size = _pages_of(commitment, style, params)
        if out and total + size - pages > pages - total:
            break
        out.append(commitment)
        total += size
    return tuple(out)


def _pages_of(commitment: CommitmentSpec, style: Style, params: SpecParams) -> float:
    """Pages one commitment takes when laid out alone, counting its last page by the share used."""
    layout: Layout = compose(spec_of((commitment,), params), style)
    full = len(layout.pages) - 2  # the cover, and the last page counted below
    if style.commitment_new_page:
        return float(full + 1)
    return full + layout.last_fill
