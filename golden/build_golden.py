"""Build golden/monev-2021.json: the records the parser must produce for the 2021 report.

The golden comes from the hand transcription of the published report
(samples/monev-2021/reference/monev-2021.commitments.json) and its registry of
implementers, never from parser output: it is the yardstick, so it must not share
the parser's mistakes. For the same reason the normalised fields (score value,
grade, co-creation label) are computed here by a small explicit mapping of the
values the transcription holds, independent of the package's own normalisation;
a value this mapping does not know stops the build instead of passing through.

    python golden/build_golden.py           # write golden/monev-2021.json
    python golden/build_golden.py --check   # exit 1 if the committed file is stale
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "samples" / "monev-2021" / "reference"
COMMITMENTS = REFERENCE / "monev-2021.commitments.json"
REGISTRY = REFERENCE / "implementers.json"
GOLDEN = ROOT / "golden" / "monev-2021.json"

if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from ogi_extract.models import Report

#: The Report fields that hold the report's content. Every other field (source,
#: summary, unassigned, accounting, page_problems, warnings, unresolved_names)
#: describes one run of the parser, so it is left out by naming what is kept.
CONTENT = {"document", "commitments"}

_PERCENT = re.compile(r"^(\d{1,3}(?:[.,]\d+)?)\s*%$")

#: The grading scale printed in the report: 70-100 Baik, 51-69 Cukup, 0-50 Kurang.
_GRADES = ((70.0, "Baik"), (51.0, "Cukup"), (0.0, "Kurang"))

#: Every co-creation label the transcription holds, as printed -> normalised.
#: "Akif" is a typo of the original; "-" and an empty cell say nothing.
_COCREATION: dict[str | None, str | None] = {
    "Aktif": "Aktif",
    "Akif": "Aktif",
    "Semi Aktif": "Semi Aktif",
    "Semi-Aktif": "Semi Aktif",
    "Pasif": "Pasif",
    "N/A": "N/A",
    "-": None,
    None: None,
}


def score_value(score: str | None) -> float | None:
    """'100%' -> 100.0; 'N/A', '-', words and null -> None."""
    if score is None:
        return None
    m = _PERCENT.match(score.strip())
    return float(m.group(1).replace(",", ".")) if m else None


def grade(score: str | None) -> str | None:
    """A percentage graded on the printed scale; 'N/A' stays 'N/A'; '-' or words: None."""
    if score is not None and score.strip().upper().replace(" ", "") in {"N/A", "NA"}:
        return "N/A"
    value = score_value(score)
    if value is None:
        return None
    if not 0.0 <= value <= 100.0:
        raise ValueError(f"score out of the scale: {score!r}")
    return next(name for floor, name in _GRADES if value >= floor)


def cocreation(label: str | None) -> str | None:
    if label not in _COCREATION:
        raise ValueError(f"co-creation label not in the mapping: {label!r}")
    return _COCREATION[label]


def alias_table(registry: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Printed alias -> registry entry; an alias claimed by two entries is an error."""
    table: dict[str, dict[str, Any]] = {}
    for entry in registry:
        for alias in entry["aliases"]:
            if alias in table and table[alias]["id"] != entry["id"]:
                raise ValueError(f"alias {alias!r} names both {table[alias]['id']} and {entry['id']}")
            table[alias] = entry
    return table


def implementer_match(heading: str | None, aliases: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """Every heading of the 2021 report is printed exactly as a registry alias."""
    if heading is None:
        return None
    entry = aliases.get(heading)
    if entry is None:
        raise ValueError(f"implementer heading not in the registry: {heading!r}")
    return {"status": "matched", "id": entry["id"], "kind": entry["kind"], "score": 100.0, "method": "exact"}


def build_target(raw: dict[str, Any], target_id: str) -> dict[str, Any]:
    return {
        "id": target_id,
        **raw,
        "score_value": score_value(raw.get("score")),
        "grade": grade(raw.get("score")),
        "cocreation": cocreation(raw.get("cocreation_label")),
    }


def build_report(doc: dict[str, Any], registry: list[dict[str, Any]]) -> Report:
    aliases = alias_table(registry)
    commitments = []
    for c in doc["commitments"]:
        cid = f"c{c['number']:02d}"
        blocks = []
        for b_index, b in enumerate(c["blocks"], 1):
            bid = f"{cid}-b{b_index:02d}"
            blocks.append(
                {
                    "id": bid,
                    "success_measure": b["success_measure"],
                    "implementer": b["implementer"],
                    "implementer_match": implementer_match(b["implementer"], aliases),
                    "targets": [build_target(t, f"{bid}-t{t_index:02d}") for t_index, t in enumerate(b["targets"], 1)],
                }
            )
        commitments.append(
            {"id": cid, "number": c["number"], "title": c["title"], "blocks": blocks, "follow_up": c["follow_up"]}
        )
    document = {k: doc["document"][k] for k in ("title", "action_plan", "periods")}
    return Report.model_validate({"document": document, "commitments": commitments})


def golden_data(report: Report) -> dict[str, Any]:
    return report.model_dump(mode="json", include=CONTENT)


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def build_text(commitments: Path = COMMITMENTS, registry: Path = REGISTRY) -> str:
    """The golden file's exact text, validated: it loads back as the same Report."""
    report = build_report(
        json.loads(commitments.read_text(encoding="utf-8")),
        json.loads(registry.read_text(encoding="utf-8")),
    )
    text = render(golden_data(report))
    if Report.model_validate_json(text) != report:
        raise ValueError("the golden does not load back as the report it was made from")
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file, write nothing")
    parser.add_argument("-o", "--output", type=Path, default=GOLDEN)
    args = parser.parse_args(argv)
    text = build_text()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is stale: run python golden/build_golden.py", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
