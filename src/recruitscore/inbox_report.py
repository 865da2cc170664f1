"""The HTML page of ``recruitscore inbox``: one self-contained file a non-specialist can read.

Message text is written by the sender, possibly an attacker: every piece of text goes through
:func:`html.escape` and nothing from the export is ever inserted as markup. Evidence is
highlighted by cutting the *plain* text at the signals' evidence offsets and wrapping the
escaped pieces in ``<mark>``. The page has no script, no external asset, and a
Content-Security-Policy that forbids both.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

import pandas as pd

from .conversations import HTML_COLUMN, _shown_sender
from .model import Model
from .signals import PROFILE_TEXT, extract_signals, list_signals

__all__ = ["highlight", "render_report"]

_PROFILE = ("sender_headline", "sender_company", "target_headline")
#: The report details at most this many flagged conversations (all are in the CSV files).
MAX_DETAILED = 200

GUIDANCE = (
    "Do not move the conversation off LinkedIn (WhatsApp, Telegram, Signal, a personal e-mail) "
    "and do not open files or links you were not expecting.",
    "Do not send reports, papers or details of your work, and do not accept payment, gifts or "
    "a paid trip from someone you only know online.",
    "Check who they are through a channel you find yourself: the company's own website and "
    "switchboard, not the contact details in the message.",
    "If you hold a security clearance or work on sensitive subjects, report the approach to your "
    "security officer; keep the messages (screenshots) and do not confront the sender.",
    "Report the profile to LinkedIn (More > Report). In the UK see NPSA \u201cThink Before You "
    "Link\u201d; in France, the DGSI; in the US, the FBI and NCSC guidance on online approaches.",
)


def _e(value: Any) -> str:
    return html.escape("" if value is None or (isinstance(value, float) and pd.isna(value))
                       else str(value), quote=True)


def _i(value: Any) -> str:
    """Text from the export (a name, a title, a date, a note naming a sender), escaped and
    isolated in ``<bdi>``: a right-to-left override or embedding in it ends where it ends and
    cannot reverse the page's own text after it ("Anna Smith (verified): risk 0.02, safe
    U+202E" turned the risk that follows around; red-team round 11 L1, rule R32-H).

    Examples
    --------
    >>> _i("Ann <b>\u202e")
    '<bdi>Ann &lt;b&gt;\u202e</bdi>'
    """
    return f"<bdi>{_e(value)}</bdi>"


#: The characters that change the direction of the text after them (embeddings, overrides,
#: isolates and marks): removed where markup cannot isolate them (the page's ``<title>``).
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _plain(value: Any) -> str:
    """Escaped text without direction controls, for the page title (no markup there)."""
    return _e(_BIDI.sub("", "" if value is None else str(value)))


@lru_cache(maxsize=1)
def _describe() -> dict[str, str]:
    return {s.name: s.description.split(":")[0].split(". ")[0] for s in list_signals()}


_SENTENCES = ("escalated", "after a neutral opener", "sender profile", "no message")


_SENTENCES = ("escalated", "after a neutral opener", "sender profile", "no message")


@lru_cache(maxsize=1)
def _polarity() -> dict[str, str]:
    return {s.name: s.polarity for s in list_signals()}


#: A red flag read in the sender's profile texts: "secrecy (in sender_headline)" (rule R26-C)
_IN_PROFILE = re.compile(r"(\w+) \(in ((?:" + "|".join(PROFILE_TEXT) + r")(?:, \w+)*)\)")


def _reason_text(reason: str, describe: dict[str, str]) -> str:
    """A reason in plain words: signal names become their description, n-grams are quoted."""
    if reason.startswith(_SENTENCES):
        return reason
    where = _IN_PROFILE.fullmatch(reason)
    if where and where.group(1) in describe:
        return f"{describe[where.group(1)]} (in {where.group(2)})"
    parts = reason.split("+")
    if all(p in describe for p in parts):
        return " \u2014 together with \u2014 ".join(describe[p] for p in parts)
    return f"the wording “{reason}”"


def _reason_html(reason: str, describe: dict[str, str]) -> str:
    """:func:`_reason_text` as HTML: the quoted wording (the sender's words) isolated."""
    text = _reason_text(reason, describe)
    if text == f"the wording “{reason}”":
        return f"the wording “{_i(reason)}”"
    return _e(text)


def highlight(text: str, spans: list[tuple[int, int, str]],
              reassuring: frozenset[str] = frozenset()) -> str:
    """Escaped ``text`` with each ``(start, end, label)`` span wrapped in ``<mark>``
    (overlapping spans are merged; labels are escaped too). A merged span whose labels are all
    in ``reassuring`` gets ``class="ok"``.

    Examples
    --------
    >>> highlight("a <b> WhatsApp", [(6, 14, "off platform")])
    'a &lt;b&gt; <mark title="off platform">WhatsApp</mark>'
    """
    spans = sorted((max(0, s), min(len(text), e), label) for s, e, label in spans if e > s)
    merged: list[list[Any]] = []
    for s, e, label in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
            if label not in merged[-1][2]:
                merged[-1][2].append(label)
        else:
            merged.append([s, e, [label]])
    out, pos = [], 0
    for s, e, labels in merged:
        out.append(_e(text[pos:s]))
        cls = ' class="ok"' if all(label in reassuring for label in labels) else ""
        out.append(f'<mark{cls} title="{_e("; ".join(labels))}">{_e(text[s:e])}</mark>')
        pos = e
    out.append(_e(text[pos:]))
    return "".join(out)


_CSS = """
:root{--hi:#b3261e;--mid:#b26a00;--lo:#2e7d32;--ink:#1d1d1f;--muted:#5f6368;--bg:#f6f7f9}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);
background:var(--bg);margin:0;padding:0 1rem 3rem}
main{max-width:60rem;margin:auto}
h1{font-size:1.6rem;margin:1.5rem 0 .3rem}
h2{font-size:1.25rem;margin:0}
.muted{color:var(--muted);font-size:.9rem}
.card{background:#fff;border-radius:10px;box-shadow:0 1px 3px #0002;padding:1rem 1.2rem;
margin:1rem 0}
.summary{border-left:6px solid var(--hi)}
.summary.ok{border-left-color:var(--lo)}
.guidance{border-left:6px solid #1a73e8}
.guidance li{margin:.25rem 0}
.conv{border-left:6px solid var(--lo)}
.conv.high{border-left-color:var(--hi)}
.conv.medium{border-left-color:var(--mid)}
.badge{display:inline-block;border-radius:99px;padding:.1rem .6rem;font-weight:600;
font-size:.85rem;color:#fff;background:var(--lo);margin-left:.4rem;vertical-align:middle}
.badge.high{background:var(--hi)}.badge.medium{background:var(--mid)}
.badge.uncertain{background:var(--muted)}
.escalation{font-weight:600;color:var(--hi);margin:.4rem 0}
.note{color:var(--muted);font-style:italic;margin:.4rem 0}
ul.reasons{margin:.3rem 0 .6rem 1.2rem;padding:0}
ol.timeline{list-style:none;margin:.6rem 0 0;padding:0}
.msg{border:1px solid #e0e0e0;border-radius:8px;padding:.5rem .8rem;margin:.45rem 0;
max-width:85%}
.msg.inbound{background:#fff}
.msg.outbound{background:#eef4ff;margin-left:auto}
.msg.draft{background:#fff;border-style:dashed;margin-left:auto;color:var(--muted)}
.msg.system{background:#f1f1f1;color:var(--muted);font-style:italic}
.msg.escalated{border:2px solid var(--hi)}
.msg .meta{font-size:.8rem;color:var(--muted)}
.msg .text{white-space:pre-wrap;overflow-wrap:anywhere}
.flag{display:inline-block;background:var(--hi);color:#fff;font-size:.75rem;font-weight:600;
border-radius:4px;padding:0 .4rem;margin-left:.3rem}
mark{background:#ffe08a;padding:0 .1rem;border-radius:3px}
mark.ok{background:#d7f0d8}
.sigs{font-size:.8rem;color:var(--muted)}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.9rem}
th,td{border-bottom:1px solid #e6e6e6;padding:.35rem .5rem;text-align:left;vertical-align:top}
"""


def _band_label(band: str) -> str:
    return {"high": "high risk", "medium": "medium risk", "low": "low risk",
            "uncertain": "uncertain (unfamiliar wording)"}.get(band, "not scored")


def _message_html(row: Any, conv_row: Any, describe: dict[str, str], owner: str,
                  found: dict[tuple[str, ...], list[Any]] | None = None) -> str:
    direction = str(row.direction)
    text = str(row.message)
    body = _e(text)
    sig_line = ""
    if direction == "inbound" and text:
        fields = {f: getattr(row, f) for f in _PROFILE if hasattr(row, f)}
        fields = {k: (v if isinstance(v, str) else "") for k, v in fields.items()}
        key = (text, *(f"{k}\x1f{v}" for k, v in fields.items()))
        hits = found.get(key) if found is not None else None
        if hits is None:  # a templated message is looked at once
            hits = extract_signals(text, **fields)
            if found is not None:
                found[key] = hits
        polarity = _polarity()
        hits = [h for h in hits if polarity.get(h.name) != "context"]
        names = [h.name for h in hits]
        written = getattr(row, HTML_COLUMN, "")
        if isinstance(written, str) and written:
            # scored as written (rule R25-B): of the passages of the plain text shown, only
            # those of signals the score counted (not a counter-signal hidden in the HTML), and
            # every signal it counted, also one whose passage the plain text leaves out
            scored = [n for n in str(getattr(row, "signals", "") or "").split(";")
                      if n and polarity.get(n) != "context"]
            hits = [h for h in hits if h.name in scored]
            names = scored
        spans = [(ev.start, ev.end, describe.get(h.name, h.name))
                 for h in hits for ev in h.evidence if ev.field == "message"]
        ok = frozenset(describe.get(h.name, h.name) for h in hits
                       if polarity.get(h.name) == "benign")
        body = highlight(text, spans, ok)
        if names:
            sig_line = ('<div class="sigs">signals: '
                        + _e(", ".join(n.replace("_", " ") for n in names)) + "</div>")
    classes = ["msg", direction]
    esc = conv_row.escalation_turn
    flag = ""
    if pd.notna(esc) and int(esc) == int(row.turn):
        classes.append("escalated")
        flag = '<span class="flag">risk crossed the threshold here</span>'
    # a sender without a name (rule R28-B2) is shown by profile URL
    who = {"draft": "You (unsent draft)", "outbound": "You",
           "system": "LinkedIn / system"}.get(
               direction, _shown_sender(str(row.sender or ""), getattr(row, "sender_url", "")))
    risk = ""
    if direction == "inbound" and pd.notna(row.risk):
        risk = (f" · this message {row.risk:.2f}, conversation so far "
                f"{max(row.risk, row.cumulative_risk):.2f}")
    return (f'<li class="{" ".join(classes)}" data-turn="{int(row.turn)}">'
            f'<div class="meta">#{int(row.turn)} · {_i(who)} · {_i(row.date)}{_e(risk)}{flag}'
            f'</div><div class="text" dir="auto">{body}</div>{sig_line}</li>')


def _row_ranges(cids: Any) -> dict[Any, tuple[int, int]]:
    """``conversation id -> (start, end)`` rows of a frame grouped by conversation."""
    out: dict[Any, tuple[int, int]] = {}
    start = 0
    for i in range(1, len(cids) + 1):
        if i == len(cids) or cids[i] != cids[start]:
            out.setdefault(cids[start], (start, i))
            start = i
    return out


def _n_shown(conv: pd.DataFrame, top: int) -> int:
    """How many conversations (the first rows of ``conv``) the report details."""
    return max(top, min(int(conv["flagged"].astype(bool).sum()), MAX_DETAILED))


def report_messages(conv: pd.DataFrame, msgs: pd.DataFrame, top: int = 30) -> pd.DataFrame:
    """The rows of ``msgs`` that :func:`render_report` shows: those of the conversations it
    details (pass ``n_messages=len(msgs)`` to it with them)."""
    cids = conv["conversation_id"].iloc[:_n_shown(conv, top)]
    return msgs[msgs["conversation_id"].isin(cids)]


def render_report(conv: pd.DataFrame, msgs: pd.DataFrame, *, owner: str, threshold: float,
                  model: Model | None = None, top: int = 30, source: str = "",
                  n_messages: int | None = None) -> str:
    """The report page as a string (see the module docstring for what it guarantees).
    ``msgs`` may hold only the :func:`report_messages`; ``n_messages`` (default
    ``len(msgs)``) is the number of messages the page says the inbox has."""
    describe = _describe()
    # plain Python values: iterating rows of Arrow-backed columns is slow
    conv = conv.astype(object)
    flagged = conv[conv["flagged"].astype(bool)]
    shown = conv.iloc[:_n_shown(conv, top)]
    spans = _row_ranges(msgs["conversation_id"].to_numpy(dtype=object))
    needed = [c for c in ("turn", "direction", "message", "from", "sender_url", "date", "risk",
                          "cumulative_risk", "signals", HTML_COLUMN, *_PROFILE)
              if c in msgs.columns]
    columns = {c: msgs[c].tolist() for c in needed}
    n_msgs = len(msgs) if n_messages is None else n_messages
    found: dict[tuple[str, ...], list[Any]] = {}
    parts = [
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        f"<title>recruitscore: inbox of {_plain(owner)}</title><style>{_CSS}</style></head>",
        "<body><main>",
        f"<h1>Recruiter approaches in the LinkedIn inbox of {_i(owner)}</h1>",
        f'<p class="muted">{len(conv):,} conversations, {n_msgs:,} messages'
        f'{" from " + _i(source) if source else ""}. Computed on this computer; nothing was '
        "sent anywhere. A score is a triage aid, not a verdict.</p>",
    ]
    if len(flagged):
        more = ""
        if len(flagged) > len(shown):
            more = (f"<p>The {len(shown):,} riskiest are shown in detail below; every "
                    "conversation is in conversations.csv.</p>")
        items = "".join(
            f'<li><a href="#c{i}">{_i(r.counterpart or r.title or r.conversation_id)}</a>: '
            f"risk {r.risk:.2f}"
            + (f", escalated at message {int(r.escalation_turn)} of {int(r.n_messages)}"
               if pd.notna(r.escalation_turn) else "") + "</li>"
            for i, r in enumerate(flagged.iloc[:len(shown)].itertuples(index=False)))
        parts.append(
            f'<section class="card summary" id="summary"><h2>{len(flagged)} conversation'
            f'{"s" if len(flagged) != 1 else ""} to look at</h2>'
            f"<p>These conversations reached the warning threshold ({threshold:.2f}). Read the "
            f"highlighted passages: they are the signs that public guidance warns about.</p>"
            f"{more}<ul>{items}</ul></section>")
    else:
        parts.append('<section class="card summary ok" id="summary"><h2>No conversation '
                     "reached the warning threshold</h2><p>The riskiest ones are still listed "
                     "below.</p></section>")
    parts.append('<section class="card guidance" id="guidance"><h2>What to do next</h2><ul>'
                 + "".join(f"<li>{_e(g)}</li>" for g in GUIDANCE) + "</ul></section>")
    for i, r in enumerate(shown.itertuples(index=False)):
        band = str(r.band)
        name = r.counterpart or r.title or r.conversation_id
        who = [x for x in (r.counterpart_headline, r.counterpart_company) if x]
        about = [_i(r.title)] if r.title else []
        if who:
            about.append(" at ".join(_i(x) for x in who))
        if r.counterpart_connected_on:
            about.append(f"connected on {_i(r.counterpart_connected_on)}")
        about.append(f"{int(r.n_messages)} messages, {_i(r.first_date)} to {_i(r.last_date)}")
        esc = ""
        if pd.notna(r.escalation_turn):
            esc = (f'<p class="escalation">The risk crossed the threshold at message '
                   f"{int(r.escalation_turn)} of {int(r.n_messages)}.</p>")
        notes = str(getattr(r, "notes", "") or "")
        if notes:
            esc += f'<p class="note">Note: {_i(notes)}.</p>'
        reasons = [x for x in str(r.reasons).split("; ") if x]
        risk = "–" if pd.isna(r.risk) else f"{r.risk:.2f}"
        parts.append(
            f'<section class="card conv {_e(band)}" id="c{i}" data-risk="{_e(risk)}" '
            f'data-conversation="{_e(r.conversation_id)}">'
            f"<h2>{_i(name)}<span class=\"badge {_e(band)}\">{_e(_band_label(band))} "
            f"{_e(risk)}</span></h2>"
            f'<div class="muted">{" · ".join(about)}</div>{esc}'
            + (('<ul class="reasons">' + "".join(f"<li>{_reason_html(x, describe)}</li>"
                                                 for x in reasons)
                + "</ul>") if reasons else "")
            + '<ol class="timeline">')
        a, b = spans.get(r.conversation_id, (0, 0))
        for j in range(a, b):
            row = SimpleNamespace(**{("sender" if c == "from" else c): v[j]
                                     for c, v in columns.items()})
            parts.append(_message_html(row, r, describe, owner, found))
        parts.append("</ol></section>")
    rest = conv.iloc[len(shown):]
    if len(rest):
        parts.append(f'<section class="card" id="others"><h2>The other {len(rest):,} '
                     "conversations</h2><table><tr><th>with</th><th>messages</th><th>risk</th>"
                     "<th>signals</th></tr>")
        for r in rest.itertuples(index=False):
            risk = "–" if pd.isna(r.risk) else f"{r.risk:.2f}"
            parts.append(f"<tr><td>{_i(r.counterpart or r.title)}</td><td>{int(r.n_messages)}"
                         f"</td><td>{risk}</td><td>{_e(str(r.signals).replace(';', ', '))}"
                         "</td></tr>")
        parts.append("</table></section>")
    parts.append('<p class="muted">Made by recruitscore. Risk: the calibrated probability that '
                 "the approach is hostile (a covert approach or fraud), from the counterpart's "
                 "messages taken one by one and together; your own replies are shown but not "
                 "scored.</p></main></body></html>")
    return "".join(parts)
