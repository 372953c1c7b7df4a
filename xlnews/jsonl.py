"""JSON Lines: one JSON object a line, UTF-8, non-ASCII kept as it is."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from xlnews.errors import InputError


def dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False)


@contextmanager
def open_output(path: str | Path) -> Iterator[IO[str]]:
    """A text stream for ``path``; ``-`` is standard output."""
    if str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    p = Path(path)
    if p.parent and not p.parent.exists():
        p.parent.mkdir(parents=True, exist_ok=True)
    with p.open("w", encoding="utf-8", newline="\n") as fh:
        yield fh


def write_jsonl(path: str | Path, objects: Iterable[dict[str, Any]]) -> int:
    n = 0
    with open_output(path) as fh:
        for obj in objects:
            fh.write(dumps(obj))
            fh.write("\n")
            n += 1
    return n


def iter_jsonl_lines(text: str, name: str) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    """Yields (line number, object or the error for that line); blank lines are skipped."""
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield lineno, InputError(f"{name}:{lineno}: not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield lineno, InputError(f"{name}:{lineno}: expected a JSON object, got {type(obj).__name__}")
            continue
        yield lineno, obj


def read_jsonl(path: str | Path) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    p = Path(path)
    try:
        text = sys.stdin.read() if str(path) == "-" else p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text; JSONL must be UTF-8") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    yield from iter_jsonl_lines(text, str(path))
