"""How close a parse comes to the truth the generator wrote.

Four figures, as the producers and typesetters issues define them:

* rows: truth target rows found at their place (commitment, block, index) with
  their label; rows the parser made beyond the truth count as `extra_rows`;
* fields: every compared field equal with all whitespace removed (the old,
  lenient measure);
* word for word: text fields equal with whitespace collapsed, not removed, so a
  word split in two ("Akti f") or two glued ("Kejaksaan.2.") is an error;
* categorical: period, score and co-creation label exactly equal;

plus the number of words the parser left unassigned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

TARGET_FIELDS = ("label", "period", "target_text", "achievement_text", "score", "cocreation_text", "cocreation_label")
TEXT_FIELDS = ("target_text", "achievement_text", "cocreation_text")
CATEGORICAL = ("period", "score", "cocreation_label")
_SPACE = re.compile(r"\s+")


def collapsed(value: Any) -> Any:
    return " ".join(value.split()) if isinstance(value, str) else value


def squeezed(value: Any) -> Any:
    return _SPACE.sub("", value) if isinstance(value, str) else value


@dataclass(slots=True)
class Score:
    rows: int = 0
    rows_found: int = 0
    extra_rows: int = 0
    fields: int = 0
    fields_right: int = 0
    texts: int = 0
    texts_word_for_word: int = 0
    categorical: int = 0
    categorical_right: int = 0
    unassigned: int = 0
    grammar: str | None = None  # the edition the parser took the report for
    differences: list[str] = field(default_factory=list)

    @staticmethod
    def _share(right: int, total: int) -> float:
        return 1.0 if total == 0 else right / total

    @property
    def row_share(self) -> float:
        return self._share(self.rows_found, self.rows)

    @property
    def field_share(self) -> float:
        return self._share(self.fields_right, self.fields)

    @property
    def word_share(self) -> float:
        return self._share(self.texts_word_for_word, self.texts)

    @property
    def categorical_share(self) -> float:
        return self._share(self.categorical_right, self.categorical)

    @property
    def perfect(self) -> bool:
        return (
            self.rows_found == self.rows
            and self.extra_rows == 0
            and self.fields_right == self.fields
            and self.texts_word_for_word == self.texts
            and self.unassigned == 0
        )

    def _field(self, where: str, name: str, got: Any, want: Any) -> None:
        self.fields += 1
        ok = squeezed(got) == squeezed(want)
        self.fields_right += ok
        exact = collapsed(got) == collapsed(want)
        if name in TEXT_FIELDS or name in ("title", "text", "follow_up", "implementer"):
            self.texts += 1
            self.texts_word_for_word += exact
        if name in CATEGORICAL:
            self.categorical += 1
            self.categorical_right += got == want
        if not exact and len(self.differences) < 50:
            self.differences.append(f"{where}.{name}: got {collapsed(got)!r}, want {collapsed(want)!r}")


def score(report: Any, truth: dict[str, Any]) -> Score:
    """Compare a parsed `Report` (or its JSON dump) with the generator's truth."""
    got = report if isinstance(report, dict) else report.model_dump(mode="json")
    out = Score(unassigned=len(got.get("unassigned") or []), grammar=(got.get("source") or {}).get("grammar"))
    by_number = {c["number"]: c for c in got.get("commitments", [])}
    seen = set()
    for c in truth["commitments"]:
        pc = by_number.get(c["number"], {})
        seen.add(c["number"])
        where = f"commitment {c['number']}"
        for name in ("title", "follow_up"):
            out._field(where, name, pc.get(name), c[name])
        pblocks = pc.get("blocks", [])
        for bi, b in enumerate(c["blocks"]):
            pb = pblocks[bi] if bi < len(pblocks) else {}
            bwhere = f"{where} block {bi}"
            out._field(bwhere, "implementer", pb.get("implementer"), b["implementer"])
            pm = pb.get("success_measure") or {}
            out._field(bwhere, "text", pm.get("text"), b["success_measure"]["text"])
            ptargets = pb.get("targets", [])
            for ti, t in enumerate(b["targets"]):
                pt = ptargets[ti] if ti < len(ptargets) else {}
                out.rows += 1
                out.rows_found += bool(pt) and collapsed(pt.get("label")) == collapsed(t["label"])
                for name in TARGET_FIELDS:
                    out._field(f"{bwhere} target {ti}", name, pt.get(name), t[name])
            out.extra_rows += max(0, len(ptargets) - len(b["targets"]))
        out.extra_rows += sum(len(pb.get("targets", [])) for pb in pblocks[len(c["blocks"]):])
    out.extra_rows += sum(
        len(b.get("targets", [])) for n, pc in by_number.items() if n not in seen for b in pc.get("blocks", [])
    )
    return out
