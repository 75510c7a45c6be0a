"""How a producer draws a document: the knobs real reports vary, never the words.

A look is drawn from a seed per (engine, font), so the corpus covers what
producers do differently: fonts with and without ligatures, sizes, margins,
column widths, borders filled or stroked, a rule at a row's page break or not,
header rows repeated on each page, real list markup or typed markers.
Each engine honours the knobs it can and ignores the rest (say which in the
engine's docstring).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

# Font families as the fonts' own names (fontconfig, TeX and ReportLab map them).
FAMILIES: dict[str, str] = {
    "carlito": "Carlito",  # Calibri metrics, with fi/fl/ti/ft ligatures
    "liberation-sans": "Liberation Sans",  # Arial metrics
    "liberation-serif": "Liberation Serif",  # Times metrics
    "dejavu-sans": "DejaVu Sans",
    "noto-sans": "Noto Sans",
    "noto-serif": "Noto Serif",
    # no corpus report is set in these: fonts left out of all tuning, for `corpus.holdout --font`
    # (from Debian's fonts-open-sans, fonts-roboto-unhinted, fonts-lato, fonts-crosextra-caladea, fonts-inter,
    # fonts-sil-gentiumplus, fonts-ebgaramond, fonts-cantarell, fonts-linuxlibertine, fonts-cabin, fonts-karla,
    # fonts-freefont-ttf, fonts-quicksand, fonts-clear-sans, fonts-junicode, fonts-comfortaa, fonts-play,
    # fonts-texgyre, fonts-urw-base35)
    "dejavu-serif": "DejaVu Serif",
    "open-sans": "Open Sans",
    "roboto": "Roboto",
    "lato": "Lato",
    "caladea": "Caladea",  # Cambria metrics
    "inter": "Inter",
    "gentium": "Gentium Plus",
    "eb-garamond": "EB Garamond",
    "cantarell": "Cantarell",
    "libertine": "Linux Libertine O",
    "cabin": "Cabin",
    "karla": "Karla",
    "freeserif": "FreeSerif",
    "quicksand": "Quicksand",
    "clear-sans": "Clear Sans",
    "junicode": "Junicode Two Beta",
    "comfortaa": "Comfortaa",
    "play": "Play",
    "pagella": "TeX Gyre Pagella",  # Palatino's design
    "heros": "TeX Gyre Heros",  # Helvetica's design
    "c059": "C059",  # Century Schoolbook's design
    "bookman": "URW Bookman",
    "urw-gothic": "URW Gothic",  # Avant Garde's design
    "schola": "TeX Gyre Schola",
    "adventor": "TeX Gyre Adventor",
    "nimbus-roman": "Nimbus Roman",  # Times's design
    "biolinum": "Linux Biolinum O",
    "termes": "TeX Gyre Termes",  # Times's design, TeX Gyre's metrics
    "roboto-condensed": "Roboto Condensed",
    "bonum": "TeX Gyre Bonum",  # Bookman's design
    "noto-serif-display": "Noto Serif Display",
    "liberation-sans-narrow": "Liberation Sans Narrow",  # Arial Narrow metrics
    "nimbus-sans": "Nimbus Sans",  # Helvetica's design
    "p052": "P052",  # Palatino's design
    "noto-sans-display": "Noto Sans Display",
    "latin-modern-sans": "Latin Modern Sans",  # TeX's sans face, set by the other engines
    "gentium-book": "Gentium Book Plus",
    "heros-cn": "TeX Gyre Heros Cn",  # Helvetica Condensed's design
    "freesans": "FreeSans",  # Helvetica's design, GNU FreeFont
    "latin-modern": "Latin Modern Roman",  # TeX's default face
    "inter-display": "Inter Display",  # Inter's cut for large sizes, set small
    "garuda": "Garuda",  # a Thai system font's Latin letters (fonts-tlwg-garuda-otf)
    "dejavu-serif-condensed": "DejaVu Serif Condensed",
    "libertine-display": "Linux Libertine Display O",
    "dejavu-sans-condensed": "DejaVu Sans Condensed",
    "liberation-mono": "Liberation Mono",  # Courier New metrics: every glyph one width
    "noto-serif-display-condensed": "Noto Serif Display Condensed",
    "freemono": "FreeMono",  # Courier's design, GNU FreeFont
    "nimbus-mono": "Nimbus Mono PS",  # Courier's design, URW
    "noto-sans-display-semicondensed": "Noto Sans Display SemiCondensed",
    "kinnari": "Kinnari",  # Thai system faces' Latin letters (fonts-tlwg-*-otf)
    "norasi": "Norasi",
    "waree": "Waree",
    "umpush": "Umpush",
    "loma": "Loma",
    "laksaman": "Laksaman",
    "sawasdee": "Sawasdee",
    "tlwg-typo": "Tlwg Typo",  # a typewriter's design: every glyph one width
    "purisa": "Purisa",  # a hand's design
    "tlwg-typist": "Tlwg Typist",  # a typewriter's design, every glyph one width
    "noto-sans-condensed": "Noto Sans Condensed",
    "tlwg-mono": "Tlwg Mono",  # every glyph one width
    "noto-serif-condensed": "Noto Serif Condensed",
    "padauk": "Padauk",  # a Myanmar system font's Latin letters (fonts-sil-padauk)
    "dejavu-sans-mono": "DejaVu Sans Mono",  # every glyph one width
    "libertine-mono": "Linux Libertine Mono O",  # every glyph one width, a serif's design
    "latin-modern-mono": "Latin Modern Mono",  # TeX's typewriter face: every glyph one width
    "latin-modern-mono-prop": "Latin Modern Mono Prop",  # TeX's typewriter design, set proportional
    "latin-modern-sans-quotation": "Latin Modern Sans Quotation",  # TeX's sans at its 8 pt design size
    "latin-modern-dunhill": "Latin Modern Roman Dunhill",  # TeX's roman with tall ascenders
    "latin-modern-sans-demi-cond": "Latin Modern Sans Demi Cond",  # TeX's sans, semibold and condensed
    "latin-modern-mono-light": "Latin Modern Mono Light",  # TeX's typewriter face, light
    "latin-modern-mono-prop-light": "Latin Modern Mono Prop Light",  # TeX's typewriter design, light, proportional
    "latin-modern-slanted": "Latin Modern Roman Slanted",  # TeX's roman, slanted (no italic's letters)
    "latin-modern-mono-slanted": "Latin Modern Mono Slanted",  # TeX's typewriter face, slanted
    "latin-modern-unslanted": "Latin Modern Roman Unslanted",  # TeX's italic letters set upright
    "noto-sans-mono": "Noto Sans Mono",  # every glyph one width
    "latin-modern-demi": "Latin Modern Roman Demi",  # TeX's roman, semibold
    "clear-sans-light": "Clear Sans Light",  # Intel's humanist sans, light
    "latin-modern-mono-light-cond": "Latin Modern Mono Light Cond",  # TeX's typewriter face, light, condensed
    "clear-sans-medium": "Clear Sans Medium",  # Intel's humanist sans, medium weight
    "tex-gyre-cursor": "TeX Gyre Cursor",  # Courier's design, TeX Gyre: every glyph one width
    "quicksand-light": "Quicksand Light",  # a rounded geometric sans, light
    "tlwg-typewriter": "Tlwg Typewriter",  # a typewriter's design, every glyph one width
    "clear-sans-thin": "Clear Sans Thin",  # Intel's humanist sans, thin
    "karla-inclined": "Karla Tamil Inclined",  # Karla's grotesque, inclined (fonts-karla)
    "junicode-condensed": "Junicode Two Beta Condensed",  # a medievalist's old-style serif, condensed (fonts-junicode)
    "karla-upright": "Karla Tamil Upright",  # Karla's Tamil companion, upright: what it lacks is set in another face (fonts-karla)
    "cantarell-thin": "Cantarell Thin",  # GNOME's humanist sans, thin (fonts-cantarell)
    "lato-hairline": "Lato Hairline",  # a semi-rounded sans at its lightest weight (fonts-lato)
    "comfortaa-light": "Comfortaa Light",  # a rounded geometric display sans, light (fonts-comfortaa)
    "junicode-semicondensed-light": "Junicode Two Beta SemiCondensed Light",  # an old-style serif, light, semicondensed
    "inter-display-thin": "Inter Display Thin",  # Inter's cut for large sizes, thin (fonts-inter)
    "dejavu-sans-light": "DejaVu Sans Light",  # DejaVu Sans at its extra-light weight, fewer glyphs (fonts-dejavu-extra)
    "open-sans-condensed-light": "Open Sans Condensed Light",  # a humanist sans, condensed and light (fonts-open-sans)
    "roboto-thin": "Roboto Thin",  # a grotesque at its thinnest weight (fonts-roboto-unhinted)
    "roboto-condensed-light": "Roboto Condensed Light",  # a condensed grotesque, light (fonts-roboto-unhinted)
    "karla-extralight": "Karla ExtraLight",  # Karla's grotesque at its lightest weight (fonts-karla)
    "open-sans-light": "Open Sans Light",  # a humanist sans, light (fonts-open-sans)
    "junicode-light": "Junicode Two Beta Light",  # a medievalist's old-style serif, light (fonts-junicode)
    "inter-thin": "Inter Thin",  # Inter's text cut, thin (fonts-inter)
    "cantarell-light": "Cantarell Light",  # GNOME's humanist sans, light (fonts-cantarell)
    "lato-thin": "Lato Thin",  # a semi-rounded sans, thin (fonts-lato)
    "roboto-light": "Roboto Light",  # a grotesque, light (fonts-roboto-unhinted)
    "junicode-expanded": "Junicode Two Beta Expanded",  # an old-style serif set wide (fonts-junicode)
    "inter-light": "Inter Light",  # Inter's text cut, light (fonts-inter)
    "lato-light": "Lato Light",  # a semi-rounded sans, light (fonts-lato)
    "junicode-semiexpanded": "Junicode Two Beta SemiExpanded",  # an old-style serif set a little wide (fonts-junicode)
    "inter-display-light": "Inter Display Light",  # Inter's cut for large sizes, light, set small (fonts-inter)
    "karla-light": "Karla Light",  # Karla's grotesque, light (fonts-karla)
    "inter-extralight": "Inter Extra Light",  # Inter's text cut, extra light (fonts-inter)
    "junicode-condensed-light": "Junicode Two Beta Condensed Light",  # an old-style serif, condensed and light (fonts-junicode)
    "inter-display-extralight": "Inter Display Extra Light",  # Inter's cut for large sizes, extra light, set small (fonts-inter)
    "quicksand-medium": "Quicksand Medium",  # a rounded geometric sans, medium weight
    "lato-medium": "Lato Medium",  # a semi-rounded sans, medium weight (fonts-lato)
    "karla-medium": "Karla Medium",  # Karla's grotesque, medium weight (fonts-karla)
    "roboto-medium": "Roboto Medium",  # Google's neo-grotesque sans, medium weight (fonts-roboto)
    "junicode-expanded-medium": "Junicode Two Beta Expanded Medium",  # an old-style serif, wide and medium (fonts-junicode)
    "open-sans-semibold": "Open Sans Semibold",  # a humanist sans, semibold (fonts-open-sans)
    "lato-semibold": "Lato Semibold",  # a semi-rounded sans, semibold (fonts-lato)
    "inter-medium": "Inter Medium",  # Inter's text cut, medium weight (fonts-inter)
    "roboto-condensed-medium": "Roboto Condensed Medium",  # Roboto narrowed, medium weight (fonts-roboto)
    "inter-display-medium": "Inter Display Medium",  # Inter's cut for large sizes, medium weight, set small (fonts-inter)
    "junicode-semicondensed-medium": "Junicode Two Beta SemiCondensed Medium",  # an old-style serif, a little narrow, medium
    "junicode-medium": "Junicode Two Beta Medium",  # an old-style serif, medium weight (fonts-junicode)
    "lato-black": "Lato Black",  # a semi-rounded sans at its heaviest (fonts-lato)
    "roboto-black": "Roboto Black",  # Roboto at its heaviest (fonts-roboto)
    "junicode-semiexpanded-medium": "Junicode Two Beta SemiExpanded Medium",  # an old-style serif, a little wide, medium
    "inter-black": "Inter Black",  # Inter at its heaviest (fonts-inter)
    "karla-extrabold": "Karla ExtraBold",  # a grotesque with quirks, extra bold (fonts-karla)
    "open-sans-extrabold": "Open Sans Extrabold",  # a humanist sans, extra bold (fonts-open-sans)
    "junicode-expanded-semibold": "Junicode Two Beta Expanded Semibold",  # an old-style serif, wide, semibold
    "lato-heavy": "Lato Heavy",  # a semi-rounded sans, heavy (fonts-lato)
    "inter-display-black": "Inter Display Black",  # Inter's cut for large sizes at its heaviest, set small (fonts-inter)
    "cantarell-extrabold": "Cantarell Extra Bold",  # a humanist sans, extra bold (fonts-cantarell)
    "junicode-condensed-medium": "Junicode Two Beta Condensed Medium",  # an old-style serif, narrow, medium
    "junicode-semibold": "Junicode Two Beta Semibold",  # an old-style serif, semibold
    "inter-semibold": "Inter Semi Bold",  # a grotesque for screens, semibold (fonts-inter)
    "inter-display-extrabold": "Inter Display Extra Bold",  # Inter's cut for large sizes, extra bold, set small (fonts-inter)
    "junicode-expanded-bold": "Junicode Two Beta Expanded Bold",  # an old-style serif, wide, bold
    "inter-extrabold": "Inter Extra Bold",  # a grotesque for screens, extra bold (fonts-inter)
    "junicode-semiexpanded-bold": "Junicode Two Beta SemiExpanded Bold",  # an old-style serif, semi-wide, bold
    "inter-display-semibold": "Inter Display Semi Bold",  # Inter's cut for large sizes, semibold, set small (fonts-inter)
    "junicode-semicondensed": "Junicode Two Beta SemiCondensed",  # an old-style serif, semi-narrow, regular
    "open-sans-condensed-bold": "Open Sans Condensed",  # a humanist sans, condensed, bold its only weight (fonts-open-sans)
    "junicode-semiexpanded-semibold": "Junicode Two Beta SemiExpanded Semibold",  # an old-style serif, semi-wide, semibold
    "eb-garamond-08": "EB Garamond 08",  # Garamond's design cut for small sizes: heavier, wider (fonts-ebgaramond)
    "lm-sans-17": "LM Sans 17",  # TeX's sans drawn for 17 pt, set small: tight spacing (fonts-lmodern)
    "lm-roman-12": "LM Roman 12",  # TeX's roman drawn for 12 pt: lighter, tighter than the 10 pt cut (fonts-lmodern)
    "lm-sans-8": "LM Sans 8",  # TeX's sans drawn for 8 pt: wider, looser (fonts-lmodern)
    "lm-roman-17": "LM Roman 17",  # TeX's roman drawn for 17 pt, set small: thin strokes, tight (fonts-lmodern)
    "lm-sans-12": "LM Sans 12",  # TeX's sans drawn for 12 pt (fonts-lmodern)
    "lm-sans-demi-cond-10": "LM Sans Demi Cond 10",  # TeX's sans, semibold and condensed (fonts-lmodern)
    "lm-roman-slanted-12": "LM Roman Slanted 12",  # TeX's roman slanted, its letters leaning past their boxes (fonts-lmodern)
    "lm-mono-prop-10": "LM Mono Prop 10",  # TeX's typewriter made proportional: slab serifs, even strokes (fonts-lmodern)
    "lm-roman-dunhill-10": "LM Roman Dunhill 10",  # TeX's roman with tall ascenders, a small x-height (fonts-lmodern)
    "lm-roman-demi-10": "LM Roman Demi 10",  # TeX's roman, semibold (fonts-lmodern)
    "lm-sans-9": "LM Sans 9",  # TeX's sans drawn for 9 pt (fonts-lmodern)
    "lm-roman-9": "LM Roman 9",  # TeX's roman drawn for 9 pt (fonts-lmodern)
    "lm-sans-quot-8": "LM Sans Quot 8",  # TeX's quotation sans, a design of its own (fonts-lmodern)
    "lm-roman-slanted-9": "LM Roman Slanted 9",  # TeX's roman slanted, drawn for 9 pt (fonts-lmodern)
    "lm-roman-8": "LM Roman 8",  # TeX's roman drawn for 8 pt: wider, heavier hairlines (fonts-lmodern)
    "lm-roman-slanted-8": "LM Roman Slanted 8",  # TeX's roman slanted, drawn for 8 pt: wide, leaning (fonts-lmodern)
    "lm-mono-9": "LM Mono 9",  # TeX's typewriter drawn for 9 pt: every glyph one width (fonts-lmodern)
    "lm-roman-slanted-17": "LM Roman Slanted 17",  # TeX's roman slanted, drawn for 17 pt, set small (fonts-lmodern)
    "lm-roman-7": "LM Roman 7",  # TeX's roman drawn for 7 pt: wide, sturdy hairlines (fonts-lmodern)
    "lm-roman-slanted-10": "LM Roman Slanted 10",  # TeX's roman slanted, its 10 pt cut (fonts-lmodern)
    "lm-mono-8": "LM Mono 8",  # TeX's typewriter drawn for 8 pt: every glyph one width, wide (fonts-lmodern)
    "nimbus-sans-narrow": "Nimbus Sans Narrow",  # Helvetica Narrow's design, URW
    "helvetica": "Helvetica",  # base-14, not embedded (ReportLab)
    "times": "Times-Roman",  # base-14, not embedded (ReportLab)
}

Border = Literal["fill", "stroke"]


@dataclass(frozen=True, slots=True)
class Look:
    font: str = "liberation-sans"  # a key of FAMILIES
    size: float = 11.0  # body and cell text, points
    margins: tuple[float, float, float, float] = (72.0, 72.0, 72.0, 72.0)  # left, top, right, bottom, points
    columns: tuple[float, float, float] = (0.24, 0.54, 0.22)  # fractions of the table width
    border: Border = "stroke"
    border_width: float = 0.5
    rule_at_break: bool = True  # close a row part cut by a page break with a rule
    repeat_header: bool = False  # repeat the implementer heading row on each page of a table
    list_markup: bool = False  # real list markup (ol/ul, \\begin{enumerate}) rather than typed markers
    ligatures: bool = True  # let the font's ligatures be used
    justify: bool = False  # cell text justified rather than ragged right
    footer: bool = True  # footer lines and page number on every page
    hyphenate: bool = False  # let the engine hyphenate words at line ends (LaTeX does by default)

    @property
    def family(self) -> str:
        return FAMILIES[self.font]


def random_look(seed: int, font: str) -> Look:
    """A look for `font`, drawn from `seed`; the same pair always gives the same look."""
    rng = random.Random(seed * 7919 + sum(map(ord, font)))
    left = rng.choice((56.7, 64.0, 72.0, 85.0))
    col0 = rng.choice((0.2, 0.24, 0.28))
    col2 = rng.choice((0.18, 0.22))
    return Look(
        font=font,
        size=rng.choice((10.0, 10.5, 11.0, 12.0)),
        margins=(left, rng.choice((56.7, 72.0)), rng.choice((56.7, 72.0)), rng.choice((56.7, 72.0, 85.0))),
        columns=(col0, round(1.0 - col0 - col2, 3), col2),
        border=rng.choice(("fill", "stroke")),
        border_width=rng.choice((0.5, 0.75, 1.0)),
        rule_at_break=rng.random() < 0.6,
        repeat_header=rng.random() < 0.3,
        list_markup=rng.random() < 0.5,
        ligatures=rng.random() < 0.8,
        justify=rng.random() < 0.4,
        footer=rng.random() < 0.9,
        hyphenate=rng.random() < 0.5,
    )
