"""Where a report's lead says its happening took place: "met Lavrov in Astana", "recebeu nesta quarta-feira em Moscou",
"Putin ve Aliyev Kremlin'de bir araya geldi", "crashed near the Kazakh city of Aktau".

The same leaders meet again and again, and their meetings read alike: Erdoğan and Putin in Astana, in Kazan and in
Tianjin, Lavrov receiving Kazakhstan's minister in Moscow and received by Tokayev in Astana. Without dates nothing else
in them tells those happenings apart. Where one happened does: two leads whose venues lie in different countries tell
of two happenings, unless either lead also names the other's venue ("flew from Moscow to Astana").

Only cities (and the palaces that stand for them: the Kremlin, Akorda, the Planalto) in a place's position in the
headline or the lead's first sentence, after "in", "near", "em", "no" (and "at" a palace, not a city: "hit out at
Washington") or with a Turkish locative ("Astana'da", "Tiancin kentinde"), and only where the city's country is
known: the CLDR time zones' cities, the capitals :mod:`xlnews.align.countries` knows, Turkey's provinces, Brazil's
state capitals, and a short list of the cities where summits and news happen. A district and its
city ("Kadıköy", "Istanbul"), a town and its state ("Vinhedo", "São Paulo") lie in one country and never count against
each other, known or not. Measured on the written sets (benchmarks/README.md, 2026-12-07, tenth session): of the 538
reports' pairs, none of one event has venues in different countries."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from babel import Locale
from babel.core import get_global

from xlnews.align.countries import STANDS_FOR, country_keys, country_keys_by_code
from xlnews.names import name_key, similar
from xlnews.names.find import find_name_runs_at

# What stands before a venue, up to the name: "in", "near the Kazakh city of", "na capital", "perto da cidade de".
_BEFORE = {
    "en": re.compile(r"\b(?:in|near|outside)\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)?(?:(?:city|capital|town|village|port|resort)\s+"
                     r"(?:of\s+)?)?$"),
    "pt": re.compile(r"(?i:\b(?:em|no|na|perto\s+d[eoa]|próximo\s+a|junto\s+a)\s+(?:(?:cidade|capital|município)\s+"
                     r"(?:\w+\s+)?(?:de|do|da)\s+)?)$"),
}
_LOOK_BACK = 60
# "At" a seat only ("at the Kremlin", "at the Elysee palace"): at a city is as often what a lead is aimed at ("hit out at
# Washington", "sanctions aimed at Moscow").
_AT_SEAT = re.compile(r"\bat\s+(?:the\s+)?$")
# A Turkish locative after the name's apostrophe ("Astana'da", "Bakü'de", "Astana'daki zirve"), or the word for a city
# after it ("Tiancin kentinde").
_TURKISH_LOCATIVE = re.compile(r"['’][dt][ae](?:ki)?$")
_TURKISH_CITY_AFTER = re.compile(r"\s+(?:kenti|şehri)(?:nde|ndeki)\b")
# The case ending a name run leaves off when the run is a known phrase ("Yeni Delhi'de", "Rio de Janeiro'da").
_TURKISH_SUFFIX = re.compile(r"['’]\w+")

# Palaces and seats named for their city's happenings ("at the Kremlin", "no Palácio do Planalto", "Akorda'da").
_SEATS = {"kremlin": "moscow", "akorda": "astana", "planalto": "brasilia", "alvorada": "brasilia", "itamaraty": "brasilia",
          "white house": "washington", "elysee": "paris", "downing street": "london", "vatican": "rome", "moncloa": "madrid",
          "bestepe": "ankara", "dolmabahce": "istanbul"}
# Cities news happens in whose country the time zones do not give (they name one city a zone), keyed as the names are,
# with the Turkish and Portuguese forms the place tables lack; ISO country codes.
_CITIES = {"astana": "KZ", "nur-sultan": "KZ", "shymkent": "KZ", "karaganda": "KZ", "atyrau": "KZ", "turkistan": "KZ",
           "kazan": "RU", "sochi": "RU", "st petersburg": "RU", "saint petersburg": "RU", "petersburg": "RU",
           "tianjin": "CN", "tiancin": "CN", "beijing": "CN", "xian": "CN", "ankara": "TR", "izmir": "TR", "antalya": "TR",
           "bursa": "TR", "konya": "TR", "gaziantep": "TR", "diyarbakir": "TR", "trabzon": "TR", "rio de janeiro": "BR",
           "brasilia": "BR", "belem": "BR", "porto alegre": "BR", "belo horizonte": "BR", "curitiba": "BR",
           "washington": "US", "geneva": "CH", "davos": "CH", "new delhi": "IN", "delhi": "IN", "mumbai": "IN",
           "osaka": "JP", "hiroshima": "JP", "milan": "IT", "barcelona": "ES", "seville": "ES", "porto": "PT",
           "abu dhabi": "AE", "jeddah": "SA", "sharm el-sheikh": "EG", "munich": "DE", "hamburg": "DE", "strasbourg": "FR",
           "the hague": "NL", "rotterdam": "NL", "bali": "ID", "nusa dua": "ID", "glasgow": "GB", "edinburgh": "GB",
           "manchester": "GB", "liverpool": "GB", "marrakesh": "MA", "aqtau": "KZ", "samarkand": "UZ", "bukhara": "UZ",
           "lviv": "UA", "kharkiv": "UA", "odesa": "UA", "odessa": "UA", "aleppo": "SY", "mosul": "IQ", "erbil": "IQ",
           "lahey": "NL", "haia": "NL", "milano": "IT", "hanoi": "VN", "vasington": "US",
           "kiiv": "UA", "riad": "SA", "nova deli": "IN", "marrakech": "MA", "marakes": "MA", "rabat": "MA",
           "benghazi": "LY", "derna": "LY", "derne": "LY", "rostov-on-don": "RU", "rostov": "RU", "cape town": "ZA",
           "cidade do cabo": "ZA", "pretoria": "ZA", "ottawa": "CA", "canberra": "AU", "abuja": "NG"}
# Turkey's provinces, as Turkish writes them (keyed as the names are: "Şanlıurfa'da" is sanliurfa), where the press
# reports their happenings; Batman is left out, an English word too.
_TURKISH_PROVINCES = (
    "Adana Adıyaman Afyonkarahisar Ağrı Aksaray Amasya Ankara Antalya Ardahan Artvin Aydın Balıkesir Bartın Bayburt Bilecik "
    "Bingöl Bitlis Bolu Burdur Bursa Çanakkale Çankırı Çorum Denizli Diyarbakır Düzce Edirne Elazığ Erzincan Erzurum "
    "Eskişehir Gaziantep Giresun Gümüşhane Hakkari Hatay Iğdır Isparta İstanbul İzmir Kahramanmaraş Karabük Karaman Kars "
    "Kastamonu Kayseri Kilis Kırıkkale Kırklareli Kırşehir Kocaeli Konya Kütahya Malatya Manisa Mardin Mersin Muğla Muş "
    "Nevşehir Niğde Ordu Osmaniye Rize Sakarya Samsun Şanlıurfa Siirt Sinop Şırnak Sivas Tekirdağ Tokat Trabzon Tunceli "
    "Uşak Van Yalova Yozgat Zonguldak Bodrum Alanya İskenderun Antakya").split()
# Brazil's state capitals and large cities the time zones lack ("Natal", "Palmas", "Vitória" and "Santos" are words or
# names as well).
_BRAZILIAN_CITIES = ("Salvador", "Goiânia", "São Luís", "João Pessoa", "Teresina", "Florianópolis", "Aracaju", "Macapá",
                     "Campinas", "Guarulhos", "Niterói", "São Bernardo do Campo", "Ribeirão Preto", "Foz do Iguaçu")
# Names that stand for a country and are not a city ("America", "Korea"), or not a venue ("azeri").
_NOT_CITIES = frozenset({"america", "pentagon", "azeri", "uzbek", "england", "scotland", "wales", "northern ireland",
                         "korea", "burma", "holy see", "swaziland", "macedonia", "cingapura", "gaza", "west bank",
                         "kremlin", "white house", "downing street", "elysee", "akorda"})


@functools.cache
def city_countries() -> dict[str, str]:
    """City key (as the names are keyed) -> its country's key."""
    en = Locale("en")
    countries = {code: keys[0] for code, keys in country_keys_by_code().items() if keys}
    out: dict[str, str] = {}
    for zone, code in get_global("zone_territories").items():
        if not zone.startswith("Etc/") and code in countries:
            city = en.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
            out.setdefault(name_key(city), countries[code])
    out.update({city: countries[code] for city, code in _CITIES.items()})
    out.update({name_key(city): "turkey" for city in _TURKISH_PROVINCES})
    out.update({name_key(city): "brazil" for city in _BRAZILIAN_CITIES})
    for country, names in STANDS_FOR.items():
        for name in names:
            if name not in _NOT_CITIES and name not in country_keys():
                out.setdefault(name, country)
    return {city: country for city, country in out.items() if city not in country_keys()}


