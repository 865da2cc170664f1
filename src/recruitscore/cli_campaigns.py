"""``recruitscore campaigns``: group a file's approaches into campaigns.

Registered in :mod:`recruitscore.cli`. The work is done by
:func:`recruitscore.campaigns.campaigns_file`; this module turns options into arguments and
prints the summary line. Exit codes: 0 ok; 2 for usage, input and model errors (one line on
stderr, no traceback, no output file); 143 / 130 when stopped by SIGTERM / Ctrl-C (one line, the
temporary outputs and working folder removed).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .cli_score import EncodingErrors, Format, _stop_cleanly_on_signals

__all__ = ["campaigns_cmd"]


def campaigns_cmd(
    input_path: Annotated[
        str, typer.Argument(metavar="INPUT", help="CSV/TSV/JSON Lines file ('-' = stdin).")
    ],
    output: Annotated[
        str, typer.Option("-o", "--output", help="Every row with campaign_id, campaign_size, "
                          "risk, flagged, indicators, error (default: stdout).")
    ] = "-",
    summary: Annotated[
        str | None, typer.Option("--summary", help="CSV file: one row per campaign.")
    ] = None,
    stix: Annotated[
        str | None, typer.Option("--stix", help="JSON file: a STIX 2.1 bundle of the campaigns "
                                 "with flagged members and their indicators.")
    ] = None,
    similarity: Annotated[
        float, typer.Option("--similarity", min=0.05, max=0.95,
                            help="Jaccard similarity of masked word shingles at which two "
                            "messages share a template.")
    ] = 0.5,
    shingle_size: Annotated[
        int, typer.Option("--shingle-size", min=1, max=10, help="Words per shingle.")
    ] = 3,
    num_perm: Annotated[
        int, typer.Option("--num-perm", min=16, max=1024, help="MinHash permutations.")
    ] = 128,
    date_col: Annotated[
        str | None, typer.Option("--date-col", help="ISO 8601 date column for first/last date "
                                 "(default: date, sent_at, timestamp, ... if present).")
    ] = None,
    sender_col: Annotated[
        str | None, typer.Option("--sender-col", help="Column identifying the sender (counted "
                                 "only; default: sender_id, sender_name, ... if present).")
    ] = None,
    target_col: Annotated[
        str | None, typer.Option("--target-col", help="Column identifying the target (counted "
                                 "only; default: target_id, target_name, ... if present).")
    ] = None,
    stix_created: Annotated[
        str | None, typer.Option("--stix-created", help="Timestamp for the bundle's objects "
                                 "(ISO 8601; default: now). Fix it for reproducible bundles.")
    ] = None,
    fmt: Annotated[
        Format | None, typer.Option("--format", help="Format of input and output (default: from "
                                    "the extensions).")
    ] = None,
    model: Annotated[
        Path | None, typer.Option("--model", readable=False,
                                  help="Model file (default: the shipped model).")
    ] = None,
    threshold: Annotated[
        float | None, typer.Option("--threshold", min=0.0, max=1.0,
                                   help="Flag rows at or above this risk (default: the model's).")
    ] = None,
    column_map: Annotated[
        list[str] | None, typer.Option("--map", metavar="SRC=DST",
                                       help="Rename a column, e.g. --map text=message.")
    ] = None,
    sep: Annotated[
        str | None, typer.Option("--sep", help="Field delimiter of a CSV input.")
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help="Scoring processes (default: all cores; "
                                 "1 = this process only; -1 = all, -2 = all but one).")
    ] = None,
    chunk_size: Annotated[
        int, typer.Option("--chunk-size", min=1, help="Rows read at a time.")
    ] = 10_000,
    encoding_errors: Annotated[
        EncodingErrors, typer.Option("--encoding-errors", help="'strict' or 'replace' bytes "
                                     "that are not UTF-8.")
    ] = EncodingErrors.strict,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No summary line.")
    ] = False,
) -> None:
    """Group approaches that share a template (near-duplicate text once names, numbers and
    greetings are masked) or an indicator (handle, phone, e-mail, URL, domain) into campaigns;
    write every row with its campaign, a per-campaign summary and a STIX 2.1 bundle."""
    from .cli import _say, guard

    with _stop_cleanly_on_signals(), guard():
        from .campaigns import campaigns_file
        from .tables import parse_map

        def warn(message: str) -> None:
            _say(f"recruitscore: warning: {message}")

        result = campaigns_file(
            input_path, None if output == "-" else output, summary_path=summary,
            stix_path=stix, model_path=model,
            fmt_in=fmt.value if fmt else None, fmt_out=fmt.value if fmt else None, sep=sep,
            column_map=parse_map(column_map), chunk_size=chunk_size, jobs=jobs,
            encoding_errors=encoding_errors.value, threshold=threshold, similarity=similarity,
            shingle_size=shingle_size, num_perm=num_perm, date_col=date_col,
            sender_col=sender_col, target_col=target_col, stix_created=stix_created, warn=warn,
        )
    if not quiet:
        _say(f"recruitscore: {result.line()}")
