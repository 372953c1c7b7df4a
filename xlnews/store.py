"""The embedded store: one SQLite file that keeps articles and computed results between runs.

Articles are keyed by id; anything computed from them (cleaned text, translations, embeddings)
goes in ``cache`` under a key that names everything the result depends on, so a rerun, or a
batch resumed after an interruption, recomputes nothing it already has.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from xlnews.errors import XlnewsError
from xlnews.records import Article

DEFAULT_DB = Path(".xlnews") / "store.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    lang TEXT,
    source TEXT,
    record TEXT NOT NULL,
    updated REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS cache (
    namespace TEXT NOT NULL,
    key TEXT NOT NULL,
    value BLOB NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (namespace, key)
);
"""


def default_db_path() -> Path:
    """``$XLNEWS_DB`` if set, else ``.xlnews/store.sqlite3`` under the working directory."""
    env = os.environ.get("XLNEWS_DB")
    return Path(env) if env else DEFAULT_DB


def cache_key(*parts: Any) -> str:
    """A stable key for a tuple of JSON-able parts (model, revision, settings, text, ...)."""
    blob = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class Store:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # One connection, autocommit off: callers batch writes and commit every few hundred.
            self._db = sqlite3.connect(self.path)
            self._db.executescript(_SCHEMA)
            self._db.execute("PRAGMA journal_mode=WAL")
        except (OSError, sqlite3.DatabaseError) as exc:
            raise XlnewsError(f"{self.path}: cannot open the store ({exc})") from None
        self._pending = 0

    def close(self) -> None:
        self._db.commit()
        self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _wrote(self) -> None:
        self._pending += 1
        if self._pending >= 200:
            self.commit()

    def commit(self) -> None:
        self._db.commit()
        self._pending = 0

    # articles -----------------------------------------------------------------------------
    def put_article(self, article: Article) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO articles (id, lang, source, record, updated) VALUES (?, ?, ?, ?, ?)",
            (article.id, article.lang, article.source, json.dumps(article.to_dict(), ensure_ascii=False), time.time()),
        )
        self._wrote()

    def get_article(self, article_id: str) -> Article | None:
        row = self._db.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        return Article.from_dict(json.loads(row[0])) if row else None

    def article_ids(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT id FROM articles ORDER BY id")]

    def iter_articles(self) -> Iterator[Article]:
        for (record,) in self._db.execute("SELECT record FROM articles ORDER BY id"):
            yield Article.from_dict(json.loads(record))

    # computed results ---------------------------------------------------------------------
    def get(self, namespace: str, key: str) -> bytes | None:
        row = self._db.execute("SELECT value FROM cache WHERE namespace = ? AND key = ?", (namespace, key)).fetchone()
        return row[0] if row else None

    def put(self, namespace: str, key: str, value: bytes) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO cache (namespace, key, value, created) VALUES (?, ?, ?, ?)",
            (namespace, key, value, time.time()),
        )
        self._wrote()

    def get_json(self, namespace: str, key: str) -> Any | None:
        raw = self.get(namespace, key)
        return None if raw is None else json.loads(raw)

    def put_json(self, namespace: str, key: str, value: Any) -> None:
        self.put(namespace, key, json.dumps(value, ensure_ascii=False).encode("utf-8"))

    def count(self, namespace: str) -> int:
        return self._db.execute("SELECT COUNT(*) FROM cache WHERE namespace = ?", (namespace,)).fetchone()[0]