def _venue(words: list[str], seats_only: bool = False) -> tuple[str, str] | None:
    """(city key, as written) of the city the name's last words name (a run may hold a person before it: "Lavrov
    Astana'da"), a seat as its city; ``seats_only``: a seat's city, no city named as itself."""
    cities, countries = city_countries(), country_keys()
    for start in range(len(words)):
        key = name_key(written := " ".join(words[start:]))
        if key in countries:
            return None  # a country, not a city of it: "El Salvador" is no Salvador
        if key in _SEATS:
            return _SEATS[key], written
        if key in cities and not seats_only:
            return key, written
    return None


def _venue_at(text: str, run: list[str], start: int, end: int, lang: str) -> tuple[str, str] | None:
    """The venue a name gives where it stands in a place's position, else None."""
    if lang == "tr":
        if suffix := _TURKISH_SUFFIX.match(text, end):
            end = suffix.end()
        return _venue(run) if _TURKISH_LOCATIVE.search(text[start:end]) or _TURKISH_CITY_AFTER.match(text, end) else None
    before = text[max(0, start - _LOOK_BACK):start]
    if (pattern := _BEFORE.get(lang)) and pattern.search(before):
        return _venue(run)
    return _venue(run, seats_only=True) if lang == "en" and _AT_SEAT.search(before) else None


