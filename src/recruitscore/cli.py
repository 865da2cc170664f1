"""The ``recruitscore`` command line: each command is a thin layer over the library.

Data goes to stdout; messages go to stderr. Exit codes: 0 ok, 1 when ``--fail-on-threshold``
is given and a row reached the threshold, 2 for usage, input and model errors (one line on
stderr, never a traceback), 130 / 143 when stopped by Ctrl-C / SIGTERM (one line), 70 for a
fault of the library itself (one line, never a traceback), 141 when the reader of standard
output goes away (no message; the help too).
"""

from __future__ import annotations

import errno
import json
import os
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from . import __version__
from .cli_score import EncodingErrors
from .errors import RecruitscoreError


def _process_start() -> float:
    """The ``time.perf_counter()`` reading at which this process started (Linux: from
    ``/proc``; elsewhere, now), so that the summary's seconds include start-up."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return time.perf_counter() - (uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.perf_counter()


#: When the command line's process started.
STARTED = _process_start()

if TYPE_CHECKING:  # pragma: no cover
    from rich.text import Text

# Commands import what they need when they run, so that the command line starts fast (and
# ``recruitscore score`` can start its worker processes before the heavy imports).

app = typer.Typer(
    name="recruitscore",
    help="Score recruiter approaches for covert-intelligence and fraud risk, with explained "
    "signals.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


ModelOpt = Annotated[
    Path | None, typer.Option("--model", readable=False,
                              help="Model file (default: the shipped model).")
]


def _quiet_stdout(stream: Any = None) -> None:
    """Point standard output (or ``stream``) at the null device, so that flushing it at exit
    cannot fail on a closed pipe or a full disk again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, (sys.stdout if stream is None else stream).fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # pragma: no cover - no real stdout
        pass


def _say(text: str) -> None:
    """A line on stderr. If its reader went away (``cmd 2>&1 >/dev/null | true``) the line is
    lost and the command keeps its own exit code (a missing input and a successful run both
    exited 141; review30)."""
    try:
        typer.echo(text, err=True)
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        _quiet_stdout(sys.stderr)


def _console(**kwargs: Any) -> Any:
    """A rich console for standard output whose broken pipe ends the command quietly with exit
    141, as :func:`guard` does (rich's own handler exits 1, the code of a flagged row;
    ``explain ... | head`` gave it)."""
    from rich.console import Console

    class _PipeConsole(Console):
        def on_broken_pipe(self) -> None:  # as guard() does, also outside it (review27)
            _quiet_stdout()
            raise typer.Exit(128 + 13)

    return _PipeConsole(**kwargs)


@contextmanager
def guard() -> Iterator[None]:
    """Turn expected errors into one line on stderr and exit code 2 (any other exception, a
    fault of the library, into one line and exit code 70)."""
    try:
        yield
    except typer.Exit:
        raise
    except BrokenPipeError:
        # the reader went away (``recruitscore score big.csv | head``): stop quietly, as
        # conventional tools do when SIGPIPE ends them (exit 128 + 13)
        _quiet_stdout()
        from . import _workers

        _workers.shutdown()
        raise typer.Exit(128 + 13) from None
    except RecruitscoreError as exc:
        _error_line(f"recruitscore: error: {exc}")
        raise typer.Exit(2) from None
    except OSError as exc:
        _error_line(_os_error_text(exc))
        raise typer.Exit(2) from None
    except MemoryError:
        _say("recruitscore: error: out of memory (try --jobs 1, a smaller --chunk-size, "
             "or a smaller input)")
        raise typer.Exit(2) from None
    except UnicodeError as exc:
        what = "encode output" if isinstance(exc, UnicodeEncodeError) else "decode input"
        _error_line(f"recruitscore: error: cannot {what}: {exc}")
        raise typer.Exit(2) from None
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM during ``score``
        from . import _workers

        _workers.shutdown()
        signum = getattr(exc, "signum", 2)
        _say("recruitscore: interrupted")
        raise typer.Exit(128 + signum) from None
    except Exception as exc:  # a fault of the library itself: one line, never a traceback
        from . import _workers

        _workers.shutdown()
        _error_line(f"recruitscore: internal error: {type(exc).__name__}: {exc} (please report "
                    "it, with the command that caused it)")
        raise typer.Exit(70) from None  # EX_SOFTWARE


