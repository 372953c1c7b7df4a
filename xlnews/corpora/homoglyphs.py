"""Repairs look-alike letters from another script inside a word ("Kasym-Сomart" with a Cyrillic С).

Such letters break every later step that compares strings: names stop matching, the
tokenizer splits the word into rare pieces, the translation garbles it. A word is repaired
only when it mixes scripts and every odd letter has a look-alike in the word's main script.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from xlnews.records import Repair

# Cyrillic and Greek letters that are drawn like a Latin letter.
_TO_LATIN = {
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ү": "Y", "Һ": "h",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "ѕ": "s", "і": "i",
    "ј": "j", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v",
}
# Latin letters that are drawn like a Cyrillic one, for the reverse case ("Мoсква" with a Latin o).
_TO_CYRILLIC = {
    "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С",
    "T": "Т", "X": "Х", "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х",
    "i": "і", "j": "ј", "s": "ѕ", "k": "к", "h": "һ",
}

_WORD = re.compile(r"\w+", re.UNICODE)


_NON_LATIN_LOOKALIKES = re.compile("[\u0370-\u03ff\u0400-\u052f]")


@lru_cache(maxsize=4096)
def script_of(ch: str) -> str | None:
    """LATIN, CYRILLIC, GREEK or OTHER for a letter; None for anything else."""
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    for script in ("LATIN", "CYRILLIC", "GREEK"):
        if name.startswith(script):
            return script
    return "OTHER"


def repair_word(word: str) -> str:
    scripts = [s for s in (script_of(c) for c in word) if s]
    if len(set(scripts)) < 2:
        return word
    latin = scripts.count("LATIN")
    cyrillic = scripts.count("CYRILLIC")
    if latin >= cyrillic + scripts.count("GREEK"):
        table, main = _TO_LATIN, "LATIN"
    else:
        table, main = _TO_CYRILLIC, "CYRILLIC"
    out = []
    for ch in word:
        s = script_of(ch)
        if s is None or s == main:
            out.append(ch)
        elif ch in table:
            out.append(table[ch])
        else:
            return word  # a letter with no look-alike: a real mixed word, leave it alone
    return "".join(out)


def repair_homoglyphs(text: str, paragraph: int = 0) -> tuple[str, list[Repair]]:
    repairs: list[Repair] = []
    if not _NON_LATIN_LOOKALIKES.search(text):
        return text, repairs  # no Cyrillic or Greek letter: nothing can be mixed

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        fixed = repair_word(word)
        if fixed != word:
            repairs.append(Repair(original=word, repaired=fixed, paragraph=paragraph))
        return fixed

    return _WORD.sub(fix, text), repairs
