"""One calibrated probability that two articles report the same event, from every signal, with
the evidence that decided it.

Meaning, names and numbers are combined by a logistic model fitted on the project's own
same-event benchmark (``xlnews eval calibrate``; ``benchmarks/bench_align.py --fit`` for the shipped ones), so the score is a probability and 0.5
is the natural threshold. Dates enter as a prior on top, because the benchmark has no dates to learn
them from: reports four weeks apart or more are different events whatever else they share (fixed penalties),
and reports published together, or naming the same day, are the likelier one event the rarer that is
among the collection's reports on one subject (bonuses weighed on the collection: :func:`sign_bonus`).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from xlnews.ages import age_clashes
from xlnews.align.editions import editions_apart
from xlnews.align.facts import Facts, Name, shared_names
from xlnews.align.lead_steps import STEPS, steps_apart
from xlnews.align.rate_moves import MOVED
from xlnews.align.venues import venues_apart
from xlnews.errors import InputError
from xlnews.names import NAME_PARTICLES, name_key, similar, without_suffix
from xlnews.numbers import value_key

# Passage matches averaged into a pair's shared core (``passage_top``).
TOP_K = 3
# Passages that make a report's lead: its headline (or first sentence) and the one after. Reports of
# one event lead with the same happening; reports on one subject lead with different ones.
LEAD = 2

FEATURES = ("passage_top", "passage_best", "passage_margin", "coverage", "centroid", "centroid_margin", "names", "names_count", "numbers",
            "lead", "lead_margin", "names_related")
# Features added after calibrations were written with the others: such a calibration weighs them 0, and
# scores as it did when it was fitted.
ADDED_LATER = ("names_related",)
# The shared names count in full only where the texts also say related things: where the passage or
# the lead margin reaches this, and in proportion below it. Two reports on one subject share names
# whatever they report, and names alone carried a pair of unrelated real news over the line (a Turkish
# window on Trump's Iowa polls and a Portuguese one on China Daily in the Des Moines Register, 0.59);
# gated, the highest such pair is 0.33. Chosen on the parts fitted on (benchmarks/README.md, fourteenth
# session): 0.05 gained on all of them, 0.1 not on the outlets, 0.15-0.2 lost; the held-out parts the same at 0.05.
NAMES_RELATED_MARGIN = 0.05

# Date prior, in log-odds (hand-set: see the module docstring). The bonuses are the most they count
# (sign_bonus below); the penalties count in full.
DATE_CLOSE_DAYS, DATE_CLOSE_BONUS = 2, 0.5
# What being published together, or naming the same day, says depends on how common it is among the
# collection's candidate pairs: in a week's news from many outlets every pair is "close", and a bonus
# for it merged the week's reports on one subject (outlets-dated, benchmarks/README.md). Each bonus is
# the log-likelihood ratio of the sign between same-event pairs (these shares) and the pairs it could
# push over the line (aligner.DATE_SIGNS_FROM), between 0 and its most above: large where the sign is
# rare among reports on one subject, nothing where most of them have it.
CLOSE_SHARE_SAME_EVENT = 0.9  # reports of one event published within DATE_CLOSE_DAYS of each other
SHARED_DAY_SHARE_SAME_EVENT = 0.45  # of one event's pairs that both name days: measured on outlets-dated, 22 of 49
DATE_APART_DAYS, DATE_APART_PENALTY = 7, -2.0
DATE_FAR_DAYS, DATE_FAR_PENALTY = 27, -8.0
# Four weeks apart or more: different events, whatever else two reports share. It was -8, which reports
# told in one outlet's template outweighed: a month's inflation figures and the next month's, a rate
# committee's meetings six weeks apart, two derbies four months apart (benchmarks/README.md, 2026-12-06,
# sixth session). Monthly figures come out 28 to 31 days apart, hence four weeks, not a month. A story and
# its translation given a real date decades off now come out as two events, as the dates say. Publication
# dates only: a date read off an undated report's lead may be its background's, and counts DATE_FAR_PENALTY.
DATE_WEEKS_APART_PENALTY = -30.0
# Two leads that give weekdays three or more apart in the week ("on Friday", "on Monday": days 3 or 4 apart in the
# nearest weeks; dated leads' days 3 or 4 apart) report two happenings, as a week's follow-ups do: the most the date
# prior may be. Reports of one event lead with the same weekday or the next (75 and 14 of the 91 dated pairs of one
# event in benchmarks/data whose leads both give a day; one pair two apart, a vote on Saturday and its count on
# Monday). Dated leads 5 to 7 days apart are not counted: one NTREX story's outlets lead with days 5 apart, and
# bench_align_dated's spread loses (benchmarks/README.md, 2026-12-07, fifth session).
WEEKDAYS_APART, WEEKDAYS_APART_CAP = 3, -4.0
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")  # not the locale's
# Measured on the benchmark (benchmarks/README.md, sixth session): 2 kept every part as good or better
# (test F1 0.858 -> 0.869 refitted); 3 let one hard negative through once refitted.
NAME_SHARE_FLOOR_NAMES = 2
SHARED_DAY_BONUS = 1.0
DISJOINT_YEARS_PENALTY = -1.5
# One person given ages this many years apart by two reports that are not both dated (xlnews.ages): they
# were written that far apart, and count as the far dates do. One year is a birthday between two
# reports of one event.
AGES_APART_YEARS = 2
# A country one report is about and the other never names (xlnews.align.countries), in log-odds:
# strong, but short of the far dates' -8, so that two reports with passages as alike as translations
# still meet. Measured: benchmarks/README.md, 2026-12-05.
COUNTRY_ABSENT_PENALTY = -4.0
# Each report about a country the other never names (xlnews.align.countries.BOTH_WAYS_MENTIONS): as
# far apart as the far dates. No two reports of one event in the benchmark are so.
COUNTRIES_BOTH_WAYS_PENALTY = -8.0
# A party of the meeting one lead tells of whom the other report never names (xlnews.align.parties): as far apart as
# the far dates. Among pairs scored 0.3 or more it held none of one event in the written sets or NTREX.
PARTY_ABSENT_PENALTY = -8.0
# Leads whose venues lie in different countries (xlnews.align.venues): as far apart as the far dates. Of the written
# sets' 538 reports' pairs none of one event is so, nor any of NTREX's. -30, as weeks apart, gained next to nothing
# undated (0.8515 -> 0.8519, all written sets): pairs as alike as one summit's sidelines a year apart (Erdoğan meeting
# Putin in Astana and in Tianjin, 0.64 at -8) chain through reports that give no venue.
VENUES_APART_PENALTY = -8.0
RATE_LEVEL_SAME = 0.01  # rate levels closer than this are one level written two ways ("10,50%", "10.5%")
# Two headlines that tell one central bank's rate moved one way to one level, published within DATE_CLOSE_DAYS: one
# decision, as sure as the far dates' two events (a bank decides every four to six weeks). Its reports in three
# languages read alike only as a subject's do, and a collection of the subject's reports makes every margin small: the
# Turkish and English reports of Turkey's cut to 16% on 21 October 2021 scored 0.02. Measured (benchmarks/README.md,
# 2026-12-08, fifteenth session): every written set dated 0.9413 -> 0.9443, +3 and +5 less. Either report undated, a cut
# or a hike to one level is one decision too (a bank holds at one level month after month, but moves to it once):
# undated 0.8516 -> 0.8546, dated alike.
SAME_DECISION_BONUS = 8.0
PARTIES_CHECK_FROM = 0.01  # either pass's probability from which pairs are read for it: below, none reaches the line
# The same text, republished or lightly edited: every passage of the shorter report has a near-exact
# match in the other (coverage, the mean of those best matches, after each language's mean is
# removed). Such pairs are the same event whatever the margins say: among many copies of one story
# each is every other's background, and 45 reports differing in one sentence each scored as 45
# events. Hand-set like the dates: the benchmark has no such pair (different events reach 0.60, and
# 0.69 among the 600 news windows and seeds; same-event translations 0.83; measured seventh session).
VERBATIM_COVERAGE, VERBATIM_BONUS = 0.85, 8.0
# A one-line report whose line another report also has is not the same text: three passages or more.
VERBATIM_MIN_PASSAGES = 3


@dataclass
class Calibration:
    """Logistic weights over :data:`FEATURES`, fitted for one embedder."""

    embedder: str
    weights: dict[str, float]
    bias: float
    background: float  # passage_top of an unrelated pair, the prior for each article's background
    shared_passage: float  # similarity above which two passages say the same thing
    fitted_on: str = ""
    metrics: dict[str, float] = field(default_factory=dict)
    # Mean of each feature over the candidate pairs it was fitted on: a contribution is told
    # against the typical candidate, so "decided by" names what set this pair apart.
    means: dict[str, float] = field(default_factory=dict)
    lead_background: float = 0.0  # lead of an unrelated pair, the prior for each article's lead background
    # How much closer two texts in one language score than two in different languages, among reports of
    # different events ("passage_top", "lead"): taken off before the margins are measured.
    same_language_offset: dict[str, float] = field(default_factory=dict)
    # Mean of each feature over the same-event pairs it was fitted on: a "different events" verdict is
    # told against the typical same-event pair, so "decided by" names what this pair lacked.
    same_event_means: dict[str, float] = field(default_factory=dict)
    # The embedder's model when fitted: sentence-transformers runs many, each with its own similarity scale.
    model: str = ""
    # Each language's mean vector under that model, measured on FLORES dev (the same sentences in every
    # language), for embedders the package keeps no means for: the fit and every later run centre alike.
    language_means: dict[str, list[float]] = field(default_factory=dict)
    # What a same-event pair's report shows as said by both (fit.passage_lines): two passages that are each
    # other's closest and at least ``matched_passage`` alike, or a passage at least ``covered_passage`` alike to
    # some passage of the other report (a headline the other's lead restates). 0: written before they were
    # measured, and ``shared_passage`` stands for both.
    matched_passage: float = 0.0
    covered_passage: float = 0.0
    source: str = field(default="", compare=False)  # the file it was read from, for messages; not written

    def passage_lines(self) -> tuple[float, float]:
        """(matched, covered): the lines a passage pair, and a passage's closest match, are shown as shared above."""
        return self.matched_passage or self.shared_passage, self.covered_passage or self.shared_passage

    def logit(self, x: dict[str, float]) -> float:
        return self.bias + sum(self.weights.get(f, 0.0) * x[f] for f in FEATURES)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        del d["source"]
        if not d["language_means"]:
            del d["language_means"]  # the shipped embedders keep theirs beside the package
        return d

    def check_embedder(self, name: str, model: str) -> str | None:
        """Raises when fitted for another embedder (its probabilities would be read off another model's
        similarities); a warning when fitted with another model of the same embedder."""
        where = self.source or "the calibration"
        if self.embedder != name:
            raise InputError(f"{where}: fitted for the {self.embedder} embedder, not {name}; use one fitted with "
                             f"`xlnews eval calibrate --embedder {name}" + (" --embed-model MODEL" if name == "sentence-transformers" else "")
                             + " -o FILE`")
        if self.model and model != self.model:
            return (f"{where} was fitted with the model {self.model!r}, this run embeds with {model!r}: "
                    "its probabilities may be off unless they are the same model")
        return None

    @classmethod
    def load(cls, path: str | Path) -> "Calibration":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            cal = cls(**data)
            cal.source = str(path)
        except FileNotFoundError:
            raise InputError(f"{path}: no such calibration file") from None
        except (ValueError, TypeError) as exc:
            raise InputError(f"{path}: not a calibration written by `xlnews eval calibrate` ({exc})") from None
        for f in ADDED_LATER:
            cal.weights.setdefault(f, 0.0)
        missing = [f for f in FEATURES if f not in cal.weights]
        if missing:
            raise InputError(f"{path}: calibration lacks weights for {', '.join(missing)}")
        return cal


