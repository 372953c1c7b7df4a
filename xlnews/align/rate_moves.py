"""Which way a central bank moved its policy rate, as a report's headline tells it: held, cut or raised.

A central bank decides its rate every four to six weeks, and each country's press reports every decision in the same
words ("Merkez Bankası politika faizini yüzde 50'de sabit tuttu", "Copom mantém Selic em 10,50%"): two decisions a
month apart read as alike as two reports of one, the more so in one language, and an undated report has no date to
tell them apart by (Copom's hold of June 2024 beside its cut of May, both "10,50%"). A hold is never a cut, so two
reports that tell of different moves tell of two decisions (xlnews.align.score.told_apart).

Read from the headline, or where it tells no move ("Faiz kararı açıklandı: 650 baz puanlık artış") from the lead's first
sentence, in the report's language: a verb of moving the rate with the rate beside it ("holds rates", "reduz Selic",
"faizi ... indirdi"), or a noun ("rate cut", "faiz indirimi"), in a report that names a central bank. A pause of cuts
or hikes ("halts rate cuts", "interrompe ciclo de cortes", "indirimlere ara verdi") is a hold, whatever else the
headline says."""

from __future__ import annotations

import re


# The moves, each as a verdict tells it ("a tells of a rate held").
MOVED = {"hold": "held", "cut": "cut", "hike": "raised"}

# The bank: a rate moved by anyone else is no policy decision ("unemployment rate", "the lira's rate").
# Its initials in capitals only: "fed" is also a verb.
_BANK = re.compile(r"(?i:central\s+bank|banco\s+central|merkez\s+bankas|federal\s+reserve|bank\s+of\s+(?:england|japan)|"
                   r"banco\s+d[ao]\s+(?:inglaterra|japão)|reserve\s+bank|people's\s+bank|para\s+politikası\s+kurulu)|\b(?:TCMB|PPK|Copom|COPOM|BC|Fed|ECB|BCE|AMB|BoE|BoJ|RBI|PBOC)\b")
# The rate, in each language.
_RATE = {"en": r"(?:interest\s+|policy\s+|key\s+|benchmark\s+)?rates?\b",
         "pt": r"(?:a\s+|os\s+)?(?:juros|selic|taxa\s+(?:básica|de\s+juros|selic))",
         "tr": r"(?:politika\s+)?faiz\w*"}
# Verbs before the rate ("holds rates", "mantém Selic"), with up to a few words between ("keeps its key rate").
_VERB_FIRST = {
    "en": {"hold": r"hold|holds|held|keeps?|kept|leaves?|left|maintains?|maintained",
           "cut": r"cuts?|lowers?|lowered|reduces?|reduced|slash(?:es|ed)?|trims?|trimmed",
           "hike": r"raises?|raised|hikes?|hiked|lifts?|lifted|increases?|increased"},
    "pt": {"hold": r"mant(?:ém|em|eve|êm|iveram|er|ida|ido)",
           "cut": r"cort\w*|reduz\w*|baix\w*",
           "hike": r"elev\w*|aument\w*|sobe|subiu|sobem|subiram"},
}
# The rate first, then what was done with it ("juros caem", "faizini yüzde 50'de sabit tuttu", "faiz indirdi").
_RATE_FIRST = {
    "en": {"hold": r"unchanged|steady|on\s+hold", "cut": r"cuts?(?!\w)", "hike": r"hikes?(?!\w)|increases?(?!\w)|rises?(?!\w)"},
    "pt": {"hold": r"mantida|inalterad\w*|estável", "cut": r"ca(?:i|em|iu|íram)\b", "hike": r"sobe|subiu|sobem|subiram"},
    "tr": {"hold": r"sabit|değiştirme\w*|aynı\s+(?:seviyede|düzeyde)",
           "cut": r"indir\w*|düşür\w*", "hike": r"yükselt\w*|artır\w*|artış\w*|çıkar(?:dı|ıldı)\w*"},
}
# Nouns of a move before the rate ("corte de juros", "alta da Selic"; "rate cut" is read rate first).
_NOUNS = {
    "pt": {"cut": r"cortes?\s+(?:de|da|dos|nos|na)\s+", "hike": r"alta\s+(?:de|da|dos|nos|na)\s+"},
}
# A pause of a run of moves is a hold: "halts rate cuts", "interrompe ciclo de cortes", "indirimlere ara verdi".
_PAUSE = {
    "en": re.compile(r"\b(?:halts?|halted|pauses?|paused|ends?|ended|stops?|stopped)\b[^.;]{0,30}\b(?:rate\s+)?(?:cuts|hikes|increases|easing|tightening)", re.I),
    "pt": re.compile(r"\b(?:interromp\w*|paus\w*|encerr\w*)\b[^.;]{0,30}\b(?:ciclo|cortes|altas)", re.I),
    "tr": re.compile(r"(?:indirim|artırım|artış)\w*\s+(?:döngüsüne\s+)?(?:ara\s+ver\w*|son\s+ver\w*)|durdur\w*", re.I),
}
# Words that may stand between a verb and the rate ("keeps its key rate", "mantém a taxa básica"), and no others:
# "mantém ritmo e corta Selic" is a cut.
_GAP = {"en": r"\s+(?:(?:its|the|their|key|main|benchmark|policy|interest|overnight|lending)\s+){0,3}",
        "pt": r"\s+(?:(?:a|as|o|os|sua|suas)\s+){0,2}"}


