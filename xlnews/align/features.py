"""The scoring features of every candidate pair at once, as arrays.

Scoring a million candidate pairs one at a time costs about 100 µs each in Python, most of it
interpreter work around tiny matrix products. Here each article's passages are compared with all
of its candidates' passages in one matrix product, and names, numbers and dates are compared as
sparse article-by-fact matrices, so the cost is a few BLAS calls and sorts per article. The values
are the same as :func:`xlnews.align.score.passage_match`, :func:`~xlnews.align.score.name_evidence`,
:func:`~xlnews.align.score.number_evidence` and :func:`~xlnews.align.score.date_evidence` give for
one pair (a test holds them equal); those still build the evidence of the pairs that matter.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from xlnews.ages import age_clashes
from xlnews.align.facts import Facts
from xlnews.align.rate_moves import MOVED
from xlnews.align.score import (
    AGES_APART_YEARS, COUNTRIES_BOTH_WAYS_PENALTY, COUNTRY_ABSENT_PENALTY, LEAD, TOP_K, DATE_APART_DAYS, DATE_CLOSE_BONUS, DATE_CLOSE_DAYS, DATE_FAR_PENALTY,
    CLOSE_SHARE_SAME_EVENT, DISJOINT_YEARS_PENALTY, SHARED_DAY_BONUS, SHARED_DAY_SHARE_SAME_EVENT, apart_penalty, reported_apart_cap,
    country_evidence, sign_bonus, day_of_year, month_day_gap, said_day, said_day_of_month, told_apart, weekday_gap, yearless_gap, WEEKDAYS_APART,
    WEEKDAYS_APART_CAP, VENUES_APART_PENALTY, weekday_of_said_day, RATE_LEVEL_SAME, SAME_DECISION_BONUS,
)
from xlnews.align.venues import venues_apart
from xlnews.names import similar
from xlnews.numbers import value_key

_MOVES = list(MOVED)  # a rate decision's move as a number (FactTables.decision_move)

# How a pair's passages are compared, in the order they are tried (see ``ArticleRows``).
VIEWS = ("english", "english/source", "source/english", "source", "none")


def group_ranks(groups: np.ndarray) -> np.ndarray:
    """Each element's position within its run of equal values, for ``groups`` sorted (0, 1, 2, 0, 1, ...)."""
    if not len(groups):
        return np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
    return np.arange(len(groups)) - np.repeat(starts, np.diff(np.r_[starts, len(groups)]))


@dataclass
class ArticleRows:
    """Where each article's passage vectors are: source text rows and English translation rows
    (``lo == hi`` when it has none), and whether the source is English."""

    src_lo: np.ndarray
    src_hi: np.ndarray
    en_lo: np.ndarray
    en_hi: np.ndarray
    is_english: np.ndarray


def comparisons(rows: ArticleRows, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, ...]:
    """The passage blocks each pair is compared by: English with English when both have it, an
    English translation with an English original, and the source texts with each other (the embedder
    is multilingual). Returns (pair index, view, a rows lo/hi, b rows lo/hi), one row per comparison."""
    has_en = rows.en_hi > rows.en_lo
    has_src = rows.src_hi > rows.src_lo
    ea, eb = has_en[a], has_en[b]
    both_en = ea & eb
    en_src = ~both_en & ea & rows.is_english[b]
    src_en = ~both_en & ~en_src & eb & rows.is_english[a]
    src_src = has_src[a] & has_src[b]
    out = []
    for view, mask, (alo, ahi), (blo, bhi) in (
        (0, both_en, (rows.en_lo, rows.en_hi), (rows.en_lo, rows.en_hi)),
        (1, en_src, (rows.en_lo, rows.en_hi), (rows.src_lo, rows.src_hi)),
        (2, src_en, (rows.src_lo, rows.src_hi), (rows.en_lo, rows.en_hi)),
        (3, src_src, (rows.src_lo, rows.src_hi), (rows.src_lo, rows.src_hi)),
    ):
        idx = np.flatnonzero(mask)
        pa, pb = a[idx], b[idx]
        out.append((idx, np.full(len(idx), view), alo[pa], ahi[pa], blo[pb], bhi[pb]))
    # Pair order, then view order, so that the first of two equal comparisons wins (as one pair's scoring does).
    cat = [np.concatenate(parts) for parts in zip(*out)]
    order = np.lexsort((cat[1], cat[0]))
    return tuple(c[order] for c in cat)


