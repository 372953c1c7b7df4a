"""Meetings a report says its happening came ahead of: "Lavrov met Tokayev in Astana ahead of the SCO foreign
ministers' meeting", "ŞİÖ toplantısı için Astana'ya gelen Lavrov", "antes de reunião da OCX". A bilateral
meeting on the eve of a bloc's gathering is told with the gathering's name, the same minister, city and days, and
the gathering's own reports, a day later, lead with that name. A report that awaits a body's meeting and one whose
lead reports that body's meeting on a later day tell of two happenings (:func:`xlnews.align.score.awaits`).

Only organisations count (keys ``org:…``, matched across languages: SCO, ŞİÖ, OCX), named in the clause of a cue
that puts its meeting ahead, the meeting the cue's object: "for SCO talks", not "the SCO's support for the plan" nor
"calls for a new bank at the SCO summit". A lead that names the meeting as its setting ("on the sidelines of the SCO
summit") does not report it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_MEETING_WORDS = {"en": "meeting|meetings|summit|talks|ministerial|council|gathering|session|conference|forum",
                  "pt": "reuni[aã]o|reuniões|cúpula|cimeira|encontro|conselho|sessão|conferência|fórum",
                  "tr": r"toplantı\w*|zirve\w*|konsey\w*|oturum\w*|konferans\w*|forum\w*"}
_MEETING_EN, _MEETING_PT, _MEETING_TR = (f"(?:{_MEETING_WORDS[lang]})" for lang in ("en", "pt", "tr"))
# The cue, then its clause up to a stop or 80 characters, a word for a meeting in it: English and Portuguese put the
# cue first ("ahead of a meeting of SCO foreign ministers", "antes de reunião da OCX").
# The meeting is the cue's object: its word within the clause's first six, no "at", "in" or "on" before it ("calls for a
# new development bank at the SCO summit" awaits no summit).
_BEFORE = {
    "en": (re.compile(r"(?<!\w)(?:ahead\s+of|before|in\s+the\s+run-up\s+to|on\s+the\s+eve\s+of|to\s+attend|to\s+take\s+part\s+in|"
                      r"for)\s+(?P<clause>[^.;,\n]{1,80})", re.I),
           re.compile(r"(?:(?!(?:at|in|on|with|by)\s)\S+\s+){0,5}" + _MEETING_EN + r"(?!\w)", re.I)),
    "pt": (re.compile(r"(?<!\w)(?:antes\s+d[aoe]s?|anteced\w+|na\s+véspera\s+d[aoe]s?|às\s+vésperas\s+d[aoe]s?|para\s+participar\s+d[aoe]s?|"
                      r"para\s+(?:a|o))\s+(?P<clause>[^.;,\n]{1,80})", re.I),
           re.compile(r"(?:(?!(?:em|n[ao]s?|com|por)\s)\S+\s+){0,5}" + _MEETING_PT + r"(?!\w)", re.I)),
}
# Turkish puts it after: "[ŞİÖ Dışişleri Bakanları Konseyi toplantısı] için", "... toplantısına katılmak üzere". The cue
# is found first and the clause read back from it (a pattern that ends in it tries every position of the text).
_AFTER_TR = re.compile(r"(?<=\s)(?:öncesinde|öncesi|için|arifesinde|katılmak\s+(?:üzere|için))(?!\w)", re.I)
_CLAUSE_BEFORE = re.compile(r"[^.;,\n]{1,80}$")
_ENDS_IN_MEETING_TR = re.compile(r"(?<!\w)" + _MEETING_TR + r"\s*$", re.I)

# Where a lead names a body's meeting as the setting of what it reports, not as what it reports: "Erdoğan met Putin on
# the sidelines of the SCO summit", "à margem da cúpula da OCX", "ŞİÖ Zirvesi marjında". Not "at" or "during" the
# summit: "BRICS Zirvesi'nde Kazan Deklarasyonu kabul edildi" reports the summit.
_SETTING = {
    "en": re.compile(r"(?<!\w)(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of\s+(?P<clause>[^.;,\n]{1,80})", re.I),
    "pt": re.compile(r"(?<!\w)(?:à|a|nas?)\s+marge(?:m|ns)\s+d[aoe]s?\s+(?P<clause>[^.;,\n]{1,80})", re.I),
}
_SETTING_AFTER_TR = re.compile(r"(?<=\s)(?:marjında|kenarında)(?!\w)", re.I)
_MEETING = {"en": re.compile(r"(?<!\w)" + _MEETING_EN + r"(?!\w)", re.I), "pt": re.compile(r"(?<!\w)" + _MEETING_PT + r"(?!\w)", re.I),
            "tr": re.compile(r"(?<!\w)" + _MEETING_TR, re.I)}
# A lead that reports a meeting speaks of one: a word for it, or for meeting. Other leads are not read for bodies.
_MEETS = {"en": re.compile(r"(?<!\w)(?:" + _MEETING_WORDS["en"] + r"|meet|meets|met|gather\w*|convene\w*|attend\w*|opens?|opened|held)(?!\w)",
                           re.I),
          "pt": re.compile(r"(?<!\w)(?:" + _MEETING_WORDS["pt"] + r"|reún\w*|reun\w*|encontr\w*|realiz\w*)(?!\w)", re.I),
          "tr": re.compile(r"(?<!\w)(?:" + _MEETING_WORDS["tr"] + r"|toplan\w*|araya\s+gel\w*|düzenlen\w*)", re.I)}


def _clauses_before(text: str, cues: re.Pattern[str], ends_in: re.Pattern[str] | None) -> list[str]:
    """The clause before each cue in ``text`` (up to a stop or 80 characters), where it ends in ``ends_in``."""
    out = []
    for m in cues.finditer(text):
        head = _CLAUSE_BEFORE.search(text, max(0, m.start() - 81), m.start())
        if head and (ends_in is None or ends_in.search(head.group(0))):
            out.append(head.group(0).strip())
    return out


def setting_clauses(text: str, lang: str | None) -> list[str]:
    """The clauses of ``text`` that name a meeting as the setting of its happening: on its sidelines."""
    if lang == "tr":
        return _clauses_before(text, _SETTING_AFTER_TR, _ENDS_IN_MEETING_TR)
    pattern, meeting = _SETTING.get(lang or ""), _MEETING.get(lang or "")
    if pattern is None or meeting is None:
        return []
    return [m.group("clause") for m in pattern.finditer(text) if meeting.search(m.group("clause"))]


# A lead that tells of two people meeting: "met Putin", "held talks with", "Putin ile görüştü", "Lavrov'u kabul etti",
# "reuniu-se com", "recebeu". A bloc's own meeting is told otherwise ("ministers met in Astana", "toplandı", "hosted the
# summit", "Deklarasyonu kabul edildi", "aprovaram a declaração").
_MEETS_SOMEONE = {
    "en": re.compile(r"(?<!\w)(?:(?:met|meets|meeting)\s+(?:with\s+)?(?:[A-Z]\w+|the\s+[A-Z]\w+|his|her)|held\s+talks\s+with|"
                     r"talks\s+with|received|receives)(?!\w)"),
    "pt": re.compile(r"(?<!\w)(?:reuni(?:u|ram)-se\s+com|se\s+reuni(?:u|ram)\s+com|encontrou-se\s+com|se\s+encontrou\s+com|"
                     r"conversou\s+com|receb(?:e|eu|eram))(?!\w)", re.I),
    "tr": re.compile(r"(?<!\w)ile\s+(?:görüş\w*|bir\s+araya\s+gel\w*)|['’][yn]?[ıiuü]\s+kabul\s+et\w*", re.I),
}


def meets_someone(text: str, lang: str | None) -> bool:
    """Whether ``text`` tells of people meeting one another, not of a body's meeting."""
    return (pattern := _MEETS_SOMEONE.get(lang or "")) is not None and pattern.search(text) is not None


