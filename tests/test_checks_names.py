"""Table 7's names against the registry: a group printed with its members is the group, and its members count."""

from __future__ import annotations

from ogi_extract.checks import audit
from ogi_extract.checks.names import group_members
from ogi_extract.match.resolver import group_head
from ogi_extract.match import resolve
from ogi_extract.models.summary import Phrase
from reference import reference_report, reference_summary, resolver, rules

COALITION = "OMS Sektor Keadilan: LBH APIK Jakarta, Asosiasi LBH APIK Indonesia, YLBHI, LBH Masyarakat, LeIP"


def test_a_group_with_its_members_is_split_at_its_colon() -> None:
    assert group_head(COALITION) == "OMS Sektor Keadilan"
    assert group_members(COALITION) == ["LBH APIK Jakarta", "Asosiasi LBH APIK Indonesia", "YLBHI", "LBH Masyarakat", "LeIP"]
    assert group_members("OMS Sektor Keadilan: IJRS dan LeIP.") == ["IJRS", "LeIP"]
    assert group_head("Kementerian PPN/Bappenas") is None and group_members("Kementerian PPN/Bappenas") == []
    assert group_head("Catatan:") is None  # a colon with nothing after it names no members


def test_the_group_resolves_as_itself_in_the_match_stage() -> None:
    found = resolve(COALITION)  # the registry does not know this list of members: the group's head is resolved
    assert (found.status, found.id, found.kind) == ("matched", "OMS-SK", "OMS")
    assert resolve("Nama Yang Tidak Ada: A, B").status != "matched"


def test_a_member_listed_under_its_group_counts_as_listed() -> None:
    # Commitment 6 of 2021 has target rows of Ditjen PAS; printed in table 7 as a member of its ministry
    # ("Kementerian Hukum dan HAM: Ditjen PAS Kemenkumham"), it still counts as listed, and the ministry is the name listed.
    summary = reference_summary()
    row = next(r for r in summary.commitment_implementers if r.number.value == 6)
    row.implementers = [Phrase(value="Kementerian Hukum dan HAM: Ditjen PAS Kemenkumham") if "Ditjen PAS" in n.value else n
                        for n in row.implementers]
    found = audit(reference_report(), summary=summary, grammar=rules(), resolve=resolver())
    about_6 = [(f.check, f.message) for f in found if "commitment 6" in f.message and f.check != "table7-title"]
    assert about_6 == [("table7-not-in-detail", "“Kementerian Hukum dan HAM: Ditjen PAS Kemenkumham” (Kemenkumham) is listed for "
                        "commitment 6 but has no target rows in its detail.")]
    assert not any(f.check == "table7-unresolved" for f in found)
