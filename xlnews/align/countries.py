"""The countries a report is about, and the ones it names at all.

Reports of one subject share their people and places whatever happened, and without dates nothing
else in them tells two happenings apart: Putin meeting Tokayev in Astana and Putin meeting Aliyev
in Astana share Putin, Russia, Kazakhstan and Astana. What does tell them apart is a country that
one report is about and the other never names. A country a report names again and again (in its
own words: text and headline) is part of its story, and another outlet's report of the same
happening names it too, at least once, if only as a nationality ("the Azerbaijani president") or
through its capital ("Baku", "the Kremlin"). So "named at least :data:`CENTRAL_MENTIONS` times by
one, not once by the other" is a prior against the same event, hand-set like the dates' (see
:mod:`xlnews.align.score`), and a pair's evidence says which country it was. Named once only, it was
named in passing ("Yoon arrived in Uzbekistan from Kazakhstan"): that counts where the report that
names it once is about another country, which the first never names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from babel import Locale

from xlnews.names import name_key
from xlnews.names.places import NOT_PLACES, place_forms

# Named this often, a country is what the report is about. Measured (benchmarks/README.md, 2026-12-05):
# at 2 or 3 mentions it set apart 2-7% of the benchmark's same-event pairs (a story's halves, one naming
# the country in passing); at 4, one pair of 1,000, while four of the five seed pairs merged among
# unrelated news have such a country (Azerbaijan, Russia).
CENTRAL_MENTIONS = 4
# Two reports each about a country the other never names are two happenings (Putin meeting Aliyev and
# Putin meeting Erdoğan at one summit; Yoon in Astana and Yoon in Tashkent) even where each names its
# country only twice: measured (benchmarks/README.md, 2026-12-06), of ~1,500 benchmark pairs that are
# so both ways at two mentions, none is one event.
BOTH_WAYS_MENTIONS = 2

# The countries whose press writes each language. A report tells its readers what the happening means at home
# (Türkiye's condolences and aid, "no Brazilians among the victims", the home team's flag bearers), which another
# country's report of it has no reason to: so its own country, named by it alone, says nothing against one event
# where both reports are about a third country (xlnews.align.score.country_evidence). English has no one home.
HOME_COUNTRIES: dict[str, frozenset[str]] = {"tr": frozenset({"turkey"}), "pt": frozenset({"brazil", "portugal"})}

# What else names a country in a report: its capital or seat of government ("Moscow", "the Kremlin"
# for Russia), and the names that stand for it or for part of it ("America", "Korea"). Lenient on
# purpose: a country counts as named wherever a reader would take it to be.
STANDS_FOR: dict[str, tuple[str, ...]] = {
    "united states": ("america", "washington", "white house", "pentagon"),
    "russia": ("moscow", "kremlin"),
    "china": ("beijing",),
    "britain": ("london", "england", "scotland", "wales", "northern ireland", "downing street"),
    "france": ("paris", "elysee"),
    "germany": ("berlin",),
    "turkey": ("ankara",),
    "kazakhstan": ("astana", "almaty", "akorda", "nur-sultan"),
    "azerbaijan": ("baku", "azeri"),  # "uzbek" and "azeri" are keyed as themselves (xlnews.align.facts)
    "uzbekistan": ("tashkent", "uzbek"),
    "kyrgyzstan": ("bishkek",),
    "tajikistan": ("dushanbe",),
    "turkmenistan": ("ashgabat",),
    "ukraine": ("kyiv", "kiev"),
    "belarus": ("minsk",),
    "georgia": ("tbilisi",),
    "armenia": ("yerevan",),
    "iran": ("tehran",),
    "iraq": ("baghdad",),
    "syria": ("damascus",),
    "israel": ("jerusalem", "tel aviv"),
    "afghanistan": ("kabul",),
    "pakistan": ("islamabad",),
    "india": ("delhi", "new delhi"),
    "japan": ("tokyo",),
    "south korea": ("korea", "seoul"),
    "north korea": ("korea", "pyongyang"),
    "korea": ("south korea", "north korea"),  # either Korea names "Korea", and "Korea" either
    "brazil": ("brasilia",),
    "portugal": ("lisbon",),
    "spain": ("madrid",),
    "italy": ("rome",),
    "egypt": ("cairo",),
    "saudi arabia": ("riyadh",),
    "qatar": ("doha",),
    "singapore": ("cingapura",),  # Brazil's spelling, which the place tables lack
    "palestine": ("gaza", "ramallah", "west bank"),
    "myanmar": ("burma", "yangon", "naypyidaw"),
    # Former and short names still written: Macedonia (renamed in 2019), Swaziland, the Holy See.
    "north macedonia": ("macedonia", "skopje"),
    "eswatini": ("swaziland",),
    "vatican": ("holy see",),
}


@functools.cache
def country_keys_by_code() -> dict[str, tuple[str, ...]]:
    """Each country's ISO code -> the keys of its English CLDR name's forms, as the names are keyed ("MM": myanmar,
    burma; "GB": britain); none where every form is a description ("Bosnia & Herzegovina")."""
    return {code: tuple(name_key(form) for form in place_forms(name)) for code, name in Locale("en").territories.items()
            if len(code) == 2 and code.isalpha() and code not in NOT_PLACES}


@functools.cache
def country_keys() -> frozenset[str]:
    """Every country's key as the names are keyed (``name_key`` of its English CLDR name: "United
    Kingdom" is britain, "Türkiye" turkey)."""
    keys = {key for forms in country_keys_by_code().values() for key in forms}
    keys |= set(STANDS_FOR)
    keys.discard("")
    return frozenset(keys)


