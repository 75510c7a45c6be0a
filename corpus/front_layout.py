"""The front matter as neutral blocks: the published figures, in the sentences and tables of the 2021 report.

The words follow the real report (samples/monev-2021/front_matter.txt): the
executive summary's counts, figure 1 and 2 with the grade sentences and the lists
(tables 1-6), table 7 of commitments and implementers, the scales, and tables 8
and 9 with their percentage lines, numbers changed for the spec's. What producers
and authors vary is drawn per seed (`FrontLayout`): pies as vector text or as a
picture with a text legend, table captions above or below, header rows repeated
on a new page, a list table pushed down so that it runs over a page break (or
broken before a row where the engine can be told to: HTML and .docx), and
table 7's names as the registry spells them, coalitions with their members.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from typing import Any

from ogi_extract.synth.spec import Paragraph, Spec

from . import front
from .document import Block, Figure, FrontCell, FrontTable, Heading, Prose, Slice, Spacer
from .wording import Wording

PIE_COLOURS = ("4472C4", "ED7D31", "A5A5A5")
SWATCHES = ("70AD47", "FFC000", "FF0000", "A5A5A5")
SEMESTERS = {("B06", "B12"): "Semester I dan II", ("B18", "B24"): "Semester III dan IV"}
ADMIN_SENTENCES = {
    "Baik": "komitmen mendapat nilai baik, yang menunjukkan target capaian sudah dilakukan dengan optimal",
    "Cukup": "komitmen mendapat nilai cukup, yang menunjukkan target capaian belum sepenuhnya dilaksanakan "
    "dengan baik, dan membutuhkan penyelesaian dari masing-masing pelaksana",
    "Kurang": "komitmen mendapat nilai kurang, yang menunjukkan pelaksana belum mampu menyelesaikan seluruh target capaian",
}
COCREATION_SENTENCES = {
    "Aktif": "komitmen dengan capaian ko-kreasi aktif, yang menunjukkan baik Kementerian/Lembaga maupun OMS "
    "optimal berkolaborasi",
    "Semi-Aktif": "komitmen dengan capaian ko-kreasi semi-aktif, yang menunjukkan baik Kementerian/Lembaga maupun "
    "OMS belum sepenuhnya optimal berkolaborasi",
    "Pasif": "komitmen dengan capaian ko-kreasi pasif, yang menunjukkan baik Kementerian/Lembaga maupun OMS "
    "belum berkolaborasi",
}
LIST_TITLES = {
    "Baik": "Daftar Komitmen dengan Nilai Capaian Administratif Baik",
    "Cukup": "Daftar Komitmen dengan Nilai Capaian Administratif Cukup",
    "Kurang": "Daftar Komitmen dengan Nilai Capaian Administratif Kurang",
    "Aktif": "Daftar Komitmen dengan Nilai Proses Ko-Kreasi Aktif",
    "Semi-Aktif": "Daftar Komitmen dengan Nilai Proses Ko-Kreasi Semi Aktif",
    "Pasif": "Daftar Komitmen dengan Nilai Proses Ko-Kreasi Pasif",
}
LINE_WORDS = {"Baik": "kinerja baik", "Cukup": "kinerja cukup", "Kurang": "kinerja kurang", "N/A": "penilaian N/A"}


@dataclass(frozen=True, slots=True)
class FrontLayout:
    """What the author and the producer vary in the front matter of one document."""

    pie: str = "vector"  # "vector" or "image"
    caption_below: bool = False  # table captions under their tables
    repeat_header: bool = False
    push: int | None = None  # the index of the grade list pushed towards the page end
    push_height: float = 0.0  # points of space before it
    split: int | None = None  # the index of the grade list broken over a page before its second row
    tight_percent: bool = True  # "81% (59 target)" rather than "81 % (59 target)"


def random_layout(seed: int) -> FrontLayout:
    rng = random.Random(f"front-layout-{seed}")
    push = rng.randrange(6) if rng.random() < 0.6 else None
    return FrontLayout(
        pie=rng.choice(("vector", "image")),
        caption_below=rng.random() < 0.25,
        repeat_header=rng.random() < 0.5,
        push=push,
        push_height=float(rng.randrange(300, 600, 10)),
        split=rng.randrange(6) if rng.random() < 0.5 else None,
        tight_percent=rng.random() < 0.5,
    )


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The blocks printed, the figures they publish (the truth), and the discrepancy injected, if any."""

    blocks: tuple[Block, ...]
    truth: dict[str, Any]
    layout: FrontLayout
    injection: front.Injection | None = None


def make_front(spec: Spec, wording: Wording, seed: int, inject: str | None = None) -> FrontMatter:
    rng = random.Random(seed * 7 + 0xF407)
    published = front.figures(spec, wording.periods, rng)
    injection = None
    if inject:
        published, injection = front.inject(published, inject, random.Random(seed * 31 + len(inject)))
    layout = random_layout(seed)
    return FrontMatter(tuple(blocks(published, wording, layout)), published, layout, injection)


