"""Ingest throughput: files/s and peak memory of `corpora ingest` on a directory of real-looking
articles, cold (every file cleaned) and warm (every file found in the store), in one process.

The articles are the five seeds repeated with their ids changed, so every rule does real work.
With --workers K, a third run cleans cold again (a fresh store) in K worker processes, and the speed-up
over the one-process cold run is reported (the workers' memory is their own: RSS here is this process's).
Usage: python benchmarks/bench_ingest.py [N] [--workers K]   (default 2000 files)
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


def main(n: int, workers: int = 1) -> None:
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
        if workers > 1:
            with Store(Path(tmp) / "store-workers.sqlite3") as store:
                ing = Ingestor(CleanOptions(), store, workers=workers)
                t = time.perf_counter()
                count = sum(1 for _ in ing.ingest([src]))
                runs[f"cold, {workers} workers"] = time.perf_counter() - t
                assert count == n and ing.reused == 0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"files: {n} ({mb:.1f} MB of text)")
    for label, secs in runs.items():
        print(f"{label:>5}: {secs:7.2f} s  {n / secs:8.1f} files/s")
    print(f"warm/cold speed-up: {runs['cold'] / runs['warm']:.1f}x")
    if workers > 1:
        print(f"{workers} workers / one process, cold: {runs['cold'] / runs[f'cold, {workers} workers']:.2f}x")
    print(f"peak RSS of the whole process: {peak:.0f} MiB")


if __name__ == "__main__":
    args = sys.argv[1:]
    k = 1
    if "--workers" in args:
        i = args.index("--workers")
        k = int(args[i + 1])
        del args[i:i + 2]
    main(int(args[0]) if args else 2000, k)