def calibration_path(embedder: str) -> Path:
    """Where the shipped calibration of an embedder is (written by bench_align.py --fit)."""
    return Path(__file__).with_name(f"calibration_{embedder}.json")


def default_calibration(embedder: str) -> Calibration | None:
    path = calibration_path(embedder)
    if not path.exists():
        return None
    cal = Calibration.load(path)
    return cal if cal.embedder == embedder else None


@dataclass
class MeaningMatch:
    top: float
    coverage: float
    view: str
    best: float
    matches: list[tuple[int, int, float]]  # (passage of a, passage of b, similarity), mutual best, best first
    lead: float = 0.0  # the closest pair between the two leads
    # Each passage's closest similarity to any passage of the other side (a's, then b's).
    a_closest: np.ndarray = field(default_factory=lambda: np.zeros(0))
    b_closest: np.ndarray = field(default_factory=lambda: np.zeros(0))


def passage_match(pa: np.ndarray, pb: np.ndarray, view: str) -> MeaningMatch:
    """Best-match aggregation over the passage similarity matrix: each passage of the shorter
    article finds its best partner in the longer one; ``top`` is the mean of the three best such
    matches (a shared core), ``coverage`` the mean over all of them (how much of it is shared),
    ``best`` the closest single pair (a lead or quote both carry), ``lead`` the closest pair between
    the first :data:`LEAD` passages of each."""
    if len(pa) == 0 or len(pb) == 0:
        return MeaningMatch(0.0, 0.0, view, 0.0, [])
    s = pa @ pb.T
    flip = len(pa) > len(pb)
    rows = s.T if flip else s
    best_j = rows.argmax(1)
    best = rows[np.arange(len(rows)), best_j]
    k = min(TOP_K, len(best))
    top = float(np.sort(best)[-k:].sum()) / k
    back = rows.argmax(0)
    matches = []
    for i, j in enumerate(best_j):
        if back[j] == i:
            a, b = (int(j), i) if flip else (i, int(j))
            matches.append((a, b, float(best[i])))
    matches.sort(key=lambda m: -m[2])
    return MeaningMatch(top, float(best.sum()) / len(best), view, float(best.max()), matches, float(s[:LEAD, :LEAD].max()),
                        s.max(1), s.max(0))