def _patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    rate = _RATE[lang]
    found = []
    for move, verbs in _VERB_FIRST.get(lang, {}).items():
        found.append((move, re.compile(rf"(?<!\w)(?P<move>{verbs})(?!\w){_GAP[lang]}{rate}", re.I)))
    for move, after in _RATE_FIRST.get(lang, {}).items():
        found.append((move, re.compile(rf"(?<!\w){rate}(?:[^.;:]{{0,40}}?)(?<!\w)(?P<move>{after})", re.I)))
    for move, noun in _NOUNS.get(lang, {}).items():
        found.append((move, re.compile(rf"(?<!\w)(?P<move>{noun}){rate}", re.I)))
    return found


_PATTERNS = {lang: _patterns(lang) for lang in _RATE}


def rate_move(title: str | None, first: str, lang: str | None) -> tuple[str, str] | None:
    """The move (a key of MOVED) and the words that tell it, from the headline or, where it tells none, the lead's
    first sentence ``first`` (xlnews.translate.sentences.first_sentence); None where they tell of no central bank's
    rate decision."""
    if lang not in _PATTERNS:
        return None
    if not _BANK.search(f"{title or ''}\n{first}"):
        return None
    for line in dict.fromkeys(filter(None, (title, first))):
        if pause := _PAUSE[lang].search(line):
            return "hold", pause.group(0)
        # The first move told wins: "holds rates, signals cuts ahead" is a hold.
        if told := [(m.start("move"), move, m.group(0)) for move, pattern in _PATTERNS[lang] if (m := pattern.search(line))]:
            _, move, words = min(told)
            return move, " ".join(words.split())
    return None


# The level a decision set or kept the rate at, a percentage after "to" or "at" ("raised rates to 17.5%", "mantém a
# Selic em 10,50%", "faizi yüzde 17,5'e yükseltti", "yüzde 50'de sabit tuttu"); none where the line gives a range ("to
# the 4.50%-4.75% range", "entre 4,25% e 4,50%"), which outlets bound either way.
_LEVEL = {
    "en": re.compile(r"(?<!\w)(?:to|at)\s+(?P<v>\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)", re.I),
    "pt": re.compile(r"(?<!\w)(?:para|em|a)\s+(?P<v>\d+(?:,\d+)?)\s*%", re.I),
    "tr": re.compile(r"(?:(?<!\w)yüzde\s+|%\s*)(?P<v>\d+(?:,\d+)?)\s*['’](?:[yn]?[ea]|[dt][ae])(?!\w)", re.I),
}
_RANGE = re.compile(r"\d\s*%?\s*(?:-|–|to|a|e|ile)\s*(?:%\s*)?\d+(?:[.,]\d+)?\s*%", re.I)


def rate_level(title: str | None, first: str, lang: str | None) -> tuple[float, str] | None:
    """The level a rate decision's headline, or else its lead's first sentence, sets the rate at, and the words; None
    where neither gives one (or either gives a range)."""
    if lang not in _LEVEL:
        return None
    for line in (title or "", first):
        if _RANGE.search(line):
            return None
        if m := _LEVEL[lang].search(line):
            return float(m.group("v").replace(",", ".")), " ".join(m.group(0).split())
    return None
