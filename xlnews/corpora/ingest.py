"""Inputs to records: files, directories and JSONL in (each also as .gz, .bz2 or .xz), one Article or
FailedInput per input out.

Nothing is dropped: a file or JSONL line that cannot be read becomes a FailedInput with its reason.
With a store, a cleaned article is kept under a key of its raw content and the cleaner's
version, so re-ingesting an unchanged collection cleans nothing again.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import itertools
import json
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xlnews.compressed import inner_name, open_input, read_input
from xlnews.corpora.clean import CLEANER_VERSION, CleanOptions, clean_text
from xlnews.corpora.dates import parse_published, relative_time
from xlnews.corpora.decode import decode_bytes, normalise_text, text_encoding
from xlnews.corpora.feeds import FEED_SUFFIXES, feed_items, looks_like_feed
from xlnews.corpora.html import extract_html, field_text, looks_like_html
from xlnews.errors import InputError, one_record_failed
from xlnews.jsonl import iter_jsonl_lines, looks_like_jsonl, stream_jsonl
from xlnews.records import Article, FailedInput, Record, record_from_dict
from xlnews.store import Store, cache_key

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
# Tables with a header row, one article a row (spreadsheet and database exports): their delimiters.
TABLE_SUFFIXES = {".csv": ",", ".tsv": "\t"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and every non-hidden file under directories named, in a stable order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out.extend(Path(root) / f for f in sorted(files) if not f.startswith("."))
        else:
            out.append(p)
    return out


@dataclass
class Ingestor:
    options: CleanOptions
    store: Store | None = None
    reused: int = 0
    # English translations met in JSONL inputs, by article id: records written by `xlnews translate`
    # (kept here, not read as articles) and a "translation" field on an article record.
    translations: dict[str, str] = field(default_factory=dict)
    # And the articles `xlnews translate` could not translate, by id: not failures of the articles.
    translation_errors: dict[str, str] = field(default_factory=dict)
    translation_records: int = 0  # records of `xlnews translate` met (read as the above, not yielded)
    # Processes that clean (1: this one). Reading, the store and the output stay in this process, and
    # records come out in input order whatever order the workers finish in.
    workers: int = 1
    _pool: ProcessPoolExecutor | None = field(default=None, init=False, repr=False)

    def ingest(self, paths: Iterable[str | Path], on_file: Callable[[Path], None] | None = None) -> Iterator[Record]:
        seen: dict[str, str] = {}
        if self.workers <= 1:
            for path in expand_paths(paths):
                yield from self._kept(self._file(path), seen)
                if on_file:
                    on_file(path)
        else:
            yield from self._ingest_in_workers(expand_paths(paths), seen, on_file)
        if self.store is not None:
            self.store.commit()

    def _ingest_in_workers(self, paths: list[Path], seen: dict[str, str], on_file: Callable[[Path], None] | None) -> Iterator[Record]:
        """As ``ingest``, with each record's cleaning sent to a pool of processes: a window of records
        is in flight at a time, so a collection larger than memory still streams."""
        # Not fork: a progress bar's thread may hold a lock at the moment of forking, and the child would wait on it forever.
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        window: deque[Item | Path] = deque()
        with ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context(method)) as pool:
            self._pool = pool
            try:
                for path in paths:
                    for record in self._file(path):
                        window.append(record)
                        while len(window) > IN_FLIGHT_PER_WORKER * self.workers:
                            yield from self._release(window.popleft(), seen, on_file)
                    window.append(path)  # the file's records are ahead of it: its progress comes after them
                while window:
                    yield from self._release(window.popleft(), seen, on_file)
            finally:
                self._pool = None

    def _release(self, item: Item | Path, seen: dict[str, str], on_file: Callable[[Path], None] | None) -> Iterator[Record]:
        if isinstance(item, Path):
            if on_file:
                on_file(item)
            return
        yield from self._kept([item], seen)

    def _resolved(self, pending: _Pending) -> Record:
        return self._cleaned(pending.key, pending.article_id, pending.source, pending.future.result)

    def _cleaned(self, key: str, article_id: str, source: str, make: Callable[[], Article]) -> Record:
        """What ``make`` gives (here, or a worker's result), kept in the store; its failure as a record."""
        try:
            record: Record = make()
        except InputError as exc:
            record = FailedInput(article_id, str(exc), source)
        except BrokenProcessPool:
            return FailedInput(article_id, f"{source}: a worker process died while this was being cleaned "
                                           "(killed for memory?); ingest it again, or with fewer workers", source)
        except Exception as exc:  # noqa: BLE001
            # One record that trips a bug must not end the batch and lose every article after it;
            # it comes out as an error record, not cached, so a fixed version cleans it again.
            return FailedInput(article_id, one_record_failed(source, "cleaning", exc), source)
        if self.store is not None:
            self.store.put_json("clean", key, record.to_dict())
        return record

    def _kept(self, items: Iterable[Item], seen: dict[str, str]) -> Iterator[Record]:
        """``items`` (a worker's once it is done), each id once (a later one is a duplicate's failure),
        articles kept in the store."""
        for item in items:
            record = self._resolved(item) if isinstance(item, _Pending) else item
            first = seen.get(record.id)
            if first is not None:
                record = FailedInput(record.id, f"{record.source or record.id}: duplicate id {record.id!r} (first from {first})", record.source)
            else:
                seen[record.id] = record.source or record.id
                if isinstance(record, Article) and self.store is not None:
                    self.store.put_article(record)
            yield record

    def _stdin(self) -> Iterator[Item]:
        """Standard input ("-"): JSONL records (as `corpora ingest -o -` writes them, so that the commands
        chain), or one text, id "stdin"."""
        data = sys.stdin.buffer.read()
        text = data.decode("utf-8-sig", errors="replace")
        if looks_like_jsonl(text):
            for lineno, obj in iter_jsonl_lines(text, "-"):
                yield from self._objects([(f"-:{lineno}", obj)], None)
            return
        yield self._cached("stdin", "-", data, functools.partial(clean_page, data, "stdin", "-", "", self.options))

    def _file(self, path: Path) -> Iterator[Item]:
        name = str(path)
        if name == "-":
            yield from self._stdin()
            return
        # What a compressed file holds decides its kind and id: "001.txt.gz" is the text file "001.txt".
        inner = inner_name(path)
        stem, suffix = inner.stem or name, inner.suffix.lower()
        # A file of many records (JSONL, a table, a feed) that fails as a whole is named by its path: its stem
        # is no article's id, and taken as one it made a record of that id elsewhere a "duplicate".
        collection = suffix in JSONL_SUFFIXES or suffix in TABLE_SUFFIXES or suffix in FEED_SUFFIXES
        if not path.exists():
            yield FailedInput(name if collection else stem, f"{name}: no such file or directory", name)
            return
        if suffix in JSONL_SUFFIXES:
            yield from self._or_no_records(self._jsonl(path, name), name)
            return
        if suffix in TABLE_SUFFIXES:
            yield from self._or_no_records(self._table(path, name, stem, TABLE_SUFFIXES[suffix]), name)
            return
        try:
            data = read_input(path)
        except InputError as exc:
            yield FailedInput(name if collection else stem, str(exc), name)
            return
        if suffix == ".json":
            yield from self._json_file(data, name, stem)
            return
        # An .xml file is a feed only if it opens as one: other XML (NITF articles) is read as a page, as before.
        if suffix in FEED_SUFFIXES or (suffix not in HTML_SUFFIXES and looks_like_feed(data)):
            yield from self._feed(data, name, stem)
            return
        yield self._cached(stem, name, data, functools.partial(clean_page, data, stem, name, suffix, self.options))

    def _feed(self, data: bytes, name: str, stem: str) -> Iterator[Item]:
        """An RSS or Atom feed: each item one record, as a JSONL line would give it (:mod:`xlnews.corpora.feeds`)."""
        try:
            items = list(feed_items(data, name, stem))
        except InputError as exc:
            yield FailedInput(name, str(exc), name)
            return
        if not items:
            yield FailedInput(name, f"{name}: a feed with no items", name)
            return
        yield from self._objects(items, None)

    def _cached(self, article_id: str, source: str, raw: bytes, make: Callable[[], Article]) -> Item:
        """The record ``make`` cleans, from the store where it was cleaned before; with workers, a pending
        record that one of them is cleaning (``make`` is then a picklable partial of a module function)."""
        key = cache_key(CLEANER_VERSION, self.options.__dict__, article_id, source, hashlib.sha256(raw).hexdigest())
        if self.store is not None:
            hit = self.store.get_json("clean", key)
            if hit is not None:
                self.reused += 1
                return record_from_dict(hit)
        if self._pool is not None:
            try:
                return _Pending(key, article_id, source, self._pool.submit(make))
            except BrokenProcessPool:
                # A worker died (killed for memory?): the records it held fail, and the rest are cleaned here.
                self._pool = None
        return self._cleaned(key, article_id, source, make)

    def _or_no_records(self, records: Iterator[Item], name: str) -> Iterator[Item]:
        """``records``, or where a file of records holds none (empty, blank lines, a header row alone), that
        as its failure: given as input, it would otherwise leave no trace in the output. Records of
        `xlnews translate` count, though they are kept as translations, not yielded."""
        empty, translations = True, self.translation_records
        for record in records:
            empty = False
            yield record
        if empty and self.translation_records == translations:
            yield FailedInput(name, f"{name}: no records in it", name)

    def _jsonl(self, path: Path, name: str) -> Iterator[Item]:
        """One record a line, read as a stream: a collection larger than memory is cleaned line by line,
        and a line that is not UTF-8 fails alone."""
        try:
            for lineno, obj in stream_jsonl(path):
                where = f"{name}:{lineno}"
                yield from self._objects([(where, obj)], None)
        except InputError as exc:
            # The file could not be read on (damaged or cut off): what came before it stands.
            yield FailedInput(name, str(exc), name)

    def _table(self, path: Path, name: str, stem: str, delimiter: str) -> Iterator[Item]:
        """A CSV or TSV file whose header row names its columns as JSONL records name their fields (``id``,
        ``text``, ``lang``, ``title``, ``published``, ``url``, ``author``, and other tools' names for them):
        each row one record, read as a stream. Read as one text, a table was one garbled article."""
        csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))  # an article is longer than csv's 128 KiB default
        try:
            with open_input(path) as fh:
                # Excel's "CSV" is written in the Windows code page (cp1254 in Turkey, cp1252 in Brazil), not UTF-8.
                encoding = text_encoding(fh.peek(1 << 16)[: 1 << 16] if hasattr(fh, "peek") else b"")
                text = io.TextIOWrapper(fh, encoding=encoding, newline="")
                first = text.readline()
                if delimiter == "," and first.count(";") > first.count(","):
                    delimiter = ";"  # Excel in Turkish, Portuguese and other decimal-comma locales writes CSV with semicolons
                rows = csv.reader(itertools.chain([first], text), delimiter=delimiter)
                header = [h.strip() for h in next(rows, [])]
                if not header:
                    return  # an empty file: no records (self._or_no_records says so)
                # A table with neither ids nor addresses (a spreadsheet of texts): each row is named by its number.
                numbered = not any(h in _FIELD_ALIASES["id"] or h in _FIELD_ALIASES["url"] for h in header)
                if not any(h in _FIELD_ALIASES["text"] for h in header):
                    yield FailedInput(name, f"{name}: no column of article text in the header row (one of "
                                            f"{', '.join(_FIELD_ALIASES['text'])}; found: {', '.join(header[:8]) or 'none'})", name)
                    return
                legacy = f"not UTF-8: read as {encoding}" if encoding != "utf-8-sig" else None
                for n, row in enumerate(rows, start=1):
                    if not any(cell.strip() for cell in row):
                        continue
                    where = f"{name}:{rows.line_num}"
                    if len(row) > len(header):
                        yield FailedInput(where, f"{where}: {len(row)} cells in a row under {len(header)} columns", where)
                        continue
                    obj = {h: cell for h, cell in zip(header, row) if h and cell.strip()}
                    for record in self._objects([(where, obj)], f"{stem}-{n}" if numbered else None):
                        if legacy and isinstance(record, Article):
                            record.warnings.append(legacy)
                        yield record
        except UnicodeDecodeError as exc:
            yield FailedInput(name, f"{name}: not {exc.encoding} text further on (save the table as UTF-8); the rows before stand", name)
        except csv.Error as exc:
            yield FailedInput(name, f"{name}: not a readable table ({exc}); the rows before stand", name)
        except InputError as exc:
            yield FailedInput(name, str(exc), name)

    def _json_file(self, data: bytes, name: str, stem: str) -> Iterator[Item]:
        """A .json file as scrapers write them: one article object (news-please, trafilatura; its id
        is the file's name unless it has one) or an array of them."""
        try:
            doc = json.loads(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            yield FailedInput(stem, f"{name}: not UTF-8 text; JSON must be UTF-8", name)
            return
        except json.JSONDecodeError as exc:
            yield FailedInput(stem, f"{name}: not valid JSON ({exc.msg} at line {exc.lineno})", name)
            return
        if isinstance(doc, dict):
            yield from self._objects([(name, doc)], stem)
        elif isinstance(doc, list):
            yield from self._or_no_records(self._objects(
                ((f"{name}[{i}]", obj if isinstance(obj, dict) else InputError(f"{name}[{i}]: expected a JSON object, got {type(obj).__name__}"))
                 for i, obj in enumerate(doc)), None), name)
        else:
            yield FailedInput(stem, f"{name}: expected a JSON object or array, got {type(doc).__name__}", name)

    def _objects(self, items: Iterable[tuple[str, dict[str, Any] | InputError]], default_id: str | None) -> Iterator[Item]:
        for where, obj in items:
            if isinstance(obj, InputError):
                yield FailedInput(where, str(obj), where)
                continue
            if _is_translation(obj):
                self.translation_records += 1
                if isinstance(obj.get("text"), str) and obj.get("id") is not None:
                    self.translations[str(obj["id"])] = obj["text"]
                elif isinstance(obj.get("error"), str) and obj.get("id") is not None:
                    self.translation_errors[str(obj["id"])] = obj["error"]
                continue
            extra = obj.get("translation")
            if isinstance(extra, dict):
                extra = extra.get("text")
            rid, id_is_url = _record_id(obj, default_id)
            if isinstance(extra, str) and extra.strip() and rid is not None:
                self.translations[rid] = extra
            yield self._json_record(obj, where, rid, id_is_url)

    def _json_record(self, obj: dict[str, Any], where: str, rid: str | None, id_is_url: bool) -> Item:
        if "error" in obj and "paragraphs" not in obj and obj.get("id") is not None:
            return record_from_dict(obj)
        if isinstance(obj.get("paragraphs"), list) and (obj.get("meta") or {}).get("cleaner") and obj.get("id") is not None:
            return Article.from_dict(obj)  # already cleaned by us: keep its audit trail as it is
        if rid is None:
            return FailedInput(where, f"{where}: record has no id (nor url)", where)
        body = _field(obj, "text")
        if isinstance(body, list):
            body = "\n\n".join(str(p) for p in body)
        if body is not None and not isinstance(body, str):
            return FailedInput(rid, f"{where}: record {rid!r}: text is not a string ({type(body).__name__})", obj.get("source") or where)
        if not body or not body.strip():
            return FailedInput(rid, f"{where}: record {rid!r} has no text", obj.get("source") or where)
        raw = body.encode("utf-8")

        make = functools.partial(clean_record, obj, body, where, rid, id_is_url, self.options)
        return self._cached(rid, obj.get("source") or where, raw + repr(sorted(obj.items())).encode(), make)


# Records in flight per worker: enough that none waits for work, few enough that memory stays flat.
IN_FLIGHT_PER_WORKER = 16


@dataclass
class _Pending:
    """A record a worker is cleaning: its store key, and what its failure is named by."""

    key: str
    article_id: str
    source: str
    future: Future[Article]


# What reading an input gives: a record, or one that a worker is cleaning.
Item = Record | _Pending


def clean_page(data: bytes, article_id: str, name: str, suffix: str, options: CleanOptions) -> Article:
    """A text or HTML file's bytes cleaned into its article (run in a worker process too)."""
    decoded = decode_bytes(data, name)
    if suffix in HTML_SUFFIXES or looks_like_html(decoded.text):
        page = extract_html(decoded.text, name)
        article = clean_text(
            page.text, article_id, source=name, title=page.title, published=page.published, url=page.url,
            author=page.author, options=options, prior_removals=page.removals,
        )
    else:
        article = clean_text(decoded.text, article_id, source=name, options=options)
    if decoded.encoding != "utf-8":
        article.warnings.append(f"not UTF-8: read as {decoded.encoding}")
        article.meta["encoding"] = decoded.encoding
    return article


def clean_record(obj: dict[str, Any], body: str, where: str, rid: str, id_is_url: bool, options: CleanOptions) -> Article:
    """A JSONL, JSON, table or feed record cleaned into its article (run in a worker process too)."""
    odd: list[str] = []
    given = _field(obj, "published")
    # MongoDB's JSON exports wrap dates: {"$date": "2018-10-01T..."} or {"$date": {"$numberLong": "1538..."}}.
    while isinstance(given, dict) and len(given) == 1 and next(iter(given)) in ("$date", "$numberLong"):
        given = next(iter(given.values()))
    published = parse_published(str(given)) if given else None
    text, markup = field_text(body, where)
    title = _text_field(obj, "title", " ", odd)
    article = clean_text(
        normalise_text(text), rid, source=obj.get("source") or where,
        title=field_text(title, where)[0] if title else None,
        published=published, url=_text_field(obj, "url", None, odd), author=_text_field(obj, "author", ", ", odd),
        lang=_text_field(obj, "lang", None, odd), options=options, prior_removals=markup,
    )
    article.warnings.extend(odd)
    if id_is_url:
        article.warnings.append("record has no id: its url is its id")
    if given and published is None:
        article.warnings.append(f"published {str(given)[:40]!r} is not a date"
                                + (" (a time counted back from when the page was read, which the record does not say)"
                                   if relative_time(str(given)) else "") + ": ignored"
                                + (f" (the date {article.published} is from the text or address)" if article.published else ""))
    return article


# Field names other tools write for ours: news-please ("maintext", "date_publish", "language",
# "authors"), trafilatura ("raw_text", "date", "language"), feeds and CMS exports ("body",
# "content", "pubDate", "headline"), NewsAPI ("publishedAt", "content"). The first present and non-empty wins.
_FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "article_id", "guid"),
    "text": ("text", "paragraphs", "maintext", "body", "content", "article", "raw_text"),
    "title": ("title", "headline"),
    "published": ("published", "date_publish", "date_published", "datePublished", "published_at", "publish_date",
                  "pubDate", "publishedAt", "publication_date", "pub_date", "date"),
    "lang": ("lang", "language", "locale"),
    "url": ("url", "link", "source_url"),
    "author": ("author", "authors", "byline"),
}


