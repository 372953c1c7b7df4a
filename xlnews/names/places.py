"""Names of countries, regions and cities in Turkish, Portuguese and English, from the Unicode CLDR
(through babel): "Singapur", "Singapura" and "Singapore" are one place, as are "Cakarta", "Jacarta"
and "Jakarta", "Cezayir" and "Algeria". The hand-written exonym table (xlnews.names.tables) covers the
places the seeds and the benchmarks name; this covers the rest of the world the same way.

Countries and regions come from CLDR's territory names, cities from its time-zone exemplar cities
(every capital and the large cities with a name of their own in other languages). A city is taken only
where its name differs between the languages: one written the same everywhere needs no table.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from babel import Locale
from babel.core import get_global

LANGUAGES = ("en", "tr", "pt")
# Other spellings a language's press writes: Portugal's ("Irão", "Quénia", "Moscovo", "Vietname") beside
# Brazil's ("Irã", "Quênia", "Moscou", "Vietnã"), which CLDR's "pt" gives.
_VARIANTS = {"pt": ("pt_PT",)}
# Regions named as news names them; the other CLDR regions ("Western Asia", "Melanesia") are statistical.
_REGIONS = ("002", "009", "142", "150", "003", "005", "013", "029", "143", "419")
# Territory codes that are not places: the EU and UN (organisations, in xlnews.names), the eurozone,
# outlying Oceania, pseudo-locales and the unknown region.
NOT_PLACES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
# Names of several forms ("Myanmar (Burma)") are each form; names with these are descriptions, not
# names a text writes ("Hong Kong SAR China", "Congo - Kinshasa", "Bosnia & Herzegovina", "Beulah, North Dakota").
_DESCRIPTION = re.compile(r"[&,/\d]| - |\b[A-ZÇĞİÖŞÜ]{2,}\b")
# Other languages' forms that English writes for someone or something else: "Sidney" (Sydney in
# Turkish) is a given name, "Granada" (Grenada in Portuguese) a Spanish city.
# Portugal's forms too: its "Salvador" (El Salvador) is Brazil's city; "Benim" (Benin) and "Talim" (Tallinn) are
# Turkish words ("my", "drill"), "Adem" (Aden) a Turkish given name, "Tunes" (Tunis) and "Baía" (Bahia) words.
_AMBIGUOUS = frozenset({"sidney", "granada", "salvador", "benim", "talim", "adem", "tunes", "baia"})


def place_forms(name: str) -> list[str]:
    """The names a text may write for ``name``: itself, or each of "X (Y)"."""
    alias = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    forms = [alias.group(1), alias.group(2)] if alias else [name]
    return [f.strip() for f in forms if not _DESCRIPTION.search(f)]


def _spellings(locales: dict[str, Locale], lang: str, name: Callable[[Locale], str]) -> list[str]:
    """The forms of one place's name in ``lang`` and its variants, each once."""
    forms = [f for loc in (lang, *_VARIANTS.get(lang, ())) for f in place_forms(name(locales[loc]))]
    return list(dict.fromkeys(forms))


def _territories(locales: dict[str, Locale]) -> list[dict[str, list[str]]]:
    codes = [c for c in map(str, locales["en"].territories) if (len(c) == 2 and c.isalpha() and c not in NOT_PLACES) or c in _REGIONS]
    return [{lang: _spellings(locales, lang, lambda loc: loc.territories.get(code, "")) for lang in LANGUAGES}
            for code in sorted(codes)]


def _cities(locales: dict[str, Locale]) -> list[dict[str, list[str]]]:
    def city(loc: Locale, zone: str) -> str:
        # As babel's get_timezone_location(return_city=True) names it, without its cost per call.
        return loc.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")

    zones = sorted(z for z in get_global("zone_territories") if not z.startswith("Etc/"))  # "Unknown City"
    return [{lang: _spellings(locales, lang, lambda loc: city(loc, zone)) for lang in LANGUAGES} for zone in zones]


def place_names(fold: Callable[[str], str], known: dict[str, str], min_length: int = 4) -> dict[str, str]:
    """Folded form (as ``fold`` writes it) → the place's key: the key ``known`` (the hand table) gives
    any of its forms, else its English name folded. The hand table wins where they disagree; countries
    and regions win over cities ("Cezayir" is Algeria, not Algiers); English forms win over the
    others ("Cuba" is Cuba, though Turkish writes Juba so); a form that two places of one kind share
    in other languages is left out, as are forms shorter than ``min_length`` ("Şam" would be every "Sam"),
    the first words of an English name ("Christmas" of "Christmas Island") and :data:`_AMBIGUOUS` ones."""
    locales = {lang: Locale.parse(lang) for lang in (*LANGUAGES, *(v for vs in _VARIANTS.values() for v in vs))}
    table: dict[str, str] = {}
    for places, all_of_them in ((_territories(locales), True), (_cities(locales), False)):
        english: dict[str, str] = {}
        other: dict[str, set[str]] = {}
        for names in places:
            folded = {lang: [f for f in (fold(n) for n in names[lang]) if f] for lang in LANGUAGES}
            if not folded["en"]:
                continue
            if not all_of_them and len({f for forms in folded.values() for f in forms}) < 2:
                continue  # written the same in every language
            key = next((known[f] for lang in LANGUAGES for f in folded[lang] if f in known), folded["en"][0])
            for f in folded["en"]:
                english.setdefault(f, key)
            for lang in ("tr", "pt"):
                for f in folded[lang]:
                    # "Christmas", "Norfolk", "Wake" for Christmas Island, Norfolk Island, Wake Island:
                    # English writes those words for other things.
                    if f not in _AMBIGUOUS and not any(e.startswith(f + " ") for e in folded["en"]):
                        other.setdefault(f, set()).add(key)
        for form, key in english.items():
            table.setdefault(form, key)
        for form, keys in other.items():
            if len(keys) == 1 and len(form.replace(" ", "")) >= min_length and form not in english:
                table.setdefault(form, next(iter(keys)))
    return {form: key for form, key in table.items() if form not in known}