@functools.cache
def _named_by() -> dict[str, frozenset[str]]:
    """Name key -> the countries it names (itself, or those it stands for)."""
    out: dict[str, set[str]] = {k: {k} for k in country_keys()}
    for country, others in STANDS_FOR.items():
        for other in others:
            out.setdefault(other, set()).add(country)
    return {k: frozenset(v) for k, v in out.items()}


def countries_named(keys: Iterable[str]) -> frozenset[str]:
    """The countries that names with these keys name (a report and its translation together)."""
    named_by = _named_by()
    return frozenset(c for k in keys for c in named_by.get(k, ()))


def central_countries(names: Iterable[tuple[str, str, int]], least: int = CENTRAL_MENTIONS) -> dict[str, tuple[str, int]]:
    """Country key -> (as the report writes it, times named) for the countries a report is about, named
    ``least`` times or more: ``names`` as (key, text, times the report's own words name it)."""
    keys = country_keys()
    return {key: (text, count) for key, text, count in names if key in keys and count >= least}


# A country's own press names its institutions without the country: "Merkez Bankası faizi indirdi" in a
# Turkish paper, "Copom eleva a Selic" in a Brazilian one, where another language's report says "Turkey's
# central bank" or "Brazil's". These bodies and markets say which country it is; so do the currencies below.
_IMPLYING_ORGANISATIONS = {
    **{f"org:{k}": "turkey" for k in ("TCMB", "TBMM", "YSK", "TUIK", "AFAD", "BOTAS", "AKP", "CHP", "MHP")},
    **{f"org:{k}": "brazil" for k in ("STF", "TSE", "PF", "STJ", "IBGE", "BNDES", "INSS", "ANVISA", "PSDB")},
    **{k: "brazil" for k in ("copom", "selic", "ibovespa", "itamaraty", "planalto", "deputados")},
}
_CENTRAL_BANK = re.compile(r"Merkez\s+Bankası")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_TURKISH_LIRA = re.compile(r"\d\s*(?:TL|lira)(?!\w)")
_REAIS = re.compile(r"R\$\s*\d")


def _unqualified_central_bank(text: str) -> bool:
    """Whether a Turkish text names "Merkez Bankası" with no country's or region's name before it ("... ve
    Merkez Bankası", not "Brezilya Merkez Bankası", "Avrupa Merkez Bankası", "ABD Merkez Bankası")."""
    unqualified = False
    for m in _CENTRAL_BANK.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None or before.group(1)[-1] in ".!?:;,\"“”)" or before.group(1)[0].islower():
            unqualified = True
        else:
            return False  # another country's bank, named so once: "Merkez Bankası" after it is that one
    return unqualified


def implied_countries(text: str, lang: str | None, name_keys: Iterable[str]) -> dict[str, str]:
    """Countries a report implies without naming them: country key -> the words that imply it ("Merkez
    Bankası", "Copom", "R$")."""
    out: dict[str, str] = {}
    for key in name_keys:
        if (country := _IMPLYING_ORGANISATIONS.get(key)) and country not in out:
            out[country] = key[4:] if key.startswith("org:") else key.title()
    if lang == "tr" and "turkey" not in out:
        if _unqualified_central_bank(text):
            out["turkey"] = "Merkez Bankası"
        elif _TURKISH_LIRA.search(text):
            out["turkey"] = "TL"
    if "brazil" not in out and _REAIS.search(text):
        out["brazil"] = "R$"
    return out
