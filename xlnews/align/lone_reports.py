"""A report the clustering left alone, joined to the event that lacks a report in its language.

Reports of one event in two languages score lower than in one (the embedders' passages across Turkish
and English: a death toll's sentence word for word, 0.62), and a report whose lead takes another angle
(the quake's second shock and the hour, where the others lead with the toll in two countries) can fall
below the threshold against each of them. It is then left alone, though its best match is its event. An
event that two or more reports in other languages already agree on, and that none in its language
reports, is where such a report belongs when all of these hold:

- its best match is in that event, and it is that match's best among the reports of its language
  (both ways: neither has a likelier partner);
- its pairs with the event's reports average :data:`LONE_SHARE` of the threshold or more;
- none of them is strongly against (a low pair within one language or set far apart by dates, as the
  clustering counts it), and it was published within the event's span of days.

A report left alone whose best match is in its own language joins that match's event only as its second outlet: their
pair above the threshold, the match's likeliest partner in the language, one of its pairs across languages with the
event at :data:`LONE_SHARE` of the threshold or more, and the rest as above. A short second report (Turkey's rate hike
"650 baz puanlık artış", 0.92 to the first Turkish report and 0.25 and 0.03 to the English ones) stays out of its
event's cluster on the mean alone. Measured (benchmarks/README.md, 2026-12-08, fourteenth session): every written set
dated 0.942 -> 0.946, undated 0.841 -> 0.844; NTREX's test half 0.885 -> 0.893; `bench_align_footers.py`'s Korea site
without addresses 0.617 -> 0.592. Without a pair across languages it cost NTREX's dated parts and the footers' sites.

What this adds is the event's language slot as a prior: a report alone in a language its event lacks is
likelier that event's report than one beside the event's own report in its language. Measured
(benchmarks/README.md, 2026-12-07, twelfth session): among the 559 written reports the Turkish reports
of the February 2023 quakes, a central bank's decision and a factory blast, and the Portuguese ones of a
quake and the Iberian blackout, rejoin their events (dated F1 0.9225 -> 0.9295); among NTREX's outlets
one report of the Sulawesi quake rejoins it, and one report of a Premier League match joins a Scottish
one (fit half 0.875 -> 0.824, held-out half 0.500 -> 0.667). Two reports both alone stay alone: among
NTREX's outlets four such pairs of different events (three in British politics, a rugby and an ice
hockey result) are each other's best match across languages at 0.2 to 0.42.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# The share of the threshold a lone report's pairs with an event must average to join it: 0.2 at the shipped
# threshold. Measured at 0.1 to 0.3 (benchmarks/README.md): 0.25 and above join neither NTREX outlet report, and of
# the five written reports that join among all 559, the quake's and the central bank's Turkish ones no more; 0.1 lets
# a Portuguese report of a 2018 poll into six Turkish ones of a 2015 poll among the hard negatives.
LONE_SHARE = 0.4
# The reports an event needs, none in the lone report's language, before one joins it.
LONE_JOINS_EVENTS_OF = 2


@dataclass(frozen=True)
class LoneJoin:
    """A lone report joined to an event: ``article`` and ``through`` (its best match) index the collection."""

    article: int
    through: int
    score: float
    mean: float


def join_lone_reports(groups: list[list[int]], a: np.ndarray, b: np.ndarray, score: np.ndarray, languages: Sequence[str],
                      floor: float, low: float, within: np.ndarray, published: np.ndarray | None = None,
                      apart_days: int | None = None) -> tuple[list[list[int]], list[LoneJoin]]:
    """``groups``: the clusters of articles ``0 .. n-1`` (cluster.cluster_indices); ``a``, ``b``, ``score``, ``within``:
    every scored pair as the clustering had them; ``floor``: the mean a lone report's pairs with the event must reach;
    ``low``: a pair within one language below this stands against; ``published`` and ``apart_days`` as the clustering's.
    The groups with the lone reports joined (ordered as cluster_indices orders them), and the joins."""
    n = sum(len(g) for g in groups)
    gid = np.empty(n, dtype=np.int64)
    for k, group in enumerate(groups):
        gid[group] = k
    members = [list(g) for g in groups]
    langs = [set(languages[i] for i in g) for g in groups]
    language_of = np.asarray(languages, dtype=object)
    # Every pair from both ends, each article's pairs together, its likeliest first.
    ends = np.concatenate([a, b]).astype(np.int64)
    partner = np.concatenate([b, a]).astype(np.int64)
    s2 = np.concatenate([score, score]).astype(np.float64)
    w2 = np.concatenate([within, within]).astype(bool)
    order = np.lexsort((-s2, ends))
    ends, partner, s2, w2 = ends[order], partner[order], s2[order], w2[order]
    starts = np.searchsorted(ends, np.arange(n + 1))
    days = None if published is None or apart_days is None else np.asarray(published, dtype=np.int64)

    lone = [(float(s2[starts[g[0]]]), g[0]) for g in groups
            if len(g) == 1 and starts[g[0] + 1] > starts[g[0]] and s2[starts[g[0]]] >= floor]
    joins: list[LoneJoin] = []
    for best, i in sorted(lone, key=lambda t: (-t[0], t[1])):
        j = int(partner[starts[i]])
        event = int(gid[j])
        mine = slice(starts[i], starts[i + 1])
        to_event = gid[partner[mine]] == event
        # A best match in its own language is in an event that has the language: it joins only as that report's second
        # outlet, their pair above the threshold and one of its pairs across languages with the event at the floor or more.
        if languages[i] in langs[event]:
            across = to_event & (language_of[partner[mine]] != language_of[i])
            if not (language_of[j] == language_of[i] and best >= floor / LONE_SHARE and across.any()
                    and s2[mine][across].max() >= floor):
                continue
        if len(members[event]) < LONE_JOINS_EVENTS_OF:
            continue
        # The match's best among the reports in this report's language (its pairs come likeliest first).
        theirs = partner[starts[j]:starts[j + 1]]
        in_language = [int(x) for x in theirs if languages[x] == languages[i]]
        if not in_language or in_language[0] != i:
            continue
        scores = s2[mine][to_event]
        mean = float(scores.mean())
        if mean < floor or (w2[mine][to_event] & (scores < low)).any():
            continue
        if days is not None and days[i] >= 0:
            span = [int(days[m]) for m in members[event] if days[m] >= 0]
            if span and max(*span, int(days[i])) - min(*span, int(days[i])) > (apart_days or 0):
                continue
        members[gid[i]] = []
        members[event].append(i)
        gid[i] = event
        langs[event].add(languages[i])
        joins.append(LoneJoin(i, j, best, mean))
    out = [sorted(m) for m in members if m]
    out.sort(key=lambda m: (-len(m), m[0]))
    return out, joins
