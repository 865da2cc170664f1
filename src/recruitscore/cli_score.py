"""``recruitscore score``: stream a CSV/JSON Lines file through the model.

Registered in :mod:`recruitscore.cli` with ``app.command("score")(score_cmd)``. The work is done
by :func:`recruitscore.io.score_file`; this module only turns options into arguments, shows a
progress bar (on stderr, only when stderr is a terminal) and prints the summary line.

Exit codes: 0 ok; 1 with ``--fail-on-threshold`` when at least one row is flagged (the output
is still written); 2 for usage, input and model errors (one line on stderr, no traceback).
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:  # pragma: no cover
    from .io import ProgressCallback

__all__ = ["EncodingErrors", "Format", "score_cmd"]


class Format(StrEnum):
    """Table formats accepted by ``--format``."""

    csv = "csv"
    tsv = "tsv"
    jsonl = "jsonl"


class EncodingErrors(StrEnum):
    """What to do with bytes that are not valid UTF-8."""

    strict = "strict"
    replace = "replace"


@contextmanager
def _progress_bar(enabled: bool) -> Iterator[ProgressCallback | None]:
    """A rich progress bar on stderr, or ``None`` when disabled or stderr is not a terminal."""
    if not enabled or sys.stderr is None or not sys.stderr.isatty():  # closed: review29
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    progress = Progress(
        TextColumn("scoring"), BarColumn(), DownloadColumn(),
        TextColumn("{task.fields[rows]} rows"), TimeElapsedColumn(), TimeRemainingColumn(),
        console=Console(stderr=True), transient=True,
    )
    task = progress.add_task("score", total=None, rows="0")

    def update(done: int, total: int | None, rows: int) -> None:
        progress.update(task, completed=done, total=total, rows=f"{rows:,}")

    with progress:
        yield update


@contextmanager
def _stop_cleanly_on_signals() -> Iterator[None]:
    """Make SIGTERM and SIGINT (Ctrl-C) stop a run the same way: the temporary output file and
    model copy are removed, the worker processes stopped, one line is printed and the exit
    code is 128 + the signal number (143, 130).

    A signal may reach any thread while the main thread waits in a read (of a pipe, say) that it
    does not interrupt, and an exception raised from a handler could land inside pandas' reader,
    which turns it into a parse error. So the signal is also written to a wake-up pipe that a
    watcher thread reads, and whichever sees it first cleans up and ends the process with
    :func:`os._exit`.
    """
    import os
    import signal
    import threading

    lock = threading.Lock()

    def stop(signum: int, frame: object = None) -> None:
        if not lock.acquire(blocking=False):
            return  # the other path is already stopping the process
        try:
            # (a module still being imported has no run, so no temporary file, yet: a signal
            # in the first second found it half-imported, and the watcher thread died with
            # the lock held, so the run went on; rule R34-C)
            remove = getattr(sys.modules.get("recruitscore.io"), "remove_temporary", None)
            if remove is not None:
                with contextlib.suppress(Exception):
                    remove()
            from . import _workers

            with contextlib.suppress(Exception):
                _workers.shutdown()
            with contextlib.suppress(Exception):
                # the pool's semaphores released as a normal exit would before os._exit: else
                # loky's resource tracker warned of "leaked semlock objects" after the line
                # below (multiprocessing has no public call for this; rule R34-C)
                import multiprocessing.util

                multiprocessing.util._run_finalizers(0)
            with contextlib.suppress(Exception):
                sys.stderr.write("recruitscore: interrupted\n")
                sys.stderr.flush()
        finally:
            os._exit(128 + signum)

    try:
        previous = {signum: signal.signal(signum, stop)
                    for signum in (signal.SIGTERM, signal.SIGINT)}
    except ValueError:  # not the main thread (e.g. some test runners)
        yield
        return
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)
    previous_fd = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)

    def watch() -> None:
        while True:
            data = os.read(read_end, 1)
            if not data:  # the run is over (the write end was closed)
                os.close(read_end)
                return
            if data[0] in (signal.SIGTERM, signal.SIGINT):
                stop(data[0])

    threading.Thread(target=watch, daemon=True, name="recruitscore-signals").start()
    try:
        yield
    finally:
        signal.set_wakeup_fd(previous_fd)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        os.close(write_end)


def _start_workers_early(input_path: str, jobs: int | None) -> None:
    """For a large input file, start the worker processes before this process imports the
    scoring stack, so that both import at the same time (:func:`score_file` decides later
    whether to use them; unused ones stop after a short idle time)."""
    from . import _workers

    if input_path == "-":
        return  # a stream: its size is unknown
    try:
        size = Path(input_path).stat().st_size
    except OSError:
        return  # score_file reports a missing or unreadable input
    if size >= _workers.EARLY_START_BYTES:
        n = _workers.n_jobs(jobs)
        if n > 1:
            _workers.start(n - 1)


def score_cmd(
    input_path: Annotated[
        str, typer.Argument(metavar="INPUT", help="CSV/TSV/JSON Lines file to score ('-' = stdin).")
    ],
    output: Annotated[
        str, typer.Option("-o", "--output", help="Output file (default: stdout). Written to a "
                          "temporary file and moved into place only on success.")
    ] = "-",
    fmt: Annotated[
        Format | None, typer.Option("--format", help="Format of input and output (default: from "
                                    "the extensions; stdin: csv; stdout: as the input).")
    ] = None,
    model: Annotated[
        Path | None, typer.Option("--model", readable=False, help="Model file (.npz; default: "
                                  "the shipped model).")
    ] = None,
    threshold: Annotated[
        float | None, typer.Option("--threshold", min=0.0, max=1.0,
                                   help="Flag rows at or above this risk (default: the model's).")
    ] = None,
    fail_on_threshold: Annotated[
        bool, typer.Option("--fail-on-threshold", help="Exit with code 1 when a row is flagged.")
    ] = False,
    column_map: Annotated[
        list[str] | None, typer.Option("--map", metavar="SRC=DST",
                                       help="Rename a column, e.g. --map text=message "
                                       "(repeatable).")
    ] = None,
    sep: Annotated[
        str | None, typer.Option("--sep", help="Field delimiter of a CSV input (one character; "
                                 "'\\t' for tab).")
    ] = None,
    id_col: Annotated[
        str | None, typer.Option("--id-col", help="Column whose values should be unique (repeats "
                                 "are warned about, never dropped).")
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help="Scoring processes: this one and N-1 "
                                 "workers (default: all cores; 1 = this process only; at most "
                                 "the usable CPUs; a negative N counts back from all cores: "
                                 "-1 = all, -2 = all but one; 0 is refused).")
    ] = None,
    chunk_size: Annotated[
        int, typer.Option("--chunk-size", min=1, help="Rows read and scored at a time.")
    ] = 10_000,
    encoding_errors: Annotated[
        EncodingErrors, typer.Option("--encoding-errors", help="'strict': stop on bytes that "
                                     "are not UTF-8; 'replace': replace them with U+FFFD and "
                                     "count them.")
    ] = EncodingErrors.strict,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line "
                           "(warnings and errors are still printed).")
    ] = False,
    conversation_col: Annotated[
        str | None, typer.Option("--conversation-col", help="Score threads: group rows by "
                                 "this column (every row is a message from the counterpart) "
                                 "and write one row per conversation, riskiest first.")
    ] = None,
    date_col: Annotated[
        str | None, typer.Option("--date-col", help="With --conversation-col: order each "
                                 "thread by this column (default: file order).")
    ] = None,
    sanitize_formulas: Annotated[
        bool, typer.Option("--sanitize-formulas/--no-sanitize-formulas",
                           help="CSV/TSV output: prefix a single quote to cells starting with "
                           "= + - @ tab or CR, so spreadsheets show them as text instead of "
                           "running them.")
    ] = True,
) -> None:
    """Score every row of a CSV or JSON Lines file; write all rows with risk, band, flagged,
    signals, reasons and error, in input order."""
    from .cli import _say, guard

    if date_col is not None and conversation_col is None:
        _say("recruitscore: error: --date-col needs --conversation-col")
        raise typer.Exit(2)
    if conversation_col is not None:
        unused = [name for name, given in (("--id-col", id_col is not None),
                                           ("--jobs", jobs not in (None, 1)),
                                           ("--chunk-size", chunk_size != 10_000)) if given]
        if unused:  # said, not silently ignored (review25): threads are read and scored whole
            _say(f"recruitscore: warning: {', '.join(unused)} ignored with "
                 "--conversation-col (each thread is read and scored whole, one row per "
                 "conversation)")
        with _stop_cleanly_on_signals(), guard():
            from .conversations import score_threads_file
            from .model import load_model
            from .tables import parse_map

            conv = score_threads_file(
                input_path, None if output == "-" else output, conversation_col=conversation_col,
                date_col=date_col, model=load_model(model) if model else None,
                fmt=fmt.value if fmt else None, sep=sep, column_map=parse_map(column_map),
                encoding_errors=encoding_errors.value, threshold=threshold,
                sanitize_formulas=sanitize_formulas)
        n_flagged = int(conv["flagged"].sum())
        if not quiet:
            _say(f"recruitscore: {len(conv):,} conversations; {n_flagged:,} flagged")
        if fail_on_threshold and n_flagged:
            raise typer.Exit(1)
        return
    with _stop_cleanly_on_signals(), guard():
        _start_workers_early(input_path, jobs)
        from .io import score_file
        from .tables import parse_map

        def warn(message: str) -> None:
            _say(f"recruitscore: warning: {message}")

        mapping = parse_map(column_map)
        with _progress_bar(not quiet) as update:
            summary = score_file(
                input_path, None if output == "-" else output,
                model_path=model,
                fmt_in=fmt.value if fmt else None, fmt_out=fmt.value if fmt else None,
                sep=sep, column_map=mapping, id_col=id_col, chunk_size=chunk_size, jobs=jobs,
                encoding_errors=encoding_errors.value, threshold=threshold,
                progress=update, warn=warn, sanitize_formulas=sanitize_formulas,
            )
    # the command is done with its worker processes: stopping them here (idle by now) takes
    # less than letting the interpreter's exit handlers wind them down (0.5-1 s on 2 cores)
    from . import _workers

    _workers.shutdown()
    if not quiet:
        from .cli import STARTED

        summary.seconds = time.perf_counter() - STARTED  # the whole command, start-up included
        _say(f"recruitscore: {summary.line()}")
    if fail_on_threshold and summary.flagged:
        raise typer.Exit(1)
