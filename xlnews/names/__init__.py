"""Names of people, places and organisations, compared across languages and spellings.

A name is reduced to a key: Turkish case suffixes after the apostrophe dropped (Astana’ya →
Astana), Turkish casing handled (İ/ı), accents and Cyrillic folded to ASCII, common exonyms
mapped to one English form (Rusya, Rússia → russia). Keys are then compared with a tolerance
for transliteration (Abdrahmanov / Abdrakhmanov, Kasym-Comart / Kassym-Jomart).

One job per module, in the order each builds on the last: :mod:`.spelling` (letters),
:mod:`.nationalities`, :mod:`.places` (the world's places from CLDR) and :mod:`.tables` (what each
language calls a country, place or body), :mod:`.keys` (a word's key and which keys are one name),
:mod:`.kinds` (what a name's words say it names), :mod:`.find` (names in running text) and
:mod:`.cues` (what the words around a mention say it names).
"""

from xlnews.names.find import (
    CALENDAR_WORDS, CAPITALISED_WORD, DOTTED_ABBREVIATION, find_name_runs, find_name_runs_at, find_names, keys_of,
    names_of_collection,
)
from xlnews.names.keys import (
    GIVEN_NAMES, compared_key, given_name_form, is_given_name, is_nationality_word, name_key, name_present, similar,
    skeleton,
)
from xlnews.names.kinds import (
    KNOWN_ORGANISATIONS, STORM_KINDS, TURKISH_STORM_STEMS, compared_keys, head_kind, is_class_noun, is_club_name, is_turkish_club,
)
from xlnews.names.nationalities import portuguese_nationalities
from xlnews.names.spelling import fold, without_suffix
from xlnews.names.tables import EXONYMS, NAME_PARTICLES, ORG_ACRONYMS

__all__ = [
    "CALENDAR_WORDS", "CAPITALISED_WORD", "DOTTED_ABBREVIATION", "EXONYMS", "GIVEN_NAMES", "KNOWN_ORGANISATIONS",
    "NAME_PARTICLES", "ORG_ACRONYMS", "STORM_KINDS", "TURKISH_STORM_STEMS", "compared_key", "compared_keys",
    "find_name_runs", "find_name_runs_at", "find_names", "fold", "given_name_form", "head_kind", "is_class_noun",
    "is_club_name", "is_given_name", "is_nationality_word", "is_turkish_club", "keys_of", "name_key", "name_present",
    "names_of_collection", "portuguese_nationalities", "similar", "skeleton", "without_suffix",
]
