"""Same-event pairs into clusters, without chaining unrelated reports together.

Pairs are taken from the most to the least likely; two clusters merge only when the pairs scored
between them are, on average, above the threshold and none of them is strongly against (below a
fifth of it). Articles that match nothing stay singletons. Every id given comes out in exactly one
cluster; cost is near-linear (union-find, smaller cluster checked against the larger).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from xlnews.records import Cluster, Match


def cluster_pairs(
    ids: Sequence[str], matches: Sequence[Match], threshold: float, label: Callable[[list[str]], str],
) -> list[Cluster]:
    parent = {i: i for i in ids}
    members: dict[str, list[str]] = {i: [i] for i in ids}
    scores: dict[str, dict[str, float]] = {i: {} for i in ids}
    for m in matches:
        if m.a in scores and m.b in scores:
            scores[m.a][m.b] = m.score
            scores[m.b][m.a] = m.score

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for m in sorted(matches, key=lambda m: -m.score):
        if m.score < threshold:
            break
        ra, rb = root(m.a), root(m.b)
        if ra == rb:
            continue
        small, large = (ra, rb) if len(members[ra]) <= len(members[rb]) else (rb, ra)
        cross = [s for x in members[small] for y, s in scores[x].items() if root(y) == large]
        if not cross or sum(cross) / len(cross) < threshold or min(cross) < threshold / 5:
            continue
        parent[small] = large
        members[large].extend(members.pop(small))

    groups = [sorted(members[r]) for r in members]
    order = {i: n for n, i in enumerate(ids)}
    groups.sort(key=lambda g: (-len(g), min(order[i] for i in g)))
    return [Cluster(f"c{n + 1}", g, label(g)) for n, g in enumerate(groups)]
