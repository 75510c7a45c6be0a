"""The entries of the audit's message catalogue: every heading, finding sentence and phrase, in both languages.

Keyed by message id; how an entry is filled in and said (plural forms, numbers,
lists, nested phrases) is `ogi_extract.checks.messages`. A finding's sentence is
"<check>" or "<check>.<variant>"; its parts (`dist.*`, `kind.*`, `at.*`, `rule.*` ...)
are phrases a sentence or a place nests. The reasons a table was read in part
(`gap.*`) are kept with the record they say (`ogi_extract.models.gaps`), where the
front-matter reader takes its English words from too, and are entries here like any
other. tests/test_checks_messages.py fails when an entry lacks a language or its
languages' placeholders differ.
"""

from __future__ import annotations

from ..models.gaps import GAP_MESSAGES

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
    "check.detail-unread": {"en": "Target rows the audit cannot count", "id": "Baris target yang tidak dapat dihitung"},
    # the findings, in sentences: "<check>" or "<check>.<variant>"
    "table-row-sum": {
        "en": "{table} ({kind}), row {row}: {periods} add up to {derived}, but {column} prints {printed}.",
        "id": "{table} ({kind}), baris {row}: {periods} berjumlah {derived}, tetapi kolom {column} mencantumkan {printed}.",
    },
    "table-column-sum": {
        "en": "{table} ({kind}), column {column}: the rows add up to {derived}, but the total row prints {printed}.",
        "id": "{table} ({kind}), kolom {column}: jumlah seluruh baris {derived}, tetapi baris Total mencantumkan {printed}.",
    },
    "percent-of-count": {
        "en": "{table} ({kind}): {count} of {whole} {whole:target|targets} is {exact}%, printed as {printed}%.",
        "id": "{table} ({kind}): {count} dari {whole} target sama dengan {exact}%, tetapi tercetak {printed}%.",
    },
    "percent-count-vs-table": {
        "en": "{table} ({kind}): the line on {grade} counts {count} {count:target|targets}, "
              "the table's column {column} prints {cell}.",
        "id": "{table} ({kind}): kalimat tentang {grade} menyebut {count} target, "
              "sedangkan kolom {column} pada tabel mencantumkan {cell}.",
    },
    "rounding-fit": {
        "en": "Rounding {mode}{default} to {decimals} {decimals:decimal|decimals} reproduces {fits} of {total} "
              "printed {total:percentage|percentages} from {total:its count|their counts}.",
        "id": "Pembulatan {mode}{default} hingga {decimals} angka desimal sesuai dengan {fits} dari {total} "
              "persentase yang tercetak, dihitung dari jumlahnya.",
    },
    "summary-missing": {"en": "The report has no front matter to audit.",
                        "id": "Laporan ini tidak memiliki bagian depan yang dapat diaudit."},
    "table-row-unknown": {
        "en": "{table}: the row “{row}” matches no grade known for this edition.",
        "id": "{table}: baris “{row}” tidak sesuai dengan kategori mana pun yang dikenal untuk edisi ini.",
    },
    "table-cell.grade": {
        "en": "{table} prints {printed} {kind} {printed:target|targets} graded {grade} in column {column}; "
              "the detail has {derived}.",
        "id": "{table} mencantumkan {printed} target {kind} berkategori {grade} pada {column}, rincian menghitung {derived}.",
    },
    "table-cell.total": {
        "en": "{table} prints {printed} {kind} {printed:target|targets} in total in column {column}; "
              "the detail has {derived}.",
        "id": "{table} mencantumkan total {printed} target {kind} pada {column}, rincian menghitung {derived}.",
    },
    "percent-line-detail.count": {
        "en": "{table} ({kind}) states {count} {grade} {count:target|targets}; the detail has {derived}.",
        "id": "{table} ({kind}) menyebut {count} target {grade}, rincian menghitung {derived}.",
    },
    "percent-line-detail.percent": {
        "en": "{table} ({kind}) states {percent}% {grade}; the detail gives {derived} of {whole} "
              "{whole:target|targets} ({exact}%).",
        "id": "{table} ({kind}) menyebut {percent}% {grade}, rincian memberikan {derived} dari {whole} target ({exact}%).",
    },
    "table-rule-fit.none": {
        "en": "Leaving '-' scores uncounted{default} reproduces {fits} of {total} target "
              "{total:count|counts} of the tables and their percentage lines.",
        "id": "Tidak menghitung nilai '-'{default} sesuai dengan {fits} dari {total} jumlah target "
              "pada tabel dan kalimat persentasenya.",
    },
    "table-rule-fit": {
        "en": "Counting '-' scores as {choice}{default} reproduces {fits} of {total} target "
              "{total:count|counts} of the tables and their percentage lines.",
        "id": "Menghitung nilai '-' sebagai {choice}{default} sesuai dengan {fits} dari {total} jumlah target "
              "pada tabel dan kalimat persentasenya.",
    },
    "stated-not-derivable": {
        "en": "The count stated in “{stated}” cannot be re-derived from the detail.",
        "id": "Jumlah yang dinyatakan dalam “{stated}” tidak dapat dihitung ulang dari rincian.",
    },
    "stated-not-derivable.figure": {
        "en": "The text states {stated}, a count that cannot be re-derived from the detail.",
        "id": "Teks menyebut {stated}, jumlah yang tidak dapat dihitung ulang dari rincian.",
    },
    "stated-vs-tables": {
        "en": "The text states {printed} {printed:target|targets} worked, but the tables' totals add up to {derived}.",
        "id": "Teks menyebut {printed} target yang telah dikerjakan, tetapi total pada tabel berjumlah {derived}.",
    },
    "stated-count": {
        "en": "The text states “{stated}”; counted in the detail as {counted}, there {derived:is|are} {derived}.",
        "id": "Teks menyebut “{stated}”; dihitung dari rincian sebagai {counted}, jumlahnya {derived}.",
    },
    "stated-count.figure": {
        "en": "The text states {stated}; counted in the detail as {counted}, there {derived:is|are} {derived}.",
        "id": "Teks menyebut {stated}; dihitung dari rincian sebagai {counted}, jumlahnya {derived}.",
    },
    "pie-percent-list": {
        "en": "The chart prints {printed}% of commitments as {grade}, but the list of {grade} commitments holds "
              "{listed} of {total} ({exact}%).",
        "id": "Diagram mencantumkan {printed}% komitmen sebagai {grade}, tetapi daftar komitmen {grade} memuat "
              "{listed} dari {total} ({exact}%).",
    },
    "pie-percent-count": {
        "en": "The chart prints {printed}% of commitments as {grade}, but the text counts {count} of {whole} ({exact}%).",
        "id": "Diagram mencantumkan {printed}% komitmen sebagai {grade}, tetapi teks menyebut {count} dari {whole} "
              "({exact}%).",
    },
    "count-vs-list": {
        "en": "The text counts {count} {grade} {count:commitment|commitments} ({dist}), but their list holds {listed}.",
        "id": "Teks menyebut {count} komitmen {grade} ({dist}), tetapi daftarnya memuat {listed}.",
    },
    "lists-vs-stated": {
        "en": "The lists of {dist} hold {listed} {listed:commitment|commitments}, but the text states {stated}.",
        "id": "Daftar {dist} memuat {listed} komitmen, tetapi teks menyebut {stated}.",
    },
    "list-title-unmatched": {
        "en": "The title “{title}” in the list of {grade} commitments names no commitment of the detail.",
        "id": "Judul “{title}” dalam daftar komitmen {grade} tidak menunjuk komitmen mana pun dalam rincian.",
    },
    "list-duplicate": {
        "en": "Commitment {number} is listed both as {first} and as {grade}.",
        "id": "Komitmen {number} tercantum sebagai {first} dan juga sebagai {grade}.",
    },
    "list-title-differs": {
        "en": "The title listed under {grade}, “{title}”, differs from commitment {number}'s title “{known}”.",
        "id": "Judul yang tercantum dalam daftar {grade}, “{title}”, berbeda dari judul komitmen {number}, “{known}”.",
    },
    "list-missing": {
        "en": "Commitment {number} is in none of the lists of {dist}.",
        "id": "Komitmen {number} tidak tercantum dalam daftar {dist} mana pun.",
    },
    "grade-rule-fit": {
        "en": "Rule “{rule}” ({how}){default} reproduces {fits} of {total} published {dist}.",
        "id": "Aturan “{rule}” ({how}){default} sesuai dengan {fits} dari {total} {dist} yang diterbitkan.",
    },
    "grade-rule-fit.misses": {
        "en": "Rule “{rule}” ({how}){default} reproduces {fits} of {total} published {dist}; "
              "{misses:misses commitment|misses commitments} {misses}.",
        "id": "Aturan “{rule}” ({how}){default} sesuai dengan {fits} dari {total} {dist} yang diterbitkan; "
              "tidak sesuai untuk komitmen {misses}.",
    },
    "grade.differs": {
        "en": "Commitment {number} is published as {published}, but the {how} of its targets is {value}, "
              "which grades {grade}.",
        "id": "Komitmen {number} diterbitkan dengan kategori {published}, tetapi {how} targetnya {value}, "
              "yang termasuk kategori {grade}.",
    },
    "grade.ungraded": {
        "en": "Commitment {number} is published as {published}, but the {how} of its targets is {value}, "
              "which falls in no grade.",
        "id": "Komitmen {number} diterbitkan dengan kategori {published}, tetapi {how} targetnya {value}, "
              "yang tidak termasuk kategori mana pun.",
    },
    "grade.no-value": {
        "en": "Commitment {number} is published as {published}, but its targets give no {how} to grade.",
        "id": "Komitmen {number} diterbitkan dengan kategori {published}, tetapi targetnya tidak menghasilkan {how} "
              "yang dapat dikategorikan.",
    },
    "table7-commitment-missing.table": {
        "en": "Commitment {number} of the detail is not in the table of commitments and implementers.",
        "id": "Komitmen {number} dalam rincian tidak tercantum dalam tabel komitmen dan pelaksana.",
    },
    "table7-commitment-missing.detail": {
        "en": "Commitment {number} of the table of commitments and implementers is not in the detail.",
        "id": "Komitmen {number} dalam tabel komitmen dan pelaksana tidak ada dalam rincian.",
    },
    "table7-title": {
        "en": "Commitment {number} is titled “{printed}” in the table and “{title}” in the detail.",
        "id": "Komitmen {number} berjudul “{printed}” dalam tabel dan “{title}” dalam rincian.",
    },
    "table7-unresolved": {
        "en": "The implementer “{name}” of commitment {number} matches no known implementer.",
        "id": "Pelaksana “{name}” pada komitmen {number} tidak sesuai dengan pelaksana mana pun yang dikenal.",
    },
    "table7-not-in-detail": {
        "en": "“{name}” ({implementer}) is listed for commitment {number} but has no target rows in its detail.",
        "id": "“{name}” ({implementer}) tercantum untuk komitmen {number}, tetapi tidak memiliki baris target "
              "dalam rinciannya.",
    },
    "detail-not-in-table7": {
        "en": "{implementer} has target rows in commitment {number} but is not listed for it in the table.",
        "id": "{implementer} memiliki baris target pada komitmen {number}, tetapi tidak tercantum untuk komitmen "
              "tersebut dalam tabel.",
    },
    "score-scale.range": {
        "en": "The printed scale grades {range} as {grade}, which the audit's scale does not; "
              "the audit grades scores by its own scale.",
        "id": "Skala tercetak memberi kategori {grade} untuk nilai {range}, berbeda dengan skala audit; "
              "audit mengategorikan nilai menurut skalanya sendiri.",
    },
    "score-scale.missing": {
        "en": "The grade {grade} of the audit's scale is not on the printed scale.",
        "id": "Kategori {grade} pada skala audit tidak tercantum dalam skala tercetak.",
    },
    # a figure read in part (checks/incomplete.py): the reader's reason, in its words, or the figure named
    "figure-incomplete": {
        "en": "Checks on {skipped} skipped: “{reason}”.",
        "id": "Pemeriksaan {skipped} dilewati: “{reason}”.",
    },
    "figure-incomplete.unknown": {
        "en": "Checks on {skipped} skipped: {figure} could not be read completely.",
        "id": "Pemeriksaan {skipped} dilewati: {figure} tidak dapat dibaca seluruhnya.",
    },
    # why a table was read in part (`models.gaps.Gap`, nested by checks/gaps.py): the reason quoted in
    # `figure-incomplete`; kept where the reader says them too, in English, as the summary's `incomplete_reason`
    **GAP_MESSAGES,
    # a target row of the detail the audit cannot count (checks/unread.py)
    "detail-unread.block": {
        "en": "The block “{name}” of commitment {number} names no known implementer, so no table counts "
              "its {n} target {n:row|rows}.",
        "id": "Blok “{name}” pada komitmen {number} tidak menunjuk pelaksana yang dikenal, sehingga {n} baris "
              "targetnya tidak dihitung di tabel mana pun.",
    },
    "detail-unread.score": {
        "en": "Target row {target} ({label}) of commitment {number} has a score that cannot be read (“{score}”): "
              "it counts in no table and no grade.",
        "id": "Baris target {target} ({label}) pada komitmen {number} memiliki nilai yang tidak terbaca (“{score}”): "
              "tidak dihitung di tabel maupun kategori mana pun.",
    },
    "detail-unread.period": {
        "en": "Target row {target} of commitment {number} has no period (its label was not read): "
              "it counts in no table.",
        "id": "Baris target {target} pada komitmen {number} tidak memiliki periode (labelnya tidak terbaca): "
              "tidak dihitung di tabel mana pun.",
    },
    # parts of sentences
    "default": {"en": " [default]", "id": " [bawaan]"},
    "list.two": {"en": "{first} and {last}", "id": "{first} dan {last}"},
    "list.more": {"en": "{first} and {last}", "id": "{first}, dan {last}"},
    "dist.admin": {"en": "administrative grades", "id": "kategori capaian administratif"},
    "dist.cocreation": {"en": "co-creation grades", "id": "kategori ko-kreasi"},
    "round.half_up": {"en": "half up", "id": "setengah ke atas"},
    "round.half_even": {"en": "half to even", "id": "setengah ke genap"},
    "round.floor": {"en": "down", "id": "ke bawah"},
    "round.ceil": {"en": "up", "id": "ke atas"},
    "counted.commitments": {"en": "commitments", "id": "komitmen"},
    "counted.assessed_targets": {"en": "target rows with a score", "id": "baris target yang memiliki nilai"},
    "counted.listed_implementers": {"en": "implementers listed for the commitments",
                                    "id": "pelaksana yang tercantum untuk komitmen"},
    "counted.active_implementers": {"en": "implementers with at least one target row",
                                    "id": "pelaksana yang memiliki sekurang-kurangnya satu baris target"},
    "counted.kind": {"en": "{what}, {kind} only", "id": "{what}, khusus {kind}"},
    "kind.K/L": {"en": "ministries and agencies (K/L)", "id": "kementerian/lembaga (K/L)"},
    "kind.OMS": {"en": "civil-society organisations (OMS)", "id": "organisasi masyarakat sipil (OMS)"},
    "how.mean": {"en": "mean", "id": "rata-rata"},
    "how.median": {"en": "median", "id": "median"},
    "how.majority": {"en": "majority", "id": "mayoritas"},
    "how.share": {"en": "share of {grade} targets", "id": "proporsi target {grade}"},
    "how.na": {"en": "{what} with N/A as {na}", "id": "{what} dengan N/A bernilai {na}"},
    "how.kinds": {"en": "{what} over {kinds} targets only", "id": "{what} atas target {kinds} saja"},
    "how.latest": {"en": "{what} over the latest period only", "id": "{what} atas periode terakhir saja"},
    # what a figure read in part is (checks/incomplete.py), and the checks skipped on it
    "figure.admin": {"en": "the lists of administrative grades", "id": "daftar kategori capaian administratif"},
    "figure.cocreation": {"en": "the lists of co-creation grades", "id": "daftar kategori ko-kreasi"},
    "figure.table7": {"en": "the table of commitments and implementers", "id": "tabel komitmen dan pelaksana"},
    "skipped.admin": {"en": "administrative grades", "id": "kategori capaian administratif"},
    "skipped.cocreation": {"en": "co-creation grades", "id": "kategori ko-kreasi"},
    "skipped.table": {"en": "{table} and the stated number of targets", "id": "{table} dan jumlah target yang dinyatakan"},
    "skipped.table7": {"en": "the implementers of table 7 and the stated numbers of implementers",
                       "id": "pelaksana di tabel 7 dan jumlah pelaksana yang dinyatakan"},
    # no front matter found (checks/cli.py): one line, and its own exit code
    "no_summary": {"en": "no front matter found: nothing was audited, which is no clean bill",
                   "id": "bagian depan tidak ditemukan: tidak ada yang diaudit, bukan berarti laporan bersih"},
    # a count stated in the text, by its key in the grammar's `[audit.stated]`, when its words are not at hand
    "stated.figure": {"en": "{n} {what}", "id": "{n} {what}"},
    "stated.commitments": {"en": "commitments", "id": "komitmen"},
    "stated.targets_total": {"en": "targets in all", "id": "target capaian seluruhnya"},
    "stated.targets_worked": {"en": "targets worked on", "id": "target capaian yang telah dikerjakan"},
    "stated.ministries": {"en": "ministries and agencies", "id": "kementerian/lembaga"},
    "stated.csos": {"en": "civil-society organisations", "id": "organisasi masyarakat sipil"},
    "stated.active_ministries": {"en": "active ministries and agencies", "id": "kementerian/lembaga yang aktif"},
    "stated.active_csos": {"en": "active civil-society organisations", "id": "organisasi masyarakat sipil yang aktif"},
    # where a figure is printed (`Published.label`, parts joined by " > "; shown by `places.place`):
    # what opens a label, then what may follow it; the report's own words (a table, a row, a grade) stay as printed
    "at.stated": {"en": "stated count", "id": "jumlah yang dinyatakan"},
    "at.list": {"en": "list of {grade} commitments", "id": "daftar komitmen {grade}"},
    "at.table7": {"en": "commitments and implementers", "id": "komitmen dan pelaksana"},
    "at.scale": {"en": "score scale", "id": "skala nilai"},
    "at.commitment": {"en": "commitment {number}", "id": "komitmen {number}"},
    "at.percent": {"en": "percent", "id": "persentase"},
    "at.count": {"en": "count", "id": "jumlah"},
    "at.title": {"en": "title", "id": "judul"},
    "at.implementer": {"en": "implementer", "id": "pelaksana"},
    "at.implementers": {"en": "implementers", "id": "daftar pelaksana"},
    "at.label": {"en": "label", "id": "label target"},
    "at.score": {"en": "score", "id": "nilai"},
    # how a value was derived (`Derived.rule`; shown by `places.how`)
    "note.rule": {"en": "“{rule}” ({how})", "id": "“{rule}” ({how})"},
    "rule.rows": {"en": "sum of the rows", "id": "jumlah seluruh baris"},
    "rule.percent": {"en": "count / total, rounded {mode}", "id": "jumlah / total, dibulatkan {mode}"},
    "rule.not_assessed.none": {"en": "'-' counted as none", "id": "'-' tidak dihitung"},
    "rule.not_assessed": {"en": "'-' counted as {choice}", "id": "'-' dihitung sebagai {choice}"},
    "rule.tables_total": {"en": "sum of the tables' accumulated totals", "id": "jumlah total kumulatif pada tabel"},
    "rule.list_share": {"en": "list length / all list lengths", "id": "isi daftar / isi semua daftar"},
    "rule.count_share": {"en": "stated count / stated commitments",
                         "id": "jumlah yang dinyatakan / komitmen yang dinyatakan"},
    "rule.list_length": {"en": "length of the list", "id": "banyaknya isi daftar"},
    "rule.lists_sum": {"en": "sum of the list lengths", "id": "jumlah isi semua daftar"},
}
