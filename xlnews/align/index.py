"""Candidate pairs without scoring every pair: nearest neighbours over article vectors (exact while
that is cheap, an inverted-file index beyond, so the cost grows close to linearly), plus blocking
on rare shared names, filtered by date."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

# Exact search while queries x indexed articles stays below this (a few seconds of BLAS on two
# cores: 20,000 x 20,000); beyond it an inverted-file index that probes 16 of its 4·√n lists per query.
EXACT_WORK = 4e8


def search_neighbours(index_vectors: np.ndarray, queries: np.ndarray, k: int) -> np.ndarray:
    """For each query row, the ids (rows of ``index_vectors``) of its ``k`` nearest by inner product;
    -1 where there are fewer than ``k``."""
    import faiss

    n, d = index_vectors.shape
    if n == 0 or k <= 0:
        return np.full((len(queries), 0), -1, dtype=np.int64)
    x = np.ascontiguousarray(index_vectors, dtype=np.float32)
    if n * len(queries) <= EXACT_WORK:
        index = faiss.IndexFlatIP(d)
    else:
        nlist = int(4 * math.sqrt(n))
        index = faiss.IndexIVFFlat(faiss.IndexFlatIP(d), d, nlist, faiss.METRIC_INNER_PRODUCT)
        rng = np.random.default_rng(0)
        index.train(x[rng.choice(n, size=min(n, 40 * nlist), replace=False)])
        index.nprobe = 16
    index.add(x)
    _, ids = index.search(np.ascontiguousarray(queries, dtype=np.float32), min(k, n))
    return ids


def name_blocking(
    names: Sequence[Sequence[str]], max_df: int = 50, rarest: int = 3, per_article: int = 5,
) -> set[tuple[int, int]]:
    """Pairs of articles that share their rarest names: for each article, its ``rarest`` names seen in
    at most ``max_df`` articles, and of the articles that share them, the ``per_article`` that share most."""
    postings: dict[str, list[int]] = {}
    for i, blocks in enumerate(names):
        for b in set(blocks):
            postings.setdefault(b, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for i, blocks in enumerate(names):
        rare = sorted((len(postings[b]), b) for b in set(blocks) if 1 < len(postings[b]) <= max_df)[:rarest]
        if not rare:
            continue
        counts: Counter[int] = Counter()
        for _, b in rare:
            counts.update(j for j in postings[b] if j != i)
        for j, _ in counts.most_common(per_article):
            pairs.add((min(i, j), max(i, j)))
    return pairs
