"""Which edition of a recurring happening a report's headline and first sentence name: "their second round of direct
talks", "üçüncü tur görüşmeler", "a 16.ª cúpula do BRICS", "CICA 6. Zirvesi", "12. Kongresi", "pela terceira vez".

The rounds of one negotiation, a bloc's yearly summits, a party's congresses take place weeks or a year apart between
the same delegations, in the same city and the same template, and an undated report has nothing else to tell them apart
by: Russia's and Ukraine's second and third rounds in Istanbul, both at the Çırağan Palace, scored 0.9997 as one event.
Reports of one happening give it the same number, so two leads that number one series differently, and in no number
alike, tell of two happenings (xlnews.align.score.told_apart).

Only an ordinal right before its series' word is read, or with capitalised words or a few modifiers between ("16th
BRICS summit", "6. CICA Zirvesi", "second round of direct talks"): "the second day of the summit" is no second summit.
A first-round report that awaits "the second round" numbers both, and shares the run-off's.
"""

from __future__ import annotations

import re

# The series, and their words in each language read: the number of a round, a summit, a congress, or of the times
# two sides met (or a bank cut).
_SERIES = {
    "en": {"round": r"rounds?", "summit": r"summits?", "congress": r"congress(?:es)?", "time": r"time"},
    "tr": {"round": r"tur(?:u|da|un|a|lar\w*)?", "summit": r"(?:zirve|tepe)\w*", "congress": r"(?:kongre|kurultay)\w*",
           "time": r"(?:kez|defa|kere)"},
    "pt": {"round": r"(?:ronda|rodada|turno)s?", "summit": r"(?:cúpula|cimeira)s?", "congress": r"congressos?", "time": r"vez"},
}
_ORDINAL_WORDS = {
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
           "ninth": 9, "tenth": 10},
    "tr": {"birinci": 1, "ilk": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "beşinci": 5, "altıncı": 6, "yedinci": 7,
           "sekizinci": 8, "dokuzuncu": 9, "onuncu": 10},
    "pt": {"primeir[oa]": 1, "segund[oa]": 2, "terceir[oa]": 3, "quart[oa]": 4, "quint[oa]": 5, "sext[oa]": 6,
           "sétim[oa]": 7, "oitav[oa]": 8, "non[oa]": 9, "décim[oa]": 10},
}
_ORDINAL_DIGITS = {"en": r"(?P<digits>\d{1,3})(?:st|nd|rd|th)", "tr": r"(?P<digits>\d{1,3})\.",
                   "pt": r"(?P<digits>\d{1,3})\.?[ªºoa]"}
# Words that may stand between an ordinal and its series' word besides capitalised ones (a bloc's or a country's name).
_BETWEEN = {"en": r"annual|direct|extraordinary|informal|ordinary|plenary|peace|new",
            "tr": r"[Oo]lağan(?:üstü)?|[Gg]ayriresmi|doğrudan",
            "pt": r"extraordinári[oa]|informal|ordinári[oa]"}


def _pattern(lang: str) -> re.Pattern[str]:
    # Case matters only in what stands between: a name is capitalised, "the second day of the summit" is not.
    words = "|".join(sorted(_ORDINAL_WORDS[lang], key=len, reverse=True))
    between = rf"(?:(?:[A-ZÇĞİÖŞÜ][\w'’.-]*|(?i:{_BETWEEN[lang]}))\s+){{0,3}}?"
    series = "|".join(f"(?P<{kind}>(?i:{words_}))" for kind, words_ in _SERIES[lang].items())
    return re.compile(rf"(?<![\w.])(?:(?P<word>(?i:{words}))|{_ORDINAL_DIGITS[lang]})\s+{between}(?:{series})(?!\w)")


_PATTERNS = {lang: _pattern(lang) for lang in _SERIES}
_WORD_VALUES = {lang: [(re.compile(rf"{w}$", re.I), n) for w, n in words.items()] for lang, words in _ORDINAL_WORDS.items()}


def lead_editions(title: str | None, first: str, lang: str | None) -> dict[str, dict[int, str]]:
    """Each series the headline and the lead's first sentence ``first`` number, with each number and the words that
    give it: {"round": {2: "second round"}}. Empty where they number none, or the language is not read."""
    if lang not in _PATTERNS:
        return {}
    out: dict[str, dict[int, str]] = {}
    for text in (title or "", first):
        for m in _PATTERNS[lang].finditer(text):
            kind = next(k for k in _SERIES[lang] if m.group(k))
            if m.group("word"):
                number = next(n for pattern, n in _WORD_VALUES[lang] if pattern.match(m.group("word")))
            else:
                number = int(m.group("digits"))
            out.setdefault(kind, {}).setdefault(number, " ".join(m.group(0).split()))
    return out


# An election's first round and its run-off: the first round's report names the second as ahead ("heads to a second
# round", "ikinci tura kaldı", "vai ao segundo turno") as often as not, and a run-off's names the first as past, so
# the two numbers say nothing of each other. Three rounds of talks, or a second and a third, do.
_ROUNDS_ONE_REPORT_NAMES = frozenset({1, 2})


def editions_apart(a: dict[str, dict[int, str]], b: dict[str, dict[int, str]]) -> tuple[str, str] | None:
    """The words of each that number one series differently, in no number alike (None: they do not)."""
    for kind in a.keys() & b.keys():
        if a[kind].keys() & b[kind].keys():
            continue
        if kind == "round" and a[kind].keys() | b[kind].keys() <= _ROUNDS_ONE_REPORT_NAMES:
            continue
        return next(iter(a[kind].values())), next(iter(b[kind].values()))
    return None
