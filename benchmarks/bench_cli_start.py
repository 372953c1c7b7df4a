"""How long the command line takes to answer before it does any work: `xlnews --help`, a
subcommand's help, and `--version`, each a whole process, against a bare `python -c "import typer"`
in the same run (what any typer CLI pays). Shell completion runs the same start-up on every TAB.

Usage: python benchmarks/bench_cli_start.py [RUNS]   (default 10; the median is reported)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

COMMANDS = {
    "python -c 'import typer' (baseline)": [sys.executable, "-c", "import typer, rich.console"],
    "xlnews --version": [sys.executable, "-m", "xlnews", "--version"],
    "xlnews --help": [sys.executable, "-m", "xlnews", "--help"],
    "xlnews align --help": [sys.executable, "-m", "xlnews", "align", "--help"],
    "xlnews eval mt --help": [sys.executable, "-m", "xlnews", "eval", "mt", "--help"],
}


def _seconds(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env={**os.environ, "COLUMNS": "100"})
    return time.perf_counter() - start


def _peak_mib(cmd: list[str]) -> float:
    # Measured in a fresh parent: RUSAGE_CHILDREN keeps the largest child so far, not the last one.
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)")
    return float(subprocess.run([sys.executable, "-c", probe, *cmd], capture_output=True, text=True, check=True).stdout)


def main(runs: int) -> None:
    rows = []
    for label, cmd in COMMANDS.items():
        _seconds(cmd)  # warm the file cache and the .pyc files
        secs = [_seconds(cmd) for _ in range(runs)]
        peak = _peak_mib(cmd)
        rows.append((label, statistics.median(secs), peak))
    base = rows[0][1]
    print(f"{'command':40} {'median s':>9} {'x baseline':>11} {'peak MiB':>9}")
    for label, secs, peak in rows:
        print(f"{label:40} {secs:9.3f} {secs / base:11.1f} {peak:9.0f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
