"""What every command shares: the console, one-line errors, the store option."""

from __future__ import annotations

import os
from pathlib import Path

import typer
from rich.console import Console

from xlnews.errors import XlnewsError
from xlnews.store import Store, default_db_path

console = Console(stderr=True, highlight=False)

DbOption = typer.Option(
    None, "--db", help="SQLite store that keeps articles and results between runs [default: $XLNEWS_DB or .xlnews/store.sqlite3]",
)


def open_store(db: Path | None, enabled: bool = True) -> Store | None:
    return Store(db or default_db_path()) if enabled else None


def fail(message: str, code: int = 2) -> typer.Exit:
    """Prints one line on stderr and returns the Exit to raise."""
    console.print(f"[bold red]error:[/] {message}", soft_wrap=True)
    return typer.Exit(code)


def run_cli(app: typer.Typer) -> None:
    """Runs the app; a user's mistake or an unexpected failure comes out as one line, not a traceback.

    Usage errors, ``typer.Exit`` and Ctrl-C are handled by click's standalone mode."""
    try:
        app()
    except XlnewsError as exc:
        console.print(f"[bold red]error:[/] {exc}", soft_wrap=True)
        raise SystemExit(2) from None
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        if os.environ.get("XLNEWS_DEBUG"):
            raise
        console.print(f"[bold red]internal error:[/] {type(exc).__name__}: {exc} (set XLNEWS_DEBUG=1 for the traceback)", soft_wrap=True)
        raise SystemExit(3) from None
