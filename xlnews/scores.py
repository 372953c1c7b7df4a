"""Results told as scores: "beat Turkey 3-0", "venceu por 3 sets a 1", "2x1", "İtalya'ya 3-0 yenildik", "ruled
6-3", and votes' tallies: "by 382 votes to 118", "por 287 votos a 55", "55'e karşı 287 oyla". A score names its
match, or its vote, as no other figure does: two reports of one match give one final score, and a team's matches
days apart, told in the same words, give others.

A pair of numbers joined by a dash is a score only where its sentence tells a result (a win, a loss, a draw,
goals or sets, a vote): elsewhere it is a range ("10-15 people", "18-25 years old"). The Portuguese "3 a 1"
needs "por", "sets" or "gols" beside it ("de 2 a 5 anos" is a range), and "2x1" is read as Brazilian papers
write scores. A score a match passed through ("led 2-0 at half-time"), or one told in a clause with a month or as
what came before ("since their 4-1 win in February"), is not this match's final score: not firm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from xlnews.corpora.dates import MONTHS

_NUMBER = r"(\d{1,3})"
# "3-0", "25–18", "2 - 1", "3-0'lık": not a part of a longer run ("2-3-1", "1.5-2", "12/3-4") nor a range of
# a measure ("3-4 days", "10-15%").
_DASHED = re.compile(
    r"(?<![\w.,/:–-])" + _NUMBER + r"\s?[-–]\s?" + _NUMBER + r"(?![\w.,]\w|[-–/:]\d|\s*(?:%|percent|per\s+cent|por\s+cento|"
    r"days?|weeks?|months?|years?|hours?|minutes?|seats?|dias?|semanas?|meses|anos?|horas?|minutos?|cadeiras?|gün\w*|hafta\w*|"
    r"yıl\w*|ay(?:da|lık)?|saat\w*|dakika\w*|yaş\w*|sandalye\w*|km|kg|m\b|°)(?!\w))", re.I)
_PORTUGUESE = re.compile(
    r"(?<!\w)(?:por\s+" + _NUMBER + r"\s+(?:sets?\s+|gols?\s+)?a\s+" + _NUMBER + r"|" + _NUMBER + r"\s+(?:sets?|gols?)\s+a\s+"
    + _NUMBER + r"|(?:placar|vitória|derrota|empate|goleada)\s+(?:de|por)\s+" + _NUMBER + r"\s+a\s+" + _NUMBER + r"|"
    + _NUMBER + r"\s?[x×]\s?" + _NUMBER + r")(?!\w)", re.I)
# A vote's tally, as a score: "by 382 votes to 118", "voted 382 to 118", "287 in favour and 55 against", "por 382 votos a
# 118", "287 votos a favor e 55 contra", "118'e karşı 382 oyla".
_TALLY = re.compile(
    r"(?<![\w.,])(?:(?:(?<=voted\s)|(?<=by\s)|(?<=of\s))" + _NUMBER + r"\s+(?:votes?\s+)?to\s+" + _NUMBER
    + r"|" + _NUMBER + r"\s+votes?\s+to\s+" + _NUMBER
    + r"|" + _NUMBER + r"\s+(?:\w+\s+){0,2}?in\s+favou?r\s*(?:and|,|with)\s+" + _NUMBER + r"\s+against"
    + r"|" + _NUMBER + r"\s+votos?\s+(?:a\s+favor\s+e\s+|favoráveis\s+e\s+|a\s+|contra\s+)" + _NUMBER + r")(?!\w)"
    r"|(?<![\w.,])" + _NUMBER + r"[’']?(?:e|a|ye|ya)\s+karşı\s+" + _NUMBER + r"\s+oy", re.I)
_VOTED = re.compile(r"(?<!\w)(?:vot\w*|ballot|lawmakers|deputies|senators|deputados|senadores|oy\w*)(?!\w)", re.I)
# What makes a sentence's dashed pair a result. Turkish "yen-" only as the verb's forms: "yeni" is "new".
_RESULT_WORDS = re.compile(
    r"(?<!\w)(?:beat|beats|beaten|beating|won|wins?|winning|winners?|victory|victories|lost|lose|loses|losing|loss|defeat\w*|"
    r"swept|sweep\w*|drew|draws?|drawn|edged?|edging|thrash\w*|rout\w*|hammer\w*|crush\w*|upset|scored?|scoreline|sets?|goals?|"
    r"ruled|voted|votes?|venc\w*|vitória\w*|derrot\w*|perd\w*|empat\w*|gole\w*|bate\w*|bateu|placar|gols?|vot\w*|"
    r"yen(?:di\w*|erek|en|ildi\w*|ilerek|ilen|ilgi\w*|mek|mesi\w*|diği\w*)|mağlup\w*|galip|galibiyet\w*|kazan\w*|kaybet\w*|"
    r"berabere\w*|skor\w*|set\w*|gol\w*|oy(?:la|uyla|birliği\w*)?)(?!\w)", re.I)
# A score on the way ("led 2-0", "at half-time"): told of one moment of the match, not of its result.
_ON_THE_WAY_BEFORE = re.compile(r"(?<!\w)(?:led|leading|leads|made\s+it|vencia|liderava|fez|abriu|öndeydi|öne\s+geçti)\s+(?:by\s+)?$", re.I)
_ON_THE_WAY_AFTER = re.compile(
    r"\s*(?:at\s+(?:half-?\s?time|the\s+break|the\s+interval)|in\s+the\s+first\s+half|no\s+intervalo|no\s+primeiro\s+tempo|"
    r"ao\s+fim\s+do\s+primeiro|(?:ile\s+)?ilk\s+yarı\w*|ile\s+devre\w*)", re.I)
# A result told with its month, or as what came before ("since their 4-1 win in February", "şubattaki 4-1'lik
# galibiyetinden bu yana", "desde a vitória por 2 a 0"): another match's, the story's background.
_HISTORY = re.compile(
    r"(?<!\w)(?:(?:" + "|".join(MONTHS["tr"] + MONTHS["pt"]) + r")\w*|since|desde|bu\s+yana|beri|last\s+(?:season|year|month|time)|"
    r"previous\w*|earlier\s+this|anterior\w*|passad[oa]|geçen\s+(?:sezon|yıl|ay|hafta)\w*|önceki)(?!\w)"
    r"|(?<!\w)(?-i:" + "|".join(m.title() for m in MONTHS["en"]) + r")(?!\w)", re.I)  # "may" is no month
_RANGE_BEFORE = re.compile(r"(?<!\w)(?:aged|ages|between|from|entre|idades?)\s+$", re.I)
SPAN_CHARS = 400  # the most of a sentence read either side of a score
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_CLAUSE_END = re.compile(r"[.!?]\s|\n|[,;:()]")


@dataclass(frozen=True)
class Score:
    high: int
    low: int
    start: int
    end: int
    final: bool  # told as the result, not as a moment of the match

    def __str__(self) -> str:
        return f"{self.high}-{self.low}"


def _around(text: str, start: int, end: int, stops: re.Pattern[str]) -> str:
    """text[start:end] with what stands around it up to the nearest ``stops`` either side, SPAN_CHARS at most each way:
    a long page with many dashes is read in windows, not once from its start for each."""
    lo = max(0, start - SPAN_CHARS)
    head = max((m.end() for m in stops.finditer(text, lo, start)), default=lo)
    tail = stops.search(text, end, end + SPAN_CHARS)
    return text[head:tail.start() if tail else min(len(text), end + SPAN_CHARS)]


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end]: from the last sentence end before it to the next after it."""
    return _around(text, start, end, _SENTENCE_END)


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause around text[start:end] ("won 3-2, their first win since a 4-1 defeat": the 3-2's is "won 3-2")."""
    return _around(text, start, end, _CLAUSE_END)


def find_scores(text: str) -> list[Score]:
    """The scores ``text`` tells, in order, each as (higher, lower): "lost 0-3" and "won 3-0" are one result."""
    found: list[Score] = []
    for m in _DASHED.finditer(text):
        if _RESULT_WORDS.search(sentence_around(text, m.start(), m.end())) and not _RANGE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            found.append(_score(text, m))
    # Then the other forms, where no dashed score stands (a tally only in a sentence of a vote).
    for pattern, cue in ((_PORTUGUESE, None), (_TALLY, _VOTED)):
        for m in pattern.finditer(text):
            if (not any(s.start < m.end() and m.start() < s.end for s in found)
                    and (cue is None or cue.search(sentence_around(text, m.start(), m.end())))):
                found.append(_score(text, m))
    return sorted(found, key=lambda s: s.start)


def _score(text: str, m: re.Match[str]) -> Score:
    x, y = (int(g) for g in m.groups() if g is not None)
    final = not (_ON_THE_WAY_BEFORE.search(text, max(0, m.start() - 20), m.start()) or _ON_THE_WAY_AFTER.match(text, m.end())
                 or _HISTORY.search(_clause_around(text, m.start(), m.end())))
    return Score(max(x, y), min(x, y), m.start(), m.end(), final)
