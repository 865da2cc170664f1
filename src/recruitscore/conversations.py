"""Conversations: score a thread of messages, and read a LinkedIn data export.

Hostile approaches rarely show everything in the first message: public guidance (NPSA "Think
Before You Link", NCSC/FBI, DGSI) describes a flattering, plausible first contact, then a move off
the platform, then a paid "report", a trip, secrecy. A conversation is therefore scored on the
counterpart's messages *together*:

* every inbound message is scored on its own by the message model
  (:func:`~recruitscore.score_frame`);
* after every inbound message, the *cumulative* evidence of the counterpart (that message and
  the inbound messages before it, at most :data:`WINDOW` of them) is scored by the same model:
  a signal fires when it fires in one of those messages (a counter-signal not beside a red
  flag that voids it, rule R20-H) and their n-gram counts add up
  (:func:`~recruitscore.scoring.score_windows`), so red-flag families that are spread over
  several messages add up, and their conjunctions fire. The red flags are also read on the
  window's joined text, so that a flag written over several messages fires (rule R32-H); a red
  flag never lowers a window's risk. Each message is read once for its n-grams;
* the risk after a message is the larger of the two; the conversation risk is the largest of
  these over the thread (the peak), and the **escalation turn** is the first message (1-based,
  counting every message of the thread) whose risk reaches the model's threshold.

The owner's own replies are kept and shown but never scored as the counterpart's. Nothing is
fitted here: the conversation risk is a calibrated probability because each term is one (the
message model's Platt calibration), and it follows the message model when that is retrained.
Its calibration on hand-written threads is measured by ``benchmarks/conversations_eval.py``.

Examples
--------
>>> import recruitscore as rs
>>> result = rs.score_conversation([
...     {"sender": "Ana", "message": "Hello, I enjoyed your talk on satellite links."},
...     {"sender": "me", "message": "Thank you!"},
...     {"sender": "Ana", "message": "My client pays USD 3,000 per short report. "
...                                  "Let's continue on WhatsApp, keep it between us."},
... ], me="me")
>>> result.n_messages, result.n_inbound
(3, 2)
>>> result.escalation_turn in (None, 1, 3) and 0.0 <= result.risk <= 1.0
True
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import numpy as np
import pandas as pd

from .errors import InputError, check_threshold_arg
from .model import Model
from .normalize import may_hide_text, surrogate_note, without_surrogates
from .schema import FIELDS, join_notes, replace_surrogates
from .scoring import WINDOW_JOIN, ScoreResult, score, score_windows, use_model
from .signals import voided
from .tables import not_text

__all__ = [
    "CONVERSATION_COLUMNS",
    "HTML_COLUMN",
    "MESSAGE_COLUMNS",
    "WINDOW",
    "ConversationResult",
    "Export",
    "as_written",
    "clean_content",
    "read_export",
    "score_conversation",
    "score_threads",
]

#: At most this many inbound messages (the latest) make up a cumulative window.
WINDOW = 8

#: Columns of ``conversations.csv`` (one row per conversation).
CONVERSATION_COLUMNS: tuple[str, ...] = (
    "conversation_id", "title", "counterpart", "n_messages", "n_inbound", "first_date",
    "last_date", "risk", "band", "flagged", "escalation_turn", "signals", "reasons", "notes",
)
#: Columns of ``messages.csv`` (one row per message).
MESSAGE_COLUMNS: tuple[str, ...] = (
    "input_row", "conversation_id", "turn", "date", "from", "direction", "message", "risk",
    "cumulative_risk", "band", "flagged", "signals", "reasons", "error",
)

PROFILE_FIELDS: tuple[str, ...] = tuple(f for f in FIELDS if f != "message")

#: The column of a thread's messages that holds a message as written when it holds HTML
#: (mojibake repaired; empty otherwise): :func:`score_threads` scores it in place of
#: ``message``, which then holds the plain text shown (:func:`clean_content`).
HTML_COLUMN = "message_html"


# -- text cleaning ------------------------------------------------------------------------------
class _TextOnly(HTMLParser):
    """Collect the text of an HTML fragment; block elements become line breaks; the content
    of script and style elements is dropped."""

    _BLOCK = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
                        "ul", "ol", "table", "blockquote"})
    _SKIP = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")
_MOJIBAKE = re.compile("[ÃÂÅâ€™œ]")
# a run of blanks becomes one space: a run of two or more, or one blank other than a space
# (single spaces, most of them, are left alone)
_BLANKS = re.compile(r"[ \t\r\f\v]{2,}|[\t\r\f\v]")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def _fix_mojibake(text: str) -> str:
    if not _MOJIBAKE.search(text):
        return text
    import ftfy

    try:
        return ftfy.fix_text(text, normalization=None, unescape_html=False)
    except Exception:  # pragma: no cover - ftfy must never make a row fail
        return text


def _text_of(value: Any) -> str:
    """A cell as text: ``""`` for a missing value."""
    return "" if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)


def clean_content(text: Any) -> str:
    """Plain text of a message: HTML (InMails) reduced to its text, entities decoded, mojibake
    repaired, blank runs collapsed.

    Markup is removed with :class:`html.parser.HTMLParser` (script and style content dropped),
    never with a regular expression, and the result is plain text: it must still be escaped
    before it goes into HTML.

    Examples
    --------
    >>> clean_content("<p>Hello&nbsp;Jos&eacute;,</p><p>call me <b>today</b></p>")
    'Hello\\xa0José,\\ncall me today'
    >>> clean_content("CafÃ© tomorrow?")
    'Café tomorrow?'
    >>> clean_content(None)
    ''
    """
    text = _text_of(text)
    if _TAG.search(text) or _ENTITY.search(text):
        parser = _TextOnly()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
    text = _fix_mojibake(text)
    text = _BLANKS.sub(" ", text)
    text = _BLANK_LINES.sub("\n", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def as_written(text: Any) -> str:
    """A message as written, mojibake repaired, when it holds a tag; ``""`` when it does not.

    This is what a conversation scores for a message holding HTML, so that it is read as
    :func:`~recruitscore.score` reads it: red flags from all of its text, hidden elements too,
    benign counter-signals and benign wording only from what a browser displays (rule R25-B).
    :func:`clean_content` keeps the text of hidden elements: it is for showing a message, not
    for scoring it.

    Examples
    --------
    >>> as_written('Hi<span style="display:none">CDI</span>')
    'Hi<span style="display:none">CDI</span>'
    >>> as_written("Fish &amp; chips"), as_written(None)
    ('', '')
    """
    text = _text_of(text)
    return _fix_mojibake(text) if may_hide_text(text) else ""


def _key(name: Any) -> str:
    """A name as compared between files: mojibake repaired, NFKC, casefolded, single spaces;
    ``""`` for a missing one (``None``, NaN) and one made only of white space."""
    return _key_text(_text_of(name))


@lru_cache(maxsize=2**16)
def _key_text(text: str) -> str:
    # an export names the same few people thousands of times: each name is keyed once
    text = unicodedata.normalize("NFKC", _fix_mojibake(text)).casefold()
    return " ".join(text.split())


@lru_cache(maxsize=2**16)
def _names_in(cell: str) -> tuple[tuple[str, str], ...]:
    """The names of a comma-separated "to" cell, each with its key. The same cells recur
    across an export, so each is split and keyed once."""
    return tuple((name.strip(), _key_text(name)) for name in cell.split(",") if name.strip())


def _url_key(url: Any) -> str:
    """A profile URL as compared (:func:`_url_key_text`); ``""`` for a missing one (``None``,
    NaN, blank)."""
    return _url_key_text(url) if isinstance(url, str) else ""


@lru_cache(maxsize=2**16)
def _url_key_text(text: str) -> str:
    """A profile URL as compared between files: no scheme, no ``www.`` (or country) prefix,
    no query string, fragment or trailing slash, percent-escapes decoded, casefolded."""
    text = unquote(text.strip()).strip().casefold()
    text = re.sub(r"^https?://", "", text)
    text = re.sub(r"^(www\.|[a-z]{2}\.)linkedin", "linkedin", text)
    text = re.split(r"[?#]", text, maxsplit=1)[0]
    return text.rstrip("/")


def _is_url(text: str) -> bool:
    """Whether ``--me`` (or ``me=``) names a profile URL rather than a name."""
    t = text.strip().casefold()
    return "linkedin.com/" in t or t.startswith(("http://", "https://", "www."))


# -- reading an export --------------------------------------------------------------------------
_ALIASES = {
    "conversation_id": "conversation_id", "conversation_title": "title", "title": "title",
    "from": "from", "sender": "from", "sender_profile_url": "sender_url", "to": "to",
    "recipient_profile_urls": "recipient_urls", "date": "date", "subject": "subject",
    "content": "content", "message": "content", "body": "content", "folder": "folder",
    "attachments": "attachments", "is_message_draft": "draft",
}


def _canon(column: str) -> str:
    key = re.sub(r"[^a-z0-9]+", "_", _fix_mojibake(str(column)).strip().casefold()).strip("_")
    return _ALIASES.get(key, key)


def _read_csv_bytes(data: bytes, name: str, header_hint: str | None = None,
                    notes: list[str] | None = None) -> pd.DataFrame:
    """A CSV file as strings; a preamble before the header (as in ``Connections.csv``) is
    skipped when ``header_hint`` names a column of the real header. A file that is not UTF-8
    is read as Windows-1252 (old exports saved by a spreadsheet), said in ``notes``."""
    why = not_text(data[:4096])
    if why is not None:  # as every command names them (review16)
        raise InputError(f"{name} {why}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # old exports saved by a spreadsheet
        if notes is not None:  # (said, as `score` counts replaced bytes: rule R34-H)
            notes.append(f"{name} is not UTF-8: read as Windows-1252, as an old spreadsheet "
                         "saves it (check its accents)")
    if header_hint is not None:
        lines = text.splitlines(keepends=True)
        for i, line in enumerate(lines[:20]):
            if header_hint.casefold() in line.casefold():
                text = "".join(lines[i:])
                break
    try:
        return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False,
                           na_filter=False)
    except pd.errors.EmptyDataError:
        raise InputError(f"{name} is empty") from None
    except (pd.errors.ParserError, csv.Error) as exc:
        raise InputError(f"{name} is not a readable CSV file: {str(exc).splitlines()[0]}") \
            from None


@dataclass
class Export:
    """The parts of a LinkedIn data export that recruitscore reads.

    Attributes
    ----------
    messages : DataFrame
        One row per message, columns renamed to ``conversation_id``, ``title``, ``from``,
        ``sender_url``, ``to``, ``recipient_urls``, ``date``, ``subject``, ``content``,
        ``folder``, ... (missing optional columns are added empty); ``content`` cleaned with
        :func:`clean_content` (the text shown), names with mojibake repaired;
        ``content_html``: the content as written when it holds a tag (see
        :func:`as_written`; the subject joined in as in ``content``), else empty: what is
        scored.
    profile : DataFrame or None
        ``Profile.csv`` when present.
    connections : DataFrame or None
        ``Connections.csv`` when present (its notes before the header skipped).
    source : str
        The file read.
    notes : list of str
        What the reading had to assume (a file that is not UTF-8, read as Windows-1252).
    """

    messages: pd.DataFrame
    profile: pd.DataFrame | None = None
    connections: pd.DataFrame | None = None
    source: str = ""
    notes: list[str] = field(default_factory=list)


#: Most bytes read out of an export ZIP (its ``messages.csv``, ``Profile.csv`` and
#: ``Connections.csv`` together, uncompressed): a zip bomb is refused, not decompressed.
MAX_EXPORT_BYTES = 512 << 20
#: Most members an export ZIP may list.
MAX_EXPORT_MEMBERS = 100_000


class _Budget:
    """What is left of :data:`MAX_EXPORT_BYTES` while the members of one ZIP are read."""

    def __init__(self, where: str) -> None:
        self.left = MAX_EXPORT_BYTES
        self.where = where

    def read(self, zf: zipfile.ZipFile, member: str) -> bytes:
        """The member's bytes; :class:`InputError` beyond the budget (declared or actual)."""
        info = zf.getinfo(member)
        data = b""
        if info.file_size <= self.left:
            with zf.open(info) as fh:
                data = fh.read(self.left + 1)  # never more than the budget, whatever it declares
        if info.file_size > self.left or len(data) > self.left:
            raise InputError(
                f"{self.where}: {member} decompresses to more than {MAX_EXPORT_BYTES:,} bytes "
                "(with the export's other files); refusing to unpack it (a zip bomb?)")
        self.left -= len(data)
        return data


