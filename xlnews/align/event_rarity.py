"""How rare a name is, counted over events rather than reports, where one event has many reports.

A name's weight (its idf, :func:`xlnews.align.score.name_rarity`) says how few of the collection's articles
name it: a name every report has tells no report from another. Where one event has many reports (eighteen
sites' reports of Lavrov received by Tokayev, among a few other stories), its own names are in most of the
collection and come out as common as "Earth": they weigh almost nothing, so a brief of that meeting whose
passages read differently shares "no rare name" with the others and stays out (Al Jazeera's report,
benchmarks/README.md, 2026-12-07, eleventh session). Counted over events, those reports are one: the
event's names are as rare as the one event that has them, and the brief joins.

The events are the first pass's (its scores with the dates, clustered as the final clusters are), and only
those of EVENT_MIN_REPORTS or more count as one: a first pass's smaller groups are often two events joined,
and counting them as one made their names weigh more where they were not shared (measured at 4 and 5: losses
on the undated written sets and NTREX's translated part; at 7 none on the written sets, and one NTREX document's
translations, at the line, leave their event from raw pages).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from xlnews.align.cluster import cluster_indices
from xlnews.align.score import name_rarity

# The fewest reports of one first-pass event whose names are counted once for all of them.
EVENT_MIN_REPORTS = 7


def large_events(n: int, a: np.ndarray, b: np.ndarray, prob: np.ndarray, threshold: float, within: np.ndarray,
                 published: np.ndarray | None = None, apart_days: int | None = None,
                 min_reports: int = EVENT_MIN_REPORTS) -> list[list[int]]:
    """The first pass's events of ``min_reports`` or more articles (lists of indices into ``0 .. n-1``), clustered
    from the pairs ``a``-``b`` with probabilities ``prob`` as :func:`xlnews.align.cluster.cluster_indices` does.
    A cluster grows only along pairs at or above the threshold, so only the articles of such pairs' connected
    components of that size are clustered: at scale most collections have none, and nothing is."""
    positive = prob >= threshold
    if int(positive.sum()) < min_reports - 1:
        return []
    links = sparse.coo_matrix((np.ones(int(positive.sum())), (a[positive], b[positive])), shape=(n, n))
    _, component = connected_components(links, directed=False)
    large = np.bincount(component, minlength=n)[component] >= min_reports
    if not large.any():
        return []
    keep = np.flatnonzero(large[a] & large[b])
    groups = cluster_indices(n, a[keep], b[keep], prob[keep], threshold, within[keep], published, apart_days)
    return [g for g in groups if len(g) >= min_reports]


def names_rarity_over_events(blocks: Sequence[Iterable[str]], articles: Sequence[int],
                             events: Sequence[Sequence[int]]) -> tuple[dict[str, float], int]:
    """(each name block's weight, counting each of ``events`` as one article; how many that makes the
    collection). ``blocks``: every article's name blocks, by index; ``articles``: the ones compared."""
    one_of = {i: -1 - k for k, event in enumerate(events) for i in event}
    counted: dict[str, set[int]] = {}
    for i in articles:
        unit = one_of.get(i, i)
        for block in set(blocks[i]):
            counted.setdefault(block, set()).add(unit)
    n_units = max(len({one_of.get(i, i) for i in articles}), 1)
    return {block: name_rarity(len(units), n_units) for block, units in counted.items()}, n_units