def only_in_each(m: MeaningMatch, matched: float, covered: float) -> tuple[list[int], list[int]]:
    """The passages of each side that the other report does not say (``Calibration.passage_lines``): neither
    matched one to one at ``matched`` or more, nor at ``covered`` or more alike to some passage of the other
    (a headline the other's lead restates: its lead is matched to the other's lead)."""
    a_shared = {i for i, _, sim in m.matches if sim >= matched}
    b_shared = {j for _, j, sim in m.matches if sim >= matched}
    return ([i for i, c in enumerate(m.a_closest) if c < covered and i not in a_shared],
            [j for j, c in enumerate(m.b_closest) if c < covered and j not in b_shared])


def sign_bonus(share_same_event: float, share_candidates: float, most: float) -> float:
    """A date sign's bonus in log-odds: how much likelier it is between reports of one event than between
    the collection's candidates, from 0 to ``most``."""
    if share_candidates <= 0:
        return most
    return float(min(most, max(0.0, math.log(share_same_event / share_candidates))))


def date_evidence(fa: Facts, fb: Facts, close_bonus: float | None = DATE_CLOSE_BONUS,
                  shared_day_bonus: float | None = SHARED_DAY_BONUS) -> tuple[float, dict[str, Any]]:
    """The date prior in log-odds, and what it rests on. The bonuses are at their most unless given as
    the aligner weighed them on a collection (:meth:`~xlnews.align.features.FactTables.date_logit`)."""
    ev: dict[str, Any] = {}
    logit = 0.0
    if fa.event_date:
        ev["a"] = {"date": fa.event_date.isoformat(), "from": fa.event_date_source}
    if fb.event_date:
        ev["b"] = {"date": fb.event_date.isoformat(), "from": fb.event_date_source}
    close = False  # published (or dated) within DATE_CLOSE_DAYS of each other
    if fa.event_date and fb.event_date:
        gap = abs((fa.event_date - fb.event_date).days)
        close = gap <= DATE_CLOSE_DAYS
        ev["days_apart"] = gap
        ev["verdict"] = date_verdict(gap)
        both_published = fa.event_date_source == "published" and fb.event_date_source == "published"
        logit += (float(apart_penalty(np.array(gap), np.array(both_published))) if gap > DATE_APART_DAYS
                  else (close_bonus or 0.0) if close else 0.0)
    elif (fa.filed_day or fb.filed_day) and (day_a := fa.filed_day or fa.event_date) and (day_b := fb.filed_day or fb.event_date):
        # An undated wire report's dateline gives its day without the year: the other report's date, or its
        # dateline, as near it as any year puts them.
        for side, f in (("a", fa), ("b", fb)):
            if f.filed_day:
                ev[side] = {"date": f.filed_day, "from": f"dateline “{f.day_dates.get(f.filed_day, f.filed_day[2:])}”"}
        gap = int(yearless_gap(np.array(day_of_year(day_a)), np.array(day_of_year(day_b))))
        ev["days_apart"] = gap
        if gap > DATE_APART_DAYS:
            filed_or_published = all(f.filed_day or f.event_date_source == "published" for f in (fa, fb))
            logit += float(apart_penalty(np.array(gap), np.array(filed_or_published)))
            ev["verdict"] = f"{date_verdict(gap)} in any year"
    if (decision := same_decision(fa, fb)) and (close or (not (fa.event_date and fb.event_date) and decision["move"] != "hold")) \
            and not country_evidence(fa, fb)[0]:
        logit += SAME_DECISION_BONUS
        ev["decision"] = decision
        ev["verdict"] = f"one decision: a tells “{decision['a']}”, b “{decision['b']}”" + (f", {ev['verdict']}" if "verdict" in ev else "")
    shared_days = sorted(set(fa.day_dates) & set(fb.day_dates))
    if shared_days:
        ev["shared_dates"] = []
        for d in shared_days:
            entry: dict[str, Any] = {"date": d, "a": fa.day_dates[d], "b": fb.day_dates[d]}
            if announced := [side for side, f in (("a", fa), ("b", fb)) if d in f.days_ahead]:
                entry["announced_by"] = announced
            ev["shared_dates"].append(entry)
        logit += shared_day_bonus or 0.0
    elif (not (fa.event_date and fb.event_date) and not (fa.filed_day or fb.filed_day)  # a wire report's years: its background's
          and fa.years and fb.years and not fa.years & fb.years):
        logit += DISJOINT_YEARS_PENALTY
        ev["years"] = {"a": sorted(fa.years), "b": sorted(fb.years)}
        ev["verdict"] = "no year in common"
    clashes = [] if fa.event_date and fb.event_date else age_clashes(fa.ages, fb.ages, AGES_APART_YEARS)
    if clashes:
        logit += DATE_FAR_PENALTY
        ev["ages"] = [{"a": x.name, "a_age": x.age, "b": y.name, "b_age": y.age} for x, y in clashes]
        ev["verdict"] = "different events (years apart): " + "; ".join(
            f"{x.name} aged {x.age} in a, {y.age} in b" if x.name == y.name else f"{x.name} aged {x.age} in a, {y.name} {y.age} in b"
            for x, y in clashes)
    if fa.reported_day and fb.reported_day:
        # Two dated reports whose leads say their happenings were more than DATE_APART_DAYS apart report two
        # happenings, whatever the gap between their publications: the far dates' penalty, not the ramp. An
        # election's first round and its run-off outweighed the ramp's -3.3 (benchmarks/README.md, 2026-12-06,
        # fourth session).
        ev["reported"] = {"a": {"date": fa.reported_day.isoformat(), "as": fa.reported_day_text},
                          "b": {"date": fb.reported_day.isoformat(), "as": fb.reported_day_text}}
        reported_gap = abs((fa.reported_day - fb.reported_day).days)
        cap = float(reported_apart_cap(np.array(reported_gap)))
        if logit > cap:
            logit = cap
            ev["verdict"] = (f"different events: their leads report days {reported_gap} days apart "
                             f"({fa.reported_day_text}, {fa.reported_day.isoformat()}; {fb.reported_day_text}, {fb.reported_day.isoformat()})")
    elif (fa.filed_day or fb.filed_day) and (said_a := said_day(fa)) and (said_b := said_day(fb)):
        # A wire report is filed on the day it reports: its dateline's day is a reported day, its year unsaid.
        reported_gap = int(yearless_gap(np.array(day_of_year(said_a)), np.array(day_of_year(said_b))))
        cap = float(reported_apart_cap(np.array(reported_gap)))
        if logit > cap:
            logit = cap
            ev["verdict"] = f"different events: they report days {reported_gap} days apart in any year ({_day_said(fa)}; {_day_said(fb)})"
    elif (fa.reported_day_of_month or fb.reported_day_of_month) and (dom_a := said_day_of_month(fa)) and (dom_b := said_day_of_month(fb)):
        # One lead gives its day of the month alone ("neste sábado (14)"): as far apart as any months put them.
        for side, f in (("a", fa), ("b", fb)):
            if f.reported_day_of_month and not f.reported_day:
                ev.setdefault("reported", {})[side] = {"day_of_month": f.reported_day_of_month, "as": f.reported_day_of_month_text}
        days = np.array(dom_a), np.array(dom_b)
        weekdays = (np.array(weekday_of_said_day(f)) for f in (fa, fb))
        in_nearest_months = int(month_day_gap(*days))
        reported_gap = int(month_day_gap(*days, *weekdays))  # the nearest months only where the weekdays fit them
        cap = float(reported_apart_cap(np.array(reported_gap)))
        if logit > cap:
            logit = cap
            ev["verdict"] = (f"different events: they report days {reported_gap} days apart in any month ({_day_said(fa)}; {_day_said(fb)})"
                             if reported_gap == in_nearest_months else
                             f"different events: they report days at least {_span(reported_gap)} apart, their weekdays and days of the month "
                             f"fitting no nearer months ({_day_said(fa)}; {_day_said(fb)})")
    if (wa := fa.reported_weekday) is not None and (wb := fb.reported_weekday) is not None:
        if not (fa.reported_day and fb.reported_day):
            # What the leads say when either is undated, for the reader: "Tuesday" and "salı günü" are one weekday.
            reported = ev.setdefault("reported", {})
            for side, f, weekday in (("a", fa, wa), ("b", fb, wb)):
                said = {"date": f.reported_day.isoformat()} if f.reported_day else {"weekday": WEEKDAY_NAMES[weekday]}
                reported[side] = {**said, "as": f.reported_weekday_text, **reported.get(side, {})}
        if weekday_gap(wa, wb) >= WEEKDAYS_APART and logit > WEEKDAYS_APART_CAP:
            logit = WEEKDAYS_APART_CAP
            if fa.reported_day and fb.reported_day:
                ev["verdict"] = (f"different events: their leads report days {abs((fa.reported_day - fb.reported_day).days)} days apart "
                                 f"({fa.reported_day_text}, {fa.reported_day.isoformat()}; {fb.reported_day_text}, {fb.reported_day.isoformat()})")
            else:
                ev["verdict"] = (f"different events: their leads report different weekdays ({fa.reported_weekday_text}; "
                                 f"{fb.reported_weekday_text}), {weekday_gap(wa, wb)} or more days apart")
    if (apart := told_apart(fa, fb)) and logit > apart[1]:
        logit = apart[1]
        ev["verdict"] = apart[0]
    return logit, ev