def _field(obj: dict[str, Any], name: str) -> Any:
    for key in _FIELD_ALIASES[name]:
        value = obj.get(key)
        if value is not None and value != [] and not (isinstance(value, str) and not value.strip()):
            return value
    return None


def _text_field(obj: dict[str, Any], name: str, joiner: str | None, warnings: list[str]) -> str | None:
    """A text field's value; a list of strings joined with ``joiner`` (authors, a headline in parts),
    where one is given, or taken when it holds one string. Anything else (a number, an object) is
    ignored with a warning rather than failing the record or the batch."""
    value = _field(obj, name)
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        parts = [v.strip() for v in value if v.strip()]
        if joiner is not None or len(parts) <= 1:
            return (joiner or "").join(parts) or None
    warnings.append(f"{name} is not text ({type(value).__name__} {json.dumps(value, ensure_ascii=False)[:40]}): ignored")
    return None


def _record_id(obj: dict[str, Any], default_id: str | None) -> tuple[str | None, bool]:
    """A record's id: its own (under any of the id field names), else ``default_id`` (a .json file's
    name), else its url (scrapers' records carry an address, not an id); and whether it is the url."""
    rid = _field(obj, "id")
    if rid is not None:
        return str(rid), False
    if default_id is not None:
        return default_id, False
    url = _field(obj, "url")
    return (url, True) if isinstance(url, str) else (None, False)


def _is_translation(obj: dict[str, Any]) -> bool:
    """A record written by ``xlnews translate``: English text with its source language and sentence pairs,
    or the error that kept an article from being translated, with the article's language."""
    return ("source_lang" in obj and ("sentences" in obj or "error" in obj) and "lang" not in obj
            and "paragraphs" not in obj)
