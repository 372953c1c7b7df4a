"""A name word's key, and whether two keys are one name: exonyms mapped, nationality words read as
their country, and a tolerance for transliteration (Abdrahmanov / Abdrakhmanov, Kasym-Comart /
Kassym-Jomart) and for given names other languages write their own way."""

from __future__ import annotations

import functools
import re
from difflib import SequenceMatcher
from pathlib import Path

from xlnews.names.nationalities import (
    NATIONALITIES, PORTUGUESE_NATIONALITIES, TURKISH_DEMONYM, TURKISH_NATIONALITY_BASES, without_turkish_ending,
)
from xlnews.names.spelling import fold, folded, without_suffix
from xlnews.names.tables import (
    EXONYM_FORMS, EXONYMS, NAME_PARTICLES, ORG_NAMES, TERMS, TRANSLATED_NAME_WORDS, TURKISH_TERM_BASES,
    UNFOLDED_EXONYMS,
)


def is_nationality_word(word: str) -> bool:
    """Whether ``word`` names its country as a people or an adjective ("Scottish", "Amerikalı", "russos"),
    not as the country itself."""
    key = folded(without_suffix(word))
    return key in NATIONALITIES or key in PORTUGUESE_NATIONALITIES or _demonym_country(key) is not None


def _demonym_country(key: str) -> str | None:
    """The country a Turkish nationality word is of, endings and all, from its folded key ("suriyeli",
    "iraklilar", "suriyelinin", "ruslarin", "filipinli": of the Filipinler); None if none."""
    stem = TURKISH_DEMONYM.sub("", key)
    if stem != key:
        return _country_of_stem(stem)
    # Endings only where what is left is a nationality: "Indiana" is no dative of "Indian", "Rusya" and
    # "Japonya" are the countries.
    if key in EXONYMS:
        return None
    base = without_turkish_ending(key)
    if base is None:
        return None
    if base in TURKISH_NATIONALITY_BASES:
        return NATIONALITIES[base]
    stem = TURKISH_DEMONYM.sub("", base)
    return _country_of_stem(stem) if stem != base else None


def _country_of_stem(stem: str) -> str | None:
    """The country of a "-li" word's stem: "suriye", "yunan", "filipin" (of the Filipinler)."""
    if stem in TURKISH_NATIONALITY_BASES:
        return NATIONALITIES[stem]
    return EXONYMS.get(stem) or EXONYMS.get(stem + "ler") or EXONYMS.get(stem + "lar")


@functools.lru_cache(maxsize=1 << 16)  # a text names its people and places again and again
def name_key(token: str) -> str:
    """The comparable form of a name token: suffix dropped, folded, exonym mapped."""
    written = token.strip(".,;:!?()[]\"“”«»")
    if (unfolded := UNFOLDED_EXONYMS.get(without_suffix(written))) is not None:
        return unfolded
    key = folded(written).strip("-")
    if key in EXONYMS:
        return EXONYMS[key]
    if key in ORG_NAMES:
        return ORG_NAMES[key]
    if key in TERMS:
        return TERMS[key]
    return _demonym_country(key) or _turkish_term(key) or key


def _turkish_term(key: str) -> str | None:
    base = without_turkish_ending(key)
    return TERMS[base] if base in TURKISH_TERM_BASES else None


_SKELETON = [("kh", "k"), ("sh", "s"), ("ch", "c"), ("zh", "j"), ("j", "c"), ("y", "i"), ("w", "v"), ("q", "k"),
             ("x", "ks"), ("ph", "f")]


@functools.lru_cache(maxsize=1 << 16)  # the same names meet again and again across pairs
def skeleton(key: str) -> str:
    """A rough sound-alike form, so that transliterations meet: Kassym / Kasım, Jomart / Cömert."""
    for a, b in _SKELETON:
        key = key.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", key)