def _os_error_text(exc: OSError) -> str:
    """The error line of an :class:`OSError`: what went wrong, and the file it names."""
    return f"recruitscore: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")


@contextmanager
def sigterm_interrupts() -> Iterator[None]:
    """Make SIGTERM stop a command as Ctrl-C does: a :class:`KeyboardInterrupt` (carrying the
    signal number) unwinds the run, so temporary files are removed, and :func:`guard` prints
    one line and exits with 143.

    For the commands that hold their input in memory (``train``, ``evaluate``, ``inbox``);
    ``score`` and ``campaigns`` have their own handler (see
    :func:`recruitscore.cli_score._stop_cleanly_on_signals`).
    """
    import signal

    def interrupt(signum: int, frame: object) -> None:
        exc = KeyboardInterrupt()
        exc.signum = signum  # type: ignore[attr-defined]
        raise exc

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


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
    from rich.table import Table

    from .signals import list_signals

    infos = [s.info() for s in list_signals()]
    if as_json:
        typer.echo(json.dumps(infos, ensure_ascii=False, indent=2))
        return
    table = Table(show_lines=False)
    for col in ("name", "category", "polarity", "description"):
        table.add_column(col, overflow="fold")
    for info in infos:
        table.add_row(info["name"], info["category"], info["polarity"], info["description"])
    _console(width=140).print(table)


def _error_line(text: str) -> None:
    """One error line on stderr, its control characters (a file's header, a path) shown as
    escapes and its line breaks as spaces: the line names what the input holds, and the input
    may be written by an attacker (review17)."""
    _say("".join(" " if ch in "\n\r" else _visible(ch) for ch in text))


def _visible(ch: str) -> str:
    """A character as the terminal should show it: control characters (ESC, BEL, C1...) other
    than a line break or a tab as escapes, so that a message cannot drive the analyst's
    terminal (clear the screen, recolour or hide what follows)."""
    if ch in "\n\t" or not (ch < " " or "\x7f" <= ch <= "\x9f"):
        return ch
    return f"\\x{ord(ch):02x}"


#: ``explain`` shows a longer message as excerpts (rule R34-C: rendering a 20 MB line took 169 s)
SHOW_WHOLE_CHARS = 20_000
#: Characters shown on each side of a piece of evidence, or at each end without one.
SHOW_CONTEXT_CHARS = 300
SHOW_MAX_EXCERPTS = 20


