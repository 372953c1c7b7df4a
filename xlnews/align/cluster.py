"""Same-event pairs into clusters, without chaining unrelated reports together.

Pairs are taken from the most to the least likely; two clusters merge only when the pairs scored
between them are, on average, above the threshold and none of them is strongly against (below a
fifth of it). Articles that match nothing stay singletons. Every id given comes out in exactly one
cluster; cost is near-linear (union-find, smaller cluster checked against the larger).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from xlnews.align.disjoint import DisjointSets
from xlnews.records import Cluster


def cluster_pairs(
    ids: Sequence[str], pairs: Iterable[tuple[str, str, float]], threshold: float, label: Callable[[list[str]], str],
) -> list[Cluster]:
    """``pairs``: (article id, article id, probability of the same event) for every scored pair."""
    pairs = list(pairs)
    sets: DisjointSets[str] = DisjointSets(ids)
    members: dict[str, list[str]] = {i: [i] for i in ids}
    # Only articles with a pair above the threshold can merge; the other pairs of those articles are
    # what a merge is checked against.
    linked = {x for a, b, s in pairs if s >= threshold for x in (a, b)}
    scores: dict[str, dict[str, float]] = {i: {} for i in linked if i in members}
    for a, b, s in pairs:
        if a in scores and b in scores:
            scores[a][b] = s
            scores[b][a] = s

    for a, b, s in sorted((p for p in pairs if p[2] >= threshold), key=lambda p: -p[2]):
        if a not in scores or b not in scores:
            continue
        ra, rb = sets.find(a), sets.find(b)
        if ra == rb:
            continue
        small, large = (ra, rb) if len(members[ra]) <= len(members[rb]) else (rb, ra)
        cross = [s for x in members[small] for y, s in scores[x].items() if sets.find(y) == large]
        if not cross or sum(cross) / len(cross) < threshold or min(cross) < threshold / 5:
            continue
        sets.join(small, large)
        members[large].extend(members.pop(small))

    groups = [sorted(members[r]) for r in members]
    order = {i: n for n, i in enumerate(ids)}
    groups.sort(key=lambda g: (-len(g), min(order[i] for i in g)))
    return [Cluster(f"c{n + 1}", g, label(g)) for n, g in enumerate(groups)]
