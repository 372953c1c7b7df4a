"""Ingest throughput: files/s and peak memory of `corpora ingest` on a directory of real-looking
articles, cold (every file cleaned) and warm (every file found in the store), in one process.

The articles are the five seeds repeated with their ids changed, so every rule does real work.
Usage: python benchmarks/bench_ingest.py [N]   (default 2000 files)
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from xlnews.corpora.clean import CleanOptions
from xlnews.corpora.ingest import Ingestor
from xlnews.store import Store

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "data" / "seeds"


def main(n: int) -> None:
    seeds = [p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for i in range(n):
            # A per-file marker keeps every file distinct, so the warm run cannot share cache entries.
            (src / f"{i:06d}.txt").write_bytes(seeds[i % len(seeds)] + f"\n\nRef {i}.".encode())
        mb = sum(p.stat().st_size for p in src.iterdir()) / 1e6
        with Store(Path(tmp) / "store.sqlite3") as store:
            runs = {}
            for label in ("cold", "warm"):
                ing = Ingestor(CleanOptions(), store)
                t = time.perf_counter()
                count = sum(1 for _ in ing.ingest([src]))
                runs[label] = time.perf_counter() - t
                assert count == n
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"files: {n} ({mb:.1f} MB of text)")
    for label, secs in runs.items():
        print(f"{label:>5}: {secs:7.2f} s  {n / secs:8.1f} files/s")
    print(f"warm/cold speed-up: {runs['cold'] / runs['warm']:.1f}x")
    print(f"peak RSS of the whole process: {peak:.0f} MiB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
