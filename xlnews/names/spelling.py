"""A name as written, reduced to comparable letters: Turkish case endings after the apostrophe dropped
(Astana’ya → Astana), Turkish casing handled (İ/ı), accents and Cyrillic folded to ASCII."""

from __future__ import annotations

import functools
import re
import unicodedata


_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіқғңүұһө",
    ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
     "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "k", "g", "n", "u", "u", "h", "o"],
))
_APOSTROPHE_SUFFIX = re.compile(r"[’'`´](?:[a-zçğıöşüâîû]+|[A-ZÇĞİÖŞÜÂÎÛ]+)$")


def without_suffix(word: str) -> str:
    """A name as written without its case ending after the apostrophe (Astana’ya → Astana,
    Putin's → Putin, ASTANA'DA → ASTANA). A capital after the apostrophe is part of the name
    (O'Brien, O'Rourke), unless the whole word is in capitals."""
    if word[-1:] in "’'" and word[-2:-1] in ("s", "S"):
        return word[:-1]  # an English possessive after an -s: Belarus', Kansas'
    m = _APOSTROPHE_SUFFIX.search(word)
    if m is None or (not m.group(0)[1:].islower() and not word.isupper()):
        return word
    return word[:m.start()]


# Turkish writes a case ending after an apostrophe on proper names only ("Kavanaugh'ın", "Washington'ın"),
# so such a word is a name even where it only starts sentences; English clitics ("Today's", "It'll") are not.
_ENGLISH_CLITICS = frozenset({"s", "ll", "re", "ve", "d", "m", "t"})


def has_case_ending(word: str) -> bool:
    """Whether ``word`` carries a Turkish case ending after an apostrophe ("Ford'un", "Astana’ya")."""
    m = _APOSTROPHE_SUFFIX.search(word)
    return m is not None and m.group(0)[1:].islower() and m.group(0)[1:] not in _ENGLISH_CLITICS


def turkish_lower(text: str) -> str:
    return text.replace("I", "ı").replace("İ", "i").lower()


@functools.lru_cache(maxsize=1 << 16)  # names and capitalised words recur within and across articles
def fold(text: str) -> str:
    """ASCII, lower case, Turkish dotless ı → i, Cyrillic transliterated."""
    low = turkish_lower(text).replace("ı", "i")
    low = "".join(_CYRILLIC.get(ch, ch) for ch in low)
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def folded(written: str) -> str:
    """A name as written, case ending dropped, folded, letters, digits, spaces and hyphens only."""
    return re.sub(r"[^a-z0-9 -]", "", fold(without_suffix(written)))
