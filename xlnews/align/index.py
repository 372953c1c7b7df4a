"""Candidate pairs without scoring every pair: nearest neighbours over article vectors (exact while
that is cheap, an inverted-file index beyond, so the cost grows close to linearly), plus blocking
on rare shared names, filtered by date."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy import sparse

from xlnews.align.features import group_ranks

# Exact search while queries x indexed articles stays below this (a few seconds of BLAS on two
# cores: 20,000 x 20,000); beyond it an inverted-file index that probes 16 of its 4·√n lists per query,
# its vectors held as 16-bit floats: scanning the lists is memory-bound, and half the bytes took the
# search of 100,000 queries over 33,000 articles from 4.2 to 2.6 s with the same neighbours (these are
# candidates only: every pair is scored on the full vectors).
EXACT_WORK = 4e8


def search_neighbours(index_vectors: np.ndarray, queries: np.ndarray, k: int) -> np.ndarray:
    """For each query row, the ids (rows of ``index_vectors``) of its ``k`` nearest by inner product;
    -1 where there are fewer than ``k``."""
    import faiss

    n, d = index_vectors.shape
    if n == 0 or k <= 0:
        return np.full((len(queries), 0), -1, dtype=np.int64)
    x = np.ascontiguousarray(index_vectors, dtype=np.float32)
    index: Any
    if n * len(queries) <= EXACT_WORK:
        index = faiss.IndexFlatIP(d)
    else:
        nlist = int(4 * math.sqrt(n))
        index = faiss.IndexIVFScalarQuantizer(faiss.IndexFlatIP(d), d, nlist, faiss.ScalarQuantizer.QT_fp16,
                                              faiss.METRIC_INNER_PRODUCT)
        rng = np.random.default_rng(0)
        # 40 points a list (faiss warns under 39): with 16, a third of the training time, the 100k
        # synthetic benchmark lost 4 points of pair recall.
        index.train(x[rng.choice(n, size=min(n, 40 * nlist), replace=False)])
        index.nprobe = 16
    index.add(x)
    _, ids = index.search(np.ascontiguousarray(queries, dtype=np.float32), min(k, n))
    return ids


def name_blocking(
    names: Sequence[Sequence[str]], max_df: int = 50, rarest: int = 3, per_article: int = 5,
) -> set[tuple[int, int]]:
    """Pairs of articles that share their rarest names: for each article, its ``rarest`` names seen in
    at most ``max_df`` articles, and of the articles that share them, the ``per_article`` that share the
    most, weighted by rarity (the lower index first among equals)."""
    # Names numbered alphabetically: equally rare names are taken in that order, the same on every run
    # (numbered as a set iterates, the choice followed Python's per-process string hashing).
    ids = {b: k for k, b in enumerate(sorted({b for blocks in names for b in blocks}))}
    rows, cols = [], []
    for i, blocks in enumerate(names):
        for b in set(blocks):
            rows.append(i)
            cols.append(ids[b])
    n = len(names)
    if not cols:
        return set()
    has = sparse.csr_matrix((np.ones(len(cols)), (rows, cols)), shape=(n, len(ids)))
    df = np.asarray(has.sum(0)).ravel()
    # Each article's rarest names that someone else has too and that are not everywhere.
    r, c = has.nonzero()
    ok = (df[c] > 1) & (df[c] <= max_df)
    r, c = r[ok], c[ok]
    order = np.lexsort((c, df[c], r))
    r, c = r[order], c[order]
    keep = group_ranks(r) < rarest
    # Weighted by rarity, so that among articles sharing as many names, those sharing the rarer win.
    weight = np.log((n + 1) / df[c[keep]])
    rare = sparse.csr_matrix((weight, (r[keep], c[keep])), shape=has.shape)
    shared = (rare @ has.T).tocoo()  # article x article: the rarity of its rarest names the other has
    off = shared.row != shared.col
    a, b, count = shared.row[off], shared.col[off], shared.data[off]
    order = np.lexsort((b, -count, a))
    a, b = a[order], b[order]
    top = group_ranks(a) < per_article
    lo, hi = np.minimum(a[top], b[top]), np.maximum(a[top], b[top])
    return set(zip(lo.tolist(), hi.tolist()))
