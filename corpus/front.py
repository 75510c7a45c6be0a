"""The front matter a correct report publishes for a spec, with its truth; and discrepancies to inject.

The figures are worked out here from the generator's spec, never from a parse:
the implementer kinds from the registry (`ogi_extract.match.resolve`), the
commitment grades by the grammar's default aggregation (`[audit.commitment_admin]`
and `[audit.commitment_cocreation]`: the mean of the scored targets; the mean of
the co-creation label values, N/A and unknown labels left out), tables 8 and 9 by
kind, period and grade with "-" and unreadable scores not counted
(`[audit.tables]`), percentages rounded half up to whole numbers (`[audit]`).
They are written out again here rather than taken from `ogi_extract.audit`, so a
slip in the audit's derivation shows as a disagreement with this truth.

`figures(spec)` is the front matter as `ogi_extract.models.summary.Summary.figures()`
shapes it (the published values, no pieces); `front_layout.blocks` prints it.
`inject(figures, kind, rng)` changes one published figure and says which checks of
the audit must then fire: the precision and recall of the audit are measured
against that record.
"""

from __future__ import annotations

import copy
import random
import statistics
from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ogi_extract.match import resolve
from ogi_extract.synth import vocab
from ogi_extract.synth.spec import Spec, TargetSpec

# The edition's score scale ([[scores.scale]]) and its N/A grade.
SCALE: tuple[tuple[str, float, str], ...] = (("Baik", 70, "70-100"), ("Cukup", 51, "51-69"), ("Kurang", 0, "0-50"))
NOT_AVAILABLE = "N/A"
# [audit.commitment_cocreation]: label values and the grade scale of their mean.
COCREATION_VALUES: dict[str, float] = {"aktif": 100, "akif": 100, "semi aktif": 50, "pasif": 0}
COCREATION_SCALE: tuple[tuple[str, float], ...] = (("Aktif", 66.67), ("Semi-Aktif", 33.34), ("Pasif", 0))
ADMIN_GRADES = tuple(grade for grade, _, _ in SCALE)
COCREATION_GRADES = tuple(grade for grade, _ in COCREATION_SCALE)
# Tables 8 and 9: the printed row labels, and the grade each counts.
TABLE_ROWS: tuple[tuple[str, str], ...] = (
    ("Baik (70-100)", "Baik"),
    ("Cukup (51-69)", "Cukup"),
    ("Kurang (0-50)", "Kurang"),
    ("Kinerja tidak dapat dinilai (N/A)", NOT_AVAILABLE),
)
ACCUMULATED = "Akumulasi"
KINDS: tuple[str, ...] = ("K/L", "OMS")
COCREATION_SCALE_TEXT: tuple[str, ...] = (
    "Aktif",
    "Semi-Aktif",
    "Pasif",
    "Tidak bisa dilaksanakan, karena bergantung pada pelaksana lainnya",
)
SCORE_SCALE_ROWS: tuple[tuple[str, str], ...] = (*((r, g) for g, _, r in SCALE), ("N/A", "Not Available"))
# Members printed after a coalition's name in table 7 ("OMS Sektor Keadilan: IJRS, LeIP").
COALITION_MEMBERS: tuple[str, ...] = (
    "IJRS", "LeIP", "PBHI", "YLBHI", "LBH Jakarta", "LBH Bandung", "LBH Papua", "LBH Masyarakat",
    "Asosiasi LBH APIK Indonesia", "LBH APIK Jakarta",
)


