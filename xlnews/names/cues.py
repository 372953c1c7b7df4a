"""What the words around one mention of a name say it names: a place ("in Wasilla", "Merseyside'de",
"Wheeling, West Virginia"), a person ("his son Dushko", "Palin, 29,"), or a body ("the Nationals",
"dos Tennessee State Tigers").

A name's own words often say nothing of its kind ("Pidie Jaya", "Donggala", "Hibernian"), and the
names reader used to call any two capitalised words a person and one a bare name. Its sentence
usually does say: English and Portuguese put a place after "in" / "em", Turkish writes where
something is with a locative ending on the name itself. These cues only decide where the name's own
words did not (``xlnews.align.facts``), and each is a vote over all of a name's mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from xlnews.names.spelling import fold, without_suffix

# Words before a name that put it somewhere: the name is a place.
_PLACE_BEFORE = frozenset({"in", "near", "outside", "em"})
# A place noun and its "of" before a name ("the region of Pidie Jaya", "região de Pidie Jaya", "city of").
_PLACE_NOUNS = frozenset(fold(w) for w in (
    "city town village region province county state district area suburb island capital "
    "cidade vila aldeia região província condado estado distrito área bairro ilha capital localidade município"
).split())
_OF = frozenset({"of", "de", "do", "da"})
_STATE = frozenset({"state", "estado"})
# Whoever speaks for or heads a body may stand right after it: "o porta-voz da agência Sutopo",
# "the spokesman for the agency, Sutopo".
_OF_THE = frozenset({"da", "do", "the"})
_ROLES = frozenset(fold(w) for w in (
    "spokesman spokeswoman spokesperson director president chief head founder executive ceo chairman "
    "porta-voz diretor diretora presidente chefe fundador fundadora executivo executiva"
).split())
# Words before a name that put something at it: a place or a body ("at Nielsen", "no Clyde", "na World Vision").
_VENUE_BEFORE = frozenset({"at", "no", "na", "nos", "nas"})
# Turkish locative (and "-ki" after it) on the name's last word: "Merseyside'de", "Le Golf National'de",
# "Donggala'daki". Not the ablative: "Trump'tan destek" is support from a person.
_TURKISH_LOCATIVE = re.compile(r"[’'](?:n?[dt][ae](?:ki)?)$")
# A person's family, before the name: "his son Dushko", "a filha Maria".
_KIN = frozenset(fold(w) for w in (
    "son daughter wife husband brother sister mother father grandson granddaughter "
    "filho filha mulher esposa marido irmão irmã mãe pai neto neta"
).split())
# Ages: "Palin, 29," and "Palin (29)"; "Palin, de 29 anos"; Turkish puts the age before: "29 yaşındaki Palin".
_AGE_AFTER = re.compile(r"^\s*(?:,\s*(?:de\s+)?\d{1,3}\s*(?:,|anos\b)|\(\d{1,3}\))")
_AGE_BEFORE = re.compile(r"\b\d{1,3}\s+yaşındaki\s*$")
# Who someone is: "Palin, who ...", and their family after a possessive ("Zaev's wife", "Trump'ın oğlu").
_WHO_AFTER = re.compile(r"^,\s+who\b")
_KIN_AFTER = re.compile(r"^\s+(?:wife|husband|son|daughter|brother|sister|mother|father|eşi|oğlu|kızı|annesi|babası)\b")
# Articles before a plural name: a team, a party, a band ("the Nationals", "os Republicanos").
_PLURAL_ARTICLES = frozenset({"the", "os", "dos", "aos", "pelos"})
# "Wheeling, West Virginia": a name followed by a comma and a known place is a place in that place.
_COMMA_PLACE = re.compile(r"^\s*,\s+([A-ZÇĞİÖŞÜ][\w’'-]*(?:\s+[A-ZÇĞİÖŞÜ][\w’'-]*)?)")
_COMPASS = frozenset(fold(w) for w in "West East North South Western Eastern Northern Southern Batı Doğu Kuzey Güney".split())
_POSSESSIVE = re.compile(r"[’']s?$|[’'](?:n?[ıiuü]n|n?[ıiuü]|s[ıiuü])$")

# What kind of thing a name is, said by a common noun next to it: before it in English and Portuguese
# ("the retailer Boots", "a montadora Honda", "o clube Falkirk"), after it, in lower case, in Turkish
# and for English places ("Honda şirketi", "Palu kenti", "Pinellas county").
_ORG_NOUNS_BEFORE = frozenset(fold(w) for w in (
    "company firm retailer brand carmaker automaker manufacturer group club party agency network channel newspaper "
    "website platform startup bank airline band charity broadcaster publisher "
    "empresa companhia grupo marca clube partido agência rede canal jornal site plataforma banco banda fabricante "
    "montadora varejista emissora editora instituição"
).split())
_ORG_NOUNS_AFTER = ("sirket", "firma", "markas", "kulub", "partis", "grubu", "gazetes", "bankas", "ajans", "kurulus")
_PLACE_NOUNS_AFTER = frozenset({"county", "city", "province", "district", "region"})
_TURKISH_PLACE_NOUNS_AFTER = ("kent", "sehr", "bolges", "eyalet", "ilces", "adas")
_FOLLOWING_WORD = re.compile(r"^\s+([a-zçğıöşüâîûáéíóúãõêôà]+)")

PLACE, VENUE, PERSON, ORGANISATION = "place", "venue", "person", "organisation"


def mention_cue(text: str, start: int, end: int, last_word: str, is_place: Callable[[str], bool]) -> str | None:
    """The kind one mention's surroundings point to: ``text[start:end]`` is the name as written,
    ``last_word`` its last word with any case ending; ``is_place`` says whether a key is a known place."""
    before = text[max(0, start - 60):start]
    words = before.split()
    prev = fold(words[-1]) if words else ""
    prev2 = fold(words[-2]) if len(words) > 1 else ""
    after = text[end:end + 40]
    # English says "who" of a team too ("Rangers, who ..."): a plural name is left out.
    # Nor a name after "in" or "at": in "shops in Harlem, who ...", "who" is the shops.
    who = (_WHO_AFTER.match(after) and not fold(without_suffix(last_word)).endswith("s")
           and prev not in _PLACE_BEFORE and prev not in _VENUE_BEFORE)
    if (_AGE_BEFORE.search(before) or _AGE_AFTER.match(after) or prev in _KIN or who
            or (_POSSESSIVE.search(last_word) and _KIN_AFTER.match(after))):
        return PERSON
    if _POSSESSIVE.search(last_word) and not _TURKISH_LOCATIVE.search(last_word):
        return None  # "in Trump's speech", "Putin'in": the name is someone's or something's, no more
    if _TURKISH_LOCATIVE.search(last_word):
        return VENUE
    core = fold(without_suffix(last_word))
    if (prev in _PLURAL_ARTICLES and core.endswith("s") and not core.endswith("ss") and before.endswith(" ")
            # "Ministro dos Negócios Estrangeiros", "Câmara dos Deputados": Portuguese joins a longer name's words so.
            and not (prev != "the" and len(words) > 1 and words[-2][:1].isupper() and words[-2][-1].isalpha())):
        return ORGANISATION
    if prev in _ORG_NOUNS_BEFORE and not (_ROLES.intersection(fold(w) for w in words[-4:-2]) and prev2 in _OF_THE
                                          and not after.startswith(",")):
        return ORGANISATION  # but in "o porta-voz da agência Sutopo" Sutopo is the spokesman ("... Bellator, Scott Coker" not)
    next_word = _FOLLOWING_WORD.match(after)
    if next_word:
        noun = fold(next_word.group(1))
        if noun.startswith(_ORG_NOUNS_AFTER):
            return ORGANISATION
        if noun in _PLACE_NOUNS_AFTER or noun.startswith(_TURKISH_PLACE_NOUNS_AFTER):
            return PLACE
    # Not "visita de Estado de Yoon", "chefe de Estado de ...": there the state is no place of the name's.
    of_state = prev2 in _STATE and len(words) > 2 and fold(words[-3]) in _OF
    if prev in _PLACE_BEFORE or (prev in _OF and prev2 in _PLACE_NOUNS and not of_state):
        return PLACE
    if prev in _VENUE_BEFORE:
        return VENUE
    m = _COMMA_PLACE.match(after)
    if m:
        following = m.group(1).split()
        rest = after[m.end():m.end() + 2]
        keys = [fold(without_suffix(w)) for w in following]
        if (is_place(keys[-1]) and (len(keys) == 1 or is_place(keys[0]) or keys[0] in _COMPASS)
                and not _POSSESSIVE.search(following[-1]) and not rest[:1].isalpha()):
            return PLACE
    return None


def decide(cues: Counter[str]) -> str | None:
    """The kind most of a name's mentions point to, or None where they say nothing or are split evenly:
    a person against a place is then left to the name's own words."""
    person, place = cues[PERSON], cues[PLACE] + cues[VENUE]
    if cues[ORGANISATION] > person:
        return ORGANISATION
    if person > place:
        return PERSON
    if place > person:
        return PLACE
    return None