def speaks_of_meeting(text: str, lang: str | None) -> bool:
    """Whether ``text`` has a word for a meeting, or for meeting, in its language."""
    return (pattern := _MEETS.get(lang or "")) is not None and pattern.search(text) is not None


def awaited_clauses(text: str, lang: str | None) -> list[str]:
    """The clauses of ``text`` that name a meeting its happening came ahead of."""
    if lang == "tr":
        return _clauses_before(text, _AFTER_TR, _ENDS_IN_MEETING_TR)
    if (cue := _BEFORE.get(lang or "")) is None:
        return []
    pattern, meeting = cue
    return [m.group("clause") for m in pattern.finditer(text) if meeting.match(m.group("clause"))]


def awaited_bodies(texts: Iterable[tuple[str, str | None]], keys_of: Callable[[str], Iterable[str]]) -> dict[str, str]:
    """The organisations (keys ``org:…``) whose meeting ``texts`` ((text, language) pairs) say their happening came
    ahead of, each with the first clause that says so; ``keys_of``: the name keys a clause names."""
    out: dict[str, str] = {}
    for text, lang in texts:
        for clause in awaited_clauses(text, lang):
            for key in keys_of(clause):
                if key.startswith("org:"):
                    out.setdefault(key, " ".join(clause.split()))
    return out
