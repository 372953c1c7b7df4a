"""One large JSONL collection through `corpora ingest`: time and peak memory of the whole process,
the file plain and gzip-compressed, and the same records as a CSV table, each in a fresh process.

The records are the five seeds' texts, each with a line of its own so that every record is distinct
and cleaned. Peak memory is what matters here: a collection is read a line at a time, so the peak
should not grow with the file (before streaming, the whole file was read and decoded at once).

Usage: python benchmarks/bench_ingest_jsonl.py [N]   (default 5000 records)
"""

from __future__ import annotations

import csv
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "data" / "seeds"


def child(path: str) -> None:
    """Runs the command in this process and prints its figures as one JSON line."""
    from typer.testing import CliRunner

    from xlnews.cli import app

    start = time.perf_counter()
    result = CliRunner().invoke(app, ["corpora", "ingest", path, "-o", path + ".out.jsonl", "--no-db"])
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"exit": result.exit_code, "seconds": round(elapsed, 2), "peak_mib": round(peak, 1),
                      "summary": " ".join(result.output.split()).split(" -> ")[0]}))


def main(n: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "collection.jsonl"
        with plain.open("w", encoding="utf-8") as fh:
            for i in range(n):
                fh.write(json.dumps({"id": f"a{i:07d}", "text": texts[i % len(texts)] + f"\n\nRef {i}."}, ensure_ascii=False) + "\n")
        packed = Path(tmp) / "collection.jsonl.gz"
        packed.write_bytes(gzip.compress(plain.read_bytes(), compresslevel=6))
        table = Path(tmp) / "collection.csv"
        with table.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["id", "text"])
            for i in range(n):
                writer.writerow([f"a{i:07d}", texts[i % len(texts)] + f"\n\nRef {i}."])
        print(f"{n} records: {plain.stat().st_size / 2**20:.1f} MiB plain, {packed.stat().st_size / 2**20:.1f} MiB gzip, "
              f"{table.stat().st_size / 2**20:.1f} MiB CSV")
        for path in (plain, packed, table):
            out = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True, check=True)
            fig = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{path.name:22s} {fig['seconds']:7.2f} s  {n / fig['seconds']:6.1f} records/s  peak {fig['peak_mib']:6.1f} MiB"
                  f"  ({fig['summary']})")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