def _member(names: Sequence[str], wanted: str) -> str | None:
    hits = [n for n in names if Path(n).name.casefold() == wanted.casefold()
            and not n.endswith("/")]
    return min(hits, key=len) if hits else None


def read_export(path: str | Path) -> Export:
    """Read a LinkedIn export: the ZIP as downloaded, or its ``messages.csv``.

    Column names are matched case- and space-insensitively and in any order; only
    ``CONTENT`` (or ``MESSAGE``) and ``FROM`` are required.

    Raises
    ------
    InputError
        Missing, unreadable or corrupt file; a ZIP without ``messages.csv``; missing columns; a
        ZIP whose files decompress to more than :data:`MAX_EXPORT_BYTES` or that lists more
        than :data:`MAX_EXPORT_MEMBERS` files (a zip bomb).
    """
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{p} is a directory; give the export ZIP as downloaded, or the "
                         "messages.csv inside it")
    if not p.is_file():
        raise InputError(f"no such file: {p}")
    profile = connections = None
    notes: list[str] = []
    with p.open("rb") as fh:
        magic = fh.read(4)
    if magic[:2] == b"PK" or p.suffix.casefold() == ".zip":
        try:
            with zipfile.ZipFile(p) as zf:
                names = zf.namelist()
                if len(names) > MAX_EXPORT_MEMBERS:
                    raise InputError(f"{p} lists {len(names):,} files (at most "
                                     f"{MAX_EXPORT_MEMBERS:,}); refusing to unpack it")
                member = _member(names, "messages.csv")
                if member is None:
                    raise InputError(f"{p} has no messages.csv (is it a LinkedIn data export?)")
                budget = _Budget(str(p))
                raw = budget.read(zf, member)
                prof = _member(names, "Profile.csv")
                conn = _member(names, "Connections.csv")
                if prof is not None:
                    profile = _read_csv_bytes(budget.read(zf, prof), "Profile.csv",
                                              notes=notes)
                if conn is not None:
                    connections = _read_csv_bytes(budget.read(zf, conn), "Connections.csv",
                                                  header_hint="first name", notes=notes)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError,
                RuntimeError, ValueError) as exc:
            if isinstance(exc, InputError):
                raise
            raise InputError(f"{p} is not a readable ZIP archive ({exc})") from None
        except OSError as exc:
            raise InputError(f"{p} is not a readable ZIP archive ({exc})") from None
        name = f"{p.name}:{member}"
    else:
        raw = p.read_bytes()
        name = p.name
        for sibling, slot in (("Profile.csv", "profile"), ("Connections.csv", "connections")):
            q = p.with_name(sibling)
            if q.is_file():
                frame = _read_csv_bytes(q.read_bytes(), sibling,
                                        "first name" if slot == "connections" else None,
                                        notes=notes)
                if slot == "profile":
                    profile = frame
                else:
                    connections = frame
    df = _read_csv_bytes(raw, name, notes=notes)
    return Export(_tidy_messages(df, name), profile, connections, str(p), notes)


def _each_distinct(func: Callable[[Any], str], values: list[Any]) -> list[str]:
    """``[func(v) for v in values]``, calling ``func`` once per distinct value (names, titles
    and templated messages repeat across an export)."""
    done: dict[Any, str] = {}
    out = []
    for v in values:
        r = done.get(v)
        if r is None:
            r = done[v] = func(v)
        out.append(r)
    return out


def _tidy_messages(df: pd.DataFrame, name: str) -> pd.DataFrame:
    renamed = [_canon(c) for c in df.columns]
    seen: set[str] = set()
    dup = [c for c in renamed if c in seen or seen.add(c)]  # type: ignore[func-returns-value]
    if dup:
        raise InputError(f"{name}: duplicate columns {sorted(set(dup))}")
    df = df.copy()
    df.columns = renamed
    missing = [c for c in ("content", "from") if c not in df.columns]
    if missing:
        found = ", ".join(map(str, df.columns)) or "none"
        raise InputError(f"{name}: no {' or '.join(m.upper() for m in missing)} column "
                         f"(found: {found})")
    for col in ("conversation_id", "title", "sender_url", "to", "recipient_urls", "date",
                "subject", "folder", "attachments", "draft"):
        if col not in df.columns:
            df[col] = ""
    if not df["conversation_id"].astype(bool).any():
        # no conversation ids: one thread per pair of participants
        pair = [" | ".join(sorted({_key(a), _key(b)})) for a, b in zip(df["from"], df["to"],
                                                                         strict=True)]
        df["conversation_id"] = pair
    for col in ("from", "to", "title", "subject"):
        df[col] = _each_distinct(lambda v: _fix_mojibake(v).strip(), df[col].tolist())
    raw = df["content"].tolist()
    df["content"] = _each_distinct(clean_content, raw)
    written = _each_distinct(as_written, raw)
    subject = df["subject"].tolist()
    heads = _each_distinct(clean_content, subject)
    content = df["content"].tolist()
    # an InMail's subject is part of what the sender wrote, and alone it is the message: it is
    # joined in whatever the content holds (empty, or empty once cleaned: "&nbsp;", "<p></p>",
    # an <img>), unless the content already holds it (rule R28-B2, red-team round 10 F2)
    joined = [bool(s) and (not h or h not in c)
              for s, h, c in zip(subject, heads, content, strict=True)]
    df["content"] = [_lines(h, c) if j else c
                     for h, c, j in zip(heads, content, joined, strict=True)]
    df["content_html"] = [_with_subject(s, h, c, w) if j else w
                          for s, h, c, w, j in zip(subject, heads, content, written, joined,
                                                   strict=True)]
    return df.reset_index(drop=True)


def _lines(*parts: str) -> str:
    """The parts that are not empty, one line apart."""
    return "\n".join(p for p in parts if p)


