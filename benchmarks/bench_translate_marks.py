"""Quotation marks and initialisms through translation: NTREX-128's Portuguese news (1,997 sentences)
through the offline bergamot model, with the pipeline's repairs and as the model writes it, in one
process; the model's outputs are cached in the store, so a second run takes seconds.

Counts, against the source: sentences whose double quotation marks differ in number, marks lost,
single quotes standing where the source has double ones, a quotation mark glued to a colon
('said:"We'), initialisms written with spaces ("U. S."); and BLEU / chrF2 against NTREX's English.

Usage: python benchmarks/bench_translate_marks.py [--limit N] [--db PATH]
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from xlnews.eval.benchmark import load_test_set
from xlnews.eval.mt import corpus_scores
from xlnews.records import Article
from xlnews.store import Store
from xlnews.translate.base import GenerationSettings
from xlnews.translate import pipeline
from xlnews.translate.pipeline import DocumentTranslator
from xlnews.translate.postedit import tidy
from xlnews.translate.registry import make_translator

_DOUBLE = '"“”«»„'
_SINGLE_AS_DOUBLE = re.compile(r"(?:(?<=[\s(\[:])|^)'(?=\w)|(?<=[.,!?;:])'(?=[\s)]|$)")


def doubles(text: str) -> int:
    return sum(text.count(c) for c in _DOUBLE)


def marks(sources: list[str], outputs: list[str]) -> dict[str, int]:
    quoted = [(s, o) for s, o in zip(sources, outputs) if doubles(s)]
    return {
        "sentences with quotation marks unlike the source's": sum(doubles(s) != doubles(o) for s, o in zip(sources, outputs)),
        "quotation marks lost": sum(max(0, doubles(s) - doubles(o)) for s, o in zip(sources, outputs)),
        "single quotes for double ones": sum(len(_SINGLE_AS_DOUBLE.findall(o)) for _, o in quoted),
        "marks glued to a colon": sum(len(re.findall(r":[\"'“]\w", o)) for o in outputs),
        "initialisms with spaces (U. S.)": sum(len(re.findall(r"\b[A-Z]\. [A-Z]\.", o)) for o in outputs),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, help="only the first N sentences")
    ap.add_argument("--db", default=".xlnews/bench-translate.sqlite3", help="store that caches the model's outputs")
    args = ap.parse_args()
    ts = load_test_set("ntrex", "pt-en")
    src, ref = ts.source[:args.limit], ts.reference[:args.limit]
    Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    settings = GenerationSettings()
    translator = make_translator("bergamot", "pt", None, settings)
    rows = {}
    with Store(args.db) as store:
        for label, repair in (("the model's own", False), ("repaired (default)", True)):
            # The model's own output: no quotation marks balanced (--raw-quotes) and no initialisms joined.
            pipeline.tidy = tidy if repair else (lambda text: text)
            doc = DocumentTranslator(translator, settings, store, repair_quotes=repair)
            start = time.perf_counter()
            hyps = [doc.translate(Article(id=f"ntrex:{i}", lang="pt", paragraphs=[line])).text for i, line in enumerate(src)]
            secs = time.perf_counter() - start
            scores = {s.name: s.score for s in corpus_scores(hyps, [ref], n_bootstrap=0)}
            rows[label] = {**marks(src, hyps), "BLEU": round(scores["BLEU"], 2), "chrF2": round(scores["chrF2"], 2),
                           "seconds": round(secs, 1), "sentences translated (not from the store)": doc.translated}
    print(f"NTREX-128 por→eng, {len(src)} sentences, bergamot")
    width = max(len(k) for r in rows.values() for k in r)
    print(" " * width + "".join(f"  {label:>20}" for label in rows))
    for key in next(iter(rows.values())):
        print(f"{key:<{width}}" + "".join(f"  {str(r[key]):>20}" for r in rows.values()))


if __name__ == "__main__":
    main()
