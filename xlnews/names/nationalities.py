"""Nationality words and the country each names ("Rus", "Russian", "russo", "Suriyeli"), in Turkish,
English and Portuguese, and the Turkish endings read off them."""

from __future__ import annotations

import re


# Nationality words name their country: "Rus Dışişleri Bakanı", "Russian Foreign Minister" and "o
# chanceler russo" all name Russia, as "Rusya" and "Rússia" do. Turkish "-li" forms (Suriyeli,
# Iraklı) are found by rule in name_key. Portuguese writes these in lower case, so its forms are
# also looked for outside capitalised words (PORTUGUESE_NATIONALITIES).
NATIONALITIES: dict[str, str] = {  # Turkish and English, as written with a capital
    "rus": "russia", "russian": "russia", "turk": "turkey", "turkish": "turkey", "amerikan": "united states",
    "american": "united states", "alman": "germany", "german": "germany", "fransiz": "france", "french": "france",
    "ingiliz": "britain", "british": "britain", "chinese": "china", "japon": "japan", "japanese": "japan",
    "korean": "korea", "hint": "india", "indian": "india", "iranian": "iran", "iraqi": "iraq", "syrian": "syria",
    "israeli": "israel", "palestinian": "palestine", "egyptian": "egypt", "afgan": "afghanistan",
    "afghan": "afghanistan", "pakistani": "pakistan", "yunan": "greece", "greek": "greece", "italyan": "italy",
    "italian": "italy", "ispanyol": "spain", "spanish": "spain", "portuguese": "portugal", "brazilian": "brazil",
    "european": "europe", "ukrainian": "ukraine", "kazak": "kazakhstan", "kazakh": "kazakhstan",
    "indonesian": "indonesia", "mexican": "mexico", "venezuelan": "venezuela", "argentine": "argentina",
    "argentinian": "argentina", "amerikali": "united states", "amerikalilar": "united states",
    "english": "britain", "brits": "britain", "britons": "britain", "scottish": "scotland", "iskoc": "scotland",
    "welsh": "wales", "galler": "wales",
    # More countries' peoples, in English (each "-an" / "-i" word gets its plural below) and in Turkish where
    # the word is no "-li" one ("Macar", "Gürcü", "Sırp"). Left out where the word is also a given name or an
    # ordinary one ("Dane", "Finn", "Pole", Turkish "Leh", "Fin").
    **{w: c for c, words in {
        "chile": "chilean", "colombia": "colombian", "peru": "peruvian", "cuba": "cuban", "canada": "canadian",
        "australia": "australian", "nigeria": "nigerian", "kenya": "kenyan", "ethiopia": "ethiopian",
        "lebanon": "lebanese", "jordan": "jordanian", "libya": "libyan", "tunisia": "tunisian", "morocco": "moroccan",
        "algeria": "algerian", "sudan": "sudanese", "somalia": "somali", "yemen": "yemeni", "armenia": "armenian ermeni",
        "azerbaijan": "azerbaijani", "georgia": "georgian gurcu", "mongolia": "mongolian mogol",
        "vietnam": "vietnamese", "thailand": "thai", "philippines": "filipino filipinos", "malaysia": "malaysian",
        "singapore": "singaporean", "bangladesh": "bangladeshi", "nepal": "nepalese nepali", "poland": "polish",
        "czechia": "czech czechs cek", "slovakia": "slovak slovaks", "hungary": "hungarian macar",
        "romania": "romanian", "bulgaria": "bulgarian bulgar", "serbia": "serbian serb serbs sirp",
        "croatia": "croatian croat croats hirvat", "albania": "albanian arnavut", "macedonia": "macedonian",
        "netherlands": "dutch", "belgium": "belgian", "switzerland": "swiss", "austria": "austrian",
        "sweden": "swedish swede swedes", "norway": "norwegian", "denmark": "danish", "finland": "finnish",
        "ireland": "irish", "iceland": "icelandic", "estonia": "estonian", "latvia": "latvian",
        "lithuania": "lithuanian", "belarus": "belarusian", "spain": "spaniard spaniards", "bolivia": "bolivian",
        "ecuador": "ecuadorian", "uruguay": "uruguayan", "paraguay": "paraguayan", "qatar": "qatari",
        "kuwait": "kuwaiti", "united arab emirates": "emirati", "oman": "omani", "bahrain": "bahraini",
        "saudi arabia": "saudi", "kyrgyzstan": "kyrgyz kirgiz", "tajikistan": "tajik tacik",
        "turkmenistan": "turkmen turkmens", "uzbekistan": "ozbek uzbek uzbeks", "kazakhstan": "kazakhs",
        "taiwan": "taiwanese", "cyprus": "cypriot",
        "new zealand": "zealander zealanders",
    }.items() for w in words.split()},
}
# English plurals ("Americans", "Iraqis"); "Indians" left out: a baseball team, and America's first nations.
NATIONALITIES.update({word + "s": country for word, country in list(NATIONALITIES.items())
                       if word.endswith(("an", "i")) and word.isascii() and word != "indian"})