def _with_subject(subject: str, head: str, content: str, written: str) -> str:
    """What is scored of a message whose subject is joined in: ``""`` when neither holds a tag
    (the shown text is scored), else each part as written when it holds one (plain text when
    not: ``head`` is the subject's), one line apart."""
    tagged = as_written(subject)
    if not (tagged or written):
        return ""
    return _lines(tagged or head, written or content)


#: How a missing date is written (silent, as in profile columns): not a date that is unreadable.
_NO_DATE = frozenset({"", "na", "n/a", "nan", "nat", "none", "null", "unknown", "?", "-"})
#: Dates outside these bounds are taken as unreadable (a year 1500 or 9999 is a typo or a
#: placeholder, and would not fit the nanoseconds the tables use).
_DATE_RANGE = (pd.Timestamp("1970-01-01", tz="UTC"), pd.Timestamp("2100-01-01", tz="UTC"))


def _offset(m: re.Match[str]) -> str:
    """A written offset ("UTC+1", "GMT+5:30", "UTC+0530") as "+01:00"; made unreadable when
    it is no offset (beyond 14:00, minutes above 59: "UTC+15", "UTC+14:30", "UTC+0575")."""
    written = m[2]
    if ":" in written:
        hours, minutes = written.split(":")
    elif len(written) == 4:
        hours, minutes = written[:2], written[2:]
    else:
        hours, minutes = written, "00"
    if int(minutes) > 59 or int(hours) * 60 + int(minutes) > 14 * 60:
        return " (no such offset)"
    return f"{m[1]}{int(hours):02d}:{minutes}"