def lead_venues(title: str | None, first: str, lang: str | None) -> dict[str, tuple[str, str]]:
    """City key -> (as written, its country's key) for the venues the headline and the lead's first sentence give."""
    if lang not in ("en", "pt", "tr"):
        return {}
    out: dict[str, tuple[str, str]] = {}
    for text in (title or "", first):
        for run, start in find_name_runs_at(text):
            end = text.find(run[-1], start) + len(run[-1])
            if venue := _venue_at(text, run, start, end, lang):
                out.setdefault(venue[0], (venue[1], city_countries()[venue[0]]))
    return out


def _named(city: str, keys: Iterable[str]) -> bool:
    return any(city == k or _SEATS.get(k) == city or similar(city, k) for k in keys)


def venues_apart(venues_a: dict[str, tuple[str, str]], lead_a: frozenset[str],
                 venues_b: dict[str, tuple[str, str]], lead_b: frozenset[str]) -> bool:
    """Whether two leads' venues lie in different countries, neither lead naming a venue of the other (``lead_*``: the
    keys of the names in each headline and first paragraph)."""
    if not venues_a or not venues_b:
        return False
    if {country for _, country in venues_a.values()} & {country for _, country in venues_b.values()}:
        return False
    return not any(_named(city, lead_b) for city in venues_a) and not any(_named(city, lead_a) for city in venues_b)