# Portuguese, folded: each masculine singular with its feminine and plurals made by rule (russo,
# russa, russos, russas; chinês, chinesa, chineses, chinesas), then the irregular ones written out.
_PORTUGUESE_REGULAR = {
    "russo": "russia", "turco": "turkey", "americano": "united states", "norte-americano": "united states",
    "brasileiro": "brazil", "britanico": "britain", "iraniano": "iran", "iraquiano": "iraq", "sirio": "syria",
    "palestino": "palestine", "ucraniano": "ukraine", "coreano": "korea", "indiano": "india",
    "mexicano": "mexico", "egipcio": "egypt", "italiano": "italy", "indonesio": "indonesia",
    "venezuelano": "venezuela", "argentino": "argentina", "chines": "china", "japones": "japan", "frances": "france",
    "portugues": "portugal", "paquistanes": "pakistan", "sul-coreano": "south korea", "norte-coreano": "north korea",
    "sul-africano": "south africa",
    "chileno": "chile", "colombiano": "colombia", "peruano": "peru", "cubano": "cuba", "australiano": "australia",
    "nigeriano": "nigeria", "queniano": "kenya", "jordaniano": "jordan", "libio": "libya", "tunisiano": "tunisia",
    "marroquino": "morocco", "argelino": "algeria", "armenio": "armenia", "azerbaijano": "azerbaijan",
    "georgiano": "georgia", "filipino": "philippines", "tailandes": "thailand", "polones": "poland",
    "tcheco": "czechia", "eslovaco": "slovakia", "hungaro": "hungary", "romeno": "romania", "bulgaro": "bulgaria",
    "servio": "serbia", "albanes": "albania", "macedonio": "macedonia", "grego": "greece", "holandes": "netherlands",
    "suico": "switzerland", "austriaco": "austria", "sueco": "sweden", "noruegues": "norway", "dinamarques": "denmark",
    "finlandes": "finland", "irlandes": "ireland", "islandes": "iceland", "estoniano": "estonia", "lituano": "lithuania",
    "bielorrusso": "belarus", "boliviano": "bolivia", "equatoriano": "ecuador", "uruguaio": "uruguay",
    "paraguaio": "paraguay", "libanes": "lebanon", "sudanes": "sudan", "escoces": "scotland", "turcomeno": "turkmenistan",
}
_PORTUGUESE_IRREGULAR = {
    "alemao": "germany", "alema": "germany", "alemaes": "germany", "alemas": "germany", "afegao": "afghanistan",
    "afega": "afghanistan", "afegaos": "afghanistan", "afegas": "afghanistan", "espanhol": "spain",
    "espanhola": "spain", "espanhois": "spain", "espanholas": "spain", "europeu": "europe", "europeus": "europe",
    "europeia": "europe", "europeias": "europe", "israelense": "israel", "israelenses": "israel",
    "cazaque": "kazakhstan", "cazaques": "kazakhstan", "saudita": "saudi arabia", "sauditas": "saudi arabia",
    "estadunidense": "united states", "estadunidenses": "united states",
    "neozelandes": "new zealand", "neozelandesa": "new zealand", "neozelandeses": "new zealand",
    "vietnamita": "vietnam", "vietnamitas": "vietnam", "croata": "croatia", "croatas": "croatia", "belga": "belgium",
    "belgas": "belgium", "canadense": "canada", "canadenses": "canada", "etiope": "ethiopia", "etiopes": "ethiopia",
    "iemenita": "yemen", "iemenitas": "yemen", "uzbeque": "uzbekistan", "uzbeques": "uzbekistan",
    "tadjique": "tajikistan", "tadjiques": "tajikistan", "quirguiz": "kyrgyzstan", "quirguizes": "kyrgyzstan", "catariano": "qatar",
    "catarianos": "qatar",
}