def country_evidence(fa: Facts, fb: Facts) -> tuple[float, dict[str, Any]]:
    """The country prior in log-odds, and what it rests on: each report's central countries that the
    other never names, where the other names some country, and the countries of the leads' venues where they
    differ (empty when there are none). A report that names no country at all may be about any: Reuters is about
    Indonesia, the Telegraph's report of the same quake names only Palu; such pairs were as often one event as two
    on the benchmark (34 and 31)."""
    if not (fa.countries_read and fb.countries_read):
        return 0.0, {}
    penalty, ev = _central_country_evidence(fa, fb)
    if venues_apart(fa.venues, fa.lead_names, fb.venues, fb.lead_names):
        ev["venues"] = {side: [{"city": text, "country": country} for text, country in f.venues.values()]
                        for side, f in (("a", fa), ("b", fb))}
        verdict = ("different events: a took place in " + _venues_said(fa) + ", b in " + _venues_said(fb))
        ev["verdict"] = verdict + ("; " + ev["verdict"].split(": ", 1)[1] if "verdict" in ev else "")
        penalty = min(penalty, VENUES_APART_PENALTY)
    return penalty, ev


def _venues_said(f: Facts) -> str:
    return " and ".join(f"{text} ({country.title()})" for text, country in f.venues.values())


def _central_country_evidence(fa: Facts, fb: Facts) -> tuple[float, dict[str, Any]]:
    """The countries' part of :func:`country_evidence`."""
    # Both naming a third country, each its own one outside its lead only: its readers' angle on the happening.
    third = bool((fa.countries_named & fb.countries_named) - fa.home_countries - fb.home_countries)
    home_angle = {"a": fa.home_countries - fa.home_in_lead if third else frozenset(),
                  "b": fb.home_countries - fb.home_in_lead if third else frozenset()}

    def absent(central: bool) -> list[tuple[str, str, str, int]]:
        return [(side, key, text, n)
                for side, me, other in (("a", fa, fb), ("b", fb, fa)) if other.countries_named
                for key, (text, n) in sorted((me.central_countries if central else me.recurring_countries).items())
                if key not in other.countries_named and key not in home_angle[side]]

    # Each about a country the other never names, if only twice; else one about a country it names often;
    # else one about a country the other never names, the other about one the first names in passing
    # ("Yoon arrived in Uzbekistan from Kazakhstan": a trip's next leg).
    recurring = absent(central=False)
    found, penalty = recurring, COUNTRIES_BOTH_WAYS_PENALTY
    passing: list[tuple[str, str, str, int]] = []
    if len({side for side, *_ in found}) < 2:
        found, penalty = absent(central=True), COUNTRY_ABSENT_PENALTY
    if not found:
        for side, me, other_side, other in (("a", fa, "b", fb), ("b", fb, "a", fa)):
            passing = [(other_side, key, text, n) for key, (text, n) in sorted(other.central_countries.items())
                       if key not in me.recurring_countries]
            if passing and (found := [x for x in recurring if x[0] == side]):
                break
        else:
            return 0.0, {}
    ev: dict[str, Any] = {}
    for side, key, text, n in found:
        ev.setdefault(f"{side}_only", []).append({"country": key, "as": text, "named": n})
    for side, key, text, n in passing:
        ev.setdefault(f"{side}_named_once_by_other", []).append({"country": key, "as": text, "named": n})
    ev["verdict"] = country_verdict([(side, text, n) for side, _, text, n in found], both_ways=penalty == COUNTRIES_BOTH_WAYS_PENALTY,
                                    in_passing=[(side, text, n) for side, _, text, n in passing])
    return penalty, ev


def absent_parties(f: Facts, other: Facts, however_short: bool = False) -> list[str]:
    """The people ``f``'s lead says met (xlnews.align.parties) whom ``other``, long enough to name them all (or
    ``however_short``), never names, as ``f`` writes them."""
    if not f.meeting_parties or not (other.names_every_party or however_short):
        return []
    return _parties_not_among(f, other.names)


