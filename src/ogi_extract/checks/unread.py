"""Target rows of the detail the audit cannot count: said once each, before what they set off.

A block whose heading resolves to no implementer has no kind, so its rows
count in neither table 8 nor table 9; a row whose label was not read has no
period; a row whose score cell holds two scores (two rows read as one:
"14% Nilai 100%") counts in no grade, and the row read into it is gone. Either makes the
published tables, the stated counts and the commitment's grade look wrong when
the detail is what was not read. The finding names the rows; `causes` links
the disagreements they account for under it.
"""

from __future__ import annotations

import regex

from . import derive
from .context import Context, _finding, tagged
from .findings import Derived, Finding, Published, wording

_PERCENT = regex.compile(r"\d+(?:[.,]\d+)?\s*%")  # each a score: a cell holding two holds two rows' scores


def check_detail_readable(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    by_id = {row.id: row for row in ctx.rows}
    for commitment in ctx.report.commitments:
        for block in commitment.blocks:
            rows = [by_id[t.id] for t in block.targets if t.id in by_id]
            match = block.implementer_match
            if rows and (match is None or match.status != "matched"):
                out.append(_finding(
                    "detail-unread",
                    wording("detail-unread.block", name=block.implementer or "", number=commitment.number,
                            n=len(rows)),
                    Published(label=f"commitment {commitment.number} > {block.implementer or ''}",
                              value=block.implementer, pieces=list(block.provenance.get("implementer", []))),
                    Derived(value=None, target_ids=[r.id for r in rows]),
                ))
                tagged(out[-1:], commitment=commitment.number, periods=[r.period for r in rows], kind=None,
                       grades=[derive.counted_grade(r, ctx.rules, ctx.rules.not_assessed_counts_as) for r in rows])
                continue
            for target, row in zip(block.targets, rows):
                if row.period is None and row.status != "unknown":
                    out.append(_finding(
                        "detail-unread",
                        wording("detail-unread.period", target=row.id, number=commitment.number),
                        Published(label=f"commitment {commitment.number} > {row.id} > label", value=target.label,
                                  pieces=list(target.provenance.get("label", []))),
                        Derived(value=None, target_ids=[row.id]),
                    ))
                    grade = derive.counted_grade(row, ctx.rules, ctx.rules.not_assessed_counts_as)
                    tagged(out[-1:], commitment=commitment.number, periods=[None], kind=row.kind, grades=[grade])
                    continue
                # two rows read as one print two scores; a score in words ("Belum dilaporkan") or none at all
                # is read, and rightly counts in no table
                merged = len(_PERCENT.findall(target.score or ""))
                if row.status != "unknown" or merged < 2:
                    continue
                out.append(_finding(
                    "detail-unread",
                    wording("detail-unread.score", target=row.id, label=target.label or "",
                            number=commitment.number, score=" ".join((target.score or "").split())),
                    Published(label=f"commitment {commitment.number} > {target.label or row.id} > score",
                              value=target.score, pieces=list(target.provenance.get("score", []))),
                    Derived(value=None, target_ids=[row.id]),
                ))
                tagged(out[-1:], commitment=commitment.number, periods=[row.period], kind=row.kind, merged=merged)
    return out