def percent(part: int, whole: int) -> int:
    """part/whole in whole percent, rounded half up, as the report prints it."""
    if whole == 0:
        return 0
    return int((Decimal(part) * 100 / Decimal(whole)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def status(score: str | None) -> tuple[str, float | None]:
    """How the audit counts a printed score: ("score", value), ("na", None), ("not_assessed", None) or ("unknown", None)."""
    text = " ".join((score or "").split())
    if text.endswith("%") and text[:-1].strip().replace(",", ".").replace(".", "", 1).isdigit():
        return "score", float(text[:-1].strip().replace(",", "."))
    if text.replace(" ", "").upper() in ("N/A", "NA"):
        return "na", None
    if text in ("-", "–"):
        return "not_assessed", None
    return "unknown", None


def admin_grade(values: list[float]) -> str | None:
    if not values:
        return None
    mean = statistics.fmean(values)
    return next(grade for grade, low, _ in SCALE if mean >= low)


def cocreation_grade(labels: list[str | None]) -> str | None:
    values = [COCREATION_VALUES[k] for k in (_fold(lab) for lab in labels if lab) if k in COCREATION_VALUES]
    if not values:
        return None
    mean = statistics.fmean(values)
    return next(grade for grade, low in COCREATION_SCALE if mean >= low)


def _fold(text: str) -> str:
    return " ".join(text.replace("-", " ").casefold().split())


@dataclass(frozen=True, slots=True)
class Implementer:
    id: str
    kind: str
    heading: str  # the spelling of its first block in the detail


def implementers(spec: Spec) -> dict[int, list[Implementer]]:
    """Per commitment, its implementers in order of first appearance, by registry id."""
    out: dict[int, list[Implementer]] = {}
    for c in spec.commitments:
        seen: dict[str, Implementer] = {}
        for block in c.blocks:
            found = resolve(block.implementer)
            if not found.id or found.kind not in KINDS:
                raise ValueError(f"the registry does not know the implementer {block.implementer!r}")
            seen.setdefault(found.id, Implementer(found.id, found.kind, block.implementer))
        out[c.number] = list(seen.values())
    return out


def _targets(spec: Spec) -> list[tuple[int, str, str, TargetSpec]]:
    """(commitment, implementer id, kind, target) for every target row."""
    rows = []
    for c in spec.commitments:
        for block in c.blocks:
            found = resolve(block.implementer)
            rows.extend((c.number, found.id or "", found.kind or "", t) for t in block.targets)
    return rows


def commitment_grades(spec: Spec) -> tuple[dict[int, str | None], dict[int, str | None]]:
    """Each commitment's administrative and co-creation grade (None: nothing to grade it by)."""
    admin: dict[int, list[float]] = {c.number: [] for c in spec.commitments}
    labels: dict[int, list[str | None]] = {c.number: [] for c in spec.commitments}
    for number, _, _, t in _targets(spec):
        kind, value = status(t.score)
        if kind == "score" and value is not None:
            admin[number].append(value)
        labels[number].append(t.cocreation_label)
    return ({n: admin_grade(v) for n, v in admin.items()}, {n: cocreation_grade(v) for n, v in labels.items()})


def ungraded(spec: Spec) -> list[int]:
    """Commitments a correct report could not put in any list (no scored target or no co-creation label)."""
    admin, cocreation = commitment_grades(spec)
    return sorted(n for n in admin if admin[n] is None or cocreation[n] is None)


def _distribution(spec: Spec, grades: dict[int, str | None], order: tuple[str, ...]) -> dict[str, Any]:
    titles = {c.number: c.title for c in spec.commitments}
    lists = {g: [titles[n] for n in sorted(grades) if grades[n] == g] for g in order}
    total = sum(len(v) for v in lists.values())
    return {
        "published_percent": {g: percent(len(lists[g]), total) for g in order},
        "published_count": {g: len(lists[g]) for g in order},
        "lists": {g: items for g, items in lists.items() if items},  # an empty grade prints no table
    }


def _table(rows: list[tuple[int, str, str, TargetSpec]], kind: str, periods: tuple[str, ...], name: str) -> dict[str, Any]:
    counts: Counter[tuple[str, str]] = Counter()
    for _, _, k, t in rows:
        state, value = status(t.score)
        if k != kind or t.period not in periods:
            continue
        if state == "score" and value is not None:
            grade = next(g for g, low, _ in SCALE if value >= low)
        elif state == "na":
            grade = NOT_AVAILABLE
        else:
            continue  # "-" and unreadable scores are not counted
        counts[(grade, t.period)] += 1
    columns = (*periods, ACCUMULATED)

    def cell(grade: str | None, column: str) -> int:
        keys = [(g, p) for (g, p) in counts if (grade is None or g == grade) and (column == ACCUMULATED or p == column)]
        return sum(counts[k] for k in keys)

    table_rows = {label: {col: cell(grade, col) for col in columns} for label, grade in TABLE_ROWS}
    total = {col: cell(None, col) for col in columns}
    whole = total[ACCUMULATED]
    lines = [
        {"grade": grade, "percent": percent(table_rows[label][ACCUMULATED], whole), "count": table_rows[label][ACCUMULATED]}
        for label, grade in TABLE_ROWS
        if table_rows[label][ACCUMULATED] and whole
    ]
    return {"table": name, "rows": table_rows, "total": total, "published_percent": lines}


def _printed_names(imps: list[Implementer], rng: random.Random) -> list[str]:
    """Table 7's names of one commitment: a registry spelling each; a coalition with some of its members."""
    out = []
    for imp in imps:
        spellings = next((s for _, s in vocab.IMPLEMENTERS if imp.heading in s), (imp.heading,))
        name = rng.choice(spellings)
        if imp.id == "OMS-SK":
            members = rng.sample(COALITION_MEMBERS, k=rng.randint(2, 6))
            name = f"OMS Sektor Keadilan: {', '.join(members)}"
        out.append(name)
    return out


def figures(spec: Spec, periods: tuple[str, ...], rng: random.Random) -> dict[str, Any]:
    """Every figure a correct front matter publishes, in the shape of `Summary.figures()`."""
    rows = _targets(spec)
    imps = implementers(spec)
    admin, cocreation = commitment_grades(spec)
    listed = {kind: {i.id for group in imps.values() for i in group if i.kind == kind} for kind in KINDS}
    assessed = [(imp, k) for _, imp, k, t in rows if status(t.score)[0] in ("score", "na")]
    active = {kind: {imp for imp, k in assessed if k == kind} for kind in KINDS}
    out = {
        "stated_counts": {
            "commitments": len(spec.commitments),
            "targets_total": spec.target_count,
            "ministries": len(listed["K/L"]),
            "csos": len(listed["OMS"]),
            "targets_worked": len(assessed),
            "active_ministries": len(active["K/L"]),
            "active_csos": len(active["OMS"]),
        },
        "commitment_admin": _distribution(spec, admin, ADMIN_GRADES),
        "commitment_cocreation": _distribution(spec, cocreation, COCREATION_GRADES),
        "commitment_implementers": [
            {"number": c.number, "title": c.title, "implementers": _printed_names(imps[c.number], rng)}
            for c in spec.commitments
        ],
        "score_scale": [{"range": r, "grade": g} for r, g in SCORE_SCALE_ROWS],
        "cocreation_scale": list(COCREATION_SCALE_TEXT),
        "target_admin_tables": {
            kind: _table(rows, kind, periods, "") for kind in KINDS
        },
    }
    return renumber(out)


def table_names(published: dict[str, Any]) -> tuple[str, str, str]:
    """The names of table 7 and the two target tables: the grade lists are tables 1.., one per non-empty grade."""
    lists = len(published["commitment_admin"]["lists"]) + len(published["commitment_cocreation"]["lists"])
    return tuple(f"Tabel {lists + 1 + i}" for i in range(3))  # type: ignore[return-value]


def renumber(published: dict[str, Any]) -> dict[str, Any]:
    """The target tables named after the lists that precede them (an injection may add or drop a list)."""
    _, *targets = table_names(published)
    for kind, name in zip(KINDS, targets, strict=True):
        published["target_admin_tables"][kind]["table"] = name
    return published


# -- injected discrepancies ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Injection:
    """One published figure changed, and the audit checks (error or warning) it must set off."""

    kind: str
    figure: str  # where, in the words of the summary: "target_admin_tables > K/L > Baik (70-100) > B06"
    was: Any
    now: Any
    checks: tuple[str, ...] = field(default=())


INJECTIONS: tuple[str, ...] = ("table-cell", "percent-line", "pie-percent", "stated-count", "list-move", "table7-drop")


def inject(published: dict[str, Any], kind: str, rng: random.Random) -> tuple[dict[str, Any], Injection | None]:
    """`published` with one figure changed as `kind` says; None when the report has no such figure."""
    out = copy.deepcopy(published)
    if kind == "table-cell":
        tables = [(k, t) for k, t in out["target_admin_tables"].items() if t["total"][ACCUMULATED]]
        if not tables:
            return out, None
        name, table = rng.choice(tables)
        label = rng.choice(list(table["rows"]))
        column = rng.choice([c for c in table["total"] if c != ACCUMULATED])
        was = table["rows"][label][column]
        table["rows"][label][column] = was + rng.randint(1, 3)
        where = f"target_admin_tables > {name} > {label} > {column}"
        return out, Injection(kind, where, was, table["rows"][label][column], ("table-row-sum", "table-column-sum", "table-cell"))
    if kind == "percent-line":
        lines = [(k, line) for k, t in out["target_admin_tables"].items() for line in t["published_percent"]]
        if not lines:
            return out, None
        name, line = rng.choice(lines)
        was = line["percent"]
        line["percent"] = was + 5 if was <= 90 else was - 5
        where = f"target_admin_tables > {name} > published_percent > {line['grade']}"
        return out, Injection(kind, where, was, line["percent"], ("percent-of-count", "percent-line-detail"))
    if kind == "pie-percent":
        dist_name = rng.choice(("commitment_admin", "commitment_cocreation"))
        dist = out[dist_name]
        grade = rng.choice([g for g in dist["published_percent"] if dist["published_count"][g]])
        was = dist["published_percent"][grade]
        dist["published_percent"][grade] = was + 7 if was <= 90 else was - 7
        checks = ("pie-percent-list", "pie-percent-count")
        return out, Injection(kind, f"{dist_name} > published_percent > {grade}", was, dist["published_percent"][grade], checks)
    if kind == "stated-count":
        key = rng.choice(("ministries", "csos", "active_ministries", "active_csos"))
        was = out["stated_counts"][key]
        out["stated_counts"][key] = was + 1
        return out, Injection(kind, f"stated_counts > {key}", was, was + 1, ("stated-count",))
    if kind == "list-move":
        out, found = _move(out, rng)
        return renumber(out), found
    if kind == "table7-drop":
        return _drop(out, rng)
    raise ValueError(f"no injection named {kind!r}; known: {', '.join(INJECTIONS)}")


def _move(out: dict[str, Any], rng: random.Random) -> tuple[dict[str, Any], Injection | None]:
    """One commitment listed under another administrative grade; counts and percentages left as they were."""
    lists = out["commitment_admin"]["lists"]
    source = rng.choice(sorted(lists))
    title = rng.choice(lists[source])
    target = rng.choice([g for g in ADMIN_GRADES if g != source])
    lists[source].remove(title)
    lists.setdefault(target, []).append(title)
    if not lists[source]:
        del lists[source]
    out["commitment_admin"]["lists"] = {g: lists[g] for g in ADMIN_GRADES if g in lists}
    checks = ("count-vs-list", "pie-percent-list", "commitment-grade")
    return out, Injection("list-move", f"commitment_admin > lists > {title}", source, target, checks)


def _drop(out: dict[str, Any], rng: random.Random) -> tuple[dict[str, Any], Injection | None]:
    """One implementer left out of table 7 (where its commitment lists more than one)."""
    rows = [r for r in out["commitment_implementers"] if len(r["implementers"]) > 1]
    if not rows:
        return out, None
    row = rng.choice(rows)
    name = rng.choice(row["implementers"])
    row["implementers"].remove(name)
    dropped = resolve(name).id or resolve(name.split(":")[0]).id
    still = {
        resolve(n).id or resolve(n.split(":")[0]).id for r in out["commitment_implementers"] for n in r["implementers"]
    }
    checks: tuple[str, ...] = ("detail-not-in-table7",)
    if dropped not in still:  # the stated count of listed implementers no longer holds
        checks += ("stated-count",)
    return out, Injection("table7-drop", f"commitment_implementers > {row['number']} > {name}", name, None, checks)