def blocks(published: dict[str, Any], w: Wording, layout: FrontLayout) -> list[Block]:
    """The front matter's blocks, in the order of the 2021 report."""
    semesters = SEMESTERS.get(tuple(w.periods), "Semester I dan II")
    plan, year = w.action_plan, w.year
    stated = published["stated_counts"]
    out: list[Block] = [Heading("RINGKASAN EKSEKUTIF", centered=True, new_page=True)]
    out.append(_prose(
        f"Rencana Aksi tersebut melibatkan {stated['ministries']} Kementerian/Lembaga dengan {stated['csos']} "
        f"Organisasi Masyarakat Sipil (OMS) yang bertanggung jawab melaksanakan {stated['commitments']} Komitmen "
        f"dengan {stated['targets_total']} Target Capaian. Sebagai salah satu upaya untuk menjamin tercapainya target "
        f"{plan}, Sekretariat Nasional OGI melaksanakan kegiatan Monitoring dan Evaluasi setiap semester."
    ))
    lists = _ListCounter(layout)
    for number, (key, title, sentences, heading) in enumerate((
        ("commitment_admin", "Capaian Administratif", ADMIN_SENTENCES, "1. Capaian Administratif"),
        ("commitment_cocreation", "Proses Ko-kreasi", COCREATION_SENTENCES, "2. Proses Ko-Kreasi"),
    ), 1):
        dist = published[key]
        out.append(Heading(heading))
        out.append(_prose(f"{title} pelaksanaan {plan} {semesters} tahun {year} adalah sebagai berikut:"))
        slices = tuple(
            Slice(grade, pct, PIE_COLOURS[i % len(PIE_COLOURS)]) for i, (grade, pct) in enumerate(dist["published_percent"].items())
        )
        caption = (f"Gambar {number}", f"{title} Pelaksanaan {plan}", f"{semesters} Tahun {year}")
        out.append(Figure(caption, slices, layout.pie, f"Sumber: Monitoring dan Evaluasi {semesters} Tahun {year}"))
        for index, grade in enumerate(dist["published_percent"]):
            pct, count = dist["published_percent"][grade], dist["published_count"][grade]
            items = dist["lists"].get(grade)
            end = (", yaitu:" if key == "commitment_admin" else ":") if items else "."
            out.append(Prose((Paragraph(f"{pct}% {sentences[grade]} pada {count} komitmen{end}", f"{'abc'[index]}."),)))
            if items:
                out.extend(lists.table(grade, items))
    out.extend(_implementers(published, plan, lists.next_number(), layout))
    out.extend(_scales(published, stated, layout))
    out.extend(_target_tables(published, w, semesters, layout))
    return out


def _prose(text: str) -> Prose:
    return Prose((Paragraph(text),))


class _ListCounter:
    """Numbers the tables in print order and pushes the chosen grade list down the page."""

    def __init__(self, layout: FrontLayout) -> None:
        self.layout = layout
        self.count = 0

    def next_number(self) -> int:
        return self.count + 1

    def table(self, grade: str, titles: list[str]) -> list[Block]:
        self.count += 1
        rows = tuple((FrontCell((str(i),), centre=True), FrontCell((t,))) for i, t in enumerate(titles, 1))
        table = _table(("No", "Judul Komitmen"), rows, (0.1, 0.9), (f"Tabel {self.count}.", LIST_TITLES[grade]), self.layout)
        if self.layout.split == self.count - 1 and len(rows) > 1:
            table = replace(table, break_before=1)
        pushed = self.layout.push is not None and self.layout.push == self.count - 1
        return [Spacer(self.layout.push_height), table] if pushed else [table]


def _table(
    header: tuple[str, ...] | None,
    rows: tuple[tuple[FrontCell, ...], ...],
    columns: tuple[float, ...],
    caption: tuple[str, ...],
    layout: FrontLayout,
    width: float = 1.0,
) -> FrontTable:
    return FrontTable(header, rows, columns, caption, layout.caption_below, layout.repeat_header, width)


def _implementers(published: dict[str, Any], plan: str, number: int, layout: FrontLayout) -> list[Block]:
    rows = tuple(
        (
            FrontCell((str(row["number"]),), centre=True),
            FrontCell((f"Komitmen {row['number']}:", row["title"]), bold_first=True),
            FrontCell(tuple(row["implementers"])),
        )
        for row in published["commitment_implementers"]
    )
    return [
        Heading(f"TUJUAN, TEMA, DAN KOMITMEN {plan}", centered=True, new_page=True),
        _prose(
            "Dalam rangka mendorong implementasi nilai-nilai keterbukaan pemerintah, Pemerintah Indonesia "
            "berkolaborasi dengan Organisasi Masyarakat Sipil (OMS) untuk melahirkan ide dan aksi praktik "
            "keterbukaan pemerintah. Komitmen beserta pelaksananya ialah sebagai berikut:"
        ),
        _table(
            ("No", "Komitmen", "Kementerian/Lembaga dan OMS"), rows, (0.08, 0.52, 0.4),
            (f"Tabel {number}.", "Daftar Komitmen beserta Pelaksananya"), layout,
        ),
    ]