def _inflected(stem: str) -> list[str]:
    if stem.endswith("o"):
        return [stem, stem + "s", stem[:-1] + "a", stem[:-1] + "as"]
    return [stem, stem + "a", stem + "es", stem + "as"]  # -ês


# Feminine forms that are place names themselves stay out ("Palestina", "Argentina", "Indiana"), and a
# given name ("Georgiana");
# "síria" is Syria either way.
_CAPITALISED_ELSEWHERE = frozenset({"palestina", "argentina", "indiana", "indianas", "indonesia", "georgiana"})
PORTUGUESE_NATIONALITIES: dict[str, str] = {
    **{form: country for stem, country in _PORTUGUESE_REGULAR.items() for form in _inflected(stem)
       if form not in _CAPITALISED_ELSEWHERE},
    **_PORTUGUESE_IRREGULAR,
}
# In lower case those are nationality words all the same: "a ilha indonésia", "a seleção argentina".
_LOWER_CASE_NATIONALITIES = {**PORTUGUESE_NATIONALITIES,
                             **{form: country for stem, country in _PORTUGUESE_REGULAR.items() for form in _inflected(stem)}}
# Lower-case words of four letters or more, and their accents taken off by table: a scan of every
# word through fold() cost as much as the rest of the name search.
_LOWER_CASE_WORD = re.compile(r"(?<![\w-])[a-zà-ÿ][a-zà-ÿ-]{3,}(?![\w-])")
_PORTUGUESE_ACCENTS = str.maketrans("áâãàéêíóôõúç", "aaaaeeiooouc")


def portuguese_nationalities(text: str) -> list[tuple[str, str]]:
    """(word as written, country) for each lower-case Portuguese nationality word of ``text``."""
    out = []
    for word in _LOWER_CASE_WORD.findall(text):
        country = _LOWER_CASE_NATIONALITIES.get(word.translate(_PORTUGUESE_ACCENTS))
        if country:
            out.append((word, country))
    return out


TURKISH_DEMONYM = re.compile(r"(?:li|lu)(?:ler|lar)?$")  # Suriyeli, Iraklılar: of Syria, of Iraq
# Turkish writes no apostrophe before the endings of a nationality word ("Suriyelilerin", "Rusların",
# "Amerikalılardan", "Kolombiyalının"): case endings (folded), then a plural or "their", are taken off
# before the word is read as a nationality.
_TURKISH_NOUN_ENDING = re.compile(
    r"(?:(?:ler|lar)(?:i|in|e|a|den|dan|de|da|le|la)?|leri|lari|lerin|larin|lerine|larina|lerinden|larindan)?"
    r"(?:nin|nun|in|un|ndan|nden|dan|den|tan|ten|nda|nde|da|de|ta|te|na|ne|ya|ye|yla|yle|la|le|yi|yu|ni|nu|a|e|i|u)?$")
TURKISH_NATIONALITY_BASES = frozenset(
    "rus turk amerikan amerikali alman fransiz ingiliz japon hint afgan yunan italyan ispanyol kazak iskoc "
    "ermeni gurcu mogol cek macar bulgar sirp hirvat arnavut kirgiz tacik ozbek turkmen".split())


def without_turkish_ending(key: str) -> str | None:
    """``key`` without the plural and case ending Turkish writes on it ("ruslarin" → "rus"); None if it has none."""
    end = _TURKISH_NOUN_ENDING.search(key)
    return key[:end.start()] if end is not None and end.start() < len(key) else None