def party_evidence(fa: Facts, fb: Facts) -> tuple[float, dict[str, Any]]:
    """The meeting's prior in log-odds, and what it rests on: a party of the meeting one lead tells of whom the other
    report never names; or, both leads telling of meetings, a party of each whom the other never names, however short
    the two are (Tokayev receiving Lavrov and Tokayev receiving Scholz, in briefs: a brief may name no more than its
    host, but never another guest); or, both leads naming two or more who met, a party of each that the other's lead does
    not name among its meeting's (Putin meeting Xi and Erdoğan meeting Putin at one summit, the latter's report naming Xi
    further down). Empty when there is none."""
    for side, me, other_side, other in (("a", fa, "b", fb), ("b", fb, "a", fa)):
        if missing := absent_parties(me, other):
            return PARTY_ABSENT_PENALTY, {f"{side}_met": missing, "verdict": (
                f"different events: the lead of {side} tells of meeting {_and_joined(missing)}, never named in {other_side}")}
    if (missing_a := absent_parties(fa, fb, however_short=True)) and (missing_b := absent_parties(fb, fa, however_short=True)):
        return PARTY_ABSENT_PENALTY, {"a_met": missing_a, "b_met": missing_b, "verdict": (
            f"different events: the lead of a tells of meeting {_and_joined(missing_a)}, never named in b, "
            f"and the lead of b of meeting {_and_joined(missing_b)}, never named in a")}
    if (len(fa.meeting_parties) >= 2 and len(fb.meeting_parties) >= 2 and (others_a := parties_not_met(fa, fb))
            and (others_b := parties_not_met(fb, fa))):
        return PARTY_ABSENT_PENALTY, {"a_met": others_a, "b_met": others_b, "verdict": (
            f"different events: the lead of a tells of meeting {_and_joined(others_a)}, whom the lead of b does not, "
            f"and the lead of b of meeting {_and_joined(others_b)}, whom the lead of a does not")}
    return 0.0, {}


def parties_not_met(f: Facts, other: Facts) -> list[str]:
    """The people ``f``'s lead says met whom ``other``'s lead does not say met, as ``f`` writes them."""
    return _parties_not_among(f, [n for names in other.meeting_parties.values() for n in names])


def _parties_not_among(f: Facts, names: list[Name]) -> list[str]:
    """The people ``f``'s lead says met that none of ``names`` is (as matched across spellings), as ``f`` writes them."""
    return [text for text, parts in f.meeting_parties.items() if not shared_names(list(parts), names)]


def _and_joined(texts: list[str]) -> str:
    return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " and " + texts[-1]


def country_verdict(absent: list[tuple[str, str, int]], both_ways: bool = False,
                    in_passing: Sequence[tuple[str, str, int]] = ()) -> str:
    """(side, country as written, times named) of each country the other report lacks, in words;
    ``both_ways``: each report has one; ``in_passing``: the other side's countries that this one names once."""
    said = "; ".join([f"{text} ({n} times in {side}) is not named in {'b' if side == 'a' else 'a'}" for side, text, n in absent]
                     + [f"{text} ({n} times in {side}) is named once in {'b' if side == 'a' else 'a'}" for side, text, n in in_passing])
    return f"{'different events' if both_ways else 'probably different events'}: {said}"


def apart_penalty(gap: np.ndarray, published: np.ndarray | bool = True) -> np.ndarray:
    """The date prior of event dates ``gap`` days apart, over a week: from DATE_APART_PENALTY at eight days
    to DATE_FAR_PENALTY at four weeks less a day, in a straight line, then DATE_WEEKS_APART_PENALTY where both
    dates are publication dates (``published``, per pair). A date read off an undated report's lead may be
    its background's ("after the 6 February 2023 earthquakes"), and counts no more than DATE_FAR_PENALTY. The
    ramp was a step (-2 up to 30 days, -8 from 31), and a two-round election's rounds (14 days) or a quake and
    an aftershock in the same province two weeks later got no more against them than reports eight days
    apart (benchmarks/README.md, 2026-12-06)."""
    ramp = DATE_APART_PENALTY + (DATE_FAR_PENALTY - DATE_APART_PENALTY) * (gap - DATE_APART_DAYS - 1) / (DATE_FAR_DAYS - DATE_APART_DAYS - 1)
    far = np.where(published, DATE_WEEKS_APART_PENALTY, DATE_FAR_PENALTY)
    return np.where(gap > DATE_FAR_DAYS, far, np.where(gap > DATE_APART_DAYS, ramp, 0.0))


def day_of_year(day: dt.date | str) -> int:
    """A day's place in a year of 365 days (29 February as the 28th), for a date or a "--MM-DD" whose year
    is unsaid: days are compared in the years nearest each other (:func:`yearless_gap`)."""
    month, dom = (day.month, day.day) if isinstance(day, dt.date) else (int(day[2:4]), int(day[5:7]))
    return dt.date(2001, month, min(dom, 28) if month == 2 else dom).timetuple().tm_yday


def yearless_gap(doy_a: np.ndarray, doy_b: np.ndarray) -> np.ndarray:
    """Days between two days of the year (:func:`day_of_year`) in the years nearest each other: "Dec 26" is
    five days from 31 December and six from the 1 January after it, and 85 from 21 March in any year."""
    gap = np.abs(doy_a - doy_b)
    return np.minimum(gap, 365 - gap)


# Whole months' lengths, one to three months either way: where a day of the month can fall from another.
_MONTHS_BETWEEN = np.array([0] + [s * n for s in (1, -1) for n in (*range(28, 32), *range(59, 63), *range(89, 93))])
_FAR = 93  # no two such days nearer than three months: as far as "weeks apart" goes


def month_day_gap(day_a: np.ndarray, day_b: np.ndarray, weekday_a: np.ndarray | None = None,
                  weekday_b: np.ndarray | None = None) -> np.ndarray:
    """Days between two days of the month in the months nearest each other (of whatever length): the 30th
    and the 1st are a day apart, the 14th and the 3rd eleven. With each day's weekday (Monday 0; -1 where
    unsaid), the fewest days that fit both: a Thursday the 21st and a Thursday the 26th are not five days
    apart but five weeks at the least ("nesta quinta-feira (26)" beside Thursday 21 March)."""
    hi, lo = np.maximum(day_a, day_b), np.minimum(day_a, day_b)
    # The later day of the month in the earlier month, as short as a month holding it is: the 20th of
    # February and the 5th of March are 13 days apart.
    gap = np.minimum(hi - lo, np.maximum(hi, 28) - hi + lo)
    if weekday_a is None or weekday_b is None:
        return gap
    shift = np.asarray(day_b - day_a)[..., None] + _MONTHS_BETWEEN  # b's day less a's, over the months between them
    fits = (shift - np.asarray(weekday_b - weekday_a)[..., None]) % 7 == 0
    fewest = np.where(fits, np.abs(shift), _FAR).min(-1)
    return np.where((np.asarray(weekday_a) >= 0) & (np.asarray(weekday_b) >= 0), np.maximum(gap, fewest), gap)


