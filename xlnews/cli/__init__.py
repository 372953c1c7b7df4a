"""The ``xlnews`` command line: a thin layer over the library."""

from __future__ import annotations

import typer

from xlnews import __version__
from xlnews.cli.common import run_cli
from xlnews.cli.corpora import app as corpora_app
from xlnews.cli.eval import app as eval_app
from xlnews.cli.align import align
from xlnews.cli.translate import translate

app = typer.Typer(
    name="xlnews",
    help="Cross-lingual news work: clean Turkish and Portuguese articles, translate them to English, "
    "align reports of the same event, and evaluate the results.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(corpora_app, name="corpora")
app.command("translate", no_args_is_help=True)(translate)
app.command("align", no_args_is_help=True)(align)
app.add_typer(eval_app, name="eval")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"xlnews {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    pass


def main() -> None:
    run_cli(app)
