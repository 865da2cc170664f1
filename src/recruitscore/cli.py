"""The ``recruitscore`` command line: each command is a thin layer over the library.

Data goes to stdout; messages go to stderr. Exit codes: 0 ok, 1 when ``--fail-on-threshold``
is given and a row reached the threshold, 2 for usage, input and model errors (one line on
stderr, never a traceback).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import __version__
from .errors import RecruitscoreError
from .signals import as_approach, extract_signals, list_signals

app = typer.Typer(
    name="recruitscore",
    help="Score recruiter approaches for covert-intelligence and fraud risk, with explained "
    "signals.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@contextmanager
def guard() -> Iterator[None]:
    """Turn expected errors into one line on stderr and exit code 2."""
    try:
        yield
    except typer.Exit:
        raise
    except RecruitscoreError as exc:
        typer.echo(f"recruitscore: error: {exc}", err=True)
        raise typer.Exit(2) from None
    except OSError as exc:
        typer.echo(f"recruitscore: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
                   err=True)
        raise typer.Exit(2) from None
    except UnicodeError as exc:
        typer.echo(f"recruitscore: error: cannot decode input: {exc}", err=True)
        raise typer.Exit(2) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"recruitscore {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Score recruiter approaches for covert-intelligence and fraud risk."""


@app.command("signals")
def signals_cmd(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List every signal with its category and description."""
    infos = [s.info() for s in list_signals()]
    if as_json:
        typer.echo(json.dumps(infos, ensure_ascii=False, indent=2))
        return
    table = Table(show_lines=False)
    for col in ("name", "category", "polarity", "description"):
        table.add_column(col, overflow="fold")
    for info in infos:
        table.add_row(info["name"], info["category"], info["polarity"], info["description"])
    Console(width=140).print(table)


def _highlight(text: str, spans: list[tuple[int, int]]) -> Text:
    out = Text(text)
    for start, end in spans:
        out.stylize("bold reverse", start, end)
    return out


@app.command("explain")
def explain_cmd(
    message: Annotated[str, typer.Argument(help="The approach message (use '-' for stdin).")],
    sender_headline: Annotated[str, typer.Option(help="Sender's headline.")] = "",
    sender_company: Annotated[str, typer.Option(help="Sender's company.")] = "",
    sender_company_url: Annotated[str, typer.Option(help="Sender's company URL.")] = "",
    sender_connections: Annotated[str, typer.Option(help="Sender's connection count.")] = "",
    sender_account_age_days: Annotated[
        str, typer.Option(help="Sender's account age in days.")
    ] = "",
    sender_has_photo: Annotated[str, typer.Option(help="1/0: does the sender have a photo?")] = "",
    target_headline: Annotated[str, typer.Option(help="The recipient's own headline.")] = "",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show the signals that fire on one message, with their evidence highlighted."""
    with guard():
        if message == "-":
            message = sys.stdin.read()
        fields = {
            "sender_headline": sender_headline,
            "sender_company": sender_company,
            "sender_company_url": sender_company_url,
            "sender_connections": sender_connections,
            "sender_account_age_days": sender_account_age_days,
            "sender_has_photo": sender_has_photo,
            "target_headline": target_headline,
        }
        approach = as_approach(message, **fields)
        for problem in approach.problems:
            typer.echo(f"recruitscore: note: {problem}", err=True)
        hits = extract_signals(approach)
        if as_json:
            typer.echo(json.dumps({"signals": [h.to_dict() for h in hits],
                                   "problems": list(approach.problems)},
                                  ensure_ascii=False, indent=2))
            return
        console = Console(width=120, highlight=False)
        spans = [(e.start, e.end) for h in hits for e in h.evidence
                 if e.field == "message" and e.start is not None and e.end is not None]
        console.print(_highlight(message, spans))
        console.print()
        if not hits:
            console.print("No signal fired.")
            return
        table = Table()
        for col in ("signal", "polarity", "evidence"):
            table.add_column(col, overflow="fold")
        for h in hits:
            ev = "; ".join(
                (f"{e.field}: " if e.field != "message" else "") + repr(e.snippet)
                for e in h.evidence
            )
            table.add_row(h.name, h.polarity, ev)
        console.print(table)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