def _excerpts(n: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges of a message of ``n`` characters that ``explain`` shows: all of it up to
    :data:`SHOW_WHOLE_CHARS`; else the evidence with :data:`SHOW_CONTEXT_CHARS` around each
    piece (overlaps merged, at most :data:`SHOW_MAX_EXCERPTS`), or the head and the tail.

    Examples
    --------
    >>> _excerpts(100, [(10, 20)])
    [(0, 100)]
    >>> _excerpts(50_000, [(30_000, 30_008), (30_100, 30_110)])
    [(29700, 30410)]
    >>> _excerpts(50_000, [])
    [(0, 300), (49700, 50000)]
    """
    if n <= SHOW_WHOLE_CHARS:
        return [(0, n)]
    wanted = sorted((max(0, s - SHOW_CONTEXT_CHARS), min(n, e + SHOW_CONTEXT_CHARS))
                    for s, e in spans) or [(0, SHOW_CONTEXT_CHARS), (n - SHOW_CONTEXT_CHARS, n)]
    merged: list[tuple[int, int]] = []
    for s, e in wanted:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged[:SHOW_MAX_EXCERPTS]  # (the table below the text lists all the evidence)


def _highlight(text: str, spans: list[tuple[int, int]]) -> Text:
    """The message as the terminal shows it, evidence highlighted; a long one as excerpts
    (:func:`_excerpts`) with the number of characters left out between them."""
    from rich.text import Text

    ranges = _excerpts(len(text), spans)
    if ranges == [(0, len(text))]:
        return _highlight_range(text, spans)
    out = Text()
    at = 0
    for lo, hi in ranges:
        if lo > at:
            out.append(f"[... {lo - at:,} characters not shown ...]", style="dim")
        out.append_text(_highlight_range(text[lo:hi], [(max(s, lo) - lo, min(e, hi) - lo)
                                                       for s, e in spans if s < hi and e > lo]))
        at = hi
    if at < len(text):
        hidden = sum(1 for s, _ in spans if s >= at)
        more = f"; {hidden:,} more pieces of evidence, in the table" if hidden else ""
        out.append(f"[... {len(text) - at:,} characters not shown{more} ...]", style="dim")
    return out


def _highlight_range(text: str, spans: list[tuple[int, int]]) -> Text:
    """``text`` with ``spans`` (positions in ``text``) highlighted, as the terminal shows it."""
    from rich.text import Text

    pieces: list[str] = []
    at: list[int] = []  # where each character of ``text`` starts in the shown text
    n = 0
    for ch in text:
        at.append(n)
        shown = _visible(ch)
        pieces.append(shown)
        n += len(shown)
    at.append(n)
    out = Text("".join(pieces))
    for start, end in spans:
        out.stylize("bold reverse", at[start], at[end])
    return out


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def _argument_text(value: str, name: str, errors: str) -> str:
    """A command-line argument as text: bytes that were not UTF-8 (which Python keeps as
    ``\\udc80``...``\\udcff``) are read as standard input is read, refused with
    ``--encoding-errors strict`` and U+FFFD with ``replace`` (review36, R30-R), not taken
    for lone surrogates."""
    if not _ESCAPED_BYTE.search(value):
        return value
    from .tables import decode_text

    try:
        data = value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that is no escaped byte: the library reads it
        return value
    text = decode_text(data, name, errors=errors)
    replaced = text.count("\ufffd") - value.count("\ufffd")
    if replaced > 0:
        _say(f"recruitscore: warning: replaced {replaced:,} undecodable byte sequence(s) in "
             f"{name} with U+FFFD")
    return text


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
    model: ModelOpt = None,
    signals_only: Annotated[
        bool, typer.Option("--signals-only", help="Show the signals only, without a model.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    encoding_errors: EncErrOpt = EncodingErrors.strict,
) -> None:
    """Show the risk of one message and the signals behind it, with evidence highlighted."""
    from rich.table import Table

    from .signals import as_approach, extract_signals

    with guard():
        if message == "-":
            from .errors import InputError
            from .tables import decode_text

            if sys.stdin is None:
                raise InputError("standard input is closed; give the message or pipe it in")
            raw = getattr(sys.stdin, "buffer", None)  # (a text-only stdin is already decoded)
            data = raw.read() if raw is not None else sys.stdin.read().encode("utf-8",
                                                                             "surrogatepass")
            message = decode_text(data, "standard input", errors=encoding_errors)
            replaced = message.count("\ufffd") - data.count("\ufffd".encode())
            if replaced > 0:
                _say(f"recruitscore: warning: replaced {replaced:,} undecodable byte "
                     "sequence(s) with U+FFFD")
        else:
            message = _argument_text(message, "the message argument", encoding_errors)
        fields = {
            "sender_headline": sender_headline,
            "sender_company": sender_company,
            "sender_company_url": sender_company_url,
            "sender_connections": sender_connections,
            "sender_account_age_days": sender_account_age_days,
            "sender_has_photo": sender_has_photo,
            "target_headline": target_headline,
        }
        fields = {k: _argument_text(v, f"--{k.replace('_', '-')}", encoding_errors)
                  for k, v in fields.items()}
        approach = as_approach(message, **fields)
        notes = approach.notes
        for problem in notes:
            _say(f"recruitscore: note: {problem}")
        result = None
        if signals_only:
            hits = extract_signals(approach)
        else:
            from .model import load_model
            from .scoring import score

            result = score(approach, model=load_model(model))
            hits = result.hits
        if as_json:
            data = {"signals": [h.to_dict() for h in hits], "problems": list(notes)}
            if result is not None:
                data = result.to_dict()
            typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
            return
        console = _console(width=120, highlight=False)
        if result is not None:
            console.print(f"risk {result.risk:.2f}  band {result.band}  "
                          f"flagged {'yes' if result.flagged else 'no'} "
                          f"(threshold {result.threshold:.2f})")
            if result.reasons:
                console.print("why: " + "".join(map(_visible, "; ".join(result.reasons))),
                              markup=False)
        spans = [(e.start, e.end) for h in hits for e in h.evidence
                 if e.field == "message" and e.start is not None and e.end is not None]
        console.print(_highlight(message, spans))
        console.print()
        if not hits:
            console.print("No signal fired.")
            return
        table = Table()
        for col in ("signal", "polarity", "contribution", "evidence"):
            table.add_column(col, overflow="fold")
        for h in hits:
            ev = "; ".join(
                (f"{e.field}: " if e.field != "message" else "") + repr(e.snippet)
                for e in h.evidence
            )
            contrib = "" if result is None else f"{result.signal_contribution(h.name):+.2f}"
            table.add_row(h.name, h.polarity, contrib, ev)
        console.print(table)
        if result is not None:
            wording = result.explain().split("\n")
            start = next((i for i, line in enumerate(wording) if line.startswith("wording")),
                         None)
            if start is not None:
                console.print("".join(map(_visible, "\n".join(wording[start:]))), markup=False)


MapOpt = Annotated[
    list[str] | None,
    typer.Option("--map", help="Rename an input column onto the schema: SRC=DST (repeatable)."),
]
LabelOpt = Annotated[str, typer.Option("--label-col", help="The label column.")]
SepOpt = Annotated[str | None, typer.Option("--sep", help="Field delimiter (default , or tab).")]
NoHeaderOpt = Annotated[
    bool, typer.Option("--no-header", help="The file has no header row (name --columns).")
]
ColumnsOpt = Annotated[
    str | None, typer.Option("--columns", help="Comma-separated column names (with --no-header).")
]
PositiveOpt = Annotated[
    str | None, typer.Option("--positive", help="Label value meaning hostile/fraud (=1).")
]
EncErrOpt = Annotated[
    EncodingErrors,
    typer.Option("--encoding-errors", help="strict (default) or replace undecodable bytes."),
]


def _check_report_folder(report: Path) -> None:
    """Refuse, before any work, a ``--report`` folder that cannot hold report.html: a file, a
    link to nowhere, a path under a file, or a report.html that is a folder."""
    from .errors import InputError
    from .io import check_output_folder

    check_output_folder(report, "--report")
    if (report / "report.html").is_dir():
        raise InputError(f"--report {report}: {report / 'report.html'} is a folder")


def _read(path: Path, sep: str | None, no_header: bool, columns: str | None,
          mapping: list[str] | None, encoding_errors: str) -> Any:
    from .tables import parse_map, read_table

    cols = [c.strip() for c in columns.split(",")] if columns else None
    return read_table(path, sep=sep, header=not no_header, columns=cols,
                      encoding_errors=encoding_errors, column_map=parse_map(mapping))


@app.command("train")
def train_cmd(
    data: Annotated[Path, typer.Argument(readable=False, help="Labelled CSV/TSV/JSONL file.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Model file to write (.npz).")],
    label_col: LabelOpt = "label",
    mapping: MapOpt = None,
    sep: SepOpt = None,
    no_header: NoHeaderOpt = False,
    columns: ColumnsOpt = None,
    positive: PositiveOpt = None,
    c_text: Annotated[
        float, typer.Option("--c-text", help="Inverse regularisation of the text model.")
    ] = 3.0,
    text_cap: Annotated[
        float, typer.Option("--text-cap", min=0.0, help="Most the wording can add or take "
                            "(log-odds); the text model's own log-odds are clipped at half.")
    ] = 3.0,
    no_text: Annotated[bool, typer.Option("--no-text", help="Signals only, no n-grams.")] = False,
    signal_prior: Annotated[
        float, typer.Option("--signal-prior", min=0.0, help="Weight a red flag has when no "
                            "training row fires it; the data move it (0: the data alone).")
    ] = 1.0,
    group_col: Annotated[
        str | None, typer.Option("--group-col", help="Source of each row: out-of-fold "
                                 "predictions never have a source on both sides.")
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed (training is deterministic).")] = 0,
    repeats: Annotated[
        int, typer.Option("--repeats", min=1, help="Repeats of the out-of-fold predictions "
                          "that calibrate the model and set its threshold (pooled).")
    ] = 1,
    fragments: Annotated[
        int, typer.Option("--fragments", min=0, help="Pieces of each legitimate message added "
                          "to the text part as legitimate (see TrainParams.fragments).")
    ] = 0,
    mixes: Annotated[
        int, typer.Option("--mixes", min=0, help="Copies of each hostile message with a "
                          "legitimate passage added, as hostile (see TrainParams.mixes).")
    ] = 0,
    encoding_errors: EncErrOpt = EncodingErrors.strict,
) -> None:
    """Train a calibrated model on labelled messages and write it with its manifest."""
    with sigterm_interrupts(), guard():
        from .errors import InputError
        from .model import TrainParams, train

        if output.suffix != ".npz":
            raise InputError(f"the model file must end in .npz, got {output.name!r}")
        if str(data) != "-":
            from .io import _same_file

            for written in (output, output.with_suffix(".json")):
                if _same_file(data, written):
                    raise InputError(f"the model would be written over the training data "
                                     f"({written} is {data}); choose another -o")
        df = _read(data, sep, no_header, columns, mapping, encoding_errors)
        if group_col is not None and group_col not in df.columns:
            raise InputError(f"no group column {group_col!r} in {data.name}")
        groups = df[group_col].astype(str).tolist() if group_col else None
        params = TrainParams(C_text=c_text, text_cap=text_cap, text_bound=text_cap / 2,
                             text=not no_text, signal_prior=signal_prior, seed=seed,
                             repeats=repeats,
                             fragments=fragments, mixes=mixes)
        model = train(df, label=label_col, positive=positive, params=params, groups=groups,
                      extra_manifest={"trained_from": data.name})
        path = model.save(output)
        _say(f"recruitscore: wrote {path} ({len(df)} rows, threshold "
             f"{model.threshold:.3f})")


def _print_metrics(m: dict[str, Any]) -> None:
    from rich.table import Table
    from rich.text import Text

    keys = ("n", "roc_auc", "pr_auc", "f1", "precision", "recall", "fpr", "accuracy", "ece",
            "brier")
    table = Table()
    table.add_column("set")
    for k in keys:
        table.add_column(k, justify="right")

    def row(name: str, mm: dict[str, Any]) -> None:
        # a group value is the input's (``--by sender_company``): its control characters are
        # shown as escapes and its brackets as written, never as rich markup (red-team round
        # 11 L2, rule R32-H)
        shown = Text("".join(" " if ch in "\n\r" else _visible(ch) for ch in name))
        table.add_row(shown, *[f"{mm[k]:.3f}" if isinstance(mm[k], float) else str(mm[k])
                               for k in keys])

    row("all", m)
    for key, groups in m.items():
        if key.startswith("per_"):
            for g, mm in groups.items():
                row(f"{key[4:]}={g}", mm)
    _console(width=140).print(table)


@app.command("evaluate")
def evaluate_cmd(
    data: Annotated[Path, typer.Argument(readable=False, help="Labelled CSV/TSV/JSONL file.")],
    model: ModelOpt = None,
    label_col: LabelOpt = "label",
    mapping: MapOpt = None,
    sep: SepOpt = None,
    no_header: NoHeaderOpt = False,
    columns: ColumnsOpt = None,
    positive: PositiveOpt = None,
    by: Annotated[str, typer.Option("--by", help="Group metrics by this column.")] = "language",
    report: Annotated[
        Path | None, typer.Option("--report", help="Write an HTML report into this folder.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
    encoding_errors: EncErrOpt = EncodingErrors.strict,
) -> None:
    """Evaluate a model on labelled messages: ROC/PR AUC, F1, recall and FPR, calibration."""
    with sigterm_interrupts(), guard():
        from .evaluate import evaluate_scores, labels_and_risk
        from .model import load_model

        if report is not None:
            _check_report_folder(report)
        df = _read(data, sep, no_header, columns, mapping, encoding_errors)
        if by not in df.columns and by != "language":  # (the default may be absent)
            from .errors import InputError

            raise InputError(f"--by {by!r} is not a column (found: "
                             f"{', '.join(map(str, df.columns))})")
        m = load_model(model)
        y, risk = labels_and_risk(m, df, label=label_col, positive=positive)
        groups = df[by].astype(str).to_numpy() if by in df.columns else None
        result = evaluate_scores(y, risk, threshold=m.threshold, groups=groups, by=by)
        if report is not None:
            from .report import write_report

            path = write_report(
                report / "report.html", y, risk, threshold=m.threshold, metrics=result,
                weights=m.feature_weights(), groups=groups,
                model_info={"model": str(m.path), "data": data.name,
                            **m.manifest.get("versions", {})},
            )
            _say(f"recruitscore: wrote {path}")
        if as_json:
            typer.echo(json.dumps(result, indent=2, default=float))
        else:
            _print_metrics(result)


@app.command("info")
def info_cmd(
    model: ModelOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the manifest as JSON.")] = False,
) -> None:
    """Describe a model: where it is, thresholds, training data, versions, metrics."""
    with guard():
        from .model import load_model

        m = load_model(model)
        if as_json:
            typer.echo(json.dumps(m.manifest, indent=2, ensure_ascii=False))
            return
        man = m.manifest
        typer.echo(f"model: {m.path}")
        typer.echo(f"threshold: {m.threshold:.3f} (medium from {m.medium_threshold:.3f})")
        typer.echo(f"features: {len(man.get('signal_names', []))} signals, "
                   f"{man.get('n_ngrams', 0)} n-grams (format {man.get('format')})")
        t = man.get("training", {})
        typer.echo(f"trained on: {t.get('n')} rows ({t.get('n_positive')} positive)")
        typer.echo("versions: " + ", ".join(f"{k} {v}" for k, v in
                                            man.get("versions", {}).items()))
        for name, ev in man.get("evaluation", {}).items():
            if isinstance(ev, dict):
                typer.echo(f"{name}: " + ", ".join(
                    f"{k} {ev[k]:.3f}" for k in ("roc_auc", "pr_auc", "recall", "fpr", "ece")
                    if isinstance(ev.get(k), (int, float))))


@app.command("inbox")
def inbox_cmd(
    export: Annotated[Path, typer.Argument(metavar="EXPORT", readable=False,
                                           help="LinkedIn data export: the "
                                           "ZIP as downloaded, or its messages.csv.")],
    outdir: Annotated[Path, typer.Option("-o", "--output", help="Directory for "
                                         "conversations.csv, messages.csv and report.html.")],
    me: Annotated[str | None, typer.Option("--me", help="Your name (or profile URL) as it "
                                           "appears in the export, if it cannot be found.")]
    = None,
    model: ModelOpt = None,
    threshold: Annotated[float | None, typer.Option("--threshold", min=0.0, max=1.0,
                                                    help="Flag at this risk (default: the "
                                                    "model's).")] = None,
    top: Annotated[int, typer.Option("--top", min=0, help="The report details every flagged "
                                     "conversation and at least this many.")] = 30,
    fail_on_threshold: Annotated[bool, typer.Option("--fail-on-threshold", help="Exit with "
                                                    "code 1 when a conversation is flagged.")]
    = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
) -> None:
    """Score every conversation of a LinkedIn data export (escalation across messages); write
    conversations.csv, messages.csv and a report.html that a non-specialist can read."""
    with sigterm_interrupts(), guard():
        from .inbox import score_inbox
        from .model import load_model

        m = load_model(model) if model is not None else None
        summary = score_inbox(export, outdir, me=me, model=m, threshold=threshold, top=top)
    for note in summary.notes:  # (even with -q: the reading assumed something; R34-H)
        _say(f"recruitscore: note: {note}")
    if not quiet:
        _say(f"recruitscore: {summary.line()}")
    if fail_on_threshold and summary.n_flagged:
        raise typer.Exit(1)


def _register_score() -> None:
    from .cli_score import score_cmd

    app.command("score")(score_cmd)
    from .cli_campaigns import campaigns_cmd

    app.command("campaigns")(campaigns_cmd)


_register_score()


def main() -> None:
    """Console-script entry point: typer's usage errors become one line on stderr and exit 2,
    as every other error (typer would draw a box of five lines); a reader of standard output
    that goes away ends it with exit 141, as in the commands (:func:`guard`), also while the
    help is printed (rich's and click's own handlers exited 1; ``recruitscore --help | true``).
    """
    try:
        _run()
    except SystemExit as exc:
        # rich's and click's broken-pipe handlers exit 1 while handling the broken pipe
        if exc.code in (0, None) or not _broken_pipe(exc.__context__):
            raise
        _quiet_stdout()
        sys.exit(128 + 13)
    except OSError as exc:
        # the help or the version into a full standard output (--help >/dev/full): one line
        # and exit 2, as a command's output that cannot be written (review30)
        _quiet_stdout()
        if _broken_pipe(exc):
            sys.exit(128 + 13)
        _error_line(_os_error_text(exc))
        sys.exit(2)


def _broken_pipe(exc: BaseException | None) -> bool:
    """Is ``exc`` a broken pipe, or raised while one was handled?"""
    for _ in range(8):  # (a chain is short; a cycle is not followed)
        if exc is None:
            return False
        if isinstance(exc, OSError) and exc.errno == errno.EPIPE:
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _run() -> None:
    cx = _click_exceptions()
    try:
        code = app(standalone_mode=False)
    except cx.UsageError as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # no arguments: the help, as before
            text = exc.format_message()  # the help, unless rich has printed it already
            if text:
                typer.echo(text)
            sys.exit(exc.exit_code)
        where = exc.ctx.command_path if exc.ctx is not None else _command_path(sys.argv[1:])
        _error_line(f"recruitscore: usage error: {exc.format_message()} (see '{where} --help')")
        sys.exit(2)
    except cx.ClickException as exc:
        _error_line(f"recruitscore: error: {exc.format_message()}")
        sys.exit(exc.exit_code)
    except typer.Abort:
        _say("recruitscore: interrupted")
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)


def _command_path(args: list[str]) -> str:
    """``recruitscore`` and the subcommand named in ``args``, if any (for a usage error that
    carries no context, so that it points to the subcommand's help)."""
    command = next((a for a in args if not a.startswith("-")), "")
    names = {c.name for c in app.registered_commands}
    return f"recruitscore {command}" if command in names else "recruitscore"


def _click_exceptions() -> Any:
    """The exceptions module of the click that typer runs on: its own copy from typer 0.22 on,
    the click package before."""
    try:
        from typer._click import exceptions
    except ImportError:  # pragma: no cover - typer < 0.22
        from click import exceptions
    return exceptions


if __name__ == "__main__":  # pragma: no cover
    main()