def _parse_dates(values: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """Dates in UTC at nanosecond precision, NaT where missing, unreadable or out of range;
    and the rows whose date is written (not a spelling of a missing one) but gave no date."""
    if pd.api.types.is_datetime64_any_dtype(values):
        out = pd.to_datetime(values, utc=True).dt.as_unit("us")
        given = values.notna()
    else:
        text = values.astype(str).str.strip()
        given = values.notna() & ~text.str.lower().isin(_NO_DATE)
        text = text.where(given, "")
        # one unit for both passes: a 7-9 digit fraction ("...00.1234567Z") parses to ns
        out = pd.to_datetime(text, format="%Y-%m-%d %H:%M:%S UTC", utc=True,
                             errors="coerce").dt.as_unit("us")
        rest = out.isna() & text.astype(bool)
        if rest.any():
            # "UTC+01:00", "GMT+2": the offset as written (a POSIX zone name flips its sign)
            later = (text[rest].str.replace(r"(?i)\s+UTC$", "", regex=True)
                     .str.replace(r"(?i)\s*(?:UTC|GMT)\s*([+-])(\d{1,2}|\d{1,2}:\d{2}|\d{4})"
                                  r"(?:\s*\([A-Za-z /_]{1,40}\))?\.?$", _offset, regex=True)
                     # any other "UTC+..." is no offset: unreadable, never read with its sign
                     # flipped as a POSIX zone name
                     .str.replace(r"(?i)(?:UTC|GMT)\s*[+-].*$", " (no such offset)",
                                  regex=True))
            out[rest] = pd.to_datetime(later, format="mixed", utc=True,
                                       errors="coerce").dt.as_unit("us")
    out = out.where((out >= _DATE_RANGE[0]) & (out < _DATE_RANGE[1]))
    return out.dt.as_unit("ns"), (given & out.isna()).to_numpy(dtype=bool)


def _participants(df: pd.DataFrame) -> dict[str, set[str]]:
    parts: dict[str, set[str]] = {}
    for cid, frm, to in zip(df["conversation_id"].tolist(), df["from"].tolist(),
                            df["to"].tolist(), strict=True):
        s = parts.setdefault(cid, set())
        if frm:
            s.add(_key(frm))
        s.update(key for _, key in _names_in(str(to)))
    return parts


@dataclass(frozen=True)
class _Owner:
    """Who owns an export: ``key``, the name as compared (:func:`_key`), used for messages
    without a sender URL; ``url``, the owner's profile URL as compared (:func:`_url_key`;
    empty when unknown), which decides every message with a sender URL (rule R27-G);
    ``contested``, when ``url`` is empty, the URLs of the profiles that use the owner's name
    when which one is the owner's cannot be told (all are then scored)."""

    key: str
    url: str = ""
    contested: frozenset[str] = frozenset()


def _recipients(to: Any, urls: Any) -> list[tuple[str, str, str]]:
    """The recipients of a message as ``(name, name key, URL key)``: names and profile URLs
    paired when there are as many of each; else the names without URL and the URLs without
    name."""
    names = _names_in(str(to or ""))
    links = [_url_key_text(u) for u in str(urls or "").split(",") if u.strip()]
    if len(names) == len(links):
        return [(n, k, u) for (n, k), u in zip(names, links, strict=True)]
    return [(n, k, "") for n, k in names] + [("", "", u) for u in links]


def _profile_links(df: pd.DataFrame) -> tuple[dict[str, set[str]], dict[str, dict[str, int]]]:
    """For every profile URL of an export (senders and recipients): the conversations it takes
    part in, and how often each name is written with it."""
    convs: dict[str, set[str]] = {}
    names: dict[str, dict[str, int]] = {}

    def add(cid: str, key: str, url: str) -> None:
        if not url:
            return
        convs.setdefault(url, set()).add(cid)
        if key:
            count = names.setdefault(url, {})
            count[key] = count.get(key, 0) + 1

    for cid, frm, url, to, urls in zip(df["conversation_id"].tolist(), df["from"].tolist(),
                                       df["sender_url"].tolist(), df["to"].tolist(),
                                       df["recipient_urls"].tolist(), strict=True):
        add(cid, _key(frm), _url_key(url))
        for _, key, link in _recipients(to, urls):
            add(cid, key, link)
    return convs, names


def _profile_url(export: Export) -> str:
    """The owner's profile URL from ``Profile.csv``, when it has such a column."""
    if export.profile is None or not len(export.profile):
        return ""
    cols = {_canon(c): c for c in export.profile.columns}
    for name in ("profile_url", "public_profile_url", "linkedin_url", "url"):
        if name in cols:
            return _url_key(export.profile[cols[name]].iloc[0])
    return ""


def _find_owner(export: Export, me: str | None = None) -> _Owner:
    """The owner by name and, where the export has sender URLs, by profile URL (rule R27-G):
    ``me`` as a URL, else the URL of ``Profile.csv``, else the URL written with the owner's
    name (the one in the most conversations when several profiles use that name, one of
    which may be impersonating the owner; none of them a connection of the owner)."""
    df = export.messages
    convs, names = _profile_links(df)

    def name_of(url: str) -> str:
        count = names.get(url, {})
        return max(count, key=lambda k: count[k]) if count else ""

    if me and _is_url(me):
        want = _url_key(me)
        if want not in convs:
            raise InputError(f"--me {me!r}: no message of the export has this profile URL")
        return _Owner(name_of(want), want)
    if me:
        key = _key(me)
        if not any(key in s for s in _participants(df).values()):
            raise InputError(f"--me {me!r} takes part in no conversation of the export")
    else:
        url = _profile_url(export)
        if url and url in convs:
            return _Owner(name_of(url) or _owner_name_key(export), url)
        key = _owner_name_key(export)
    candidates = [u for u, count in names.items() if key in count]
    if len(candidates) > 1:
        known = set(_connections_lookup(export)[0])  # a connection is not the owner
        candidates = [u for u in candidates if u not in known] or candidates
    if len(candidates) <= 1:
        return _Owner(key, candidates[0] if candidates else "")
    most = max(len(convs[u]) for u in candidates)
    best = [u for u in candidates if len(convs[u]) == most]
    if len(best) == 1:
        return _Owner(key, best[0])
    return _Owner(key, "", frozenset(candidates))


def _owner_name_key(export: Export) -> str:
    """The owner's name key from ``Profile.csv`` when it takes part in the conversations, else
    the one participant present in every conversation."""
    df = export.messages
    parts = _participants(df)
    if export.profile is not None and len(export.profile):
        cols = {_canon(c): c for c in export.profile.columns}
        first = export.profile[cols["first_name"]].iloc[0] if "first_name" in cols else ""
        last = export.profile[cols["last_name"]].iloc[0] if "last_name" in cols else ""
        key = _key(f"{first} {last}")
        if key and any(key in s for s in parts.values()):
            return key
    common = set.intersection(*parts.values()) if parts else set()
    if len(common) == 1 and len(parts) > 1:
        return common.pop()
    raise InputError(
        "cannot tell whose inbox this is (no Profile.csv naming a participant, and "
        f"{'no' if not common else len(common)} participant(s) in every conversation); "
        "name the owner with --me \"First Last\" or --me PROFILE-URL"
    )


def find_owner(export: Export, me: str | None = None) -> str:
    """The export's owner, as a name comparison key (see :func:`_key`).

    ``me`` (a name or profile URL) wins; else the name in ``Profile.csv`` when it takes part
    in the conversations; else the one participant present in every conversation. Where the
    export has sender profile URLs, messages are told apart by the owner's URL, not by this
    name (rule R27-G; see :func:`export_frame`): the name only decides messages without one.

    Raises
    ------
    InputError
        When no single owner can be found (the message names ``--me``), or ``me`` is a URL
        that no message of the export has.
    """
    return _find_owner(export, me).key


def _owner_note(name: str, url: str, contested: Iterable[str], me_hint: str) -> str:
    """The note on a conversation where a sender uses the owner's name with another profile
    (a note, never a feature)."""
    if not contested:
        return f"sender uses the inbox owner's name ({name}) with another profile ({url})"
    return (f"several profiles use the inbox owner's name ({name}: "
            f"{', '.join(sorted(contested))}) and which one is the owner's cannot be told, so "
            f"the messages of each are scored; name the owner with {me_hint}")


def _shown_sender(name: str, url: Any) -> str:
    """How a sender is shown: by name, or by profile URL when the name is empty (rule R28-B2).

    Examples
    --------
    >>> _shown_sender("Ann Lee", "https://www.linkedin.com/in/ann"), _shown_sender("", " u ")
    ('Ann Lee', 'u')
    """
    return name or (url.strip() if isinstance(url, str) else "")


def _unnamed_note(url: str) -> str:
    """The note on a conversation where a sender with a profile URL has no name (empty, or
    only white space): scored as the counterpart (rule R28-B2), a note, never a feature."""
    return f"a sender without a name ({url}) is scored as the counterpart"


def _sides(names: Sequence[Any], urls: Sequence[Any], owner: _Owner,
           me_hint: str, note_unnamed: bool = True) -> tuple[np.ndarray, list[str]]:
    """Which messages are the counterpart's: by sender URL where it and the owner's are known,
    else by name (rule R27-G); and a note for each one whose sender uses the owner's name with
    another profile, or (``note_unnamed``) has a URL but no name (rule R28-B2); empty for the
    others."""
    inbound = np.zeros(len(names), dtype=bool)
    notes = [""] * len(names)
    for i, (name, url) in enumerate(zip(names, urls, strict=True)):
        k, u = _key(name), _url_key(url)
        if owner.url and u:
            inbound[i] = u != owner.url
        elif owner.contested and u:
            inbound[i] = True
        else:
            inbound[i] = k != owner.key
        if inbound[i] and u and k and k == owner.key:
            notes[i] = _owner_note(" ".join(str(name).split()), str(url).strip(),
                                   owner.contested, me_hint)
        elif inbound[i] and u and not k and note_unnamed:
            notes[i] = _unnamed_note(str(url).strip())
    return inbound, notes


def _connections_lookup(export: Export) -> tuple[dict[str, dict[str, str]],
                                                  dict[str, dict[str, str]]]:
    if export.connections is None or not len(export.connections):
        return {}, {}
    c = export.connections
    cols = {_canon(col): col for col in c.columns}

    def col(name: str) -> list[str]:
        return c[cols[name]].tolist() if name in cols else [""] * len(c)

    by_url: dict[str, dict[str, str]] = {}
    by_name: dict[str, dict[str, str]] = {}
    for first, last, url, company, position, on in zip(
            col("first_name"), col("last_name"), col("url"), col("company"), col("position"),
            col("connected_on"), strict=True):
        rec = {"company": _fix_mojibake(company).strip(),
               "position": _fix_mojibake(position).strip(), "connected_on": on.strip()}
        if url:
            by_url[_url_key(url)] = rec
        by_name[_key(f"{first} {last}")] = rec
    return by_url, by_name


def export_frame(export: Export, me: str | None = None) -> tuple[pd.DataFrame, str]:
    """Messages of an export ready for :func:`score_threads`: ``inbound``, ``system``, profile
    fields of the counterpart (from ``Connections.csv``) and the owner's headline.

    A message is the owner's when its sender URL is the owner's (from ``me`` given as a URL,
    ``Profile.csv`` or the URL written with the owner's name; rule R27-G), or, for a message
    without a sender URL, when its sender has the owner's name. A counterpart who uses the
    owner's name with another profile is scored, and its messages carry a note in
    ``owner_note`` (which :func:`~recruitscore.inbox.inbox_tables` adds to the
    conversation's ``notes``).

    A message is a ``system`` message (LinkedIn's own, e.g. "This message has been deleted.";
    not scored) when it has neither a sender name nor a sender URL, or is an unsent draft. A
    sender with a URL but no name (empty, or only white space) is a person: the owner when the
    URL is the owner's, else the counterpart, scored and noted in ``owner_note`` (rule R28-B2).

    Returns the frame and the owner's display name.
    """
    df, owner_name, _ = _export_frame(export, me)
    return df, owner_name


def _export_frame(export: Export, me: str | None = None
                  ) -> tuple[pd.DataFrame, str, _Owner]:
    df = export.messages.copy()
    owner = _find_owner(export, me)
    froms = df["from"].tolist()
    sender_urls = df["sender_url"].tolist()
    keys = [_key(f) for f in froms]
    links = [_url_key(u) for u in sender_urls]
    draft = df["draft"].astype(str).str.strip().str.casefold().isin({"yes", "true", "1"})
    # a system message ("This message has been deleted.") has neither a sender name nor a
    # sender URL; a sender with a URL but no name (empty, or only white space) is a person,
    # and is scored unless the URL is the owner's (rule R28-B2, red-team round 10 F3)
    system = np.array([not (k or u) for k, u in zip(keys, links, strict=True)]) | draft.to_numpy()
    inbound, notes = _sides(froms, sender_urls, owner, "--me PROFILE-URL")
    df["inbound"] = inbound & ~system
    df["system"] = system
    df["draft"] = draft.to_numpy()
    df["owner_note"] = np.where(system, "", np.array(notes, dtype=object))
    mine = ~inbound & ~system
    # the owner's name as written: in a message of theirs, else anywhere with their name key
    # (their messages may show no name: rule R28-B2)
    owner_name = (next((f for f, m in zip(froms, mine, strict=True) if m and f), "")
                  or next((f for f, k in zip(froms, keys, strict=True) if k == owner.key), "")
                  or next((n for to in df["to"].tolist() for n, k in _names_in(str(to))
                           if k == owner.key), "")
                  or owner.key or (me or ""))
    by_url, by_name = _connections_lookup(export)
    company, headline, connected = [], [], []
    for k, u in zip(keys, links, strict=True):
        # a sender without a name is never a connection found by name
        rec = (by_url.get(u) if u else None) or (by_name.get(k) if k else None) or {}
        company.append(rec.get("company", ""))
        headline.append(rec.get("position", ""))
        connected.append(rec.get("connected_on", ""))
    df["sender_company"] = company
    df["sender_headline"] = headline
    df["connected_on"] = connected
    target = ""
    if export.profile is not None and len(export.profile):
        cols = {_canon(c): c for c in export.profile.columns}
        if "headline" in cols:
            target = _fix_mojibake(export.profile[cols["headline"]].iloc[0]).strip()
    df["target_headline"] = target
    df["message"] = df["content"]
    df[HTML_COLUMN] = df["content_html"]
    df["input_row"] = np.arange(1, len(df) + 1)
    return df, owner_name, owner


# -- scoring ------------------------------------------------------------------------------------
def _join_signals(values: Iterable[str]) -> str:
    """The signals of several messages, each once; a counter-signal voided by a red flag of
    another message is left out, as in the window's score (rule R20-H)."""
    seen: dict[str, None] = {}
    for v in values:
        for s in str(v).split(";"):
            if s:
                seen.setdefault(s, None)
    gone = voided(set(seen))
    return ";".join(s for s in seen if s not in gone)


def _fmt_gap(delta: pd.Timedelta) -> str:
    secs = delta.total_seconds()
    if secs < 3600:
        return f"{max(1, round(secs / 60))} min"
    if secs < 2 * 86400:
        return f"{round(secs / 3600)} h"
    return f"{round(secs / 86400)} days"


#: At least this many messages make a worker process score part of them beside this one.
ASIDE_MIN_ROWS = 2_000


def _windows(cids: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The cumulative windows of scorable messages in thread order: ``(at, owner, member)``,
    where window ``k`` ends at message ``at[k]`` (one that has inbound messages before it) and
    holds messages ``member[owner == k]`` (that one and the ones before it, at most
    :data:`WINDOW`)."""
    import pandas as pd

    rank = pd.Series(cids).groupby(cids, sort=False).cumcount().to_numpy()
    at = np.flatnonzero(rank >= 1)
    size = np.minimum(rank[at], WINDOW - 1) + 1
    owner = np.repeat(np.arange(at.size), size)
    offset = np.arange(int(size.sum())) - np.repeat(np.cumsum(size) - size, size)
    return at, owner, np.repeat(at - size + 1, size) + offset


def _score_both(messages: pd.DataFrame, cids: np.ndarray, model: Model
                ) -> tuple[pd.DataFrame, pd.DataFrame, np.ndarray]:
    """Score the messages and their cumulative windows (:func:`~recruitscore.scoring.
    score_windows`): ``(scored messages, scored windows, the message each window ends at)``.

    With several CPUs, many messages and a model read from a file, a worker process scores the
    later threads (loading the same verified file) while this process scores the earlier
    ones; a worker that fails is replaced by this process."""
    from . import _workers

    at, owner, member = _windows(cids)
    n = len(messages)
    future = None
    if n >= ASIDE_MIN_ROWS and model.path is not None and _workers.usable_cpus() > 1:
        # cut at the start of a thread near half of the text
        chars = np.cumsum(messages["message"].str.len().to_numpy(dtype=float))
        starts = np.flatnonzero(np.r_[True, cids[1:] != cids[:-1]])
        cut = int(starts[np.argmin(np.abs(chars[starts] - chars[-1] / 2))])
        w_cut = int(np.searchsorted(at, cut))
        tail = owner >= w_cut
        # the later threads and their windows, renumbered from 0
        later = (messages.iloc[cut:], owner[tail] - w_cut, member[tail] - cut,
                 at.size - w_cut)
        if cut > 0:
            with contextlib.suppress(Exception):
                future = _workers.submit(_workers.executor(1), _score_in_worker, *later,
                                                     str(model.path))
    if future is None:
        scored, windows = score_windows(messages, owner, member, at.size, model=model)
        return scored, windows, at
    head = ~tail
    scored, windows = score_windows(messages.iloc[:cut], owner[head], member[head], w_cut,
                                    model=model)
    try:
        scored2, windows2 = future.result()
    except Exception:  # a worker that failed: this process scores its part
        scored2, windows2 = score_windows(*later, model=model)
    return (pd.concat([scored, scored2], ignore_index=True),
            pd.concat([windows, windows2], ignore_index=True), at)


def _score_in_worker(frame: pd.DataFrame, owner: np.ndarray, member: np.ndarray, n: int,
                     model_file: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Run in a worker process: score messages and windows with the model file (loaded once,
    verified)."""
    from ._workers import watch_parent
    from .io import _worker_model

    watch_parent()
    return score_windows(frame, owner, member, n, model=_worker_model(model_file))


def score_threads(df: pd.DataFrame, *, conversation_col: str = "conversation_id",
                  date_col: str | None = "date", model: Model | None = None,
                  threshold: float | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Score many conversations at once (vectorised over messages).

    Parameters
    ----------
    df : DataFrame
        One row per message: ``message``, the conversation column, optionally a date column,
        ``inbound`` (default: every row is from the counterpart), ``system`` (default: none),
        ``draft`` (yes/no values: booleans, or text read case-insensitively, ``"False"``,
        ``"no"``, ``"0"`` are false; an empty cell is the default; any other value too, and
        the message's ``error`` says so; rule R32-H),
        :data:`HTML_COLUMN` and the schema's profile fields (the counterpart's, and
        ``target_headline``). A message holding HTML is read as :func:`~recruitscore.score`
        reads it (counter-signals and benign wording only from what a browser displays).
        Where :data:`HTML_COLUMN` is set (not empty), it is scored in place of ``message``,
        which is then only shown (its plain text: :func:`clean_content`); a message with
        neither (blank ``message``, no :data:`HTML_COLUMN`) is not scored.
    conversation_col, date_col : str
        Column names; rows are put in date order within a conversation (file order breaks
        ties; messages without a readable date come after the dated ones, in file order).
    model : Model, optional
        The message model (default: the shipped model).
    threshold : float, optional
        Flag at this risk (default: the model's threshold).

    Returns
    -------
    messages, conversations : DataFrame
        ``messages`` has the input columns plus ``turn``, ``risk`` (the message alone),
        ``cumulative_risk``, ``band``, ``flagged``, ``signals``, ``reasons``, ``error``, in
        conversation then turn order. ``conversations`` has one row per conversation (most
        risky first) with ``conversation_id``, ``n_messages``, ``n_inbound``, ``first_date``,
        ``last_date``, ``risk``, ``band``, ``flagged``, ``escalation_turn``, ``signals``,
        ``reasons``, ``notes`` (dates that could not be read) and ``peak_turn``.

    Raises
    ------
    InputError
        No ``message`` or conversation column, a duplicate date column, or a ``threshold``
        outside [0, 1].
    """
    if not isinstance(df, pd.DataFrame):
        raise InputError(f"expected a pandas DataFrame, got {type(df).__name__}")
    for col in ("message", conversation_col):
        if col not in df.columns:
            raise InputError(f"no {col!r} column (found: {', '.join(map(str, df.columns))})")
    threshold = check_threshold_arg(threshold)
    model = use_model(model)
    thr = model.threshold if threshold is None else threshold
    # a lone surrogate is read, and shown, as U+FFFD; the message's error says so (review36)
    clean, replaced = replace_surrogates(df)
    d = clean.copy()
    d["_pos"] = np.arange(len(d))
    d["_cid"] = d[conversation_col].astype(str)
    first_seen = pd.Series(np.arange(len(d)), index=d.index).groupby(d["_cid"]).transform("min")
    d["_first"] = first_seen.to_numpy()
    d["_baddate"] = ""
    if date_col and date_col in d.columns:
        raw = d[date_col]
        if isinstance(raw, pd.DataFrame):
            raise InputError(f"duplicate column {date_col!r}: rename or drop one of them")
        d["_date"], bad = _parse_dates(raw)
        if bad.any():  # a date that is there but cannot be read: said, not dropped silently
            d.loc[bad, "_baddate"] = [f"date {v[:40]!r} could not be read (or is not between "
                                      "1970 and 2100); placed after the dated messages"
                                      for v in raw[bad].astype(str).tolist()]
    else:
        d["_date"] = pd.NaT
    if replaced:
        notes = np.full(len(d), "", dtype=object)
        notes[list(replaced)] = list(replaced.values())
        d["_baddate"] = [join_notes(b, n)
                         for b, n in zip(d["_baddate"].tolist(), notes, strict=True)]
    d["_date"] = pd.to_datetime(d["_date"], utc=True)
    d = d.sort_values(["_first", "_date", "_pos"], kind="stable", na_position="last")
    d = d.reset_index(drop=True)
    d["turn"] = d.groupby("_cid", sort=False).cumcount() + 1
    # flag columns read as yes/no values: "False" (a CSV read as text, JSON) is false, an
    # empty cell is unknown (the default), anything else is said (red-team round 11 L6)
    inbound, bad_inbound = _flag_column(d, "inbound", True, "read as yes: scored")
    system, bad_system = _flag_column(d, "system", False, "read as no: not a system message")
    text = d["message"].map(_text_of).to_numpy(dtype=object)
    if HTML_COLUMN in d.columns:
        # the message as written where it holds HTML (what is shown stays in `message`); a
        # message whose displayed text is empty is scored too, as score() scores it (review32)
        html = d[HTML_COLUMN].map(_text_of).to_numpy(dtype=object)
        text = np.where(html != "", html, text)
    empty = np.array([not t.strip() for t in text], dtype=bool)
    scorable = inbound & ~system & ~empty
    n = len(d)
    risk = np.full(n, np.nan)
    cum = np.full(n, np.nan)
    signals = np.full(n, "", dtype=object)
    reasons = np.full(n, "", dtype=object)
    errors = np.full(n, "", dtype=object)
    errors[system] = "system message; not scored"
    bad_draft = np.full(n, "", dtype=object)
    if "draft" in d.columns:
        draft, bad_draft = _flag_column(d, "draft", False, "read as no")
        errors[draft & system] = "unsent draft; not scored"
    errors[~system & ~inbound] = "sent by the inbox owner; not scored"
    errors[~system & inbound & empty] = "empty message; not scored"
    baddate = d["_baddate"].to_numpy(dtype=object)
    errors = np.array([join_notes(join_notes(e, b), join_notes(join_notes(i, s), r))
                       for e, b, i, s, r in zip(errors, baddate, bad_inbound, bad_system,
                                                bad_draft, strict=True)], dtype=object)
    profile_cols = [c for c in PROFILE_FIELDS if c in d.columns]
    idx = np.flatnonzero(scorable)
    cum_reasons = np.full(n, "", dtype=object)
    cum_signals = np.full(n, "", dtype=object)
    # no red flag and unfamiliar wording, for the message alone and for its window: the band
    # `score` gives it (review25)
    unc = np.zeros(n, dtype=bool)
    cum_unc = np.zeros(n, dtype=bool)
    if idx.size:
        base = d.iloc[idx][profile_cols].copy()
        base.insert(0, "message", text[idx])
        # cumulative windows: only where a message has inbound messages before it
        scored, part, at = _score_both(base.reset_index(drop=True),
                                       d["_cid"].to_numpy(dtype=object)[idx], model)
        risk[idx] = scored["risk"].to_numpy(dtype=float)
        signals[idx] = scored["signals"].to_numpy(dtype=object)
        reasons[idx] = scored["reasons"].to_numpy(dtype=object)
        cum[idx] = risk[idx]
        cum_signals[idx] = signals[idx]
        cum_reasons[idx] = reasons[idx]
        unc[idx] = scored["band"].to_numpy(dtype=object) == "uncertain"
        cum_unc[idx] = unc[idx]
        r = idx[at]
        cum[r] = part["risk"].to_numpy(dtype=float)
        cum_signals[r] = part["signals"].to_numpy(dtype=object)
        cum_reasons[r] = part["reasons"].to_numpy(dtype=object)
        cum_unc[r] = part["band"].to_numpy(dtype=object) == "uncertain"
    eff = np.fmax(risk, cum)
    # the band of what scored `eff`; a flagged one is never `uncertain` (a threshold= below
    # the model's flags it: review27)
    eff_unc = np.where(cum > risk, cum_unc, unc) & ~(np.nan_to_num(eff, nan=-1.0) >= thr)
    band = np.full(n, "", dtype=object)
    ok = ~np.isnan(risk)
    if ok.any():
        band[ok] = model.band(eff[ok], eff_unc[ok])
    out = d.drop(columns=["_pos", "_first", "_date", "_cid", "_baddate"])
    out["risk"] = np.round(risk, 6)
    out["cumulative_risk"] = np.round(cum, 6)
    out["band"] = band
    out["flagged"] = np.nan_to_num(eff, nan=-1.0) >= thr
    out["signals"] = signals
    out["reasons"] = reasons
    out["error"] = errors
    conv = _conversations(d, eff, risk, cum, cum_signals, cum_reasons, signals, reasons,
                          scorable, thr, model, eff_unc)
    return out, conv


def _flag_column(d: pd.DataFrame, col: str, default: bool, otherwise: str
                 ) -> tuple[np.ndarray, np.ndarray]:
    """A yes/no column (``inbound``, ``system``, ``draft``) as booleans, and a note for each
    row whose value is not one (``""`` for the others).

    Booleans are taken as they are; text is read case-insensitively (``true``/``false``,
    ``yes``/``no``, ``1``/``0``, ...; :func:`~recruitscore.schema.coerce_bool`), so ``"False"``
    is false. An empty or missing value (``""``, ``NaN``, ``None``, ``NA``) is ``default``, as
    a missing column is; any other value too, and its note says so (``otherwise``: what that
    means), never silently.

    Examples
    --------
    >>> import pandas as pd
    >>> flags, notes = _flag_column(pd.DataFrame({"system": ["False", "", "YES", "maybe"]}),
    ...                             "system", False, "read as no")
    >>> flags.tolist(), notes[3]
    ([False, False, True, False], "system 'maybe' is not a yes/no value; read as no")
    """
    from .schema import coerce_bool

    n = len(d)
    notes = np.full(n, "", dtype=object)
    if col not in d.columns:
        return np.full(n, default, dtype=bool), notes
    values = d[col]
    if values.dtype == bool:
        return values.to_numpy(dtype=bool), notes
    out = np.full(n, default, dtype=bool)
    read: dict[Any, tuple[bool | None, bool]] = {}
    for i, v in enumerate(values.tolist()):
        if v is pd.NA or v is pd.NaT:  # a nullable column's missing value: the default
            continue
        try:
            got = read.get(v)
            if got is None:
                got = read[v] = coerce_bool(v)
        except TypeError:  # an unhashable value (a list)
            got = coerce_bool(v)
        flag, ok = got
        if flag is not None:
            out[i] = flag
        elif not ok:
            shown = "".join(ch if ch.isprintable() else "?" for ch in str(v)[:40])
            notes[i] = f"{col} {shown!r} is not a yes/no value; {otherwise}"
    return out, notes


def _conversations(d: pd.DataFrame, eff: np.ndarray, risk: np.ndarray, cum: np.ndarray,
                   cum_signals: np.ndarray, cum_reasons: np.ndarray, signals: np.ndarray,
                   reasons: np.ndarray, scorable: np.ndarray, thr: float,
                   model: Model, uncertain: np.ndarray) -> pd.DataFrame:
    """One row per conversation (rows of ``d`` are grouped by conversation, in turn order);
    ``uncertain`` marks the rows whose ``eff`` has no red flag and unfamiliar wording."""
    n = len(d)
    cids = d["_cid"].to_numpy(dtype=object)
    starts = np.flatnonzero(np.r_[True, cids[1:] != cids[:-1]]) if n else np.array([], int)
    ends = np.r_[starts[1:], n].astype(int)
    group = np.repeat(np.arange(starts.size), ends - starts)
    # dates as float nanoseconds (nan = unknown) for reduceat
    dt = d["_date"]
    ns = np.where(dt.isna().to_numpy(), np.nan,
                  dt.to_numpy(dtype="datetime64[ns]").astype("int64").astype(float))
    if starts.size:
        first_ns = np.fmin.reduceat(ns, starts)
        last_ns = np.fmax.reduceat(ns, starts)
    else:
        first_ns = last_ns = np.array([], float)
    pos = np.arange(n)
    big = n + 1
    e_masked = np.where(scorable, eff, -np.inf)
    n_inbound = np.add.reduceat(scorable.astype(int), starts) if starts.size else starts
    n_baddate = (np.add.reduceat((d["_baddate"].to_numpy(dtype=object) != "").astype(int),
                                 starts) if starts.size else starts)
    first_sc = (np.minimum.reduceat(np.where(scorable, pos, big), starts) if starts.size
                else starts)
    crossed = scorable & (np.nan_to_num(eff, nan=-1.0) >= thr)
    esc_pos = np.minimum.reduceat(np.where(crossed, pos, big), starts) if starts.size else starts
    order = np.lexsort((pos, -e_masked, group))  # per group: highest risk first, then earliest
    peak_pos = order[np.searchsorted(group[order], np.arange(starts.size))] if n else starts
    conv_risk = np.where(n_inbound > 0, eff[peak_pos] if n else np.array([]), np.nan)
    band = np.full(starts.size, "", dtype=object)
    has = n_inbound > 0
    if has.any():
        band[has] = model.band(conv_risk[has], uncertain[peak_pos][has])
    watch = ("off_platform_request", "paid_report", "paid_travel", "outsized_pay",
             "irregular_payment", "secrecy", "elicitation", "file_lure")
    sig_out, why_out = [], []
    for g in range(starts.size):
        a, b = int(starts[g]), int(ends[g])
        if not has[g]:
            sig_out.append("")
            why_out.append("no message from the counterpart to score")
            continue
        sc = pos[a:b][scorable[a:b]]
        sig_out.append(_join_signals([*signals[sc], *cum_signals[sc]]))
        why: list[str] = []
        first, esc, peak = int(first_sc[g]), int(esc_pos[g]), int(peak_pos[g])
        if esc < big and esc != first:
            gap = ""
            if not (np.isnan(ns[first]) or np.isnan(ns[esc])):
                gap = f", {_fmt_gap(pd.Timedelta(int(ns[esc] - ns[first]), 'ns'))} after " \
                    "first contact"
            why.append(f"escalated at message {esc - a + 1} of {b - a}{gap} (first message "
                       f"alone: risk {eff[first]:.2f})")
            first_sigs = set(str(signals[first]).split(";"))
            # (a red flag written over several messages is in their window's signals)
            later = set(_join_signals([*signals[sc[1:]], *cum_signals[sc[1:]]]).split(";"))
            moved = [m for m in watch if m in later and m not in first_sigs]
            if moved:
                why.append("after a neutral opener: " + ", ".join(m.replace("_", " ")
                                                                  for m in moved))
        peak_reasons = str(cum_reasons[peak] if cum[peak] > risk[peak] else reasons[peak])
        if peak_reasons:
            why.append(peak_reasons)
        why_out.append("; ".join(why))
    esc_turn = pd.array(np.where(esc_pos < big, esc_pos - starts + 1, 0), dtype="Int64")
    esc_turn[~(esc_pos < big)] = pd.NA
    peak_turn = pd.array(peak_pos - starts + 1, dtype="Int64")
    peak_turn[~has] = pd.NA
    conv = pd.DataFrame({
        "conversation_id": cids[starts] if n else [],
        "n_messages": ends - starts, "n_inbound": n_inbound,
        "first_date": pd.to_datetime(first_ns, utc=True),
        "last_date": pd.to_datetime(last_ns, utc=True),
        "risk": np.round(conv_risk, 6), "band": band,
        "flagged": np.nan_to_num(conv_risk, nan=-1.0) >= thr,
        "escalation_turn": esc_turn, "signals": sig_out, "reasons": why_out,
        "notes": [f"{k} date{'s' if k > 1 else ''} could not be read; placed after the dated "
                  "messages" if k else "" for k in n_baddate.tolist()],
        "peak_turn": peak_turn,
    })
    order = np.lexsort((np.arange(len(conv)), -np.nan_to_num(conv["risk"].to_numpy(float),
                                                               nan=-1.0)))
    return conv.iloc[order].reset_index(drop=True)


# -- one conversation ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ConversationResult:
    """The score of one conversation.

    Attributes
    ----------
    risk : float
        Calibrated probability that the counterpart's approach is hostile: the peak, over the
        thread, of the risk after each inbound message (that message alone, or the inbound
        messages so far together, whichever is higher). ``nan`` without an inbound message.
    band, flagged, threshold
        As for a message (the message model's bands and threshold).
    escalation_turn : int or None
        1-based index (over every message of the thread) of the first message whose risk
        reached the threshold; ``None`` if never.
    peak_turn : int or None
        The message after which the risk peaked.
    messages : DataFrame
        Every message in order with ``turn``, ``inbound``, ``risk``, ``cumulative_risk``,
        ``band``, ``flagged``, ``signals``, ``reasons``, ``error``; ``message`` holds the
        plain text shown (:func:`clean_content`), and :data:`HTML_COLUMN` a message as
        written when it holds HTML (what was scored; empty otherwise).
    message_results : list of ScoreResult or None
        The full explanation of each inbound message alone (``None`` for the others); its
        evidence spans point into what was scored: :data:`HTML_COLUMN` where it is set, else
        ``message``.
    peak : ScoreResult or None
        The explanation of what scored the peak: one message, or for a cumulative window
        its messages joined (evidence spans into that text, each message as scored; its risk
        can differ from the window's by the n-grams that cross a join).
    reasons : list of str
        Why, in plain words: escalation, moves after a neutral opener, the peak's top reasons.
    signals : list of str
        Every signal that fired on the counterpart's messages, in order of appearance.
    notes : list of str
        What the scoring could not use, e.g. dates that could not be read (those messages
        were placed after the dated ones), and a sender who uses the owner's name with
        another profile URL (rule R27-G; a note, never a feature); empty otherwise.

    Examples
    --------
    >>> import recruitscore as rs
    >>> c = rs.score_conversation([
    ...     {"sender": "Jo", "message": "Hi, I came across your profile."},
    ...     {"sender": "Jo", "message": "Add me on WhatsApp, my client pays $500 for a report."}])
    >>> c.flagged, c.band, c.n_messages, c.signals
    (True, 'high', 2, ['off_platform_request', 'paid_report'])
    """

    risk: float
    band: str
    flagged: bool
    threshold: float
    escalation_turn: int | None
    peak_turn: int | None
    messages: pd.DataFrame
    message_results: list[ScoreResult | None]
    peak: ScoreResult | None
    reasons: list[str]
    signals: list[str]
    notes: list[str] = field(default_factory=list)

    @property
    def n_messages(self) -> int:
        """Number of messages in the thread."""
        return len(self.messages)

    @property
    def n_inbound(self) -> int:
        """Number of scored counterpart messages."""
        return sum(r is not None for r in self.message_results)

    def explain(self) -> str:
        """A human-readable explanation (several lines)."""
        esc = (f"escalated at message {self.escalation_turn}" if self.escalation_turn
               else "never reached the threshold")
        lines = [f"conversation risk {self.risk:.2f} ({self.band}; flagged at >= "
                 f"{self.threshold:.2f}: {'yes' if self.flagged else 'no'}; {esc})"]
        if self.reasons:
            lines.append("why: " + "; ".join(self.reasons))
        lines.extend(f"note: {n}" for n in self.notes)
        for row, res in zip(self.messages.itertuples(index=False), self.message_results,
                            strict=True):
            who = "them" if res is not None else "    "
            r = "" if res is None else f"{row.risk:.2f}/{row.cumulative_risk:.2f}"
            msg = str(row.message).replace("\n", " ")
            lines.append(f"  {row.turn:>3} {who} {r:>9}  {msg[:70]}")
        if self.peak is not None:
            lines.append("at the peak:")
            lines.extend("  " + ln for ln in self.peak.explain().splitlines())
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "risk": None if np.isnan(self.risk) else self.risk, "band": self.band,
            "flagged": self.flagged, "threshold": self.threshold,
            "escalation_turn": self.escalation_turn, "peak_turn": self.peak_turn,
            "reasons": list(self.reasons), "signals": list(self.signals),
            "notes": list(self.notes),
            "messages": [
                {"turn": int(r.turn), "inbound": bool(r.inbound), "message": str(r.message),
                 "risk": None if pd.isna(r.risk) else float(r.risk),
                 "cumulative_risk": None if pd.isna(r.cumulative_risk)
                 else float(r.cumulative_risk),
                 "signals": str(r.signals), "error": str(r.error)}
                for r in self.messages.itertuples(index=False)
            ],
        }


#: The column that carries, through :func:`score_threads`, the note of a message of
#: :func:`score_conversation` whose lone surrogates were read as U+FFFD.
_REPLACED = "_surrogates_replaced"


def _as_frame(messages: Any) -> pd.DataFrame:
    """The messages as a frame; a lone surrogate (in a key or a value) read as U+FFFD, and
    said in the :data:`_REPLACED` column (pandas refuses to build a text column that holds
    one: review36, R30-R)."""
    if isinstance(messages, pd.DataFrame):
        df, replaced = replace_surrogates(messages)
        df = df.copy()
        if replaced:
            df[_REPLACED] = [replaced.get(i, "") for i in range(len(df))]
        return df
    if isinstance(messages, (Mapping, str)):
        raise InputError("expected a list of messages (dicts) or a DataFrame")
    try:
        rows = list(messages)
    except TypeError:
        raise InputError(f"expected a list of messages or a DataFrame, got "
                         f"{type(messages).__name__}") from None
    if not all(isinstance(r, Mapping) for r in rows):
        raise InputError("every message must be a dict with at least a 'message' key")
    notes = [""] * len(rows)
    for i, row in enumerate(rows):  # (one conversation: its messages one by one)
        count = 0
        fixed = {}
        for key, value in row.items():
            if isinstance(key, str):
                key, n = without_surrogates(key)
                count += n
            if isinstance(value, str):
                value, n = without_surrogates(value)
                count += n
            fixed[key] = value
        if count:
            rows[i], notes[i] = fixed, surrogate_note(count)
    df = pd.DataFrame.from_records(rows)
    if any(notes):
        df[_REPLACED] = notes
    return df


def score_conversation(messages: Any, *, me: str | None = None, model: Model | None = None,
                       threshold: float | None = None, **profile: Any) -> ConversationResult:
    """Score one conversation.

    Parameters
    ----------
    messages : list of dict or DataFrame
        One message per item/row, in any order: ``message`` (the text, plain or HTML, as
        written; ``content`` is accepted), optionally ``sender``, ``sender_url`` (the
        sender's profile URL), ``date``, ``inbound`` (a yes/no value, as in
        :func:`score_threads`) and the schema's profile fields
        (``sender_headline``, ``sender_company``, ..., ``target_headline``). Names and URLs
        are used only to tell who wrote what, never as features.
        A message holding HTML is scored as :func:`~recruitscore.score` reads it (red flags
        from all of its text, hidden elements too; counter-signals and benign wording only
        from what a browser displays) and shown as its plain text (:func:`clean_content`).
    me : str, optional
        The owner's name or profile URL: their messages are shown but not scored. A message
        with a ``sender_url`` is the owner's when that URL is the owner's (``me`` as a URL,
        or the one URL the messages of the name ``me`` carry; rule R27-G), so a counterpart
        who takes the owner's name is scored and ``notes`` says so, as long as the owner's
        URL is known: with ``me`` as a name and only the counterpart's messages carrying a
        URL, that URL is taken for the owner's and the counterpart is not told apart
        (review34); pass ``me`` as the owner's URL. A message without a URL is the owner's
        when its ``sender`` is ``me``. Without ``me`` and without an ``inbound`` column, the
        owner is not guessed: every sender's messages are scored, and with several senders
        ``notes`` says so (rule R32-H, red-team round 11 M4). With ``me``, a counterpart's message
        with a ``sender_url`` but an empty (or white-space) ``sender`` is scored and noted,
        as in an export (rule R28-B2).
    model : Model, optional
        The message model (default: the shipped model).
    threshold : float, optional
        Flag at this risk (default: the model's threshold).
    **profile
        Schema profile fields for every message that does not carry them, e.g.
        ``target_headline="Quantum engineer"`` or ``sender_company="..."``.

    Returns
    -------
    ConversationResult

    Raises
    ------
    InputError
        If ``messages`` is not a list of dicts or a DataFrame, is empty, has no ``message``
        column, or ``threshold`` is outside [0, 1].

    Examples
    --------
    >>> import recruitscore as rs
    >>> r = rs.score_conversation([{"message": "Hi, nice to connect."},
    ...                            {"message": "Add me on WhatsApp, my client pays well."}])
    >>> r.n_inbound, len(r.message_results)
    (2, 2)

    A counterpart who takes the owner's name is told apart by profile URL:

    >>> me = "https://www.linkedin.com/in/alex-martin-42"
    >>> r = rs.score_conversation([
    ...     {"sender": "Alex Martin", "sender_url": "https://linkedin.com/in/x-7",
    ...      "message": "Add me on WhatsApp, my client pays well."},
    ...     {"sender": "Alex Martin", "sender_url": me, "message": "Who is your client?"}],
    ...     me=me)
    >>> r.n_inbound, r.notes[0].startswith("sender uses the inbox owner's name")
    (1, True)
    """
    unknown = sorted(set(profile) - set(PROFILE_FIELDS))
    if unknown:
        raise InputError(f"unknown field(s) {unknown}; the profile fields are "
                         f"{', '.join(PROFILE_FIELDS)}")
    df = _as_frame(messages)
    if not len(df):
        raise InputError("no messages: a conversation needs at least one")
    for key, value in profile.items():
        if key not in df.columns:
            df[key] = value
    if "message" not in df.columns and "content" in df.columns:
        df = df.rename(columns={"content": "message"})
    if "message" not in df.columns:
        raise InputError(f"no 'message' key (found: {', '.join(map(str, df.columns))})")
    written = df["message"].tolist()
    df["message"] = [clean_content(v) for v in written]
    # a message holding HTML is scored as written (hidden text cannot lower its risk), and
    # shown as plain text
    df[HTML_COLUMN] = [as_written(v) for v in written]
    owner_notes: list[str] = []
    if "inbound" not in df.columns:
        if "sender" in df.columns or "sender_url" in df.columns:
            names = df["sender"].tolist() if "sender" in df.columns else [""] * len(df)
            urls = (df["sender_url"].tolist() if "sender_url" in df.columns
                    else [""] * len(df))
            if me is None:
                # the owner is not known: every sender is scored, and a note says so when
                # there are several (red-team round 11 M4, rule R32-H: taking the first
                # sender for the counterpart left a hostile reply to the owner's greeting
                # unscored, silently)
                df["inbound"] = True
                note = _unknown_owner_note(names, urls)
                owner_notes = [note] if note else []
            else:
                inbound, notes = _sides(names, urls, _conversation_owner(names, urls, me),
                                        "me=<profile URL>", note_unnamed="sender" in df.columns)
                df["inbound"] = inbound
                owner_notes = list(dict.fromkeys(n for n in notes if n))
        else:
            df["inbound"] = True
    df["_conv"] = "1"
    model = use_model(model)
    out, conv = score_threads(df, conversation_col="_conv",
                              date_col="date" if "date" in df.columns else None,
                              model=model, threshold=threshold)
    out = out.drop(columns=["_conv"])
    replaced = [""] * len(out)
    if _REPLACED in out.columns:
        replaced = out[_REPLACED].tolist()
        out["error"] = [join_notes(e, n)
                        for e, n in zip(out["error"].tolist(), replaced, strict=True)]
        out = out.drop(columns=[_REPLACED])
    c = conv.iloc[0]
    profile_cols = [col for col in PROFILE_FIELDS if col in out.columns]
    # what was scored of each message: as written when it holds HTML, else its text
    scored = [h or str(m) for h, m in zip(out[HTML_COLUMN].tolist(), out["message"].tolist(),
                                          strict=True)]
    results: list[ScoreResult | None] = []
    for i in range(len(out)):
        if pd.isna(out["risk"].iloc[i]):
            results.append(None)
        else:
            fields = {col: out[col].iloc[i] for col in profile_cols}
            res = score(scored[i], model=model, **_clean(fields))
            if replaced[i]:
                # its text was read with U+FFFD before it was scored: its problems say so, as
                # its `error` does (and as score() says it of a text it reads so)
                res = replace(res, problems=(*res.problems, replaced[i]))
            results.append(res)
    peak = None
    if pd.notna(c["peak_turn"]):
        p = int(c["peak_turn"]) - 1
        res = results[p]
        if res is not None and out["cumulative_risk"].iloc[p] > out["risk"].iloc[p]:
            sc = [i for i in range(p + 1) if results[i] is not None][-WINDOW:]
            joined = WINDOW_JOIN.join(scored[i] for i in sc)
            fields = {col: out[col].iloc[p] for col in profile_cols}
            res = score(joined, model=model, **_clean(fields))
        peak = res
    reasons = [s for s in str(c["reasons"]).split("; ") if s]
    return ConversationResult(
        risk=float(c["risk"]), band=str(c["band"]), flagged=bool(c["flagged"]),
        threshold=model.threshold if threshold is None else float(threshold),
        escalation_turn=None if pd.isna(c["escalation_turn"]) else int(c["escalation_turn"]),
        peak_turn=None if pd.isna(c["peak_turn"]) else int(c["peak_turn"]),
        messages=out, message_results=results, peak=peak, reasons=reasons,
        signals=[s for s in str(c["signals"]).split(";") if s],
        notes=([str(c["notes"])] if c["notes"] else []) + owner_notes,
    )


def _unknown_owner_note(names: Sequence[Any], urls: Sequence[Any]) -> str:
    """The note on a conversation of several senders scored without ``me`` (every sender is
    scored); ``""`` for one sender.

    Examples
    --------
    >>> _unknown_owner_note(["Claire", "Victor", "claire"], ["", "", ""])[:60]
    'the inbox owner is not known (no me= and no inbound column):'
    >>> _unknown_owner_note(["Ana", "Ana"], [None, None])
    ''
    """
    shown: dict[str, str] = {}
    for name, url in zip(names, urls, strict=True):
        k, u = _key(name), _url_key(url)
        who = u or k
        if who and who not in shown:
            text = _shown_sender(" ".join(_text_of(name).split()), url)
            shown[who] = text if len(text) <= 40 else text[:39] + "…"
    if len(shown) < 2:
        return ""
    listed = list(shown.values())
    more = f" and {len(listed) - 5} more" if len(listed) > 5 else ""
    return ("the inbox owner is not known (no me= and no inbound column): the messages of "
            f"every sender ({', '.join(listed[:5])}{more}) are scored, the owner's too; pass "
            "me=<your name or profile URL> to leave yours out")


def _conversation_owner(names: Sequence[Any], urls: Sequence[Any], me: str) -> _Owner:
    """The owner of one conversation (rule R27-G): ``me`` as a profile URL; or ``me`` as a
    name, and then the one profile URL that its messages carry (several: which is the owner's
    cannot be told, and all are scored)."""
    keys = [_key(n) for n in names]
    links = [_url_key(u) for u in urls]
    if _is_url(me):
        want = _url_key(me)
        mine = [k for k, u in zip(keys, links, strict=True) if u == want and k]
        return _Owner(max(sorted(set(mine)), key=mine.count) if mine else "", want)
    key = _key(me)
    candidates = sorted({u for k, u in zip(keys, links, strict=True) if k == key and u})
    if len(candidates) == 1:
        return _Owner(key, candidates[0])
    return _Owner(key, "", frozenset(candidates))


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: (None if v is None or (isinstance(v, float) and np.isnan(v)) else v)
            for k, v in fields.items()}



def score_threads_file(input_path: str | Path, output: str | Path | None, *,
                       conversation_col: str, date_col: str | None = None,
                       model: Model | None = None, fmt: str | None = None,
                       sep: str | None = None, column_map: Mapping[str, str] | None = None,
                       encoding_errors: str = "strict",
                       threshold: float | None = None,
                       sanitize_formulas: bool = True) -> pd.DataFrame:
    """Score the threads of any CSV/TSV/JSON Lines file: rows are grouped by
    ``conversation_col`` (in date order with ``date_col``), every row is a counterpart message,
    and one row per conversation is written (``conversation_id``, ``n_messages``, dates, risk,
    band, flagged, escalation_turn, signals, reasons), riskiest first. ``output`` None or
    ``-`` writes standard output; a file is written atomically. CSV cells that a spreadsheet
    would run as formulas get a leading ``'`` unless ``sanitize_formulas`` is false.

    Raises
    ------
    InputError
        Unreadable input, or a column that is not there.
    """
    from .io import _output_format, _rows_text, atomic_output, defuse_frame, refuse_overwrite
    from .tables import read_table

    if str(input_path) == "-":
        raise InputError("--conversation-col needs a file, not standard input")
    refuse_overwrite(input_path, output)
    # the output's format from --format or its name, before any work: an out.tsv or out.json
    # was written as CSV, and so was an out.xlsx (rule R35-D); standard output: CSV
    fmt_out = _output_format(output, fmt, "csv")
    needed = {"message", conversation_col, *PROFILE_FIELDS, *([date_col] if date_col else [])}
    df = read_table(input_path, fmt=fmt, sep=sep, encoding_errors=encoding_errors,
                    column_map=column_map, keep=needed)
    for col in (conversation_col, date_col):
        if col is not None and col not in df.columns:
            raise InputError(f"no column {col!r} in the input (found: "
                             f"{', '.join(map(str, df.columns))})")
    if "message" not in df.columns:
        raise InputError(f"no 'message' column (found: {', '.join(map(str, df.columns))}); "
                         "map one with --map SRC=message")
    df = df.copy()
    df["message"] = df["message"].where(df["message"].notna(), "")
    cols = ["message", *[c for c in PROFILE_FIELDS if c in df.columns]]
    frame = df[cols].copy()
    frame["_conversation"] = df[conversation_col].where(df[conversation_col].notna(), "")
    if date_col is not None:
        frame["_date"] = df[date_col]
    _, conv = score_threads(frame, conversation_col="_conversation",
                            date_col="_date" if date_col else None, model=model,
                            threshold=threshold)
    conv = conv.drop(columns=["peak_turn"])
    for c in ("first_date", "last_date"):
        conv[c] = ["" if pd.isna(v) else v.strftime("%Y-%m-%d %H:%M:%S UTC") for v in conv[c]]
    conv["risk"] = conv["risk"].round(4)
    with atomic_output(output) as fh:
        if fmt_out == "jsonl":
            fh.write(conv.to_json(orient="records", lines=True, force_ascii=False))
        elif fmt_out == "tsv":
            shown = defuse_frame(conv) if sanitize_formulas else conv
            fh.write(_rows_text([[str(name), *("" if pd.isna(v) else str(v)
                                              for v in shown.iloc[:, j].tolist())]
                                 for j, name in enumerate(shown.columns)], "tsv"))
        else:
            (defuse_frame(conv) if sanitize_formulas else conv).to_csv(
                fh, index=False, lineterminator="\n")
    return conv
