"""Commands whose engines are not built yet. They exist so ``--help`` shows the whole tool, and
they say plainly that they cannot run yet rather than pretending to."""

from __future__ import annotations

import typer

from xlnews.cli.common import fail


def _pending(name: str, summary: str, issue: int) -> typer.Typer:
    app = typer.Typer(help=f"{summary}  [not available yet: issue #{issue}]", invoke_without_command=True)

    @app.callback()
    def _run(ctx: typer.Context) -> None:
        raise fail(f"`xlnews {name}` is not available in this version yet (tracked in issue #{issue})")

    return app


align_app = _pending("align", "Match reports of the same event across languages and show the evidence.", 5)
