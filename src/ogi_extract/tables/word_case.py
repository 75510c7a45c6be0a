"""What the letters' case and the quotes on each side of a line end say of a word cut there.

An engine that cuts a word too wide for its line (CSS `overflow-wrap`,
ReportLab's `splitLongWords`) cuts it between any two glyphs, so the pieces
keep the word's own shape. Words have few shapes across a cut:

* an acronym does not go on in lower case: a piece in capitals only (two
  letters or more) before one in lower case ended its word ("SIREKAP" filling
  a narrow column, then "pandemi" + "k."); a capitalised word cut leaves one
  capital ("M" + "enyampaikan"), and a plural or suffix written onto an
  acronym ("NGOs", "KPUnya") is shorter than `SUFFIX` letters past it;
* a capital alone ending a line before lower case that is no word, the
  two a word ("I" + "mplementasi/m…"), is that word cut after its capital,
  though the letter would have fitted on the next line with the piece;
* an acronym cut leaves capitals on both sides ("SIREK" + "AP"): that is
  the one shape in which a tail opening with a capital goes on with the head;
* an acronym filling its line before a number that is no word of the
  document ("PERKI" + "1/2021,") is one token cut where its letters meet its
  digits, in a document that glues capitals to digits inside its acronyms
  ("P3PD", "DP2KBPMD"): numbers are new words wherever they stand, so the
  tail's being unknown says nothing, and the document's own acronyms show
  that capitals go on with digits;
* a word the document writes in capitals only ("PEN") is none of its words
  printed in lower case ("pen" + "guatan" of "penguatan", `known_as_printed`);
* a piece ending in lower case before one in capitals only ended its word
  ("…/laporan/dokumen" filling its line, then "PEN dengan");
* a quotation closed at the line end ("‘di’", "“data”") ended its word
  before a letter or a digit, as a closing bracket does: the quote marks
  enclose whole words (punctuation after it, "‘petugas’" + ".", is weighed
  as any punctuation opening a line is);
* a quotation the head opened and left open closes with the mark that
  opens the next line ("“mendetailkan" + "”": an engine may break before
  a closing quote, which Unicode's line breaking leaves ambiguous).

These are shapes of the pieces alone; the line's geometry (filled to its
edge, the pieces wider than a line) is weighed by the callers
(`cuts.cut_by_width`, `word_breaks.broken_inside_word`).
"""

from __future__ import annotations

import regex

from .language import known
from .lexicon import lexical

# The longest suffix or plural an author writes onto an acronym ("s", "nya").
SUFFIX = 3
_QUOTES = {"’": "‘", "”": "“", "»": "«"}
OPENERS = "“‘\"'([{«"  # marks that open a quotation or a bracket
_LETTER_DIGIT = regex.compile(r"\p{L}\p{N}")
# Digits written onto a capital at a piece's end: "SP4", "DP2".
_CAPITAL_DIGITS = regex.compile(r"\p{Lu}\p{N}+$")
# A capital alone, closing punctuation after it only: an acronym's last letter ("DP2KBPM" + "D,"),
# or digits written onto it, a code's number ("PERK" + "I1/2021").
_LAST_CAPITAL = regex.compile(r"^\p{Lu}(?:\p{N}[\p{N}/.-]*)?[.,;:!?)\]]*$")


def _last_part(head: str) -> str:
    """The head's last part, where a word goes on: after a slash, without an opening sign."""
    return head.rsplit("/", 1)[-1].lstrip(OPENERS)