def passage_scores(vectors: np.ndarray, q_lo: np.ndarray, q_hi: np.ndarray, b_lo: np.ndarray, b_hi: np.ndarray,
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``top``, ``coverage``, ``best`` and ``lead`` of :func:`xlnews.align.score.passage_match` for many
    comparisons: each passage of the shorter side finds its best partner on the other; top is the mean
    of the three best of those, coverage their mean, best the highest; lead the closest pair between
    the two sides' first :data:`LEAD` passages. One matrix product per distinct query block."""
    n = len(q_lo)
    top = np.zeros(n, dtype=np.float64)
    cov = np.zeros(n, dtype=np.float64)
    best = np.zeros(n, dtype=np.float64)
    lead = np.zeros(n, dtype=np.float64)
    la, lb = q_hi - q_lo, b_hi - b_lo
    order = np.flatnonzero((la > 0) & (lb > 0))
    if not len(order):
        return top, cov, best, lead
    order = order[np.argsort(q_lo[order], kind="stable")]
    lens = lb[order]
    ends = np.cumsum(lens)
    starts = ends - lens
    flat = np.repeat(b_lo[order] - starts, lens) + np.arange(ends[-1])
    in_lead = (np.arange(ends[-1]) - np.repeat(starts, lens)) < LEAD  # a column among its side's first passages
    colbest = np.empty(ends[-1], dtype=np.float32)
    q_sorted = q_lo[order]
    cuts = np.concatenate([[0], np.flatnonzero(np.diff(q_sorted)) + 1, [len(order)]])
    for c0, c1 in zip(cuts[:-1], cuts[1:]):
        i0 = order[c0]
        s, e = starts[c0], ends[c1 - 1]
        sim = vectors[q_lo[i0]:q_hi[i0]] @ vectors[flat[s:e]].T
        colbest[s:e] = sim.max(0)
        # The lead pair comes from the same product: the query's first rows against each side's first columns.
        lead_cols = np.where(in_lead[s:e], sim[:LEAD].max(0), -np.inf)
        lead[order[c0:c1]] = np.maximum.reduceat(lead_cols, starts[c0:c1] - s)
        rowbest = np.maximum.reduceat(sim, starts[c0:c1] - s, axis=1)  # query passages x comparisons
        rowbest.sort(axis=0)
        k = min(TOP_K, rowbest.shape[0])
        top[order[c0:c1]] = rowbest[-k:].sum(0) / k  # sum / k: np.mean's overhead is a second at 100k
        cov[order[c0:c1]] = rowbest.sum(0) / rowbest.shape[0]
        best[order[c0:c1]] = rowbest[-1]
    # Where the query side is longer, the other side's passages are the ones that look for partners.
    flip = np.flatnonzero(la[order] > lens)
    if len(flip):
        seg_len = lens[flip]
        seg_vals = colbest[np.repeat(starts[flip] - np.concatenate([[0], np.cumsum(seg_len)[:-1]]), seg_len)
                           + np.arange(seg_len.sum())]
        seg = np.repeat(np.arange(len(flip)), seg_len)
        # Sort within segments (descending) in one go: the segment number dominates the key.
        spread = 2.0 * float(np.abs(seg_vals).max()) + 1.0
        ranked = np.argsort(seg * spread - seg_vals.astype(np.float64), kind="stable")
        rank = group_ranks(seg)
        keep = rank < np.minimum(TOP_K, seg_len)[seg]
        top_sum = np.bincount(seg[keep], weights=seg_vals[ranked][keep], minlength=len(flip))
        cov_sum = np.bincount(seg, weights=seg_vals, minlength=len(flip))
        top[order[flip]] = top_sum / np.minimum(TOP_K, seg_len)
        cov[order[flip]] = cov_sum / seg_len
        best[order[flip]] = seg_vals[ranked][rank == 0]
    return top, cov, best, lead


def best_view(pair: np.ndarray, top: np.ndarray, n_pairs: int) -> np.ndarray:
    """Per pair, the comparison with the highest top (the first on ties); -1 where there is none."""
    chosen = np.full(n_pairs, -1, dtype=np.int64)
    # Comparisons come in pair order, at most two per pair: the second is taken only where it beats the first.
    first = np.ones(len(pair), dtype=bool)
    first[1:] = pair[1:] != pair[:-1]
    one, two = np.flatnonzero(first), np.flatnonzero(~first)
    for idx in (one, two[top[two] > top[two - 1]]):
        chosen[pair[idx]] = idx
    return chosen


def same_language(view: np.ndarray, langs: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per pair, whether the texts its chosen view compares are in one language: English with English
    (a translation or an original), or two sources in the same language."""
    return (view == VIEWS.index("english")) | (view == VIEWS.index("english/source")) | (view == VIEWS.index("source/english")) \
        | ((view == VIEWS.index("source")) & (langs[a] == langs[b]))


def _share(sign: np.ndarray, possible: np.ndarray, weight: np.ndarray) -> float | None:
    """The weighted share of the pairs where ``sign`` could be seen that show it (None where none could)."""
    total = float((possible * weight).sum())
    return float((sign * weight).sum()) / total if total > 0 else None


def _incidence(items: Sequence[Collection[object]], n_cols: int | None = None,
               weights: Sequence[Sequence[float]] | None = None) -> sparse.csr_matrix:
    lens = [len(x) for x in items]
    cols = np.fromiter((c for x in items for c in x), dtype=np.int64, count=sum(lens))
    rows = np.repeat(np.arange(len(items)), lens)
    data = np.ones(len(cols)) if weights is None else np.fromiter((w for x in weights for w in x), dtype=np.float64,
                                                                    count=len(cols))
    shape = (len(items), n_cols if n_cols is not None else (int(cols.max()) + 1 if len(cols) else 0))
    m = sparse.csr_matrix((data, (rows, cols)), shape=shape)
    m.sum_duplicates()
    return m


def _pair_dot(x: sparse.csr_matrix, y: sparse.csr_matrix, a: np.ndarray, b: np.ndarray, chunk: int = 200_000) -> np.ndarray:
    """Row a of x times row b of y, for every pair."""
    out = np.zeros(len(a))
    for s in range(0, len(a), chunk):
        out[s:s + chunk] = np.asarray(x[a[s:s + chunk]].multiply(y[b[s:s + chunk]]).sum(1)).ravel()
    return out


class FactTables:
    """Every article's names, numbers and dates as sparse rows, for comparing many pairs at once."""

    def __init__(self, facts: Sequence[Facts], idf: dict[str, float], names_floor: float = 0.0):
        keys: dict[str, int] = {}
        by_block: dict[str, set[str]] = {}
        for f in facts:
            for n in f.names:
                keys.setdefault(n.key, len(keys))
                by_block.setdefault(n.block, set()).add(n.key)
        # Two keys name the same thing when they share a block and are spelt alike: worked out once
        # per block for the whole collection, not once per pair.
        rows, cols = list(range(len(keys))), list(range(len(keys)))
        for group in by_block.values():
            if len(group) > 1:
                for k1 in group:
                    for k2 in group:
                        if k1 != k2 and similar(k1, k2):
                            rows.append(keys[k1])
                            cols.append(keys[k2])
        alike = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(keys), len(keys)))
        self._name_ids = [[keys[n.key] for n in f.names] for f in facts]
        self.names = _incidence(self._name_ids, len(keys))
        # Row b: every key that some name of b is spelt like.
        self.names_met = (self.names @ alike.T).astype(bool).astype(np.float64)
        self.facts = facts
        self.weigh_names(idf, names_floor)
        numbers: dict[str, int] = {}
        self.numbers = _incidence([{numbers.setdefault(value_key(v), len(numbers)) for _, v in f.numbers}
                                   | {numbers.setdefault(f"score {k}", len(numbers)) for _, k in f.scores} for f in facts],
                                  len(numbers) or None)
        days: dict[str, int] = {}
        self.days = _incidence([[days.setdefault(d, len(days)) for d in f.day_dates] for f in facts], len(days) or None)
        self.n_days = np.array([len(f.day_dates) for f in facts])
        # The date signs' bonuses as the last call to date_logit weighed them (score.sign_bonus; None: no
        # pair could show the sign).
        self.close_bonus: float | None = None
        self.shared_day_bonus: float | None = None
        years: dict[int, int] = {}
        self.years = _incidence([[years.setdefault(y, len(years)) for y in f.years] for f in facts], len(years) or None)
        self.has_years = np.array([bool(f.years) for f in facts])
        self.event_day = np.array([f.event_date.toordinal() if f.event_date else -1 for f in facts], dtype=np.int64)
        self.published = np.array([f.event_date_source == "published" for f in facts], dtype=bool)
        # Each day of the year (score.day_of_year) an undated wire report's dateline gives, or a dated report's;
        # -1 where none. A dateline counts as a publication date.
        self.day_of_year = np.array([day_of_year(f.filed_day) if f.filed_day else day_of_year(f.event_date) if f.event_date else -1
                                     for f in facts], dtype=np.int64)
        self.filed = np.array([f.filed_day is not None for f in facts], dtype=bool)
        self.filed_or_published = self.published | self.filed
        self.reported_day_of_year = np.array([-1 if (day := said_day(f)) is None else day_of_year(day) for f in facts], dtype=np.int64)
        self.reported_day_of_month = np.array([said_day_of_month(f) or -1 for f in facts], dtype=np.int64)
        self.reported_day = np.array([f.reported_day.toordinal() if f.reported_day else -1 for f in facts], dtype=np.int64)
        self.reported_weekday = np.array([-1 if f.reported_weekday is None else f.reported_weekday for f in facts], dtype=np.int64)
        self.said_day_weekday = np.array([weekday_of_said_day(f) for f in facts], dtype=np.int64)
        countries: dict[str, int] = {}
        self.central = _incidence([[countries.setdefault(c, len(countries)) for c in f.central_countries] for f in facts])
        self.recurring = _incidence([[countries.setdefault(c, len(countries)) for c in f.recurring_countries] for f in facts])
        self.named = _incidence([[countries.setdefault(c, len(countries)) for c in f.countries_named] for f in facts],
                                len(countries) or None)
        self.central.resize((len(facts), self.named.shape[1]))
        self.recurring.resize((len(facts), self.named.shape[1]))
        self.n_central = np.asarray(self.central.sum(1)).ravel()
        self.n_recurring = np.asarray(self.recurring.sum(1)).ravel()
        self.n_named = np.asarray(self.named.sum(1)).ravel()
        self.countries_read = np.array([f.countries_read for f in facts], dtype=bool)
        # Reports that keep naming their own press's country (score.country_evidence reads its angle pair by pair).
        self.home_recurring = np.array([bool(f.home_countries & f.recurring_countries.keys()) for f in facts], dtype=bool)
        # The countries of each lead's venues (xlnews.align.venues): pairs with venues in no country alike are read one by one.
        self.venue_countries = _incidence([[countries.setdefault(c, len(countries)) for _, c in f.venues.values()] for f in facts],
                                          len(countries) or None)
        self.has_venues = np.array([bool(f.venues) for f in facts], dtype=bool)
        self.ages = [f.ages for f in facts]
        # The rate decision each headline tells, where it gives the level too: which way (an index of MOVED; -1: none)
        # and the level.
        self.decision_move = np.array([_MOVES.index(f.rate_move[0]) if f.rate_move and f.rate_level else -1 for f in facts], dtype=np.int64)
        self.decision_level = np.array([f.rate_level[0] if f.rate_move and f.rate_level else np.nan for f in facts])
        # Reports that give a day as past or announce one, name a meeting ahead or on whose sidelines they were, or tell
        # of a rate decision or a step of a case, an office, a ban or the economy (score.told_apart).
        self.has_apart_cues = np.array([bool(f.past_days or f.counted_back_days or f.announced_days or f.awaited or f.sidelines
                                             or f.rate_move or f.lead_steps or f.lead_editions) for f in facts], dtype=bool)
        self.has_ages = np.array([bool(f.ages) for f in facts], dtype=bool)

    def weigh_names(self, idf: dict[str, float], names_floor: float = 0.0) -> None:
        """Each name's weight by its block (idf), and the least weight a share of names is taken over
        (score.name_share_floor), for :meth:`names_overlap`."""
        self.names_idf = _incidence(self._name_ids, self.names.shape[1], [[idf.get(n.block, 0.0) for n in f.names] for f in self.facts])
        self.names_weight = np.asarray(self.names_idf.sum(1)).ravel()
        self.names_floor = names_floor

    def names_overlap(self, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(idf-weighted share of the pair's larger name set, weighing at least the floor, that the other
        has; how many of a's names b has)."""
        shared_w = _pair_dot(self.names_idf, self.names_met, a, b)
        count = _pair_dot(self.names, self.names_met, a, b)
        denom = np.maximum(np.maximum(self.names_weight[a], self.names_weight[b]), self.names_floor)
        overlap = np.where((count > 0) & (denom > 0), np.minimum(1.0, shared_w / np.where(denom > 0, denom, 1.0)), 0.0)
        return overlap, count

    def numbers_shared(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return _pair_dot(self.numbers, self.numbers, a, b)

    def country_logit(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """The country prior of :func:`xlnews.align.score.country_evidence` in log-odds."""
        out = np.zeros(len(a))
        some = np.flatnonzero((self.n_recurring[a] > 0) & (self.n_recurring[b] > 0) | (self.n_central[a] > 0) | (self.n_central[b] > 0))
        if len(some):
            sa, sb = a[some], b[some]

            def lacking(countries: sparse.csr_matrix, n: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
                # A report naming no country at all leaves the other's countries unanswered, not absent.
                return np.where(self.n_named[y] > 0, n[x] - _pair_dot(countries, self.named, x, y), 0)

            def in_passing(x: np.ndarray, y: np.ndarray) -> np.ndarray:
                # x's central countries that y names once at most (not among its recurring ones).
                return self.n_central[x] - _pair_dot(self.central, self.recurring, x, y)

            read = self.countries_read[sa] & self.countries_read[sb]
            a_lacks = lacking(self.recurring, self.n_recurring, sa, sb) > 0.5  # a's country that b never names
            b_lacks = lacking(self.recurring, self.n_recurring, sb, sa) > 0.5
            one_way = ((lacking(self.central, self.n_central, sa, sb) + lacking(self.central, self.n_central, sb, sa)) > 0.5) \
                | (a_lacks & (in_passing(sb, sa) > 0.5)) | (b_lacks & (in_passing(sa, sb) > 0.5))
            out[some] = np.select([a_lacks & b_lacks & read, one_way & read], [COUNTRIES_BOTH_WAYS_PENALTY, COUNTRY_ABSENT_PENALTY], 0.0)
            # A home country's angle only ever lifts a penalty, on few pairs: those are read one by one.
            for i in np.flatnonzero((out != 0) & (self.home_recurring[a] | self.home_recurring[b])):
                out[i] = country_evidence(self.facts[a[i]], self.facts[b[i]])[0]
        both = np.flatnonzero(self.has_venues[a] & self.has_venues[b] & self.countries_read[a] & self.countries_read[b])
        if len(both):
            apart = both[_pair_dot(self.venue_countries, self.venue_countries, a[both], b[both]) == 0]
            for i in apart.tolist():
                fa, fb = self.facts[a[i]], self.facts[b[i]]
                if venues_apart(fa.venues, fa.lead_names, fb.venues, fb.lead_names):
                    out[i] = min(out[i], VENUES_APART_PENALTY)
        return out

    def date_logit(self, a: np.ndarray, b: np.ndarray, among: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The date prior of :func:`xlnews.align.score.date_evidence` in log-odds, and the days apart (-1: unknown).
        ``among``: how far each pair counts when the date signs' bonuses are weighed (None: all alike)."""
        da, db = self.event_day[a], self.event_day[b]
        known = (da >= 0) & (db >= 0)
        gap = np.where(known, np.abs(da - db), -1)
        close = known & (gap <= DATE_CLOSE_DAYS)
        weight = np.ones(len(a)) if among is None else among
        share = _share(close, known, weight)
        self.close_bonus = None if share is None else sign_bonus(CLOSE_SHARE_SAME_EVENT, share, DATE_CLOSE_BONUS)
        logit = np.select([known & (gap > DATE_APART_DAYS), close],
                          [apart_penalty(gap, self.published[a] & self.published[b]), self.close_bonus or 0.0], 0.0)
        shared_day = _pair_dot(self.days, self.days, a, b) > 0
        both_days = (self.n_days[a] > 0) & (self.n_days[b] > 0)
        share = _share(shared_day, both_days, weight)
        self.shared_day_bonus = None if share is None else sign_bonus(SHARED_DAY_SHARE_SAME_EVENT, share, SHARED_DAY_BONUS)
        disjoint = (~shared_day & ~known & self.has_years[a] & self.has_years[b] & ~self.filed[a] & ~self.filed[b]
                    & (_pair_dot(self.years, self.years, a, b) == 0))
        logit = logit + np.where(shared_day, self.shared_day_bonus or 0.0, 0.0) + np.where(disjoint, DISJOINT_YEARS_PENALTY, 0.0)
        # One bank's decision told twice (score.SAME_DECISION_BONUS), where the countries say nothing against it:
        # published together, or, a report undated, a cut or a hike (a bank holds at one level month after month).
        moved = self.decision_move[a] != _MOVES.index("hold")
        same_decision = np.flatnonzero((close | (~known & moved)) & (self.decision_move[a] >= 0) & (self.decision_move[a] == self.decision_move[b])
                                       & (np.abs(self.decision_level[a] - self.decision_level[b]) <= RATE_LEVEL_SAME))
        if len(same_decision):
            one = same_decision[self.country_logit(a[same_decision], b[same_decision]) == 0]
            logit[one] += SAME_DECISION_BONUS
        # Not both dated, both with a day of the year: a wire dateline's (score.date_evidence).
        ya, yb = self.day_of_year[a], self.day_of_year[b]
        yearless = ~known & (ya >= 0) & (yb >= 0)
        if yearless.any():
            ygap = yearless_gap(ya, yb)
            logit = logit + np.where(yearless & (ygap > DATE_APART_DAYS),
                                     apart_penalty(ygap, self.filed_or_published[a] & self.filed_or_published[b]), 0.0)
        # Few reports give ages, so the few pairs where both do are checked one by one.
        for k in np.flatnonzero(~known & self.has_ages[a] & self.has_ages[b]).tolist():
            if age_clashes(self.ages[a[k]], self.ages[b[k]], AGES_APART_YEARS):
                logit[k] += DATE_FAR_PENALTY
        ra, rb = self.reported_day[a], self.reported_day[b]
        cap = np.where((ra >= 0) & (rb >= 0), reported_apart_cap(np.abs(ra - rb)), np.inf)
        # A wire report's dateline day is the day it reports, its year unsaid (score.date_evidence).
        qa, qb = self.reported_day_of_year[a], self.reported_day_of_year[b]
        reported_yearless = ~((ra >= 0) & (rb >= 0)) & (qa >= 0) & (qb >= 0)
        if reported_yearless.any():
            cap = np.where(reported_yearless, reported_apart_cap(yearless_gap(qa, qb)), cap)
        # A Brazilian lead's day of the month alone ("neste sábado (14)"), against any day the other's lead gives.
        da_m, db_m = self.reported_day_of_month[a], self.reported_day_of_month[b]
        monthless = ~((ra >= 0) & (rb >= 0)) & ~reported_yearless & (da_m >= 0) & (db_m >= 0)
        if monthless.any():
            gap_m = month_day_gap(da_m, db_m, self.said_day_weekday[a], self.said_day_weekday[b])
            cap = np.where(monthless, reported_apart_cap(gap_m), cap)
        # Leads whose weekdays are WEEKDAYS_APART or more apart (score.date_evidence).
        wa, wb = self.reported_weekday[a], self.reported_weekday[b]
        weekdays = (wa >= 0) & (wb >= 0)
        if weekdays.any():
            cap = np.where(weekdays & (weekday_gap(wa, wb) >= WEEKDAYS_APART), np.minimum(cap, WEEKDAYS_APART_CAP), cap)
        # A report whose words set its happening apart from the other's (score.told_apart): few have such words.
        for k in np.flatnonzero(self.has_apart_cues[a] | self.has_apart_cues[b]).tolist():
            if apart := told_apart(self.facts[a[k]], self.facts[b[k]]):
                cap[k] = min(cap[k], apart[1])
        return np.minimum(logit, cap), gap