# One given name as other languages write it: kings, popes and saints are translated ("Rei Carlos III",
# "Papa Francisco", "Luís XIV"), and Turkish spells Arabic and Persian names its own way ("Cemal Kaşıkçı",
# "Beşar Esad", "Cevad Zarif", "Usame bin Ladin"), and Korean has several romanizations. Spelling alone
# would keep these apart or, among given names, bring the wrong ones together.
_GIVEN_NAME_FORMS = [frozenset(group.split()) for group in (
    "charles carlos",
    "louis luis",
    "alexander alexandre aleksandr alexandr aleksander",
    "francis francisco franciscus",
    "paul paulo",
    "joseph jose",
    "henry henrique",
    "philip phillip filipe",
    "anthony antonio",
    "gregory gregorio",
    "mark marcos",
    "nicholas nicolau",
    "teresa theresa",
    "mary maria marie",
    "michael miguel",
    "catherine catarina",
    "andrew andre",
    "elizabeth elisabeth elisabete",
    "helen helena",
    "david davi",
    "dmitry dmitri dmitriy",
    "yuri yury yuriy",
    "alexei alexey aleksei aleksey",
    "vladimir volodymyr",
    "mohammed muhammad mohamed muhammed mohammad mohamad",
    "hussein huseyin husein hussain",
    "hasan hassan",
    "ahmed ahmad ahmet",
    "omar umar omer",
    "abdullah abdallah",
    "mustafa moustafa mostafa",
    "walid velid",
    "khalid halid khaled",
    "bashar besar bessar",
    "jamal cemal",
    "jalal celal",
    "jamil cemil",
    "javad cevad",
    "suleiman suleyman sulayman",
    "yusuf yousef youssef",
    "osman othman uthman",
    "ismail ismael",
    "rashid resit rasid",
    "laden ladin",
    "assad esad",
    "osama usame",
    # Korean names in the romanizations news uses side by side ("Yoon Suk Yeol", Turkish "Yeon Sok Yeol").
    "yoon yun yeon",
    "suk sok seok",
    "moon mun",
    "jong jung jeong chung",
    "choi choe",
)]
_SAME_GIVEN_NAME = {(a, b) for group in _GIVEN_NAME_FORMS for a in group for b in group}
_GIVEN_NAME_FIRST_FORM = {form: min(group) for group in _GIVEN_NAME_FORMS for form in group}


def given_name_form(key: str) -> str:
    """One form for all of a given name's forms in the table above ("usame" and "osama" are "osama"), so
    that they fall into one block and are compared at all; other keys as they are."""
    return _GIVEN_NAME_FIRST_FORM.get(key, key)
# In a name this short (as it sounds, see skeleton), one letter changed makes another name: Kader /
# Kadir, Biden / Baden, Grace / Greece, Jones / Coons (cones / cons), Rose / Ross. Shorter ones meet only
# as they sound; ones of this length also with one letter more.
_SHORT_NAME = 5


def similar(a: str, b: str, threshold: float = 0.8) -> bool:
    """Same name: equal, one the other's stem ("Selahattin" / "Selahattini"), or close in sound."""
    if a == b or (a, b) in _SAME_GIVEN_NAME:
        return True
    if min(len(a), len(b)) < 4:
        return False
    sa, sb = skeleton(a), skeleton(b)
    if a in EXONYM_FORMS or b in EXONYM_FORMS:
        # A place the tables know has its forms there: two of them are two places (Niger and Nigeria, Guinea and
        # Guyana), and one meets another word only as it sounds (Britain is no Brittany, Angola no Angela).
        return sa == sb and not (a in EXONYM_FORMS and b in EXONYM_FORMS)
    if a in GIVEN_NAMES and b in GIVEN_NAMES:
        # Joan and Johan, Daniel and Danielle, Albert and Alberto are names of their own: two given names
        # meet only as one name written another way (Johan / Johann, Hasan / Hassan, or the table above).
        return sa == sb
    if min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a)):
        return True
    if sa == sb:
        return True
    if min(len(sa), len(sb)) < _SHORT_NAME:
        return False
    if min(len(sa), len(sb)) == _SHORT_NAME:
        return _one_letter_more(sa, sb)
    return SequenceMatcher(None, sa, sb).ratio() >= threshold


def _one_letter_more(a: str, b: str) -> bool:
    """One is the other with one letter added anywhere."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _given_names() -> frozenset[str]:
    path = Path(__file__).with_name("given_names.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(fold(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


# Given names (folded): a name that starts with one is a person's.
GIVEN_NAMES = _given_names()


def compared_key(word: str) -> str:
    """A name word's key (:func:`name_key`), or "" for a word that is shown but never compared: a
    particle ("da", "von") or a word translated with the name ("São", "Güney", "Estados")."""
    if word in NAME_PARTICLES:
        return ""
    key = name_key(word)
    return "" if key in TRANSLATED_NAME_WORDS else key


def is_given_name(key: str) -> bool:
    return key in GIVEN_NAMES and key not in EXONYM_FORMS  # "Georgia", "Jordan", "Victoria" are places first


def name_present(name: str, text_keys: list[str]) -> bool:
    key = name_key(name)
    parts = [p for p in re.split(r"[- ]", key) if p]
    return any(similar(key, k) for k in text_keys) or (
        len(parts) > 1 and all(any(similar(p, k) for k in text_keys) for p in parts)
    )
