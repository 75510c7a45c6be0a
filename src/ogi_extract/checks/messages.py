"""The words of the audit report in Indonesian and English: one catalogue, every format.

gettext with Babel is the usual way; Babel is not a dependency here, and
the report needs a few dozen strings, so they sit in this module as a plain
table keyed by message id, with the plural rule of each language (Indonesian
does not inflect: "19 galat", "1 galat"). A missing translation falls back to
English, and tests/test_checks_messages.py fails when one is missing.
"""

from __future__ import annotations

LANGUAGES = ("en", "id")
DEFAULT = "en"

# id -> {language: text}; `{n}` is a count, other fields are named.
MESSAGES: dict[str, dict[str, str]] = {
    "title": {"en": "Audit of {file}", "id": "Audit {file}"},
    "title.plain": {"en": "Audit of the front matter", "id": "Audit bagian depan laporan"},
    "summary": {"en": "Summary", "id": "Ringkasan"},
    "summary.none": {"en": "No finding: every published figure follows from the detail.",
                     "id": "Tidak ada temuan: setiap angka yang diterbitkan sesuai dengan rincian."},
    "summary.unread": {"en": "What could not be read", "id": "Yang tidak dapat dibaca"},
    "summary.all_read": {"en": "Every page was read.", "id": "Semua halaman terbaca."},
    "filter": {"en": "Show", "id": "Tampilkan"},
    "filter.check": {"en": "Check", "id": "Pemeriksaan"},
    "filter.all": {"en": "all checks", "id": "semua pemeriksaan"},
    "filter.shown": {"en": "shown", "id": "ditampilkan"},
    "printed": {"en": "Printed", "id": "Tercetak"},
    "printed.at": {"en": "at", "id": "di"},
    "derived": {"en": "Derived from the detail", "id": "Dihitung dari rincian"},
    "rule": {"en": "how", "id": "cara"},
    "rows": {"en": "Target rows counted", "id": "Baris target yang dihitung"},
    "records": {"en": "Commitments or implementers counted", "id": "Komitmen atau pelaksana yang dihitung"},
    "rows.table": {"en": "The target rows named in the findings", "id": "Baris target yang disebut dalam temuan"},
    "rows.findings": {"en": "findings", "id": "temuan"},
    "col.id": {"en": "id", "id": "id"},
    "col.commitment": {"en": "commitment", "id": "komitmen"},
    "col.implementer": {"en": "implementer", "id": "pelaksana"},
    "col.period": {"en": "period", "id": "periode"},
    "col.score": {"en": "score", "id": "nilai"},
    "col.grade": {"en": "grade", "id": "kategori"},
    "col.page": {"en": "page", "id": "halaman"},
    "page": {"en": "p.", "id": "hlm."},
    "crop": {"en": "Where it is printed", "id": "Letak angka di laporan"},
    # severities: singular | plural
    "error": {"en": "{n} error|{n} errors", "id": "{n} galat"},
    "warning": {"en": "{n} warning|{n} warnings", "id": "{n} peringatan"},
    "info": {"en": "{n} info|{n} infos", "id": "{n} info"},
    "sev.error": {"en": "error", "id": "galat"},
    "sev.warning": {"en": "warning", "id": "peringatan"},
    "sev.info": {"en": "info", "id": "info"},
    "target_rows": {"en": "{n} target row|{n} target rows", "id": "{n} baris target"},
    "follow": {"en": "{n} more follow from them", "id": "{n} lainnya mengikuti darinya"},
    "consequences": {"en": "{n} finding follows from it|{n} findings follow from it",
                     "id": "{n} temuan mengikuti darinya"},
    # the checks, in words
    "check.table-row-sum": {"en": "Rows of the target tables", "id": "Jumlah baris tabel target"},
    "check.table-column-sum": {"en": "Columns of the target tables", "id": "Jumlah kolom tabel target"},
    "check.percent-of-count": {"en": "Percentages against their counts", "id": "Persentase terhadap jumlahnya"},
    "check.percent-count-vs-table": {"en": "Percentage lines against the tables",
                                     "id": "Kalimat persentase terhadap tabel"},
    "check.pie-percent-list": {"en": "Pie charts against the lists of commitments",
                               "id": "Diagram lingkaran terhadap daftar komitmen"},
    "check.pie-percent-count": {"en": "Pie charts against the counts in the text",
                                "id": "Diagram lingkaran terhadap jumlah dalam teks"},
    "check.count-vs-list": {"en": "Counts in the text against the lists", "id": "Jumlah dalam teks terhadap daftar"},
    "check.lists-vs-stated": {"en": "Lists against the stated total", "id": "Daftar terhadap total yang dinyatakan"},
    "check.list-title-unmatched": {"en": "Listed titles that name no commitment",
                                   "id": "Judul dalam daftar yang tidak menunjuk komitmen"},
    "check.list-duplicate": {"en": "Commitments listed twice", "id": "Komitmen yang tercantum dua kali"},
    "check.list-title-differs": {"en": "Listed titles that differ", "id": "Judul dalam daftar yang berbeda"},
    "check.list-missing": {"en": "Commitments missing from the lists", "id": "Komitmen yang tidak ada di daftar"},
    "check.grade-rule-fit": {"en": "How a commitment's grade follows from its targets",
                             "id": "Cara kategori komitmen diturunkan dari targetnya"},
    "check.commitment-grade": {"en": "Commitment grades against their targets",
                               "id": "Kategori komitmen terhadap targetnya"},
    "check.cocreation-grade": {"en": "Co-creation grades against the targets",
                               "id": "Kategori ko-kreasi terhadap targetnya"},
    "check.table-row-unknown": {"en": "Table rows of no known grade", "id": "Baris tabel tanpa kategori yang dikenal"},
    "check.table-cell": {"en": "Cells of the target tables against the detail",
                         "id": "Sel tabel target terhadap rincian"},
    "check.percent-line-detail": {"en": "Percentage lines against the detail",
                                  "id": "Kalimat persentase terhadap rincian"},
    "check.table-rule-fit": {"en": "How '-' scores are counted", "id": "Cara nilai '-' dihitung"},
    "check.rounding-fit": {"en": "How percentages are rounded", "id": "Cara persentase dibulatkan"},
    "check.stated-not-derivable": {"en": "Stated counts that cannot be checked",
                                   "id": "Jumlah yang dinyatakan yang tidak dapat diperiksa"},
    "check.stated-vs-tables": {"en": "Stated counts against the tables", "id": "Jumlah yang dinyatakan terhadap tabel"},
    "check.stated-count": {"en": "Stated counts against the detail", "id": "Jumlah yang dinyatakan terhadap rincian"},
    "check.score-scale": {"en": "The score scale", "id": "Skala nilai"},
    "check.detail-not-in-table7": {"en": "Commitments of the detail missing from table 7",
                                   "id": "Komitmen rincian yang tidak ada di tabel 7"},
    "check.table7-commitment-missing": {"en": "Commitments missing from table 7",
                                        "id": "Komitmen yang tidak ada di tabel 7"},
    "check.table7-not-in-detail": {"en": "Table 7 entries not in the detail",
                                   "id": "Isi tabel 7 yang tidak ada di rincian"},
    "check.table7-title": {"en": "Titles in table 7", "id": "Judul di tabel 7"},
    "check.table7-unresolved": {"en": "Implementers of table 7 not in the registry",
                                "id": "Pelaksana di tabel 7 yang tidak dikenal"},
    "check.summary-missing": {"en": "Front matter not found", "id": "Bagian depan tidak ditemukan"},
    "check.figure-incomplete": {"en": "Figures read only in part", "id": "Angka yang hanya terbaca sebagian"},
    # a figure read in part (checks/incomplete.py): "<reason>: checks on <what> skipped."
    "incomplete": {"en": "{reason}: checks on {skipped} skipped.", "id": "{reason}: pemeriksaan {skipped} dilewati."},
    "incomplete.unknown": {"en": "{figure} could not be read completely",
                           "id": "{figure} tidak dapat dibaca seluruhnya"},
    "figure.admin": {"en": "the lists of administrative grades", "id": "daftar kategori administratif"},
    "figure.cocreation": {"en": "the lists of co-creation grades", "id": "daftar kategori ko-kreasi"},
    "figure.table7_row": {"en": "the row of commitment {number} in the table of commitments and implementers",
                          "id": "baris komitmen {number} di tabel komitmen dan pelaksana"},
    "skipped.admin": {"en": "administrative grades", "id": "kategori administratif"},
    "skipped.cocreation": {"en": "co-creation grades", "id": "kategori ko-kreasi"},
    "skipped.table": {"en": "{table} and the stated number of targets", "id": "{table} dan jumlah target yang dinyatakan"},
    "skipped.table7": {"en": "the implementers of commitment {number} and the stated numbers of implementers",
                       "id": "pelaksana komitmen {number} dan jumlah pelaksana yang dinyatakan"},
    "check.detail-unread": {"en": "Target rows the audit cannot count", "id": "Baris target yang tidak dapat dihitung"},
    # a target row of the detail the audit cannot count (checks/unread.py)
    "unread.block": {"en": "The block {name!r} of commitment {number} names no known implementer, so no table "
                           "counts its {rows}.",
                     "id": "Blok {name!r} pada komitmen {number} tidak menunjuk pelaksana yang dikenal, sehingga "
                           "{rows} tidak dihitung di tabel mana pun."},
    "unread.score": {"en": "Target row {id} ({label}) of commitment {number} has a score that cannot be read "
                           "({score!r}): it counts in no table and no grade.",
                     "id": "Baris target {id} ({label}) pada komitmen {number} memiliki nilai yang tidak terbaca "
                           "({score!r}): tidak dihitung di tabel maupun kategori mana pun."},
    "unread.period": {"en": "Target row {id} of commitment {number} has no period (its label was not read): "
                            "it counts in no table.",
                      "id": "Baris target {id} pada komitmen {number} tidak memiliki periode (labelnya tidak "
                            "terbaca): tidak dihitung di tabel mana pun."},
    # no front matter found (checks/cli.py): one line, and its own exit code
    "no_summary": {"en": "no front matter found: nothing was audited, which is no clean bill",
                   "id": "bagian depan tidak ditemukan: tidak ada yang diaudit, bukan berarti laporan bersih"},
}


def text(key: str, lang: str = DEFAULT, **fields: object) -> str:
    """The message `key` in `lang` (English when it has no translation), its fields filled in."""
    entry = MESSAGES.get(key)
    if entry is None:
        if key.startswith("check."):
            return key[len("check.") :]  # a check this catalogue does not know yet keeps its id
        raise KeyError(key)
    template = entry.get(lang) or entry[DEFAULT]
    return template.split("|")[0].format(**fields) if "|" not in template else template.format(**fields)


def count(key: str, n: int, lang: str = DEFAULT) -> str:
    """`n` with its noun, singular or plural as the language has it."""
    entry = MESSAGES[key]
    forms = (entry.get(lang) or entry[DEFAULT]).split("|")
    form = forms[0] if n == 1 or len(forms) == 1 else forms[1]
    return form.format(n=n)


def check_title(check: str, lang: str = DEFAULT) -> str:
    return text(f"check.{check}", lang)
