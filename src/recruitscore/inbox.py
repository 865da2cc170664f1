"""``recruitscore inbox``: score a LinkedIn data export, conversation by conversation.

:func:`score_inbox` reads the export (see :func:`~recruitscore.conversations.read_export`),
finds its owner, scores every conversation with
:func:`~recruitscore.conversations.score_threads` and writes ``conversations.csv``,
``messages.csv`` and ``report.html`` into a directory. Everything is computed on this machine;
names and profile URLs are used only to tell the owner from the counterpart (by profile URL
wherever the export has one, so a counterpart who takes the owner's name is scored and
noted: rule R27-G), never as features.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from . import _workers
from .conversations import (
    CONVERSATION_COLUMNS,
    MESSAGE_COLUMNS,
    _export_frame,
    _recipients,
    _shown_sender,
    read_export,
    score_threads,
)
from .errors import InputError, check_threshold_arg
from .io import _same_file, atomic_outputs, check_output_folder
from .model import Model
from .scoring import use_model

__all__ = ["InboxSummary", "score_inbox"]

_DATE_FORMAT = "%Y-%m-%d %H:%M:%S UTC"
#: With at least this many messages, a worker process already started formats messages.csv.
ASIDE_MIN_ROWS = 2_000


@dataclass(frozen=True)
class InboxSummary:
    """What :func:`score_inbox` did."""

    owner: str
    n_conversations: int
    n_messages: int
    n_flagged: int
    outdir: Path
    #: what reading the export had to assume (rule R34-H), for the command line's notes
    notes: tuple[str, ...] = ()

    def line(self) -> str:
        """One summary line."""
        return (f"{self.n_conversations:,} conversations ({self.n_messages:,} messages) of "
                f"{self.owner}; {self.n_flagged:,} flagged; wrote {self.outdir}/"
                "conversations.csv, messages.csv, report.html")


def _fmt_dates(values: pd.Series) -> list[str]:
    d = pd.Series(pd.to_datetime(values, utc=True))
    return d.dt.strftime(_DATE_FORMAT).fillna("").tolist()


def inbox_tables(export_path: str | os.PathLike[str], *, me: str | None = None,
                 model: Model | None = None, threshold: float | None = None,
                 notes: list[str] | None = None,
                 ) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """Score an export and return ``(conversations, messages, owner)`` as written to the CSV
    files (plus a few columns the report uses: ``connected_on``, ``sender_company``,
    ``sender_headline``, ``peak_turn``); what reading the export had to assume is added to
    ``notes`` (:attr:`Export.notes`)."""
    model = use_model(model)
    if model.path is not None and _workers.usable_cpus() > 1:
        # a worker imports the scoring stack and loads the model while the export is read;
        # score_threads hands it the later threads of a large export
        with contextlib.suppress(Exception):
            _workers.submit(_workers.executor(1), _workers.ready, str(model.path))
    export = read_export(export_path)
    if notes is not None:
        notes.extend(export.notes)
    df, owner, who = _export_frame(export, me)
    msgs, conv = score_threads(df, model=model, threshold=threshold)
    msgs["direction"] = np.where(msgs["draft"], "draft", np.where(
        msgs["system"], "system", np.where(msgs["inbound"], "inbound", "outbound")))
    msgs["date"] = [v if v else "" for v in msgs["date"].astype(str)]
    # titles and counterparts
    info: dict[str, dict[str, object]] = {}
    cols = [msgs[c].tolist() for c in ("conversation_id", "title", "from", "sender_url", "to",
                                       "recipient_urls", "inbound", "sender_company",
                                       "sender_headline", "connected_on", "owner_note")]
    for cid, title, frm, link, to, urls, inbound, company, headline, connected, note in zip(
            *cols, strict=True):
        rec = info.get(cid)
        if rec is None:
            rec = info[cid] = {"title": "", "names": {}, "company": "", "headline": "",
                               "connected_on": "", "notes": {}}
        if title and not rec["title"]:
            rec["title"] = title
        names = rec["names"]
        assert isinstance(names, dict)
        if note:
            rec["notes"][note] = None  # type: ignore[index]
        if inbound:
            # a sender without a name is shown by profile URL (rule R28-B2)
            names.setdefault(_shown_sender(frm, link), None)
            for k, v in (("company", company), ("headline", headline),
                         ("connected_on", connected)):
                if not rec[k]:
                    rec[k] = v
        else:
            for name, key, url in _recipients(to, urls):
                # the owner by URL where both are known (rule R27-G), else by name
                mine = url == who.url if (who.url and url) else key == who.key
                if name and not mine:
                    names.setdefault(name, None)
    cids = conv["conversation_id"].tolist()
    conv.insert(1, "title", [info[c]["title"] for c in cids])
    conv.insert(2, "counterpart", [", ".join(info[c]["names"]) for c in cids])  # type: ignore
    for k in ("company", "headline", "connected_on"):
        conv[f"counterpart_{k}"] = [info[c][k] for c in cids]
    conv["notes"] = ["; ".join([n for n in (old, *info[c]["notes"]) if n])  # type: ignore
                     for old, c in zip(conv["notes"].tolist(), cids, strict=True)]
    conv["first_date"] = _fmt_dates(conv["first_date"])
    conv["last_date"] = _fmt_dates(conv["last_date"])
    return conv, msgs, owner


def _csv_text(frame: pd.DataFrame) -> str:
    """CSV text of a table, with cells a spreadsheet would run as formulas prefixed with ``'``
    (the messages, names and titles come from the very people the tool is meant to expose)."""
    from .io import defuse_frame

    return defuse_frame(frame).to_csv(index=False, lineterminator="\n")


def _csv_in_worker(frame: pd.DataFrame) -> str:
    """Run in a worker process: the CSV text of a frame."""
    _workers.watch_parent()
    return _csv_text(frame)


def _write_atomic(outdir: Path, files: dict[str, str]) -> None:
    """Write the files into ``outdir``, all or none (:func:`recruitscore.io.atomic_outputs`):
    if one cannot be written or moved into place, each is left as it was, and no temporary
    file is left. A symbolic link in the place of one of them is replaced, never written
    through: these names are the command's own, not the user's (review30)."""
    with atomic_outputs([outdir / name for name in files], follow_links=False) as streams:
        for stream, text in zip(streams, files.values(), strict=True):
            stream.write(text)


def score_inbox(export_path: str | os.PathLike[str], outdir: str | os.PathLike[str], *,
                me: str | None = None, model: Model | None = None,
                threshold: float | None = None, top: int = 30) -> InboxSummary:
    """Score a LinkedIn data export and write ``conversations.csv``, ``messages.csv`` and
    ``report.html`` into ``outdir`` (created if needed; nothing is written on error).

    Parameters
    ----------
    export_path : path-like
        The export ZIP, or its ``messages.csv``.
    outdir : path-like
        Output directory.
    me : str, optional
        The owner's name or profile URL, when the export does not tell.
    model : Model, optional
        The message model (default: the shipped model).
    threshold : float, optional
        Flag at this risk (default: the model's threshold).
    top : int
        The report shows every flagged conversation and at least the ``top`` riskiest.

    Raises
    ------
    InputError
        Unreadable, corrupt or incomplete export; no owner found (names ``--me``).
    """
    from .inbox_report import render_report, report_messages

    if str(outdir) == "-":
        raise InputError("inbox writes three files: -o needs a folder, not '-'")
    out = Path(outdir)
    check_output_folder(out, "-o")
    for name in ("conversations.csv", "messages.csv", "report.html"):
        if _same_file(export_path, out / name):
            raise InputError(f"the output {out / name} is the input file; write to another "
                             "folder (-o)")
    threshold = check_threshold_arg(threshold)  # before any work; the report gets the float
    model = use_model(model)
    notes: list[str] = []
    conv, msgs, owner = inbox_tables(export_path, me=me, model=model, threshold=threshold,
                                     notes=notes)
    msg_csv = msgs[list(MESSAGE_COLUMNS)].copy()
    msg_csv["risk"] = msg_csv["risk"].round(4)
    msg_csv["cumulative_risk"] = msg_csv["cumulative_risk"].round(4)
    future = None
    if len(msgs) >= ASIDE_MIN_ROWS and _workers.started():
        # the worker that scored beside this process formats messages.csv while this one
        # renders the page
        with contextlib.suppress(Exception):
            future = _workers.submit(_workers.executor(1), _csv_in_worker, msg_csv)
    conv_csv = conv[list(CONVERSATION_COLUMNS)].copy()
    conv_csv["risk"] = conv_csv["risk"].round(4)
    conv_text = _csv_text(conv_csv)
    page = render_report(
        conv, report_messages(conv, msgs, top), owner=owner,
        threshold=model.threshold if threshold is None else threshold, model=model, top=top,
        source=Path(export_path).name, n_messages=len(msgs))
    text = None
    if future is not None:
        with contextlib.suppress(Exception):  # a worker that failed: this process formats
            text = future.result()
    files = {"conversations.csv": conv_text,
             "messages.csv": _csv_text(msg_csv) if text is None else text,
             "report.html": page}
    out.mkdir(parents=True, exist_ok=True)
    _write_atomic(out, files)
    return InboxSummary(owner, len(conv), len(msgs), int(conv["flagged"].sum()), out,
                        tuple(notes))