def _scales(published: dict[str, Any], stated: dict[str, int], layout: FrontLayout) -> list[Block]:
    scale = tuple(
        (FrontCell((step["range"],), centre=True), FrontCell((step["grade"] + ("*" if step["range"] == "N/A" else ""),)))
        for step in published["score_scale"]
    )
    swatches = tuple(
        (FrontCell(("",), fill=SWATCHES[i % len(SWATCHES)]), FrontCell((text,)))
        for i, text in enumerate(published["cocreation_scale"])
    )
    return [
        Heading("STRATEGI PELAKSANAAN MONITORING, EVALUASI, DAN PELAPORAN", centered=True, new_page=True),
        Prose((
            Paragraph(
                "Belum maksimalnya komitmen beberapa Kementerian/Lembaga maupun OMS untuk melaksanakan RAN OGI. "
                f"Hanya terdapat {stated['active_ministries']} Kementerian/Lembaga dan {stated['active_csos']} OMS "
                f"yang aktif melaksanakan komitmennya, dari {stated['ministries']} Kementerian Lembaga dan "
                f"{stated['csos']} OMS yang terdaftar sebagai mitra OGI.",
                "•",
            ),
        )),
        Heading("1. Penilaian Capaian Administratif"),
        _prose(
            "Penilaian ini bermakna untuk mengukur hasil kinerja Kementerian/Lembaga dan Organisasi Masyarakat "
            "Sipil dalam melaksanakan target-target komitmen. Adapun kriteria penilaian pada bagian ini terdiri "
            "atas beberapa hal sebagai berikut:"
        ),
        FrontTable(("Skala Nilai", "Keterangan"), scale, (0.4, 0.6), width=0.6),
        _prose("*Target tidak dapat diukur pelaksanaannya karena membutuhkan support dari pelaksana lainnya"),
        Heading("2. Penilaian Proses Ko-kreasi"),
        _prose(
            "Komponen ini menjelaskan sejauh mana ko-kreasi yang dilakukan oleh Kementerian/Lembaga dengan "
            "Organisasi Masyarakat Sipil dalam melaksanakan komitmen. Adapun kriteria penilaian proses ko-kreasi "
            "ialah sebagai berikut:"
        ),
        FrontTable(None, swatches, (0.08, 0.92), width=0.7),
    ]


def _target_tables(published: dict[str, Any], w: Wording, semesters: str, layout: FrontLayout) -> list[Block]:
    stated = published["stated_counts"]
    out: list[Block] = [
        Heading(f"DESKRIPSI CAPAIAN PELAKSANAAN {w.action_plan}: {semesters.upper()} TAHUN {w.year}", centered=True, new_page=True),
        _prose(
            f"Dalam pelaksanaan {w.action_plan}, terdapat {stated['commitments']} komitmen yang perlu dilaksanakan "
            "oleh Kementerian/Lembaga dan Organisasi Masyarakat Sipil. Pada pelaksanaannya, terdapat "
            f"{stated['targets_worked']} Target Capaian yang telah dikerjakan oleh Kementerian/Lembaga dan OMS. "
            "Adapun hasil capaian dari target tersebut ialah sebagai berikut:"
        ),
    ]
    headings = {
        "K/L": ("I. Berdasarkan Capaian Administratif Kementerian/Lembaga", "K/L"),
        "OMS": ("II. Berdasarkan Capaian Administratif Organisasi Masyarakat Sipil", "OMS"),
    }
    periods = ", ".join(w.periods)
    for kind, table in published["target_admin_tables"].items():
        heading, short = headings[kind]
        columns = [c for c in table["total"] if c != front.ACCUMULATED]
        header = ("Indikator", *columns, f"{front.ACCUMULATED} Tahun {w.year}")
        body = [
            (FrontCell((label,)), *(FrontCell((str(cells[c]),), centre=True) for c in (*columns, front.ACCUMULATED)))
            for label, cells in table["rows"].items()
        ]
        total = table["total"]
        body.append((FrontCell(("Total",), bold=True),
                     *(FrontCell((str(total[c]),), bold=True, centre=True) for c in (*columns, front.ACCUMULATED))))
        caption = (f"{table['table']}. Capaian Administratif {semesters} Tahun {w.year}",)
        out += [
            Heading(heading),
            _prose(f"Adapun rincian capaian administratif {periods}, dan akumulasi keseluruhan {short} ialah sebagai berikut:"),
            FrontTable(header, tuple(body), (0.4, *[0.6 / (len(columns) + 1)] * (len(columns) + 1)), caption,
                       caption_below=False, repeat_header=layout.repeat_header),
        ]
        if table["published_percent"]:
            space = "" if layout.tight_percent else " "
            out.append(_prose(
                f"Sehingga akumulasi capaian administratif {total[front.ACCUMULATED]} target {short} "
                f"di tahun {w.year}, yaitu:"
            ))
            out.append(Prose(tuple(
                Paragraph(f"{line['percent']}{space}% ({line['count']} target) memiliki {LINE_WORDS[line['grade']]}", f"{i}.")
                for i, line in enumerate(table["published_percent"], 1)
            )))
    return out
