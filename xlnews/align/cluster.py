"""Same-event pairs into clusters, without chaining unrelated reports together.

Pairs are taken from the most to the least likely; two clusters merge only when the pairs scored
between them are, on average, above the threshold and none of them is strongly against (below a
fifth of it), and, both of three reports or more, two of each have a pair above it (LINKED_MEMBERS).
Only the pairs compared within one language (two reports in one language, or through
their English translations) can be strongly against: the embedders score one event's reports lower
across languages than within one (NTREX's Sulawesi and Hurricane Rosa reports by two outlets:
0.93-0.99 within each of tr, pt and en, 0.07-0.5 across), so a low pair across languages says more
about the model than about the event. Between clusters with no such pair the mean alone decides (a
low pair across languages vetoed there too until benchmarks/README.md, 2026-12-06, fourth session). The
aligner counts a pair its dates set far apart as one that can be against in any language (``within``).
Articles that match nothing stay singletons, but for a report left alone whose best match is an event
that lacks its language (:mod:`xlnews.align.lone_reports`). Every id given comes out in exactly one
cluster; cost is near-linear (the smaller cluster is checked against the larger, and relabelled
when they merge).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np

from xlnews.align.lone_reports import LONE_SHARE, join_lone_reports
from xlnews.records import Cluster

# Two clusters of LINKED_FROM_SIZE reports or more merge only where LINKED_MEMBERS of each have a pair above the
# threshold with the other: the pairs scored between them are each report's nearest, and one report that names the
# other event too (Tokayev's flood address and his addresses to the nation, undated) carried whole events into one.
# Measured (benchmarks/README.md, 2026-12-08, fourteenth session): every written set undated 0.778 -> 0.841, dated
# alike; bench_align_footers' agency sentences 0.875 -> 0.898 and 0.930 -> 0.953; NTREX alike. From two reports, a
# second outlet's report linked through its own language's only (İmamoğlu's detention) was left out.
LINKED_FROM_SIZE = 3
LINKED_MEMBERS = 2


def cluster_pairs(
    ids: Sequence[str], pairs: Iterable[tuple[str, str, float]], threshold: float, label: Callable[[list[str]], str],
    languages: Sequence[str] | None = None,
) -> list[Cluster]:
    """``pairs``: (article id, article id, probability of the same event) for every scored pair;
    ``languages``: each id's language, in the order of ``ids``, a pair compared within one language
    where both are the same (None: every pair counts as within one)."""
    index = {i: k for k, i in enumerate(ids)}
    rows = [(index[a], index[b], s) for a, b, s in pairs]
    a = np.array([r[0] for r in rows], dtype=np.int64)
    b = np.array([r[1] for r in rows], dtype=np.int64)
    s = np.array([r[2] for r in rows], dtype=np.float64)
    within = None if languages is None else np.array([languages[x] == languages[y] for x, y in zip(a.tolist(), b.tolist())], dtype=bool)
    return cluster_scored(ids, a, b, s, threshold, label, within)


def cluster_scored(
    ids: Sequence[str], a: np.ndarray, b: np.ndarray, score: np.ndarray, threshold: float,
    label: Callable[[list[str]], str], within: np.ndarray | None = None, published: np.ndarray | None = None,
    apart_days: int | None = None, languages: Sequence[str] | None = None,
) -> list[Cluster]:
    """As :func:`cluster_pairs`, with the pairs as arrays: ``a`` and ``b`` index ``ids`` (a million
    pairs as Python tuples cost more than the clustering); ``within``: per pair, whether its texts were
    compared within one language (None: all were). ``published``: each article's day of publication as an
    ordinal (-1: none); no cluster then holds two published more than ``apart_days`` apart, whether or not
    that pair was scored: reports linked only through an undated one are no nearer for it. ``languages``:
    each id's language, where a report left alone may then join the event that lacks its language
    (:mod:`xlnews.align.lone_reports`; None: none joins)."""
    within = np.ones(len(a), dtype=bool) if within is None else np.asarray(within, dtype=bool)
    found = cluster_indices(len(ids), a, b, score, threshold, within, published, apart_days)
    joined: dict[int, list[dict[str, Any]]] = {}
    if languages is not None:
        found, joins = join_lone_reports(found, a, b, score, languages, threshold * LONE_SHARE, threshold / 5, within,
                                         published, apart_days)
        at = {k: n for n, g in enumerate(found) for k in g}
        for j in joins:
            joined.setdefault(at[j.article], []).append({"article": ids[j.article], "through": ids[j.through],
                                                          "score": round(j.score, 4), "mean": round(j.mean, 4)})
    groups = [sorted(ids[k] for k in g) for g in found]
    return [Cluster(f"c{n + 1}", g, label(g), joined.get(n, [])) for n, g in enumerate(groups)]


def cluster_indices(n: int, a: np.ndarray, b: np.ndarray, score: np.ndarray, threshold: float,
                    within: np.ndarray, published: np.ndarray | None = None, apart_days: int | None = None) -> list[list[int]]:
    """As :func:`cluster_scored`, the clusters of articles ``0 .. n-1`` as sorted lists of indices, the largest
    first (then by their first index), without ids or labels."""
    a, b, score = (np.asarray(v) for v in (a, b, score))
    positive = np.flatnonzero(score >= threshold)
    # Only articles with a pair above the threshold can merge; the other pairs of those articles are
    # what a merge is checked against. A pair given twice counts once, as given last.
    linked = np.zeros(n, dtype=bool)
    linked[a[positive]] = linked[b[positive]] = True
    keep = np.flatnonzero(linked[a] & linked[b])[::-1]
    lo, hi = np.minimum(a[keep], b[keep]), np.maximum(a[keep], b[keep])
    keep = np.sort(keep[np.unique(lo * n + hi, return_index=True)[1]])
    ends = np.concatenate([a[keep], b[keep]])
    order = np.argsort(ends, kind="stable")
    partner = np.concatenate([b[keep], a[keep]])[order]
    partner_score = np.concatenate([score[keep], score[keep]])[order].tolist()
    partner_within = np.concatenate([within[keep], within[keep]])[order].tolist()
    starts = np.searchsorted(ends[order], np.arange(n + 1)).tolist()

    root = np.arange(n)
    members: dict[int, list[int]] = {}
    # Each cluster's first and last day of publication, by its root (a large span where undated).
    days = np.full(n, -1, dtype=np.int64) if published is None or apart_days is None else np.asarray(published, dtype=np.int64)
    first = np.where(days >= 0, days, np.iinfo(np.int64).max).tolist()
    last = days.tolist()
    low = threshold / 5
    for k in positive[np.argsort(-score[positive], kind="stable")].tolist():
        ra, rb = int(root[a[k]]), int(root[b[k]])
        if ra == rb:
            continue
        if apart_days is not None and max(last[ra], last[rb]) - min(first[ra], first[rb]) > apart_days and min(last[ra], last[rb]) >= 0:
            continue
        ma, mb = members.get(ra, [ra]), members.get(rb, [rb])
        (small, ms), (large, ml) = ((ra, ma), (rb, mb)) if len(ma) <= len(mb) else ((rb, mb), (ra, ma))
        cross: list[float] = []
        one_language: list[float] = []
        linked_small: set[int] = set()
        linked_large: set[int] = set()
        for x in ms:
            lo_x, hi_x = starts[x], starts[x + 1]
            for h in np.flatnonzero(root[partner[lo_x:hi_x]] == large).tolist():
                pair_score = partner_score[lo_x + h]
                cross.append(pair_score)
                if partner_within[lo_x + h]:
                    one_language.append(pair_score)
                if pair_score >= threshold:
                    linked_small.add(x)
                    linked_large.add(int(partner[lo_x + h]))
        if not cross or sum(cross) / len(cross) < threshold or (one_language and min(one_language) < low):
            continue
        if min(len(ms), len(ml)) >= LINKED_FROM_SIZE and min(len(linked_small), len(linked_large)) < LINKED_MEMBERS:
            continue
        root[ms] = large
        first[large], last[large] = min(first[large], first[small]), max(last[large], last[small])
        ml.extend(ms)
        members[large] = ml
        members.pop(small, None)

    groups = [sorted(m) for m in members.values()]
    clustered = np.zeros(n, dtype=bool)
    for g in groups:
        clustered[g] = True
    groups += [[i] for i in np.flatnonzero(~clustered).tolist()]
    groups.sort(key=lambda g: (-len(g), g[0]))
    return groups
