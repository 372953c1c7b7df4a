"""``xlnews translate``: articles in, English out, one record per input."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from xlnews.cli.common import DbOption, source_language, console, fail, open_store, output_file, user_errors
from xlnews.jsonl import dumps, open_output
from xlnews.records import Article, FailedInput, Record

@user_errors
def translate(
    inputs: list[str] = typer.Argument(..., help="Text/HTML files, directories, JSONL from `corpora ingest` or of your own, CSV/TSV tables (one article a row), RSS/Atom feeds, or - for stdin."),
    output: str | None = typer.Option(None, "-o", "--output", help="JSONL to write ('-' for stdout). Without it, one text file's English goes to stdout."),
    backend: str | None = typer.Option(None, "--backend", help="bergamot (pt→en, offline, the default for pt), marian (Opus-MT, the default for tr), ctranslate2 (Opus-MT converted to int8/float16: fast), or nllb (NLLB-200; its weights are licensed CC-BY-NC: non-commercial use only)."),
    model: str | None = typer.Option(None, "--model", help="Marian or NLLB model: a hub id or a local directory."),
    src_lang: str | None = typer.Option(None, "--src-lang", help="Source language (tr, pt); detected when not given."),
    device: str = typer.Option("auto", "--device", help="auto, cpu or cuda (marian)."),
    beams: int = typer.Option(4, "--beams", help="Beam size (marian)."),
    batch_tokens: int = typer.Option(2048, "--batch-tokens", help="Source tokens per batch."),
    max_words: int = typer.Option(150, "--max-words", help="Longer sentences are split at clause marks, never truncated."),
    keep_spun: bool = typer.Option(False, "--keep-spun", help="Do not restore spun Turkish wording before translating."),
    raw_quotes: bool = typer.Option(False, "--raw-quotes", help="Give the model quotation marks as the source writes them and keep what it writes (by default they are straightened and balanced for it, and the source's given back)."),
    db: Path | None = DbOption,
    no_db: bool = typer.Option(False, "--no-db", help="Do not read or write the store (no cache, no resume)."),
) -> None:
    """Translate articles to English. Each input comes out as a JSONL record with the English text,
    the sentence pairs (source, English, paragraph), backend, model and warnings, or as an error record.
    Results are cached in the store: a second run translates nothing, an interrupted one resumes."""
    # The library is imported here, not at the top: `xlnews --help` should not load it.
    from xlnews.translate.base import GenerationSettings
    from xlnews.translate.batch import BatchTranslator

    if output is not None and output != "-":
        output_file(Path(output), "-o")
    settings = GenerationSettings(beams=beams, batch_tokens=batch_tokens, max_words=max_words, device=device)
    store = open_store(db, not no_db)
    try:
        records = list(_read(inputs, store))
        plain = output is None
        if plain and len(records) != 1:
            raise fail("give -o FILE.jsonl (or -o - for JSONL on stdout) when translating more than one article")
        batch = BatchTranslator(backend, model, settings, store, source_language(src_lang), restore_spun=not keep_spun,
                                repair_quotes=not raw_quotes)
        total = sum(len(r.paragraphs) for r in records if isinstance(r, Article))
        source_langs = {r.id: r.lang for r in records if isinstance(r, Article)}
        failed = 0
        with open_output(output or "-") as out, Progress(
            TextColumn("translating"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=console,
            transient=True, disable=total < 20 or not sys.stderr.isatty(),
        ) as progress:
            task = progress.add_task("translate", total=None)
            for result in batch.run(records, on_done=lambda n: progress.advance(task, n)):
                if isinstance(result, FailedInput):
                    failed += 1
                    console.print(f"[red]failed[/] {escape(result.error)}", soft_wrap=True)
                    if plain:
                        raise typer.Exit(1)
                    record = result.to_dict()
                    if result.id in source_langs:
                        # An article that was read and could not be translated: a failed translation, so that
                        # `xlnews align` given this file beside the articles reads the article on its own text.
                        record["source_lang"] = source_langs[result.id]
                    out.write(dumps(record) + "\n")
                    continue
                for w in result.warnings:
                    console.print(f"[yellow]warning[/] {escape(result.id)}: {escape(w)}", soft_wrap=True)
                out.write((result.text + "\n") if plain else dumps(result.to_dict()) + "\n")
        done = len(records) - failed
        console.print(f"{done} translated, {failed} failed; sentences: {batch.translated} translated, "
                      f"{batch.reused} from the store" + (f" -> {output}" if output else ""))
        if failed:
            raise typer.Exit(1)
    finally:
        if store is not None:
            store.close()


def _read(inputs: list[str], store) -> list[Record]:
    from xlnews.corpora.clean import CleanOptions
    from xlnews.corpora.ingest import Ingestor, expand_paths

    files = expand_paths(inputs)  # "-" is standard input: a text, or JSONL records
    if not files:
        raise fail("no input files found in " + ", ".join(inputs))
    return list(Ingestor(CleanOptions(), store).ingest(files))
