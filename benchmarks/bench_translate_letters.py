"""Names with letters the model cannot write, through the offline pt→en model (bergamot): as the model
writes them, and with the pipeline writing them plain for it and putting the source's spelling back
(xlnews.translate.letters). One process; the model's outputs are cached in the store.

Two sets of Portuguese sentences:
- every sentence of FLORES-200 dev and devtest, NTREX-128 (both Portuguese references) and Tatoeba whose words
  hold a letter outside the model's alphabet (its vocabulary's letters and Portuguese's): "Erdoğan", "Ürümqi",
  "Gyöngyi", "Słania", "Cañitas", with their English references;
- the Portuguese reports of ``benchmarks/data`` (news about Turkey, Kazakhstan and Korea written for the
  alignment benchmarks), the sentences with such letters, without references.

Prints, per set and way: the words with such letters, how many come out spelt as in the source, and
where there are references, BLEU / chrF2 of those sentences and the whole sets' (FLORES devtest too, as CI
gates it).

Usage: python benchmarks/bench_translate_letters.py [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from xlnews.eval.benchmark import load_test_set
from xlnews.eval.mt import corpus_scores
from xlnews.records import Article
from xlnews.store import Store
from xlnews.translate.base import GenerationSettings
from xlnews.translate.letters import writable
from xlnews.translate.pipeline import DocumentTranslator
from xlnews.translate.registry import make_translator
from xlnews.translate.sentences import split_sentences

DATA = Path(__file__).resolve().parent / "data"


def outside(alphabet: frozenset[str], text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", text) if not writable(w, alphabet)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default=".xlnews/bench-translate.sqlite3", help="store that caches the model's outputs")
    args = ap.parse_args()
    settings = GenerationSettings()
    translator = make_translator("bergamot", "pt", None, settings)
    alphabet = translator.alphabet
    assert alphabet is not None
    referenced: list[tuple[str, str]] = []
    devtest = load_test_set("flores-devtest", "pt-en")
    for name in ("flores-dev", "flores-devtest", "ntrex", "tatoeba"):
        ts = load_test_set(name, "pt-en")
        referenced += [(s, r) for s, r in zip(ts.source, ts.reference) if outside(alphabet, s)]
    reports = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r.get("lang") == "pt":
                reports += [s for p in r["text"].split("\n\n") for s in split_sentences(p, "pt") if outside(alphabet, s)]
    Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    with Store(args.db) as store:
        for label, letters in (("as the model writes them", None), ("written plain, spelling put back (default)", alphabet)):
            translator.alphabet = letters
            doc = DocumentTranslator(translator, settings, store)

            def run(sentences: list[str]) -> list[str]:
                return [doc.translate(Article(id=f"s{i}", lang="pt", paragraphs=[s])).text for i, s in enumerate(sentences)]

            print(f"== {label}")
            for name, sources, refs in (("FLORES, NTREX, Tatoeba sentences with such letters", [s for s, _ in referenced],
                                         [r for _, r in referenced]),
                                        ("the benchmark's Portuguese reports' sentences with such letters", reports, None)):
                hyps = run(sources)
                words = [(w, h) for s, h in zip(sources, hyps) for w in outside(alphabet, s)]
                kept = sum(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", h) is not None for w, h in words)
                line = f"  {name}: {len(sources)} sentences, {len(words)} words, {kept} spelt as in the source"
                if refs:
                    scores = {s.name: s.score for s in corpus_scores(hyps, [refs], n_bootstrap=0)}
                    line += f"; BLEU {scores['BLEU']:.2f}, chrF2 {scores['chrF2']:.2f}"
                print(line)
                for s, h in list(zip(sources, hyps))[:4]:
                    print(f"      {outside(alphabet, s)} -> {h[:140]}")
            hyps = run(devtest.source)
            scores = {s.name: s.score for s in corpus_scores(hyps, [devtest.reference], n_bootstrap=0)}
            print(f"  FLORES devtest, all {len(hyps)} sentences: BLEU {scores['BLEU']:.2f}, chrF2 {scores['chrF2']:.2f}")


if __name__ == "__main__":
    main()