def _day_said(f: Facts) -> str:
    """How a report's lead says the day it reports, for a verdict: "Sunday, 2023-05-14", "dateline Dec 3", "sábado (14)"."""
    if f.reported_day:
        return f"{f.reported_day_text}, {f.reported_day.isoformat()}"
    if f.filed_day:
        return f"dateline {f.day_dates.get(f.filed_day, f.filed_day[2:])}"
    return f.reported_day_of_month_text or ""


def said_day(f: Facts) -> dt.date | str | None:
    """The day a report's lead or wire dateline says it reports (a dateline's "--MM-DD", its year unsaid)."""
    return f.reported_day or f.filed_day


def _reported_or_published(f: Facts) -> dt.date | str | None:
    """The day a report tells of, as its lead, dateline or publication says."""
    return said_day(f) or (f.event_date if f.event_date_source == "published" else None)


def told_after(f: Facts, other: Facts) -> tuple[str, str] | None:
    """The day ``f`` gives as past ("since 30 August", "had blocked it on Aug. 2") that ``other`` reports, or
    that falls up to DATE_FAR_DAYS after the day it reports (in the nearest years, where a year is unsaid), with
    how ``f`` writes it: ``f`` tells of something after what ``other`` reports (None: no such day). A report
    published without saying its day may tell of one up to DATE_CLOSE_DAYS before its publication. Or a day ``f``'s
    lead counts back to ("two days after Costa resigned") on or after ``other``'s publication or dateline."""
    said = _reported_or_published(other) if f.past_days else None
    if said is not None:
        earliest = 0 if said_day(other) else -DATE_CLOSE_DAYS
        for day, text in f.past_days.items():
            if earliest <= _days_between(said, _iso_day(day)) <= DATE_FAR_DAYS:
                return day, text
    # A day counted back ("two days after Costa resigned") is a day or two off where the report was published the
    # next day: only a publication or dateline on or before it tells of what came before.
    when = (other.event_date if other.event_date_source == "published" else other.filed_day) if f.counted_back_days else None
    if when is not None:
        for day, text in f.counted_back_days.items():
            if 0 <= _days_between(when, _iso_day(day)) <= DATE_FAR_DAYS:
                return day, text
    return None


def _iso_day(day: str) -> dt.date | str:
    """An ISO day as a date, or "--MM-DD" (its year unsaid) as it is."""
    return day if day.startswith("--") else dt.date.fromisoformat(day)


def _days_between(earlier: dt.date | str, later: dt.date | str) -> int:
    """How many days after ``earlier`` ``later`` is (negative: before), in the nearest years where either is a
    "--MM-DD" whose year is unsaid (364 days forward is a day before)."""
    if isinstance(earlier, dt.date) and isinstance(later, dt.date):
        return (later - earlier).days
    forward = (day_of_year(later) - day_of_year(earlier)) % 365
    return forward if forward <= 182 else forward - 365


def told_ahead(f: Facts, other: Facts) -> tuple[str, str] | None:
    """The day ``f`` announces ("the ceremony will be on 2 March", xlnews.align.facts.Facts.announced_days) that
    ``other``'s lead, dateline or publication says it reports, or the day after it (a report filed overnight), with
    how ``f`` writes it: ``f`` awaited what ``other`` reports (None: no such day). Where ``other`` gives only its
    day of the month ("neste domingo (2)"), that day of the month."""
    if not f.announced_days:
        return None
    said = _reported_or_published(other)
    for day, text in f.announced_days.items():
        if said is not None:
            if 0 <= _days_between(_iso_day(day), said) <= 1:
                return day, text
        elif other.reported_day_of_month is not None and other.reported_day_of_month == int(day[-2:]):
            return day, text
    return None


def _days_after(f: Facts, other: Facts) -> int | None:
    """How many days after ``f``'s day ``other``'s is (negative: before), as their leads, datelines or publication
    dates say, in the nearest years where a year is unsaid; by their leads' weekdays alone (1 to 3 days after, -1 to
    -3 before) where either says no day. None where they say too little."""
    day_f, day_o = _reported_or_published(f), _reported_or_published(other)
    if day_f is not None and day_o is not None:
        return _days_between(day_f, day_o)
    weekdays = [x.reported_weekday if x.reported_weekday is not None else day.weekday() if isinstance(day, dt.date) else None
                for x, day in ((f, day_f), (other, day_o))]
    if weekdays[0] is None or weekdays[1] is None:
        return None
    forward = (weekdays[1] - weekdays[0]) % 7
    return forward if forward <= 3 else forward - 7


def awaits(f: Facts, other: Facts) -> tuple[str, int] | None:
    """(how ``f`` says it, days later) where ``f`` says its happening came ahead of a body's meeting ("ahead of the SCO
    foreign ministers' meeting", xlnews.align.ahead) that ``other``'s lead reports, one to DATE_APART_DAYS days after
    ``f``'s day: ``other`` reports what ``f`` awaited (None: it does not). A lead that tells of people meeting reports
    their meeting, not the body's, as in :func:`beside` (Xi's talks with Tokayev told the next day, "zirvesine katılacak")."""
    bodies = [key for key in f.awaited if key in other.lead_bodies]
    if not bodies or other.meets_someone or (later := _days_after(f, other)) is None or not 1 <= later <= DATE_APART_DAYS:
        return None
    return f.awaited[bodies[0]], later


def beside(f: Facts, other: Facts) -> str | None:
    """How ``f`` says it where ``f``'s happening was on the sidelines of a body's meeting ("on the sidelines of the SCO
    summit") whose lead reports that meeting itself, not people meeting one another, within a day: two happenings,
    the meeting and one beside it (None: not so)."""
    bodies = [key for key in f.sidelines if key in other.lead_bodies and key not in other.sidelines]
    if not bodies or other.meets_someone or ((apart := _days_after(f, other)) is not None and abs(apart) > 1):
        return None
    return f.sidelines[bodies[0]]


def same_decision(fa: Facts, fb: Facts) -> dict[str, str] | None:
    """The move, and the words of each ("a", "b"), where both headlines tell a rate moved one way to one level (None
    where they do not): one decision where they were published together, or, either undated, where it was a cut or a
    hike, and they are about no two countries (date_evidence)."""
    told = [(f.rate_move, f.rate_level) for f in (fa, fb) if f.rate_move and f.rate_level]
    if len(told) < 2 or told[0][0][0] != told[1][0][0] or abs(told[0][1][0] - told[1][1][0]) > RATE_LEVEL_SAME:
        return None
    return {"move": told[0][0][0], **{side: move[1] if level[1] in move[1] else f"{move[1]} {level[1]}"
                                      for side, (move, level) in zip("ab", told)}}