def in_capitals(piece: str) -> bool:
    """Whether the piece's letters are capitals only, two or more ("SIREK", "SP4N-LA", not "M", "PISpema")."""
    letters = [c for c in piece if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def acronym_in_lower(text: str, lexicon: frozenset[str]) -> bool:
    """Whether `text` spells, not in capitals, a word the document writes in capitals only ("pen", its "PEN")."""
    return lexical(text) in getattr(lexicon, "capitals", ()) and not in_capitals(text)


def known_as_printed(text: str, lexicon: frozenset[str]) -> bool:
    """Whether the word printed `text` is known (`language.known`), a word the document writes in capitals
    only counting where it is printed in capitals: "pen" on a page's last line is no "PEN" of the document,
    but the first letters of "penguatan", unless the language writes "pen" itself."""
    word = lexical(text)
    if acronym_in_lower(text, lexicon):
        return word in getattr(lexicon, "language", ())
    return known(word, lexicon)


def acronym_before_lower(head: str, tail: str) -> bool:
    """Whether an acronym ends the head and a piece in lower case longer than a suffix opens the tail.

    "SIREKAP" + "pandemi", "PIS" + "pema": the acronym ended its word. Not
    "NGO" + "s" or "KPU" + "nya" (`SUFFIX` letters or fewer), nor a
    capitalised word cut after its first letter ("M" + "enyampaikan").
    """
    letters = lexical(tail)
    return (
        tail[:1].islower()
        and in_capitals(_last_part(head))
        and head[-1:].isalpha()
        and sum(c.isalpha() for c in letters) > SUFFIX
    )


def number_before_lower(head: str, tail: str) -> bool:
    """Whether a head ending in a digit meets a piece in lower case longer than a suffix.

    "COVID-19" alone on its line, then "penyampa" + "ian": no word goes on from
    digits into lower-case letters (the document's codes put their letters
    before their digits: "DP2K", "PERKI1/2021"), as none goes on from lower case
    into digits. Not "2000" + "an" (`SUFFIX` letters or fewer). URLs are
    read before it (`url_breaks`).
    """
    return head[-1:].isdigit() and tail[:1].islower() and sum(c.isalpha() for c in lexical(tail)) > SUFFIX


def acronym_before_acronym(head: str, tail: str, lexicon: frozenset[str]) -> bool:
    """Whether a head in capitals meets a tail that is an acronym the document writes whole elsewhere.

    "PERKI" + "PPID": a run glued of the document's words in lower case says
    nothing of two acronyms; the tail, more than `SUFFIX` letters and seen on
    its own, is one, and the head ended before it. Not where the two join a
    word the document writes ("DP2K" + "BPMD" of "DP2KBPMD", whose "BPMD" is
    seen nowhere alone), nor a tail of a suffix's length ("PER" + "KI"),
    unless it is the first part of a compound of acronyms ("OPD" +
    "TII-WVI-", the document writing "TII" alone).
    """
    compound = "-" in tail[1:]
    word = lexical(tail.split("-", 1)[0] if compound else tail)
    return (
        in_capitals(_last_part(head))
        and in_capitals(tail)
        and word.isalpha()
        and (len(word) > SUFFIX or compound)
        and word in getattr(lexicon, "capitals", ())
        and lexical(head + tail) not in lexicon
    )


def lower_before_capitals(head: str, tail: str) -> bool:
    """Whether a head ending in a lower-case letter meets a tail in capitals only ("…/dokumen" + "PEN").

    No word and no segment of a URL's path goes on from lower case into an
    acronym where a line breaks it: an author writes a prefix before one with
    a hyphen ("di-PHK"), and a mixed-case key ("1aBcDEFgh") does not stay in
    capitals to its end.
    """
    return head[-1:].isalpha() and head[-1:].islower() and in_capitals(tail)


def lower_url_before_capitals(head: str, tail: str) -> bool:
    """Whether a URL with no capital in it, ending in a digit, meets a tail in capitals only ("…-index-2021" + "LAN").

    As with `lower_before_capitals`: a path in lower case does not go on in
    capitals after its number.
    """
    return head[-1:].isdigit() and not any(c.isupper() for c in head) and in_capitals(tail)


# A hyphen and a capital or a digit: the rest of an acronym compound ("-WVI-INFID", "-RB").
_HYPHEN_CAPITAL = regex.compile(r"^-[\p{Lu}\p{N}]")


def acronym_hyphen_goes_on(head: str, tail: str) -> bool:
    """Whether an acronym ending a line goes on with a hyphen opening the next: "TII" + "-WVI-INFID".

    ReportLab breaks an acronym compound before its hyphen. No author spaces
    before the hyphen of a compound, and a list's dash stands apart from its
    item; an acronym of two capitals or more before it, a capital or a digit
    after it, is the compound cut.
    """
    return in_capitals(_last_part(head)) and _HYPHEN_CAPITAL.match(tail) is not None


def acronym_cut(head: str, tail: str) -> bool:
    """Whether head and tail are capitals on both sides of the break, as an acronym cut leaves them ("SIREK" + "AP").

    The head's last part ends in a capital, or in digits written onto one
    inside an acronym ("SP4" + "N-LAPOR!", as "P3PD", "DP2KBPMD"; not
    "COVID-19", whose number follows a hyphen), the tail's letters are all
    capitals: the only shape in which a tail opening with a capital can be
    the rest of the head's word. A tail of one capital alone is an acronym's
    last letter ("DP2KBPM" + "D"; "PERK" + "I1/2021", its number written
    onto it), after capitals only: a capitalised word cut leaves its one
    capital in the head ("M" + "enyampaikan"). Whether it is (the line filled, the word too
    wide for a line, the pieces no words of the document) is the caller's.
    """
    part = _last_part(head)
    ends = _CAPITAL_DIGITS.search(part) is not None or part[-1:].isalpha() and part[-1:].isupper()
    return ends and in_capitals(part) and (in_capitals(tail) or _LAST_CAPITAL.match(tail) is not None)


def closes_quote(head: str) -> bool:
    """Whether the head ends with a quotation mark that closes a quotation it opened ("‘di’", "“data”").

    The opener must be in the head: a lone "’" may be an apostrophe inside a
    word ("Qur’" + "an").
    """
    opener = _QUOTES.get(head[-1:])
    return opener is not None and opener in head[:-1]


def quote_left_open(head: str, tail: str) -> bool:
    """Whether the tail opens with the mark that closes a quotation the head opened and left open ("“mendetailkan" + "”")."""
    return tail[:1] in _QUOTES and _left_open(head, tail[0])


# Closing marks of brackets and quotations, and the marks that open them.
_PAIRS = {**_QUOTES, ")": "(", "]": "["}


def closes_mark_left_open(head: str, tail: str) -> bool:
    """Whether the tail ends, before a stop, with the mark that closes a bracket or quotation the head opened
    and left open ("(hany" + "a)"): inside the pair the pieces are one token, unless the tail opens one too."""
    core = tail.rstrip(".,;:!?")
    return core[-1:] in _PAIRS and _PAIRS[core[-1]] not in core and _left_open(head, core[-1])


def _left_open(head: str, closer: str) -> bool:
    """Whether the head opened the pair `closer` closes after it last closed one."""
    return head.rfind(_PAIRS[closer]) > head.rfind(closer)


def acronym_number(head: str, tail: str, lexicon: frozenset[str]) -> bool:
    """Whether an acronym goes on with a number: "PERKI" + "1/2021," where the document writes "P3PD" (see the module).

    The head's last part in capitals, ending in a letter; the tail opening
    with a digit and no word of the document; and among the words the
    document writes in capitals only (`Lexicon.capitals`) one that holds a
    letter followed by a digit. The line's geometry (filled to its edge) is
    the caller's.
    """
    part = _last_part(head)
    if not (tail[:1].isdigit() and part[-1:].isalpha() and in_capitals(part)) or lexical(tail) in lexicon:
        return False
    return any(_LETTER_DIGIT.search(w) for w in getattr(lexicon, "capitals", ()))


def initial_goes_on(head: str, tail: str, lexicon: frozenset[str]) -> bool:
    """Whether a capital alone ending a line begins the word the next line opens with (`tail` a lookup form).

    ReportLab cuts a word too wide for any line where its line is full, after
    its first letter too: "tertinggi tech. I" + "mplementasi/m" +
    "engetahui". The capital with the piece would have fitted on the next
    line, which a word's end does not prove; the piece is no word of the
    document or its language, and the letter with it is one. A letter that
    stands alone ("I" of a list, "A" of a grade) comes before a word.
    """
    if not (len(head) == 1 and head.isupper() and head.isalpha() and tail.isalpha()):
        return False
    return not known(tail, lexicon) and known(head.lower() + tail, lexicon)
