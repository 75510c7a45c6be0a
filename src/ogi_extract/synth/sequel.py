"""The later report of the same action plan, with the truth of how it joins the earlier one.

An action plan is reported more than once: the 2021 report holds the targets B06 and
B12, the 2022 report B18 and B24, for the same commitments and mostly the same
implementers, spelled differently from one report to the next. A panel of reports
must join them, and a test of that join needs to know the right answer. `make_sequel`
takes the spec of an earlier report (a seed's, or the sample's rebuilt from its
golden records by `spec_from_records`) and draws the later one:

* the same commitments, numbers and success measures, with new targets for the later
  periods;
* each implementer under another of its spellings where the registry knows one;
* one title reworded so that it still names its commitment, and one changed beyond
  the title matcher's threshold (a join that must be reported, not forced);
* one implementer dropped from a commitment and one added to another.

`JoinTruth` says which target row belongs to which commitment and registry id.
Ids come from the registry's own lists of spellings, never from the name resolver
whose work the truth is there to check.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from ..match.registry import Registry
from ..match.titles import resolve_title
from . import vocab
from .content import SpecParams, _targets
from .report import SynthReport, render_report
from .spec import (
    BlockSpec,
    CommitmentSpec,
    MeasureSpec,
    Paragraph,
    Spec,
    TargetSpec,
    Text,
)
from .wording import DEFAULT_WORDING
from .style import Style, random_style

LATER_PERIODS: tuple[str, ...] = ("B18", "B24")
LATER_TITLE = "Laporan Monitoring dan Evaluasi RAN OGI 2020-2022 Semester I dan II Tahun 2022"
_STYLE_SALT = 0x5E9
#: Tries at drawing a title that the matcher must (or must not) accept.
_TRIES = 200


@dataclass(frozen=True, slots=True)
class RowTruth:
    """One target row: its commitment, the implementer as printed and its registry id."""

    commitment: int
    implementer: str
    implementer_id: str | None
    period: str


@dataclass(frozen=True, slots=True)
class JoinTruth:
    """How the later report joins the earlier one."""

    earlier_rows: tuple[RowTruth, ...]
    rows: tuple[RowTruth, ...]
    reworded: tuple[int, ...]  # titles changed that still name their commitment
    retitled: tuple[int, ...]  # titles changed beyond the matcher's threshold
    dropped: tuple[tuple[int, str], ...]  # (commitment, id) in the earlier report only
    added: tuple[tuple[int, str], ...]  # (commitment, id) in the later report only
    titles: tuple[tuple[int, str, str], ...]  # (number, earlier title, later title)

    def to_json(self) -> dict[str, Any]:
        def rows(items: tuple[RowTruth, ...]) -> list[dict[str, Any]]:
            return [
                {"commitment": r.commitment, "implementer": r.implementer,
                 "implementer_id": r.implementer_id, "period": r.period}
                for r in items
            ]

        return {
            "earlier_rows": rows(self.earlier_rows),
            "rows": rows(self.rows),
            "reworded": list(self.reworded),
            "retitled": list(self.retitled),
            "dropped": [list(d) for d in self.dropped],
            "added": [list(a) for a in self.added],
            "titles": [{"commitment": n, "earlier": a, "later": b} for n, a, b in self.titles],
        }


@dataclass(frozen=True, slots=True)
class Sequel:
    report: SynthReport
    join: JoinTruth

    @property
    def spec(self) -> Spec:
        return self.report.spec


def spelling_ids(registry: Registry | None = None) -> dict[str, str]:
    """Every spelling the registry (and the generator's vocabulary) holds, to its id."""
    registry = registry or Registry.default()
    out: dict[str, str] = {}
    for entry in registry:
        for spelling in entry.spellings:
            out.setdefault(_fold(spelling), entry.id)
    for head, spellings in vocab.IMPLEMENTERS:
        if head in registry:  # a vocabulary that names its ids
            for spelling in spellings:
                out.setdefault(_fold(spelling), head)
    return out


def _fold(text: str) -> str:
    return " ".join(text.split())


def _spellings_by_id(registry: Registry) -> dict[str, tuple[str, ...]]:
    """Spellings fit for a block heading: the registry's aliases, then its name."""
    out: dict[str, list[str]] = {}
    for entry in registry:
        out[entry.id] = list(dict.fromkeys((*entry.aliases, entry.name)))
    for head, spellings in vocab.IMPLEMENTERS:
        if head in out:
            out[head].extend(s for s in spellings if s not in out[head])
    return {k: tuple(v) for k, v in out.items()}


def _text(value: str | None) -> Text:
    return (Paragraph(_fold(value)),) if value and value.strip() else ()


def spec_from_records(records: Mapping[str, Any]) -> Spec:
    """A spec holding what a report's records say (golden records, or `convert` JSON).

    Each text field becomes one paragraph; enough to draw the report's sequel,
    which keeps the commitments, titles, measures and implementers.
    """
    commitments: list[CommitmentSpec] = []
    for c in records["commitments"]:
        blocks: list[BlockSpec] = []
        for b in c["blocks"]:
            sm = b.get("success_measure") or {}
            measure = MeasureSpec(int(sm.get("number") or 1), _fold(sm.get("text") or ""))
            targets = tuple(
                TargetSpec(
                    label=t.get("label") or f"Target {t.get('period')}",
                    period=t.get("period") or "",
                    target_text=_text(t.get("target_text")),
                    achievement_text=_text(t.get("achievement_text")),
                    score=t.get("score"),
                    cocreation_text=_text(t.get("cocreation_text")),
                    cocreation_label=t.get("cocreation_label"),
                )
                for t in b["targets"]
            )
            blocks.append(BlockSpec(measure, b.get("implementer") or "", targets))
        number, title = int(c["number"]), c.get("title") or ""
        commitments.append(CommitmentSpec(number, title, tuple(blocks), _text(c.get("follow_up"))))
    doc = records.get("document") or {}
    return Spec(
        tuple(commitments),
        title=doc.get("title") or DEFAULT_WORDING.title,
        action_plan=doc.get("action_plan") or DEFAULT_WORDING.action_plan,
    )


def _rows(spec: Spec, ids: Mapping[str, str]) -> tuple[RowTruth, ...]:
    return tuple(
        RowTruth(c.number, b.implementer, ids.get(_fold(b.implementer)), t.period)
        for c in spec.commitments
        for b in c.blocks
        for t in b.targets
    )


def _other_spelling(
    rng: random.Random, printed: str, entry_id: str | None, spellings: Mapping[str, tuple[str, ...]]
) -> str:
    options = [s for s in spellings.get(entry_id or "", ()) if _fold(s) != _fold(printed)]
    return rng.choice(options) if options else printed


def _reword(rng: random.Random, spec: Spec) -> tuple[int, str] | None:
    """A commitment whose title, without its first word, still names it (and only it)."""
    titles = {c.number: c.title for c in spec.commitments}
    order = [c for c in spec.commitments if len(c.title.split()) >= 4]
    rng.shuffle(order)
    for c in order:
        words = c.title.split()
        reworded = " ".join(words[1:])
        found = resolve_title(reworded, titles)
        if found.status == "matched" and found.number == c.number and found.method == "fuzzy":
            return c.number, reworded
    return None


def _retitle(rng: random.Random, spec: Spec, number: int) -> str:
    """A new title the matcher cannot tie to any commitment of the earlier report."""
    titles = {c.number: c.title for c in spec.commitments}
    for _ in range(_TRIES):
        title = " ".join(rng.choice(vocab.TITLE_WORDS) for _ in range(rng.randint(5, 9)))
        if resolve_title(title, titles).status == "unknown":
            return title
    raise ValueError(f"no title far enough from the others for commitment {number}")


def _later_targets(rng: random.Random, earlier: tuple[TargetSpec, ...], params: SpecParams) -> tuple[TargetSpec, ...]:
    return _targets(rng, max(1, min(3, len(earlier))), params)


def sequel_spec(spec: Spec, rng: random.Random, registry: Registry | None = None) -> tuple[Spec, JoinTruth]:
    """The later report's spec of the plan in `spec`, and the truth of the join."""
    registry = registry or Registry.default()
    ids = spelling_ids(registry)
    spellings = _spellings_by_id(registry)
    params = SpecParams(periods=LATER_PERIODS)

    # one implementer dropped from a commitment that keeps another
    dropped: list[tuple[int, str]] = []
    multi = [c for c in spec.commitments if len({ids.get(_fold(b.implementer)) for b in c.blocks} - {None}) >= 2]
    if multi:
        c = rng.choice(multi)
        gone = rng.choice(sorted({ids[_fold(b.implementer)] for b in c.blocks if _fold(b.implementer) in ids}))
        dropped.append((c.number, gone))
    # one implementer added to a commitment it was not part of
    added: list[tuple[int, str]] = []
    plan_ids = sorted(
        {ids[_fold(b.implementer)] for c in spec.commitments for b in c.blocks if _fold(b.implementer) in ids}
    )
    hosts = [c for c in spec.commitments if c.number not in {d[0] for d in dropped}]
    if hosts and plan_ids:
        c = rng.choice(hosts)
        present = {ids.get(_fold(b.implementer)) for b in c.blocks}
        new = [i for i in plan_ids if i not in present] or [e.id for e in registry if e.id not in present]
        if new:
            added.append((c.number, rng.choice(new)))

    reworded = _reword(rng, spec)
    retitle_pool = [c.number for c in spec.commitments if not reworded or c.number != reworded[0]]
    retitled_number = rng.choice(retitle_pool) if retitle_pool else None

    commitments: list[CommitmentSpec] = []
    titles: list[tuple[int, str, str]] = []
    for c in spec.commitments:
        blocks: list[BlockSpec] = []
        for b in c.blocks:
            entry_id = ids.get(_fold(b.implementer))
            if (c.number, entry_id) in dropped:
                continue
            heading = _other_spelling(rng, b.implementer, entry_id, spellings)
            blocks.append(BlockSpec(b.measure, heading, _later_targets(rng, b.targets, params)))
        for number, entry_id in added:
            if number == c.number:
                measure = c.blocks[-1].measure if c.blocks else MeasureSpec(1, "Ukuran keberhasilan")
                heading = rng.choice(spellings[entry_id])
                blocks.append(BlockSpec(measure, heading, _targets(rng, 2, params)))
        title = c.title
        if reworded and c.number == reworded[0]:
            title = reworded[1]
        elif c.number == retitled_number:
            title = _retitle(rng, spec, c.number)
        titles.append((c.number, c.title, title))
        commitments.append(replace(c, title=title, blocks=tuple(blocks)))
    later = Spec(tuple(commitments), title=LATER_TITLE, action_plan=spec.action_plan)
    truth = JoinTruth(
        earlier_rows=_rows(spec, ids),
        rows=_rows(later, ids),
        reworded=(reworded[0],) if reworded else (),
        retitled=(retitled_number,) if retitled_number is not None else (),
        dropped=tuple(dropped),
        added=tuple(added),
        titles=tuple(titles),
    )
    return later, truth


def make_sequel(spec: Spec, seed: int, *, style: Style | None = None, registry: Registry | None = None) -> Sequel:
    """The later report of the plan in `spec`, drawn and rendered, with the join's truth.

    The same spec and seed give byte-identical PDFs.
    """
    later, truth = sequel_spec(spec, random.Random(seed), registry)
    style = style or random_style(random.Random(seed ^ _STYLE_SALT))
    return Sequel(render_report(later, style), truth)
