"""The ages a report gives the people it names: "Track Palin, 29,", "Palin, de 29 anos", "29 yaşındaki
Track Palin", "a 26-year-old Palin".

An age dates a report without a date: two reports that give one person ages years apart were written
years apart, whatever else they share (Track Palin's arrests of 2016 and 2018 read alike, but he is 26
in one and 29 in the other). News states ages in a few fixed forms, and only those are read: an age
in brackets after a name is as often a goal's minute or a squad number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from xlnews.names import CALENDAR_WORDS, EXONYMS, compared_keys, find_name_runs_at, fold, without_suffix

_UPPER = "A-ZÇĞİÖŞÜÂÎÛÁÉÍÓÚÃÕÊÔÀ"
_WORD = rf"[{_UPPER}][\w’'-]*"
# Up to four capitalised words, "da"/"de"/"dos" between them ("Luiz Inácio Lula da Silva").
_NAME = rf"{_WORD}(?:(?: (?:da|de|do|dos|das|van|von|bin))? {_WORD}){{0,3}}"
# What follows a name to give its age: "Palin, 29," / "Davis, aged 45," / "Palin, de 29 anos" / "Palin, com
# 26 anos" / "Palin, 29 yaşında,".
_AGE_AFTER = r", (?:aged |de |com )?(?P<age>\d{1,3})(?:(?= ?[,;)])| anos\b| yaşında\b)"
_PATTERNS = (
    re.compile(rf"(?P<name>{_NAME}){_AGE_AFTER}"),
    # "29-year-old Track Palin" / "a 29 year old Palin"
    re.compile(rf"\b(?P<age>\d{{1,3}})[- ]year[- ]old (?P<name>{_NAME})"),
    # "29 yaşındaki Track Palin"
    re.compile(rf"\b(?P<age>\d{{1,3}}) yaşındaki (?P<name>{_NAME})"),
)
# Where pattern 0 can end: it is tried only in the words just before these (a name regex tried at every
# capital of every article cost a tenth of finding its names).
_AGE_AFTER_NAME = re.compile(_AGE_AFTER)
_NAME_CHARS = 100
_OLDEST = 110
# How far apart a surname alone may be aged and still be read as one person (age_clashes).
FAMILY_YEARS = 5
# Countries and nationality words ("The Scot, 42,", "İskoç, 42,"): the age is someone's, but whose, the
# name does not say.
_PLACE_KEYS = frozenset(EXONYMS.values())


@dataclass(frozen=True)
class StatedAge:
    """One person's age as a report gives it: the keys of the name's words (its surname last), the age,
    and the name as written."""

    keys: tuple[str, ...]
    age: int
    name: str

    @property
    def surname(self) -> str:
        return self.keys[-1]

    @property
    def surname_only(self) -> bool:
        """Whether only the surname is written: it may be any of a family's ("Palin, 29," where the report
        names Sarah and Track Palin; which of them, only reading the sentence says)."""
        return len(self.keys) == 1

    @property
    def given(self) -> str | None:
        """The name's first word where it has more than one ("Track" of "Track Palin"), else None."""
        return self.keys[0] if len(self.keys) > 1 else None


def stated_ages(text: str) -> list[StatedAge]:
    """The ages ``text`` gives to names, one per name; a surname given two ages (two people of one
    family, "Sarah Palin, 54," and "Track Palin, 29,") is left out, and so are places, nationality
    words and acronyms ("ABC, 3,")."""
    found: dict[str, StatedAge] = {}
    clashing: set[str] = set()
    for m in _age_matches(text):
        age = int(m.group("age"))
        words = _name_words(text, m.start("name"), m.end("name"))
        keys = tuple(k for k in compared_keys(words) if k)
        if not keys or not 0 < age <= _OLDEST or any(fold(w) in CALENDAR_WORDS for w in words):
            continue
        if keys[-1] in _PLACE_KEYS or keys[-1].startswith("org:") or words[-1].isupper():
            continue
        stated = StatedAge(keys, age, " ".join(words))
        seen = found.get(stated.surname)
        if seen is None:
            found[stated.surname] = stated
        elif seen.age != age or (seen.given and stated.given and seen.given != stated.given):
            clashing.add(stated.surname)
        elif len(keys) > len(seen.keys):
            found[stated.surname] = stated
    return [s for key, s in found.items() if key not in clashing]


def _age_matches(text: str) -> list[re.Match[str]]:
    """Every match of :data:`_PATTERNS` in ``text``, the first one looked for only before its anchors."""
    out: list[re.Match[str]] = []
    for anchor in _AGE_AFTER_NAME.finditer(text):
        lo = text.rfind(" ", 0, max(0, anchor.start() - _NAME_CHARS)) + 1
        out.extend(m for m in _PATTERNS[0].finditer(text, lo, anchor.end() + 2) if m.end("name") == anchor.start())
    for pattern, word in zip(_PATTERNS[1:], ("year", "yaşındaki")):
        if word in text:  # a substring test is a hundredth of the pattern's scan
            out.extend(pattern.finditer(text))
    return out


def _name_words(text: str, start: int, end: int) -> list[str]:
    """The words of the name that ends at ``end``, as the name finder reads them in their sentence: a
    title or a sentence's first word before it is not part of it ("Ms Davis", "As Willoughby"), nor is
    the person whose name ends a sentence before it ("Donald Trump. Track Palin, 26,")."""
    line_start = text.rfind("\n", 0, start) + 1  # a headline's last name is no part of the next line's
    at = max(line_start, start - 60)
    context = text[at:end]
    runs = find_name_runs_at(context)
    if runs and context.find(runs[-1][0][-1], runs[-1][1]) + len(runs[-1][0][-1]) == len(context):
        return runs[-1][0]
    # A surname that starts its sentence ("Palin, 29, lives ..."), where the report names it again: a
    # sentence's first word alone may be anything ("Initially, 4 ...").
    word = text[start:end].split()[-1]
    return [word] if len(re.findall(rf"(?<![\w’']){re.escape(without_suffix(word))}", text)) > 1 else []


def same_person(a: StatedAge, b: StatedAge) -> bool:
    """Whether two stated ages are of one person as far as their names say: one surname, and no two
    different given names ("Sarah Palin" and "Track Palin" are two people; "Palin" may be either)."""
    return a.surname == b.surname and not (a.given and b.given and a.given != b.given)


def age_clashes(a: list[StatedAge], b: list[StatedAge], years: int) -> list[tuple[StatedAge, StatedAge]]:
    """The people both reports give ages to that are ``years`` or more apart, unless the reports also
    give one of them the same age (then one of the two readings is wrong, not the time). A surname
    alone clashes only up to :data:`FAMILY_YEARS` apart: further apart, the two ages are as likely a
    parent's and a child's ("Palin, 54" and "Palin, 29") as one person's years apart."""
    pairs = [(x, y) for x in a for y in b if same_person(x, y)]
    if any(abs(x.age - y.age) < years for x, y in pairs):
        return []
    return [(x, y) for x, y in pairs
            if abs(x.age - y.age) >= years and (abs(x.age - y.age) <= FAMILY_YEARS or not (x.surname_only or y.surname_only))]
