"""JSON Lines: one JSON object a line, UTF-8, non-ASCII kept as it is."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from xlnews.compressed import open_input, open_text_output
from xlnews.corpora.decode import utf16_encoding
from xlnews.errors import InputError


def dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False)


@contextmanager
def open_output(path: str | Path) -> Iterator[IO[str]]:
    """A text stream for ``path``, compressed when it ends in .gz, .bz2 or .xz; ``-`` is standard output."""
    if str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    p = Path(path)
    if p.parent and not p.parent.exists():
        p.parent.mkdir(parents=True, exist_ok=True)
    with open_text_output(p) as fh:
        yield fh


def write_jsonl(path: str | Path, objects: Iterable[dict[str, Any]]) -> int:
    n = 0
    with open_output(path) as fh:
        for obj in objects:
            fh.write(dumps(obj))
            fh.write("\n")
            n += 1
    return n


def parse_jsonl_line(line: str, name: str, lineno: int) -> dict[str, Any] | InputError:
    """One line's object, or the error that names the line."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(f"{name}:{lineno}: not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return InputError(f"{name}:{lineno}: expected a JSON object, got {type(obj).__name__}")
    return obj


def iter_jsonl_lines(text: str, name: str) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    """Yields (line number, object or the error for that line); blank lines are skipped. Lines end at
    newlines only: U+2028 and U+0085 may stand unescaped inside a JSON string."""
    for lineno, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield lineno, parse_jsonl_line(line, name, lineno)


def stream_jsonl(path: str | Path) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    """As :func:`iter_jsonl_lines`, reading ``path`` (compressed or not) a line at a time; a line that is
    not UTF-8 is that line's error. Raises :class:`InputError` when the file cannot be read (on)."""
    name = str(path)
    with open_input(Path(path)) as fh:
        wide = utf16_encoding(fh.peek(8192)[:8192]) if hasattr(fh, "peek") else None
        if wide:
            # UTF-16 (Windows tools write it): read as text, one line at a time all the same.
            text = io.TextIOWrapper(fh, encoding=wide, newline="")
            for lineno, line in enumerate(text, start=1):
                line = line.lstrip("\ufeff") if lineno == 1 else line
                if line.strip():
                    yield lineno, parse_jsonl_line(line, name, lineno)
            return
        for lineno, raw in enumerate(fh, start=1):
            if lineno == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield lineno, InputError(f"{name}:{lineno}: not UTF-8 text; JSONL must be UTF-8")
                continue
            yield lineno, parse_jsonl_line(line, name, lineno)


def read_jsonl(path: str | Path) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    """A JSONL file's objects (``-``: standard input), each with its line number."""
    if str(path) == "-":
        yield from iter_jsonl_lines(sys.stdin.read(), "-")
        return
    yield from stream_jsonl(path)


def looks_like_jsonl(text: str) -> bool:
    """Whether ``text`` (read from a stream with no name to tell) is JSONL: its first line a JSON object."""
    first = text.lstrip().split("\n", 1)[0]
    return first.startswith("{") and isinstance(parse_jsonl_line(first, "-", 1), dict)