def told_apart(fa: Facts, fb: Facts) -> tuple[str, float] | None:
    """The verdict, and the most the date prior may be, where either report's words set its happening apart from the one
    the other reports (date_evidence and FactTables.date_logit): a day one gives as past or announces that the other
    reports, a body's meeting one was on the sidelines of or came ahead of, or each beside another body's meeting
    (DATE_FAR_PENALTY); a central bank's rate moved one way by one and another way by the other, or set at two levels
    (DATE_WEEKS_APART_PENALTY: one bank decides weeks apart, and two banks' decisions are two events); leads that tell
    only different steps of one kind, of a case, an office, a ban or the economy: detained and jailed, elected and sworn
    in, a rate decision and the month's inflation figure (xlnews.align.lead_steps; DATE_FAR_PENALTY); leads that number
    one series' editions differently, a second round of talks and a third, a sixth summit and a first
    (xlnews.align.editions; DATE_FAR_PENALTY). None where none does."""
    if fa.rate_move and fb.rate_move and fa.rate_move[0] != fb.rate_move[0]:
        return (f"different events: a tells of a rate {MOVED[fa.rate_move[0]]} (“{fa.rate_move[1]}”), "
                f"b of one {MOVED[fb.rate_move[0]]} (“{fb.rate_move[1]}”)"), DATE_WEEKS_APART_PENALTY
    if fa.rate_level and fb.rate_level and abs(fa.rate_level[0] - fb.rate_level[0]) > RATE_LEVEL_SAME:
        # Two moves one way to two levels: Turkey's hikes to 15% and to 17.5%, four weeks apart.
        return (f"different events: a tells of a rate set “{fa.rate_level[1]}”, b of one set “{fb.rate_level[1]}”",
                DATE_WEEKS_APART_PENALTY)
    for side, f, other, other_side in (("a", fa, fb, "b"), ("b", fb, fa, "a")):
        if past := told_after(f, other):
            return f"different events: {side} gives “{past[1]}” as past, and {other_side} reports that day or one before it", DATE_FAR_PENALTY
        if awaited_day := told_ahead(f, other):
            return f"different events: {side} announces “{awaited_day[1]}” as ahead, and {other_side} reports that day", DATE_FAR_PENALTY
        if setting := beside(f, other):
            return f"different events: {side} was on the sidelines of “{setting}”, which {other_side} reports", DATE_FAR_PENALTY
        if ahead := awaits(f, other):
            # A bilateral meeting on the eve of a bloc's: the same minister, city and days (benchmarks/README.md,
            # 2026-12-07, seventh session).
            return (f"different events: {side} came ahead of “{ahead[0]}”, which {other_side} reports "
                    f"{ahead[1]} day{'s' if ahead[1] > 1 else ''} later"), DATE_FAR_PENALTY
    if fa.sidelines and fb.sidelines and not fa.sidelines.keys() & fb.sidelines.keys():
        # Each beside another body's meeting: Erdoğan and Putin in Astana at the CICA summit in 2022 and at the SCO's in 2024.
        return (f"different events: a was on the sidelines of “{next(iter(fa.sidelines.values()))}”, b of "
                f"“{next(iter(fb.sidelines.values()))}”"), DATE_FAR_PENALTY
    # After the days: "gives 2 August as past" says more of the two than the steps they lead with.
    if fa.lead_steps and fb.lead_steps and (steps := steps_apart(fa.lead_steps, fb.lead_steps)):
        (step_a, said_a), (step_b, said_b) = steps
        return (f"different events: a tells of {STEPS[step_a][1]} (“{said_a}”), b of {STEPS[step_b][1]} "
                f"(“{said_b}”)"), DATE_FAR_PENALTY
    if fa.lead_editions and fb.lead_editions and (editions := editions_apart(fa.lead_editions, fb.lead_editions)):
        return f"different events: a tells of the “{editions[0]}”, b of the “{editions[1]}”", DATE_FAR_PENALTY
    return None


def weekday_gap(a: int | np.ndarray, b: int | np.ndarray) -> Any:
    """Days between two weekdays (Monday = 0) in the nearest weeks: Friday and Monday are three apart."""
    gap = np.abs(np.asarray(a) - np.asarray(b))
    out = np.minimum(gap, 7 - gap)
    return int(out) if out.ndim == 0 else out


def weekday_of_said_day(f: Facts) -> int:
    """The weekday of the day :func:`said_day_of_month` gives (Monday 0; -1 where unsaid): not a dateline's, which is
    the day the report was filed, as often the day after its lead's "on Friday evening" (Orsk's dam, dateline April 6)."""
    if f.reported_weekday is None or (f.filed_day and not f.reported_day):
        return -1
    return f.reported_weekday


def said_day_of_month(f: Facts) -> int | None:
    """The day of the month a report's lead says its happening was: of its reported day, its dateline, or
    a Brazilian lead's "nesta terça-feira (10)"."""
    if f.reported_day:
        return f.reported_day.day
    return int(f.filed_day[5:7]) if f.filed_day else f.reported_day_of_month


def reported_apart_cap(gap: np.ndarray) -> np.ndarray:
    """The most the date prior may be for leads reporting days ``gap`` apart: DATE_FAR_PENALTY over a week,
    DATE_WEEKS_APART_PENALTY from four weeks, no cap (inf) within a week."""
    return np.select([gap > DATE_FAR_DAYS, gap > DATE_APART_DAYS], [DATE_WEEKS_APART_PENALTY, DATE_FAR_PENALTY], np.inf)


def date_verdict(gap: int) -> str:
    """What ``gap`` days between two reports' event dates says."""
    if gap > DATE_FAR_DAYS:
        return f"different events: {_span(gap)} apart"
    if gap > DATE_APART_DAYS:
        return f"probably different events: {gap} days apart"
    if gap <= DATE_CLOSE_DAYS:
        return "same time" if gap == 0 else f"{gap} day{'s' if gap > 1 else ''} apart"
    return f"{gap} days apart"


def outweighed(verdict: str) -> str:
    """A prior's verdict on a pair judged one event all the same (a story and its translation, one dated
    decades off by a wrong date): what it says against the pair, not "different events" beside "same event"."""
    for head in ("different events (years apart): ", "probably different events: ", "different events: "):
        if verdict.startswith(head):
            return f"{verdict[len(head):]}: against one event, outweighed by the rest"
    return verdict


def _span(days: int) -> str:
    return f"{days / 365.25:.1f} years" if days >= 365 else f"{days} days"


def names_where_related(names: np.ndarray, passage_margin: np.ndarray, lead_margin: np.ndarray) -> np.ndarray:
    """The names share, counted as far as the passages or the leads stand out (see :data:`NAMES_RELATED_MARGIN`)."""
    return names * np.clip(np.maximum(passage_margin, lead_margin) / NAMES_RELATED_MARGIN, 0.0, 1.0)


def name_rarity(articles_with_it: int, n_articles: int) -> float:
    """A name's weight (its idf): how few of the collection's articles have it."""
    return math.log((n_articles + 1) / (articles_with_it + 0.5))


