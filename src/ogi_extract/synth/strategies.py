"""Hypothesis strategies for specs, styles and whole synthetic reports.

Content comes from a seed: the generator makes thousands of small choices per
report, more than hypothesis lets one example consume, so a failing case shrinks
towards seed 0 rather than through the content. Styles are built field by field and
shrink to the plainest style that still fails. Defaults are small (a commitment or
two, short cells) to keep property tests fast.
"""

from __future__ import annotations

import random

from hypothesis import strategies as st

from .content import SpecParams, random_spec
from .report import SynthReport, render_report
from .spec import Spec
from .style import FONTS, Style, Variants

SMALL = SpecParams(
    commitments=(1, 2),
    measures=(1, 2),
    implementers=(1, 2),
    targets=(1, 2),
    long_cell=0.02,
)


def specs(params: SpecParams = SMALL) -> st.SearchStrategy[Spec]:
    return st.integers(0, 2**32 - 1).map(lambda seed: random_spec(random.Random(seed), params))


def variants() -> st.SearchStrategy[Variants]:
    p = st.sampled_from((0.0, 0.2, 1.0))
    return st.builds(
        Variants,
        score_no_colon=p,
        score_next_line=p,
        score_tight=p,
        cocreation_spaced_colon=p,
        target_double_space=p,
        label_top=p,
        keep_body_together=p,
        seed=st.integers(0, 2**31 - 1),
    )


@st.composite
def styles(draw: st.DrawFn) -> Style:
    size = draw(st.sampled_from((9.0, 10.0, 11.0, 12.0)))
    first = draw(st.floats(0.17, 0.3))
    last = draw(st.floats(0.15, 0.24))
    margin = st.floats(50.0, 90.0)
    return Style(
        font=draw(st.sampled_from(FONTS)),
        size=size,
        heading_size=size + draw(st.sampled_from((0.0, 2.0))),
        leading=draw(st.sampled_from((1.15, 1.2, 1.4))),
        margins=(draw(margin), draw(margin), draw(st.floats(45.0, 80.0)), draw(st.floats(55.0, 90.0))),
        columns=(first, 1.0 - first - last, last),
        cell_pad_y=draw(st.sampled_from((2.5, 4.0))),
        para_gap=draw(st.sampled_from((0.0, 6.0))),
        body_align=draw(st.sampled_from(("left", "justify"))),
        cell_align=draw(st.sampled_from(("left", "justify"))),
        heading_center=draw(st.booleans()),
        footer=draw(st.sampled_from(("all", "some", "none"))),
        footer_seed=draw(st.integers(0, 2**31 - 1)),
        border=draw(st.sampled_from(("fill", "stroke"))),
        rule_at_break=draw(st.booleans()),
        commitment_new_page=draw(st.booleans()),
        slash_breaks=draw(st.booleans()),
        links=draw(st.booleans()),
        variants=draw(variants()),
    )


def reports(
    spec_strategy: st.SearchStrategy[Spec] | None = None,
    style_strategy: st.SearchStrategy[Style] | None = None,
) -> st.SearchStrategy[SynthReport]:
    return st.builds(render_report, spec_strategy or specs(), style_strategy or styles())
