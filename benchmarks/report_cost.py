"""What the align benchmarks share: the cost of writing a result's report as `xlnews align` does,
and running each size in a process of its own (so that the peak RSS is that size's alone)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def report_cost(result, html: bool = True) -> tuple[dict, dict]:
    """report.json written to a file, then the Markdown (and HTML) built in memory: seconds and sizes,
    and the report the renderers were given."""
    from xlnews.align.render import render_html, render_markdown
    from xlnews.align.report import write_report_json

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        report = write_report_json(result, Path(tmp) / "report.json")
        out = {"report_json_s": round(time.perf_counter() - t, 2),
               "report_json_mb": round((Path(tmp) / "report.json").stat().st_size / 1e6, 1)}
    renderers = [("markdown", render_markdown)] + ([("html", render_html)] if html else [])
    for name, render in renderers:
        t = time.perf_counter()
        chars = len(render(result, report))
        out[f"{name}_s"] = round(time.perf_counter() - t, 2)
        out[f"{name}_mb"] = round(chars / 1e6, 1)
    return out, report


def per_size_processes(script: str, one: Callable[[int], dict], default_sizes: list[int], usage: str) -> None:
    """``script --one N`` runs one size; otherwise every size given (or the defaults), each in its own process."""
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(one(int(sys.argv[2]))))
        return
    if any(not a.isdigit() for a in sys.argv[1:]):
        sys.exit(usage)
    for n in [int(s) for s in sys.argv[1:]] or default_sizes:
        res = subprocess.run([sys.executable, script, "--one", str(n)], capture_output=True, text=True)
        print(res.stdout.strip() or res.stderr.strip()[-2000:], flush=True)