def name_share_floor(n_articles: int) -> float:
    """The least name weight a share of names is taken over: two names that one article alone has.
    Two texts whose only name is "Earth" share all their names, and that says little; two that share
    five of their five names say a lot."""
    return NAME_SHARE_FLOOR_NAMES * name_rarity(1, n_articles)


def name_evidence(fa: Facts, fb: Facts, idf: dict[str, float], floor: float = 0.0) -> tuple[float, float, dict[str, list[dict[str, str]]]]:
    """(idf-weighted share of the larger name set that the other has, the larger set weighing at least
    ``floor``: names one report has and the other lacks count against, log of 1 + shared count, names
    grouped by kind)."""
    pairs, grouped = name_groups(fa, fb)
    if not pairs:
        return 0.0, 0.0, grouped
    w_shared = sum(idf.get(na.block, 0.0) for na, _ in pairs)
    w_a = sum(idf.get(n.block, 0.0) for n in fa.names)
    w_b = sum(idf.get(n.block, 0.0) for n in fb.names)
    denom = max(w_a, w_b, floor)
    overlap = min(1.0, w_shared / denom) if denom > 0 else 0.0
    return overlap, math.log1p(len(pairs)), grouped


def name_groups(fa: Facts, fb: Facts) -> tuple[list[tuple[Name, Name]], dict[str, list[dict[str, str]]]]:
    """The names two reports share (as :func:`~xlnews.align.facts.shared_names`), and those grouped
    by kind as the report lists them."""
    pairs = shared_names(fa.names, fb.names)
    grouped: dict[str, list[dict[str, str]]] = {}
    shown: set[tuple[str, str]] = set()
    for na, nb in pairs:
        ta, tb = _shown_pair(na, nb)
        if (ta, tb) in shown:
            continue  # "Vladimir" and "Putin" both meet, and both show as "Vladimir Putin"
        shown.add((ta, tb))
        # A kind the name's words said over a guess; then anything over a bare "name".
        kind = min((na, nb), key=lambda n: (n.kind_guessed, n.kind == "name")).kind
        group = {"person": "people", "place": "places", "organisation": "organisations"}.get(kind, "other_names")
        grouped.setdefault(group, []).append({"a": ta, "b": tb})
    return pairs, grouped


@functools.lru_cache(maxsize=1 << 14)  # one report's people meet many others'
def _name_words(text: str) -> tuple[tuple[str, str], ...]:
    """(word as shown, without its case ending; its key) for each word of a name, particles left out."""
    return tuple((bare, k) for w in re.split(r"[\s-]+", text)
                 if w not in NAME_PARTICLES and (k := name_key(bare := without_suffix(w))))


def _shown_pair(na: Name, nb: Name) -> tuple[str, str]:
    """How a shared name shows: its fullest forms ("Kasım Cömert Tokayev" = "Kasym-Comart Tokayev"), or,
    where the two forms name different people who share the word that met ("Track Palin" and "Sarah
    Palin", "Peter Tsouvallaris" and "Peter Bone"), that word alone as each writes it."""
    if na.text == nb.text or na.kind != "person" or nb.kind != "person":
        return na.text, nb.text  # places and bodies translate their heads: "Chuuk Adası" is "Chuuk Island"
    wa, wb = _name_words(na.text), _name_words(nb.text)
    ka, kb = [k for _, k in wa], [k for _, k in wb]
    shorter, longer = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    unmatched = sum(not any(x == y or similar(x, y) for y in longer) for x in shorter)
    if len(shorter) < 2 or 3 * unmatched <= len(shorter):  # a translated head may differ: "Havaalanı" / "Airport"
        return na.text, nb.text
    word_a = next((w for w, k in wa if k == na.key), None)
    word_b = next((w for w, k in wb if k == nb.key), None)
    return (word_a, word_b) if word_a and word_b else (na.text, nb.text)


def number_evidence(fa: Facts, fb: Facts) -> list[dict[str, Any]]:
    """The numbers both give, with their value, and the scores both tell, with the score ("3-0")."""
    in_b = {value_key(v): t for t, v in fb.numbers}
    scores_b = {k: t for t, k in fb.scores}
    return ([{"a": ta, "b": in_b[value_key(va)], "value": va} for ta, va in fa.numbers if value_key(va) in in_b]
            + [{"a": ta, "b": scores_b[k], "score": k} for ta, k in fa.scores if k in scores_b])


_LABELS = {"passage_top": "shared passages", "passage_best": "a passage both report", "passage_margin": "passages closer than to other articles",
           "coverage": "overall passage overlap", "centroid": "whole-article similarity",
           "centroid_margin": "articles closer than to others", "names": "shared names", "names_count": "shared names",
           "numbers": "shared numbers", "lead": "their leads", "lead_margin": "leads closer than to other articles",
           "names_related": "shared names", "dates": "dates", "countries": "countries",
           "figures": "figures", "verbatim": "the same text, nearly word for word", "parties": "who met"}


# The same signals told as what a pair lacks: a "not the same event" verdict is decided by the
# signal that fell furthest below the typical candidate, and "shared numbers" would read as if some were.
_LACKING = {"passage_top": "few shared passages", "passage_best": "no passage both report",
            "passage_margin": "passages no closer than to other articles", "coverage": "little passage overlap",
            "centroid": "little whole-article similarity", "centroid_margin": "articles no closer than to others",
            "names": "few shared names", "names_count": "few shared names", "numbers": "no shared numbers",
            "lead": "different leads", "lead_margin": "leads no closer than to other articles", "names_related": "few shared names",
            "dates": "dates", "countries": "the countries they are about or took place in",
            "figures": "other figures in passages alike", "verbatim": "the same text, nearly word for word",
            "parties": "a meeting with someone the other never names"}


def decided_by_label(signal: str, against: bool = False) -> str:
    """A signal's name in words, as the report says what decided a pair (``against``: it counted against)."""
    return (_LACKING if against else _LABELS)[signal]


SIGNALS = FEATURES + ("dates", "countries", "figures", "verbatim", "parties")  # what a pair's contributions are told for, in this order
_PRIORS = ("dates", "countries", "figures", "verbatim", "parties")  # hand-set: shown only where they counted


def pair_evidence(decider: int, contributions: list[float], features: list[float], view: str,
                  details: dict[str, Any]) -> dict[str, Any]:
    """A scored pair's evidence record: what decided it (an index into :data:`SIGNALS`), each signal's
    contribution (dates only when they counted), the meaning summary, ``details`` (names, numbers,
    dates, passages, or their counts), and the feature values."""
    f = dict(zip(FEATURES, features))
    return {
        "decided_by": decided_by_label(SIGNALS[decider], contributions[decider] < 0),
        "contributions": {k: v for k, v in zip(SIGNALS, contributions) if k not in _PRIORS or v},
        "meaning": {"passage_top": f["passage_top"], "passage_best": f["passage_best"],
                    "passage_margin": f["passage_margin"], "coverage": f["coverage"], "compared": view},
        **details,
        "features": f,
    }
