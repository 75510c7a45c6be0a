"""Why a printed table may not have been read completely, as data, with its words in both languages.

The front-matter reader records why (`Gap`: cut at a page end with its rest
not found, rows numbered other than 1..n, no numbered row, a grade list naming
no grade of its legend, a table captioned as a grade's list whose header is no
list's, a target table without its total row) beside the
figure it concerns. Two readers say it: a data user reads the English words
kept in the summary (`incomplete_reason`), the audit says it in the language
asked (`figure-incomplete`). Both take the words from `GAP_MESSAGES`, entries
of the audit's message catalogue (`ogi_extract.checks.sentences` includes them):
they live here, below both the reader and the audit, so that the reader can
say them without depending on the audit. The table's own name ("Tabel 3") is
the report's word and stays as printed; a table with no caption read is named
by its page, in each language.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .records import _Record

GapKind = Literal["cut", "numbering", "no-numbers", "no-grade", "no-header", "no-total"]

SHOWN = 12  # row numbers written out before " ...": enough to see where the numbering goes wrong

# id -> {language: text}, as the catalogue keeps them; {table} is the table's name, as printed or `gap.table`
GAP_MESSAGES: dict[str, dict[str, str]] = {
    "gap.table": {"en": "the table on page {page}", "id": "tabel di halaman {page}"},
    "gap.cut": {
        "en": "{table} continues past page {page} and its rest was not found",
        "id": "{table} berlanjut melewati halaman {page}, tetapi lanjutannya tidak ditemukan",
    },
    "gap.numbering": {
        "en": "{table}: its rows are numbered {numbers}, not 1 to {n}",
        "id": "{table}: barisnya bernomor {numbers}, bukan 1 sampai {n}",
    },
    "gap.no-numbers": {"en": "{table}: no numbered row was read",
                       "id": "{table}: tidak ada baris bernomor yang terbaca"},
    "gap.no-grade": {
        "en": "{table} names no grade its legend has: not read",
        "id": "{table} tidak menyebut kategori mana pun dari keterangannya: tidak dibaca",
    },
    "gap.no-header": {
        "en": "{table} names a grade but its header row is no list's: not read",
        "id": "{table} menyebut kategori, tetapi baris judulnya bukan judul daftar: tidak dibaca",
    },
    "gap.no-total": {"en": "{table} has no total row", "id": "{table} tidak memiliki baris Total"},
}


class Gap(_Record):
    """Why a printed table may not have been read completely: what went wrong, which table, where."""

    kind: GapKind
    table: str | None = Field(None, description="the table's name as printed (its caption: \"Tabel 3\"), "
                              "null when no caption was read")
    page: int = Field(description="the page the table begins on")
    cut_at: int | None = Field(None, description="the page the table was cut at (kind \"cut\")")
    numbers: list[int] = Field(default_factory=list, description="its row numbers as read (kind \"numbering\")")

    @property
    def message_id(self) -> str:
        return f"gap.{self.kind}"

    def params(self) -> dict[str, int | str]:
        """The values its sentence is filled with, besides the table's name."""
        if self.kind == "cut":
            return {"page": self.cut_at if self.cut_at is not None else self.page}
        if self.kind == "numbering":
            shown = ", ".join(str(n) for n in self.numbers[:SHOWN]) + (" ..." if len(self.numbers) > SHOWN else "")
            return {"numbers": shown, "n": len(self.numbers)}
        return {}

    def words(self, lang: str = "en") -> str:
        """The reason in `lang` (English when it has no such language): what `incomplete_reason` keeps."""
        table = self.table or _template("gap.table", lang).format(page=self.page)
        return _template(self.message_id, lang).format(table=table, **self.params())


def _template(key: str, lang: str) -> str:
    entry = GAP_MESSAGES[key]
    return entry.get(lang) or entry["en"]
